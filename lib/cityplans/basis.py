"""Comparisons on a fair basis: targets per 10k residents, per 100 亿元 of GDP, min–max or rank.

Only rows of one indicator, kind and unit are put on one scale, and min–max and rank are taken
within each year; a request that would mix kinds or units is a MixedComparisonError naming
them. Residents and GDP come from the actuals table (same city and scope, the target's year or
the nearest within the allowed gap, flagged); a row without one is kept, with the reason.
Every row carries the basis (`basis_label`), so a table or chart of them can always say it.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from cityplans.actuals import GROWTH_UNITS, settings
from cityplans.errors import MixedComparisonError, ParameterError
from cityplans.selection import select

BASES = {
    "raw": "原值",
    "per_10k_residents": "每万常住人口",
    "per_100yi_gdp": "每百亿元地区生产总值",
    "minmax": "最小–最大归一化(0–1,同指标·类型·单位·年份内)",
    "rank": "位次(1 = 最高,同指标·类型·单位·年份内)",
}
DENOMINATORS = {  # basis -> (measure id, its name in notes, divide by, unit suffix)
    "per_10k_residents": ("resident_population", "常住人口", 1.0, "/万人"),
    "per_100yi_gdp": ("gdp", "地区生产总值", 100.0, "/百亿元GDP"),
}
NORMALISED_COLUMNS = [
    "city",
    "scope",
    "doc",
    "indicator",
    "kind",
    "comparator",
    "value",
    "value_max",
    "unit",
    "year",
    "basis",
    "basis_label",
    "denominator",
    "denominator_year",
    "denominator_source",
    "normalised",
    "normalised_unit",
    "note",
]


def basis_label(basis: str) -> str:
    """The basis in words, for the title or subtitle of every table and chart."""
    check_basis(basis)
    return BASES[basis]


def check_basis(basis: str) -> None:
    """A ParameterError listing the valid bases for an unknown one."""
    if basis not in BASES:
        raise ParameterError(f"unknown basis {basis!r}; valid bases: {', '.join(BASES)}")


def is_rate(kind: str, unit: str) -> bool:
    """A growth, a share or a rate already per something (%, 件/万人): not put per resident
    or per GDP."""
    return kind == "growth" or unit in GROWTH_UNITS or "/" in unit


def normalise(
    targets: pd.DataFrame,
    indicator: str,
    basis: str,
    actuals: pd.DataFrame | None = None,
    kind: str | None = None,
    unit: str | None = None,
    cities: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    statuses: Iterable[str] = ("target",),
) -> pd.DataFrame:
    """The targets of one indicator (one kind, one unit) on `basis`: one row each, with the
    denominator used and its year and source, or a note saying why there is no value."""
    check_basis(basis)
    rows = select(targets, [indicator], cities, years, [kind] if kind else None, statuses)
    if unit:
        rows = rows[rows["unit"] == unit]
    _one_of(rows, indicator, "kind", "pass kind= (level, new or growth) to choose one")
    _one_of(rows, indicator, "unit", "pass unit= to choose one")
    out = rows.assign(
        basis=basis,
        basis_label=BASES[basis],
        denominator=float("nan"),
        denominator_year=pd.array([pd.NA] * len(rows), dtype="Int64"),
        denominator_source=None,
        normalised=float("nan"),
        normalised_unit=None,
        note=None,
    )
    out["note"] = out["note"].astype(object)
    out["denominator_source"] = out["denominator_source"].astype(object)
    if rows.empty:
        return out.reindex(columns=NORMALISED_COLUMNS)
    ranged = out["value_max"].notna()
    if basis == "raw":
        out["normalised"] = out["value"]
        out["normalised_unit"] = out["unit"]
    elif basis in DENOMINATORS:
        _per(out, basis, actuals)
    else:
        _within_years(out, basis)
    out.loc[ranged & out["normalised"].notna(), "note"] = "区间取下限"
    return out.reindex(columns=NORMALISED_COLUMNS).reset_index(drop=True)


def _one_of(rows: pd.DataFrame, indicator: str, column: str, hint: str) -> None:
    values = sorted(rows[column].dropna().unique())
    if len(values) > 1:
        raise MixedComparisonError(indicator, column, values, hint)


def _per(out: pd.DataFrame, basis: str, actuals: pd.DataFrame | None) -> None:
    """value ÷ the denominator of the row's city, scope and year (nearest within the gap)."""
    measure, name, scale, suffix = DENOMINATORS[basis]
    first = out.iloc[0]
    if is_rate(first["kind"], first["unit"]):
        raise ParameterError(
            f"{first['indicator']} ({first['kind']}, {first['unit']}) is a rate or a share: "
            f"it is not put {BASES[basis]}; use basis raw, minmax or rank"
        )
    known = pd.DataFrame() if actuals is None else actuals
    if len(known) and "preferred" in known.columns:
        known = known[known["preferred"]]
    if len(known):
        known = known[(known["indicator"] == measure) & (known["kind"] == "level")]
    gap = int(settings()["nearest_year_gap"])
    out["normalised_unit"] = first["unit"] + suffix
    for idx, r in out.iterrows():
        year = int(r["year"]) if pd.notna(r["year"]) else None
        mine = (
            known[(known["city"] == r["city"]) & (known["scope"] == r["scope"])]
            if len(known)
            else known
        )
        if year is None or mine.empty:
            place = r["city"] if r["scope"] == "city" else f"{r['city']}·{r['scope']}"
            out.at[idx, "note"] = f"缺少{place}的{name}"
            continue
        dist = (mine["year"].astype(int) - year).abs()
        near = mine[dist <= gap].assign(_d=dist, _y=mine["year"].astype(int))
        if near.empty:
            out.at[idx, "note"] = f"缺少{r['city']}{year}年前后{gap}年内的{name}"
            continue
        d = near.sort_values(["_d", "_y"]).iloc[0]
        out.at[idx, "denominator"] = d["value"]
        out.at[idx, "denominator_year"] = int(d["year"])
        out.at[idx, "denominator_source"] = d["source"]
        out.at[idx, "normalised"] = r["value"] / (d["value"] / scale)
        if int(d["year"]) != year:
            out.at[idx, "note"] = f"{name}取最近年份{int(d['year'])}"


def _within_years(out: pd.DataFrame, basis: str) -> None:
    """min–max (0–1) or rank (1 = highest) among the rows of each year."""
    out["normalised_unit"] = "0–1" if basis == "minmax" else "位次"
    for _, group in out.groupby("year", dropna=False):
        values = group["value"]
        if basis == "rank":
            out.loc[group.index, "normalised"] = values.rank(ascending=False, method="min")
            continue
        low, high = values.min(), values.max()
        if len(group) < 2 or high == low:
            why = "组内只有一个数值" if len(group) < 2 else "组内数值全部相同"
            out.loc[group.index, "note"] = f"{why},无从归一化"
            continue
        out.loc[group.index, "normalised"] = (values - low) / (high - low)
