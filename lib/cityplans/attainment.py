"""Promised against achieved: each target's matching actual and a verdict; each target's ambition.

A target meets its actual only on the same city, scope, indicator and unit, and a kind that
measures the same thing; years match exactly, or the nearest year within the gap that
data/actual_measures.yaml allows, flagged. Verdicts by kind:

- level: actual ÷ target; met when the actual reaches the target as its comparator says
  (≥ and plain 达到: at least; >: above; ~ 左右: within the tolerance below; ≤, <: at most);
  a range (2–3) is met from its lower end;
- new: the sum of the flows (actual rows of kind new) over the target's years — the plan's
  years for a goal of its last year, else the target's year — every year needed, never
  derived from differences of stocks (firms also leave a register);
- growth: the achieved growth (an actual growth, or the change between the level actuals of
  the year and the year before) against the promised one, in percentage points.

Status: met / not_met / no_data (what is missing is said) / not_yet_due (the target's year is
after the city's latest actual). Ambition is the annual growth a target asks for, from the
latest actual before the plan starts to the target value, so plans of 3 and 5 years rank on
one scale.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pandas as pd

from cityplans.actuals import GROWTH_UNITS, same_unit, settings
from cityplans.compare import KIND_LABELS

STATUS_LABELS = {
    "met": "达成",
    "not_met": "未达成",
    "no_data": "无数据",
    "not_yet_due": "未到期",
}
ATTAINMENT_COLUMNS = [
    "target_id",
    "doc",
    "city",
    "scope",
    "indicator",
    "indicator_name",
    "kind",
    "comparator",
    "target_value",
    "target_max",
    "unit",
    "year",
    "target_source",
    "target_quote",
    "actual_value",
    "actual_year",
    "actual_source",
    "actual_quote",
    "actual_origin",
    "year_note",
    "ratio",
    "gap_pp",
    "status",
    "status_label",
    "reason",
]
AMBITION_COLUMNS = [
    "target_id",
    "city",
    "scope",
    "indicator",
    "indicator_name",
    "kind",
    "target_value",
    "unit",
    "year",
    "base_year",
    "base_value",
    "base_source",
    "years",
    "ambition",
    "method",
    "note",
    "rank",
]


def meets(actual: float, target: float, comparator: str, target_max: float | None = None) -> bool:
    """Whether `actual` fulfils a target of `target` (lower end of a range) under
    `comparator`: ≥ and = at least, > above, ~ within the tolerance below, ≤ and < at most."""
    eps = 1e-9 * max(1.0, abs(target))
    if comparator in ("<=", "<"):
        bound = target_max if target_max is not None and not _nan(target_max) else target
        return actual <= bound + eps if comparator == "<=" else actual < bound - eps
    if comparator == ">":
        return actual > target + eps
    if comparator == "~":
        tolerance = float(Decimal(settings()["about_tolerance"]))
        return actual >= target - abs(target) * tolerance - eps
    return actual >= target - eps


def achieved_growth(before: float, after: float, unit: str) -> float | None:
    """The growth from `before` to `after`: in % of `before` for unit %, the difference for
    unit 个百分点; None when a relative growth has no base (before is 0)."""
    if unit == "个百分点":
        return after - before
    if before == 0:
        return None
    return (after / before - 1) * 100


def implied_growth(base: float, target: float, years: int) -> float | None:
    """The annual growth rate (a fraction) that takes `base` to `target` in `years` years."""
    if years <= 0 or base <= 0 or target < 0:
        return None
    return (target / base) ** (1 / years) - 1


def _nan(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA


def _year_of(x) -> int | None:
    return None if _nan(x) else int(x)


class _Actuals:
    """Preferred actual rows indexed by (city, scope, indicator, kind)."""

    def __init__(self, actuals: pd.DataFrame) -> None:
        rows = actuals[actuals["preferred"]] if "preferred" in actuals.columns else actuals
        self.by_key: dict[tuple, list[dict]] = {}
        self.latest_city: dict[str, int] = {}
        for r in rows.to_dict("records"):
            key = (r["city"], r["scope"], r["indicator"], r["kind"])
            self.by_key.setdefault(key, []).append(r)
            if not _nan(r["year"]):
                y = int(r["year"])
                self.latest_city[r["city"]] = max(self.latest_city.get(r["city"], y), y)
        self.latest = max(self.latest_city.values(), default=None)
        self.gap = int(settings()["nearest_year_gap"])

    def rows(self, t: dict, kind: str, unit: str | None = None) -> list[dict]:
        found = self.by_key.get((t["city"], t["scope"], t["indicator"], kind), [])
        return [r for r in found if unit is None or same_unit(r["unit"], unit)]

    def at(self, t: dict, kind: str, year: int, unit: str | None, nearest: bool) -> dict | None:
        """The actual of that year (in `unit`, or any when None), else (when `nearest`) the
        nearest within the gap, the earlier on a tie."""
        rows = [r for r in self.rows(t, kind, unit) if not _nan(r["year"])]
        exact = [r for r in rows if int(r["year"]) == year]
        if exact or not nearest:
            return exact[0] if exact else None
        near = [r for r in rows if 0 < abs(int(r["year"]) - year) <= self.gap]
        return (
            min(near, key=lambda r: (abs(int(r["year"]) - year), int(r["year"]))) if near else None
        )

    def latest_year(self, city: str) -> int | None:
        return self.latest_city.get(city, self.latest)


def attainment(targets: pd.DataFrame, actuals: pd.DataFrame) -> pd.DataFrame:
    """One row per target (status `target`): its matching actual, ratio or growth gap, and
    status (met / not_met / no_data / not_yet_due) with the reason; both sources kept."""
    index = _Actuals(actuals)
    rows = [_attain(t, index) for t in _goals(targets)]
    frame = pd.DataFrame(rows, columns=ATTAINMENT_COLUMNS)
    for col in ("year", "actual_year"):
        frame[col] = frame[col].astype("Int64")
    for col in ("target_value", "target_max", "actual_value", "ratio", "gap_pp"):
        frame[col] = frame[col].astype(float)
    return frame


def _goals(targets: pd.DataFrame) -> list[dict]:
    """The goal rows (status target), each with `planned_start`: the first year its document
    plans. A text that reviews one year and plans the next covers both (2022–2023), but its
    goals span the second alone; so a two-year period whose first year the same document
    reports figures for starts planning a year later."""
    reported: dict[object, set[int]] = {}
    for r in targets[targets["status"] == "actual"].to_dict("records"):
        if not _nan(r.get("year")):
            reported.setdefault(r.get("doc"), set()).add(int(r["year"]))
    rows = targets[targets["status"] == "target"].to_dict("records")
    for t in rows:
        start, end = _year_of(t.get("period_start")), _year_of(t.get("period_end"))
        if start is not None and end == start + 1 and start in reported.get(t.get("doc"), ()):
            start = end
        t["planned_start"] = start
    return rows


def _base(t: dict) -> dict:
    title = t.get("title")
    return {
        "target_id": t.get("target_id"),
        "doc": t.get("doc"),
        "city": t["city"],
        "scope": t["scope"],
        "indicator": t["indicator"],
        "indicator_name": t.get("indicator_name"),
        "kind": t["kind"],
        "comparator": t["comparator"],
        "target_value": t["value"],
        "target_max": None if _nan(t.get("value_max")) else t["value_max"],
        "unit": t["unit"],
        "year": t["year"],
        "target_source": f"{t.get('doc')}《{title}》" if isinstance(title, str) else t.get("doc"),
        "target_quote": t.get("quote"),
        "actual_value": None,
        "actual_year": None,
        "actual_source": None,
        "actual_quote": None,
        "actual_origin": None,
        "year_note": None,
        "ratio": None,
        "gap_pp": None,
        "status": None,
        "status_label": None,
        "reason": None,
    }


def _done(row: dict, status: str, reason: str | None = None) -> dict:
    row["status"] = status
    row["status_label"] = STATUS_LABELS[status]
    row["reason"] = reason
    return row


def _use(row: dict, actual: dict) -> None:
    row["actual_source"] = actual["source"]
    row["actual_quote"] = actual.get("quote")
    row["actual_origin"] = actual["origin"]


def _use_all(row: dict, used: list[dict]) -> None:
    """The sources, quotes and origins of several actuals (a sum, a growth), each once."""
    row["actual_source"] = "; ".join(dict.fromkeys(a["source"] for a in used))
    row["actual_quote"] = " / ".join(dict.fromkeys(str(a.get("quote") or "") for a in used))
    row["actual_origin"] = "+".join(dict.fromkeys(a["origin"] for a in used))


def _attain(t: dict, index: _Actuals) -> dict:
    row = _base(t)
    year = _year_of(t["year"])
    if year is None or not isinstance(t["city"], str):
        return _done(row, "no_data", "目标没有年份或城市,无从匹配")
    if t["kind"] == "level":
        found = _level(row, t, index, year)
    elif t["kind"] == "new":
        found = _new(row, t, index, year)
    else:
        found = _growth(row, t, index, year)
    if found is not None:
        return found
    latest = index.latest_year(t["city"])
    if latest is not None and year > latest:
        return _done(row, "not_yet_due", f"目标年份{year}晚于该市最新实际值的年份{latest}")
    return _done(row, "no_data", row["reason"])


def _describe(t: dict, kind: str, unit: str, years: str) -> str:
    place = t["city"] if t["scope"] == "city" else f"{t['city']}·{t['scope']}"
    name = t.get("indicator_name") or t["indicator"]
    return f"{place}{years}{name}({KIND_LABELS[kind]},{unit})"


def _other_kinds(t: dict, index: _Actuals, kind: str) -> str:
    others = sorted(
        {f"{KIND_LABELS[k]}/{r['unit']}" for k in KIND_LABELS for r in index.rows(t, k)}
        - {f"{KIND_LABELS[kind]}/{t['unit']}"}
    )
    return f";仅有{'、'.join(others)}的实际值,类型或单位不同,不比较" if others else ""


def _level(row: dict, t: dict, index: _Actuals, year: int) -> dict | None:
    actual = index.at(t, "level", year, t["unit"], nearest=True)
    if actual is None:
        row["reason"] = f"缺少{_describe(t, 'level', t['unit'], f'{year}年')}的实际值" + (
            _other_kinds(t, index, "level")
        )
        return None
    _use(row, actual)
    row["actual_value"] = actual["value"]
    row["actual_year"] = int(actual["year"])
    if int(actual["year"]) != year:
        row["year_note"] = f"最近年份{int(actual['year'])}(目标年{year}无数据)"
    row["ratio"] = actual["value"] / t["value"] if t["value"] else None
    return _judge(row, t, actual["value"])


def _judge(row: dict, t: dict, achieved: float) -> dict:
    """met or not_met, with where the actual falls for a range target."""
    ok = meets(achieved, t["value"], t["comparator"], row["target_max"])
    return _done(row, "met" if ok else "not_met", _range_note(achieved, row))


def _range_note(value: float, row: dict) -> str | None:
    if row["target_max"] is None:
        return None
    if value > row["target_max"]:
        return "超过区间上限"
    return "在区间内" if value >= row["target_value"] else "低于区间下限"


def _period(t: dict, year: int) -> list[int]:
    start, end = t.get("planned_start"), _year_of(t.get("period_end"))
    if start is not None and end == year and start <= year:
        return list(range(start, year + 1))
    return [year]


def _new(row: dict, t: dict, index: _Actuals, year: int) -> dict | None:
    years = _period(t, year)
    flows = {y: index.at(t, "new", y, t["unit"], nearest=False) for y in years}
    missing = [y for y, a in flows.items() if a is None]
    span = f"{years[0]}–{years[-1]}年" if len(years) > 1 else f"{year}年"
    if missing:
        row["reason"] = (
            f"缺少{_describe(t, 'new', t['unit'], '、'.join(f'{y}年' for y in missing))}"
            f"的实际值({'需每年新增数之和;' if len(years) > 1 else ''}存量之差不算新增)"
        ) + _other_kinds(t, index, "new")
        return None
    used = list(flows.values())
    total = sum(a["value"] for a in used)
    row["actual_value"] = total
    row["actual_year"] = year
    _use_all(row, used)
    if len(years) > 1:
        row["year_note"] = f"{span}新增数之和"
    row["ratio"] = total / t["value"] if t["value"] else None
    return _judge(row, t, total)


def _growth(row: dict, t: dict, index: _Actuals, year: int) -> dict | None:
    if t["unit"] not in GROWTH_UNITS:
        row["reason"] = f"增长目标的单位{t['unit']}不是%或个百分点,无从比较"
        return None
    direct = index.at(t, "growth", year, t["unit"], nearest=False)
    if direct is not None:
        _use(row, direct)
        achieved = direct["value"]
    else:
        level_unit = "%" if t["unit"] == "个百分点" else None
        after = index.at(t, "level", year, level_unit, nearest=False)
        before = index.at(t, "level", year - 1, level_unit, nearest=False)
        if after is None or before is None or not same_unit(after["unit"], before["unit"]):
            row["reason"] = (
                f"缺少{_describe(t, 'growth', t['unit'], f'{year}年')}的实际值,"
                f"也缺少{year - 1}与{year}年的数值(可由两年数值算出增长)"
            )
            return None
        achieved = achieved_growth(before["value"], after["value"], t["unit"])
        if achieved is None:
            row["reason"] = f"{year - 1}年数值为0,无从计算增长率"
            return None
        _use_all(row, [before, after])
        row["year_note"] = (
            f"由{year - 1}年({_num(before['value'])}{before['unit']})与{year}年"
            f"({_num(after['value'])}{after['unit']})算出"
        )
    row["actual_value"] = achieved
    row["actual_year"] = year
    row["gap_pp"] = achieved - t["value"]
    return _judge(row, t, achieved)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def ambition(targets: pd.DataFrame, actuals: pd.DataFrame) -> pd.DataFrame:
    """The annual growth each target asks for (a fraction), ranked within each indicator,
    kind and unit (1 = most ambitious); level targets from the latest level actual before the
    plan starts, new ones as the stock they would add to it (no firm leaving), growth targets
    their promised rate. Rows without a base say so and get no rank."""
    index = _Actuals(actuals)
    rows = [_ambition(t, index) for t in _goals(targets)]
    frame = pd.DataFrame(rows, columns=AMBITION_COLUMNS)
    for col in ("year", "base_year", "years"):
        frame[col] = frame[col].astype("Int64")
    for col in ("target_value", "base_value", "ambition"):
        frame[col] = frame[col].astype(float)
    keys = ["indicator", "kind", "unit"]
    frame["rank"] = (
        frame.groupby(keys, dropna=False)["ambition"].rank(ascending=False, method="min")
    ).astype("Int64")
    return frame


def _ambition(t: dict, index: _Actuals) -> dict:
    row = {c: None for c in AMBITION_COLUMNS}
    row.update(
        target_id=t.get("target_id"),
        city=t["city"],
        scope=t["scope"],
        indicator=t["indicator"],
        indicator_name=t.get("indicator_name"),
        kind=t["kind"],
        target_value=t["value"],
        unit=t["unit"],
        year=t["year"],
    )
    year = _year_of(t["year"])
    if t["kind"] == "growth":
        if t["unit"] != "%":
            row["note"] = "以百分点计的增长目标不折算为增速"
            return row
        row.update(ambition=t["value"] / 100, method="承诺的年增速", years=1)
        return row
    start = t.get("planned_start")
    before = start if start is not None and year is not None and start <= year else year
    if before is None:
        row["note"] = "目标没有年份"
        return row
    bases = [
        r
        for r in index.rows(t, "level", t["unit"])
        if not _nan(r["year"]) and int(r["year"]) < before
    ]
    if not bases:
        row["note"] = f"缺少{before}年以前的基期值({KIND_LABELS['level']},{t['unit']})"
        return row
    base = max(bases, key=lambda r: int(r["year"]))
    years = year - int(base["year"])
    end = t["value"] if t["kind"] == "level" else base["value"] + t["value"]
    growth = implied_growth(base["value"], end, years)
    row.update(
        base_year=int(base["year"]),
        base_value=base["value"],
        base_source=base["source"],
        years=years,
        ambition=growth,
        method="由基期值到目标值的年均增速"
        if t["kind"] == "level"
        else "新增数加于基期存量的年均增速(假定无退出)",
    )
    if growth is None:
        row["note"] = "基期值为0或缺,无从折算"
    return row
