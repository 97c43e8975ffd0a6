"""Resolve quantity mentions into targets: indicator, kind, value, unit, year, scope, status.

Rules follow how Chinese plans phrase goals (data/extraction_cues.yaml):
- the indicator is the registry alias nearest the number in its list item (a noun right after
  the number, as in 组建3个产业技术创新战略联盟, wins); a clause with a number and no alias
  carries the indicator of the clause before it in the same sentence (同比增长16%);
- kind: growth for a percentage after 增长/增幅; new for a count after 认定/新增/培育…; level
  after 达到/总数/累计 or by default (flagged for review when a count has no verb at all);
- the year is the nearest year written before the number that is not a base year (较2019年),
  else the plan's last year; scope is a sub-area named before the number in the sentence
  (榆中经济开发区, 市本级), else one named in the section heading, else the whole city;
- a reported fact (现有…, …等186家) is status actual; money or a share in a sentence about
  奖励/补贴/资助/贴息 is an incentive, never an indicator value.
Repeated statements of one goal merge into one target with every source kept.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import pairwise

from cityplans import gazetteer
from cityplans.aliases import find_aliases
from cityplans.mention import Mention, find_mentions
from cityplans.numbers import COUNT_UNITS, convert_money
from cityplans.registry import Indicator
from cityplans.resources import load_yaml
from cityplans.segment import Clause, enclosing, find_markers, segment

VAGUE_UNITS = {"批"}  # 一批: "a batch", not a count
MONEY_UNITS = {"元", "千元", "万元", "亿元"}
_SENTENCE = re.compile(r"[。;；!！?？\n]")
_SUBCLAUSE = re.compile(r"[,，:：]")
_YEAR_MENTION = re.compile(r"((?:19|20)\d{2})\s*年")


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
    return load_yaml("extraction_cues.yaml")


@dataclass
class _Context:
    """Per-document lookups shared by every mention."""

    text: str
    period_start: int | None
    period_end: int | None
    city_adcode: str | None
    clauses: list[Clause]
    aliases: list[tuple[int, int, Indicator]]
    alias_starts: list[int]
    sentence_bounds: list[int]
    subclauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def resolve_document(
    text: str, period: tuple[int | None, int | None], city_adcode: str | None
) -> tuple[list[Mention], list[Target]]:
    """Mentions (with final roles) and merged targets of one document's analysis text."""
    aliases = find_aliases(text)
    bounds = [0] + [m.end() for m in _SENTENCE.finditer(text)] + [len(text)]
    markers = find_markers(text)
    ctx = _Context(
        text,
        period[0],
        period[1],
        city_adcode,
        segment(text, markers),
        aliases,
        [a[0] for a in aliases],
        sorted(set(bounds)),
    )
    mentions = find_mentions(text, markers)
    raw_targets = []
    for mention in mentions:
        if mention.quantity is None:
            continue
        target = _resolve_mention(mention, ctx)
        if target is not None:
            raw_targets.append((mention, target))
    return mentions, _merge(raw_targets)


def _sentence_span(ctx: _Context, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(ctx.sentence_bounds, pos) - 1
    return ctx.sentence_bounds[i], ctx.sentence_bounds[min(i + 1, len(ctx.sentence_bounds) - 1)]


def _subclauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in _SUBCLAUSE.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _has(words: list[str], text: str) -> bool:
    """Whether any of `words` occurs in `text` (one compiled pattern per word list)."""
    return _words_re(tuple(words)).search(text) is not None


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
    money_or_share = q.unit in MONEY_UNITS or q.unit == "%"
    if money_or_share and _has(_cues()["incentive_words"], text[s_start:s_end]):
        mention.role = "incentive"
        return None
    if not _any_alias(ctx, s_start, s_end):
        return None  # no indicator named anywhere in the sentence
    subs = ctx.subclauses.get(s_start)
    if subs is None:
        subs = ctx.subclauses[s_start] = _subclauses(text, s_start, s_end)
    k = next(i for i, (a, b) in enumerate(subs) if a <= mention.start < b)
    c_start = subs[k][0]
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
    item_start = _item_start(text, c_start, mention.start, ctx)
    if a_start < c_start:  # indicator carried over from an earlier clause
        before, between = text[c_start : mention.start], ""
    elif a_start >= mention.end:  # noun after the number
        before, between = text[item_start : mention.start], ""
    else:
        before, between = text[c_start:a_start], text[a_end : mention.start]
    if _ends_with(tuple(_cues()["non_outcome_verbs"]), before.rstrip()):
        mention.note = "application count, not an outcome"
        return None
    shaped = _shape(q, indicator, text[s_start : mention.start], before, between)
    if shaped is None:
        mention.note = f"unit {q.unit or 'none'} does not fit {indicator.id} ({indicator.unit})"
        return None
    kind, value, value_max, unit, kind_review = shaped
    review += kind_review
    year, actual_year = _year(text[s_start : mention.start], ctx)
    scope, scope_review = _scope(text[s_start : mention.start], mention.start, ctx)
    review += scope_review
    status = (
        "actual"
        if actual_year or _is_fact(text[s_start : mention.start], text, mention)
        else "target"
    )
    if status == "actual":
        review = [r for r in review if not r.startswith("kind unclear")]
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
    item_start = _item_start(text, c_start, mention.start, ctx)
    in_clause = _aliases_within(ctx, c_start, c_end)
    # a noun right after the number: 组建3个产业技术创新战略联盟, 10个以上创新团队
    after = [
        a
        for a in in_clause
        if 0 <= a[0] - mention.end <= 6 and "、" not in text[mention.end : a[0]]
    ]
    if mention.quantity.unit in COUNT_UNITS and after:
        a = after[0]
        return a[2], a[0], a[1], [], item_start
    before_item = [a for a in in_clause if item_start <= a[0] and a[1] <= mention.start]
    if before_item:
        a = before_item[-1]
        return a[2], a[0], a[1], [], min(item_start, a[0])
    before_clause = [a for a in in_clause if a[1] <= mention.start]
    if before_clause and not _starts_new_subject(text[before_clause[-1][1] : mention.start]):
        a = before_clause[-1]
        return a[2], a[0], a[1], ["indicator from an earlier list item"], a[0]
    for j in range(k - 1, -1, -1):
        p_start, p_end = subs[j]
        prev = _aliases_within(ctx, p_start, p_end)
        if prev:
            if _starts_new_subject(text[c_start : mention.start]):
                return None
            a = prev[-1]
            return a[2], a[0], a[1], ["indicator carried over from the clause before"], a[0]
    return None


def _starts_new_subject(text: str) -> bool:
    """A clause that names something else (形象进度, 占区内企业数) does not inherit an indicator."""
    stripped = re.sub(
        r"(同比|年均|年|均|较上年|比上年|力争|确保|达到|增长|增幅|提高|以上|其中|,|，|\s)", "", text
    )
    stripped = re.sub(r"(?:19|20)\d{2}年(?:底|末)?(?:前)?", "", stripped)
    words = _cues()["new_verbs"] + _cues()["city_level_words"] + ["市级", "省级", "国家级"]
    stripped = re.sub("|".join(map(re.escape, sorted(words, key=len, reverse=True))), "", stripped)
    stripped = re.sub(r"[\u25a1\d.%个家项]", "", stripped)
    return len(stripped) > 2


def _shape(q, indicator: Indicator, sentence_before: str, before: str, between: str):
    """(kind, value, value_max, unit, review) for a quantity under an indicator, or None."""
    cues = _cues()
    growth_zone = between or before[-12:]
    if q.unit in ("%", "个百分点") and (
        _has(cues["growth_markers"], growth_zone)
        and not _has(["提高到", "提升到", "增加到"], growth_zone)
    ):
        return "growth", q.value, q.value_max, q.unit, []
    target_unit = indicator.unit
    if target_unit == "%":
        return ("level", q.value, q.value_max, "%", []) if q.unit == "%" else None
    if q.unit == "%":
        return None
    value, value_max, unit = q.value, q.value_max, target_unit
    if target_unit in MONEY_UNITS or target_unit == "亿元":
        if q.unit not in MONEY_UNITS:
            return None
        value = convert_money(q.value, q.unit, target_unit)
        value_max = convert_money(q.value_max, q.unit, target_unit) if q.value_max else None
    elif target_unit == "件/万人":
        if q.unit not in ("件", None):
            return None
    elif q.unit is not None and q.unit not in COUNT_UNITS and q.unit != target_unit:
        return None
    if q.unit is None and target_unit not in ("件/万人", "人年"):
        return None  # a bare number next to a count indicator is not its value
    kind, review = _kind(indicator, before, between, sentence_before)
    return kind, value, value_max, unit, review


def _kind(
    indicator: Indicator, before: str, between: str, sentence_before: str
) -> tuple[str, list[str]]:
    cues = _cues()
    head = before.rstrip()
    for qualifier in ("国家级", "国家", "省级以上", "省级", "市级以上", "市级", "省市级", "以上"):
        head = head.removesuffix(qualifier)
    if _ends_with(tuple(cues["new_verbs"]), head):
        return "new", []
    stock = _has(cues["stock_words"], between)
    if not stock and _has(cues["new_verbs"], between):
        return "new", []  # 科技型中小企业评价入库达到2000家: the verb names a flow
    if _has(cues["level_markers"], between) or any(w in indicator.name_zh for w in ("拥有量",)):
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


def _long(words: list[str]) -> list[str]:
    """Markers of two or more characters: safe to look for away from the number."""
    return [w for w in words if len(w) >= 2]


def _nearest_marker(text: str) -> str | None:
    """new or level, from the last new verb or level marker in `text`."""
    cues = _cues()
    best, kind = -1, None
    for words, k in ((cues["new_verbs"], "new"), (_long(cues["level_markers"]), "level")):
        for w in words:
            pos = text.rfind(w)
            if pos > best or (pos == best and pos >= 0 and k == "new"):
                best, kind = pos, k
    return kind


def _year(before: str, ctx: _Context) -> tuple[int | None, bool]:
    """(target year, whether the year lies before the plan: a fact).

    The nearest year before the number that is not a base year (较2019年) nor the start of a
    range; a five-year plan counts as its last year (十四五期末 -> 2025, 十三五期间 -> 2020).
    """
    candidates = []
    for m in _YEAR_MENTION.finditer(before):
        if _has(_cues()["base_year_words"], before[max(0, m.start() - 2) : m.start()]):
            continue
        if re.match(r"\s*(?:-|—|–|至|到)", before[m.end() :]):
            continue
        candidates.append((m.start(), int(m.group(1))))
    for m in _five_year_re().finditer(before):
        candidates.append((m.start(), _five_year_plans()[m.group()][1]))
    if not candidates:
        return ctx.period_end, False
    year = max(candidates)[1]
    return year, bool(ctx.period_start and year < ctx.period_start)


@cache
def _five_year_plans() -> dict[str, list[int]]:
    return load_yaml("document_cues.yaml")["five_year_plans"]


@cache
def _five_year_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _five_year_plans())))


def _is_fact(sentence_before: str, text: str, mention: Mention) -> bool:
    """现有/已有… before the number, or …等186家 with no target verb earlier in the sentence."""
    cues = _cues()
    for m in _words_re(tuple(cues["actual_cues"])).finditer(sentence_before):
        if not _has(cues["base_year_words"], sentence_before[max(0, m.start() - 2) : m.start()]):
            return True  # 较上年增长 names a base, not a reported fact
    preceding = text[max(0, mention.start - 1) : mention.start]
    return preceding == "等" and not _has(cues["target_verbs"], sentence_before)


@cache
def _zone_re() -> re.Pattern[str]:
    cues = _cues()
    suffixes = "|".join(sorted(cues["zone_suffixes"], key=len, reverse=True))
    levels = "|".join(cues["zone_levels"])
    return re.compile(rf"(?:{levels})?(?:{suffixes})")


def _scope(before: str, pos: int, ctx: _Context) -> tuple[str, list[str]]:
    scope = _scope_in(before, ctx)
    if scope:
        return scope, []
    for clause in reversed(enclosing(ctx.clauses, pos)):
        scope = _scope_in(clause.heading, ctx)
        if scope:
            return scope, [f"scope from the section heading: {clause.heading[:30]}"]
    return "city", []


def _scope_in(text: str, ctx: _Context) -> str | None:
    """The last sub-area named in `text`; None when it names none or resets to the whole area."""
    return _scope_in_cached(text, ctx.city_adcode)


@cache
def _scope_in_cached(text: str, city_adcode: str | None) -> str | None:
    pattern, places = _scope_pattern(city_adcode)
    last: str | None = None
    found = False
    skip_until = -1
    for m in pattern.finditer(text):
        if m.start() < skip_until:
            continue  # the zone suffix of a name already taken (榆中|经济开发区)
        found = True
        if m["whole"]:
            last = None
        elif m["level"] or m["zone"]:
            last = m.group()
        else:
            zone = _zone_re().match(text, m.end())
            if zone:
                last = text[m.start() : zone.end()]
                skip_until = zone.end()
            else:
                last = places.get(m.group())
    return last if found else None


@cache
def _scope_pattern(city_adcode: str | None) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for whole-area words, city-level words and the stems of the city's divisions.

    The city's own name or stem maps to None: it names a zone only when a zone suffix follows
    (兰州经济开发区); otherwise it is the city itself.
    """
    cues = _cues()
    stems = _stems(city_adcode) if city_adcode else []
    places = {stem: (place.name if place else None) for stem, place in stems}
    alt = "|".join(map(re.escape, sorted(places, key=len, reverse=True))) or "(?!)"
    whole = "|".join(map(re.escape, cues["whole_area_words"]))
    level = "|".join(map(re.escape, cues["city_level_words"]))
    zones = "|".join(map(re.escape, sorted(cues["standalone_zones"], key=len, reverse=True)))
    return (
        re.compile(f"(?P<whole>{whole})|(?P<level>{level})|(?:{alt})|(?P<zone>{zones})"),
        places,
    )


@cache
def _stems(city_adcode: str) -> list[tuple[str, gazetteer.Place | None]]:
    city = gazetteer.by_adcode(city_adcode)
    if city is None:
        return []
    out: list[tuple[str, gazetteer.Place | None]] = []
    prefix = city.adcode[:4] if city.level == "prefecture" else city.adcode
    for place in gazetteer.places().values():
        inside = place.adcode.startswith(prefix) and place.adcode != city.adcode
        if city.level == "prefecture" and inside and place.level in ("county", "district"):
            for name in {place.name, _stem(place.name)}:
                if len(name) >= 2:
                    out.append((name, place))
    own = _stem(city.name)
    if len(own) >= 2:
        out += [(city.name, None), (own, None)]
    return sorted(out, key=lambda s: len(s[0]), reverse=True)


def _stem(name: str) -> str:
    for suffix in ("自治县", "自治州", "市", "县", "区", "旗"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _merge(raw: list[tuple[Mention, Target]]) -> list[Target]:
    """One target per goal: same indicator, kind, value, unit, year, scope and status."""
    merged: dict[tuple, Target] = {}
    order = []
    strength = {"=": 0, "~": 1, "<=": 1, "<": 1, ">=": 2, ">": 3}
    for mention, t in raw:
        key = (t.indicator, t.kind, t.value, t.value_max, t.unit, t.year, t.scope, t.status)
        if key not in merged:
            merged[key] = t
            order.append(key)
        else:
            m = merged[key]
            m.sources.extend(t.sources)
            if strength[t.comparator] > strength[m.comparator]:
                m.comparator = t.comparator
            m.review = sorted(set(m.review) & set(t.review)) if m.review else m.review
        mention.target_ref = key
    for n, key in enumerate(order, start=1):
        merged[key].target_id = f"T{n:03d}"
    for mention, _ in raw:
        mention.target_ref = merged[mention.target_ref].target_id
    return [merged[k] for k in order]
