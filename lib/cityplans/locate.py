"""Where a document is from: the jurisdiction whose plan, report or news it is.

News items and reports seldom carry an issuer line; they name their place in the headline
and lead (镇江市召开…, 2017年,青岛全社会研发经费…), through the organ that speaks
(桐庐县科技局, 荆门科技局), and refer to it as 全市/我县/全省. The address a page was copied
from often spells the place in pinyin (zongyang.gov.cn). A development zone's own text
(聊城高新区打出一套…) is the zone's, in its city. Each piece of evidence is weighed; a text
that names two places equally gets neither.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import urlsplit

from cityplans import gazetteer
from cityplans.cue_words import (
    cue_lists,
    institution_after,
    organisation_after,
    region_after,
    words_re,
)
from cityplans.gazetteer import name_stem
from cityplans.place_stems import (
    autonomous_stems,
    qualifies,
    sentence_openings,
    stem_heads,
    stem_index,
    stems_of,
)
from cityplans.resources import load_yaml
from cityplans.scan import iter_long_in_runs, word_runs
from cityplans.segment import PART_OPENS
from cityplans.tokens import tokenizer

LEAD_CHARS = 160  # the headline and lead of a text: where it names its own place
# a county stem that jieba's dictionary counts more often than this is an ordinary word too
# (新建 1000, 龙门 835; 双流 30, 永嘉 116)
COMMON_WORD_FREQ = 200
_TOPIC = re.compile(
    r"科技|创新|研发|R&D|高新技术|高企|专利|技术合同|科学技术|研究与[试实]验发展|科研|技术市场"
)
_SELF = re.compile(r"(?:全|我|本|该)(市|县|区|省|州|旗|盟|地区)(?!级)")
# (the look-behind follows the level word, so a scan skips to 市/县/区 instead of trying everywhere)
_ORGAN_LEVEL = re.compile(
    r"(市|县|区)(?<![\u4e00-\u9fff][市县区])(?:委|政府|人民政府|科技局|科学技术局|科委)"
)


@dataclass(frozen=True)
class Located:
    """The jurisdiction found for a document, and how it was found."""

    place: gazetteer.Place | None
    province: str | None
    zone: str | None
    source: str
    note: str | None = None
    level: str | None = None  # the level the text calls itself by, when no place is named


@cache
def _county_stem_index() -> dict[str, gazetteer.Place]:
    """Stems of counties and districts (双流, 永嘉) that name one division only and are no
    common word; read in headlines only, where a stem is the subject."""
    stop = set(load_yaml("places.yaml")["common_word_names"]) | set(stem_index())
    index = stems_of(("county", "district"))
    return {k: v[0] for k, v in index.items() if len(v) == 1 and k not in stop}


def _county_stems(headline: str) -> list[tuple[int, gazetteer.Place]]:
    """County and district stems that begin a word of the headline (jieba), are rare as words
    (新建, 龙门 are common words; 双流, 永嘉 are not) and are not part of a full name or an
    organ's name. (start, place) each."""
    index = _county_stem_index()
    freq = tokenizer().FREQ
    taken = bytearray(len(headline))
    for m in gazetteer.find_places(headline):
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    found = []
    for end, stem in iter_long_in_runs(_county_automaton(), _county_runs(), headline):
        start = end - len(stem) + 1
        if (
            taken.find(1, start, end + 1) == -1
            and freq.get(stem, 0) <= COMMON_WORD_FREQ
            and not _organ_re().match(headline, end + 1)
            and _aligned(headline, start, end + 1)
            and not (
                _PERSON_BEFORE.search(headline, max(0, start - 3), start)
                and _PERSON_AFTER.match(headline, end + 1)
            )
            and not _person_named(headline, start, end + 1)
        ):
            found.append((start, index[stem]))
    return found


def _person_named(text: str, start: int, end: int) -> bool:
    """Whether a short place name (罗平, not 罗平县) is a person's: right after an official's
    title (副主席罗平) or before what only a person does (罗平一行, 罗平带队)."""
    if text[end - 1] in _DIVISION_SUFFIXES:
        return False
    return bool(
        _TITLE_BEFORE.search(text, max(0, start - 3), start) or _PERSON_DOES.match(text, end)
    )


_DIVISION_SUFFIXES = "省市县区州旗盟"
_TITLE_BEFORE = re.compile(r"(?:主席|书记|省长|市长|县长|区长|州长|局长|厅长|主任|部长|巡视员)$")
_PERSON_DOES = re.compile(r"一行|带队|同志")


# a stem that is a person's given name in a list of names: one character (the surname) after a
# list mark or a title, and a list mark or what officials do after it (副主席张某、王<stem>,…;
# 张某、王<stem>出席会议; not 创新,让<stem>的…)
_PERSON_BEFORE = re.compile(r"(?:[、,，]|主席|书记|市长|县长|区长|局长|主任|委员)[\u4e00-\u9fff]$")
_PERSON_AFTER = re.compile(r"[、,，和及等]|出席|参加|同志|一行")


def _mentions(
    text: str, stems_everywhere: bool = True
) -> list[tuple[int, int, tuple[gazetteer.Place, ...]]]:
    """Full division names and short forms, plus prefecture/province stems (青岛, 湖南):
    everywhere in a short text (a headline), else only where a sentence opens with one
    (2017年,青岛全社会研发经费…), since two-character stems are also parts of words."""
    found = [(m.start, m.end, m.candidates) for m in gazetteer.find_places(text)]
    taken = bytearray(len(text))
    for a, b, _ in found:
        taken[a:b] = b"\x01" * (b - a)
    index = stem_index()
    if stems_everywhere:
        for end, stem in iter_long_in_runs(_stem_automaton(), _stem_runs(), text):
            start = end - len(stem) + 1
            if taken.find(1, start, end + 1) == -1 and _aligned(text, start, end + 1):
                found.append((start, end + 1, index[stem]))
    else:
        heads = stem_heads()
        for start in sentence_openings(text):
            if text[start : start + 2] not in heads:
                continue  # no stem starts with these two characters
            for n in (4, 3, 2):
                stem = text[start : start + n]
                if stem in index and taken.find(1, start, start + n) == -1:
                    found.append((start, start + n, index[stem]))
                    break
    found.sort()
    return found


def _aligned(text: str, start: int, end: int) -> bool:
    """Whether a stem at [start, end) begins a word that no later word overlaps past its end
    (调研和政策 is 和/政策: 和政 ends inside 政策), or ends the word it starts inside (山西太原 is
    one word); 传达州人民政府: 达州 begins inside 传达 and is no place. jieba reads
    only a few characters around the stem, and only when a Chinese character precedes it."""
    if start == 0 or not _CJK_CHAR.match(text[start - 1]):
        return True
    a = max(0, start - _WINDOW)
    return _aligned_in(text[a : end + _WINDOW], start - a, end - a)


@lru_cache(maxsize=4096)  # the lead, headline and text of a document share their windows
def _aligned_in(window: str, start: int, end: int) -> bool:
    words = {s: e for _, s, e in tokenizer().tokenize(window)}
    if start in words:  # …unless a word after it runs past its end: 调研和政策 is 和/政策, no 和政
        return not any(start < s < end < e for s, e in words.items())
    word_start = max((w for w in words if w < start), default=None)
    return word_start is not None and words[word_start] == end


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_WINDOW = 4  # characters of context jieba needs on each side to segment a stem's neighbours


@cache
def _stem_automaton():
    """Prefecture and province stems in one Aho-Corasick automaton."""
    return _automaton(stem_index())


@cache
def _county_automaton():
    """County and district stems in one Aho-Corasick automaton."""
    return _automaton(_county_stem_index())


@cache
def _stem_runs() -> re.Pattern[str]:
    """Runs of the characters of prefecture and province stems (where the automaton looks)."""
    return word_runs(stem_index())


@cache
def _county_runs() -> re.Pattern[str]:
    """Runs of the characters of county and district stems (where the automaton looks)."""
    return word_runs(_county_stem_index())


def _automaton(stems):
    """An Aho-Corasick automaton over `stems` (one scan of a text finds them all)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for stem in stems:
        automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


def named_places(text: str) -> set[str]:
    """The names of the unambiguous places a text mentions, stems at sentence openings
    included (盐城新闻 -> 盐城市)."""
    return _named_places(text, _mentions(text, False))


def _named_places(text: str, found: list[tuple[int, int, tuple[gazetteer.Place, ...]]]) -> set[str]:
    """named_places, given `_mentions(text, False)` already found (locate scans once)."""
    return {c[0].name for _, _, c in found if len(c) == 1} | {
        c[0].name for _, _, c in _mentions(text[: LEAD_CHARS * 2], True) if len(c) == 1
    }


def self_level(text: str) -> Counter:
    """How the text refers to its own jurisdiction: 全市/我县/市科技局 -> counts per level word.
    Comparisons (居全省第4位, 高于全省平均) and a higher authority (省科技厅) are not it."""
    from cityplans.scope import compared

    counts = Counter(
        m.group(1) for m in _SELF.finditer(text) if not compared(text, m.start(), m.end())
    )
    counts.update(m.group(1) for m in _ORGAN_LEVEL.finditer(text))
    return counts


def locate(text: str, lead: str, source: str | None = None) -> Located | None:
    """The jurisdiction of a text from its body (`lead`: its headline and first lines)."""
    if not _TOPIC.search(text):
        return None  # not about science and technology: no place is guessed for it
    speaker = _speaker_place(lead)
    if speaker is not None:
        return Located(speaker, speaker.province, None, "the government the report is given for")
    zone = _own_zone(lead)
    headline = "\n".join(lead.split("\n")[:2])
    body_found = _mentions(text, False)
    named = _named_places(text, body_found)
    stems = _county_stems(headline)
    lead_found = _before_own_county(_mentions(lead), stems)
    headline_found = _headline_mentions(lead_found, headline)
    ev = _Evidence()
    ev.weigh(text, 1, body_found, named)
    ev.weigh(lead, 2, lead_found, named)
    ev.weigh(headline, 2, headline_found, named, in_headline=True)
    for _, place in stems:  # 双流的发展引擎…, 永嘉入选…: a county in its headline
        ev.places.setdefault(place.adcode, place)
        ev.scores[place.adcode] += 4
        ev.headline_counties.add(place.adcode)
    for place in places_in_address(source) + _venue_places(lead):
        ev.places.setdefault(place.adcode, place)
        ev.scores[place.adcode] += 2
    if zone:
        zone_place = city_proper(_zone_place(zone))
        if zone_place:
            return Located(zone_place, zone_place.province, zone, "zone named in the lead")
        province = _province_of(ev.scores, ev.places)
        return Located(None, province, zone, "zone named in the lead")
    datelines = [m.span() for m in _DATELINE_LINE.finditer(lead)]
    first_place = min(
        (s for s, e, _ in lead_found if not any(a <= s and e <= b for a, b in datelines)),
        default=len(lead),
    )  # (not where a dateline says the report was filed: 新华社北京1月7日电)
    filed_from = {
        c.adcode
        for s, e, cs in lead_found
        if any(a <= s and e <= b for a, b in datelines)
        for c in cs
    }
    parts = {p.province for code, p in ev.places.items() if code not in filed_from}
    if _national_lead(lead, first_place) and (len(parts) >= NATION_PARTS or not parts):
        # 2019年,全国共投入R&D经费…; 北京…最大达6.31%: the nation's, by province (or naming
        # no place but where its dateline was filed)
        return Located(None, None, None, "lead", "the nation's (全国…), its provinces its parts")
    if _speaks_for_the_nation(text):
        # 十八大以来我国研发投入明显加大…;我国…: the nation's, whatever places it names
        return Located(None, None, None, "body", "the nation's (我国…, never 我省/全市)")
    levels = self_level(text)
    if not ev.scores and not ev.partners:
        # no subject, organ or headline names a place: a stem the body repeats inside its own
        # names (X功能区建设, X科技城), of the level the text calls itself by, is its place
        ev.weigh(text, 1, _mentions(text), named)
        word = levels.most_common(1)[0][0] if levels else None
        ev.scores = Counter(
            {
                k: n
                for k, n in ev.scores.items()
                if n >= REPEATED_STEM and word and _fits(ev.places[k], word)
            }
        )
    scores = ev.scores
    if not scores and _nested([ev.places[k] for k in ev.partners]):
        scores = ev.partners  # a text that names its place only in its university's name (not
        # one that names them in places apart: 与江苏大学、重庆大学等高校院所合作 names partners)
    if not scores:
        return _unnamed(levels, [ev.places[k] for k in ev.compared])
    in_headline = ev.in_headline | ev.headline_counties
    own = {m.group(1) for m in _FIRST_PERSON.finditer(lead[:LEAD_CHARS])}
    return _choose(
        scores,
        ev.places,
        levels,
        in_headline | ev.subjects,
        frozenset(in_headline),
        lead_province=own == {"省"},  # 我省科研投入达历史最高: the lead calls it 我省
        text=text,
    )


def _nested(places: list[gazetteer.Place]) -> bool:
    """Whether `places` (at least one) lie each within the other or the same: one area named
    at several levels (江苏省实验室, 无锡先进技术研究院), not areas apart."""
    return bool(places) and all(
        a == b or a.within(b) or b.within(a) for a in places for b in places
    )


# the medium a news item credits (据星辰在线-长沙晚报报道, 据新华社报道)
_REPORTED_BY = re.compile(r"据[^,，。;；\n]{2,24}?报道")

# a line that names the outlet, alone or with its date (合肥日报 2017-07-03 01:36 大字): who
# carried the text, not its subject
_OUTLETS = r"日报|晚报|晨报|新闻网|融媒体中心|电视台"
_OUTLET_LINE = re.compile(
    rf"(?m)^\s*[\u4e00-\u9fff]{{2,10}}?(?:{_OUTLETS})(?=\s*(?:19|20)\d{{2}}\s*[-年/.]|[ \t]*$)"
)
_OUTLET_AFTER = re.compile(_OUTLETS)
# an author's affiliation and postcode (安徽大学,安徽 合肥230601): where the writers work
_AFFILIATION = re.compile(r"[(（][^()（）\n]{2,80}?\d{6}\s*[)）]")


# the source a text cites for its figures (根据X市统计局、科技局发布的《2021年X市主要科技活动情况
# 公报》): whose statistics they are, not the text's subject, which may be a part of that place
_CITED_SOURCE = re.compile(
    r"(?:根据|据)[^,，。;；\n]{0,30}?(?:发布|公布|印发)的?\s*(?:《[^《》\n]{0,60}》)?"
)


# the nation as the subject a clause of the lead opens with and gives a figure of (2019年,全国
# 共投入…22143.6亿元; 我国…15.3件), or its bulletin; not a name (北京全国科技创新中心) nor a whole a
# place is measured against (居全国第3位, 高于全国平均)
_NATION_OPENS = re.compile(
    r"(?:^|[\n,，:：。;；])\s*(?:(?:19|20)\d{2}\s*年(?:度|底|末)?\s*[,，]?\s*)?"
    r"(?:全国|我国|中国(?=的?(?:全社会|研究与|研发|R&D)))(?![平第前])[^。;；!！?？\n]{0,60}?\d"
    r"|《(?:(?:19|20)\d{2}\s*年)?全国[^《》\n]{0,20}公报》"  # 《2020年全国科技经费投入统计公报》
)
NATION_PARTS = 2  # provinces a national text names as its parts (北京、上海…)


def _national_lead(lead: str, first_place: int) -> bool:
    """Whether the lead names the whole nation as its subject before it names any place (at
    `first_place`), in its first two lines, and says nothing of 我省/我市."""
    nation = _NATION_OPENS.search(lead, 0, first_place)
    if nation is None or _FIRST_PERSON.search(lead[:LEAD_CHARS]):
        return False
    lines_before = [
        line for line in lead[: nation.start()].split("\n")[:-1] if len(line.strip()) > BYLINE_CHARS
    ]  # (not a short line between the headline and the text: 2小时前热点话题3, a byline)
    return len(lines_before) <= NATION_LINES_BEFORE


BYLINE_CHARS = 12
NATION_LINES_BEFORE = 2  # a headline and its subtitle


def _speaks_for_the_nation(text: str) -> bool:
    """Whether a text calls the country 我国 again and again and never names a local area of its
    own (我省, 全市, 本县…): a national text."""
    head = text[:NATION_CHARS]
    return len(_OUR_COUNTRY.findall(head)) >= NATION_MENTIONS and not _LOCAL_SELF.search(head)


NATION_CHARS = 3000  # how much of a text is read for how it names itself
NATION_MENTIONS = 2
_OUR_COUNTRY = re.compile(r"我国")
_LOCAL_SELF = re.compile(r"(?:我|全|本)(?:省|市|县|区|州)")


# how a text names its own jurisdiction in the first person (全省 may be a comparison: 全省居首)
_FIRST_PERSON = re.compile(r"(?:我|本)(省|市|县|区|州)")


REPEATED_STEM = 2  # times a body must name a place, unprompted, for it to be the text's


@dataclass
class _Evidence:
    """The weight of evidence for each place a text names, and where it was named."""

    scores: Counter = field(default_factory=Counter)
    places: dict[str, gazetteer.Place] = field(default_factory=dict)
    subjects: set[str] = field(default_factory=set)  # open a sentence: 2020年,济宁市高新技术企业…
    headline_counties: set[str] = field(default_factory=set)
    partners: Counter = field(default_factory=Counter)  # named only in institutions' names (X大学)
    in_headline: set[str] = field(default_factory=set)  # named by the headline as a subject
    compared: Counter = field(default_factory=Counter)  # named only as compared with (仅次于X)

    def weigh(
        self,
        source_text: str,
        weight: int,
        found: list[tuple[int, int, tuple[gazetteer.Place, ...]]],
        named: set[str],
        in_headline: bool = False,
    ) -> None:
        """Add the mentions `found` in `source_text` (the body, the lead or the headline)."""
        body = weight == 1
        qualifiers = _qualifiers(source_text, found)
        outlets = [m.span() for m in _REPORTED_BY.finditer(source_text)]
        outlets += [m.span() for m in _OUTLET_LINE.finditer(source_text)]
        cited = [m.span() for m in _CITED_SOURCE.finditer(source_text)]
        credits = [m.span() for m in _AFFILIATION.finditer(source_text)]
        # (a dateline, 中新网南京1月22日电, names where the report was filed: its place at most)
        cited += [m.span() for m in _DATELINE_LINE.finditer(source_text)]
        compared_end = None
        wholes: list[tuple[gazetteer.Place, int]] = []  # the places named so far, and ends
        for i, (start, end, candidates) in enumerate(found):
            if i in qualifiers:
                continue  # X市Y区, X市Z新区Y县: the city names where its county is
            if any(a <= start and end <= b for a, b in credits):
                continue  # (X大学,X 230601): where its writers work, not its subject
            # 据X晚报报道, X日报 2021年09月17日: who carried it, the text's place at most (a local
            # paper's own, when the text names no other)
            in_source = any(a <= start and end <= b for a, b in cited + outlets)
            named_by = (
                organisation_after().match(source_text, end) and not _placed_before(found, i)
            ) or institution_after().match(source_text, end)
            # X省Y集团, X理工大学: a firm's or an institute's name (not 钦州广西X有限公司: where
            # a firm named after its province stands), the text's place at most
            if in_source or named_by:
                if len(candidates) == 1:
                    self.places.setdefault(candidates[0].adcode, candidates[0])
                    self.partners[candidates[0].adcode] += weight
                continue  # X理工大学, 根据X市统计局发布的…: a partner or a source, the text's
                # place at most
            if _RANKED_FIRST.search(source_text, max(0, start - 8), start):
                continue  # 比重最高的是X区: one of the parts compared, not the subject
            if region_after().match(source_text, end):
                continue  # 建成X都市圈重要增长极: a region named after its central city
            if _LEVEL_AFTER.match(source_text, end):
                continue  # 申报X市以上各类项目, X市级孵化器: a level of government, not the subject
            if _WHOLE_BEFORE.search(source_text, max(0, start - 2), start):
                continue  # 占X市认定数的20%, 居X市各县首位: the whole it is measured against
            part = PART_OPENS.search(source_text, max(0, start - 4), start) and any(
                candidates[0].within(whole)
                and candidates[0] != whole
                and _FIGURE_OF_WHOLE.fullmatch(source_text, whole_end, start)
                for whole, whole_end in wholes
            )  # 湖北省…4853亿元,其中武汉市2687亿元: a part of the figure of the place before it
            compared = (
                part
                or _COMPARED_WITH.search(source_text, max(0, start - 4), start)
                or _PARTS_FRAMING.search(source_text, max(0, start - 8), start)
                or (
                    compared_end is not None
                    and _LIST_JOIN.fullmatch(source_text, compared_end, start)
                )
            )  # 高于洛阳市、新乡市: each place of the list compared with
            if len(candidates) == 1:
                wholes.append((candidates[0], end))
            compared_end = end if compared else None
            if compared:
                if len(candidates) == 1:  # 位居全省第二,仅次于X市: the place it is compared
                    # with, not its own; its province and level at most
                    self.places.setdefault(candidates[0].adcode, candidates[0])
                    self.compared[candidates[0].adcode] += weight
                continue
            if len(candidates) != 1:
                # a shared name (海州区, 鼓楼区): the one in a city or province the text names
                candidates = [c for c in candidates if c.prefecture in named or c.province in named]
                if len(candidates) != 1:
                    continue
            if _AWAY_EVENT.match(source_text, end) and _VENUE_LIST.search(
                source_text, max(0, start - VENUE_LIST_CHARS), start
            ):
                continue  # 在重庆、深圳举办产业推介会: where its people went to promote it
            place = candidates[0]
            self.places[place.adcode] = place
            venue = _VENUE_BEFORE.search(source_text, max(0, start - 1), start) and _HELD.match(
                source_text, end
            )  # 全省科技工作会在兰州召开: where a meeting is held, not whose it is
            if in_headline and not venue and not source_text.startswith("、", end):
                self.in_headline.add(place.adcode)  # not one of several parties (X、Y…)
            bonus = 0
            if body and _OWN_CIRCUMSTANCES.match(source_text, end):
                bonus += 4  # 结合X区实际,制订本实施方案: the plan's own place
                self.subjects.add(place.adcode)
            if body:
                if _organ_re().match(source_text, end):
                    bonus += 2  # 桐庐县科技局: the organ that speaks
                if _opens_sentence(source_text, start) and not source_text.startswith("、", end):
                    # 旬阳市、安康高新区…作了交流发言: one of several parties, not the subject
                    bonus += 2
                    self.subjects.add(place.adcode)
            self.scores[place.adcode] += weight + bonus


def _qualifiers(text: str, found: list[tuple[int, int, tuple[gazetteer.Place, ...]]]) -> set[int]:
    """The mentions that only say where the next one is: a city or province written right
    before a place inside it (X市Y区, X省Y市, X市Z新区Y县: a zone's name may
    stand between)."""
    out = set()
    for i in range(len(found) - 1):
        (_, end, outer), (start, _, inner) = found[i], found[i + 1]
        if len(outer) != 1 or not qualifies(text, end, start):
            continue
        if any(p.within(outer[0]) and p != outer[0] for p in inner):
            out.add(i)
    return out


def _before_own_county(
    found: list[tuple[int, int, tuple[gazetteer.Place, ...]]],
    stems: list[tuple[int, gazetteer.Place]],
) -> list[tuple[int, int, tuple[gazetteer.Place, ...]]]:
    """The mentions without a city written right before a headline's stem of its own county or
    district (X市Y区's short form: X城Y…): the city only says where it is."""
    starts = {start: place for start, place in stems}
    return [
        f for f in found if not (f[1] in starts and len(f[2]) == 1 and starts[f[1]].within(f[2][0]))
    ]


def _headline_mentions(
    lead_found: list[tuple[int, int, tuple[gazetteer.Place, ...]]], headline: str
) -> list[tuple[int, int, tuple[gazetteer.Place, ...]]]:
    """`_mentions(headline)` from `_mentions(lead)`, the headline being the lead's first lines:
    a line break ends it, and no name, stem or jieba word runs across a line break, so the
    lead's mentions inside the headline are the headline's own (one scan, not two)."""
    return [f for f in lead_found if f[1] <= len(headline)]


# events held away to promote a place (在重庆、深圳举办产业推介和交流合作会, 前往上海、广州等地
# 拜访企业): the places named are where the text's people went, a list opened by 在, 赴 or 前往
_AWAY_EVENT = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{2,8}?)*\s*(?:等地|(?:举办|举行|召开)[^,，。;；]{0,12}?"
    r"(?:推介|招商|对接|交流|洽谈))"
)
_VENUE_LIST = re.compile(r"(?:在|赴|到|前往)(?:[\u4e00-\u9fff]{2,8}?[、和及])*$")
VENUE_LIST_CHARS = 30
# a place a meeting is held in: 在兰州召开, 在X市举行
_VENUE_BEFORE = re.compile(r"[在于]$")
_HELD = re.compile(r"\s*(?:召开|举行|举办|开幕|闭幕)")
# a plan fitted to its own place: 结合X区实际, 立足我市实际
_OWN_CIRCUMSTANCES = re.compile(r"(?:的)?(?:实际|实际情况|市情|县情|区情)")
# a place as a level of government: X市以上各类项目, 省级以上
_LEVEL_AFTER = re.compile(r"级|以上|以下")
# the whole a figure is a share or a rank of: 占X市认定数的20%, 居X市各县(市、区)首位
_WHOLE_BEFORE = re.compile(r"(?:占|居|位居|位列)\s*$")
_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与)\s*")
# the parts a whole's figures are broken down by: 分城市看,长沙、株洲…; 分地区看:…
_PARTS_FRAMING = re.compile(
    r"分(?:地区|城市|市|县|区域|地市|市州|省份|区县|县区)看\s*[,，:：]?\s*$"
)
# …its figure, then 其中, within one sentence
_FIGURE_OF_WHOLE = re.compile(r"[^。;；!！?？\n]*\d[^。;；!！?？\n]*其中\s*[,，]?\s*")
# a place another is compared with: 仅次于X市, 紧随X之后, 落后于X, 高于X市
_COMPARED_WITH = re.compile(r"(?:仅次于|次于|紧随|落后于|领先于|高于|低于|超过|超越)\s*$")
# the part a comparison picks out: 比重最高的是X区, 增长最快的为…, 产值最高的也是X区
_RANKED_FIRST = re.compile(r"最[\u4e00-\u9fff]{1,2}的(?:也|都)?(?:是|为)\s*$")
# a firm or an exchange named after a place: X省Y集团, X市Y有限公司, 香港联交所


# a time phrase that may open a sentence before its subject: 2020年底, 今年, 多年来, 十几年来, 目前
_TIME_PHRASE = (
    r"(?:截至|截止|到|至)?\s*(?:(?:19|20)\d{2}\s*年(?:底|末|度|\d{1,2}\s*月(?:\d{1,2}\s*日)?)?"
    r"|今年|去年"
    r"|[近多几数十二三四五六七八九]{1,4}年来|目前|如今)"
)
_OPENER = re.compile(
    r"(?:^|[。;；!！?？\n]|[,，:：](?=[^,，。]{0,3}$))\s*(?:"
    + _TIME_PHRASE
    + r"\s*(?:以来)?\s*[,，]?\s*)?$"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a place name at `start` opens a sentence (after an optional time phrase)."""
    return _OPENER.search(text, max(0, start - 14), start) is not None


def _choose(
    scores: Counter,
    places: dict[str, gazetteer.Place],
    levels: Counter,
    prominent: set[str],
    headline: frozenset[str] = frozenset(),
    lead_province: bool = False,
    text: str = "",
) -> Located | None:
    """The best-supported place, preferring the level the text refers to itself by (全市 -> a
    city, 全县 -> a county); a text that calls itself 全省 and names no city in its headline
    is the province's, and so is one whose lead calls it 我省 and no city 我市 (我省科研投入
    达历史最高) however often its body names one city."""
    local = Counter({k: v for k, v in levels.items() if k != "省"})
    cities = [(c, n) for c, n in scores.most_common() if places[c].level != "province"]
    # one city stands out: named prominently, twice as often as any other (a province's
    # bulletin names many cities about equally)
    one_city = (
        bool(cities)
        and cities[0][0] in (headline or prominent)
        and (len(cities) == 1 or cities[0][1] >= 2 * cities[1][1])
    )
    city_in_headline = any(places[c].level != "province" for c in headline)
    own_province = lead_province and not city_in_headline
    if levels["省"] and (own_province or (levels["省"] >= sum(local.values()) and not one_city)):
        ranked = [places[code] for code, _ in scores.most_common()]
        province = next((p for p in ranked if p.level == "province"), None)
        name = province.province if province else _province_of(scores, places)
        return Located(province, name, None, "body (全省/我省)") if name else None
    word = local.most_common(1)[0][0] if local else None
    adjusted = Counter(
        {code: n + (2 if _fits(places[code], word) else 0) for code, n in scores.items()}
    )
    ranked = [(places[code], n) for code, n in adjusted.most_common()]
    best, n = ranked[0]
    if best.level in ("county", "district") and best.adcode not in prominent:
        # 旬阳市、安康高新区…作了交流发言 in 全市科技工作会议: a county named in passing beside its
        # city, which the text also names, is not the subject
        parent = next((p for p, m in ranked[1:] if best.within(p) and m * 2 >= n), None)
        if parent is not None and parent.level == "prefecture" and _fits(parent, word):
            best = parent
    # a place inside the best one, named nearly as often, is more specific (衡阳市 > 衡东县)
    for p, m in ranked[1:]:
        if p.within(best) and p != best and m * 2 >= n and _fits(p, word) and p.adcode in prominent:
            if best.adcode in headline and p.adcode not in headline:
                break  # 六盘水市…(headline), then 钟山区5.10亿元: the city's text names its parts
            best, n = p, m
            break
    if best.level == "province" and best.name.endswith("市") and word in ("区", "县"):
        # 区科委…X市科技进步奖…Y区高新技术企业: a district of a municipality that calls
        # itself 区 names the municipality's programmes more often than itself
        parts = [p for p, _ in ranked[1:] if p.within(best) and _fits(p, word)]
        if len(parts) == 1:
            return Located(parts[0], parts[0].province, None, "body (区 of a municipality)")
    parent = _common_parent(best, n, ranked, word) or _city_of_county(best, word, local)
    if parent is not None:
        return Located(parent, parent.province, None, "body (its counties and districts)")
    if best.level == "province" and word in _LEVEL_OF_WORD and not best.name.endswith("市"):
        # 我市 in a text that names only its province: a city of that province, unnamed, or
        # the one city of it the text names by its stem (…开创现代化洛阳建设新局面…)
        own = _one_city_of(best, text) if word in ("市", "州", "盟", "地区") else None
        if own is not None:
            return Located(own, own.province, None, "body (我市, the one city of its province)")
        return Located(None, best.province, None, "body", "city not named", _LEVEL_OF_WORD[word])
    rivals = [
        (p, m)
        for p, m in ranked[1:]
        if not (best.within(p) or p.within(best)) and p.level == best.level
    ]
    # two places that both open sentences and are named about as often: a text on both
    shared = (
        rivals
        and rivals[0][0].adcode in prominent
        and best.adcode in prominent
        and not (best.adcode in headline and rivals[0][0].adcode not in headline)
    )  # (a place the headline names alone is the text's, though another opens sentences)
    if rivals and (rivals[0][1] >= n or (shared and rivals[0][1] * 2 >= n)):
        # 我市…高于A市、B市: a text that calls itself by the level of the places it names beside
        # it is of that level, though it names none as its own
        level = best.level if word and _fits(best, word) else None
        return Located(
            None, _province_of(scores, places), None, "body", "two places named equally", level
        )
    return Located(best, best.province, None, "body")


@cache
def _city_stems() -> dict[str, tuple[gazetteer.Place, ...]]:
    """The stems of prefectures and provinces, with autonomous prefectures' short ones."""
    return {**autonomous_stems(), **stem_index()}


def _one_city_of(province: gazetteer.Place, text: str) -> gazetteer.Place | None:
    """The one prefecture of a province a text names by its stem, if it names exactly one (not
    inside a partner's name: 哈尔滨工业大学; in its local paper's name: 甘孜日报)."""
    cities = {
        place.adcode: place
        for stem, candidates in _city_stems().items()
        if stem in text
        and any(
            (_named_itself(text, m.end()) or _OUTLET_AFTER.match(text, m.end()))
            and not _COMPARED_WITH.search(text, max(0, m.start() - 4), m.start())
            for m in re.finditer(re.escape(stem), text)
        )
        for place in candidates
        if place.level == "prefecture" and place.within(province)
    }
    return next(iter(cities.values())) if len(cities) == 1 else None


def _named_itself(text: str, end: int) -> bool:
    """Whether a place name ending at `end` names the place, not a firm or an institute."""
    return not (organisation_after().match(text, end) or institution_after().match(text, end))


def _common_parent(
    best: gazetteer.Place, n: int, ranked: list[tuple[gazetteer.Place, int]], word: str | None
) -> gazetteer.Place | None:
    """全市…诸暨市、越城区增速居前两位,新昌县…: a text that calls itself a city and names
    several of one prefecture's counties about equally is the prefecture's."""
    if best.level not in ("county", "district") or word not in (None, "市", "州", "盟", "地区"):
        return None
    siblings = [p for p, m in ranked[1:] if p.level in ("county", "district") and m * 2 >= n]
    if not siblings or any(p.prefecture != best.prefecture for p in siblings):
        return None
    if word == "市" and best.name.endswith("市") and len(siblings) < 2:
        return None  # a county-level city calls itself 全市 too, and may name a neighbour
    found = gazetteer.lookup(best.prefecture) if best.prefecture else ()
    return found[0] if len(found) == 1 and found[0].level == "prefecture" else None


def _city_of_county(
    best: gazetteer.Place, word: str | None, levels: Counter
) -> gazetteer.Place | None:
    """我市 again and again in a text that names one county most (X县…, 我市推进…): a county
    is no 市, so the text is its prefecture's. Once or twice, 全市 may be the prefecture's
    ranking quoted in a county's yearbook; and a text that also calls itself 全县/全旗 is the
    county's, measured against its prefecture (占全市…, 比全市增速高)."""
    if word not in ("市", "州", "盟") or levels[word] < SELF_WORDS_FOR_CITY:
        return None
    if best.level != "county" or _fits(best, word):
        return None
    if any(levels[w] for w, level in _LEVEL_OF_WORD.items() if level == "county"):
        return None
    found = gazetteer.lookup(best.prefecture) if best.prefecture else ()
    return found[0] if len(found) == 1 and found[0].level == "prefecture" else None


SELF_WORDS_FOR_CITY = 3  # how often a text calls itself 我市/全市 before a county is its part

_LEVEL_OF_WORD = {
    "市": "prefecture",
    "州": "prefecture",
    "盟": "prefecture",
    "县": "county",
    "旗": "county",
}


def _unnamed(levels: Counter, compared: list[gazetteer.Place]) -> Located | None:
    """A text that names no place but calls itself 全省, 我县 or 全州 still says its level; 区
    (a district or an autonomous region) and 市 (a prefecture or a county-level city) do not.
    Places it names only to compare itself with (仅次于X市) give their province, and their
    level when the text calls itself by it (全市 beside a prefecture)."""
    ranked = levels.most_common(2)
    word = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
    level = {"省": "province", **_LEVEL_OF_WORD, "市": None}.get(word) if word else None
    provinces = {p.province for p in compared}
    if len(provinces) == 1 and word not in (None, "省"):
        peers = {p.level for p in compared if _fits(p, word)}
        level = level or (peers.pop() if len(peers) == 1 else None)
        note = "named only the places it is compared with"
        return Located(None, provinces.pop(), None, "body", note, level)
    return Located(None, None, None, "body", "no place named", level) if level else None


def _fits(place: gazetteer.Place, word: str | None) -> bool:
    """Whether a place's level agrees with how the text refers to itself (全县 -> a county)."""
    if word is None:
        return place.level != "province" or place.name.endswith("市")
    if word == "市":
        return place.level == "prefecture" or place.name.endswith("市")
    if word in ("县", "旗"):
        return place.level == "county"
    if word == "区":
        return place.level in ("district", "province") and place.name.endswith("区")
    if word in ("州", "盟", "地区"):
        return place.level == "prefecture"
    return True


def _province_of(scores: Counter, places: dict[str, gazetteer.Place]) -> str | None:
    """The province most of the named places lie in."""
    by_province: Counter = Counter()
    for code, n in scores.items():
        by_province[places[code].province] += n
    return by_province.most_common(1)[0][0] if by_province else None


def _organ_re() -> re.Pattern[str]:
    """Words after a place name that make it part of an organ's or a medium's name."""
    return words_re(cue_lists()["organ_words"])


def _own_zone(lead: str) -> str | None:
    """A named zone that is the subject of the headline or lead (聊城高新区打出…, 记者从合肥
    高新区管委会获悉): no other place is named before it but the zone's own city."""
    from cityplans.scope import is_generic_zone, zone_names

    head = _DATELINE.sub(lambda m: " " * len(m.group()), lead[:LEAD_CHARS])
    head = _MARK.sub(lambda m: " " * len(m.group()), head)  # <正>X高新区…: the mark opens nothing
    for start, _end, name in zone_names(head, organs=True):
        if is_generic_zone(name) or len(name) <= 3 or gazetteer.lookup(name):
            continue
        if _ASSOCIATION_AFTER.match(head, _end):
            continue  # 云南省工业园区协会: an association of zones (the site's name), no zone
        if _SELF_BEFORE_ZONE.search(head, 0, start):
            break  # 我省…长株潭示范区: the text is the province's, the zone one of its parts
        if _ADDRESSEE_LINE.match(head, head.rfind("\n", 0, start) + 1):
            continue  # X高新区管委会,各乡镇人民政府…: one of the bodies a notice is sent to
        if _ZONE_FOUNDED.match(head, _end):
            break  # X高新区获批设立: news of its city gaining a zone, not the zone's own
        city = _zone_place(name)
        before = _mentions(head[:start])
        if city is None and before and before[-1][1] == start and len(before[-1][2]) == 1:
            # 湖州南太湖新区: a zone written after its city's name, which is part of its name
            city, start, name = before[-1][2][0], before[-1][0], head[before[-1][0] : _end]
        province = city is not None and city.level == "province" and not city.name.endswith("市")
        if province and _COLLECTIVE_SUFFIX.search(name):
            break  # 湖南省高新技术产业开发区, 河北高新区: a province's zones together, not one zone
            # (a municipality's are single zones: 天津经开区)
        # (province)(city)高新区: the zone's own city or province named before it is no other place
        others = [
            m for m in before if city is None or not any(city == p or city.within(p) for p in m[2])
        ]
        if before and before[-1][1] == start and before[-1] not in others:
            start = before[-1][0]  # 目前,X市Y经济开发区…: the zone's city opens the sentence
        first_line = head.split("\n", 1)[0]
        headline = "\n" not in head[:start] and (
            len(first_line) <= 40 or start <= 20 or _SUBTITLE.search(head, 0, start) is not None
        )  # X:激发发展动能 ——X高新区大力扶持…: a subtitle's subject heads the headline too
        window = max(0, start - 16)
        if not head[:window].strip():
            window = 0  # only a blanked dateline before it (X新闻网7月31日讯): the text's start
        opens = _SENTENCE_OPENER.search(head, window, start) or _AFTER_OCCASION.search(
            head, max(0, start - 40), start
        )
        if not others and (headline or opens or _SOURCE.search(head, 0, start)):
            return name
        break
    return _nicknamed_zone(head)


def _nicknamed_zone(head: str) -> str | None:
    """A national zone news names by its nickname alone as the subject of the headline, of the
    text's first sentence or of a sentence's opening (根据最新数据,光谷的GDP已突破3200亿元; 北京
    亦庄“十四五”成绩单亮眼): that zone."""
    for nick, zone in load_yaml("places.yaml")["zone_nicknames"].items():
        at = head.find(nick)
        if at == -1:
            continue
        start = at
        before = _mentions(head[:at])
        if before and before[-1][1] == at:
            start = before[-1][0]  # 北京亦庄: the zone's city named before its nickname
        line_start = head.rfind("\n", 0, start) + 1
        first_sentence = "。" not in head[:start] and not _mentions(head[:start])
        if (
            start == line_start
            or first_sentence
            or _SENTENCE_OPENER.search(head, max(0, start - 16), start)
        ):
            return zone
    return None


# a sentence (not a clause) opening, after an optional time phrase
_SENTENCE_OPENER = re.compile(
    r"(?:(?:^|[。;；!！?？\n])\s*(?:"
    + _TIME_PHRASE
    + r"\s*(?:以来|上半年|前三季度|一季度)?\s*[,，]?\s*)?"
    r"|[,，:：]\s*(?:目标)?(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[,，]\s*)$"
)


# 记者从X高新区管委会获悉; 来源: X工业园区管理委员会 (the zone publishes the page)
_SOURCE = re.compile(r"从\s*$|来源\s*[:：]\s*$")
_SUBTITLE = re.compile(r"(?:——|--|—)\s*$")  # the dash that opens a headline's subtitle
# the bodies a notice is sent to: a line of organs that ends with a colon (X高新区管委会,各乡镇
# 人民政府,区政府各部门,有关单位:)
_ADDRESSEE_LINE = re.compile(r"[^。\n]*(?:各|有关)[^。\n]*[:：][ \t]*$", re.M)
# a zone itself just approved (X高新区获批设立, …正式获批), not approved for something else
# (X国家高新区获批建设国家自主创新示范区)
_ZONE_FOUNDED = re.compile(
    r"\s*(?:正式)?(?:获批|获国务院批复|批复)(?:设立|成立)?(?=\s|$|[,，。;；:：!！])"
)
_ASSOCIATION_AFTER = re.compile(r"\s*(?:协会|联合会|联盟|商会|研究会)")
# the kinds of zone a province has many of: named by the province, they are all of them
_COLLECTIVE_SUFFIX = re.compile(r"(?:高新区|高新技术产业开发区|经济技术开发区|经开区|开发区)$")
# a sentence that opens with its occasion: 第六届…博览会期间,X国家高新区…
_AFTER_OCCASION = re.compile(
    r"(?:^|[。;；!！?？\n,，])[^。;；!！?？\n,，]{2,30}?(?:期间|之际)\s*[,，]\s*$"
    # …火炬中心发布2022年国家高新区综合评价结果,X工业园区…: the zone the results are news of
    r"|(?:发布|公布|印发)[^。;；!！?？\n,，]{0,30}?(?:结果|名单|排名|榜单)\s*[,，]\s*$"
)
_SELF_BEFORE_ZONE = re.compile(
    r"(?:全|我|本|该)(?:省|市|县|州)"
)  # 记者从合肥高新区管委会获悉: the zone speaks


# a short mark a journal database puts before an abstract's text (<正>, <p>)
_MARK = re.compile(r"<[^<>\n]{1,6}>")
_DAY_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # 9, 25 or 九, 二十五
# 中新网南京1月22日, 央广网合肥2月17日, 中新社北京九月二十五日
_DATELINE_HEAD = rf"[^,，。\n]{{0,24}}?{_DAY_NUMBER}月{_DAY_NUMBER}日"
# a news agency's dateline opening a line (中新网南京1月22日电): where the report was filed from
_DATELINE_LINE = re.compile(rf"(?m)^{_DATELINE_HEAD}电")
# a news dateline names where the reporter is, not the subject: 央广网合肥2月17日消息(记者徐鹏)
_DATELINE = re.compile(rf"^{_DATELINE_HEAD}(?:电|讯|消息)|[(（]记者[^)）]{{0,20}}[)）]")


def place_in_name(name: str) -> gazetteer.Place | None:
    """The one division a name opens with (X日报 -> X市, X市高新区科技局 -> X市), or None
    when it opens with none or a shared one."""
    for start, _end, candidates in _mentions(name):
        return candidates[0] if start == 0 and len(candidates) == 1 else None
    return None


def _zone_place(zone: str) -> gazetteer.Place | None:
    """The city a zone lies in, from the place its name starts with (沈阳高新区 -> 沈阳市; a
    county's stem that names one division only: 昌吉国家高新区 -> 昌吉市); a national zone the
    data names (东湖高新区 -> 武汉市) first."""
    known = load_yaml("places.yaml")["zone_cities"]
    for n in (3, 2):
        found = gazetteer.lookup(known[zone[:n]]) if zone[:n] in known else ()
        if len(found) == 1:
            return found[0]
    for start, _end, candidates in _mentions(zone):
        if start == 0 and len(candidates) == 1:
            return candidates[0]
    counties = _county_stem_index()
    return next((counties[zone[:n]] for n in (4, 3, 2) if zone[:n] in counties), None)


def city_proper(place: gazetteer.Place | None) -> gazetteer.Place | None:
    """A zone in a district (X区经济开发区) is its city's: a district is part of the city
    proper; a county or a county-level city keeps its zones."""
    if place is None or place.level != "district" or not place.prefecture:
        return place
    found = gazetteer.lookup(place.prefecture)
    return found[0] if len(found) == 1 and found[0].level == "prefecture" else place


@cache
def _pinyin_index() -> dict[str, tuple[gazetteer.Place, ...]]:
    """Pinyin spellings of division stems (zongyang, hengyang) -> the divisions."""
    from pypinyin import Style, pinyin

    index: dict[str, list[gazetteer.Place]] = {}
    for place in gazetteer.places().values():
        stem = name_stem(place.name)
        if len(stem) < 2 or stem == place.name:
            continue
        spelled = "".join(r[0] for r in pinyin(stem, style=Style.NORMAL))
        if len(spelled) >= 5:
            index.setdefault(spelled, []).append(place)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _venue_re() -> re.Pattern[str]:
    short = "".join(load_yaml("places.yaml")["city_abbreviations"])
    return re.compile(rf"在([{short}])(?:召开|举行|举办|开幕|闭幕|开展)")


def _venue_places(lead: str) -> list[gazetteer.Place]:
    """The city a lead holds a meeting in by its one-character name (全省科技创新工作会议在蓉召开
    -> 成都市), as the place the text is about or within."""
    names = load_yaml("places.yaml")["city_abbreviations"]
    out = []
    for m in _venue_re().finditer(lead[:LEAD_CHARS]):
        found = gazetteer.lookup(names[m.group(1)])
        out += found[:1] if len(found) == 1 else []
    return out


# 现在,我代表常熟市人民政府,向大会报告工作: a government work report names whose it is
_SPEAKER = re.compile(r"我代表\s*([\u4e00-\u9fff]{2,16}?)\s*(?:人民政府|政府)\s*[,，、]?\s*向")


def _speaker_place(lead: str) -> gazetteer.Place | None:
    """The one division a work report's speaker says they report for, if the lead names it."""
    m = _SPEAKER.search(lead[:LEAD_CHARS])
    if m is None:
        return None
    name = m.group(1)
    for i in range(len(name) - 1):  # the longest end of the name that is a division's
        found = gazetteer.lookup(name[i:])
        if found:
            break
    else:
        return None
    if len(found) > 1:  # 朝阳区: the one within the city named before it (长春市朝阳区)
        found = tuple(p for p in found if p.prefecture and p.prefecture in name)
    return found[0] if len(found) == 1 else None


def _placed_before(found: list, i: int) -> bool:
    """Whether the place found i-th stands right before the next one (钦州广西…有限公司): it
    says where a firm named after another place is, it starts no firm's name."""
    return i + 1 < len(found) and found[i + 1][0] == found[i][1]


def places_in_address(url: str | None) -> list[gazetteer.Place]:
    """Divisions a page address spells out in its host name (www.tonglu.gov.cn -> 桐庐县)."""
    if not url:
        return []
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return []
    index = _pinyin_index()
    found: list[gazetteer.Place] = []
    path = urlsplit(url).path.lower()
    for token in re.split(r"[.\-]", host.lower()) + re.split(r"[/_.\-]", path):
        found += index.get(token, ())
    # <city>.….com/<county>/: a county's section of its city's site is the county's
    return [p for p in found if not any(q.within(p) and q != p for q in found)]
