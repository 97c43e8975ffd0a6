"""Resolve quantity mentions into targets: indicator, kind, value and unit; then year, scope and
status (timing.py, scope.py); repeats merged.

Rules follow how Chinese plans phrase goals (data/extraction_cues.yaml):
- the indicator is the registry alias nearest the number in its list item (a noun right after
  the number, as in 组建3个产业技术创新战略联盟, wins); a clause with a number and no alias
  continues the figure of the clause before it (…达到461家,较上年度增加91家,增长24.59%) unless
  it names something else; values after 分别 pair with the indicators listed before it
  (高新技术企业和科技型企业…分别超过90家和870家);
- kind: growth for a percentage after 增长/增幅; new for a count after 认定/新增/培育/净增…;
  level after 达到/总数/累计, or for a register word after the indicator (科技型中小企业入库49家),
  or by default (flagged for review when a count has no verb at all);
- money or a share in a sentence about 奖励/补贴/资助/贴息 is an incentive, never a value.
Repeated statements of one goal merge into one target with every source kept.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise

from cityplans.aliases import find_aliases
from cityplans.context import DocContext
from cityplans.mention import Mention, find_mentions
from cityplans.numbers import COUNT_UNITS, MONEY_UNITS, convert_money
from cityplans.registry import Indicator, registry
from cityplans.resources import load_yaml
from cityplans.scope import Scoper
from cityplans.segment import SENTENCE_END, Clause, find_markers, segment
from cityplans.timing import Timer

VAGUE_UNITS = {"批"}  # 一批: "a batch", not a count
BARE_MULTIPLIERS = {"亿": "亿元", "万": "万元"}  # 27.6亿 next to an amount indicator is money
_NEWLINE = re.compile(r"\n")
_SUBCLAUSE = re.compile(r"[,，:：]")
_YEARISH = re.compile(r"(?:19|20)\d{2}")
# a span of several years: 五年来, 近3年, 十二五期间, 2016-2020年, 2017年以来
_SEVERAL_YEARS = re.compile(
    r"(?:[两三四五六七八九十\d]+年(?:来|间|以来|中)?(?=累计|共|,|，)|近[两三四五\d]+年|"
    r"十[一二三四五]五(?:期间|时期|以来)|(?:19|20)\d{2}\s*(?:年)?\s*[-—–至到]\s*(?:19|20)\d{2}|以来)"
)
_NEWLY = re.compile(r"新\S{0,3}$")  # 新备案, 新入库: newly registered, a flow
# a noun right after a carried count: it counts that noun (50家市级研发平台), not the figure
# before; 以上/左右/的 and punctuation are no noun
_COUNTED_NOUN = re.compile(r"[“\"']?(?!以上|左右|的|和|与|及|等|、)[\u4e00-\u9fff]{2}")
_VERB_AFTER = re.compile(
    r"提高|提升|增长|增加|上升|下降|减少|达到|突破|超过|增至|同比|比上|较上|比去|较去|以上|左右|"
    r"其中|分别|居|位居|排|列|占"
)
_DEMONSTRATIVE = re.compile(r"这|该|此|上述|以上")
_STOCK_BEFORE = re.compile(r"(?:已|累计)$")
_QUALIFIER_PREFIX = re.compile(r"[^\d一二两三四五六七八九十百千零〇]*")
_STARTS_FROM = re.compile(
    r"(?:从|由)[“\"]?(?:(?:19|20)\d{2}年|十[一二三四五]五[”\"]?|上年|去年|上一年)?"
    r"(?:底|末|期末)?的?\s*$"
)
# a floor that picks out members, not a figure: 经费投入超过10亿元的市(州)有6个
_THRESHOLD = re.compile(r"\s*(?:以上)?的(?![比]|目标|任务|水平|规模)")
# the beneficiaries of an incentive or an aside: 为27家高新技术企业争取…, 对20家企业
_FOR_WHOM = re.compile(r"(?:为|对|给|向)\s*$")
# what may stand between a count and the indicator it counts: 10个以上创新团队, 5家市级重点实验室
_QUALIFIERS = re.compile(
    r"(?:以上|左右|的|国家级|国家|省级以上|省级|市级以上|市级|省市级|新|重点|\s)*"
)
# a count of something that is no indicator: 27家企业39个产品, 258家企业中
_OTHER_NOUN = re.compile(r"(?:企业|公司|单位|产品|项目|机构|家企|个产品)")


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


@cache
def _cues() -> dict:
    """The phrasing cues, word lists as tuples (hashable: their patterns are cached)."""
    data = load_yaml("extraction_cues.yaml")
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


@dataclass
class _Context:
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
    enclosing: dict[int, list[Clause]] = field(default_factory=dict)
    clause_starts: list[int] = field(default_factory=list)
    sentences: dict[int, tuple] = field(default_factory=dict)
    leads: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    subclauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)  # why a number was set aside, by start


def resolve_document(text: str, doc: DocContext) -> tuple[list[Mention], list[Target]]:
    """Mentions (with final roles) and merged targets of one document's analysis text."""
    aliases = find_aliases(text)
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    markers = find_markers(text)
    clauses = segment(text, markers)
    lines = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    ctx = _Context(
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
    ctx.scoper = Scoper(text, doc, clauses, lambda pos: _enclosing(ctx, pos))
    mentions = find_mentions(text, markers)
    quantities = [m for m in mentions if m.quantity is not None]
    ctx.quantity_starts = [m.start for m in quantities]
    ctx.clause_starts = [c.start for c in clauses]
    ctx.mention_ends = {m.start: m.end for m in quantities}
    raw_targets = []
    for mention in quantities:
        target = _resolve_mention(mention, ctx)
        if mention.note:
            ctx.notes[mention.start] = mention.note
        if target is not None:
            raw_targets.append((mention, target))
            if mention.note and mention.note.startswith("each: also "):
                other = registry().get(mention.note.removeprefix("each: also "))
                raw_targets.append(
                    (mention, replace(target, indicator=other.id, sources=list(target.sources)))
                )
    return mentions, _merge(raw_targets)


def _sentence_span(ctx: _Context, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(ctx.sentence_bounds, pos) - 1
    return ctx.sentence_bounds[i], ctx.sentence_bounds[min(i + 1, len(ctx.sentence_bounds) - 1)]


def _line_start(ctx: _Context, pos: int) -> int:
    """Where the paragraph holding `pos` starts: its line, or its numbered section when a page
    that lost its line breaks runs several sections together."""
    line = ctx.line_starts[bisect.bisect_right(ctx.line_starts, pos) - 1]
    inner = _enclosing(ctx, pos)
    return max(line, inner[-1].start) if inner else line


def _enclosing(ctx: _Context, pos: int) -> list[Clause]:
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


def _subclauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in _SUBCLAUSE.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _has(words, text: str) -> bool:
    """Whether any of `words` occurs in `text` (one compiled pattern per word list)."""
    return _words_re(words if isinstance(words, tuple) else tuple(words)).search(text) is not None


def _starts_with_any(words: list[str], text: str) -> bool:
    """Whether `text` begins with one of `words` (科技型中小企业申请入库2360家)."""
    return text.startswith(tuple(words))


def _ends_with(words: tuple[str, ...], text: str) -> bool:
    """Whether `text` ends with one of `words`."""
    return _words_end_re(words).search(text) is not None


@cache
def _words_end_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


@cache
def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _any_alias(ctx: _Context, start: int, end: int) -> bool:
    """Whether an alias starts inside [start, end)."""
    return bisect.bisect_left(ctx.alias_starts, start) < bisect.bisect_left(ctx.alias_starts, end)


def _aliases_within(ctx: _Context, start: int, end: int) -> list[tuple[int, int, Indicator]]:
    """Aliases lying wholly inside [start, end)."""
    i = bisect.bisect_left(ctx.alias_starts, start)
    j = bisect.bisect_left(ctx.alias_starts, end)
    return [a for a in ctx.aliases[i:j] if a[1] <= end]


def _resolve_mention(mention: Mention, ctx: _Context) -> Target | None:
    q = mention.quantity
    text = ctx.text
    s_start, s_end = _sentence_span(ctx, mention.start)
    money_or_share = q.unit in MONEY_UNITS or q.unit in BARE_MULTIPLIERS or q.unit == "%"
    named, carried = _sentence_indicators(ctx, s_start, s_end)
    if not (named or carried or money_or_share):
        return None  # no indicator named in the sentence, nor carried into it
    subs = ctx.subclauses.get(s_start)
    if subs is None:
        subs = ctx.subclauses[s_start] = _subclauses(text, s_start, s_end)
    k = next(i for i, (a, b) in enumerate(subs) if a <= mention.start < b)
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
    if _inside_alias(ctx, mention.start):
        mention.note = "part of an indicator name"
        return None
    link = _link_indicator(mention, ctx, subs, k)
    if link is None:
        return None
    indicator, a_start, a_end, review, quote_start = link
    if indicator.as_amount and (q.unit in MONEY_UNITS or q.unit in BARE_MULTIPLIERS):
        indicator = registry().get(indicator.as_amount)  # 技术合同登记22.9亿元: the turnover
    if indicator.not_after and _qualified_away(text, indicator, c_start, a_start):
        mention.note = f"another population or measure than {indicator.id} (上市/省级…, 吸纳…)"
        return None
    item_start = _item_start(text, c_start, mention.start, ctx)
    if a_start < c_start:  # indicator carried over from an earlier clause
        before, between = text[c_start : mention.start], ""
    elif a_start >= mention.end:  # noun after the number
        before, between = text[item_start : mention.start], ""
    else:  # a list item (、) has its own words; a verb shared by the list is found later
        own = item_start if c_start < item_start <= a_start else c_start
        before, between = text[own:a_start], text[a_end : mention.start]
    if _in_aside(text, mention.start):
        mention.note = "a part of the figure before it (…88家(含6家更名))"
        return None
    if a_start < mention.start and _is_component(text, max(s_start, c_start - 12), a_start):
        mention.note = "a performer's part of the whole (其中企业各类研发投入…), not the whole"
        return None
    if _ends_with(
        tuple(_cues()["non_outcome_verbs"]), _BATCH.sub("", before.rstrip()).removesuffix("的")
    ) or (between and _starts_with_any(_cues()["non_outcome_verbs"], between.lstrip())):
        mention.note = "application count, not an outcome"
        return None
    if q.qualifier in ("at_least", "more_than") and _THRESHOLD.match(text, mention.end):
        mention.note = "a threshold that picks out members (超过10亿元的市), not a figure"
        return None
    if (
        q.unit in COUNT_UNITS
        and a_start >= mention.end
        and _FOR_WHOM.search(text, max(0, mention.start - 2), mention.start)
    ):
        mention.note = "the beneficiaries of an act (为27家企业争取…), not a figure"
        return None
    if q.unit == "%" and a_start < c_start and _follows_an_application(ctx, c_start):
        mention.note = "a change of an application count (申报279家,比去年增长43.8%)"
        return None
    growth_zone = _growth_zone(ctx, subs, k, mention.start, before, between)
    local = _since_last_number(
        ctx, max(c_start, a_end if a_end <= mention.start else c_start), mention.start
    )
    # a qualifier inside the number's span (突破500家, 超过90家) is a verb of the statement too
    prefix = _QUALIFIER_PREFIX.match(q.surface).group()
    if a_start < mention.start and a_start >= c_start:
        between += prefix
    else:
        before += prefix
    shaped = _shape(
        q, indicator, text[s_start : mention.start], before, between, growth_zone, local
    )
    if isinstance(shaped, str):
        mention.note = shaped
        return None
    kind, value, value_max, unit, kind_review = shaped
    review += kind_review
    year, status, time_review = _timing(mention, ctx, c_start, (s_start, s_end))
    review += time_review
    if _is_start_value(text, mention, subs[k][1], between or before):
        status, year = "actual", _start_year(ctx, text, mention, year)
        review.append("the start value of a change (由X提高到Y)")
    paired_scope = _paired_scope(mention, ctx, s_start, s_end)
    if paired_scope:
        scope, scope_review = paired_scope, ["scope paired with a place listed before 分别"]
    else:
        scope, scope_review = ctx.scoper.scope(
            mention.start, mention.end, (s_start, s_end), _line_start(ctx, mention.start), c_start
        )
    review += scope_review
    if status == "actual":
        review = [r for r in review if not r.startswith("kind unclear")]
        verb = _unqualified(before)
        if (
            kind == "new"
            and _ends_with(tuple(_cues()["register_words"]), verb)
            and not _NEWLY.search(verb)
        ):
            kind = "level"  # 入库登记科技型中小企业236家, reported: the register holds 236
    if q.value_max is not None:
        review.append("range")
    mention.indicator = indicator.id
    mention.role = status
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


_LAST_YEAR_BEFORE = re.compile(r"(?:上年|去年|上一年)(?:底|末)?的?\s*$")


def _follows_an_application(ctx: _Context, clause_start: int) -> bool:
    """Whether the last number before a clause that carries on a figure was an application
    count, so the clause's change (比去年增长43.8%) is the applications' too."""
    i = bisect.bisect_left(ctx.quantity_starts, clause_start) - 1
    if i < 0:
        return False
    note = ctx.notes.get(ctx.quantity_starts[i]) or ""
    return note.startswith("application count")


def _qualified_away(text: str, indicator: Indicator, clause_start: int, alias_start: int) -> bool:
    """上市高新技术企业达24家, 吸纳京津技术合同成交额: a word of the indicator's `not_after`
    in the few characters before its name, within the clause (a place may stand between)."""
    before = text[max(clause_start, alias_start - 6) : alias_start]
    if "国家" in before:
        return False  # 国家及省级高新技术企业: the national ones are counted too
    for word in indicator.not_after:
        at = before.rfind(word)
        if at != -1 and "级以上" not in before[at:]:
            return True  # 省级以上 includes the national ones; 省级 alone does not
    return False


def _is_component(text: str, start: int, alias_start: int) -> bool:
    """其中企业各类研发投入经费464.58亿: after 其中, a performer named before the indicator
    makes the figure that performer's share of the whole."""
    at = text.rfind("其中", start, alias_start)
    if at == -1:
        return False
    words = text[at + 2 : alias_start]
    if _LIST_OR_NUMBER.search(words):
        return False  # 其中上市企业11家、国家高新技术企业15家: items of a list, not a performer
    return _has(_cues()["component_words"], words)


_LIST_OR_NUMBER = re.compile(r"[、\d]")
# a batch named between a verb and what it acts on: 组织申报第一批国家高新技术企业53家
_BATCH = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}批|首批|(?:上|下)半年)\s*$")


_ASIDE_OPEN = re.compile(r"\((?:含|其中|包括|包含)[^()]{0,6}$")


def _in_aside(text: str, pos: int) -> bool:
    """A number in parentheses that open with 含/其中: a part of the figure before it."""
    return bool(_ASIDE_OPEN.search(text, max(0, pos - 8), pos))


def _is_start_value(text: str, mention: Mention, clause_end: int, lead: str) -> bool:
    """由512户提高到7000户: a value after 由/从 that a reach word (提高到, 增长到) follows."""
    if not _STARTS_FROM.search(lead):
        return False
    return _has(_cues()["reach_words"], text[mention.end : clause_end])


def _start_year(ctx: _Context, text: str, mention: Mention, year: int | None) -> int | None:
    """The year of a start value: its own (从2015年的…), else the year before the plan's
    period (十四五 values start from 2020), else the year before the target's."""
    own = re.search(
        r"((?:19|20)\d{2})年(?:底|末)?的?\s*$", text[max(0, mention.start - 10) : mention.start]
    )
    if own:
        return int(own.group(1))
    if _LAST_YEAR_BEFORE.search(text, max(0, mention.start - 10), mention.start):
        return ctx.timer.relative_year("上年")  # 由上年的7.95亿元: the year before the text's
    doc = ctx.doc
    if doc.period_start and doc.period_end and doc.period_end > doc.period_start:
        return doc.period_start - 1  # a multi-year plan, or a review of one
    return year - 1 if year else None


def _sentence_indicators(ctx: _Context, s_start: int, s_end: int):
    """(whether the sentence names an indicator, the carried-in clause or None), per sentence."""
    found = ctx.sentences.get(s_start)
    if found is None:
        named = _any_alias(ctx, s_start, s_end)
        found = ctx.sentences[s_start] = (
            named,
            None if named else _continued_sentence(ctx, s_start),
        )
    return found


def _is_incentive(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Money or a share given as a reward: an incentive word in the number's own clause, or a
    clause that gives (给予/予以/最高…) in a sentence about 奖励/补贴/资助."""
    words = _cues()["incentive_words"]
    if _has(words, text[clause[0] : clause[1]]):
        return True
    return _has(_cues()["giving_words"], text[clause[0] : clause[1]]) and _has(
        words, text[sentence[0] : sentence[1]]
    )


# sentences that go on with the figure of the one before: 其中…, 分地区看,…
_CONTINUES = re.compile(r"\s*(?:其中|分别为|分别是|具体为|包括|分(?:地区|区域|地市|市|县|行业)看)")


def _continued_sentence(ctx: _Context, s_start: int) -> tuple[int, int] | None:
    """其中,长沙市233.82亿元、…: a sentence that opens with 其中 continues the figure of the
    sentence before it in the paragraph; (start, end) of that sentence's last clause."""
    if s_start == 0:
        return None
    if not _CONTINUES.match(ctx.text, s_start) and not _bare_sentence(ctx, s_start):
        return None
    prev_start, _ = _sentence_span(ctx, s_start - 1)
    if prev_start < _line_start(ctx, s_start):
        return None
    if not _any_alias(ctx, prev_start, s_start):
        # a list of places goes on: …;六枝特区0.84亿元…;水城3.29亿元: the figure carried before
        named, carried = _sentence_indicators(ctx, prev_start, s_start)
        return None if named or carried is None else (carried[0], s_start)
    last = _aliases_within(ctx, prev_start, s_start)[-1]
    return last[0], s_start


def _bare_sentence(ctx: _Context, s_start: int) -> bool:
    """2016年净增12家,2017年净增21家: a sentence that names nothing before its first number
    (only years, places and verbs) speaks of the figure of the sentence before."""
    i = bisect.bisect_left(ctx.quantity_starts, s_start)
    if i >= len(ctx.quantity_starts):
        return False
    first = ctx.quantity_starts[i]
    s_end = _sentence_span(ctx, s_start)[1]
    lead = ctx.text[s_start:first]
    if first >= s_end or _DEMONSTRATIVE.search(lead) or not ctx.text[first].isdigit():
        return False  # 这三项…: a reference back, not a figure
    # a place names whose figure it is, not another figure: …分别为钟山区5.10亿元;六枝特区0.84亿元
    return not _starts_new_subject(ctx.scoper.without_scopes(s_start, first))


def _timing(
    mention: Mention, ctx: _Context, c_start: int, sentence: tuple[int, int]
) -> tuple[int | None, str, list[str]]:
    """(year, status, review notes) of a figure, from its sentence, paragraph and headings."""
    text, pos = ctx.text, mention.start
    s_start = sentence[0]
    p_start = _line_start(ctx, pos)
    clauses = _enclosing(ctx, pos)
    headings = [(c.marker_end, c.marker_end + len(c.heading) + 1) for c in reversed(clauses)]
    lead = ctx.leads.get(p_start, 0)
    if lead == 0:
        lead = ctx.leads[p_start] = _lead_line(ctx, p_start)
    if lead:
        headings.append(lead)
    year, cue = ctx.timer.year(pos, c_start, s_start, p_start, headings)
    heading_text = " ".join(c.heading for c in clauses)
    if lead:
        heading_text += " " + text[lead[0] : lead[1]]
    status = ctx.timer.status(text[s_start:pos], text[p_start:s_start], heading_text, year)
    if (
        status == "target"
        and text[max(0, pos - 1) : pos] == "等"
        and not _has(_cues()["target_verbs"], text[s_start:pos])
    ):
        status = "actual"  # …等186家高新技术企业: the firms there are
    if status == "actual" and cue == "text" and ctx.doc.year and year and year > ctx.doc.year:
        cue = "none"  # a fact does not take the goal year of an earlier sentence (到2025年…)
    if cue == "none":
        year, cue = ctx.timer.default_year(pos, status)
    if status == "actual":
        year = ctx.timer.whole_year_actual(year, cue)
    review = []
    if cue == "none" and status == "target":
        review.append("no target year in the text")
    return year, status, review


_LIST_ITEM = re.compile(
    r"\s*(?:\d{1,2}\s*[.、)]|\(\s*[\d一二三四五六七八九十]{1,3}\s*\)|[一二三四五六七八九十]{1,3}\s*是)"
)


def _lead_line(ctx: _Context, line_start: int) -> tuple[int, int] | None:
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


def _item_start(text: str, c_start: int, pos: int, ctx: _Context) -> int:
    """Start of the 、-separated list item holding `pos` (a 、 inside an alias does not split)."""
    cut = c_start
    for i in range(c_start, pos):
        if text[i] == "、" and not _inside_alias(ctx, i):
            cut = i + 1
    return cut


def _inside_alias(ctx: _Context, pos: int) -> bool:
    i = bisect.bisect_right(ctx.alias_starts, pos) - 1
    return i >= 0 and ctx.aliases[i][0] <= pos < ctx.aliases[i][1]


def _link_indicator(mention: Mention, ctx: _Context, subs: list[tuple[int, int]], k: int):
    """(indicator, alias start, alias end, review notes, quote start) or None."""
    text = ctx.text
    c_start, c_end = subs[k]
    paired = _paired(mention, ctx, subs, k)
    if paired is not None:
        return paired
    item_start = _item_start(text, c_start, mention.start, ctx)
    in_clause = _aliases_within(ctx, c_start, c_end)
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
    if mention.quantity.unit in COUNT_UNITS and _OTHER_NOUN.match(text, mention.end):
        mention.note = "counts another noun (27家企业)"
        return None
    before_item = [a for a in in_clause if item_start <= a[0] and a[1] <= mention.start]
    if before_item:
        a = before_item[-1]
        if _joined(text, in_clause, a):
            if _EACH.match(text, a[1]):
                # 高新技术企业和专精特新企业各100家: the number counts each of them
                prev = in_clause[in_clause.index(a) - 1]
                mention.note = f"each: also {prev[2].id}"
                return (
                    a[2],
                    a[0],
                    a[1],
                    [f"the same figure for each of {prev[2].id} and it"],
                    prev[0],
                )
            mention.note = "one number for two indicators joined by 与/和 (a combined count)"
            return None
        if _starts_new_subject(ctx.scoper.without_scopes(a[1], mention.start)):
            return None  # 科技型中小企业179雏鹰企业40…8家: the number belongs to another noun
        return a[2], a[0], a[1], [], min(item_start, a[0])
    before_clause = [a for a in in_clause if a[1] <= mention.start]
    subject = ctx.scoper.without_scopes
    if before_clause and not _starts_new_subject(subject(before_clause[-1][1], mention.start)):
        a = before_clause[-1]
        return a[2], a[0], a[1], ["indicator from an earlier list item"], a[0]
    if _starts_new_subject(subject(c_start, mention.start)):
        return None
    if _COUNTED_NOUN.match(text, mention.end) and not _VERB_AFTER.match(text, mention.end):
        mention.note = "counts the noun after it (新组建50家市级研发平台)"
        return None
    for j in range(k - 1, -1, -1):
        p_start, p_end = subs[j]
        prev = _aliases_within(ctx, p_start, p_end)
        if prev:
            a = prev[-1]
            return a[2], a[0], a[1], ["indicator carried over from the clause before"], a[0]
        if _has_quantity(ctx, p_start, p_end) and _starts_new_subject(subject(p_start, p_end)):
            return None  # the clause between names another figure (营业总收入1086.2亿元)
    return None


def _values_after(ctx: _Context, at: int, end: int) -> list[int]:
    """Start offsets of the quantities in [at, end)."""
    starts = ctx.quantity_starts
    return starts[bisect.bisect_left(starts, at) : bisect.bisect_left(starts, end)]


def _paired_scope(mention: Mention, ctx: _Context, s_start: int, s_end: int) -> str | None:
    at = ctx.text.rfind("分别", s_start, mention.start)
    if at == -1:
        return None
    values = _values_after(ctx, at, _clause_end(ctx.text, at, s_end))
    if len(values) < 2 or mention.start not in values:
        return None
    return ctx.scoper.paired(s_start, at, values.index(mention.start), len(values))


def _clause_end(text: str, pos: int, limit: int) -> int:
    """The end of the clause holding `pos`: the values a 分别 pairs stop at the next comma."""
    m = _SUBCLAUSE.search(text, pos, limit)
    return m.start() if m else limit


def _since_last_number(ctx: _Context, start: int, pos: int) -> str:
    """The text before `pos` back to the last number in [start, pos) (or to `start`)."""
    i = bisect.bisect_left(ctx.quantity_starts, pos) - 1
    if i >= 0 and ctx.quantity_starts[i] >= start:
        prev = ctx.mention_ends.get(ctx.quantity_starts[i], start)
        return ctx.text[prev:pos]
    return ""


_EACH = re.compile(r"\s*(?:数量|总数)?\s*(?:均|都)?\s*各")
_JOIN = re.compile(r"\s*(?:与|和|及|以及)\s*(?:国家|省级|市级)?\S{0,4}$")


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
    names = registry().aliases()
    for end in range(alias[1] - 1, alias[0] + 1, -1):
        found = names.get(text[alias[0] : end])
        if found is not None and found.unit in ("家", "个", "项", "件"):
            return found
    return None


def _has_quantity(ctx: _Context, start: int, end: int) -> bool:
    starts = ctx.quantity_starts
    return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)


def _paired(mention: Mention, ctx: _Context, subs: list[tuple[int, int]], k: int):
    """分别X和Y: the i-th value after 分别 goes with the i-th indicator listed before it."""
    text = ctx.text
    s_start = subs[0][0]
    at = text.rfind("分别", s_start, mention.start)
    if at == -1:
        return None
    listed = _aliases_within(ctx, s_start, at)
    values = _values_after(ctx, at, _clause_end(text, at, subs[-1][1]))
    if len(listed) < 2 or mention.start not in values:
        return None
    i = values.index(mention.start)
    # the indicators joined by 和/、/及 right before 分别 (drop earlier ones in the sentence)
    listed = listed[-len(values) :] if len(values) <= len(listed) else listed
    if i >= len(listed):
        return None
    a = listed[i]
    return a[2], a[0], a[1], ["value paired with an indicator listed before 分别"], at


@cache
def _connective_re() -> re.Pattern[str]:
    cues = _cues()
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
    return re.compile(rf"(?:{alt})|(?:19|20)\d{{2}}|[\u25a1\d.%“”\"'()\s,，、]")


_ASIDE = re.compile(r"\([^()\n]{0,16}\)")
_ACRONYM = re.compile(r"[A-Z][A-Z&]+")
_LATIN = re.compile(r"[\x00-\x7f]")


def _starts_new_subject(text: str) -> bool:
    """A clause that names something else (形象进度, 占区内企业数) does not continue a figure;
    asides in parentheses ((R&D与GDP之比)) do not count."""
    rest = _connective_re().sub("", _ASIDE.sub("", text))
    # an acronym (GDP) names a subject; other Latin letters are residue (alert('x'))
    rest = _ACRONYM.sub("名词名", rest)
    return len(_LATIN.sub("", rest)) > 2


def _growth_zone(
    ctx: _Context, subs: list[tuple[int, int]], k: int, pos: int, before: str, between: str
) -> str:
    """The words that may say a percentage is a growth rate: those before the number in its
    clause, or, when they say nothing (达到24.5%), the clause before it if that clause has no
    number of its own (R&D经费支出增速较快,达到24.5%)."""
    cues = _cues()
    zone = between or before[-12:]
    said = cues["growth_markers"] + _long(cues["level_markers"])
    if k > 0 and not _has(said, zone):
        p_start, p_end = subs[k - 1]
        if not _has_quantity(ctx, p_start, p_end):
            zone = ctx.text[p_start:p_end] + zone
    return zone


def _shape(
    q,
    indicator: Indicator,
    sentence_before: str,
    before: str,
    between: str,
    growth_zone: str,
    local: str = "",
):
    """(kind, value, value_max, unit, review) for a quantity under an indicator, or the reason
    it does not fit (a string)."""
    cues = _cues()
    unit = q.unit
    if q.unit == "个百分点" and indicator.unit != "%":
        return "a percentage-point change of an amount or count (a share of it moved)"
    if q.unit == "个百分点" and _has(["增速", "增幅"], growth_zone):
        return "a change of a growth rate (增速比上年降低0.8个百分点), not of the indicator"
    if (
        indicator.id != "st_progress_contribution"
        and _has(["贡献", "拉动"], growth_zone)
        and _has(cues["growth_markers"], growth_zone)
    ):
        return "a contribution to growth (拉动…增长13个百分点), not the indicator's growth"
    if q.unit in ("%", "个百分点") and _STARTS_FROM.search(growth_zone):
        return "level", q.value, q.value_max, q.unit, []  # 比重从2015年的2.41%提高到…
    if q.unit in ("%", "个百分点") and (
        _has(cues["growth_markers"], growth_zone) and not _has(cues["reach_words"], growth_zone)
    ):
        if _has(["下降", "减少"], growth_zone[-6:]):
            return "growth", -q.value, -q.value_max if q.value_max else None, q.unit, []
        return "growth", q.value, q.value_max, q.unit, []
    target_unit = indicator.unit
    misfit = f"unit {unit or 'none'} does not fit {indicator.id} ({target_unit})"
    if target_unit == "%":
        return ("level", q.value, q.value_max, "%", []) if unit == "%" else misfit
    if unit == "%":
        return misfit
    value, value_max, review = q.value, q.value_max, []
    if target_unit in MONEY_UNITS:
        unit = BARE_MULTIPLIERS.get(unit, unit)
        if unit not in MONEY_UNITS:
            return misfit
        if _cumulative(between or before, sentence_before):
            return "a cumulative total over several years (五年累计…亿元), not the year's amount"
        if _ends_with(("增加", "增长", "减少", "下降", "多"), (between or before).rstrip()):
            return "an absolute change of an amount, not a level"
        value = convert_money(q.value, unit, target_unit)
        value_max = convert_money(q.value_max, unit, target_unit) if q.value_max else None
    elif target_unit == "件/万人":
        if unit not in ("件", None):
            return misfit
    elif unit is not None and unit not in COUNT_UNITS and unit != target_unit:
        return misfit
    elif unit is None and target_unit not in ("人年",):
        if not _bare_count(q, between or before):
            return "a bare number next to a count indicator is not its value"
        review.append("count written without its unit")
    if _cumulative(before + between, sentence_before) and _has(cues["new_verbs"], before + between):
        return "a flow summed over several years (五年累计培育…2000家), not a year's or a stock"
    kind, kind_review = _kind(indicator, before, between, sentence_before, local)
    return kind, value, value_max, target_unit, review + kind_review


def _cumulative(words: str, sentence_before: str) -> bool:
    """累计 in a sentence that names a span of several years (五年累计, 十三五期间累计)."""
    return _has(["累计"], words) and _SEVERAL_YEARS.search(sentence_before) is not None


def _bare_count(q, before: str) -> bool:
    """入库520, 突破300: an integer right after a verb is a count that lost its unit."""
    if q.value != q.value.to_integral_value() or _YEARISH.fullmatch(q.surface.strip()):
        return False
    cues = _cues()
    verbs = tuple(cues["new_verbs"] + cues["level_markers"] + cues["register_words"])
    return _ends_with(verbs, before.rstrip())


def _kind(
    indicator: Indicator, before: str, between: str, sentence_before: str, local: str = ""
) -> tuple[str, list[str]]:
    cues = _cues()
    if local and _ends_with(tuple(cues["new_verbs"]), local.rstrip()):
        return "new", []  # 达到614家、比上年增加111家: the words since the last number decide
    if _has(cues["reach_words"], local or between or before):
        return "level", []  # 由2011年的26家增加到2021年的1067家
    stock = _words_re(tuple(cues["stock_words"])).search(before + between)
    if stock and not _has(cues["new_flow_words"], (before + between)[stock.end() :]):
        return "level", []  # 累计培育国家高新技术企业58家, 拥有…179家: the stock
    head = _unqualified(before)
    if _ends_with(tuple(cues["new_verbs"]), head):
        return "new", []
    stock = _has(cues["stock_words"], between)
    registered = _only_register_words(between)
    if not stock and not registered and _has(cues["new_verbs"], between):
        return "new", []  # 高新技术企业新增50家: the verb names a flow
    if registered or _has(cues["level_markers"], between) or "拥有量" in indicator.name_zh:
        return "level", []
    if _has(cues["new_verbs"], before) or _has(["新增", "新建", "新认定"], between):
        return "new", []
    if indicator.unit in ("%", "亿元", "件/万人", "人年") or _has(
        _long(cues["level_markers"]), before
    ):
        return "level", []
    # a list that continues a verb: 全年新建…30家,5家市级重点实验室
    nearest = _nearest_marker(sentence_before)
    if nearest:
        return nearest, []
    return "level", ["kind unclear: no verb says whether this is a total or new"]


def _unqualified(before: str) -> str:
    """The words before an indicator without its level (新认定国家级 -> 新认定)."""
    head = before.rstrip()
    for qualifier in ("国家级", "国家", "省级以上", "省级", "市级以上", "市级", "省市级", "以上"):
        head = head.removesuffix(qualifier)
    return head


def _only_register_words(between: str) -> bool:
    """科技型中小企业入库49家, …备案入库预计达到88家: register words, and no 新/新增."""
    cues = _cues()
    if not _has(cues["register_words"], between) or "新" in between:
        return False
    rest = _words_re(tuple(cues["register_words"] + cues["connective_words"])).sub("", between)
    return not rest.strip()


def _long(words) -> tuple[str, ...]:
    """Markers of two or more characters: safe to look for away from the number."""
    return _long_cached(tuple(words))


@cache
def _long_cached(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w) >= 2)


def _nearest_marker(text: str) -> str | None:
    """new or level, from the last new verb or level marker in `text`."""
    cues = _cues()
    best, kind = -1, None
    for words, k in ((cues["new_verbs"], "new"), (_long(cues["level_markers"]), "level")):
        for w in words:
            pos = text.rfind(w)
            if pos > best or (pos == best and pos >= 0 and k == "new"):
                best, kind = pos, k
    if kind == "new" and _STOCK_BEFORE.search(text, max(0, best - 2), best):
        return "level"  # 已培育科技型企业132家、国家高新技术企业67家: the stock so far
    return kind


def _merge(raw: list[tuple[Mention, Target]]) -> list[Target]:
    """One target per goal: same indicator, kind, value, unit, year, scope and status."""
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
    for n, key in enumerate(order, start=1):
        merged[key].target_id = f"T{n:03d}"
    for (mention, _), key in zip(raw, keys, strict=True):
        if mention.target_ref is None:  # a number for several indicators (各) refers to the first
            mention.target_ref = merged[key].target_id
    return [merged[k] for k in order]
