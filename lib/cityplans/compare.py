"""Comparison tables: targets filtered and pivoted so that unlike things are never compared.

Rows that differ in indicator, kind, unit, scope or status stay in separate rows; a value is
shown with its comparator and range (≥20, 2–3, ~1200). Parameter checks name the valid values.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from cityplans.errors import ParameterError, UnknownCityError
from cityplans.registry import HEADLINE_IDS, registry
from cityplans.selection import select

KINDS = ("level", "new", "growth")
KIND_LABELS = {"level": "总量/水平", "new": "新增", "growth": "增长率"}
UNKNOWN_CITY = "城市未识别"  # how a document whose city was not found is named in reports
COMPARATOR_SIGNS = {"=": "", ">=": "≥", ">": ">", "~": "~", "<=": "≤", "<": "<"}


def check_parameters(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    indicators: Iterable[str] | None = None,
    cities: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> None:
    """Raise a clear error, listing the valid values, for an unknown indicator, city or kind."""
    reg = registry()
    for ind in indicators or []:
        reg.get(ind)  # raises UnknownIndicatorError with the valid ids
    valid_cities = sorted(documents["city"].dropna().unique())
    for city in cities or []:
        if city not in valid_cities:
            raise UnknownCityError(city, valid_cities)
    for kind in kinds or []:
        if kind not in KINDS:
            raise ParameterError(f"unknown kind {kind!r}; valid kinds: {', '.join(KINDS)}")


def format_value(row) -> str:
    """≥20, 2–3, ~1200, 0.8: a value with its comparator and range, no unit."""
    value = _num(row["value"])
    vmax = row.get("value_max")
    if pd.notna(vmax):
        return f"{value}–{_num(vmax)}"
    return f"{COMPARATOR_SIGNS.get(row['comparator'], '')}{value}"


def plain_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` for CSV and JSON: whole numbers in float columns as integers (500, not 500.0);
    other values unchanged, which print as the decimal the plan wrote (16.4, 2.35)."""
    floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
    if not floats:
        return frame
    out = frame.copy()
    for col in floats:
        # built as objects: map() would infer float64 again where a column has gaps
        out[col] = pd.Series([_whole(x) for x in out[col]], index=out.index, dtype=object)
    return out


def _whole(x: object) -> object:
    if isinstance(x, float) and x == x and x.is_integer():
        return int(x)
    return x


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def city_label(city: object, doc: str) -> str:
    """The city, or 城市未识别 (file name) for a document whose city was not found, so that it
    is named (and told apart from other such documents) wherever cities are shown."""
    if isinstance(city, str) and city:
        return city
    return f"{UNKNOWN_CITY} ({doc})"


def label_cities(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with each missing city written as city_label gives it (from the doc column)."""
    if "city" not in frame.columns or "doc" not in frame.columns:
        return frame
    missing = ~frame["city"].map(lambda c: isinstance(c, str) and bool(c))
    if not missing.any():
        return frame
    out = frame.copy()
    out["city"] = out["city"].astype(object)
    out.loc[missing, "city"] = [city_label(None, d) for d in out.loc[missing, "doc"]]
    return out


def place_label(row) -> str:
    """The city, with the sub-area when the scope is not the whole city: 兰州市·榆中县."""
    city = city_label(row.get("city"), row.get("doc"))
    scope = row.get("scope")
    return city if scope in (None, "city") else f"{city}·{scope}"


def compare(
    targets: pd.DataFrame,
    indicator: str,
    cities: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    statuses: Iterable[str] = ("target",),
    basis: str = "raw",
    actuals: pd.DataFrame | None = None,
    kind: str | None = None,
) -> pd.DataFrame:
    """Place × year table of one indicator, one row per (place, kind, unit, status): kinds apart.

    With a `basis` other than raw (per_10k_residents, per_100yi_gdp, minmax, rank; see
    basis.py) the values are put on it, for one kind and unit only (MixedComparisonError
    otherwise), residents and GDP from `actuals`; the column header names the basis."""
    if basis != "raw":
        return _compare_on_basis(targets, indicator, cities, years, statuses, basis, actuals, kind)
    rows = select(targets, [indicator], cities, years, [kind] if kind else None, statuses)
    if rows.empty:
        return pd.DataFrame()
    rows = rows.assign(
        place=rows.apply(place_label, axis=1),
        shown=rows.apply(format_value, axis=1),
        kind_label=rows["kind"].map(KIND_LABELS),
    )
    table = rows.pivot_table(
        index=["place", "kind_label", "unit", "status"],
        columns="year",
        values="shown",
        aggfunc=lambda v: " / ".join(v),
    )
    table.columns.name = "目标年份"
    return table


def _compare_on_basis(targets, indicator, cities, years, statuses, basis, actuals, kind):
    from cityplans.basis import normalise

    rows = normalise(targets, indicator, basis, actuals, kind, None, cities, years, statuses)
    if rows.empty:
        return pd.DataFrame()
    rows = rows.assign(
        place=rows.apply(place_label, axis=1),
        shown=[
            f"{v:.4g} {u}" if pd.notna(v) else f"— ({n})"
            for v, u, n in zip(
                rows["normalised"], rows["normalised_unit"], rows["note"], strict=True
            )
        ],
        kind_label=rows["kind"].map(KIND_LABELS),
    )
    table = rows.pivot_table(
        index=["place", "kind_label", "unit"], columns="year", values="shown", aggfunc=" / ".join
    )
    table.columns.name = f"目标年份 · {rows['basis_label'].iloc[0]}"
    return table


def coverage(
    targets: pd.DataFrame,
    indicators: Iterable[str] | None = None,
    cities: Iterable[str] | None = None,
) -> pd.DataFrame:
    """City × indicator: how many target rows each plan states (0 = the plan is silent)."""
    ids = list(indicators or HEADLINE_IDS)
    rows = targets[targets["indicator"].isin(ids) & (targets["status"] == "target")]
    table = pd.crosstab(rows["city"], rows["indicator"])
    index = sorted(cities) if cities is not None else sorted(targets["city"].dropna().unique())
    return table.reindex(index=index, columns=ids, fill_value=0)


def shared_targets(targets: pd.DataFrame, city: str, max_panels: int = 8) -> pd.DataFrame:
    """The whole-city targets of `city` and of every other city on the same indicator, kind
    and unit, with a `panel` number per (indicator, kind, unit): headline indicators first,
    then those most cities state; at most `max_panels` of them. Empty when no other city
    states any of this city's."""
    reg = registry()
    rows = select(targets, list(targets["indicator"].unique()))
    rows = rows[rows["scope"] == "city"]
    keys = ["indicator", "kind", "unit"]
    mine = rows.loc[rows["city"] == city, keys].drop_duplicates()
    rows = rows.merge(mine, on=keys)
    n_cities = rows.groupby(keys)["city"].nunique().rename("n_cities").reset_index()
    n_cities = n_cities[n_cities["n_cities"] > 1]
    if n_cities.empty:
        return rows.iloc[0:0].assign(panel=pd.Series(dtype=int))
    n_cities["headline"] = n_cities["indicator"].map(lambda i: reg.get(i).headline)
    order = n_cities.sort_values(
        ["headline", "n_cities", "indicator", "kind"], ascending=[False, False, True, True]
    ).head(max_panels)
    order = order.assign(panel=range(len(order)))[[*keys, "panel"]]
    out = rows.merge(order, on=keys)
    return out.sort_values(["panel", "city", "year", "value"]).reset_index(drop=True)
