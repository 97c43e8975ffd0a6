"""Resolve quantity mentions into targets: the indicator (linking.py), kind, value and unit
(kinds.py), year and status (timing.py), scope (scope.py); repeats merged.

What is set aside here: money or a share in a sentence about 奖励/补贴/资助/贴息 (an incentive),
applications and their growth, thresholds (超过10亿元的市), beneficiaries (为27家企业争取…),
parts (含6家更名; 其中企业各类研发投入…) and another population named before the indicator
(上市高新技术企业). Repeated statements of one goal merge into one target with every source kept;
a reported fact restated rounded elsewhere (a headline's 破3000亿元 for the body's 3017.86亿元)
merges into the exact one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from cityplans.aliases import COUNT_LEAD, find_aliases
from cityplans.context import WRITTEN_YEAR, DocContext
from cityplans.cue_words import cue_lists, ends_with, has, long_words, starts_with_any
from cityplans.kinds import BARE_MULTIPLIERS, NEWLY, STARTS_FROM, Around, shape, unqualified
from cityplans.linking import (
    COMBINED,
    EACH_ALSO,
    NEWLY_RECOGNISED,
    PAIRED_END,
    PAIRED_START,
    RECOGNISED,
    ResolveContext,
    aliases_within,
    clause_end,
    completion_clause,
    enclosing_clauses,
    goal_reached,
    has_quantity,
    inside_alias,
    item_start_at,
    line_start,
    link_indicator,
    paired_place,
    sentence_indicators,
    sentence_span,
    since_last_number,
    subclauses_of,
    values_after,
)
from cityplans.mention import Mention, find_mentions
from cityplans.numbers import COUNT_UNITS, MONEY_UNITS, parse_number
from cityplans.registry import Indicator, registry
from cityplans.scope import WHOLE, Scoper
from cityplans.segment import SENTENCE_END, find_markers, segment
from cityplans.timing import Timer, five_year_plans, party_congresses

VAGUE_UNITS = {"批"}  # 一批: "a batch", not a count
_APPLICATION = "application count, not an outcome"  # a note the clause after it reads back
_APPLICATION_CHANGE = "a change of an application count (申报279家,比去年增长43.8%)"


_NEWLINE = re.compile(r"\n")


_QUALIFIER_PREFIX = re.compile(r"[^\d一二两三四五六七八九十百千零〇]*")


# a floor that picks out members, not a figure: 经费投入超过10亿元的市(州)有6个
# 研发经费投入达到1.75%: the amount's words, a level verb and the share, nothing between
_LEVEL_VERB_ONLY = re.compile(r"\s*(?:要|将|力争|确保)?\s*(?:达到|达|为|提高到|提升到)\s*")
# a bare 达到 after a clause that names a rate (增速较快,达到24.5%)
_BARE_REACH = re.compile(r"\s*(?:已|均|分别)?达到\s*")
_LEVEL_VERB = r"(?:超过?|突破)"
_LEVEL_RIGHT_BEFORE = re.compile(rf"{_LEVEL_VERB}\s*$")
_LEVEL_PREFIX = re.compile(_LEVEL_VERB)  # the number's own prefix (超58.5%)
_RATE_NOUN = re.compile(r"增速|增幅|增长率|增长速度")
# the number's own words already say it is a share or a level: …占规上工业增加值比重88.7%,
# …比重将达43% (an earlier clause's 增速/提升 is not its growth)
_SAYS_SHARE_OR_LEVEL = re.compile(r"比重|占比|比例|占[^,，。;；]{0,20}$|(?:达|为|是)\s*$")
_THERE_ARE = re.compile(r"(?:共有|共|有)\s*$")
_BECAME = re.compile(r"\S{0,3}成为")
_FIRST_TIME_PART = re.compile(
    r"其中\s*(?:首次|新认定|新申报|初次)|[,，;；]\s*(?:新认定|首次认定|首次通过|初次认定)"
)
# 认定 not qualified as first-time: the round's recognitions, renewals among them
_RECOGNISED_ALL = re.compile(r"(?<![新首次初])认定")
_MILESTONE = re.compile(r"\s*(?:的)?(?:大关|关口)")
# 首次突破50亿元 / 首超: a round number passed for the first time; 达到 the exact figure
_PASS_VERB = r"突破|破|超过|超|跨越|迈上|站上"
_FIRST_PASSED = re.compile(rf"(?:首次|首)\s*(?:{_PASS_VERB})?\s*$")
_PASSED = re.compile(rf"(?:过|{_PASS_VERB})\s*$")  # 过千亿元, 突破600家: passed on the way
_DIGIT = re.compile(r"\d")
_REACHED_GAP = re.compile(r"\s*[,，]?\s*(?:达到|达|为|至)\s*")
MILESTONE_GAP = 8  # 大关,达114.76亿元: the exact figure right after the milestone
# a goal noun after 的, a few words qualifying it: (…突破270亿元的)指引性目标
_GOAL_NOUN = r"[\u4e00-\u9fff]{0,4}(?:目标|任务)"
_THRESHOLD = re.compile(rf"\s*(?:以上)?的(?![比]|{_GOAL_NOUN}|水平|规模)")
# a band that picks out members: 投入强度在1.5%-2%(之间)的有4个行业
_BAND = re.compile(r"\s*(?:之间)?的(?:有|为|是)")
# a counted group of places: 文昌等7个市县, 太原、大同…和临汾5个市, 4个县(市、区)
_PLACE_GROUP = re.compile(
    r"(?:\d+|[两三四五六七八九十])\s*"
    r"(?:个\s*(?:设区的?|地级|县级)?(?:县市区|市县|市州|县区|区县|地市|市|县|区|州|盟)(?![级属域])"
    r"|地(?![区方级域]))"  # 咸宁等5地
    r"(?:[(（][^()（）]{0,6}[)）])?"
)  # (not a level: 3个市级孵化器)


def _of_place_group(ctx: ResolveContext, s_start: int, pos: int) -> bool:
    """Whether the figure at `pos` is one of a group of places picked out before it in its
    sentence (文昌等7个市县R&D经费投入超过1亿元; …和临汾5个市,共支出31.25亿元): named by
    example (等) or listed, no place or whole area named after the group, and no 分别 giving
    each member its value."""
    groups = list(_PLACE_GROUP.finditer(ctx.text, s_start, pos))
    if not groups:
        return False
    group = groups[-1]
    if "分别" in ctx.text[group.end() : pos]:
        return False  # …4个县(市、区)…分别达到4.74%、3.85%…: each member's own figure
    before = ctx.text[s_start : group.start()].rstrip()
    # 文昌等7个市县, 有7个设区市…超过1件 (the places that pass a bar), …和临汾5个市
    picked = before.endswith(("等", "有")) or ctx.scoper.place_ends_at(group.start())
    return picked and not ctx.scoper.any_between(group.end(), pos)


def _listed_places_bound(ctx: ResolveContext, mention: Mention, s_start: int) -> bool:
    """Whether a bound (不足1%, 超过3%) follows a list of places that share it, with no 分别
    giving each its own (云南、内蒙古、贵州…西藏研发投入强度不足1%): the members of a group
    below or above a bar, not a figure of each."""
    bound = mention.quantity.qualifier != "exact" or _BOUND_BEFORE.search(
        ctx.text, max(s_start, mention.start - BOUND_CHARS), mention.start
    )
    if not bound or "分别" in ctx.text[s_start : mention.start]:
        return False
    listed = ctx.scoper.listed_before(s_start, mention.start)
    return len(listed) >= MIN_GROUP_LISTED


MIN_GROUP_LISTED = 3  # places a list names for it to be a group (two may be a pair compared)
# a bar written before a number: 不足1%, 低于1%, 超过3% (as a prefix qualifier is, 超过 among them)
_BOUND_BEFORE = re.compile(r"(?:不足|不到|低于|少于|高于|超过|均超|均在)\s*$")
BOUND_CHARS = 4


# between a count and the name of what it counts: 500家以上的|高新技术企业
_COUNT_OF_NAME = re.compile(r"\s*(?:以上|多)?\s*的\s*")
# the time a milestone took, at the end of its clause (突破500亿元经历了15年, 从500亿元增长到
# 1000亿元只用了3年): how long the way took, not a figure of a year
_TOOK_TIME = re.compile(
    r"[^,，。;；]*?(?:经历了?|用了|历时|花了)\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:年|个月)"
)
# a number that counts the items named right after it: 等16个二级指标, 3个方面, 4个领域
_COUNTS_ITEMS = re.compile(r"\s*(?:[一二三四]级)?(?:指标|方面|领域|维度|板块|大类|类别)")


# the beneficiaries of an incentive or an aside: 为27家高新技术企业争取…, 对20家企业
# 为27家企业, 对今年重点新培育的12家高新技术企业: the firms an act is for
# the firms an act is done for or to (为27家企业, 对省内3112户, 赴152户, 走访30家): not a figure
_FOR_WHOM = re.compile(
    r"(?:(?:为|对|给|向)(?:[^,，。;；、\d]{0,12}的|[省市区县]内|全[省市区县]|辖区内?)?|赴|走访|深入"
    r"|(?:视察|考察|调研|参观|察看)了?)\s*$"  # 调研组实地视察了2家高新技术企业: the firms visited
)


# what firms counted before their name received: 28家高新技术企业共获420万元专项资金支持
_FUNDED = re.compile(
    r"\s*(?:共|分别)?(?:获|获得|获批|争取到)[^,，。;；]{0,24}?"
    r"(?:资金|支持|补助|奖励|奖补|资助|补贴|扶持)"
)
# 两家高新技术企业已成功在主板上市: the firms that listed their shares, not the area's count
_LISTED_ON_MARKET = re.compile(
    r"\s*(?:已经?|均|先后)?\s*(?:成功|顺利)?\s*(?:在[^,，。;；\d]{0,12}?)?(?:上市|挂牌)"
)
# the names listed right before a count, joined by 、 (联邦制药、联邦动保、华恒生物3家)
_LISTED_BEFORE = re.compile(r"(?:[^\s,，。;；、:：\d]{2,20}、){1,9}[^\s,，。;；、:：\d]{2,20}$")


def _names_as_many(text: str, mention: Mention, value: Decimal) -> bool:
    """Whether the names listed right before a count are as many as it counts."""
    m = _LISTED_BEFORE.search(text, max(0, mention.start - 200), mention.start)
    return m is not None and m.group().count("、") + 1 == value


@dataclass
class Target:
    """One goal (or reported fact) with its sources; rows of the targets table."""

    indicator: str
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    year: int | None
    scope: str
    comparator: str
    status: str
    start: int  # normalised-text span of the first source's quote
    end: int
    sources: list[tuple[int, int]] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    target_id: str = ""


def resolve_document(text: str, doc: DocContext) -> tuple[list[Mention], list[Target]]:
    """Mentions (with final roles) and merged targets of one document's analysis text."""
    aliases = find_aliases(text)
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    markers = find_markers(text)
    clauses = segment(text, markers)
    lines = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    ctx = ResolveContext(
        text,
        doc,
        clauses,
        aliases,
        [a[0] for a in aliases],
        sorted(set(bounds)),
        lines,
        Timer(text, doc),
        None,
    )
    ctx.scoper = Scoper(text, doc, clauses, lambda pos: enclosing_clauses(ctx, pos))
    mentions = find_mentions(text, markers)
    quantities = [m for m in mentions if m.quantity is not None]
    ctx.quantity_starts = [m.start for m in quantities]
    ctx.clause_starts = [c.start for c in clauses]
    ctx.mention_ends = {m.start: m.end for m in quantities}
    ctx.units = {m.start: m.quantity.unit for m in quantities}
    ctx.values = {m.start: m.quantity.value for m in quantities}
    raw_targets = []
    for mention in quantities:
        target = _resolve_mention(mention, ctx)
        if mention.note:
            ctx.notes[mention.start] = mention.note
        if target is not None:
            raw_targets.append((mention, target))
            if mention.note and mention.note.startswith(EACH_ALSO):
                other = registry().get(mention.note.removeprefix(EACH_ALSO))
                raw_targets.append(
                    (mention, replace(target, indicator=other.id, sources=list(target.sources)))
                )
    ctx.scoper = None  # break the cycle (scoper -> its enclosing_at closure -> ctx): freed at once
    return mentions, _merge(raw_targets, text)


def _milestone_before_figure(ctx: ResolveContext, mention: Mention, s_end: int) -> bool:
    """首破百亿元大关,达114.76亿元; 首次突破50亿元,达到52.3亿元; 总数突破600家,达到612家: a round
    milestone passed, with the exact figure in the same unit right after (not 突破2亿元大关,同比增长
    111.8%; not 突破4万家,力争达到5万家, two goals)."""
    q, end = mention.quantity, mention.end
    named = _MILESTONE.match(ctx.text, end)  # …百亿元大关
    first_passed = _FIRST_PASSED.search(ctx.text, max(0, mention.start - 6), mention.start)
    passed = _PASSED.search(
        ctx.text[max(0, mention.start - 4) : mention.start]
        + _QUALIFIER_PREFIX.match(q.surface).group()  # 突破百亿元: the verb in the span
    )
    if not (named or first_passed or passed):
        return False
    after = values_after(ctx, end, s_end)
    if not after or after[0] - end > MILESTONE_GAP:
        return False
    if not named and not _REACHED_GAP.fullmatch(ctx.text, end, after[0]):
        return False
    following = ctx.units[after[0]]
    same = BARE_MULTIPLIERS.get(q.unit, q.unit)  # 百亿 then 124.618亿元: both money
    if BARE_MULTIPLIERS.get(following, following) != same:
        return False
    return bool(named or first_passed) or _rounded_below(q, ctx.values[after[0]], following)


def _rounded_below(q, exact: Decimal, exact_unit: str | None) -> bool:
    """A number passed on the way to `exact`: written in words (过千亿元), or rounder than it and
    not far below it (突破600家 before 612家; not 突破4万家 before 5万家)."""
    if not _DIGIT.search(q.surface):
        return True  # 过千亿元,达到1186.13亿元
    if exact_unit != q.unit or not q.value <= exact < 2 * q.value:
        return False
    return _significant(q.value) < _significant(exact)


def _significant(value: Decimal) -> int:
    """The significant digits of a number (600 -> 1, 612 -> 3, 150.81 -> 5)."""
    return len(value.normalize().as_tuple().digits) if value else 0


def _resolve_mention(mention: Mention, ctx: ResolveContext) -> Target | None:
    q = mention.quantity
    text = ctx.text
    s_start, s_end = sentence_span(ctx, mention.start)
    money_or_share = q.unit in MONEY_UNITS or q.unit in BARE_MULTIPLIERS or q.unit == "%"
    named, carried = sentence_indicators(ctx, s_start, s_end)
    if not (named or carried or money_or_share):
        return None  # no indicator named in the sentence, nor carried into it
    subs = ctx.subclauses.get(s_start)
    if subs is None:
        subs = ctx.subclauses[s_start] = subclauses_of(text, s_start, s_end)
    k = _subclause_index(subs, mention.start)
    c_start = subs[k][0]
    if money_or_share and _is_incentive(text, (s_start, s_end), subs[k]):
        mention.role = "incentive"
        return None
    if not named:
        if carried is None:
            return None
        subs = [(carried[0], s_start), *subs]
        k += 1
    if q.unit in VAGUE_UNITS:
        mention.note = "vague quantity"
        return None
    if inside_alias(ctx, mention.start):
        mention.note = "part of an indicator name"
        return None
    link = link_indicator(mention, ctx, subs, k)
    if link is None:
        return None
    indicator, a_start, a_end, review, quote_start = link
    if _threshold_of_members(text, c_start, mention.end, s_end):
        mention.note = "a threshold members are counted by (超过500亿元的行业大类有7个), no figure"
        return None
    if indicator.unit == "家" and q.unit in _PERSON_UNITS:
        mention.note = f"a count of persons ({q.unit}) is no count of firms"  # 人才总量超1560万人
        return None
    if indicator.unit in _PERSON_UNITS and q.unit in _FIRM_UNITS:
        mention.note = f"a count of firms ({q.unit}) is no count of persons"  # 聚集企业超过3200家
        return None
    if indicator.as_amount and (q.unit in MONEY_UNITS or q.unit in BARE_MULTIPLIERS):
        indicator = registry().get(indicator.as_amount)  # 技术合同登记22.9亿元: the turnover
    if (
        indicator.as_count
        and q.unit == registry().get(indicator.as_count).unit
        and COUNT_LEAD.fullmatch(text, a_end, mention.start)
    ):
        indicator = registry().get(indicator.as_count)  # 技术合同成交5850项: the contracts
    if indicator.not_after and (
        _qualified_away(text, indicator, c_start, a_start)
        or (
            0 <= a_start - mention.end <= 1
            and _qualified_away(text, indicator, c_start, mention.start)
        )
    ):  # 纳入统计的723家高新技术企业: the qualifier stands before the number, the name right after
        mention.note = f"{_ANOTHER_POPULATION} than {indicator.id} (上市/省级…, 吸纳…)"
        return None
    item_start = item_start_at(text, c_start, mention.start, ctx)
    if a_start < c_start:  # indicator carried over from an earlier clause
        before, between = text[c_start : mention.start], ""
    elif review == [RECOGNISED]:  # 35家企业通过高新技术企业认定: the verb follows the number
        if _FIRST_TIME_PART.search(text, a_end, s_end):
            mention.note = "recognitions with renewals (37户通过认定,其中首次通过…20户): not new"
            return None
        # 共有35家企业通过…认定: the firms that gained it this year, however many there are;
        # 共有28家企业成为…: the firms that are so, a stock
        before = text[item_start : mention.start]
        if not _BECAME.match(text, mention.end, a_start):
            before = _THERE_ARE.sub("", before)
        between = text[mention.end : a_end + 3]
    elif a_start >= mention.end:  # noun after the number
        before, between = text[item_start : mention.start], ""
    else:  # a list item (、) has its own words; a verb shared by the list is found later
        own = item_start if c_start < item_start <= a_start else c_start
        before, between = text[own:a_start], text[a_end : mention.start]
    if _in_aside(text, mention.start):
        mention.note = "a part of the figure before it (…88家(含6家更名))"
        return None
    if a_start >= mention.end and _SUBSIDIARIES.match(text, a_end):
        mention.note = "a group's subsidiaries (集团…拥有7家国家高新技术企业子公司), not the area's"
        return None
    if a_start < mention.start and (
        _is_component(text, max(s_start, c_start - 12), a_start)
        or _performer_named_before(text, indicator, a_start)
    ):
        mention.note = _PERFORMER_PART
        return None
    if a_start < mention.start and _is_qualified_part(ctx, indicator, s_start, c_start, a_start):
        mention.note = _QUALIFIED_PART
        return None
    if a_start < mention.start and _counted_group_subject(text, s_start, a_start):
        mention.note = _GROUP_PART
        return None
    if a_start < mention.start and (
        _FIELD_BEFORE.search(text, max(c_start, a_start - 8), a_start)
        or _FIELDS_BETWEEN.search(text, a_end, mention.start)
    ):  # 新能源领域技术合同成交额…; 高新产值主要聚集在…三大领域,共完成产值941.62亿元
        mention.note = _FIELD_PART
        return None
    if _BREAKDOWN_OPENING.match(text, s_start) and not _PLACE_BREAKDOWN.match(text, s_start):
        # 按计划类别统计,…成交额同比增长15.4%; 四类技术合同中,技术服务合同…增长0.7%
        mention.note = _BREAKDOWN_PART
        return None
    if _SIZE_THRESHOLD.search(text, max(c_start, a_start - SIZE_THRESHOLD_CHARS), a_start):
        mention.note = _SIZED_PART
        return None
    if _SIZED_CONTRACTS.search(
        text, max(s_start, a_start - SIZED_CONTRACTS_CHARS), a_start
    ) or _MONEY_THRESHOLD.search(text, max(c_start, a_start - SIZE_THRESHOLD_CHARS), a_start):
        mention.note = "things above a size (1000万以上的技术合同303项,成交额…), a part of them"
        return None
    if _ranked_parts(ctx, s_start, mention.start):
        mention.note = "the leading parts of a breakdown (…领域居前三位,分别为4111家…), not places"
        return None
    non_outcome = tuple(cue_lists()["non_outcome_verbs"])
    if (
        not _PASSED_BETWEEN.match(between)
        and (
            # (申请了9家: the verb's aspect mark is no part of it)
            ends_with(
                non_outcome, _BATCH.sub("", before.rstrip()).removesuffix("的").removesuffix("了")
            )
            or (between and starts_with_any(non_outcome, between.lstrip()))
            # 认定10家、申报19家: a list item of its own verb after the indicator's figure
            or (
                a_end < item_start
                and ends_with(non_outcome, text[item_start : mention.start].strip())
            )
        )
    ):
        mention.note = _APPLICATION
        return None
    if q.unit in COUNT_UNITS and _PER_DAY.search(
        text, max(c_start, mention.start - 14), mention.start
    ):
        mention.note = "a daily or monthly average (日均新增6.8家), not the year's count"
        return None
    if q.unit in COUNT_UNITS and _renewed(text, before + between, a_start >= mention.end, a_end):
        mention.note = "firms renewing the status (通过复审, 重新认定), not new ones or the stock"
        return None
    if _milestone_before_figure(ctx, mention, s_end):
        mention.note = "a milestone passed (首破百亿元大关), the figure follows (达114.76亿元)"
        return None
    if _TOOK_TIME.match(text, mention.end):
        mention.note = "a milestone and the time it took (突破500亿元经历了15年), not a figure"
        return None
    if _COUNTS_ITEMS.match(text, mention.end):
        mention.note = "a count of the items named after it (等16个二级指标), not a figure"
        return None
    if (
        q.qualifier in ("at_least", "more_than")
        and _THRESHOLD.match(text, mention.end)
        and not (q.unit in COUNT_UNITS and _COUNT_OF_NAME.fullmatch(text, mention.end, a_start))
    ) or (q.value_max is not None and _BAND.match(text, mention.end)):
        # (拥有500家以上的高新技术企业: a count of the firms the name right after it names)
        mention.note = "a threshold that picks out members (超过10亿元的市), not a figure"
        return None
    if _of_place_group(ctx, s_start, mention.start):
        mention.note = "a figure of a group of places picked out (文昌等7个市县…超过1亿元)"
        return None
    if _listed_places_bound(ctx, mention, s_start):
        mention.note = "a bar a list of places passes or misses together (云南、…、西藏…不足1%)"
        return None
    if (
        q.unit in COUNT_UNITS
        and a_start >= mention.end
        and _FOR_WHOM.search(text, max(0, mention.start - 16), mention.start)
    ):
        mention.note = "the beneficiaries of an act (为27家企业争取…), not a figure"
        return None
    if q.unit in COUNT_UNITS and a_start >= mention.end and _FUNDED.match(text, a_end):
        mention.note = "the firms funds went to (28家高新技术企业获…资金支持), not a figure"
        return None
    if q.unit in COUNT_UNITS and a_start >= mention.end and _LISTED_ON_MARKET.match(text, a_end):
        mention.note = (
            "the firms that listed their shares (2家高新技术企业在主板上市), not a figure"
        )
        return None
    if q.unit in COUNT_UNITS and a_start >= mention.end and _names_as_many(text, mention, q.value):
        mention.note = "a count of the firms named before it (甲、乙、丙3家企业), not a figure"
        return None
    # why the number before a clause that carries a figure on was set aside ("" when it was not)
    note_before = _note_before(ctx, c_start) if a_start < c_start else ""
    if note_before.startswith(_ANOTHER_POPULATION):
        mention.note = (
            "a change of another population's figure (…亿元以上的高新技术企业47家,较上年增加8家)"
        )
        return None
    if note_before in _PART_NOTES:
        mention.note = "a change of a part's figure (…五大优势产业…1492.40亿元,同比增长63.72%)"
        return None
    if note_before == COMBINED:
        mention.note = "a change of a combined count (…和高新产品企业达到355家,同比增加53家)"
        return None
    if note_before in (_APPLICATION, _APPLICATION_CHANGE) and (
        q.unit == "%" or _CHANGE_FROM_BASE.fullmatch(text, c_start, mention.start)
    ):  # (申报推荐…1311家,比上年增加164家,同比增长14.3%: more applications, not more firms)
        mention.note = _APPLICATION_CHANGE
        return None
    if (
        q.unit == "%"
        and (_MISFIT.match(note_before) or _other_measure_before(ctx, indicator, s_start, c_start))
        and _GROWTH_ONLY.fullmatch(text, c_start, mention.start)
    ):
        mention.note = (
            "a change of the figure before it, which is another's (…登记数3438项,增长18.3%)"
        )
        return None
    growth_zone = _growth_zone(ctx, subs, k, mention.start, before, between)
    rate_after = _RATE_AFTER.match(text, mention.end)
    if q.unit == "%" and rate_after:
        growth_zone += rate_after.group()  # 高于全国11.5%的增速: the words after name the rate
    local = since_last_number(
        ctx, max(c_start, a_end if a_end <= mention.start else c_start), mention.start
    )
    # a qualifier inside the number's span (突破500家, 超过90家) is a verb of the statement too
    prefix = _QUALIFIER_PREFIX.match(q.surface).group()
    if a_start < mention.start and a_start >= c_start:
        between += prefix
    else:
        before += prefix
    words = Around(
        text[s_start : mention.start],
        before,
        between,
        growth_zone,
        local,
        text[a_start:a_end] if a_start >= c_start else "",  # the words of its own clause only
    )
    shaped = shape(q, indicator, words)
    if (
        isinstance(shaped, str)
        and indicator.as_ratio
        and q.unit == "%"
        and _LEVEL_VERB_ONLY.fullmatch(between)
    ):
        indicator = registry().get(indicator.as_ratio)  # 研发经费投入达到1.75%: the intensity
        shaped = shape(
            q, indicator, Around(text[s_start : mention.start], before, between, growth_zone)
        )
        review.append(f"a share named by an amount's words: read as {indicator.id}")
    if isinstance(shaped, str):
        mention.note = shaped
        return None
    kind, value, value_max, unit, kind_review = shaped
    if kind == "level" and unit in COUNT_UNITS and _PASSED_BETWEEN.match(between):
        kind = "new"  # 申报国家高企通过16家: the firms that passed this round
    if NEWLY_RECOGNISED in review:
        kind = "new"  # 其中4家企业为新认定: the newly recognised part, a flow
    elif _part_of_count_before(ctx, indicator.id, (s_start, c_start), mention.start):
        mention.note = "a part of the count before it (共认定…15家,…其中9家…), not the area's"
        return None
    if (
        kind == "new"
        and unit in COUNT_UNITS
        and NEWLY_RECOGNISED not in review
        and _RECOGNISED_ALL.search(before + between)
        and _FIRST_TIME_PART.search(text, mention.end, s_end)
    ):
        mention.note = "recognitions with renewals (认定…186家,其中首次认定112家): not new"
        return None
    review += kind_review
    if PAIRED_START in review or PAIRED_END in review:
        kind = "level"  # 分别从838家、56家增加到1552家、261家: the two ends of each change
    year, status, time_review = _timing(mention, ctx, c_start, (s_start, s_end))
    review += time_review
    if goal_reached(text, c_start, mention.start, mention.end):
        # 5018家,…,超额完成全年4610家的目标任务: the goal of the figure before, of its kind
        kind = _kind_before(ctx, indicator.id, c_start) or kind
    if PAIRED_START in review or _is_start_value(text, mention, subs[k][1], between or before):
        status, year = "actual", _start_year(ctx, text, mention, year)
        review.append("the start value of a change (由X提高到Y)")
    elif status == "actual" and _reviewed_span_end(ctx.doc, text, c_start, mention.start):
        year = ctx.doc.period_end  # 数说“十四五”: 国家高新技术企业数从2282家增至4735家 -> 2025
        review.append("the end value of a change over the span the text reviews")
    paired_scope = paired_place(mention, ctx, s_start, s_end)
    carried_scope = _carried_scope(ctx, c_start, a_start) if a_start < c_start else None
    if paired_scope:
        scope, scope_review = paired_scope, ["scope paired with a place listed before 分别"]
    elif carried_scope:  # 钟山区5.10亿元(…),较上年增长8.9%: the growth of that figure
        scope, scope_review = carried_scope, []
    else:
        scope, scope_review = ctx.scoper.scope(
            mention.start, mention.end, (s_start, s_end), line_start(ctx, mention.start), c_start
        )
    review += scope_review
    share = _SHARE_OF_WHOLE_AFTER.match(text, mention.end)
    if scope == WHOLE and share and ctx.doc.own_level_word(share.group(1)):
        mention.note = "a part of the whole area's figure (3市…405.09亿元,占全省的82.56%)"
        return None
    if status == "actual":
        review = [r for r in review if not r.startswith("kind unclear")]
        verb = unqualified(before)
        if (
            kind == "new"
            and ends_with(tuple(cue_lists()["register_words"]), verb)
            and not NEWLY.search(verb)
        ):
            kind = "level"  # 入库登记科技型中小企业236家, reported: the register holds 236
    if q.value_max is not None:
        review.append("range")
    mention.indicator = indicator.id
    mention.role = status
    ctx.scopes[mention.start] = scope
    ctx.kinds[mention.start] = (indicator.id, kind)
    return Target(
        indicator.id,
        kind,
        value,
        value_max,
        unit,
        year,
        scope,
        q.comparator,
        status,
        min(quote_start, mention.start),
        max(mention.end, a_end),
        [(min(quote_start, mention.start), max(mention.end, a_end))],
        review,
    )


# firms named as a group's subsidiaries right after the indicator: …7家国家高新技术企业子公司
_SUBSIDIARIES = re.compile(r"\s*(?:子公司|分公司|控股公司|子企业)")
# a figure given as a share of the area's whole right after it: …405.09亿元,占全省的82.56%
_SHARE_OF_WHOLE_AFTER = re.compile(r"\s*[,，]\s*占(全[省市县区州]|我[省市县区州])(?:的)?\s*\d")


def _subclause_index(subs: list[tuple[int, int]], pos: int) -> int:
    """The index of the subclause holding `pos` (subclauses are contiguous, in order)."""
    k = bisect.bisect_right(subs, (pos, _AFTER_ANY_END)) - 1
    if k < 0 or not subs[k][0] <= pos < subs[k][1]:
        return next(i for i, (a, b) in enumerate(subs) if a <= pos < b)  # raises, as before
    return k


_AFTER_ANY_END = float("inf")  # sorts after every end: (pos, inf) follows each (pos, end)


_LAST_YEAR_BEFORE = re.compile(r"(?:上年|去年|上一年)(?:底|末)?的?\s*$")


_PART_OPENS = re.compile(r"(?:仅|而)?其中\s*$")
# 组织17家企业申报国家高企通过16家: the outcome of the applications, after the indicator
_PASSED_BETWEEN = re.compile(
    r"\s*(?:新增)?\s*(?:共|均|全部)?(?:通过|获批|获得认定|被认定|申报成功)"
)


# 日均增长2.5家, 日均新增国高企业6.8家, 平均每月新增…: a rate per day or month
_PER_DAY = re.compile(r"(?:日均|每日|每天|平均每天|月均|每月|平均每月)[^,，。;；\d]{0,10}$")
# 45家高新技术企业通过复审: the firms that renew the status, named right after them
_RENEWED_AFTER = re.compile(r"\s*(?:均|全部|顺利)?\s*(?:通过|完成)?\s*(?:复审|重新认定)")
_RENEWAL = ("复审", "重新认定")


def _renewed(text: str, words: str, alias_after: bool, a_end: int) -> bool:
    """45家高新技术企业通过复审, 申请复审的93家高新技术企业中91家: a count of firms whose status
    was renewed (labelled neither new nor the stock)."""
    if alias_after and _RENEWED_AFTER.match(text, a_end):
        return True
    return words.rstrip().endswith("中") and has(_RENEWAL, words)


def _part_of_count_before(
    ctx: ResolveContext, indicator: str, span: tuple[int, int], pos: int
) -> bool:
    """西藏共认定高新技术企业15家,…仅其中9家高新技术企业的产值…: a count after 其中 of the
    firms a figure of the same indicator counted earlier in the sentence (not 其中新认定…, the
    new ones among them)."""
    s_start, c_start = span
    head = ctx.text[c_start:pos]
    if not _PART_OPENS.search(head) or has(cue_lists()["new_verbs"], head):
        return False
    return any(s_start <= s < c_start and i == indicator for s, (i, _) in ctx.kinds.items())


def _kind_before(ctx: ResolveContext, indicator: str, pos: int) -> str | None:
    """The kind (level or new) of the last count or amount of `indicator` before `pos`."""
    starts = [
        s for s, (i, k) in ctx.kinds.items() if s < pos and i == indicator and k in ("level", "new")
    ]
    return ctx.kinds[max(starts)][1] if starts else None


def _number_before(ctx: ResolveContext, pos: int) -> int | None:
    """The start of the last number before `pos`, or None."""
    i = bisect.bisect_left(ctx.quantity_starts, pos) - 1
    return ctx.quantity_starts[i] if i >= 0 else None


def _carried_scope(ctx: ResolveContext, clause_start: int, alias_start: int) -> str | None:
    """The named scope of the figure a clause carries on (the last number before it), unless
    a place is named between that figure and the clause's first words (…809.41亿元;…增长最快
    的是高新区,增幅达21.71%: the new place's), or the indicator is (X县达到12%;在高新技术企业
    增长方面,增长比例将达到16%: a topic of its own)."""
    before = _number_before(ctx, clause_start)
    if before is None:
        return None
    since = ctx.mention_ends.get(before, clause_start)
    if alias_start >= since:
        return None
    if ctx.scoper.without_scopes(since, clause_start + 12) != ctx.text[since : clause_start + 12]:
        return None
    scope = ctx.scopes.get(before)
    return scope if scope and scope != WHOLE else None


_ANOTHER_POPULATION = "another population or measure"


# the figure ranked or compared right after it, as only a reached figure is: …,居全市第2位
_RANKED_AFTER = re.compile(
    r"[^,，。;；]{0,4}[,，]\s*(?:高于全[国省市区县]平均[^,，。;；]{0,12}[,，]\s*)?"
    r"(?:居|位居|位列|排名|排)(?:全[国省市区县]|同类[^,，。;；]{0,6})?(?:第[\d一二三四五六七八九十]+|首位)"
)
_GOAL_AFTER = re.compile(rf"\s*(?:以上)?的{_GOAL_NOUN}")
_FUTURE = re.compile(r"将|要|力争|确保|争取")
_TO_COME = re.compile(_FUTURE.pattern + "|有望|预计")  # a goal still to be reached
_ACHIEVED = re.compile(r"实现|完成|达成")
_PERFORMER_PART = "a performer's part of the whole (其中企业各类研发投入…), not the whole"
_QUALIFIED_PART = "a qualified part of the whole named before it (…11.06亿元,其中长三角…)"
_GROUP_PART = "the figure of a counted group (120个…项目完成研发投入…), not the area's"
_FIELD_PART = "a field's part of the whole (新能源领域技术合同成交额…), not the whole"
_BREAKDOWN_PART = "a part in a breakdown by kind (按计划类别统计,…; 四类技术合同中,…)"
_PART_NOTES = (_PERFORMER_PART, _QUALIFIED_PART, _GROUP_PART, _FIELD_PART, _BREAKDOWN_PART)
# a sentence that opens a breakdown by kind, field or performer: its figures are the parts'
_BREAKDOWN_OPENING = re.compile(
    r"\s*(?:按[^,，。;；]{1,12}?(?:统计|划分|分类)|[一二三四五六七八九十\d]+大?类[^,，。;；]{0,8}中)\s*[,，]"
)
_PLACE_BREAKDOWN = re.compile(r"\s*按[^,，。;；]{0,4}(?:地区|区域|地市|市|县|区|省)")  # places
_MISFIT = re.compile(r"unit \S+ does not fit")  # kinds.shape's note for a number of another unit
# what a change is measured against: 同比, 较上年, 比2020年
_VERSUS = r"同比|较上年|比上年|较去年|比去年|(?:较|比)(?:19|20)\d{2}年"
# a clause that is only a count's change against a base: 比上年增加164家, 较去年减少3家
_CHANGE_FROM_BASE = re.compile(rf"\s*(?:{_VERSUS})(?:同期)?\s*(?:增加|增长|减少|多|少)了?\s*")
# a clause that is only a change: 增长18.3%, 同比增长5%, 较上年提高
_GROWTH_ONLY = re.compile(
    rf"\s*(?:{_VERSUS}|年均|年平均|平均每年)?(?:同期)?\s*"
    r"(?:增长|增幅|增速|提高|下降)了?\s*(?:达到|达|为)?\s*"
)


_PERSON_UNITS = frozenset({"人", "名", "人次", "人年"})
_FIRM_UNITS = frozenset({"家", "户"})
# what a count unit counts, where it says (个, 种 count anything)
_COUNTED_THING = {"家": "firms", "户": "firms", "件": "items", "项": "projects"}
_COUNTED_THING.update(dict.fromkeys(("人", "名", "人次"), "people"))


def _unit_family(unit: str) -> str:
    """money, count or the unit itself: what a figure measures, for telling measures apart."""
    if unit in MONEY_UNITS or unit in BARE_MULTIPLIERS:
        return "money"
    return "count" if unit in COUNT_UNITS else unit


def _other_measure_before(
    ctx: ResolveContext, indicator: Indicator, s_start: int, clause_start: int
) -> bool:
    """The last number of the sentence before a change clause is an amount where the indicator
    counts, or a count where it is an amount (…723家高新技术企业实现主营业务收入1830.7亿元,比去年
    同期增长3.7%): the change is that other measure's."""
    before = _number_before(ctx, clause_start)
    if before is None or before < s_start:
        return False
    units = ctx.units[before], indicator.unit
    families = {_unit_family(u) for u in units}
    counted = {_COUNTED_THING.get(u) for u in units}
    # (…企业拥有发明专利3.17万件,较2021年增长38.4%: items where the indicator counts firms)
    return families == {"money", "count"} or (len(counted) == 2 and None not in counted)


COMPLETION_CHARS = 24  # how far before its number a completion clause (完成全年任务的) opens


def _note_before(ctx: ResolveContext, clause_start: int) -> str:
    """Why the last number before a clause that carries on a figure was set aside ("" when it
    was not): an application count (申报279家,比去年增长43.8%) or another population's
    (亿元以上的高新技术企业47家,较上年增加8家) makes the clause's change that figure's too."""
    before = _number_before(ctx, clause_start)
    if before is not None:
        # (the analysis text is half-width; a completion clause is short: look back a little)
        opened = ctx.text.rfind(",", max(0, before - COMPLETION_CHARS), before)
        if opened >= 0 and completion_clause(ctx.text, opened, clause_start):
            before = _number_before(ctx, opened)  # …500家,完成全年任务的108.9%,增长11.7%
    return ctx.notes.get(before, "") if before is not None else ""


# where a list's earlier item ends, in the characters before an indicator's name (、 or a figure)
_ITEM_BREAK_BEFORE = re.compile(r"(?:.*[、\d])?")


def _qualified_away(text: str, indicator: Indicator, clause_start: int, alias_start: int) -> bool:
    """上市高新技术企业达24家, 吸纳京津技术合同成交额: a word of the indicator's `not_after`
    in the few characters before its name, within the clause (a place may stand between)."""
    wide = text[max(clause_start, alias_start - SIDE_CHARS) : alias_start]
    wide = wide[_ITEM_BREAK_BEFORE.search(wide).end() :]
    if any(w in wide for w in _MARKET_SIDES if w in indicator.not_after):
        return True  # 吸纳沪浙苏高校院所技术合同855万元: what buyers here bought, however named
    before = text[max(clause_start, alias_start - 6) : alias_start]
    cut = _ITEM_BREAK_BEFORE.search(before).end()  # 新增企业20家、每万名…: another item's words
    before = before[cut:]
    for word in indicator.not_after:
        at = before.rfind(word)
        if at == -1 or "级以上" in before[at:]:
            continue  # 省级以上 includes the national ones; 省级 alone does not
        if word.endswith("级") and "国家" in before:
            continue  # 国家及省级高新技术企业: the national ones are counted too
        return True
    return False


# one side of the technology market (吸纳 buyers, 输出 sellers), the verb of a long object
_MARKET_SIDES = ("吸纳", "输出")
SIDE_CHARS = 16
COMPONENT_CHARS = 8  # 政府属研究机构: the performer's name sits in the words right before


def _performer_named_before(text: str, indicator: Indicator, alias_start: int) -> bool:
    """应用研究经费支出1162亿元, 政府属研究机构经费支出1548.9亿元: an activity or a performer
    written right before the R&D amount (a bulletin's breakdown) names that part of it."""
    if indicator.id != "rd_expenditure":
        return False
    head = text[max(0, alias_start - COMPONENT_CHARS) : alias_start].rstrip().removesuffix("的")
    return ends_with(tuple(cue_lists()["component_words"]), head)


def _is_component(text: str, start: int, alias_start: int) -> bool:
    """其中企业各类研发投入经费464.58亿: after 其中, a performer named before the indicator
    makes the figure that performer's share of the whole."""
    at = text.rfind("其中", start, alias_start)
    if at == -1:
        return False
    words = text[at + 2 : alias_start]
    if _LIST_OR_NUMBER.search(words):
        return False  # 其中上市企业11家、国家高新技术企业15家: items of a list, not a performer
    return has(cue_lists()["component_words"], words)


def _is_qualified_part(
    ctx: ResolveContext, indicator: Indicator, s_start: int, c_start: int, alias_start: int
) -> bool:
    """技术合同金额11.06亿元,其中长三角技术合同1010万元: after 其中, words that qualify the
    indicator the sentence already gave a figure for make this figure a part of that whole."""
    text = ctx.text
    at = text.rfind("其中", max(s_start, c_start - 4), alias_start)
    if at == -1:
        return False
    words = text[at + 2 : alias_start].strip(" ,，:：")
    if not words or _LIST_OR_NUMBER.search(words):
        return False  # 其中高新技术企业86个: the indicator itself, not a qualified part
    if not ctx.scoper.without_scopes(at + 2, alias_start).strip(" ,，:：的"):
        return False  # 全省…N亿元,其中我市(其中X市)…: a place's own figure, with its scope
    earlier = [i for a, _, i in aliases_within(ctx, s_start, at) if a >= s_start]
    # the sentence's figure is of this indicator, or of one whose amount it is (技术合同…亿元)
    same = any(indicator.id in (i.id, i.as_amount) for i in earlier)
    return same and has_quantity(ctx, s_start, at)


_LIST_OR_NUMBER = re.compile(r"[、\d]")
# a field or a set of industries named right before the indicator (新能源与高效节能领域技术合同
# 成交额, 五大优势产业技术合同成交额)
_FIELD_BEFORE = re.compile(
    r"(?:领域|行业|[一二三四五六七八九十\d]大[\u4e00-\u9fff]{0,4}产业)(?:的)?\s*$"
)
# firms above a size named right before the indicator (产值过亿元的高新技术企业, 营业收入超10亿元
# 的科技型企业): a group of them, not all
_SIZE_THRESHOLD = re.compile(
    r"(?:产值|营业收入|营收|销售收入|主营业务收入|收入|规模)\s*(?:过|超过|超|达到|达|逾|在)?\s*"
    r"[\d.一二两三四五六七八九十百千万亿]+\s*(?:亿|万)?元\s*(?:以上|及以上)?\s*的\s*$"
)
SIZE_THRESHOLD_CHARS = 24
# an amount above which the things named right after it are counted: 1000万以上的(重大)技术合同
_ABOVE_AMOUNT = (
    r"[\d.一二两三四五六七八九十百千]+\s*(?:亿|千万|百万|万)\s*元?\s*(?:以上|及以上)\s*的?\s*"
    r"(?:重大|大额)?\s*"
)
_MONEY_THRESHOLD = re.compile(_ABOVE_AMOUNT + "$")
# contracts above a size, counted before their amount: 共成交1000万以上的重大技术合同303项,成交额…
_SIZED_CONTRACTS = re.compile(
    _ABOVE_AMOUNT
    + r"技术(?:合同|交易)[^,，。;；]{0,8}?[\d一二两三四五六七八九十百千]+\s*[项份个][,，]?\s*$"
)
SIZED_CONTRACTS_CHARS = 40
_SIZED_PART = "firms above a size (产值过亿元的高新技术企业), a part of them, not all"
_FIELDS_BETWEEN = re.compile(r"领域\s*[,，]")  # the fields as the subject of the next clause
# a sentence whose subject is a counted group of projects, centres or platforms (120个科技创新项目
# 完成研发投入30.7亿元; 聚焦…建设的25家市级企业科技创新中心,…技术合同成交额3835万元)
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*年(?:度|底|末)?\s*[,，]?\s*)?(?:[^,，。;；\d]{0,40}的)?\s*"
    r"(?:\d+|[一二两三四五六七八九十百]+)\s*(?:个|家|项|所|批)[^,，。;；\d]{0,16}?"
    r"(?:项目|中心|平台|基地|实验室|联盟)"
)


def _counted_group_subject(text: str, s_start: int, alias_start: int) -> bool:
    """Whether the sentence opens with a counted group of projects or centres whose figures
    (the indicator after it) are that group's part of the whole."""
    m = _GROUP_SUBJECT.match(text, s_start)
    if m is None or m.end() > alias_start:
        return False
    # 3个…平台和2个全国重点实验室获批,新增高新技术企业超过340家: the group's own clause ends at its
    # verb; the figure after it is the area's (not 7个省重大科技创新项目,全年完成研发投入1.1亿元)
    own_clause = _GROUP_CLAUSE.match(text, m.end())
    return own_clause is None or own_clause.end() > alias_start


_GROUP_CLAUSE = re.compile(
    r"[^,，。;；]{0,20}?(?:获批|获得|建成|落地|成立|揭牌|入选|通过|落户)[^,，。;；]{0,8}[,，]"
)


# the leading items of a breakdown, then their values: …居前三位,分别为; 排名前五的是…,分别为
_RANKED_THEN_VALUES = re.compile(
    r"(?:居|位居|排|排名|列|位列)\s*(?:全[省市区县])?\s*前\s*[一二三四五六七八九十\d]+\s*"
    r"(?:位|名)?\s*(?:的是[^,，。;；]{0,40})?\s*[,，]?\s*分别"
)


def _ranked_parts(ctx: ResolveContext, s_start: int, pos: int) -> bool:
    """其中,电子信息、高技术服务…居前三位,分别为4111家、3046家: values of the leading items of a
    breakdown by field or industry are parts of the whole; leading places keep their figures."""
    text = ctx.text
    m = max(_RANKED_THEN_VALUES.finditer(text, s_start, pos), key=lambda x: x.start(), default=None)
    if m is None or not _values_only(text[m.end() : pos]):
        return False
    listed = max(s_start, text.rfind("其中", s_start, m.start()))
    return not ctx.scoper.paired(listed, m.end(), 0, 1)


# between 分别 and a value: only the values before it and their separators
_VALUES_ONLY = re.compile(r"[\s为是:：]*(?:[\d.,]+\s*[^\d、,，。;；]{0,4}\s*[、,，和及与]\s*)*")


def _values_only(gap: str) -> bool:
    return _VALUES_ONLY.fullmatch(gap) is not None


# a batch named between a verb and what it acts on: 组织申报第一批国家高新技术企业53家
_BATCH = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}批|首批|(?:上|下)半年)\s*$")


_ASIDE_OPEN = re.compile(r"\((?:含|其中|包括|包含)[^()]{0,6}$")


def _in_aside(text: str, pos: int) -> bool:
    """A number in parentheses that open with 含/其中: a part of the figure before it."""
    return bool(_ASIDE_OPEN.search(text, max(0, pos - 8), pos))


def _is_start_value(text: str, mention: Mention, clause_end: int, lead: str) -> bool:
    """由512户提高到7000户: a value after 由/从 that a reach word (提高到, 增长到) follows."""
    if not STARTS_FROM.search(lead):
        return False
    return has(cue_lists()["reach_words"], text[mention.end : clause_end])


def _threshold_of_members(text: str, c_start: int, end: int, s_end: int) -> bool:
    """Whether a value is the bar a count of places or trades passes (经费投入超过500亿元的
    行业大类有7个, R&D经费超百亿设区市达10个, 12个地区…经费投入超过千亿元), not a figure."""
    if _MEMBERS_AFTER.match(text, end, s_end):
        return True
    return _MEMBERS_COUNTED.match(text, c_start, end) is not None


_MEMBERS = r"(?:省份|省区市|省市|地区|市州|设区市|地市|城市|县市区|县区|行业大类|行业|高校)"
# …亿元(以上)的行业大类有7个 / …亿元设区市达10个 / …的市州 (株洲市成为第二个…跨入100亿元的市州)
_MEMBERS_AFTER = re.compile(
    rf"\s*(?:以上|以下)?(?:且[^,，。;；]{{0,24}}?)?(?:的\s*)?{_MEMBERS}(?![\u4e00-\u9fff]{{0,2}}(?:研发|R&D))"
)
# a clause that opens with a count of places: 12个地区研究与试验发展经费投入超过千亿元
_MEMBERS_COUNTED = re.compile(rf"\s*(?:\d+|[一二三四五六七八九十]+)\s*个\s*{_MEMBERS}[^,，。;；]*$")


def _start_year(ctx: ResolveContext, text: str, mention: Mention, year: int | None) -> int | None:
    """The year of a start value: its own (从2015年的…), else the year before the plan's
    period (十四五 values start from 2020), else the year before the target's."""
    own = re.search(
        r"((?:19|20)\d{2})年(?:底|末)?的?\s*$", text[max(0, mention.start - 10) : mention.start]
    )
    if own:
        return int(own.group(1))
    plan = _PLAN_END_BEFORE.search(text, max(0, mention.start - 10), mention.start)
    if plan:  # 由“十一五”末的0.7件: the end of that plan
        return five_year_plans()[plan.group(1)][1]
    if _LAST_YEAR_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return ctx.timer.relative_year("上年")  # 由上年的7.95亿元: the year before the text's
    sibling = _sibling_span(text, mention.start)
    if sibling is not None:
        return sibling
    span = _span_before(text, mention.start)
    if span is not None:  # 2017年—2019年,…投入强度由1.88%上升到1.99%: the span's first year
        return span
    since = _since_year(text, mention.start)
    if since is not None:  # 党的十八大以来,…高新技术企业由825家增长到…: where the review starts
        return since
    back = _years_back(text, mention.start)
    if back is not None and year:  # 过去五年,…研发投入强度从2.77%提高到3.3%: five years before
        return year - back
    doc = ctx.doc
    if doc.period_start and doc.period_end and doc.period_end > doc.period_start:
        return doc.period_start - 1  # a multi-year plan, or a review of one
    return year - 1 if year else None


def _reviewed_span_end(doc: DocContext, text: str, c_start: int, pos: int) -> bool:
    """Whether a figure ends an undated change (从X增至Y) in a text, no plan, written after the
    five-year plan it reviews: its start is the year before the plan (see _start_year), its end
    the plan's last year."""
    if doc.is_plan or not doc.period_start or not doc.period_end:
        return False
    if (doc.period_start, doc.period_end) not in _plan_spans():
        return False  # 过去五年 and this year (2018-2023): the span's end is no year reviewed
    if doc.year is None or doc.year <= doc.period_end:
        return False  # written before the plan ended: 近年来…由25.5亿元增长到54.5亿元 is older
    clause = text[c_start:pos]
    return _UNDATED_CHANGE_TO.search(clause) is not None and not _ANY_YEAR.search(clause)


@cache
def _plan_spans() -> frozenset[tuple[int, int]]:
    """The years of each five-year plan (十四五: 2021, 2025)."""
    return frozenset(tuple(span) for span in five_year_plans().values())


# 从2282家增至 / 由1.8%提高到: a change whose end value follows
_UNDATED_CHANGE_TO = re.compile(
    r"[从由][^,，。;；]{0,30}?(?:提高|提升|增加|增长|上升|发展|增|跃升)(?:到|至)\s*$"
)
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|十[一二三四五]五|上年|去年")


_PLAN_END_BEFORE = re.compile(r"(十[一二三四五]五)[”\"']?\s*(?:末|期末|时期末)的?\s*$")
SIBLING_CHARS = 300  # how far back a parallel change with its years may stand
_DATED_CHANGE = re.compile(
    r"(?:从|由)\s*((?:19|20)\d{2})\s*年(?:底|末)?的[^。;；\n]{0,40}?(?:到|至)\s*"
    r"((?:19|20)\d{2})\s*年"
)


_PLAN_DATED_CHANGE = re.compile(
    r"(?:从|由)\s*[“\"']?(十[一二三四五]五)[”\"']?\s*(?:末|期末|时期末)的[^。;；\n]{0,40}?(?:到|至)"
)


def _end_of_next_plan(ctx: ResolveContext, c_start: int, pos: int) -> int | None:
    """The year of a change's end value written without one, when the change starts at the end
    of a five-year plan (从“十二五”末的319家增加到1229家): the end of the plan after it, once
    the text is written after that year."""
    last = max(
        _PLAN_DATED_CHANGE.finditer(ctx.text, c_start, pos), key=lambda m: m.start(), default=None
    )
    if last is None or not _REACHED_RIGHT_BEFORE.fullmatch(ctx.text, last.end(), pos):
        return None
    end = five_year_plans()[last.group(1)][1] + PLAN_YEARS
    written = ctx.doc.year
    return end if written is None or written > end else None


PLAN_YEARS = 5
# the number follows the reach word of the change at once: 增加到1229家, 提高到了… (not 提升到目前的
# 2.03%: a time of its own)
_REACHED_RIGHT_BEFORE = re.compile(r"[了\s]{0,3}")


def _sibling_span(text: str, start: int) -> int | None:
    """The start year of the latest dated change before `start` in its paragraph: 由2015年的
    17.3亿元增长到2019年的31亿元,带动研发支出由25.5亿元增长到54.5亿元 — the second change,
    undated, runs over the same years."""
    window_start = max(0, start - SIBLING_CHARS, text.rfind("\n", 0, start) + 1)
    dated = list(_DATED_CHANGE.finditer(text, window_start, start))
    planned = list(_PLAN_DATED_CHANGE.finditer(text, window_start, start))
    if planned and (not dated or planned[-1].start() > dated[-1].start()):
        # 强度从“十三五”末的1.47%提升到1.91%,总量从21.18亿元…: from the end of that plan
        return five_year_plans()[planned[-1].group(1)][1]
    return _first_year(dated)


def _span_before(text: str, start: int) -> int | None:
    """The first year of a span of years (2017年—2019年) written earlier in the sentence."""
    window_start = max(0, start - SIBLING_CHARS, *(text.rfind(ch, 0, start) + 1 for ch in "。\n"))
    return _first_year(list(_YEAR_SPAN.finditer(text, window_start, start)))


SINCE_CHARS = 800  # how far back the opening of a review (2017年以来, 党的十八大以来) may stand


@cache
def _since_re() -> re.Pattern[str]:
    congresses = "|".join(map(re.escape, party_congresses()))
    return re.compile(rf"(?:((?:19|20)\d{{2}})\s*年|({congresses}))\s*以来")


def _since_year(text: str, start: int) -> int | None:
    """The year a review opens with (2017年以来, 党的十八大以来) written in the SINCE_CHARS before
    `start`: the year of the start values of the changes it goes on to list."""
    found = list(_since_re().finditer(text, max(0, start - SINCE_CHARS), start))
    if not found:
        return None
    year, congress = found[-1].groups()
    return int(year) if year else party_congresses()[congress]


def _years_back(text: str, start: int) -> int | None:
    """The years a review looks back over (过去五年, 近5年来, 五年来) written in its paragraph in
    the YEARS_BACK_CHARS before `start`: how far before the end value its start value lies."""
    window = text[max(0, start - YEARS_BACK_CHARS) : start]
    window = window[window.rfind("\n") + 1 :]
    found = list(_YEARS_BACK.finditer(window))
    if not found:
        return None
    n = parse_number(found[-1].group(1) or found[-1].group(2))
    return int(n) if n is not None and 2 <= n <= 10 else None


_YEARS_BACK = re.compile(
    r"(?:过去|近|这)\s*([二两三四五六七八九十\d]{1,2})\s*年(?:来|间|里)?"
    r"|(?<![\d年])([二两三四五六七八九十\d]{1,2})\s*年(?:来|间)"
)
YEARS_BACK_CHARS = 120


def _first_year(spans: list[re.Match[str]]) -> int | None:
    """The first year of the last span (groups 1 and 2: its years), if it runs forward."""
    if not spans:
        return None
    first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
    return first if first < last else None


def _is_incentive(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Money or a share given as a reward: an incentive word in the number's own clause, or a
    clause that gives (给予/予以/最高…) in a sentence about 奖励/补贴/资助."""
    words = cue_lists()["incentive_words"]
    if has(words, text[clause[0] : clause[1]]):
        return True
    return has(cue_lists()["giving_words"], text[clause[0] : clause[1]]) and has(
        words, text[sentence[0] : sentence[1]]
    )


def _timing(
    mention: Mention, ctx: ResolveContext, c_start: int, sentence: tuple[int, int]
) -> tuple[int | None, str, list[str]]:
    """(year, status, review notes) of a figure, from its sentence, paragraph and headings."""
    text, pos = ctx.text, mention.start
    s_start = sentence[0]
    p_start = line_start(ctx, pos)
    clauses = enclosing_clauses(ctx, pos)
    headings = [(c.marker_end, c.marker_end + len(c.heading) + 1) for c in reversed(clauses)]
    lead = ctx.leads.get(p_start, 0)
    if lead == 0:
        lead = ctx.leads[p_start] = _lead_line(ctx, p_start)
    if lead:
        headings.append(lead)
    series = _series_year(ctx, pos, p_start, sentence[1])
    span_end = _average_over_span(text, c_start, pos, mention.end, sentence[1])
    plan_end = _end_of_next_plan(ctx, c_start, pos)
    if series is not None:
        year, cue = series, "text"
    elif span_end is not None:
        year, cue = span_end, "text"
    elif plan_end is not None:
        year, cue = plan_end, "text"
    else:
        year, cue = ctx.timer.year(pos, c_start, s_start, p_start, headings)
    heading_text = " ".join(c.heading for c in clauses)
    if lead:
        heading_text += " " + text[lead[0] : lead[1]]
    status = ctx.timer.status(text[s_start:pos], text[p_start:s_start], heading_text, year)
    if _GOAL_AFTER.match(text, mention.end) and (
        _FUTURE.search(text, s_start, pos) or not _ACHIEVED.search(text, s_start, pos)
    ):
        # 将…完成…突破270亿元的指引性目标: a value named a goal after it (实现…6100家以上的目标
        # reports one reached)
        status = "target"
    reached = goal_reached(text, c_start, pos, mention.end)
    if reached:
        status = "target"  # 超额完成全年4610家的目标任务, 完成全年任务数50家: the year's goal
    if (
        status == "target"
        and text[max(0, pos - 1) : pos] == "等"
        and not has(cue_lists()["target_verbs"], text[s_start:pos])
    ):
        status = "actual"  # …等186家高新技术企业: the firms there are
    if (
        status == "target"
        and cue == "none"
        and _RANKED_AFTER.match(text, mention.end, sentence[1])
        and not has(cue_lists()["goal_cues"], text[s_start:pos])
    ):
        status = "actual"  # …提升到65%,高于全市平均5.3个百分点,居全市第2位: a rank is reached
    if status == "actual" and cue == "text" and ctx.doc.year and year and year > ctx.doc.year:
        cue = "none"  # a fact does not take the goal year of an earlier sentence (到2025年…)
    if reached and cue not in ("text", "heading") and not _TO_COME.search(text, c_start, pos):
        cue = "none"  # 超额完成全年总数650家目标任务: the goal of the year the results are of
        # (全年有望完成新增500家的目标任务: this year's, still to be reached)
    if cue == "none":
        year, cue = ctx.timer.default_year(pos, "actual" if reached else status)
    if status == "actual":
        year = ctx.timer.whole_year_actual(year, cue, text[s_start:pos])
    if year is not None and ctx.timer.prior_value(pos, c_start):
        year -= 1  # …达到0.81%,较同期(0.45%): the value compared with is the year before's
    review = []
    if cue == "none" and status == "target":
        review.append("no target year in the text")
    return year, status, review


# an average rate, then the span it is over: 年均增长率达到53.4%,已从2017年的688家增至2019年…
_AVERAGE = re.compile(r"年均|年平均|平均每年")
_SPAN_AFTER = re.compile(
    r"\s*%?\s*[,，]\s*(?:已|并|即)?\s*[从由]\s*(?:19|20)\d{2}\s*年[^,，。;；]{0,16}?"
    r"(?:增至|增加到|增长到|提高到|提升到|上升到|到|至)\s*((?:19|20)\d{2})\s*年"
)


def _average_over_span(text: str, c_start: int, pos: int, end: int, s_end: int) -> int | None:
    """The last year of the span an average rate is over, when the clause after it states the
    span (年均增长率达到53.4%,已从2017年的688家增至2019年的1620家 -> 2019)."""
    if not _AVERAGE.search(text, c_start, pos):
        return None
    m = _SPAN_AFTER.match(text, end, s_end)
    return int(m.group(1)) if m else None


_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年")
SERIES_CHARS = 200  # how far before its 分别 a series' span of years may stand


def _series_year(ctx: ResolveContext, pos: int, p_start: int, s_end: int) -> int | None:
    """2015-2018年,…经费投入分别29.92、29.64、33.57、30.75亿元: as many values after 分别 as
    the span has years, so the i-th value is the i-th year's."""
    text = ctx.text
    at = text.rfind("分别", p_start, pos)
    if at == -1:
        return None
    values = values_after(ctx, at, clause_end(text, at, s_end))
    if pos not in values or len(values) < 2:
        return None
    window = max(p_start, at - SERIES_CHARS)
    spans = list(_YEAR_SPAN.finditer(text, window, at))
    lists = list(_LISTED_YEARS.finditer(text, window, at))
    if lists and (not spans or lists[-1].start() > spans[-1].start()):
        # 2020年、2021年、2022年,…成交额分别为1533.66亿元、2343.44亿元、3053.5亿元: one each
        years = [int(y) for y in WRITTEN_YEAR.findall(lists[-1].group())]
        in_order = years == sorted(set(years))
        return years[values.index(pos)] if in_order and len(years) == len(values) else None
    if not spans:
        return None
    first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
    if last - first + 1 != len(values):
        return None
    return first + values.index(pos)


# years listed one by one (2020年、2021年、2022年; 2021和2022年)
_LISTED_YEARS = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*年?(?:\s*(?:、|和|及|与|以及)\s*(?:19|20)\d{2}\s*年?)+"
)


_LIST_ITEM = re.compile(
    r"\s*(?:\d{1,2}\s*[.、)]|\(\s*[\d一二三四五六七八九十]{1,3}\s*\)|[一二三四五六七八九十]{1,3}\s*是)"
)


def _lead_line(ctx: ResolveContext, line_start: int) -> tuple[int, int] | None:
    """到2025年,主要目标: a line ending with a colon leads the list of lines below it; the span
    of that line, for the items of its list, or None."""
    text, starts = ctx.text, ctx.line_starts
    i = bisect.bisect_right(starts, line_start) - 1
    for j in range(i - 1, max(-1, i - 30), -1):
        a = starts[j]
        b = starts[j + 1] - 1
        line = text[a:b].rstrip()
        if not line:
            continue
        if line.endswith((":", "：")):
            return a, b
        if not _LIST_ITEM.match(line):
            return None
    return None


_RATE_AFTER = re.compile(r"\s*的\s*(?:年均)?\s*(?:增速|增幅|增长率|增长速度)")
_VALUES_LISTED_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:%|个百分点)?\s*[、和及]\s*)+$")


def _growth_zone(
    ctx: ResolveContext, subs: list[tuple[int, int]], k: int, pos: int, before: str, between: str
) -> str:
    """The words that may say a percentage is a growth rate: those before the number in its
    clause, or, when they say nothing (达到24.5%), the clause before it if that clause has no
    number of its own (R&D经费支出增速较快,达到24.5%)."""
    cues = cue_lists()
    # (…分别增长了55.7%、15.4%、17.9%: the verb the listed numbers before this one share)
    zone = between or _VALUES_LISTED_BEFORE.sub("", before)[-12:]
    said = cues["growth_markers"] + long_words(cues["level_markers"])
    own = zone or ctx.text[max(0, pos - 6) : pos]  # …增加值比重88.7%: the alias's own words
    if k == 0 or _SAYS_SHARE_OR_LEVEL.search(own):
        return zone
    p_start, p_end = subs[k - 1]
    if _SAYS_SHARE_OR_LEVEL.search(ctx.text, max(subs[k][0], pos - SHARE_WORDS_CHARS), pos):
        return zone  # …,增幅位于全省第3,增加值占规模工业的42.8%: its own clause says a share
    if has_quantity(ctx, p_start, p_end):
        return zone
    if (
        _LEVEL_RIGHT_BEFORE.search(zone) or _LEVEL_PREFIX.match(ctx.text, pos)
    ) and not _RATE_NOUN.search(ctx.text, p_start, p_end):
        return zone  # …指标稳步提升,科技进步贡献率预计超58.5%: its own verb says a level
        # (增速较快,突破20%: the rate the clause before names)
    if not has(said, zone) or (
        not between  # (…增速居全省前列,其中R&D经费投入强度达到1.8%: its own clause names it)
        and _BARE_REACH.fullmatch(zone)
        and _RATE_NOUN.search(ctx.text, p_start, p_end)
    ):  # 增速较快,达到24.5%: the rate named before a bare 达到 (not 强度逐年提高,达到2.37%)
        zone = ctx.text[p_start:p_end] + zone
    return zone


SHARE_WORDS_CHARS = 24  # how far before a number its clause may say it is a share (占…的)


def _merge(raw: list[tuple[Mention, Target]], text: str) -> list[Target]:
    """One target per goal: same indicator, kind, value, unit, year, scope and status; a
    headline's figure restated rounded, or restated in the body that dates it, is that one."""
    merged: dict[tuple, Target] = {}
    order = []
    strength = {"=": 0, "~": 1, "<=": 1, "<": 1, ">=": 2, ">": 3}
    keys = []
    for _, t in raw:
        key = (t.indicator, t.kind, t.value, t.value_max, t.unit, t.year, t.scope, t.status)
        keys.append(key)
        if key not in merged:
            merged[key] = t
            order.append(key)
        else:
            m = merged[key]
            m.sources.extend(t.sources)
            if strength[t.comparator] > strength[m.comparator]:
                m.comparator = t.comparator
            m.review = sorted(set(m.review) & set(t.review)) if m.review else m.review
    folded = _rounded_restatements(raw, keys, merged)
    for key, body in _headline_restatements(raw, keys, text).items():
        folded.setdefault(key, body)
    folded = _chains_followed(folded)
    for key, exact in folded.items():
        merged[exact].sources.extend(merged[key].sources)
    order = [k for k in order if k not in folded]
    for n, key in enumerate(order, start=1):
        merged[key].target_id = f"T{n:03d}"
    for (mention, _), key in zip(raw, keys, strict=True):
        if mention.target_ref is None:  # a number for several indicators (各) refers to the first
            mention.target_ref = merged[folded.get(key, key)].target_id
    return [merged[k] for k in order]


def _chains_followed(folded: dict[tuple, tuple]) -> dict[tuple, tuple]:
    """Each folded key mapped to the figure it ends at when that one is folded too (a headline
    into a rounded restatement into the exact fact); a key in a loop is not folded."""
    out = {}
    for key, target in folded.items():
        seen = {key}
        while target in folded and target not in seen:
            seen.add(target)
            target = folded[target]
        if target not in folded:
            out[key] = target
    return out


def _rounded_restatements(
    raw: list[tuple[Mention, Target]], keys: list[tuple], merged: dict[tuple, Target]
) -> dict[tuple, tuple]:
    """Reported facts restated rounded elsewhere in the text (a headline's 破3000亿元 or 近百亿
    beside the body's 3017.86亿元), each mapped to the exact fact's key: one fact, not two."""
    exact = {}
    for (mention, t), key in zip(raw, keys, strict=True):
        if (
            t.status == "actual"
            and t.comparator == "="
            and not _ROUNDED_WORDS.search(mention.quantity.surface)
        ):
            exact.setdefault(_fact_key(t), []).append(key)
    folded = {}
    for (mention, t), key in zip(raw, keys, strict=True):
        if t.status != "actual" or key in folded:
            continue
        for other in exact.get(_fact_key(t), []):
            e = merged[other]
            if other != key and _restates(mention.quantity.surface, t, e.value):
                folded[key] = other
                break
    return folded


def _headline_restatements(
    raw: list[tuple[Mention, Target]], keys: list[tuple], text: str
) -> dict[tuple, tuple]:
    """A headline's figure that the body states again with a year the headline does not write
    (焦点日报:X市高新技术企业将突破5200家 over 预计2022年…将突破5200家): the body's figure,
    dated as the body dates it; each headline key mapped to the body's."""
    start = len(text) - len(text.lstrip())  # (a portal's menu above it is blanked)
    end = text.find("\n", start)
    if end == -1 or end - start > HEADLINE_CHARS or WRITTEN_YEAR.search(text, start, end):
        return {}
    body = {}
    for (mention, t), key in zip(raw, keys, strict=True):
        if mention.start > end:
            body.setdefault(_undated_key(t), key)
    folded = {}
    for (mention, t), key in zip(raw, keys, strict=True):
        same = body.get(_undated_key(t)) if mention.start < end else None
        if same is not None and same != key:
            folded[key] = same
    return folded


def _undated_key(t: Target) -> tuple:
    """A figure as stated, whatever year and status it was given."""
    return (t.indicator, t.kind, t.value, t.value_max, t.unit, t.scope)


HEADLINE_CHARS = 60  # a first line longer than this is a paragraph, not a headline


def _fact_key(t: Target) -> tuple:
    return (t.indicator, t.kind, t.unit, t.year, t.scope)


# numbers that are rounded by how they are written: in words (三千亿元, 百亿) or in tenths (7成)
_ROUNDED_WORDS = re.compile(r"^[^\d]*$|成")


def _restates(surface: str, t: Target, exact: Decimal) -> bool:
    """`t` is `exact` rounded: fewer significant digits, a bound it passes (突破3000 before
    3017.86) or a value it is near (近百亿 before 97.93; 7成 before 74.21%)."""
    if t.value_max is not None or not t.value or _significant(t.value) >= _significant(exact):
        return False
    q = t.value
    if t.comparator in (">", ">="):
        return q <= exact < q * ROUNDED_ABOVE
    if t.comparator == "~" or _ROUNDED_WORDS.search(surface):
        return abs(exact - q) <= q * ROUNDED_NEAR
    return False


ROUNDED_ABOVE = Decimal("1.2")  # 突破3000亿元 for 3017.86 (not 突破4万家 beside 5万家)
ROUNDED_NEAR = Decimal("0.1")  # 近百亿 for 97.93; 7成 for 74.21%
