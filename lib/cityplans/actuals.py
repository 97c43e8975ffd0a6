"""The actuals table: what cities achieved, from three origins, each row with its source.

Origins: `extracted` (the extractor's `actual` rows: a plan's 发展基础, a bulletin, news of
results), `reference` (data/reference_actuals.csv: figures from public statistical bulletins and
official news, shipped with the package) and `user` (a CSV or Excel file the analyst gives,
validated row by row). Rows of one origin never overwrite another's: where two origins give
the same city, scope, indicator, kind, year and unit, both stay, and the preferred one (user,
then reference, then extracted) is marked `preferred`; a differing value is noted.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from cityplans.errors import (
    ActualsFileError,
    ActualsRowError,
    CityplansError,
    DataFileError,
    UnknownIndicatorError,
)
from cityplans.resources import load_yaml

ACTUAL_COLUMNS = [
    "city",
    "adcode",
    "indicator",
    "kind",
    "year",
    "value",
    "unit",
    "scope",
    "source",
    "quote",
    "origin",
    "source_title",
    "doc",
    "preferred",
    "note",
]
ORIGINS = ("user", "reference", "extracted")  # in order of preference
KINDS = ("level", "new", "growth")
GROWTH_UNITS = ("%", "个百分点")
REQUIRED = ("city", "indicator", "year", "value", "unit", "source")
OPTIONAL = ("kind", "scope", "quote", "adcode", "source_title")
# Column headers a user file may write in Chinese
HEADER_ALIASES = {
    "城市": "city",
    "指标": "indicator",
    "指标代码": "indicator",
    "年份": "year",
    "数值": "value",
    "单位": "unit",
    "来源": "source",
    "原文": "quote",
    "类型": "kind",
    "范围": "scope",
    "行政区划代码": "adcode",
    "来源标题": "source_title",
}
REFERENCE_FILE = "reference_actuals.csv"


@dataclass(frozen=True)
class Measure:
    """A quantity an actuals table may hold: a registry indicator or a denominator (GDP)."""

    id: str
    name_zh: str
    unit: str


@cache
def settings() -> dict:
    """data/actual_measures.yaml: the extra measures, unit conversions and comparison rules."""
    return load_yaml("actual_measures.yaml")


@cache
def measures() -> dict[str, Measure]:
    """Every id an actuals row may name: the registry's indicators, then GDP and population."""
    from cityplans.registry import registry

    out = {i.id: Measure(i.id, i.name_zh, i.unit) for i in registry()}
    for m in settings()["measures"]:
        if m["id"] in out:
            raise DataFileError("actual_measures.yaml", f"{m['id']} is already a registry id")
        out[m["id"]] = Measure(m["id"], m["name_zh"], m["unit"])
    return out


def measure(indicator: str) -> Measure:
    """The measure with this id; UnknownIndicatorError names the nearest and the valid ids."""
    found = measures().get(indicator)
    if found is None:
        raise UnknownIndicatorError(indicator, list(measures()))
    return found


def same_unit(a: str, b: str) -> bool:
    """True when two units name the same thing: equal, or two counting words (个 and 家)."""
    words = settings()["count_words"]
    return a == b or (len(a) == 1 and len(b) == 1 and a in words and b in words)


def convert(value: Decimal, unit: str, to: str) -> Decimal | None:
    """`value` in `unit` expressed in `to`, exactly; None when there is no exact conversion."""
    if same_unit(unit, to):
        return value
    factor = settings()["conversions"].get(to, {}).get(unit)
    return value * Decimal(factor) if factor is not None else None


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in ACTUAL_COLUMNS})


def _dtype(column: str) -> str:
    return {"year": "Int64", "value": "float64", "preferred": "bool"}.get(column, "object")


def _frame(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return _empty()
    frame = pd.DataFrame(rows)
    for col in ACTUAL_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    frame = frame[ACTUAL_COLUMNS]
    frame["year"] = frame["year"].astype("Int64")
    frame["value"] = frame["value"].astype(float)
    frame["preferred"] = frame["preferred"].fillna(True).astype(bool)
    return frame


def reference_actuals() -> pd.DataFrame:
    """The shipped reference table (data/reference_actuals.csv), origin `reference`."""
    text = resources.files("cityplans").joinpath("data", REFERENCE_FILE).read_text("utf-8")
    rows = []
    for n, raw in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            rows.append(_row(raw, REFERENCE_FILE, n, "reference"))
        except ActualsRowError as exc:  # a slip in the shipped data: fail loudly
            raise DataFileError(REFERENCE_FILE, str(exc)) from exc
    return _frame(rows)


def extracted_actuals(targets: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The extractor's `actual` rows (reported facts) as actuals, origin `extracted`; the
    source is the document's address when known, else its file name."""
    facts = targets[(targets["status"] == "actual") & targets["city"].notna()]
    if facts.empty:
        return _empty()
    docs = documents.set_index("doc")
    rows = []
    for r in facts.to_dict("records"):
        doc = docs.loc[r["doc"]] if r["doc"] in docs.index else None
        address = doc.get("source") if doc is not None else None
        rows.append(
            {
                "city": r["city"],
                "adcode": doc.get("adcode") if doc is not None else None,
                "indicator": r["indicator"],
                "kind": r["kind"],
                "year": r["year"],
                "value": r["value"],
                "unit": r["unit"],
                "scope": r["scope"],
                "source": address if isinstance(address, str) and address else r["doc"],
                "quote": r["quote"],
                "origin": "extracted",
                "source_title": r.get("title"),
                "doc": r["doc"],
                "preferred": True,
                "note": None,
            }
        )
    return _frame(rows)


@dataclass
class ActualsFile:
    """A user's actuals file as read: the good rows, and one error per bad row."""

    path: Path
    actuals: pd.DataFrame
    errors: list[ActualsRowError] = field(default_factory=list)


def read_actuals(path: str | Path) -> ActualsFile:
    """Read a user's actuals file (CSV, UTF-8 with or without BOM, or Excel .xlsx): every
    row checked (indicator, unit, number, year, city, kind); a bad row becomes an
    ActualsRowError and the good rows are kept. ActualsFileError when the file cannot be
    read or lacks a required column."""
    path = Path(path)
    raw = _read_cells(path)
    raw.columns = [HEADER_ALIASES.get(str(c).strip(), str(c).strip()) for c in raw.columns]
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise ActualsFileError(
            str(path),
            f"missing column(s) {', '.join(missing)}; an actuals file needs the columns "
            f"{', '.join(REQUIRED)} (optional: {', '.join(OPTIONAL)})",
        )
    rows, errors = [], []
    for n, record in enumerate(raw.to_dict("records"), start=2):  # row 1 is the header
        cells = {k: _cell(v) for k, v in record.items()}
        if not any(cells.values()):
            continue
        try:
            rows.append(_row(cells, str(path), n, "user"))
        except ActualsRowError as exc:
            errors.append(exc)
    return ActualsFile(path, _frame(rows), errors)


def _read_cells(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise ActualsFileError(str(path), "no such file; give the path of a .csv or .xlsx file")
    head = path.read_bytes()[:4]
    try:
        if head.startswith(b"PK"):  # .xlsx is a ZIP
            return pd.read_excel(path, dtype=object, engine="openpyxl")
        if path.suffix.lower() in (".xls", ".xlsx") or head.startswith(b"\xd0\xcf\x11\xe0"):
            raise ActualsFileError(str(path), "old binary .xls files are not read; save as .xlsx")
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except ActualsFileError:
        raise
    except UnicodeDecodeError as exc:
        raise ActualsFileError(
            str(path), f"not UTF-8 text ({exc.reason}); save as UTF-8 CSV"
        ) from exc
    except Exception as exc:  # pandas and openpyxl raise many kinds for a broken file
        raise ActualsFileError(str(path), f"cannot read it as CSV or Excel: {exc}") from exc


def _cell(value: object) -> str:
    """A cell as text: '' for empty; an Excel number as the shortest decimal (3082.82)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def _row(cells: dict, path: str, n: int, origin: str) -> dict:
    """One checked actuals row from the text of its cells; ActualsRowError when unusable."""

    def bad(column: str, reason: str) -> ActualsRowError:
        return ActualsRowError(path, n, column, reason)

    indicator = cells.get("indicator", "")
    try:
        m = measure(indicator)
    except UnknownIndicatorError as exc:
        raise bad("indicator", f"unknown indicator {indicator!r}: {_short(exc)}") from None
    kind = cells.get("kind") or "level"
    if kind not in KINDS:
        raise bad("kind", f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    text = cells.get("value", "").replace(",", "").replace(",", "")
    try:
        value = Decimal(text)
        if not value.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        raise bad("value", f"{cells.get('value', '')!r} is not a number") from None
    unit = cells.get("unit", "")
    if kind == "growth":
        if unit not in GROWTH_UNITS:
            raise bad("unit", f"a growth is given in % or 个百分点, not {unit!r}")
    else:
        converted = convert(value, unit, m.unit)
        if converted is None:
            raise bad(
                "unit",
                f"unit {unit!r} does not match {indicator}, which is in {m.unit!r}; "
                f"give the value in {m.unit}",
            )
        value, unit = converted, m.unit
    year = cells.get("year", "")
    if not (year.isdigit() and 1949 <= int(year) <= 2100):
        raise bad("year", f"{year!r} is not a year (write it as 2020)")
    city, adcode = _city(cells.get("city", ""), cells.get("adcode", ""), bad)
    if not cells.get("source"):
        raise bad("source", "empty: give the address or document the figure comes from")
    return {
        "city": city,
        "adcode": adcode,
        "indicator": indicator,
        "kind": kind,
        "year": int(year),
        "value": float(str(value)),  # through the decimal text: 16.4 stays 16.4
        "unit": unit,
        "scope": cells.get("scope") or "city",
        "source": cells["source"],
        "quote": cells.get("quote") or None,
        "origin": origin,
        "source_title": cells.get("source_title") or None,
        "doc": None,
        "preferred": True,
        "note": None,
    }


def _short(exc: CityplansError) -> str:
    message = str(exc)
    guess = message.split("did you mean ", 1)
    if len(guess) == 2:
        return "did you mean " + guess[1].split("?", 1)[0] + "?"
    return "see the registry (lib/cityplans/data/indicators.yaml) for the valid ids"


def _city(name: str, adcode: str, bad) -> tuple[str, str]:
    """The division a row names, checked against the gazetteer: (name, adcode)."""
    from cityplans import gazetteer

    if adcode:
        place = gazetteer.by_adcode(adcode)
        if place is None:
            raise bad("adcode", f"{adcode!r} is no division's code")
        if name and name != place.name:
            raise bad("city", f"{name!r} does not match adcode {adcode} ({place.full_name})")
        return place.name, place.adcode
    found = gazetteer.lookup(name)
    if not found:
        raise bad("city", f"unknown city {name!r}; write the full name (杭州市, 昆山市)")
    if len(found) > 1:
        named = ", ".join(f"{p.full_name} {p.adcode}" for p in found)
        raise bad("city", f"{name!r} names several divisions ({named}); add the adcode column")
    return found[0].name, found[0].adcode


def merge_actuals(*frames: pd.DataFrame) -> pd.DataFrame:
    """All rows of all origins, provenance kept: where several give the same city, scope,
    indicator, kind, year and unit, the preferred origin's row (user, reference, extracted)
    is `preferred` and the others say whether they agree with it."""
    parts = [f for f in frames if f is not None and len(f)]
    if not parts:
        return _empty()
    out = pd.concat(parts, ignore_index=True)
    out["preferred"] = True
    out["note"] = out["note"].astype(object)
    out["_order"] = out["origin"].map({o: i for i, o in enumerate(ORIGINS)}).fillna(len(ORIGINS))
    out = out.sort_values(["_order"], kind="stable")
    key = ["city", "scope", "indicator", "kind", "year", "unit"]
    for _, group in out.groupby(key, dropna=False, sort=False):
        if len(group) < 2:
            continue
        first = group.iloc[0]
        for idx, row in group.iloc[1:].iterrows():
            out.at[idx, "preferred"] = False
            same = abs(row["value"] - first["value"]) <= 1e-9 * max(1.0, abs(first["value"]))
            out.at[idx, "note"] = (
                f"与{first['origin']}来源一致"
                if same
                else f"与所用值不同(所用: {_num(first['value'])},来源 {first['origin']})"
            )
    out = out.drop(columns="_order")
    order = ["city", "indicator", "scope", "kind", "year"]
    return out.sort_values(order, kind="stable").reset_index(drop=True)[ACTUAL_COLUMNS]


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def load_actuals(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    path: str | Path | None = None,
    reference: bool = True,
) -> tuple[pd.DataFrame, list[ActualsRowError]]:
    """The merged actuals table of a corpus: its extracted facts, the shipped reference
    table (unless `reference` is False) and the user's file at `path`; with the file's row
    errors (the bad rows are left out, the good ones used)."""
    user, errors = None, []
    if path:
        read = read_actuals(path)
        user, errors = read.actuals, read.errors
    ref = reference_actuals() if reference else None
    return merge_actuals(user, ref, extracted_actuals(targets, documents)), errors
