"""Which indicator a number is a figure of: the registry alias nearest it in its list item.

A noun right after the number wins (组建3个产业技术创新战略联盟); else the alias before it in its
item, clause or an earlier clause of the sentence; a clause with a number and no alias continues
the figure of the clause before it (…达到461家,较上年度增加91家,增长24.59%) unless it names
something else; values after 分别 pair with the indicators listed before it; a sentence opening
with 其中 or naming nothing but years and places goes on with the figure of the sentence before.
ResolveContext holds the per-document lookups every number asks (sentences, clauses, aliases).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import pairwise

from cityplans.context import DocContext
from cityplans.cue_words import cue_lists, has
from cityplans.mention import Mention
from cityplans.numbers import COUNT_UNITS, MASKED_YEAR
from cityplans.registry import Indicator, registry
from cityplans.resources import load_yaml
from cityplans.scope import Scoper
from cityplans.segment import Clause
from cityplans.timing import Timer

_SUBCLAUSE = re.compile(r"[,，:：]")


# a noun right after a carried count: it counts that noun (50家市级研发平台), not the figure
# before; 以上/左右/的 and punctuation are no noun
_COUNTED_NOUN = re.compile(r"[“\"']?(?!以上|左右|的|和|与|及|等|、|目标|任务)[\u4e00-\u9fff]{2}")


_VERB_AFTER = re.compile(
    r"提高|提升|增长|增加|增幅|增速|上升|下降|减少|达到|突破|超过|增至|同比|比上|较上|比去|较去|以上|左右|"
    r"其中|分别|居|位居|排|列|占"
)


_DEMONSTRATIVE = re.compile(r"这|该|此|上述|以上")


# what may stand between a count and the indicator it counts: 10个以上创新团队, 5家市级重点实验室
_QUALIFIERS = re.compile(
    r"(?:以上|左右|的|国家级|国家|省级以上|省级|市级以上|市级|省市级|自治区级|自治区|区级|县级|州级|"
    r"新|重点|\s)*"
)


# a count of something that is no indicator: 27家企业39个产品, 258家企业中; places counted after
# their list (X区、Y区、Z县4个县(市、区)), not a level of government (3个市级孵化器)
_OTHER_NOUN = re.compile(
    r"(?:企业|公司|单位|产品|项目|机构|家企|个产品|(?:县|市|区|州|旗|乡镇|地市|城市)(?![级域属]))"
)

# 35家企业通过高新技术企业认定, 4家企业荣获…认定, 12家企业被认定为高新技术企业, 其中38家被国家认定为
# 高新技术企业: firms counted as they gain the indicator's status
# (38家被国家认定为…: the firms may go unnamed)
_FIRMS_THEN = re.compile(
    r"(?=\s*(?:企业|单位|公司|通过|荣获|获得|获批|被|纳入|列入|予以|为))"
    r"\s*(?:企业|单位|公司)?\s*(?:通过|荣获|获得|获批|获|被|成功|顺利|首次|新|完成|纳入|列入|进入|予以)*"
    r"\s*(?:全国|国家|省|市)?"
    # (10家企业为本年新增高新技术企业: the firms counted are new ones of the status)
    r"\s*(?P<as>认定为|评为|认定成为|成为|获评|入库|入选|入围"
    r"|为(?:本年|今年|当年|本批|本次)?(?:新增|新认定|新晋))?"
    # (…入选江苏省2024年高新技术企业名单: the list's province and year)
    r"\s*(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区|市))?\s*(?:(?:19|20)\d{2}\s*年度?)?"
    r"\s*(?:国家级|国家|省级以上|省级|市级|省)?\s*$"
)
_STATUS_AFTER = re.compile(r"\s*(?:认定|备案|入库|评价|资格|称号|信息库|名单|名录|库)")
RECOGNISED = "firms counted as they gain the status (35家企业通过高新技术企业认定)"


# 656家企业通过国家备案, 35家企业通过认定, 共70家企业通过评审: firms gaining a status the
# sentence named before
_GAINED_UNNAMED = re.compile(
    r"\s*(?:企业|单位)\s*(?:成功|顺利|均|全部)?\s*(?:通过|获得)\s*(?:国家|省|市)?\s*(?:认定|备案|评审)"
    r"(?![\u4e00-\u9fff]{0,2}的)"
)


# 233家企业成功入围, 共1223家企业入选: firms on a list (of the status the sentence named)
_LISTED_IN = re.compile(r"\s*(?:企业|单位)\s*(?:成功|顺利)?\s*(?:入选|入围|上榜|在列|入库)")
_A_LIST = re.compile(r"名单|名录")
# a batch late in a year's series (第三批 on): a register filled month by month, not the year
_LATE_BATCH = re.compile(r"第\s*(?:[三四五六七八九]|十[一二三四五六七八九]?|[3-9]|1\d)\s*批")


def _status_gained(mention, ctx: ResolveContext, subs: list[tuple[int, int]]):
    """(…高新技术企业申报数达817家,)656家企业通过国家备案: the alias of the firms' status the
    sentence named before the count, when the words after it gain a status they do not name;
    (…科技型中小企业认定的第二批公告名单,…)233家企业成功入围: the firms of a list it named."""
    text = ctx.text
    gained = _GAINED_UNNAMED.match(text, mention.end)
    listed = gained is None and _LISTED_IN.match(text, mention.end)
    if mention.quantity.unit not in COUNT_UNITS or not (gained or listed):
        return None
    earlier = aliases_within(ctx, subs[0][0], mention.start)
    if not earlier or earlier[-1][2].unit not in COUNT_UNITS:
        return None
    if listed:
        if not _A_LIST.search(text, earlier[-1][1], min(earlier[-1][1] + 16, mention.start)):
            return None
        if _LATE_BATCH.search(text, max(subs[0][0], earlier[-1][0] - 12), earlier[-1][0]):
            return None  # 第九批…名单,新区563家企业入选: one of a rolling register's many batches
        gained = listed
    return gained.end(), gained.end(), earlier[-1][2]  # the status words end where a name would


def _recognised_as(text: str, end: int, in_clause):
    """The alias of a status the firms counted before it gain (…家企业通过<alias>认定)."""
    for a in in_clause:
        if not 0 < a[0] - end <= 16:
            continue
        m = _FIRMS_THEN.fullmatch(text, end, a[0])
        if m and (m["as"] or _STATUS_AFTER.match(text, a[1])):
            return a
    return None


@dataclass
class ResolveContext:
    """Per-document lookups shared by every mention."""

    text: str
    doc: DocContext
    clauses: list[Clause]
    aliases: list[tuple[int, int, Indicator]]
    alias_starts: list[int]
    sentence_bounds: list[int]
    line_starts: list[int]
    timer: Timer
    scoper: Scoper | None
    quantity_starts: list[int] = field(default_factory=list)
    mention_ends: dict[int, int] = field(default_factory=dict)
    units: dict[int, str | None] = field(default_factory=dict)  # each number's unit, by start
    values: dict[int, Decimal] = field(default_factory=dict)  # each number's value, by start
    enclosing: dict[int, list[Clause]] = field(default_factory=dict)
    clause_starts: list[int] = field(default_factory=list)
    sentences: dict[int, tuple] = field(default_factory=dict)
    leads: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    subclauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)  # why a number was set aside, by start
    scopes: dict[int, str] = field(default_factory=dict)  # the scope of each figure, by start
    kinds: dict[int, tuple[str, str]] = field(default_factory=dict)  # (indicator, kind) by start


def sentence_span(ctx: ResolveContext, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(ctx.sentence_bounds, pos) - 1
    return ctx.sentence_bounds[i], ctx.sentence_bounds[min(i + 1, len(ctx.sentence_bounds) - 1)]


def line_start(ctx: ResolveContext, pos: int) -> int:
    """Where the paragraph holding `pos` starts: its line, or its numbered section when a page
    that lost its line breaks runs several sections together."""
    line = ctx.line_starts[bisect.bisect_right(ctx.line_starts, pos) - 1]
    inner = enclosing_clauses(ctx, pos)
    return max(line, inner[-1].start) if inner else line


def enclosing_clauses(ctx: ResolveContext, pos: int) -> list[Clause]:
    """The clauses holding `pos`, outermost first: from the last clause starting at or
    before `pos` back to the first top-level one (asked several times per number: once)."""
    found = ctx.enclosing.get(pos)
    if found is None:
        found = []
        i = bisect.bisect_right(ctx.clause_starts, pos) - 1
        while i >= 0:
            clause = ctx.clauses[i]
            if clause.end > pos:
                found.append(clause)
                if clause.level == 1:
                    break
            i -= 1
        found.reverse()
        ctx.enclosing[pos] = found
    return found


def subclauses_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in _SUBCLAUSE.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def any_alias(ctx: ResolveContext, start: int, end: int) -> bool:
    """Whether an alias starts inside [start, end)."""
    return bisect.bisect_left(ctx.alias_starts, start) < bisect.bisect_left(ctx.alias_starts, end)


def aliases_within(ctx: ResolveContext, start: int, end: int) -> list[tuple[int, int, Indicator]]:
    """Aliases lying wholly inside [start, end)."""
    i = bisect.bisect_left(ctx.alias_starts, start)
    j = bisect.bisect_left(ctx.alias_starts, end)
    return [a for a in ctx.aliases[i:j] if a[1] <= end]


def sentence_indicators(ctx: ResolveContext, s_start: int, s_end: int):
    """(whether the sentence names an indicator, the carried-in clause or None), per sentence."""
    found = ctx.sentences.get(s_start)
    if found is None:
        named = any_alias(ctx, s_start, s_end)
        found = ctx.sentences[s_start] = (
            named,
            None if named else _continued_sentence(ctx, s_start),
        )
    return found


# sentences that go on with the figure of the one before: 其中…, 分地区看,…
_CONTINUES = re.compile(r"\s*(?:其中|分别为|分别是|具体为|包括|分(?:地区|区域|地市|市|县|行业)看)")


def _continued_sentence(ctx: ResolveContext, s_start: int) -> tuple[int, int] | None:
    """其中,长沙市233.82亿元、…: a sentence that opens with 其中 continues the figure of the
    sentence before it in the paragraph; (start, end) of that sentence's last clause."""
    if s_start == 0:
        return None
    if not _CONTINUES.match(ctx.text, s_start) and not _bare_sentence(ctx, s_start):
        return None
    prev_start, _ = sentence_span(ctx, s_start - 1)
    if prev_start < line_start(ctx, s_start):
        return None
    if not any_alias(ctx, prev_start, s_start):
        # a list of places goes on: …;六枝特区0.84亿元…;水城3.29亿元: the figure carried before
        named, carried = sentence_indicators(ctx, prev_start, s_start)
        return None if named or carried is None else (carried[0], s_start)
    last = aliases_within(ctx, prev_start, s_start)[-1]
    return last[0], s_start


def _bare_sentence(ctx: ResolveContext, s_start: int) -> bool:
    """2016年净增12家,2017年净增21家: a sentence that names nothing before its first number
    (only years, places and verbs) speaks of the figure of the sentence before."""
    i = bisect.bisect_left(ctx.quantity_starts, s_start)
    if i >= len(ctx.quantity_starts):
        return False
    first = ctx.quantity_starts[i]
    s_end = sentence_span(ctx, s_start)[1]
    lead = ctx.text[s_start:first]
    if first >= s_end or _DEMONSTRATIVE.search(lead) or not ctx.text[first].isdigit():
        return False  # 这三项…: a reference back, not a figure
    # a place names whose figure it is, not another figure: …分别为钟山区5.10亿元;六枝特区0.84亿元
    return not starts_new_subject(ctx.scoper.without_scopes(s_start, first))


def item_start_at(text: str, c_start: int, pos: int, ctx: ResolveContext) -> int:
    """Start of the 、-separated list item holding `pos` (a 、 inside an alias does not split)."""
    i = text.rfind("、", c_start, pos)  # from the last 、 back: the first one that splits
    while i != -1:
        if not inside_alias(ctx, i):
            return i + 1
        i = text.rfind("、", c_start, i)
    return c_start


def inside_alias(ctx: ResolveContext, pos: int) -> bool:
    i = bisect.bisect_right(ctx.alias_starts, pos) - 1
    return i >= 0 and ctx.aliases[i][0] <= pos < ctx.aliases[i][1]


# a noun that refers back to the figure named before it: 这个数字在2015年是55.3%, 这一比重要达到2%
_REFERENCE = re.compile(r"(?:这个|这一|该|此)(?:数字|数据|数值|比重|比例|比值|指标)")


def _referred_back(mention: Mention, ctx: ResolveContext, c_start: int, in_clause: list):
    """…贡献率要达到60%,这个数字在2015年是55.3%: a figure whose clause refers back (这个数字)
    with no indicator of its own between the reference and it is of the indicator named last
    before the reference in its paragraph."""
    ref = _REFERENCE.search(ctx.text, c_start, mention.start)
    if ref is None or any(ref.end() <= a[0] < mention.start for a in in_clause):
        return None
    earlier = aliases_within(ctx, line_start(ctx, c_start), ref.start())
    if not earlier:
        return None
    a = earlier[-1]
    return a[2], ref.start(), ref.end(), ["the indicator a reference names back (这个数字)"], a[0]


def link_indicator(mention: Mention, ctx: ResolveContext, subs: list[tuple[int, int]], k: int):
    """(indicator, alias start, alias end, review notes, quote start) or None."""
    text = ctx.text
    c_start, c_end = subs[k]
    paired = _paired(mention, ctx, subs, k)
    if paired is NOT_A_FIGURE:
        mention.note = "paired with a name that is no indicator (…、登记项数分别增长…)"
        return None
    if paired is not None:
        return paired
    item_start = item_start_at(text, c_start, mention.start, ctx)
    in_clause = aliases_within(ctx, c_start, c_end)
    # a noun right after the number: 组建3个产业技术创新战略联盟, 10个以上创新团队
    after = [
        a
        for a in in_clause
        if 0 <= a[0] - mention.end <= 6 and _QUALIFIERS.fullmatch(text, mention.end, a[0])
    ]
    if mention.quantity.unit in COUNT_UNITS and after:
        a = after[0]
        counted = _counted_prefix(text, a)  # 213家高新技术企业实现营业收入…: the firms
        return counted or a[2], a[0], a[1], [], item_start
    recognised = _recognised_as(text, mention.end, in_clause)
    if mention.quantity.unit in COUNT_UNITS and recognised:
        a = recognised
        return a[2], a[0], a[1], [RECOGNISED], item_start
    gained = _status_gained(mention, ctx, subs)
    if gained is not None:
        return gained[2], gained[0], gained[1], [RECOGNISED], mention.start
    newly = _newly_recognised_part(mention, ctx, subs, k)
    if newly is not None:
        return newly[2], newly[0], newly[1], [NEWLY_RECOGNISED], c_start
    if mention.quantity.unit in COUNT_UNITS and _OTHER_NOUN.match(text, mention.end):
        mention.note = "counts another noun (27家企业)"
        return None
    referred = _referred_back(mention, ctx, c_start, in_clause)
    if referred is not None:
        return referred
    before_item = [a for a in in_clause if item_start <= a[0] and a[1] <= mention.start]
    if before_item:
        a = before_item[-1]
        if _joined(text, in_clause, a):
            if _EACH.match(text, a[1]):
                # 高新技术企业和专精特新企业各100家: the number counts each of them
                prev = in_clause[in_clause.index(a) - 1]
                mention.note = EACH_ALSO + prev[2].id
                return (
                    a[2],
                    a[0],
                    a[1],
                    [f"the same figure for each of {prev[2].id} and it"],
                    prev[0],
                )
            mention.note = COMBINED
            return None
        if starts_new_subject(ctx.scoper.without_scopes(a[1], mention.start)):
            if _JOINED_NOUN.match(text, a[1]):
                mention.note = COMBINED  # 高新技术企业和高新产品登记备案企业达到355家
            return None  # 科技型中小企业179雏鹰企业40…8家: the number belongs to another noun
        return a[2], a[0], a[1], [], min(item_start, a[0])
    before_clause = [a for a in in_clause if a[1] <= mention.start]
    subject = ctx.scoper.without_scopes
    if before_clause and not starts_new_subject(subject(before_clause[-1][1], mention.start)):
        a = before_clause[-1]
        return a[2], a[0], a[1], ["indicator from an earlier list item"], a[0]
    framing = _framing(ctx, subs, k)
    if framing is not None and not in_clause:
        # 从技术合同成交额来看,长沙以31.52亿元居首,湘潭、株洲分别以27.99亿元、15.91亿元…
        return framing[2], framing[0], framing[1], ["indicator of the sentence's framing"], c_start
    if starts_new_subject(subject(c_start, mention.start)) and not goal_reached(
        text, c_start, mention.start, mention.end
    ):
        return None
    if _COUNTED_NOUN.match(text, mention.end) and not _VERB_AFTER.match(text, mention.end):
        mention.note = "counts the noun after it (新组建50家市级研发平台)"
        return None
    for j in range(k - 1, -1, -1):
        p_start, p_end = subs[j]
        prev = aliases_within(ctx, p_start, p_end)
        if prev:
            a = prev[-1]
            return a[2], a[0], a[1], ["indicator carried over from the clause before"], a[0]
        if completion_clause(text, p_start, p_end) or _PASS_RATE.fullmatch(text, p_start, p_end):
            continue  # 5018家,完成全年任务指标的108.9%,同比增长11.7%: the growth of 5018家;
            # N家企业通过…认定,通过率为90%,总量达M家: the total of the same firms
        if has_quantity(ctx, p_start, p_end) and starts_new_subject(subject(p_start, p_end)):
            return None  # the clause between names another figure (营业总收入1086.2亿元)
    return None


# a clause that measures the figure before against its goal: 完成全年任务指标的108.9%
_COMPLETION = re.compile(
    r"[,，\s]*(?:提前|超额|已)*完成[^,，。;；\d]{0,12}?(?:目标|任务|计划)[^,，。;；\d]{0,4}?"
    r"(?:的)?\s*\d+(?:\.\d+)?\s*%[,，\s]*"
)


# a clause that only gives the share of applications that passed: 通过率为91.4%
_PASS_RATE = re.compile(
    r"[,，\s]*(?:认定)?(?:通过率|合格率|成功率)\s*(?:为|达到|达|是)?\s*\d+(?:\.\d+)?\s*%[,，\s]*"
)


# a clause that names the goal the figure before reached: 超额完成全年净增130家目标任务
_DONE = r"完成(?:了)?(?:全年|年度|本年度|今年)?"  # a goal reached, of the year
_GOAL_WORD = r"(?:目标任务|目标|任务)"
_GOAL_NOUN_AFTER = re.compile(rf"\s*的?(?:年度)?{_GOAL_WORD}")
_GOAL_NAMED = re.compile(
    rf"[,，\s]*(?:提前|超额|已)*{_DONE}[^,，。;；\d]{{0,4}}?\d+(?:\.\d+)?\s*[家个项件户所]?"
    + _GOAL_NOUN_AFTER.pattern
    + r"[,，\s]*"
)
# the goal a results sentence says it reached: 超额完成全年4610家的目标任务
_REACHED_BEFORE = re.compile(rf"{_DONE}[\u4e00-\u9fff]{{0,4}}?\s*$")
_REACHED_GOAL_BEFORE = re.compile(rf"{_DONE}的?{_GOAL_WORD}数?\s*$")  # 超额完成全年任务数50家


NEWLY_RECOGNISED = "the newly recognised part of a batch of the indicator named before"
# 其中新认定企业19家, 其中首次认定20家: the new part of a batch (重新认定 the rest)
_NEWLY = r"(?:新认定|首次认定|首次通过认定|新通过认定)"
_NEWLY_PART = re.compile(rf"\s*其中\s*{_NEWLY}(?:的)?(?:企业)?\s*")
# 其中4家企业为新认定: the same part, its words after the count
_NEWLY_AFTER = re.compile(
    rf"\s*(?:企业)?\s*(?:为|系|是|属于?)\s*{_NEWLY}(?![\u4e00-\u9fff]{{0,2}}的)"
)
_AMONG = re.compile(r"\s*其中\s*")


def _newly_recognised_part(mention: Mention, ctx: ResolveContext, subs, k: int):
    """…高新技术企业认定名单公布,该市有46家企业在列,其中新认定企业19家: the indicator the
    sentence named the batch by, when it names only that one."""
    c_start, text = subs[k][0], ctx.text
    before, after = _NEWLY_PART.fullmatch(text, c_start, mention.start), None
    if before is None and _AMONG.fullmatch(text, c_start, mention.start):
        after = _NEWLY_AFTER.match(text, mention.end)
    if k == 0 or (before is None and after is None):
        return None
    named = aliases_within(ctx, subs[0][0], c_start)
    return named[-1] if len({a[2].id for a in named}) == 1 else None


def goal_reached(text: str, c_start: int, start: int, end: int) -> bool:
    """Whether the number at [start, end) is the goal its clause says was reached (完成全年
    4610家的目标任务, 完成全年任务数50家): the goal of the figure before, not another count."""
    if _REACHED_GOAL_BEFORE.search(text, c_start, start):
        return True
    reached = _REACHED_BEFORE.search(text, c_start, start) is not None
    return reached and _GOAL_NOUN_AFTER.match(text, end) is not None


# a sentence framed by one indicator: 从技术合同成交额来看,…; 就研发投入强度而言,…
_FRAMING = re.compile(r"\s*(?:从|就)[^,，。;；]{2,24}?(?:来看|看|而言|方面)\s*[,，]?\s*")


def _framing(ctx: ResolveContext, subs: list[tuple[int, int]], k: int):
    """The one indicator named by a clause that frames its sentence (从X来看,), if the number
    stands in a later clause of it."""
    if k == 0:
        return None
    start, end = subs[0]
    if not _FRAMING.fullmatch(ctx.text, start, end):
        return None
    named = aliases_within(ctx, start, end)
    return named[-1] if len({a[2].id for a in named}) == 1 else None


def completion_clause(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] only says how much of its goal the figure before reached, or
    names that goal (超额完成全年净增130家目标任务)."""
    return (
        _COMPLETION.fullmatch(text, start, end) is not None
        or _GOAL_NAMED.fullmatch(text, start, end) is not None
    )


def values_after(ctx: ResolveContext, at: int, end: int) -> list[int]:
    """Start offsets of the quantities in [at, end)."""
    starts = ctx.quantity_starts
    return starts[bisect.bisect_left(starts, at) : bisect.bisect_left(starts, end)]


def paired_place(mention: Mention, ctx: ResolveContext, s_start: int, s_end: int) -> str | None:
    at = ctx.text.rfind("分别", s_start, mention.start)
    if at == -1:
        return None
    values = values_after(ctx, at, clause_end(ctx.text, at, s_end))
    # (…分别以27.99亿元、15.91亿元位居二至三位: the ranks they hold are no values of the list)
    values = [v for v in values if not _is_rank(ctx, v)]
    if len(values) < 2 or mention.start not in values:
        return None
    return ctx.scoper.paired(s_start, at, values.index(mention.start), len(values))


_RANK = re.compile(r"\s*(?:位|名)(?![居列于次])")  # (not 位居, 位列: a verb)
_RANK_BEFORE = re.compile(r"(?:第|前|居|列)\s*$")
_SPAN = re.compile(r"[至到~～-]")


def _is_rank(ctx: ResolveContext, start: int) -> bool:
    """Whether the number at `start` is a rank (二至四位, 第3名, 居前5位), not a count of people
    (院士3名): 位 or 名 in it or after it, and a span or a rank word before it."""
    text, end = ctx.text, ctx.mention_ends.get(start, start)
    ranked = text[start:end].endswith(("位", "名")) or _RANK.match(text, end) is not None
    return ranked and (
        _SPAN.search(text, start, end) is not None
        or _RANK_BEFORE.search(text, max(0, start - 2), start) is not None
    )


def clause_end(text: str, pos: int, limit: int) -> int:
    """The end of the clause holding `pos`: the values a 分别 pairs stop at the next comma."""
    m = _SUBCLAUSE.search(text, pos, limit)
    return m.start() if m else limit


def since_last_number(ctx: ResolveContext, start: int, pos: int) -> str:
    """The text before `pos` back to the last number in [start, pos) (or to `start`)."""
    i = bisect.bisect_left(ctx.quantity_starts, pos) - 1
    if i >= 0 and ctx.quantity_starts[i] >= start:
        prev = ctx.mention_ends.get(ctx.quantity_starts[i], start)
        return ctx.text[prev:pos]
    return ""


_EACH = re.compile(r"\s*(?:数量|总数)?\s*(?:均|都)?\s*各")
# the note of a number that counts each of two indicators: the id of the other one follows it
EACH_ALSO = "each: also "
COMBINED = "one number for two indicators joined by 与/和 (a combined count)"


_JOIN = re.compile(r"\s*(?:与|和|及|以及)\s*(?:国家|省级|市级)?\S{0,4}$")


# another noun joined to an alias (高新技术企业和高新产品登记备案企业…355家): one count of both
_JOINED_NOUN = re.compile(r"\s*(?:和|与|及|以及)[^,，。;；、\d]{2,16}?(?:企业|机构|单位)")


def _joined(text: str, aliases, alias) -> bool:
    """高新技术企业与科技型中小企业533家: an alias joined to the one before it by 与/和."""
    i = aliases.index(alias)
    if i == 0:
        return False
    prev = aliases[i - 1]
    gap = text[prev[1] : alias[0]]
    return len(gap) <= 6 and bool(_JOIN.fullmatch(gap)) and "分别" not in text[alias[1] :][:8]


def _counted_prefix(text: str, alias) -> Indicator | None:
    """When a count stands before an alias of an amount that starts with the name of something
    counted (213家|高新技术企业|实现营业收入), the count is of that something."""
    if alias[2].unit in COUNT_UNITS or alias[2].unit == "家":
        return None
    reg = registry()
    for end in range(alias[1] - 1, alias[0] + 1, -1):
        found = reg.by_alias(text[alias[0] : end])
        if found is not None and found.unit in ("家", "个", "项", "件"):
            return found
    return None


def has_quantity(ctx: ResolveContext, start: int, end: int) -> bool:
    starts = ctx.quantity_starts
    return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)


def _paired(mention: Mention, ctx: ResolveContext, subs: list[tuple[int, int]], k: int):
    """分别X和Y: the i-th value after 分别 goes with the i-th indicator listed before it."""
    text = ctx.text
    s_start = subs[0][0]
    at = text.rfind("分别", s_start, mention.start)
    if at == -1:
        return _listed_pairs(mention, ctx, subs[k])
    # the names listed since an earlier 分别 list: 经费投入分别21.5、23.4亿元,专利拥有量分别达到
    # 1.5、1.8件 pairs the second list with its own name, not with the first list's; with no name
    # of its own (…分别为23.57亿元、23003项,分别增长…) it shares the first list's names
    listed = aliases_within(ctx, _after_earlier_list(text, s_start, at), at) or aliases_within(
        ctx, s_start, at
    )
    values = values_after(ctx, at, clause_end(text, at, subs[-1][1]))
    if mention.start not in values:
        return None
    i = values.index(mention.start)
    names = listed_names(text, s_start, text.find("分别", s_start))
    if len(names) == len(values) and tier_list(text, names):
        # 国家级、省级、市级工程技术研究中心分别达14个、161个、164个: tiers of one indicator
        within = [a for a in listed if names[-1][0] <= a[0] and a[1] <= names[-1][1]]
        if within:
            a = within[-1]
            return a[2], a[0], a[1], ["value paired with a tier listed before 分别"], at
    if len(names) == len(values) and _performers_of_one(ctx, names, listed):
        return NOT_A_FIGURE  # 企业、政府属研究机构和高等学校…研发经费投入分别为…: its parts
    shared = _shared_by_places(ctx, names, listed) if len(names) == len(values) else None
    if shared is not None:
        # 南京、苏州、无锡高新技术企业分别达到8000家、7500家、5000家: one indicator, each value
        # a place's (its scope from the list: Scoper.paired)
        return shared[2], shared[0], shared[1], ["value of a place listed before 分别"], at
    if len(names) == len(values) and all(ctx.scoper.names_place(a, b) for a, b in names):
        return None  # 南阳市、洛阳市分别拟入库2770家、2670家: each place's value of the one named
    if len(names) == len(values) > len(listed):
        # 技术合同成交额、登记项数分别为…,分别增长54.31%、117.15%: the i-th name, indicator or not
        within = [a for a in listed if names[i][0] <= a[0] and a[1] <= names[i][1]]
        if not within:
            return NOT_A_FIGURE
        a = within[-1]
        return a[2], a[0], a[1], ["value paired with a name listed before 分别"], at
    prior = values_after(ctx, s_start, at)
    if (
        len(prior) == len(values) > len(listed)
        and text.rfind("分别", s_start, at) == -1
        and (
            _CHANGES_AFTER.match(text, at + 2, values[0])
            or _TOTALS_BEFORE.search(text, _after_earlier_list(text, s_start, at), at)
        )
    ):
        # 科技成果1249项、技术合同4149项,技术合同成交额达到40.5亿元,分别比2022年增长了55.7%、
        # 15.4%、17.9%: the i-th change is of the i-th figure given before 分别; so is the i-th
        # total (新认定A企业101家、B企业22家,总数分别达到337家和94家)
        start = ctx.mention_ends.get(prior[i - 1], s_start) if i else s_start
        own = aliases_within(ctx, start, prior[i])
        if not own:
            return NOT_A_FIGURE
        a = own[-1]
        return a[2], a[0], a[1], ["value paired with the figure in the same place before 分别"], at
    if len(listed) < 2:
        return None
    half = len(values) // 2
    if len(values) == 2 * half >= 4 and len(listed) >= half and _reaches(ctx, values, half):
        # 分别从838家、56家增加到1552家、261家: as many start values, then as many ends
        a = listed[-half:][i % half]
        return a[2], a[0], a[1], [PAIRED_START if i < half else PAIRED_END], at
    if len(names) == len(values) and not any(names[0][0] <= a[0] for a in listed):
        return NOT_A_FIGURE  # …技术合同成交额增长15%,粮食、油菜单产分别提高2%、3%: other names
    # the indicators joined by 和/、/及 right before 分别 (drop earlier ones in the sentence)
    listed = listed[-len(values) :] if len(values) <= len(listed) else listed
    if i >= len(listed):
        return None
    a = listed[i]
    return a[2], a[0], a[1], ["value paired with an indicator listed before 分别"], at


def _reaches(ctx: ResolveContext, values: list[int], half: int) -> bool:
    """Whether a reach word (增加到, 提高至) stands between the first `half` values and the rest."""
    gap = ctx.text[ctx.mention_ends[values[half - 1]] : values[half]]
    return has(cue_lists()["reach_words"], gap)


def _after_earlier_list(text: str, start: int, at: int) -> int:
    """The end of the clause of an earlier 分别 in [start, at), or `start` when there is none."""
    earlier = text.rfind("分别", start, at)
    return start if earlier == -1 else clause_end(text, earlier, at)


# 总数分别达到…: the values after 分别 are the totals of figures given before it
_TOTALS_BEFORE = re.compile(r"(?:总数|总量|累计|总计|合计|数量)\s*$")
NOT_A_FIGURE = object()  # a number paired with a name that is no indicator
PAIRED_START = "a start value paired with an indicator listed before 分别从…"
PAIRED_END = "an end value paired with an indicator listed before 分别从…到"
# 分别(比2022年)增长了…: the values after 分别 are changes of figures given before it
_CHANGES_AFTER = re.compile(
    r"(?:[^,，。;；\d]|(?:19|20)\d{2}){0,10}?(?:增长|增加|提高|下降|减少)了?\s*$"
)


def listed_names(text: str, start: int, at: int) -> list[tuple[int, int]]:
    """The spans of the names joined by 、/和/及 right before `at` (from the clause start)."""
    if at <= start:
        return []
    cut = max(text.rfind(ch, start, at) for ch in ",，:：;；。！？")
    a = max(start, cut + 1)
    spans, pos = [], a
    for m in _NAME_JOIN.finditer(text, a, at):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, at))
    return [(x, y) for x, y in spans if y > x]


_NAME_JOIN = re.compile(r"、|和|及")


def _performers_of_one(ctx: ResolveContext, names: list[tuple[int, int]], listed) -> bool:
    """企业、政府属研究机构和高等学校三大执行主体研发经费投入分别为…: performers (a cue list)
    listed before one indicator they share, so each value is a performer's part of it."""
    text = ctx.text
    first, last = names[:-1], names[-1]
    own = [a for a in listed if last[0] <= a[0] and a[1] <= last[1]]
    if len(names) < 2 or not own or any(a[1] <= last[0] for a in listed if a[0] >= names[0][0]):
        return False
    words = tuple(cue_lists()["component_words"])
    return all(has(words, text[a:b]) for a, b in first)


# what may stand between a place and the indicator it heads: 南京的高新技术企业
# (长沙、株洲、湘潭三市研发投入强度: the places counted after the list)
_PLACE_TO_NAME = re.compile(
    r"\s*(?:等?\s*(?:[二两三四五六七八九十]|\d{1,2})\s*个?\s*(?:市|县|区|省|地|城市|县市|县区))?\s*(?:的)?\s*"
)


def _shared_by_places(ctx: ResolveContext, names: list[tuple[int, int]], listed):
    """The one indicator a list of places shares (南京、苏州、无锡高新技术企业分别…): every
    name but the last a place, the last a place then the indicator's name; else None."""
    if len(names) < 2:
        return None
    lead = _TIME_LEAD.match(ctx.text, names[0][0], names[0][1])
    if lead:  # 去年苏南、苏中、苏北…: the time the list opens with is no part of its first name
        names = [(lead.end(), names[0][1]), *names[1:]]
    last = names[-1]
    own = [a for a in listed if last[0] <= a[0] and a[1] <= last[1]]
    if not own or not all(ctx.scoper.names_place(a, b) for a, b in names[:-1]):
        return None
    head = ctx.scoper.place_from(last[0], own[0][0])
    if head is None or not _PLACE_TO_NAME.fullmatch(ctx.text, head, own[0][0]):
        return None
    return own[-1]


# a time phrase that opens a clause (去年, 2022年, 上半年)
_TIME_LEAD = re.compile(
    r"\s*(?:去年|今年|上年|(?:19|20)\d{2}\s*年(?:度|底|末)?|上半年|前三季度|一季度)\s*[,，]?\s*"
)


def tier_list(text: str, names: list[tuple[int, int]]) -> bool:
    """Whether every name but the last is a tier of recognition (国家级、省级、市级…中心)."""
    tiers = set(cue_lists()["recognition_tiers"])
    return len(names) >= 2 and all(text[a:b].strip() in tiers for a, b in names[:-1])


def _listed_pairs(mention: Mention, ctx: ResolveContext, clause: tuple[int, int]):
    """高新技术企业、科技型中小企业达6588家、6403家: a list of values after a list of as many
    indicators (joined by 、) pairs them in order, as 分别 would; `clause` holds the number."""
    text = ctx.text
    c_start, c_end = clause
    values = values_after(ctx, c_start, c_end)
    if len(values) < 2 or mention.start not in values:
        return None
    gaps = [text[ctx.mention_ends[a] : b] for a, b in pairwise(values)]
    if not all(_LIST_GAP.fullmatch(g) for g in gaps):
        return None
    listed = aliases_within(ctx, c_start, values[0])
    if len(listed) != len(values):
        return None
    names_gaps = [text[a[1] : b[0]] for a, b in pairwise(listed)]
    if not all(_NAMES_GAP.fullmatch(g) for g in names_gaps):
        return None
    a = listed[values.index(mention.start)]
    return a[2], a[0], a[1], ["value paired with an indicator listed before it"], c_start


_LIST_GAP = re.compile(r"\s*[、和及]\s*")
# between listed indicators, a level may qualify the next one: …、自治区科技型中小企业
_NAMES_GAP = re.compile(r"\s*[、和及]\s*(?:国家级?|省级?|市级?|自治区级?|区级|县级)?\s*")


@cache
def _connective_re() -> re.Pattern[str]:
    cues = cue_lists()
    words = (
        cues["connective_words"]
        + cues["new_verbs"]
        + cues["level_markers"]
        + cues["register_words"]
        + cues["city_level_words"]
        + cues["whole_area_words"]
        + tuple(load_yaml("document_cues.yaml")["five_year_plans"])
        + ("市级", "省级", "国家级", "以上", "期末")
    )
    alt = "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))
    # a look-ahead at the first characters of every alternative: where none stands, the
    # alternatives are not tried one by one (the same matches, found sooner)
    firsts = re.escape("".join(sorted({w[0] for w in (*words, *_RANK_VERBS)})))
    return re.compile(
        rf"(?=[{firsts}{_FILLER}])(?:{_RANKED_LIST}|(?:{alt})|(?:19|20)\d{{2}}|[{_FILLER}])"
    )


@cache
def _own_subject_re() -> re.Pattern[str]:
    """Any of the things counted that start a subject of their own (own_subject_words)."""
    return re.compile("|".join(map(re.escape, cue_lists()["own_subject_words"])))


_FILLER = "\u25a1\\d.%“”\"'()\\s,，、"  # one character between the words (a class's inside)


# a ranked list that introduces the places a figure is given for: 排在前3位的市分别为太原(…),
# 位居前列的是…, 居全省前三的县区依次为…
_RANK_VERBS = ("排名", "排", "位居", "位列", "居")
_RANKED_LIST = (
    rf"(?:{'|'.join(_RANK_VERBS)})(?:在|于)?(?:全省|全市|全国|全区)?"
    r"(?:前[\d一二三四五六七八九十]+(?:位|名)?|前列|前茅)的?"
    r"(?:市州|县市区|县区|市|县|区|地区|城市)?(?:依次|分别)?(?:为|是)?"
)


_ASIDE = re.compile(r"\([^()\n]{0,16}\)")


_ACRONYM = re.compile(r"[A-Z][A-Z&]+")
# a place's figure in a list of them (绵阳有838家、德阳有446家): what it has, and its unit
_COUNTED_THING = re.compile(
    r"(?:有\s*)?\d+(?:\.\d+)?\s*(?:家|个(?!百分点)|项|件|户|亿元|万元)\s*[、,，]?|有$"
)


_LATIN = re.compile(r"[\x00-\x7f]")


# 增加值 (value added) is a measure of its own, not the verb 增加 and a stray 值
_VALUE_ADDED = re.compile(r"增加值")


def starts_new_subject(text: str) -> bool:
    """A clause that names something else (形象进度, 占区内企业数) does not continue a figure;
    asides in parentheses ((R&D与GDP之比)) do not count."""
    text = MASKED_YEAR.sub("年", text)  # 由20XX年的: a masked year, not an acronym (GDP)
    if len(text) <= 2 and not _ACRONYM.search(text):
        return False  # too short to hold three characters that are not connectives
    if _own_subject_re().search(text):
        return True  # …,新增注册商标654件: trademarks, whatever the words around them
    text = _COUNTED_THING.sub("", text)  # 有838家、有446家、有: the figures listed before
    rest = _connective_re().sub("", _VALUE_ADDED.sub("名词名", _ASIDE.sub("", text)))
    # an acronym (GDP) names a subject; other Latin letters are residue (alert('x'))
    rest = _ACRONYM.sub("名词名", rest)
    return len(_LATIN.sub("", rest)) > 2
