"""scan.finditer_at finds what finditer finds, trying the pattern only where a match can begin."""

from __future__ import annotations

import random
import re

from cityplans.scan import finditer_at, first_chars
from cityplans.scope import _word_re, _word_starts
from cityplans.timing import _year_re, _year_starts


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_first_chars_is_a_class_of_first_characters():
    starts = first_chars(["今年", "去年", "19", "-x", "]", ""])
    assert {c for c in "今去1-]" if starts.fullmatch(c)} == set("今去1-]")
    assert starts.fullmatch("年") is None


def test_same_matches_as_finditer_overlapping_words():
    pattern = re.compile(r"(?P<a>ab)|(?P<b>bab)|(?P<c>b)")
    starts = first_chars(["ab", "bab", "b"])
    random.seed(7)
    for _ in range(2000):
        text = "".join(random.choice("abx") for _ in range(random.randint(0, 12)))
        assert _spans(finditer_at(pattern, starts, text)) == _spans(pattern.finditer(text))


def test_same_matches_for_the_year_and_scope_word_patterns():
    text = (
        "2020年,全市高新技术企业达到120家,较上年增长12%;到2025年,全市力争突破200家。"
        "“十四五”期间,市本级投入2019—2021年累计3亿元,今年全省排名前列,目前我县20195.2%。"
    )
    for pattern, starts in ((_year_re(), _year_starts()), (_word_re(), _word_starts())):
        found = _spans(finditer_at(pattern, starts, text))
        assert found and found == _spans(pattern.finditer(text))


def test_sentence_openings_are_where_finditer_matches_before_a_stem():
    from cityplans.place_stems import SENTENCE_OPEN, sentence_openings, stem_heads

    heads = stem_heads()

    def before_stems(ends, text):
        return [e for e in ends if text[e : e + 2] in heads]

    pieces = ["。", ",", "，", "\n", " ", "2017年", "年底", "截至", "到", "至", "今年", "以来"]
    pieces += ["近年来", "目前", "如今", "19", "20", "青岛", "湖南", "黔东南", "企业", "今"]
    random.seed(11)
    for _ in range(5000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 12)))
        expected = before_stems([m.end() for m in SENTENCE_OPEN.finditer(text)], text)
        assert before_stems(sentence_openings(text), text) == expected, text


def test_iter_long_in_runs_finds_what_iter_long_finds():
    import ahocorasick

    from cityplans.locate import _stem_automaton, _stem_runs
    from cityplans.scan import iter_long_in_runs, word_runs

    # a match reached only through a failure link when a longer partial match breaks off
    # (bdab, da: "bdacd" holds da) is reported at the character after a run
    words = ["bdab", "da", "bbab", "ab", "ba", "dc", "adcc", "abcd"]
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    runs = word_runs(words)
    assert list(iter_long_in_runs(automaton, runs, "bdacd")) == [(2, "da")]
    random.seed(3)
    for _ in range(5000):
        text = "".join(random.choice("abcdex. ") for _ in range(random.randint(0, 14)))
        assert list(iter_long_in_runs(automaton, runs, text)) == list(automaton.iter_long(text))
    text = "2017年,青岛市高新技术企业达到4000家。湖南长沙、株洲和湘潭,黔东南州的青岛啤酒"
    stems = _stem_automaton()
    assert list(iter_long_in_runs(stems, _stem_runs(), text)) == list(stems.iter_long(text))
