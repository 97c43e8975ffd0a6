"""Whose figure a number is: the whole jurisdiction ("city") or a named sub-area or body.

Plans and reports name the subject of a figure before it: in its sentence (桐庐经济开发区高新技术
企业总数达到13家), at the start of an earlier sentence of its paragraph (2022年,盐城市… 。截至年底,
…达到280家), in a section heading, or in parentheses after the place (昆明市(62.5亿元)).
全市/我县 and the document's own place or zone mean the whole area. A place inside an organ's
name (桐庐县人民政府, 厦门新闻网) is not a subject. Word lists: data/extraction_cues.yaml.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from cityplans import gazetteer
from cityplans.context import DocContext
from cityplans.cue_words import cue_lists, institution_after, organisation_after, words_re
from cityplans.gazetteer import name_stem
from cityplans.place_stems import (
    listed_stems,
    opening_stems,
    qualifies,
    sentence_openings,
    stem_index,
)
from cityplans.scan import finditer_at, first_chars
from cityplans.segment import PART_OPENS, SENTENCE_END, SENTENCE_MARKS, Clause, enclosing
from cityplans.tokens import tokenizer

WHOLE = "city"
_SOCIETY_WIDE = "全社会"  # a figure for the whole society is the whole area's


@dataclass(frozen=True)
class ScopeWord:
    """A word that names whose figures follow: the whole area, or a named sub-area."""

    start: int
    end: int
    name: str | None  # None: the whole area


@cache
def _stems() -> dict[str, str]:
    """Every division name and its stem (兰州市, 兰州) -> the name, for zone names."""
    out: dict[str, str] = {}
    for place in gazetteer.places().values():
        for name in (place.name, name_stem(place.name)):
            if len(name) >= 2:
                out.setdefault(name, place.name)
    return out


def _zone_suffix_re() -> re.Pattern[str]:
    # suffixes alone (a plain alternation scans fast); the level word before is read after
    return words_re(cue_lists()["zone_suffixes"])


@cache
def _zone_level_re() -> re.Pattern[str]:
    levels = "|".join(sorted(map(re.escape, cue_lists()["zone_levels"]), key=len, reverse=True))
    return re.compile(rf"(?:{levels})$")


@cache
def _word_re() -> re.Pattern[str]:
    cues = cue_lists()
    whole = "|".join(map(re.escape, sorted(cues["whole_area_words"], key=len, reverse=True)))
    level = "|".join(map(re.escape, cues["city_level_words"]))
    return re.compile(f"(?P<whole>{whole})|(?P<level>{level})")


@cache
def _word_starts() -> re.Pattern[str]:
    """The characters a match of _word_re can begin with."""
    cues = cue_lists()
    return first_chars([*cues["whole_area_words"], *cues["city_level_words"]])


def _organ_re() -> re.Pattern[str]:
    """Words after a place name that make it part of an organ's or a medium's name."""
    return words_re(cue_lists()["organ_words"])


def scope_words(text: str, ctx: DocContext) -> list[ScopeWord]:
    """Every scope word of a document, left to right (whole-area words, zones, places)."""
    found: list[ScopeWord] = []
    for m in finditer_at(_word_re(), _word_starts(), text):
        if m["whole"] and compared(text, m.start(), m.end()):
            continue  # 位居全省第7位, 占全市的22%: a comparison, not a subject
        own = m["whole"] and ctx.own_level_word(m.group())
        if m["whole"] and not own and _BODY_AFTER.match(text, m.end()):
            continue  # 全国高新技术企业认定管理工作领导小组办公室同意…: a body's name, no subject
        found.append(ScopeWord(m.start(), m.end(), None if own else m.group()))
    taken = bytearray(len(text))
    groups = [
        *((a, b, text[a:b]) for a, b in _counted_groups(text)),
        *((a, b, text[a + 1 : b - 1]) for a, b in _quoted_groups(text)),  # “十强县”: no quotes
        # (a text of no place of its own is about the region: 长江经济带R&D经费…)
        *((a, b, text[a:b] if ctx.adcode else None) for a, b in _regions(text)),
        *((a, b, text[a:b]) for a, b in _listed_regions(text)),
    ]
    for start, end, name in groups:
        taken[start:end] = b"\x01" * (end - start)
        found.append(ScopeWord(start, end, name))
    for start, end, name in zone_names(text):
        if taken.find(1, start, end) != -1:
            continue  # 9个经开区: a zone word inside a counted group
        taken[start:end] = b"\x01" * (end - start)
        other_name = _OTHER_NAME.match(text, end)
        if other_name:  # 杭州高新区(滨江), X经开区(Y区): the district that is the same body
            taken[end : other_name.end()] = b"\x01" * (other_name.end() - end)
        generic = is_generic_zone(name)
        if generic and name not in cue_lists()["standalone_zones"] and not _levelled(name):
            continue  # 产业园区, 开发区 alone: a kind of place, not a subject
        if generic and _COUNTED.match(text, end) and not _part_of_other_whole(text, start):
            continue  # 国家高新区突破11家: zones counted, not the subject
        found.append(ScopeWord(start, end, _own(name, ctx)))
    for match in gazetteer.find_compound_places(text):  # XY2014年… (X省Y市): the city
        if taken.find(1, match.start, match.end) == -1 and not _organ_follows(text, match.end):
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
            found.append(ScopeWord(match.start, match.end, _own(match.candidates[0].name, ctx)))
    for match in gazetteer.find_places(text):
        if taken.find(1, match.start, match.end) != -1 or _organ_follows(text, match.end):
            continue
        if _tier(text, match, ctx):  # 组织认定X市高新技术企业10家 in a district's text
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
            continue  # a tier, not the city (nor the stem inside its name)
        found.append(ScopeWord(match.start, match.end, _own(match.name, ctx)))
    found += _stem_places(text, ctx, taken)
    found += _opening_city_stems(text, ctx, taken, {w.start for w in found})
    found += _opening_county_stems(text, ctx, taken, {w.start for w in found})
    found.sort(key=lambda w: (w.start, -w.end))
    return found


CLAUSE_CHARS = 200  # how far back the start of a name's clause is looked for


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` opens (after its mark), within CLAUSE_CHARS; `pos` when
    no mark is that near (a name so far into its clause opens none)."""
    low = max(0, pos - CLAUSE_CHARS)
    mark = max(text.rfind(ch, low, pos) for ch in _CLAUSE_OPENERS)
    return mark + 1 if mark != -1 else (0 if low == 0 else pos)


# a counted group of counties (16个区县, 10个县市区): the subject of the figures of all of them
# (found by its tail, then the count before it: a scan from every digit would be slower)
_GROUP_TAIL = re.compile(
    r"个\s*(?:县\s*[(（]\s*市\s*[、,，]?\s*区\s*[)）]|区县|县区|县市区|县市)"
    r"|(?:个\s*)?(?:省市|省\s*[(（]\s*[区市][、,，]?\s*[区市]?\s*[)）]|省份|地市|市州)"
)  # (九省市, 9个省(区、市), 5个地市: groups of provinces or of prefectures)
_GROUP_COUNT = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*$")
# (groups of zones are labelled both ways: a zone text's own subject, or a part)
# what may open a clause before the group: a time word, 其中, the whole area or a place
_GROUP_LEAD = re.compile(
    r"\s*(?:目前|当前|截至目前|其中)?[,，]?\s*(?:全省|全市|全区|我省|我市|我区)?"
    r"\s*(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州))?\s*"
)


def _counted_groups(text: str) -> list[tuple[int, int]]:
    """Counted groups of counties that open a clause (…,16个区县地方财政科技经费支出…; 目前X市
    10个县市区拥有…): the subject of the figures after them. Areas counted as an object (建成3个
    县级…) or by a number after them (县区3个) are no subject."""
    out = []
    for m in _GROUP_TAIL.finditer(text):
        count = _GROUP_COUNT.search(text, max(0, m.start() - 4), m.start())
        if count is None:
            continue
        start = _clause_start(text, count.start())
        if _GROUP_LEAD.fullmatch(text, start, count.start()) and not _COUNTED.match(text, m.end()):
            out.append((count.start(), m.end()))
    return out


# a group of areas named in quotes (“十强县”, “百强区”): a title given to several places
_QUOTED_GROUP = re.compile(r"[“\"][\u4e00-\u9fff]{1,6}(?:县|区|市|县市|县区|城市)[”\"]")


def _quoted_groups(text: str) -> list[tuple[int, int]]:
    """Groups of places named in quotes that open a clause (数据显示,“十强县”研发投入较高,…): the
    subject of the figures after them. One inside a clause (跻身全国“百强县”) is an honour."""
    out = []
    for m in _QUOTED_GROUP.finditer(text):
        start = _clause_start(text, m.start())
        if not text[start : m.start()].strip():
            out.append((m.start(), m.end()))
    return out


@cache
def _region_end_re() -> re.Pattern[str]:
    endings = "|".join(map(re.escape, sorted(cue_lists()["region_endings"], key=len, reverse=True)))
    # (the last ending of a name that holds two: 省会城市群经济圈)
    return re.compile(rf"(?:{endings})(?![\u4e00-\u9fff]{{0,4}}(?:{endings}))")


_REGION_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
_REGION_VERB = re.compile(r"以|围绕|融入|服务|建设|打造|推动|加快|形成|构建|落实")


def _regions(text: str) -> list[tuple[int, int]]:
    """Regions that open a clause (…;西部经济隆起带技术交易额3.51亿元): a named part of the area
    whose figures follow. A region named inside a clause (融入武汉都市圈) is no subject."""
    out = []
    for m in _region_end_re().finditer(text):
        start = _clause_start(text, m.start())
        while start < m.start() and text[start].isspace():
            start += 1
        name = text[start : m.start()]
        if (
            _REGION_NAME.fullmatch(name)
            and not _FUNCTION_CHARS.intersection(name)
            and not _REGION_VERB.search(name)
        ):
            out.append((start, m.end()))
    return out


def _listed_regions(text: str) -> list[tuple[int, int]]:
    """苏南、苏中、苏北高新技术产业产值增幅分别为…: parts of a province in a list of two or more,
    each a subject a 分别 pairs with its value."""
    out = []
    for run in _region_list_re().finditer(text):
        out += [m.span() for m in _region_name_re().finditer(text, run.start(), run.end())]
    return out


@cache
def _region_name_re() -> re.Pattern[str]:
    names = sorted(cue_lists()["region_names"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@cache
def _region_list_re() -> re.Pattern[str]:
    name = f"(?:{_region_name_re().pattern})"
    return re.compile(rf"{name}(?:{_LIST_JOIN.pattern}{name})+")


# a zone's other name in brackets right after it: the district it is one body with
_OTHER_NAME = re.compile(r"[(（][^()（）,，。;；\d]{1,8}[)）]")


# a designation a province or municipality awards, named after it: X省科技型中小企业,
# X省瞪羚企业, X市高新技术企业 (no punctuation or figure between)
_TIER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:企业|实验室|研究中心|技术中心|孵化器|众创空间)")
# a programme or an award named after it (X市科技进步奖5项, X省重点研发计划项目): wherever
# it stands
_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:奖|项目|计划|专项)")
_BELOW_PROVINCE = frozenset({"prefecture", "county", "district", "zone"})


def _tier(text: str, match, ctx: DocContext) -> bool:
    """Whether a province named in a lower level's text names a programme or award (X市科技
    进步奖5项), or, inside a clause right before a designation, the tier the firms or bodies
    counted hold (新增…、X省科技型中小企业601家), not the province's own figure (a clause that
    opens with it keeps it: X省高新技术企业达…)."""
    if ctx.level not in _BELOW_PROVINCE or match.candidates[0].level != "province":
        return False
    if _PROGRAMME_AFTER.match(text, match.end):
        return True
    before = text[match.start - 1] if match.start else ""
    if not ("\u4e00" <= before <= "\u9fff" or before == "、"):
        return False  # a clause that opens with the province: its own figure
    return _TIER_AFTER.match(text, match.end) is not None


# a body or an event named after a larger area: 全国高新技术企业认定管理工作领导小组办公室,
# 全省科技工作会议, 全国科技型中小企业信息服务平台
_BODY_AFTER = re.compile(
    r"[^,，。;；:：、\d]{0,20}?(?:领导小组|办公室|委员会|协会|联盟|平台|系统|大会|会议|论坛|大赛)"
)


def zone_names(text: str, organs: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) of every development zone named in `text` (桐庐经济开发区, 高新区);
    with `organs`, also those that name an organ (合肥高新区管委会)."""
    out = []
    for m in _zone_suffix_re().finditer(text):
        level = _zone_level_re().search(text, max(0, m.start() - 4), m.start())
        named_from = level.start() if level else m.start()
        start = _zone_start(text, named_from, level is not None)
        weak = m.group() in cue_lists()["weak_zone_suffixes"] and start == named_from
        if (not organs and _organ_follows(text, m.end())) or weak:
            continue  # 示范区 alone (…议程创新示范区) is a title, not a zone
        out.append((start, m.end(), text[start : m.end()]))
    return out


def is_generic_zone(name: str) -> bool:
    """高新区, 省级高新区, 经开区: a kind of zone, not a named one."""
    cues = cue_lists()
    bare = name
    for level in cues["zone_levels"]:
        bare = bare.removeprefix(level)
    return bare in cues["zone_suffixes"] or bare in cues["standalone_zones"]


def _zone_start(text: str, suffix_start: int, has_level: bool) -> int:
    """Where a zone's name begins: a division name or stem right before its level and suffix
    (桐庐经济开发区, 桐庐省级高新技术产业开发区); else, with no level word, a short name after a
    boundary (长株潭示范区); else the level or suffix itself (省级高新区, 高新区)."""
    stems = _stems()
    for n in (6, 5, 4, 3, 2):
        a = suffix_start - n
        if a >= 0 and text[a:suffix_start] in stems:
            # 西<stem>高新区: a direction before a division's stem names another place (not the
            # last character of a province's name: 广东佛山高新区)
            direction = a > 0 and text[a - 1] in _DIRECTIONS
            return a - 1 if direction and text[max(0, a - 2) : a] not in stems else a
    if has_level:
        return suffix_start
    for n in (4, 3, 2):
        a = suffix_start - n
        if a >= 0 and _is_name(text[a:suffix_start]) and (a == 0 or _boundary(text[a - 1])):
            return a
    for n in (3, 2):  # <city stem>西海岸新区: the zone's own short name (a word) after it
        a = suffix_start - n
        if a < 2:
            continue
        chunk = text[a:suffix_start]
        # (马鞍山慈湖高新区: a short name no dictionary holds, which the text repeats alone)
        repeated = n == 2 and _plain_name(chunk) and text.count(chunk) >= 2
        if not (_short_zone_name(chunk) or repeated):
            continue
        for k in (4, 3, 2):
            stem_at = a - k
            if stem_at >= 0 and text[stem_at:a] in stems and _opens_name(text, stem_at):
                return stem_at
    return suffix_start


def _opens_name(text: str, at: int) -> bool:
    return at == 0 or _boundary(text[at - 1])


def _short_zone_name(chunk: str) -> bool:
    """西海岸, 天府, 两江: a word of its own (not 省共有, 共有) that may name a zone."""
    return _plain_name(chunk) and tokenizer().FREQ.get(chunk, 0) > 0


def _plain_name(chunk: str) -> bool:
    """Characters that may make a zone's own name (not 有, 的, 省, 市 …)."""
    return _is_name(chunk) and not any(ch in _NOT_IN_SHORT_NAMES for ch in chunk)


def _is_name(chunk: str) -> bool:
    return (
        all("\u4e00" <= ch <= "\u9fff" for ch in chunk)
        and chunk[0] not in _FUNCTION_CHARS
        and not any(w in chunk for w in cue_lists()["zone_name_stopwords"])
    )


_FUNCTION_CHARS = set("在各对把将向从等为与和及的是其全我该本")
_NOT_IN_SHORT_NAMES = set("有为是的在和与及等共省市县")
_DIRECTIONS = "东西南北"


def _boundary(ch: str) -> bool:
    return not ("\u4e00" <= ch <= "\u9fff") or ch in "的和与及在、"


# the part a comparison picks out, whose figure follows: 最高的是X区,达到809.41亿元
_RANKED_PICK = re.compile(r"最[\u4e00-\u9fff]{1,2}的(?:也)?(?:是|为)\s*$")
_PUNCT_ONLY = re.compile(r"[\s,，:：]*")
_RANKED_BEFORE = re.compile(r"(?:居|列|排|位于|处于|领跑|位列|高于|低于|超出)\s*$")
# an honour or a list at that level: 获评全省…十强县, 被评为2024年度全省…单位, 跻身全省…名单
_HONOUR_BEFORE = re.compile(r"(?:获评|评为|荣获|入选|跻身|列入)\s*(?:(?:19|20)\d{2}\s*年度?)?\s*$")
_SHARE_BEFORE = re.compile(r"(?:占|超过)\s*$")
_SHARE_AFTER = re.compile(r"\s*(?:的|平均)")
_COMPARED_AFTER = re.compile(
    r"\s*(?:第|前|首(?!次)|倒数|顺数|平均|领先|之首|排名|排(?:第|前|在|位|于)|位居|位列|同类|总量|的\d"
    r"|的比重|比重"
    # its parts as peers: 保持全省县市区前三, 全省县(市、区)第一, 全省各设区市
    r"|(?:各)?县\s*[(（]?\s*市\s*[、,，]?\s*[)）]?\s*[(（]?\s*区|各(?:设区)?市|设区市)"
)
# a meeting at that level the text's place attended: 在全省2024年度高质量发展总结暨…会议上
# (line breaks allowed: a headline broken over lines breaks the meeting's name too)
_MEETING_ATTENDED = re.compile(r"[^,，。;；!！?？]{0,30}?(?:会议|大会|会)上")


# 全省平均增速(16.06%): the area's average, its figure in the parentheses after it
_AVERAGE_BEFORE = re.compile(
    r"(全国|全省|全市|全区|全县|全州|省|国)\s*(?:的)?\s*平均\s*(?:水平|增速|增幅|增长率|值|数)?\s*$"
)
# 高于全国2.4%的平均水平, 高于全国11.5%的增速: the figure after the area is the area's own
_BENCHMARK_FIGURE = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:%|％)\s*的\s*(?:平均)?\s*(?:水平|增速|增幅|增长率|强度|比重)"
)


def compared(text: str, start: int, end: int) -> bool:
    """位居全省第7位, 高于全省平均: a comparison. 占全省61家的80.3% keeps 全省 as the scope
    of 61家: after 占 only a following 的/平均/比重 makes it a comparison; 高于全国2.4%的平均水平
    keeps 全国 as the scope of the figure it gives."""
    if _COMPARED_AFTER.match(text, end):
        return True
    if _RANKED_BEFORE.search(text, max(0, start - 3), start):
        return not _BENCHMARK_FIGURE.match(text, end)
    if _HONOUR_BEFORE.search(text, max(0, start - 10), start):
        return True
    if text[start - 1 : start] == "在" and _MEETING_ATTENDED.match(text, end):
        return True
    return bool(_SHARE_BEFORE.search(text, max(0, start - 3), start)) and bool(
        _SHARE_AFTER.match(text, end)  # not text[end:]: a copy of the rest, per figure
    )


def _part_of_other_whole(text: str, start: int) -> bool:
    """全市高新技术企业达到500家,其中高新区320家: after 其中, a zone named with a count is the
    part of the whole before it that lies there, unless that whole counts zones itself (全省共有
    24家高新区,其中国家高新区7家)."""
    opened = PART_OPENS.search(text, max(0, start - 4), start)
    if opened is None:
        return False
    cut = max(text.rfind(mark, 0, opened.start()) for mark in SENTENCE_MARKS)
    whole = text[cut + 1 : opened.start()]  # (its sentence: from the last mark before it)
    return not any(suffix in whole for suffix in (*cue_lists()["zone_suffixes"], "园区"))


_COUNTED = re.compile(
    r"\s*(?:总数|数量)?(?:突破|达到|达|超过|新增|增至|增加到)?\s*(?:\d|[一二两三四五六七八九十]+[个家])"
)


def _levelled(name: str) -> bool:
    return any(name.startswith(level) for level in cue_lists()["zone_levels"])


def _organ_follows(text: str, end: int) -> bool:
    """X县科技局, X县畜牧服务中心, X海洋实验室: the place names an organ, a unit, a firm or an
    institution, it is no subject."""
    return (
        _organ_re().match(text, end) is not None
        or organisation_after(units=True).match(text, end) is not None
        or institution_after().match(text, end) is not None
        or _listed_zone_re().match(text, end) is not None
    )


@cache
def _listed_zone_re() -> re.Pattern[str]:
    """X国家可持续发展议程创新示范区、Y…示范区等一批…载体: a zone named after the place, one
    of a list of them (a 、 or 等 follows), is a body named, not the subject of what follows."""
    suffixes = "|".join(map(re.escape, sorted(cue_lists()["zone_suffixes"], key=len, reverse=True)))
    return re.compile(rf"[^\s,，。;；:：、的]{{0,16}}?(?:{suffixes})\s*[、等]")


def _own(name: str, ctx: DocContext) -> str | None:
    """None when `name` is the document's own place or zone (the whole area), else the name.
    A county that shares its city's stem (湘潭县 in 湘潭市's text) is a part, not the whole."""
    if name in ctx.own_names:
        return None
    if name_stem(name) in ctx.own_names and not _county_of_a_city(name, ctx):
        return None
    if ctx.zone and (
        name == ctx.zone
        or name in cue_lists()["standalone_zones"]
        or canonical_zone(name) == canonical_zone(ctx.zone)
        or _short_for(name, ctx.zone)
        or _without_its_city(name, ctx)
    ):
        return None
    return name


def _without_its_city(name: str, ctx: DocContext) -> bool:
    """盐南高新区 for 盐城盐南高新区: the zone's name without its city's before it."""
    zone = canonical_zone(ctx.zone or "")
    short = canonical_zone(name)
    prefix = zone[: len(zone) - len(short)]
    return (
        len(short) >= 4
        and zone.endswith(short)
        and bool(prefix)
        and any(own.startswith(prefix) for own in ctx.own_names)
    )


def _short_for(name: str, zone: str) -> bool:
    """天津示范区 for 天津国家自主创新示范区: the zone's place, then the last word of its kind."""
    place, kind = name[:2], name[2:]  # (a place's stem keeps two characters)
    return len(name) >= 4 and zone.startswith(place) and zone.endswith(kind)


def _county_of_a_city(name: str, ctx: DocContext) -> bool:
    return name[-1:] in "县旗区" and not any(n.endswith(name[-1]) for n in ctx.own_names)


def canonical_zone(name: str) -> str:
    """株洲高新技术产业开发区 and 株洲国家高新区 are one zone: long suffixes and levels folded."""
    cues = cue_lists()
    for long, short in cues["zone_short_forms"].items():
        name = name.replace(long, short)
    for level in cues["zone_levels"]:
        name = name.replace(level, "")
    return name


def _stem_places(text: str, ctx: DocContext, taken: bytearray) -> list[ScopeWord]:
    """Counties and districts of the document's city named by their stem (桐庐, 建德)."""
    pattern, names = _stem_pattern(ctx.adcode)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        if taken.find(1, m.start(), m.end()) != -1 or _organ_follows(text, m.end()):
            continue
        own = m.group() in ctx.own_names  # 衡阳 in 衡阳市's text: the city, not 衡阳县
        out.append(ScopeWord(m.start(), m.end(), None if own else _own(names[m.group()], ctx)))
    return out


def _opening_city_stems(
    text: str, ctx: DocContext, taken: bytearray, starts: set[int]
) -> list[ScopeWord]:
    """Other cities named by their stem where a clause opens (…,X的高新技术企业数量…), or in a
    list of city stems (烟台、青岛、东营): the figures of that clause are theirs."""
    opening = opening_stems(text)
    listed = [stem for stem in listed_stems(text) if stem not in opening]
    return [
        ScopeWord(a, b, _own(place.name, ctx))
        for a, b, place in opening + listed
        if a not in starts and taken.find(1, a, b) == -1 and not _organ_follows(text, b)
    ]


def _opening_county_stems(
    text: str, ctx: DocContext, taken: bytearray, starts: set[int]
) -> list[ScopeWord]:
    """A county named in full (在浙江省新昌县,…), then by its stem where a clause opens (…,新昌
    打破…,2017年…占比达11.04%): its figures. Only after the full name: a county's stem alone
    is often an ordinary word."""
    counties = {}
    for match in gazetteer.find_places(text):
        place = match.candidates[0]
        stem = name_stem(place.name)
        if len(match.candidates) == 1 and place.level in ("county", "district") and len(stem) >= 2:
            counties.setdefault(stem, (match.end, place.name))
    if not counties:
        return []
    out = []
    for at in sentence_openings(text):
        for stem, (named_end, name) in counties.items():
            end = at + len(stem)
            if (
                at >= named_end
                and text.startswith(stem, at)
                and at not in starts
                and taken.find(1, at, end) == -1
                and not text.startswith(name, at)
                and not _organ_follows(text, end)
            ):
                out.append(ScopeWord(at, end, _own(name, ctx)))
    return out


@cache
def _stem_pattern(adcode: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The divisions one level below the document's place, by stem: a prefecture's counties
    and districts, a province's prefectures (洛阳(121.5亿元)), a municipality's districts."""
    city = gazetteer.by_adcode(adcode) if adcode else None
    if city is None or city.level not in ("prefecture", "province"):
        return None, {}
    names: dict[str, str] = {}
    for place in gazetteer.inside(city):
        if place.adcode == city.adcode:
            continue
        below = ("county", "district") if city.level == "prefecture" else ("prefecture",)
        if city.level == "province" and city.name.endswith("市"):
            below = ("county", "district")
        if place.level in below:
            stem = name_stem(place.name)
            if len(stem) >= 2 and stem != place.name:
                names[stem] = place.name
    if not names:
        return None, {}
    alt = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    # a stem counts only when no further CJK name character continues it (桐庐县 is a full name)
    return re.compile(rf"(?:{alt})(?![县区市旗])"), names


_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")  # between two members of a list of places


# a town or street office a text may be about (大桥镇, 新河街道), and the words that name one
# without being a town's name (千强镇, 特色小镇, 乡镇)
_TOWN_END = r"(?:镇|街道)(?![\u4e00-\u9fff]?(?:级|域|村|企业))"
_TOWN = re.compile(rf"(?:(?<=[区县市])|(?<![\u4e00-\u9fff]))[\u4e00-\u9fff]{{2,3}}{_TOWN_END}")
# (after a place or at a word's start: 南湖区大桥镇, “陵城镇…; not 位于句容边城镇), or a name
# of up to four characters right after a city's stem (苏州狮山横塘街道)
_TOWN_AFTER_STEM = re.compile(rf"[\u4e00-\u9fff]{{2,4}}{_TOWN_END}")
_NOT_A_TOWN = re.compile(r"(?:强|小|重|城|乡|名|古|大|全|各|该|本|我|村|集)(?:镇|街道)$")
_TOWN_SELF = re.compile(r"(?:该|全|我)(?:镇|街道)")
HEADLINE_CHARS = 60  # a town named this early (in characters shown) is the subject of the text


# a page's byline or date line under a headline (2020-03-16 09:43:00 来源:… 作者:…)
_BYLINE = re.compile(
    r"来源\s*[:：]|发布时间|作者\s*[:：]|责任编辑|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
)


def _shown_chars_end(text: str, n: int) -> int:
    """The offset after the first `n` characters of `text` that are not white space, not
    counting a byline's or date line's (the headline and the lead's opening are counted)."""
    shown, pos = 0, 0
    for line in text.split("\n"):
        if not _BYLINE.search(line):
            for i, ch in enumerate(line):
                if not ch.isspace():
                    shown += 1
                    if shown == n:
                        return pos + i + 1
        pos += len(line) + 1
    return len(text)


def _town_names(text: str, end: int) -> list[re.Match[str]]:
    """The towns named before `end`: after a place or at a word's start (南湖区大桥镇), or
    right after a city's stem (苏州狮山横塘街道), in order."""
    found = {m.start(): m for m in _TOWN.finditer(text, 0, end)}
    for m in _TOWN_AFTER_STEM.finditer(text, 0, end):
        before = text[max(0, m.start() - 3) : m.start()]
        if m.start() not in found and (before[-2:] in stem_index() or before in stem_index()):
            found[m.start()] = m
    return [found[k] for k in sorted(found)]


class Scoper:
    """Resolve the scope of figures in one document, from its scope words found once."""

    def __init__(
        self, text: str, ctx: DocContext, clauses: list[Clause], enclosing_at=None
    ) -> None:
        self.text = text
        self.ctx = ctx
        self.clauses = clauses
        # the clauses holding a position, outermost first (the resolver passes its own, cached)
        self.enclosing_at = enclosing_at or (lambda pos: enclosing(clauses, pos))
        self.words = scope_words(text, ctx)
        self.starts = [w.start for w in self.words]
        self._heads: list[tuple[int, ScopeWord | None]] | None = None
        self._name_lines: list[tuple[int, ScopeWord]] | None = None
        self.town = self._subject_town()

    def _subject_town(self) -> str | None:
        """The town a text is about: one named in its opening (南湖区大桥镇以科技引领工业…) that
        the text names again or calls 该镇/全镇; not a place of the gazetteer (景德镇,
        宁波市镇海区). Its figures with no place of their own are the town's."""
        text = self.text
        window = _shown_chars_end(text, HEADLINE_CHARS)  # (a blanked date line counts nothing)
        for m in _town_names(text, window):
            if (
                _NOT_A_TOWN.search(m.group())
                or m.group() in stem_index()
                or self._last_before(m.start(), m.end() + 4)
            ):
                continue  # (景德镇 is a city's stem; 宁波市镇海区 holds places)
            if text.count(m.group()) >= 2 or _TOWN_SELF.search(text):
                return m.group()
            return None
        return None

    def _last_before(self, start: int, end: int) -> ScopeWord | None:
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0 and self.words[i].start >= start:
            if self.words[i].end <= end:
                return self.words[i]
            i -= 1
        return None

    def scope(
        self,
        pos: int,
        end: int,
        sentence: tuple[int, int],
        paragraph_start: int,
        clause_start: int | None = None,
    ) -> tuple[str, list[str]]:
        """(scope, review notes) of the figure at [pos, end); in a text about a town of its
        place (南湖区大桥镇以科技引领…。该镇拥有…), its own figures are the town's."""
        found, notes = self._scope(pos, end, sentence, paragraph_start, clause_start)
        if found == WHOLE and self.town:
            return self.town, [*notes, f"the town the text is about: {self.town}"]
        return found, notes

    def _scope(
        self,
        pos: int,
        end: int,
        sentence: tuple[int, int],
        paragraph_start: int,
        clause_start: int | None,
    ) -> tuple[str, list[str]]:
        named = self._in_parentheses(pos)
        if named:
            return named, []
        if clause_start is None:
            clause_start = sentence[0]
        if self._refers_back(pos, paragraph_start):
            # X市实施…。2022年,该市完成…;全社会研发经费投入32.24亿元: the place named before
            word = self._paragraph_subject(paragraph_start, sentence[0])
            if word is not None and word.name:
                return word.name, []
        if (
            self._last_before(clause_start, pos) is None
            and _SOCIETY_WIDE in self.text[clause_start:pos]
        ):
            return WHOLE, []  # …国家高新区创建取得成效,全社会R&D经费支出24.4亿元: society-wide
        word = self._sentence_subject(sentence[0], clause_start, pos)
        if word is None:
            word = self._paragraph_subject(paragraph_start, sentence[0])
        if word is not None and word.name and is_generic_zone(word.name):
            specific = self._heading_zone(pos)
            if specific:  # 省级高新区 under 加快桐庐省级高新技术产业开发区建设: that zone
                return specific, [f"zone named in the section heading: {specific}"]
        if word is not None:
            return word.name or WHOLE, []
        for clause in reversed(self.enclosing_at(pos)):
            a = clause.marker_end
            # (a place after the figure is no heading's: 2、…10家;X市科技创新人1人)
            word = self._last_before(a, min(a + len(clause.heading) + 1, pos))
            if word is not None and word.name:
                return word.name, [f"scope from the section heading: {clause.heading[:30]}"]
            if word is not None:
                return WHOLE, []
        line = self._name_line_before(pos)
        if line is not None and line.name:
            return line.name, [f"scope from the line naming it above: {line.name}"]
        return WHOLE, []

    def _name_line_before(self, pos: int) -> ScopeWord | None:
        """The place of the last line before `pos` that is only a place's name (江苏省溧阳高新技术
        产业开发区 over its own paragraphs, in news of several zones): a heading of its section."""
        if self._name_lines is None:
            self._name_lines = []
            for m in _LINE.finditer(self.text):
                word = self._whole_line(m.start(1), m.end(1))
                if word is not None:
                    self._name_lines.append((m.start(1), word))
        i = bisect.bisect_left(self._name_lines, (pos,)) - 1
        return self._name_lines[i][1] if i >= 0 else None

    def _whole_line(self, start: int, end: int) -> ScopeWord | None:
        """The place a line [start, end) names when it holds nothing else (X省Y高新区: the last)."""
        i = bisect.bisect_left(self.starts, start)
        if i >= len(self.words) or self.words[i].start != start:
            return None
        word = self.words[i]
        while word.end < end and i + 1 < len(self.words):
            nxt = self.words[i + 1]
            if nxt.end > end or not qualifies(self.text, word.end, nxt.start):
                return None
            i, word = i + 1, nxt
        return word if word.end == end else None

    def _refers_back(self, pos: int, paragraph_start: int) -> bool:
        """Whether the full sentence up to `pos` says 该市/该县 and names no place of its own."""
        start = max(paragraph_start, self.text.rfind("。", 0, pos) + 1)
        return self._last_before(start, pos) is None and bool(
            _ANAPHOR.search(self.text, start, pos)
        )

    def without_scopes(self, start: int, end: int) -> str:
        """The text of [start, end) with its scope words taken out (a place does not change
        which indicator a number belongs to: 兰州高新区365家 is still the count before it)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        pieces, pos = [], start
        for w in self.words[i:j]:  # a slice: islice walked from the first word, per call
            if w.start >= pos and w.end <= end:
                pieces.append(self.text[pos : w.start])
                pos = w.end
        pieces.append(self.text[pos:end])
        return "".join(pieces)

    def paired(self, start: int, at: int, index: int, count: int) -> str | None:
        """郴州市、张家界市和永州市…分别为282.67%、190.70%和160.25%: the index-th place of a
        list of `count` named before 分别 (at `at`), or None when the list does not fit."""
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, at)
        listed = [w for w in self.words[i:j] if w.end <= at and w.name]  # not every word
        if len(listed) < count:
            return None
        return listed[-count:][index].name

    def listed_before(self, start: int, end: int) -> list[ScopeWord]:
        """The last run of named places in [start, end) joined only by 、/和/及 (云南、内蒙古、…和
        西藏): the members of a list, the latest list before `end`."""
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        run: list[ScopeWord] = []
        for w in self.words[i:j]:
            if w.end > end or not w.name:
                continue
            if run and not _LIST_JOIN.fullmatch(self.text, run[-1].end, w.start):
                run = []
            run.append(w)
        return run

    def names_place(self, start: int, end: int) -> bool:
        """Whether [start, end) (white space around it aside) is one named place or zone."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return self.place_from(start, end) == end

    def place_ends_at(self, end: int) -> bool:
        """Whether a named place or zone ends right at `end` (white space before it aside)."""
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        word = self._last_before(max(0, end - 24), end)
        return word is not None and word.end == end and word.name is not None

    def any_between(self, start: int, end: int) -> bool:
        """Whether a scope word (a place, a zone or the whole area) stands in [start, end)."""
        return self._last_before(start, end) is not None

    def place_from(self, start: int, limit: int) -> int | None:
        """The end of the longest named place or zone that starts at `start` (white space
        before it aside) and ends by `limit`, or None."""
        while start < limit and self.text[start].isspace():
            start += 1
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, start)
        ends = [w.end for w in self.words[i:j] if w.end <= limit and w.name]
        return max(ends, default=None)

    def _heading_zone(self, pos: int) -> str | None:
        """The named (not generic) zone of the nearest enclosing section heading."""
        for clause in reversed(self.enclosing_at(pos)):
            a = clause.marker_end
            word = self._last_before(a, a + len(clause.heading) + 1)
            if word is not None and word.name and not is_generic_zone(word.name):
                return word.name
        return None

    def _in_parentheses(self, pos: int) -> str | None:
        """昆明市(62.5亿元): a place right before the parenthesis holding the number; 全省平均增速
        (16.06%): the average of the area named before it."""
        open_at = self.text.rfind("(", max(0, pos - 4), pos)
        if open_at == -1 or self.text.find(")", open_at, pos) != -1:
            return None
        word = self._last_before(open_at - 12, open_at)
        if word is not None and word.end == open_at:
            return word.name or WHOLE
        average = _AVERAGE_BEFORE.search(self.text, max(0, open_at - 12), open_at)
        if average is not None:  # 超过全省平均增速(16.06%): the province's average
            area = average.group(1) if len(average.group(1)) > 1 else "全" + average.group(1)
            return WHOLE if self.ctx.own_level_word(area) else area  # (省平均: 全省's)
        return None

    def _sentence_subject(self, start: int, clause_start: int, pos: int) -> ScopeWord | None:
        """The last scope word before the number in its clause, else the one that opens an
        earlier clause of the sentence (申报我省高新技术企业 names a programme, not a subject)."""
        word = self._last_before(clause_start, pos)
        if word is not None:
            return word
        picked = self._last_before(start, clause_start)
        if (
            picked is not None
            and _RANKED_PICK.search(self.text, max(start, picked.start - 8), picked.start)
            and _PUNCT_ONLY.fullmatch(self.text, picked.end, clause_start)
        ):
            return picked  # 产值最高的也是X区,达到809.41亿元: the figure of the part picked
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(self.text, start, clause_start)]
        for a in reversed([start, *cuts]):
            if a >= clause_start:
                continue
            lead = _LEAD.match(self.text, a)
            word = self._head_word(lead.end() if lead else a, clause_start)
            if (
                word is not None
                and self._budget_level(word)
                and not _CHANGE.match(self.text, clause_start)
                and _OWN_LEVEL not in self.text[clause_start:pos]
            ):
                # 市本级达到2%,县本级达到1%,科技进步贡献率达到55%: a budget level qualifies its
                # own figure (and that figure's change), not the next indicator's, unless that
                # names the level again (省本级…支出20.3亿元,占本级一般公共预算支出的比重…)
                return None
            if word is not None:
                return word
        return None

    def _budget_level(self, word: ScopeWord) -> bool:
        return self.text[word.start : word.end] in cue_lists()["city_level_words"]

    def _head_word(self, head: int, limit: int) -> ScopeWord | None:
        """The scope word opening a clause at `head`; for 全区10家高新区, the zones counted."""
        i = bisect.bisect_left(self.starts, head)
        if i >= len(self.words) or self.words[i].start > head + 1 or self.words[i].end > limit:
            return None
        word = self.words[i]
        if word.start > head and "\u4e00" <= self.text[head] <= "\u9fff":
            return None  # 占全省申报总数…: a word before the place, not a place opening the clause
        while i + 1 < len(self.words) and self.words[i + 1].end <= limit:
            nxt = self.words[i + 1]  # X市Y区, X市Z新区Y县: the last place is the one
            if not qualifies(self.text, word.end, nxt.start):
                break
            i, word = i + 1, nxt
        if word.name is None and i + 1 < len(self.words):
            nxt = self.words[i + 1]
            if (
                nxt.name
                and nxt.end <= limit
                and _COUNT_GAP.fullmatch(self.text, word.end, nxt.start)
            ):
                return nxt
        return word

    def _paragraph_subject(self, paragraph_start: int, sentence_start: int) -> ScopeWord | None:
        """The subject named at the start of an earlier sentence of the paragraph."""
        heads = self._sentence_heads()
        i = bisect.bisect_left(heads, (sentence_start,)) - 1
        while i >= 0 and heads[i][0] >= paragraph_start:
            word = heads[i][1]
            if word is not None and self._budget_level(word):
                return None  # 2024年市本级兑现…资金2203万元;…高新技术企业存量达450家: the budget
                # level qualifies its own sentence's figures only
            if word is not None:
                if self._list_item(paragraph_start, heads[i][0]):
                    return None
                if word.name and self._own_named_since(heads[i + 1][0], sentence_start):
                    return None  # 全省高新区…考评。本次评价显示,X高新区…。目前,…: its own again
                return word
            i -= 1
        return None

    def _own_named_since(self, start: int, end: int) -> bool:
        """Whether a clause in [start, end) opens with the document's own place (本次评价显示,
        X高新区…); 占全区…的30% names it only as the whole a part is measured against."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return any(
            w.name is None and (w.start == start or self.text[w.start - 1] in _CLAUSE_OPENERS)
            for w in self.words[i:j]
        )

    def _list_item(self, paragraph_start: int, head: int) -> bool:
        """分别为A区…;B县…。: a place opening an item of a list of parts after 分别 is
        that item's, not the subject of the sentences after the list."""
        return (
            head > 0
            and self.text[head - 1] in ";；"
            and self.text.find("分别", paragraph_start, head) != -1
        )

    def _sentence_heads(self) -> list[tuple[int, ScopeWord | None]]:
        """(sentence start, the scope word opening it or None) for every sentence, once."""
        if self._heads is None:
            self._heads = []
            for start in [0, *(m.end() for m in SENTENCE_END.finditer(self.text))]:
                lead = _LEAD.match(self.text, start)
                head = lead.end() if lead else start
                self._heads.append((start, self._head_word(head, head + 16)))
        return self._heads


_CLAUSE_CUT = re.compile(r"[,，:：]")
_LINE = re.compile(r"(?m)^[ \t　]*(\S[^\n]*?)[ \t　]*$")  # a line's text, blanks around it aside
_OWN_LEVEL = "本级"  # 占本级…支出: of the budget level named before
# a reference back to a place the text named before (该市, 该县): not the text's own
_ANAPHOR = re.compile(r"该(?:市|县|区|州|旗)(?!级)")
_CLAUSE_OPENERS = frozenset(",，:：;；。！？\n")
# a clause that goes on with the figure before it: 增长15%, 同比提高, 较上年增加
_CHANGE = re.compile(r"\s*(?:同比|比上年|较上年|较|比|增长|增加|提高|下降|年均)")
_COUNT_GAP = re.compile(r"\s*[\d一二两三四五六七八九十]*\s*[家个所座]?\s*")
# A time phrase that may open a sentence before its subject: 2022年, 截至2022年底, 去年,
_LEAD = re.compile(
    r"\s*(?:(?:截至|截止|到|至)?\s*(?:(?:19|20)\d{2}\s*年(?:底|末|度)?|今年|去年|上年|目前|"
    r"年底|近年来|当前|如今)\s*(?:以来|前)?\s*[,，]?\s*)?(?:其中(?![\s,，:：]))?"
)
