"""Find indicator names in a text: every registry alias, tolerant of how plans vary a name.

Matching runs on a view of the text without short parentheticals (研究与开发(R&D)经费), without
的 before 比重/比例, without spaces (PDF copies break words: 总产 值) and with ASCII letters in
upper case (r&d, gdp), so one alias covers all those spellings; offsets map back to the text.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from cityplans.cue_words import cue_lists, has
from cityplans.registry import Indicator, registry
from cityplans.segment import CLAUSE_MARKS, SENTENCE_END, SENTENCE_MARKS

# How plans vary a name without changing it: 研究与开发(R&D)经费, 占地方财政支出的比重, spaces.
# (与营业收入之比) names the denominator: its parentheses go, its words stay. (Every branch
# opens with a character, the look-behind after it, so a scan skips to where one can match.)
_VARIANTS = re.compile(
    r"\((?=与[^()\n]{1,14}之比\))|\)(?<=之比\))"  # (与营业收入之比) -> 与营业收入之比
    r"|\((?!与)[^()\n]{1,16}\)|\[\d{1,2}\]"  # (R&D), footnote marks [1]
    r"|的(?=比重|比例)|[ \t]+"
    # a place named before the GDP (相当于X市生产总值的比例, 占X省GDP比重): the area's own
    r"|[\u4e00-\u9fff](?:(?<=相当于[\u4e00-\u9fff])|(?<=占[\u4e00-\u9fff]))[\u4e00-\u9fff]{0,4}?"
    r"[省市县区州](?=地区生产总值|生产总值|GDP)"
)
_LOWER = re.compile(r"[a-z]+")  # r&d, gdp: matched as R&D, GDP


def _key(alias: str) -> str:
    return _LOWER.sub(_upper, _VARIANTS.sub("", alias))


def _upper(m: re.Match[str]) -> str:
    return m.group().upper()


@cache
def _automaton():
    """One Aho-Corasick automaton over every alias and follow alias, spelled backwards in the
    view's form: scanning the reversed text leftmost-longest finds, in the text, the alias
    reaching furthest right first and the longest among those (see find_aliases); and the
    indicators its values number. (A value holds the indicator's number, not the indicator:
    a tuple of numbers is left alone by the garbage collector, and there are 100,000 of them.)
    """
    import ahocorasick

    automaton = ahocorasick.Automaton()
    numbers: dict[str, int] = {}
    indicators: list[Indicator] = []
    reg = registry()
    tables = (
        (False, reg.aliases()),
        (True, reg.follow_aliases()),
        (OPENING, reg.opening_follow_aliases()),
    )
    for follow, table in tables:
        for alias, indicator in table.items():
            key = _key(alias)[::-1]
            if key not in automaton or not follow:
                if indicator.id not in numbers:
                    numbers[indicator.id] = len(indicators)
                    indicators.append(indicator)
                automaton.add_word(key, (len(key), numbers[indicator.id], follow))
    automaton.make_automaton()
    return automaton, tuple(indicators)


def find_aliases(text: str) -> list[tuple[int, int, Indicator]]:
    """Indicator aliases in `text` as (start, end, indicator), non-overlapping, in text order.

    Chinese noun phrases are head-final (…投入强度, …比重, …数量): where aliases overlap, the one
    reaching furthest right names the indicator; among equal ends, the longest. A follow alias
    (强度 after 研发经费投入…) counts only when the alias before it in its paragraph is one of
    the indicators it follows.
    """
    view, to_text = _view(text)
    last = len(view) - 1
    chosen = []
    automaton, indicators = _automaton()
    for end_rev, (n, number, follow) in automaton.iter_long(view[::-1]):
        start = last - end_rev  # the reversed match [end_rev-n+1, end_rev] read forwards
        chosen.append((start, start + n, indicators[number], follow))
    chosen.reverse()
    out: list[tuple[int, int, Indicator]] = []
    for a, b, ind, follow in chosen:
        start, end = to_text(a), to_text(b - 1) + 1
        if follow == OPENING and not _named_again(text, start, out, ind):
            continue
        if follow is True and not _follows(text, start, out, ind):
            continue
        if ind.denominator is None and _PER_HEAD.search(text, max(0, start - 8), start):
            continue  # 每百万人口技术市场成交合同额: a figure per head, not the total
        out.append((start, end, _read_after(text, (start, end), out, ind)))
    return _with_named_asides(text, _with_shared_heads(text, out))


def _with_shared_heads(text: str, found: list) -> list:
    """高新技术产业、战略性新兴产业占规上工业增加值比重分别为…: a list item that leaves its head
    to the last item of the list, parallel to it (both …产业), names the indicator that item plus
    that head would; the alias stands on the item, so 分别 pairs it with the first value."""
    out = list(found)
    for m in _list_subjects_re().finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in found):
            continue  # the item is part of a longer alias already found
        ind = _shared_head(m.group(1), text[m.end() : m.end() + SHARED_HEAD_CHARS])
        if ind is not None:
            out.append((m.start(1), m.end(1), ind))
    return sorted(out, key=lambda a: a[0]) if len(out) > len(found) else out


def _shared_head(subject: str, rest: str) -> Indicator | None:
    """The indicator `subject` names with the head that ends the next list item in `rest` (the
    text after the list's separator), where that item ends as `subject` does (…产业、…产业)."""
    rest = _CLAUSE_END.split(rest, maxsplit=1)[0]
    for cut in range(2, min(len(rest), SHARED_ITEM_CHARS) + 1):
        if rest[cut - 2 : cut] != subject[-2:]:
            continue
        tail = rest[cut:]
        for end in range(len(tail), 0, -1):
            ind = registry().by_alias(subject + tail[:end])
            if ind is not None:
                return ind
        return None
    return None


@cache
def _list_subjects_re() -> re.Pattern[str]:
    words = sorted(cue_lists()["list_subjects"], key=len, reverse=True)
    return re.compile(rf"({'|'.join(map(re.escape, words))})\s*(?:、|和|与|及)")


_CLAUSE_END = re.compile(r"[,，。;；:：!！?？\n]")
SHARED_ITEM_CHARS = 14  # how long the next item of a list may be
SHARED_HEAD_CHARS = 48  # how far the item and the head after it may reach


def _read_after(text: str, span: tuple[int, int], found: list, ind: Indicator) -> Indicator:
    """The indicator an alias names right after the one before it in its sentence, where the
    registry says it names another there (`read_after`, `read_after_heads`); else its own."""
    start, end = span
    if not ind.read_after or not found or not text[start:end].endswith(ind.read_after_heads):
        return ind
    instead = dict(ind.read_after).get(found[-1][2].id)
    if instead is None or _SENTENCE_END.search(text, found[-1][1], start):
        return ind
    if _WHOLE_SOCIETY.search(text, max(found[-1][1], start - 4), start):
        return ind  # …规企研发投入…,全社会研发投入强度达到1.2%: the area's own, as it says
    return registry().get(instead)


_SENTENCE_END = re.compile(r"[。！？!?\n]")


_ASIDE = re.compile(r"\(([^()\n]{2,16})\)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _annotates(text: str, m: re.Match[str], alias_ends: set[int]) -> bool:
    """Whether a parenthetical stands right after an alias found (an annotation of it)."""
    before = m.start()
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return before in alias_ends


def _with_named_asides(text: str, found: list) -> list:
    """全要素生产率 (科技进步贡献率)达到51.9%: a short parenthetical the view drops may itself be
    a Chinese alias, naming the indicator the words before it stand for; it is kept when it is
    exactly one, nothing found overlaps it and it does not annotate an alias (研发投入强度(R&D))."""
    out = list(found)
    ends = {b for _, b, _ in found}
    for m in _ASIDE.finditer(text):
        name = m.group(1).strip()
        ind = registry().by_alias(name) if _CJK.search(name) else None
        if ind is None or _annotates(text, m, ends):
            continue
        if any(a < m.end() and m.start() < b for a, b, _ in found):
            continue
        out.append((m.start(1), m.end(1), ind))
    return sorted(out, key=lambda a: a[0]) if len(out) > len(found) else out


# a per-head prefix before an amount or a count: 每百万人口, 百万人口, 每万人, 人均
_PER_HEAD = re.compile(
    r"(?:每\s*(?:百万|十万|万|千)?\s*名?\s*(?:常住)?\s*(?:人口|人)"
    r"|(?<![\d.])(?:百万|十万|万)\s*(?:常住)?\s*人口|人均)\s*$"
)


def _named_again(text: str, start: int, found: list, ind: Indicator) -> bool:
    """Whether a head noun (产值) names `ind` again: where a clause opens, right after `ind`
    itself or one it follows (…产值累计实现22502.43亿元。产值总量前三名为…) or in a sentence
    that opens on what `ind` measures, not inside a longer name (电子信息产业产值)."""
    if start and text[start - 1] not in CLAUSE_MARKS:
        return False
    if _subject_before(text, start, found, ind):
        return True  # 高新技术产业继续保持快速发展态势,增加值同比增长12.5%: the subject's
    return bool(found) and found[-1][2].id in (ind.id, *ind.follows)


def _follows(text: str, start: int, found: list, ind: Indicator) -> bool:
    """Whether the alias before `start` is one `ind` may follow (强度 after R&D spending,
    成交额 after counted contracts), in the same paragraph or, for a text that said nothing
    else in between, earlier."""
    if _subject_before(text, start, found, ind):
        return True
    if not found:
        return False
    if _OTHER_AMOUNT.search(text, max(found[-1][1], start - OTHER_AMOUNT_CHARS), start):
        return False  # 研发经费支出…;环保投入相当于GDP的比例: the ratio of another amount
    if _other_measure_between(text, found[-1][1], start):
        return False  # 产业利税…,占规上工业比重71.3%: the share of the amount named since
    before = text[max(0, found[-1][0] - QUALIFIER_CHARS) : found[-1][0]]
    # the words of the follow alias's own clause right before it (技术开发合同成交金额)
    own = _LAST_CLAUSE.split(text[max(0, start - QUALIFIER_CHARS) : start])[-1]
    if _OTHER_PURPOSE.search(own):
        return False  # 财政性教育经费支出占GDP的比重: spending on another purpose
    if any(word in before or word in own for word in ind.not_after):
        return False  # 专利技术合同共成交1537项、成交额…: the turnover of a part, as its count is
    if found[-1][2].id == ind.id and _DATED_OPENING.search(text, max(0, start - 12), start):
        return True  # 技术合同成交额…。…,2015年成交额3452.6亿元: the same figure named again
    return found[-1][2].id in ind.follows or _counted_by(text, found[-1], ind)


def _subject_before(text: str, start: int, found: list, ind: Indicator) -> bool:
    """Whether the sentence of the follow alias at `start` opens on what `ind` measures, with no
    alias, other measure, or other thing of its kind since (高新技术产业总体运行情况良好,全年实现
    总产值…; not 高新技术产业中,电子信息产业实现产值…); a sentence that opens on a time alone
    (…继续保持平稳较好发展。1~12月实现营业收入…) goes on with the subject of the one before."""
    if not ind.follow_subjects:
        return False
    s_start = _sentence_start(text, start)
    if found and found[-1][1] > s_start:
        return False
    if _opens_on_subject(text, s_start, start, ind):
        return True
    if s_start < 2 or text[s_start - 1] == "\n" or not _TIME_ONLY.fullmatch(text, s_start, start):
        return False
    before = _sentence_start(text, s_start - 1)
    if found and found[-1][1] > before:
        return False
    return _opens_on_subject(text, before, s_start - 1, ind)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in SENTENCE_MARKS) + 1


def _opens_on_subject(text: str, s_start: int, end: int, ind: Indicator) -> bool:
    """Whether [s_start, end) opens on one of `ind`'s subjects, with nothing of its kind since."""
    sentence = text[s_start:end]
    for word in ind.follow_subjects:
        at = sentence.rfind(word)
        since = sentence[at + len(word) :]
        if at < 0 or _NAME_GOES_ON.match(since) or word[-1] in since:
            continue  # 高新技术产业开发区, 高新技术产业中,…制造业: another subject
        if not _SUBJECT_OPENING.fullmatch(_LAST_CLAUSE.split(sentence[:at])[-1]):
            continue  # 为高新技术产业发展提供了…: an object, not what the sentence is about
        if not _other_measure_between(text, s_start, end):
            return not _OTHER_AMOUNT.search(since)
    return False


# a sentence that opens on a time and nothing else before the alias: 1~12月, 上半年, 全年,
_TIME_ONLY = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:全年|上半年|下半年|前三季度|一季度|"
    r"\d{1,2}\s*[~～\-—至到]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份)?)?\s*[,，]?\s*"
)


# what may open a clause before its subject: a place or the whole area (我省, 全市, 江西省), and
# the size the statistics count from (全省规模以上高新技术产业)
_SUBJECT_OPENING = re.compile(
    r"\s*(?:[全我本][省市县区州]|[\u4e00-\u9fff]{1,6}[省市县区州])?\s*(?:规模以上|规上)?\s*"
)
# a subject word that goes on into a longer name or a part (高新技术产业开发区, …园区, …中)
_NAME_GOES_ON = re.compile(r"开发区|园|基地|集群|[区中内]")
# a clause that opens with a year and then the follow alias: …翻一番,2015年成交额3452.6亿元
_DATED_OPENING = re.compile(r"[,，;；。:：\n]\s*(?:19|20)\d{2}\s*年(?:全年|度)?\s*$")


def _other_measure_between(text: str, end: int, start: int) -> bool:
    """Whether the sentence of the follow alias at `start` names, after the alias it would follow
    (ending at `end`), an amount that is no indicator's (利税, 出口额)."""
    sentence = SENTENCE_END.split(text[end:start])[-1]
    return has(cue_lists()["other_measures"], sentence)


def _counted_by(text: str, alias: tuple, ind: Indicator) -> bool:
    """Whether the alias before is followed by a count in the unit of the indicator its words
    name when counted (技术合同成交5850项、交易额…: the contracts, which `ind` follows)."""
    counted = alias[2].as_count
    if counted not in ind.follows:
        return False
    return _count_in(registry().get(counted).unit).match(text, alias[1]) is not None


# what may stand between the words of an amount and a count they name (技术合同成交登记2044项)
COUNT_LEAD = re.compile(r"\s*(?:共|达|达到)?\s*(?:认定登记|登记|认定)?\s*")


@cache
def _count_in(unit: str) -> re.Pattern[str]:
    """A number right after an alias, counted in `unit` (5850项, 共1.2万项)."""
    return re.compile(rf"{COUNT_LEAD.pattern}[\d.,]+\s*万?\s*{re.escape(unit)}")


# the whole area named before an intensity (全社会研发投入强度): its own, not the firms'
_WHOLE_SOCIETY = re.compile(r"全社会|全市|全省|全县|全区")
# a purpose other than research named right before a follow alias (教育经费支出, 科技经费支出)
_OTHER_PURPOSE = re.compile(r"(?:教育|卫生|医疗|文化|农业|环保|科技|社保|民生)$")
_LAST_CLAUSE = re.compile(r"[,，。;；!！?？\n]")
# an amount named right before a follow alias, after the alias it would follow: 环保投入相当于…
_OTHER_AMOUNT = re.compile(r"(?:投入|支出|经费|资金|费用)\s*$")
OTHER_AMOUNT_CHARS = 6
OPENING = "opening"  # the flag of an opening follow alias in the automaton
QUALIFIER_CHARS = 6  # how far before the alias followed a word may make it a part's (专利技术合同)


def _view(text: str):
    """The variant-free view of `text` and a function mapping view offsets back to `text`."""
    pieces, view_starts, text_starts, pos, view_pos = [], [0], [0], 0, 0
    for m in _VARIANTS.finditer(text):
        pieces.append(text[pos : m.start()])
        view_pos += m.start() - pos
        pos = m.end()
        view_starts.append(view_pos)
        text_starts.append(pos)
    pieces.append(text[pos:])

    def to_text(p: int) -> int:
        k = bisect.bisect_right(view_starts, p) - 1
        return text_starts[k] + (p - view_starts[k])

    return _LOWER.sub(_upper, "".join(pieces)), to_text
