"""The analyst's review loop: export targets to a spreadsheet with a decision column, read it
back, check every row, and store the decisions beside the plans (cityplans.corrections).

`review_rows` makes the sheet: the review list (or every target), each row with its target id,
an empty or earlier decision, the editable fields (prefilled with the current values), and
read-only context (reason, quote, file, offsets). `check_review` reads a filled sheet against
the targets the plans give now: an unknown target id, a quote that is not the one exported, a
value that is not one, a decision that does not match the edits, each is a ReviewRowError
naming the row and column. Nothing is stored unless every row is good.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from cityplans.corrections import (
    DECISION_LABELS,
    DECISIONS,
    EDITABLE,
    apply_corrections,
    cell_text,
    corrections_path,
    merge_decisions,
    read_corrections,
    write_corrections,
)
from cityplans.errors import ReviewFileError, ReviewRowError

# the columns of a review sheet, in order; EDITABLE fields and decision and note may be edited
REVIEW_COLUMNS = [
    "target_id",
    "decision",
    *EDITABLE,
    "note",
    "review",
    "earlier",
    "city",
    "indicator_name",
    "doc",
    "page",
    "start",
    "end",
    "quote",
]
EDITED = ("decision", *EDITABLE, "note")
LABELS = {
    "target_id": "目标编号",
    "decision": "决定",
    "indicator": "指标代码",
    "kind": "类型",
    "value": "数值",
    "value_max": "上限",
    "unit": "单位",
    "year": "年份",
    "scope": "范围",
    "comparator": "比较",
    "status": "状态",
    "tier": "层级",
    "note": "备注",
    "review": "待核对原因",
    "earlier": "已有决定",
    "city": "城市",
    "indicator_name": "指标",
    "doc": "文件",
    "page": "页",
    "start": "起",
    "end": "止",
    "quote": "原文",
}
HELP = {
    "target_id": "the target (file#T001); ids shift when a plan changes: export again then",
    "decision": "accept (接受: the row is right), correct (更正: change the yellow fields), "
    "reject (驳回: not a target); empty: no decision now (an earlier one stays)",
    "indicator": "registry id (hte_count…) or its Chinese name",
    "kind": "level 总量/水平, new 新增, growth 增长率",
    "value": "a number, in the unit of the unit column",
    "value_max": "the upper end of a range (2–3家: value 2, value_max 3); else empty",
    "unit": "家, 个, 亿元, %, 件/万人…",
    "year": "the target year (2025)",
    "scope": "city (全市), or the sub-area as the plan names it (余杭区, 市本级)",
    "comparator": "= (达到), >= (以上/不低于), > (超过), ~ (左右/约), <=, <",
    "status": "target (目标) or actual (现状: a reported fact)",
    "tier": "市级, 省级, 国家级… when the plan names one; else empty",
    "note": "why (kept with the decision)",
    "review": "why the extractor was unsure (read-only)",
    "earlier": "a decision already stored for this target, or one made stale by a change "
    "(read-only)",
    "city": "read-only",
    "indicator_name": "the indicator's Chinese name as extracted (read-only)",
    "doc": "the plan's file (read-only)",
    "page": "a PDF's page (read-only)",
    "start": "where the quote starts in the plan's raw text (read-only: checked on apply)",
    "end": "where it ends (read-only: checked on apply)",
    "quote": "the plan's sentence (read-only: checked on apply)",
}
_WORDS = {
    "decision": {
        **{d: d for d in DECISIONS},
        **{label: d for d, label in DECISION_LABELS.items()},
        "确认": "accept",
        "修正": "correct",
        "删除": "reject",
        "拒绝": "reject",
    },
    "kind": {
        "level": "level",
        "new": "new",
        "growth": "growth",
        "总量/水平": "level",
        "总量": "level",
        "水平": "level",
        "新增": "new",
        "增长率": "growth",
        "增长": "growth",
    },
    "comparator": {
        "=": "=",
        ">=": ">=",
        ">": ">",
        "~": "~",
        "<=": "<=",
        "<": "<",
        "≥": ">=",
        "≤": "<=",
        "约": "~",
        "左右": "~",
        "以上": ">=",
        "不低于": ">=",
        "超过": ">",
        "达到": "=",
    },
    "status": {"target": "target", "actual": "actual", "目标": "target", "现状": "actual"},
}


def header(column: str) -> str:
    """A review sheet's column header: Chinese label and the column's code (决定 decision)."""
    return f"{LABELS[column]} {column}"


@dataclass
class Review:
    """A review sheet's rows, and the stored decisions a change to the plans made stale."""

    rows: pd.DataFrame
    stale: pd.DataFrame


def review_rows(targets: pd.DataFrame, documents: pd.DataFrame, everything: bool = False) -> Review:
    """The rows to review: targets the extractor was unsure of, those with a decision stored
    and those at the place of a stale one (every target with `everything`). `targets` are
    the targets as extracted (cityplans.extract_targets), before any decision."""
    corrected = apply_corrections(targets, documents)
    decisions = corrected.decisions
    applied = {}
    for d in decisions[decisions["state"] == "applied"].to_dict("records"):
        for target_id in d["current_target_id"].split("; "):
            applied[target_id] = d
    stale = decisions[decisions["state"] != "applied"]
    stale_at = defaultdict(list)
    for d in stale.to_dict("records"):
        stale_at[(d["doc"], d["quote"])].append(d)
    rows = []
    for t in targets.to_dict("records"):
        decided = applied.get(t["target_id"])
        earlier_stale = stale_at.get((t["doc"], t["quote"]), [])
        if not (everything or t["review"] or decided or earlier_stale):
            continue
        row = {c: t.get(c) for c in REVIEW_COLUMNS}
        row["decision"] = decided["decision"] if decided else ""
        row["note"] = decided["note"] if decided else ""
        if decided and decided["decision"] == "correct":
            row.update({f: decided[f] for f in EDITABLE})
        said = [_said(decided, "已采用")] if decided else []
        row["earlier"] = "; ".join(said + [_said(d, "已过期") for d in earlier_stale])
        rows.append(row)
    return Review(pd.DataFrame(rows, columns=REVIEW_COLUMNS), stale.reset_index(drop=True))


def _said(decision: dict, state: str) -> str:
    what = DECISION_LABELS[decision["decision"]]
    if decision["decision"] == "correct":
        changed = [
            f"{f} {decision[f'extracted_{f}'] or '—'}→{decision[f] or '—'}"
            for f in EDITABLE
            if decision[f] != decision[f"extracted_{f}"]
        ]
        what += f"({', '.join(changed)})"
    when = decision["decided_at"][:10]
    reason = f": {decision['reason']}" if state == "已过期" else ""
    return f"{state} {what} {when}{reason}"


def write_review(review: Review, path: str | Path) -> list[Path]:
    """Write the review sheet to `path` (.xlsx, or .csv in UTF-8 with a BOM); the stale
    decisions go to a second sheet (.xlsx) or a second file NAME.stale.csv. Returns the files."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ReviewFileError(str(path), "write the review to an .xlsx or a .csv file")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        from cityplans.compare import plain_numbers

        rows = plain_numbers(review.rows).rename(columns=header)
        from cityplans.writing import write_atomic

        write_atomic(path, rows.to_csv(index=False).encode("utf-8-sig"))
        written = [path]
        if len(review.stale):
            stale_path = path.with_name(f"{path.stem}.stale.csv")
            write_atomic(stale_path, review.stale.to_csv(index=False).encode("utf-8-sig"))
            written.append(stale_path)
        return written
    _write_xlsx(review, path)
    return [path]


def _write_xlsx(review: Review, path: Path) -> None:
    from cityplans.xlsx import new_workbook, write_sheet

    with new_workbook(path) as (book, formats):
        n = write_sheet(
            book,
            formats,
            "待核对 review",
            review.rows,
            [header(c) for c in REVIEW_COLUMNS],
            editable=EDITED,
        )
        sheet = book.get_worksheet_by_name("待核对 review")
        choices = [*DECISIONS, *DECISION_LABELS.values()]
        column = REVIEW_COLUMNS.index("decision")
        sheet.data_validation(
            1,
            column,
            max(n, 1) + 500,  # room for rows an analyst copies in
            column,
            {
                "validate": "list",
                "source": choices,
                "error_type": "warning",
                "input_title": "决定 decision",
                "input_message": "accept / correct / reject",
            },
        )
        write_sheet(book, formats, "过期的决定 stale", review.stale)
        guide = pd.DataFrame(
            [{"列 column": header(c), "说明 meaning": HELP[c]} for c in REVIEW_COLUMNS]
        )
        write_sheet(book, formats, "说明 help", guide, wrap=True)


def read_review(path: str | Path) -> pd.DataFrame:
    """A filled review sheet (.xlsx: its first sheet; .csv) as a table of REVIEW_COLUMNS
    (headers as exported, or the bare codes); every cell as Excel gave it, '' when empty."""
    path = Path(path)
    if not path.is_file():
        raise ReviewFileError(str(path), "no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            frame = _read_xlsx(path)
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        else:
            raise ReviewFileError(str(path), "give the review as the .xlsx or .csv exported")
    except (OSError, ValueError, KeyError) as exc:
        raise ReviewFileError(str(path), f"cannot read it: {exc}") from exc
    frame = frame.rename(columns=lambda h: _code(str(h)))
    needed = ("target_id", "decision", *EDITABLE, "start", "end", "quote")
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise ReviewFileError(
            str(path),
            f"column(s) missing: {', '.join(missing)}; use the file `review export` wrote "
            "(its first sheet), with its header row",
        )
    return frame.fillna("")


def _read_xlsx(path: Path) -> pd.DataFrame:
    from openpyxl import load_workbook
    from openpyxl.utils.escape import unescape

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    if not rows:
        return pd.DataFrame()
    head = [str(h) if h is not None else f"column {i + 1}" for i, h in enumerate(rows[0])]
    body = [
        [unescape(v) if isinstance(v, str) else ("" if v is None else v) for v in r]
        for r in rows[1:]
    ]
    return pd.DataFrame(body, columns=head, dtype=object)


_BY_LABEL = {label: code for code, label in LABELS.items()}


def _code(heading: str) -> str:
    """The column code of a header: 决定 decision → decision; 决定 → decision."""
    words = heading.split()
    if words and words[-1] in LABELS:
        return words[-1]
    return _BY_LABEL.get(heading.strip(), heading.strip())


def check_review(
    frame: pd.DataFrame, path: str | Path, targets: pd.DataFrame, documents: pd.DataFrame
) -> tuple[list[dict], list[ReviewRowError]]:
    """The decisions of a filled review sheet, checked against `targets` (as extracted from
    the plans now) and `documents`; and every row that cannot be stored, with the reason."""
    by_id = {t["target_id"]: t for t in targets.to_dict("records")}
    shas = dict(zip(documents["doc"], documents["sha256"], strict=False))
    decisions: list[dict] = []
    errors: list[ReviewRowError] = []
    seen: dict[str, int] = {}
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    for number, row in enumerate(frame.to_dict("records"), start=2):
        found = _check_row(row, number, str(path), by_id, seen)
        if isinstance(found, ReviewRowError):
            errors.append(found)
        elif found is not None:
            target, decision, fields = found
            decisions.append(_decision(target, decision, fields, row, shas, now))
    return decisions, errors


def _check_row(row: dict, number: int, path: str, by_id: dict, seen: dict[str, int]):
    """(target, decision, fields) of one row; None for a row without a decision and without
    edits; a ReviewRowError for a row that cannot be stored."""

    def bad(column: str, reason: str) -> ReviewRowError:
        return ReviewRowError(path, number, column, reason)

    target_id = cell_text(row["target_id"]).strip()
    decision_text = cell_text(row["decision"]).strip()
    if not target_id:
        if decision_text:
            return bad("target_id", "a decision without a target id: keep the exported id")
        return None
    target = by_id.get(target_id)
    if target is None:
        return bad(
            "target_id",
            f"unknown target id {target_id!r}: the plans hold no such target now (ids shift "
            "when a plan changes); export again and carry your decisions over",
        )
    for column in ("quote", "start", "end"):
        given, now = cell_text(row[column]), cell_text(target[column])
        if given != now:
            return bad(
                column,
                f"the {column} of {target_id} is not the one exported ({_short(given)!r}; the "
                f"plan now has {_short(now)!r}): the plan changed since the export, or the cell "
                "was edited; export again",
            )
    decision = _WORDS["decision"].get(
        decision_text.lower() if decision_text.isascii() else decision_text
    )
    if decision_text and decision is None:
        return bad(
            "decision",
            f"{decision_text!r} is not a decision: write accept, correct or reject "
            "(接受, 更正, 驳回), or leave it empty",
        )
    fields = {}
    for field in EDITABLE:
        value = _field(field, row[field])
        if isinstance(value, tuple):
            return bad(field, value[0])
        fields[field] = value
    problem = _range_problem(fields)
    if problem:
        return bad("value_max", problem)
    changed = [f for f in EDITABLE if fields[f] != cell_text(target[f])]
    if decision in (None, "accept", "reject") and changed:
        said = ", ".join(f"{f} {cell_text(target[f]) or '—'} → {fields[f] or '—'}" for f in changed)
        return bad(
            changed[0],
            f"changed ({said}) but the decision is {decision or 'empty'}: write correct to store "
            "the change, or put the extracted value back",
        )
    if decision == "correct" and not changed:
        return bad(
            "decision",
            "correct, but no field differs from the extracted row: write "
            "accept, or change the field that is wrong",
        )
    if decision is None:
        return None
    if target_id in seen:
        return bad(
            "target_id",
            f"{target_id} is decided twice (rows {seen[target_id]} and {number}): keep one row",
        )
    seen[target_id] = number
    return target, decision, fields


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _field(field: str, value: object) -> str | tuple[str]:
    """The canonical text of an edited field, or (reason,) when it is not a valid value."""
    text = cell_text(value).strip()
    if field in ("value", "value_max"):
        if not text:
            return "" if field == "value_max" else ("a value is needed: write a number",)
        number = _number(value, text)
        return number if number is not None else (f"{text!r} is not a number (write 16.4 or 500)",)
    if field == "year":
        from cityplans.notebook import YEARS

        if not text:
            return ""
        year = _number(value, text)
        if year is None or "." in year or not YEARS[0] <= int(year) <= YEARS[1]:
            return (f"{text!r} is not a year from {YEARS[0]} to {YEARS[1]}",)
        return year
    if field == "indicator":
        return _indicator(text)
    if field in _WORDS:
        key = text.lower() if text.isascii() else text
        found = _WORDS[field].get(key)
        if found is None:
            valid = ", ".join(dict.fromkeys(_WORDS[field].values()))
            return (f"{text!r} is not a valid {field}: write one of {valid}",)
        return found
    if field == "unit" and not text:
        return ("a unit is needed (家, 个, 亿元, %…)",)
    if field == "scope":
        return "city" if text in ("", "全市") else text
    return text


def _number(value: object, text: str) -> str | None:
    """The canonical text of a number given as a number or as text (1,200 and １２ too)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return cell_text(float(value))
    import unicodedata

    plain = unicodedata.normalize("NFKC", text).replace(",", "").strip()
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", plain):
        return None
    try:
        return cell_text(float(Decimal(plain)))
    except (InvalidOperation, ValueError):
        return None


def _indicator(text: str) -> str | tuple[str]:
    from cityplans.errors import _did_you_mean
    from cityplans.registry import registry

    reg = registry()
    ids = reg.ids()
    if text in ids:
        return text
    names = {i.name_zh: i.id for i in reg}
    if text in names:
        return names[text]
    return (
        f"unknown indicator {text!r}; {_did_you_mean(text, ids)}write a registry id "
        "(the indicator column of the export) or its Chinese name",
    )


def _range_problem(fields: dict) -> str | None:
    low, high = fields.get("value"), fields.get("value_max")
    if low and high and float(high) < float(low):
        return f"the upper end {high} is below the value {low}"
    return None


def _decision(target: dict, decision: str, fields: dict, row: dict, shas: dict, now: str) -> dict:
    """A decision as the corrections file keeps it."""
    extracted = {f"extracted_{f}": cell_text(target[f]) for f in EDITABLE}
    values = fields if decision == "correct" else {f: cell_text(target[f]) for f in EDITABLE}
    return {
        "doc": target["doc"],
        "sha256": shas.get(target["doc"]) or "",
        "start": cell_text(target["start"]),
        "end": cell_text(target["end"]),
        "quote": target["quote"],
        **extracted,
        "decision": decision,
        **values,
        "note": cell_text(row.get("note", "")).strip(),
        "decided_at": now,
        "target_id": target["target_id"],
    }


@dataclass
class Stored:
    """What storing decisions did to one corrections file."""

    path: Path
    added: int
    changed: int
    total: int


def store_decisions(decisions: list[dict], documents: pd.DataFrame) -> list[Stored]:
    """Merge `decisions` into the corrections file beside each plan (a decision on the same
    target replaces the earlier one; all others are kept, stale ones too)."""
    folders = {
        d: str(Path(p).resolve().parent)
        for d, p in zip(documents["doc"], documents["path"], strict=False)
    }
    by_folder: dict[str, list[dict]] = defaultdict(list)
    for decision in decisions:
        by_folder[folders[decision["doc"]]].append(decision)
    stored = []
    for folder, new in sorted(by_folder.items()):
        merged, added, changed = merge_decisions(read_corrections(folder), new)
        if added or changed:
            write_corrections(folder, merged)
        stored.append(Stored(corrections_path(folder), added, changed, len(merged)))
    return stored
