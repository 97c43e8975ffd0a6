"""An analyst's decisions on extracted targets (accept, correct, reject), kept in a file beside
the plans and applied to the targets table by every build, notebook and report.

A decision is keyed on what stays put while the plan is unchanged: the document's file name,
the quote's raw text and offsets, and the values the extractor read there. Target ids
(`doc#T003`) are only a convenience: they shift when a plan changes. When a plan changes under
a decision (its text at the quote's offsets differs, or the extractor now reads the statement
differently), the decision no longer matches any target: it is marked `stale` with the reason
and applied to nothing. A decision is never deleted; a newer one on the same quote marks an
older stale one `superseded`.

The corrections file (`corrections.csv`, UTF-8) sits in the folder of the plans it is about;
`python -m cityplans review apply` writes it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from cityplans.errors import CorrectionsFileError

CORRECTIONS_NAME = "corrections.csv"
# the fields of a target an analyst may correct, in the order the files show them
EDITABLE = (
    "indicator",
    "kind",
    "value",
    "value_max",
    "unit",
    "year",
    "scope",
    "comparator",
    "status",
    "tier",
)
DECISIONS = ("accept", "correct", "reject")
DECISION_LABELS = {"accept": "接受", "correct": "更正", "reject": "驳回"}
FILE_COLUMNS = [
    "doc",
    "sha256",
    "start",
    "end",
    "quote",
    *(f"extracted_{f}" for f in EDITABLE),
    "decision",
    *EDITABLE,
    "note",
    "decided_at",
    "target_id",
]
# the decisions table: every stored decision, where it was found, and what became of it
STATES = ("applied", "stale", "superseded")
DECISION_COLUMNS = [*FILE_COLUMNS, "folder", "state", "reason", "current_target_id"]
# what apply_corrections adds to the targets table
TARGET_MARKS = ("decision", "corrected", "decision_note")


def cell_text(value: object) -> str:
    """A value as the files write it: '' for missing, whole numbers without '.0', other
    floats as their shortest exact decimal (16.4), text as it is."""
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return cell_text(value.item())
    return str(value)


def target_key(row: dict) -> tuple[str, ...]:
    """What identifies a target across builds: file name, quote offsets and text, and the
    values the extractor read (a sentence may hold several targets)."""
    return (
        str(row["doc"]),
        cell_text(row["start"]),
        cell_text(row["end"]),
        str(row["quote"]),
        *(cell_text(row.get(f)) for f in EDITABLE),
    )


def decision_key(decision: dict) -> tuple[str, ...]:
    """The target_key of the target a stored decision was made on."""
    return (
        decision["doc"],
        decision["start"],
        decision["end"],
        decision["quote"],
        *(decision[f"extracted_{f}"] for f in EDITABLE),
    )


def corrections_path(folder: str | Path) -> Path:
    """Where the decisions on the plans of `folder` are kept."""
    return Path(folder) / CORRECTIONS_NAME


def read_corrections(folder: str | Path) -> list[dict]:
    """The decisions stored for the plans of `folder` ([] when there is no file), every value
    as text; a malformed file is a CorrectionsFileError naming the file and row."""
    path = corrections_path(folder)
    if not path.is_file():
        return []
    try:
        text = path.read_bytes().decode("utf-8-sig")  # bytes: a quote's \r\n stays as it is
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsFileError(str(path), 0, f"cannot read it: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in FILE_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise CorrectionsFileError(
            str(path),
            1,
            f"columns missing: {', '.join(missing)} (the file is written by "
            "`python -m cityplans review apply`; restore it from a copy)",
        )
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row:  # more cells than columns
            raise CorrectionsFileError(str(path), number, "more cells than the header has")
        row = {c: row[c] or "" for c in FILE_COLUMNS}
        if row["decision"] not in DECISIONS:
            raise CorrectionsFileError(
                str(path),
                number,
                f"decision {row['decision']!r} is not one of {', '.join(DECISIONS)}",
            )
        if not (row["start"].isdigit() and row["end"].isdigit()):
            raise CorrectionsFileError(str(path), number, "start and end must be offsets")
        rows.append(row)
    return rows


def write_corrections(folder: str | Path, decisions: Iterable[dict]) -> Path:
    """Write the decisions of `folder` (replacing the file whole, atomically)."""
    from cityplans.writing import write_atomic

    path = corrections_path(folder)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=FILE_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for decision in decisions:
        writer.writerow({c: decision.get(c, "") for c in FILE_COLUMNS})
    # bytes, so a quote's line breaks are written as they are; a BOM, so Excel reads Chinese
    write_atomic(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return path


def merge_decisions(old: list[dict], new: list[dict]) -> tuple[list[dict], int, int]:
    """`old` decisions with `new` ones in place of those on the same target (the date of a
    decision that did not change is kept); (merged, how many added, how many changed)."""
    merged = {decision_key(d): d for d in old}
    added = changed = 0
    for decision in new:
        key = decision_key(decision)
        before = merged.get(key)
        if before is None:
            added += 1
        elif _same(before, decision):
            continue
        else:
            changed += 1
        merged[key] = decision
    return list(merged.values()), added, changed


def _same(a: dict, b: dict) -> bool:
    fields = ("decision", *EDITABLE, "note")
    return all(a.get(f, "") == b.get(f, "") for f in fields)


@dataclass
class Corrected:
    """Targets with the decisions applied, and every decision with its state."""

    targets: pd.DataFrame
    decisions: pd.DataFrame


class Decisions:
    """The stored decisions of the folders of a set of plans, read once per folder."""

    def __init__(self) -> None:
        self._by_folder: dict[str, list[dict]] = {}
        self.errors: list[CorrectionsFileError] = []

    def of(self, path: str | Path) -> list[dict]:
        """The decisions on the plan at `path` (those of its folder that name its file)."""
        folder = str(Path(path).parent)
        if folder not in self._by_folder:
            try:
                self._by_folder[folder] = read_corrections(folder)
            except CorrectionsFileError as exc:
                self.errors.append(exc)
                self._by_folder[folder] = []
        name = Path(path).name
        return [d for d in self._by_folder[folder] if d["doc"] == name]


def apply_to_document(
    rows: list[dict], decisions: list[dict], sha256: str, folder: str = ""
) -> tuple[list[dict], list[dict]]:
    """One document's target rows (as extracted) with its decisions applied: accepted rows
    marked, corrected rows changed and marked, rejected rows left out. Returns (rows,
    decisions with their state). A decision that matches no row is stale, with the reason."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        by_key[target_key(row)].append(row)
    places = {(cell_text(r["start"]), cell_text(r["end"]), str(r["quote"])) for r in rows}
    rejected: set[int] = set()
    states = []
    for decision in decisions:
        matched = by_key.get(decision_key(decision), [])
        state = {**decision, "folder": folder, "current_target_id": ""}
        if not matched:
            state.update(state="stale", reason=_stale_reason(decision, places, sha256))
            states.append(state)
            continue
        state.update(state="applied", reason="")
        state["current_target_id"] = "; ".join(str(r["target_id"]) for r in matched)
        for row in matched:
            if decision["decision"] == "reject":
                rejected.add(id(row))
            else:
                _mark(row, decision)
        states.append(state)
    kept = [r for r in rows if id(r) not in rejected]
    for row in kept:
        for mark in TARGET_MARKS:
            row.setdefault(mark, "")
    return kept, _superseded(states)


def _stale_reason(decision: dict, places: set, sha256: str) -> str:
    changed = decision["sha256"] and sha256 and decision["sha256"] != sha256
    place = (decision["start"], decision["end"], decision["quote"])
    if place in places:
        return (
            "the extractor now reads this quote differently (indicator, kind, value, year, "
            "scope…); decide again on the target now there"
        )
    if changed:
        return (
            f"the plan changed since the decision (sha256 {decision['sha256'][:12]}… → "
            f"{sha256[:12]}…) and no target has this quote at {decision['start']}–"
            f"{decision['end']} any more; decide again"
        )
    return f"no target has this quote at {decision['start']}–{decision['end']}; decide again"


def _superseded(states: list[dict]) -> list[dict]:
    """A stale decision with a later applied one on the same quote text is superseded."""
    latest = defaultdict(str)
    for s in states:
        if s["state"] == "applied":
            latest[s["quote"]] = max(latest[s["quote"]], s["decided_at"])
    for s in states:
        if s["state"] == "stale" and latest.get(s["quote"], "") > s["decided_at"]:
            s["state"] = "superseded"
            s["reason"] = "a later decision on the same quote replaced it; " + s["reason"]
    return states


def _mark(row: dict, decision: dict) -> None:
    """Apply an accept or correct decision to a target row (in place)."""
    row["decision"] = decision["decision"]
    row["decision_note"] = decision["note"]
    row["corrected"] = ""
    if decision["decision"] != "correct":
        return
    changes = []
    for field in EDITABLE:
        new = decision[field]
        if new == cell_text(row.get(field)):
            continue
        changes.append(f"{field}: {cell_text(row.get(field)) or '—'} → {new or '—'}")
        row[field] = _typed(field, new)
    if "indicator" in (c.split(":")[0] for c in changes):
        from cityplans.registry import registry

        ind = registry().get(row["indicator"])
        row.update(indicator_name=ind.name_zh, headline=ind.headline, theme=ind.theme)
    row["corrected"] = "; ".join(changes)


def _typed(field: str, text: str) -> object:
    """A corrected value as the targets table holds it."""
    if field in ("value", "value_max"):
        return float(text) if text else math.nan
    if field == "year":
        return int(text) if text else None
    return text or None


def apply_corrections(targets: pd.DataFrame, documents: pd.DataFrame) -> Corrected:
    """The targets table with the decisions stored beside each plan applied (corrected rows
    marked in `decision` and `corrected`, rejected rows left out), and every decision on
    these plans with its state (applied, stale, superseded) and reason. A malformed
    corrections file is a CorrectionsFileError."""
    store = Decisions()
    paths = dict(zip(documents["doc"], documents["path"], strict=False))
    shas = dict(zip(documents["doc"], documents["sha256"], strict=False))
    out_rows: list[dict] = []
    states: list[dict] = []
    records = targets.to_dict("records")
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in records:
        by_doc[row["doc"]].append(row)
    for doc in dict.fromkeys([*documents["doc"], *by_doc]):
        rows = by_doc.get(doc, [])
        path = paths.get(doc)
        decisions = store.of(path) if isinstance(path, str) else []
        if store.errors:
            raise store.errors[0]
        kept, found = apply_to_document(rows, decisions, shas.get(doc) or "", _folder(path))
        out_rows += kept
        states += found
    frame = pd.DataFrame(out_rows, columns=[*targets.columns, *_new_marks(targets)])
    for mark in TARGET_MARKS:
        frame[mark] = frame[mark].fillna("")
    for col in targets.columns:  # keep the table's types (Int64 years, float values)
        with contextlib.suppress(TypeError, ValueError):
            frame[col] = frame[col].astype(targets[col].dtype)
    return Corrected(frame.reset_index(drop=True), decision_frame(states))


def _new_marks(targets: pd.DataFrame) -> list[str]:
    return [m for m in TARGET_MARKS if m not in targets.columns]


def _folder(path: object) -> str:
    return str(Path(path).parent) if isinstance(path, str) else ""


def decision_rows(states: list[dict]) -> list[dict]:
    """Decisions with their states as rows of the decisions table (DECISION_COLUMNS, text)."""
    return [{c: s.get(c, "") for c in DECISION_COLUMNS} for s in states]


def decision_frame(states: list[dict]) -> pd.DataFrame:
    """Decisions with their states as a table (DECISION_COLUMNS, all text)."""
    return pd.DataFrame(decision_rows(states), columns=DECISION_COLUMNS)


def folder_digests(paths: Iterable[str]) -> dict[str, str]:
    """The sha256 of the corrections file of each folder of `paths` ('' when there is none):
    part of what a build depends on, so a new decision rebuilds the tables."""
    import hashlib

    digests = {}
    for folder in sorted({str(Path(p).parent) for p in paths}):
        path = corrections_path(folder)
        try:
            digests[folder] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digests[folder] = ""
    return digests
