"""Score extracted targets and document tags against hand-labelled gold files.

Matching follows the development corpus's rules (tests/corpus/LABELLING.md): only headline
indicators are scored; a prediction matches a gold row when doc and indicator are equal, the kind
is the gold kind or one of its `alt_kinds`, value (and value_max where the gold has one) is within
0.5%, the year is equal (a gold year of null accepts any), and the scope agrees on "the whole
jurisdiction" versus "a named sub-area". Optional gold rows are neither credited nor counted
missing, and a prediction that matches only optional rows is left out of precision.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from cityplans.errors import GoldFileError
from cityplans.normalise import to_simplified
from cityplans.registry import HEADLINE_IDS

TOLERANCE = 0.005  # relative difference within which two values are the same
KINDS = ("level", "new", "growth")
REQUIRED_FIELDS = ("doc", "indicator", "kind", "value", "unit", "year", "scope", "quote")
TAG_FIELDS = ("city", "province", "admin_level", "doc_type", "period")  # scored together
EXTRA_TAG_FIELDS = ("zone",)  # reported, not in the tag score: zone names vary in wording
CAUSES = ("indicator", "kind", "value", "year", "scope", "not found")


@dataclass(frozen=True)
class GoldRow:
    """One expected figure, as labelled by a reader of the document."""

    doc: str
    indicator: str
    kind: str
    value: float
    value_max: float | None
    unit: str
    year: int | None
    scope: str
    quote: str
    status: str = "target"
    comparator: str = "="
    alt_kinds: tuple[str, ...] = ()
    optional: bool = False
    note: str = ""
    line: int = 0  # line number in the gold file, for messages

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds a prediction may have to match this row."""
        return (self.kind, *self.alt_kinds)


def read_gold(path: str | Path) -> list[GoldRow]:
    """Parse a gold.jsonl file; GoldFileError names the file, the line and what is wrong."""
    path = Path(path)
    return [_gold_row(obj, path, n) for n, obj in _json_lines(path)]


def _json_lines(path: Path) -> list[tuple[int, dict]]:
    """The non-blank lines of a JSON-lines file as (line number, object) pairs."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(str(path), 0, f"cannot read: {exc.strerror or exc}") from exc
    return [(n, _json_object(path, n, line)) for n, line in enumerate(lines, 1) if line.strip()]


def _json_object(path: Path, n: int, line: str) -> dict:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldFileError(str(path), n, f"not valid JSON: {exc.msg}") from exc
    if not isinstance(obj, dict):
        raise GoldFileError(str(path), n, "each line must be a JSON object")
    return obj


def _gold_row(obj: dict, path: Path, n: int) -> GoldRow:
    missing = [f for f in REQUIRED_FIELDS if f not in obj]
    if missing:
        raise GoldFileError(str(path), n, f"missing field(s): {', '.join(missing)}")
    kinds = [obj["kind"], *obj.get("alt_kinds", [])]
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise GoldFileError(str(path), n, f"kind {bad[0]!r} is not one of {', '.join(KINDS)}")
    try:
        value = float(obj["value"])
        value_max = None if obj.get("value_max") is None else float(obj["value_max"])
        year = None if obj["year"] is None else int(obj["year"])
    except (TypeError, ValueError) as exc:
        reason = f"value, value_max and year must be numbers: {exc}"
        raise GoldFileError(str(path), n, reason) from exc
    return GoldRow(
        doc=str(obj["doc"]),
        indicator=str(obj["indicator"]),
        kind=obj["kind"],
        value=value,
        value_max=value_max,
        unit=str(obj["unit"]),
        year=year,
        scope=str(obj["scope"]),
        quote=str(obj["quote"]),
        status=str(obj.get("status", "target")),
        comparator=str(obj.get("comparator", "=")),
        alt_kinds=tuple(obj.get("alt_kinds", [])),
        optional=bool(obj.get("optional", False)),
        note=str(obj.get("note", "")),
        line=n,
    )


def read_doc_gold(path: str | Path) -> list[dict]:
    """Parse a docs_gold.jsonl file: one object per document with the tags it supports."""
    path = Path(path)
    rows = []
    for n, obj in _json_lines(path):
        if "doc" not in obj:
            raise GoldFileError(str(path), n, "missing field: doc")
        rows.append(obj)
    return rows


@dataclass
class Mismatch:
    """A missed gold row or a spurious prediction, with the nearest counterpart and the cause."""

    doc: str
    row: dict
    nearest: dict | None
    cause: str


@dataclass
class Evaluation:
    """Recall, precision and tag accuracy, with every miss and spurious row explained."""

    n_gold: int = 0
    n_matched_gold: int = 0
    n_predicted: int = 0
    n_matched_predicted: int = 0
    misses: list[Mismatch] = field(default_factory=list)
    spurious: list[Mismatch] = field(default_factory=list)
    status_wrong: list[tuple[dict, GoldRow]] = field(default_factory=list)
    tag_checks: dict[str, list[tuple[str, object, object]]] = field(default_factory=dict)
    unknown_docs: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Matched required gold rows / required gold rows (1.0 when there are none)."""
        return self.n_matched_gold / self.n_gold if self.n_gold else 1.0

    @property
    def precision(self) -> float:
        """Matched predictions / scored predictions (1.0 when there are none)."""
        return self.n_matched_predicted / self.n_predicted if self.n_predicted else 1.0

    def tag_accuracy(self, name: str | None = None) -> float:
        """Share of document tags that are right: one field, or all fields together."""
        checks = (
            self.tag_checks.get(name, [])
            if name
            else [c for k, v in self.tag_checks.items() if k in TAG_FIELDS for c in v]
        )
        if not checks:
            return 1.0
        return sum(1 for _, want, got in checks if want == got) / len(checks)

    def causes(self) -> dict[str, Counter]:
        """Counts of misses and spurious rows by cause."""
        return {
            "missed": Counter(m.cause for m in self.misses),
            "spurious": Counter(m.cause for m in self.spurious),
        }


def evaluate(
    targets: pd.DataFrame,
    gold: list[GoldRow],
    documents: pd.DataFrame | None = None,
    doc_gold: list[dict] | None = None,
) -> Evaluation:
    """Score a targets table (and optionally a documents table) against gold rows."""
    result = Evaluation()
    loaded = set(documents["doc"]) if documents is not None else set(targets["doc"])
    scored_gold = [g for g in gold if g.indicator in HEADLINE_IDS]
    result.unknown_docs = sorted({g.doc for g in scored_gold} - loaded)
    # the whole jurisdiction as the gold tags name it (a text mis-placed by the tagger is scored
    # on its tags, not twice); the tagger's own tags for a document the gold does not tag
    predicted = documents.to_dict("records") if documents is not None else []
    places = _own_places(predicted) | _own_places(doc_gold or [])
    predictions = _predictions(targets, {g.doc for g in scored_gold}, places)
    by_doc: dict[str, list[dict]] = {}
    for p in predictions:
        by_doc.setdefault(p["doc"], []).append(p)
    matched_preds: set[int] = set()
    optional_preds: set[int] = set()
    for g in scored_gold:
        hits = [i for i, p in enumerate(predictions) if p["doc"] == g.doc and _matches(p, g)]
        if g.optional:
            optional_preds.update(hits)
            continue
        result.n_gold += 1
        if hits:
            result.n_matched_gold += 1
            matched_preds.update(hits)
            p = predictions[hits[0]]
            if p["status"] != g.status:
                result.status_wrong.append((p, g))
        else:
            near = _nearest_prediction(g, by_doc.get(g.doc, []))
            result.misses.append(Mismatch(g.doc, _gold_dict(g), near, _cause(g, near)))
    for i, p in enumerate(predictions):
        if i in matched_preds:
            result.n_predicted += 1
            result.n_matched_predicted += 1
        elif i not in optional_preds:
            result.n_predicted += 1
            docs_gold = [g for g in scored_gold if g.doc == p["doc"] and not g.optional]
            near = _nearest_gold(p, docs_gold)
            cause = _cause(near, p) if near else "not found"
            result.spurious.append(Mismatch(p["doc"], p, _gold_dict(near) if near else None, cause))
    if documents is not None and doc_gold:
        result.tag_checks = _tag_checks(documents, doc_gold)
    return result


def _own_places(rows: list[dict]) -> dict[str, set[str]]:
    """Per document, the names that mean 'the whole jurisdiction': its city and zone, and its
    province only for a provincial text (or one placed no lower): in a city's news, a figure of
    its province (X省高新技术产业产值…) is another area's."""
    places: dict[str, set[str]] = {}
    for row in rows:
        level = row.get("admin_level")
        names = ["city", "zone"]
        if level == "province" or not (
            _named(row, "city") or _named(row, "zone") or _named(row, "admin_level")
        ):
            names.append("province")
        places[row["doc"]] = {row[c] for c in names if _named(row, c)}
    return places


def _named(row: dict, column: str) -> bool:
    """Whether a tags row holds a name in `column` (not None, NaN or empty)."""
    value = row.get(column)
    return isinstance(value, str) and bool(value)


def _predictions(targets: pd.DataFrame, docs: set[str], places: dict[str, set[str]]) -> list[dict]:
    """Headline predictions on gold documents, de-duplicated as the matching rules say."""
    rows = targets[targets["doc"].isin(docs) & targets["indicator"].isin(HEADLINE_IDS)]
    seen: set[tuple] = set()
    out = []
    for r in rows.to_dict("records"):
        whole = r["scope"] == "city" or r["scope"] in places.get(r["doc"], set())
        value_max = None if pd.isna(r["value_max"]) else float(r["value_max"])
        year = None if pd.isna(r["year"]) else int(r["year"])
        key = (r["doc"], r["indicator"], r["kind"], float(r["value"]), value_max, year, whole)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "doc": r["doc"],
                "indicator": r["indicator"],
                "kind": r["kind"],
                "value": float(r["value"]),
                "value_max": value_max,
                "unit": r["unit"],
                "year": year,
                "scope": r["scope"],
                "whole": whole,
                "status": r["status"],
                "quote": r["quote"],
            }
        )
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    if b == 0:
        return a == 0
    return abs(a - b) <= TOLERANCE * abs(b)


def _field_ok(p: dict, g: GoldRow) -> dict[str, bool]:
    """Which matching fields of prediction `p` agree with gold row `g`."""
    return {
        "indicator": p["indicator"] == g.indicator,
        "kind": p["kind"] in g.kinds,
        "value": _close(p["value"], g.value)
        and (g.value_max is None or _close(p["value_max"], g.value_max)),
        "year": g.year is None or p["year"] == g.year,
        "scope": p["whole"] == (g.scope == "city"),
    }


def _matches(p: dict, g: GoldRow) -> bool:
    return all(_field_ok(p, g).values())


def _nearest_prediction(g: GoldRow, preds: list[dict]) -> dict | None:
    """The prediction on the same document that agrees with `g` on most fields (value first)."""
    return max(preds, key=lambda p: _closeness(_field_ok(p, g)), default=None)


def _nearest_gold(p: dict, gold: list[GoldRow]) -> GoldRow | None:
    return max(gold, key=lambda g: _closeness(_field_ok(p, g)), default=None)


def _closeness(ok: dict[str, bool]) -> tuple[int, int, int]:
    """Rank candidates: same value, then same indicator, then most other fields."""
    return (ok["value"], ok["indicator"], sum(ok.values()))


def _cause(g: GoldRow | None, p: dict | None) -> str:
    """Why a gold row and its nearest prediction differ: the first field that disagrees."""
    if g is None or p is None:
        return "not found"
    ok = _field_ok(p, g)
    if not ok["value"] and not ok["indicator"]:
        return "not found"
    for name in ("indicator", "value", "kind", "year", "scope"):
        if not ok[name]:
            return name
    return "not found"


def _gold_dict(g: GoldRow) -> dict:
    return {
        "doc": g.doc,
        "indicator": g.indicator,
        "kind": g.kind,
        "value": g.value,
        "value_max": g.value_max,
        "unit": g.unit,
        "year": g.year,
        "scope": g.scope,
        "status": g.status,
        "quote": g.quote,
    }


def _tag_checks(
    documents: pd.DataFrame, doc_gold: list[dict]
) -> dict[str, list[tuple[str, object, object]]]:
    """(doc, expected, got) per tag field, for every field a gold row states."""
    predicted = {r["doc"]: r for r in documents.to_dict("records")}
    checks: dict[str, list[tuple[str, object, object]]] = {
        f: [] for f in TAG_FIELDS + EXTRA_TAG_FIELDS
    }
    for want in doc_gold:
        got = predicted.get(want["doc"])
        if got is None:
            continue
        for name in TAG_FIELDS + EXTRA_TAG_FIELDS:
            if name == "period":
                if "period_start" in want or "period_end" in want:
                    w = (want.get("period_start"), want.get("period_end"))
                    g = (_plain(got.get("period_start")), _plain(got.get("period_end")))
                    checks[name].append((want["doc"], w, g))
            elif name in want:
                checks[name].append((want["doc"], _folded(want[name]), _plain(got.get(name))))
    return {k: v for k, v in checks.items() if v}


def _folded(value: object) -> object:
    """A label in the script the tool writes: a zone labelled as written in traditional script
    (邵陽經開區) is the zone the tool names in simplified (邵阳经开区)."""
    return to_simplified(value) if isinstance(value, str) else value


def _plain(value: object) -> object:
    """None for pandas' missing values; plain ints for Int64 cells."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return int(value) if hasattr(value, "is_integer") and float(value).is_integer() else value


def describe(result: Evaluation, details: bool = True) -> str:
    """A plain-text report: scores, the breakdown by cause, then every miss and spurious row."""
    lines = [
        f"recall     {result.recall:.3f}  ({result.n_matched_gold} of {result.n_gold} gold rows)",
        f"precision  {result.precision:.3f}  "
        f"({result.n_matched_predicted} of {result.n_predicted} predictions)",
    ]
    if result.tag_checks:
        parts = [f"{k} {result.tag_accuracy(k):.2f}" for k in result.tag_checks]
        lines.append(f"tags       {result.tag_accuracy():.3f}  ({', '.join(parts)})")
    matched = result.n_matched_gold
    if matched:
        lines.append(f"status     {1 - len(result.status_wrong) / matched:.3f}  of matched rows")
    causes = result.causes()
    for what in ("missed", "spurious"):
        if causes[what]:
            counts = ", ".join(f"{c} {n}" for c, n in causes[what].most_common())
            lines.append(f"{what:<10} by cause: {counts}")
    if result.unknown_docs:
        lines.append(f"gold rows name documents not loaded: {', '.join(result.unknown_docs)}")
    if not details:
        return "\n".join(lines)
    if result.misses:
        lines += ["", f"missed ({len(result.misses)}):"]
        lines += [_mismatch_line(m, "gold") for m in result.misses]
    if result.spurious:
        lines += ["", f"spurious ({len(result.spurious)}):"]
        lines += [_mismatch_line(m, "got") for m in result.spurious]
    if result.status_wrong:
        lines += ["", f"status wrong ({len(result.status_wrong)}):"]
        for p, g in result.status_wrong:
            lines.append(f"  {g.doc}: {g.indicator} {g.value:g} gold {g.status}, got {p['status']}")
    wrong_tags = [
        (name, doc, want, got)
        for name, checks in result.tag_checks.items()
        for doc, want, got in checks
        if want != got
    ]
    if wrong_tags:
        lines += ["", f"tags wrong ({len(wrong_tags)}):"]
        lines += [f"  {doc}: {n} want {want!r}, got {got!r}" for n, doc, want, got in wrong_tags]
    return "\n".join(lines)


def _row_text(r: dict) -> str:
    rng = f"-{r['value_max']:g}" if r.get("value_max") is not None else ""
    return (
        f"{r['indicator']} {r['kind']} {r['value']:g}{rng} {r['unit']} "
        f"{r['year']} {r['scope']} «{str(r['quote'])[-36:]}»"
    )


def _mismatch_line(m: Mismatch, label: str) -> str:
    other = "nearest got" if label == "gold" else "nearest gold"
    near = f"\n      {other}: {_row_text(m.nearest)}" if m.nearest else ""
    return f"  [{m.cause}] {m.doc}: {_row_text(m.row)}{near}"


def gold_summary(gold: list[GoldRow]) -> Counter:
    """Scored gold rows per indicator (for a corpus overview)."""
    return Counter(g.indicator for g in gold if g.indicator in HEADLINE_IDS and not g.optional)
