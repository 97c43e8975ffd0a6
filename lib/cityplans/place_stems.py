"""Cities and provinces named by their stem (X市 written X) where a sentence or clause opens:
the index of stems and the scan for sentence openings, shared by locate.py (a text's own place)
and scope.py (the place a clause's figures belong to)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from heapq import merge

from cityplans import gazetteer
from cityplans.gazetteer import name_stem
from cityplans.resources import load_yaml
from cityplans.segment import CLAUSE_OPENERS


@cache
def stem_index() -> dict[str, tuple[gazetteer.Place, ...]]:
    """Stems of prefectures and provinces (青岛, 湖南, 黔东南) -> places; counties only by full
    name, since two-character county stems are often ordinary words."""
    stop = set(load_yaml("places.yaml")["common_word_names"])
    return {k: tuple(v) for k, v in stems_of(("prefecture", "province")).items() if k not in stop}


@cache
def autonomous_stems() -> dict[str, tuple[gazetteer.Place, ...]]:
    """Stems of autonomous prefectures without their peoples (甘孜 for 甘孜藏族自治州, from its
    short form 甘孜州): read only where the text says which level it means (我州), since many
    are also a county's name (甘孜县, 楚雄市)."""
    index: dict[str, list[gazetteer.Place]] = {}
    for place in gazetteer.places().values():
        if place.level == "prefecture":
            for form in gazetteer.short_forms(place.name):
                if len(form) > 2:
                    index.setdefault(form[:-1], []).append(place)
    return {k: tuple(v) for k, v in index.items()}


def stems_of(levels: tuple[str, ...]) -> dict[str, list[gazetteer.Place]]:
    """The stems (two characters or more, shorter than the name) of the divisions of these
    levels, each with the divisions it may stand for."""
    index: dict[str, list[gazetteer.Place]] = {}
    for place in gazetteer.places().values():
        stem = name_stem(place.name)
        if place.level in levels and len(stem) >= 2 and stem != place.name:
            index.setdefault(stem, []).append(place)
    return index


SENTENCE_OPEN = re.compile(
    r"(?:^|(?<=[。;；!！?？\n,，:：]))\s*(?:(?:截至|截止|到|至)?\s*(?:(?:19|20)\d{2}\s*年"
    r"(?:底|末|度)?|今年|去年|近年来|目前|如今)\s*(?:以来)?\s*[,，]?\s*)?",
    re.M,
)
# SENTENCE_OPEN matches at the start and after a mark; its match can be more than empty only
# where white space or the first words of its time phrase follow
_MARK = CLAUSE_OPENERS
_MAY_OPEN = r"\s|截至|截止|到|至|(?:19|20)\d\d|今年|去年|近年来|目前|如今"
_OPENING = re.compile(rf"[{_MARK}](?={_MAY_OPEN})")
_MAY_OPEN_RE = re.compile(_MAY_OPEN)
_TRIED, _EMPTY = 0, 1  # at one position, the pattern is tried first


@cache
def _before_head() -> re.Pattern[str]:
    """A mark before the first character of a stem: where an empty match of SENTENCE_OPEN
    may be followed by a stem."""
    firsts = {stem[0] for stem in stem_heads()}
    return re.compile(rf"[{_MARK}](?=[{re.escape(''.join(sorted(firsts)))}])")


def sentence_openings(text: str) -> Iterator[int]:
    """The ends of the matches of `SENTENCE_OPEN.finditer(text)`, in order, but for empty
    matches no stem can follow: where a sentence's words begin (after 2017年,). The pattern
    opens with a look-behind, so the regex engine tries it at every position of a text; here
    two scans that skip to marks find where it may match more than the empty string, and
    where it matches it empty right before a stem's first character."""
    if _MAY_OPEN_RE.match(text):
        full, empty = [0], []
    else:
        full, empty = [], [0]
    full += [m.end() for m in _OPENING.finditer(text)]
    empty += [m.end() for m in _before_head().finditer(text)]
    pos = 0
    for at, kind in merge(((a, _TRIED) for a in full), ((a, _EMPTY) for a in empty)):
        if at < pos:
            continue  # inside the match before (or tried already): finditer goes on from its end
        end = SENTENCE_OPEN.match(text, at).end() if kind == _TRIED else at
        yield end
        pos = max(end, at + 1)


@cache
def stem_heads() -> frozenset[str]:
    """The first two characters of every prefecture and province stem: a quick test before
    looking up the 4-, 3- and 2-character stems at a sentence opening."""
    return frozenset(stem[:2] for stem in stem_index())


# the last character of a person's name, then what the person says (吴忠泽介绍说: not 青岛市介绍,
# 青岛也表示, a place's words)
_SPEAKS = re.compile(
    r"(?![市省县区州盟旗也还将已则就都均又亦])[\u4e00-\u9fff](?:介绍|表示|指出|强调|透露|坦言)"
)


def opening_stems(text: str) -> list[tuple[int, int, gazetteer.Place]]:
    """Prefecture cities and municipalities named by their stem where a clause opens
    (…,X的高新技术企业…; 2017年,X全社会研发经费…), each with the one place it names."""
    taken = bytearray(len(text))
    for m in gazetteer.find_places(text):
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    index, heads, out = stem_index(), stem_heads(), []
    for start in sentence_openings(text):
        if text[start : start + 2] not in heads:
            continue
        for n in (4, 3, 2):
            stem = text[start : start + n]
            if stem in index and taken.find(1, start, start + n) == -1:
                places = index[stem]
                if _SPEAKS.match(text, start + n):
                    break  # 吴忠泽介绍说: a person (surname and given name) who speaks
                if len(places) == 1 and _city_like(places[0]):
                    out.append((start, start + n, places[0]))
                break
    return out


def listed_stems(text: str) -> list[tuple[int, int, gazetteer.Place]]:
    """Prefecture cities and provinces named by their stem as items of a list of two or more
    such stems (前三名为烟台、青岛、东营,…分别为…; 云南、内蒙古、贵州…), each with the one place
    it names: a list of stems names places wherever it stands."""
    out: list[tuple[int, int, gazetteer.Place]] = []
    run: list[tuple[int, int, gazetteer.Place]] = []
    for m in _LIST_JOIN.finditer(text):
        if m.group() != "、" and not run:
            continue  # 和/及 only ends a list that 、 began (…、浙江(3.20%)和安徽(2.69%))
        end = _before_aside(text, m.start())  # 北京(6.73%)、上海(4.34%): each with its figure
        before = _listed_stem(text, ((end - n, end) for n in STEM_LENGTHS))
        after = _listed_stem(text, ((m.end(), m.end() + n) for n in STEM_LENGTHS))
        if before is None or after is None or (run and run[-1] != before):
            out += run if len(run) >= MIN_LISTED else []
            run = []
        if before is not None and after is not None:
            run = (run or [before]) + [after]
    return out + (run if len(run) >= MIN_LISTED else [])


_LIST_JOIN = re.compile("[、和及]")
_ASIDE_BEFORE = re.compile(r"\([^()\n]{1,16}\)$")


def _before_aside(text: str, pos: int) -> int:
    """Where a short parenthetical ending at `pos` opens (its item's figure), else `pos`."""
    m = _ASIDE_BEFORE.search(text, max(0, pos - 18), pos)
    return m.start() if m else pos


MIN_LISTED = 2
STEM_LENGTHS = (4, 3, 2)  # the longest stem that fits first


def _listed_stem(text: str, spans) -> tuple[int, int, gazetteer.Place] | None:
    """The first of the (start, end) spans that is the stem of one prefecture or province."""
    index = stem_index()
    for start, end in spans:
        place = _one(index.get(text[start:end])) if start >= 0 and end <= len(text) else None
        if place is not None:
            return start, end, place
    return None


def _one(places) -> gazetteer.Place | None:
    """The place a stem names in a list: the only one, or the only province among several
    (海南: the province, not 海南州)."""
    if not places:
        return None
    provinces = [p for p in places if p.level == "province"]
    return places[0] if len(places) == 1 else (provinces[0] if len(provinces) == 1 else None)


def _city_like(place: gazetteer.Place) -> bool:
    return place.level == "prefecture" or (place.level == "province" and place.name.endswith("市"))


QUALIFIER_GAP = 6  # 渤海新区, 高新区: a zone's name between a city and its county
_ZONE_BETWEEN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:新区|开发区|高新区|经开区)")


def qualifies(text: str, end: int, start: int) -> bool:
    """Whether a place ending at `end` stands right before one starting at `start` (X市Y区), or
    with only a zone's name between (X市Z新区Y县): written so, it says where that place is."""
    if start == end:
        return True
    return (
        0 < start - end <= QUALIFIER_GAP and _ZONE_BETWEEN.fullmatch(text, end, start) is not None
    )
