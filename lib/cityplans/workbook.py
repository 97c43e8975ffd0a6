"""The built tables as one Excel workbook an analyst can filter and send on.

One sheet per table (documents, targets with the analyst's decisions, attainment, actuals,
corrections, incentives, clauses, mentions, terms, errors), each with a frozen header, filters,
widths that fit Chinese text and numbers stored as numbers; quote-bearing sheets carry the
plan's file and the quote's offsets. The first sheet, 说明, explains every sheet and column
(data/workbook_columns.yaml). The workbook is rewritten only when a table it holds changed.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from functools import cache
from pathlib import Path

import pandas as pd

from cityplans.resources import load_yaml

WORKBOOK_NAME = "cityplans.xlsx"
_DIGEST = re.compile(r"cityplans-tables:([0-9a-f]{64})")


@cache
def columns_help() -> dict:
    """The sheets and column meanings of data/workbook_columns.yaml."""
    return load_yaml("workbook_columns.yaml")


def sheets() -> dict[str, dict]:
    """The workbook's sheets by table, in workbook order."""
    return columns_help()["sheets"]


def describe(table: str, column: str) -> tuple[str, str] | None:
    """(Chinese label, meaning) of a column of a table; None when the data file has none."""
    found = sheets()[table]["columns"].get(column) or columns_help()["common"].get(column)
    return tuple(found) if found else None


def _tables(folder: Path) -> dict[str, pd.DataFrame]:
    """The built tables of `folder` that exist, with each plan's file next to its quotes."""
    from cityplans.tables import read_table

    frames = {}
    for table in sheets():
        if (folder / f"{table}.parquet").exists():
            frames[table] = read_table(folder, table)
    documents = frames.get("documents")
    if documents is not None:
        files = dict(zip(documents["doc"], documents["path"], strict=False))
        for table in ("targets", "incentives", "clauses"):
            frame = frames.get(table)
            if frame is not None and "doc" in frame.columns:
                at = list(frame.columns).index("doc") + 1
                frame.insert(at, "file", frame["doc"].map(files))
    return frames


def _digest(folder: Path) -> str:
    """A checksum of every table the workbook is made from (and of its column help)."""
    h = hashlib.sha256()
    for table in sheets():
        path = folder / f"{table}.parquet"
        h.update(table.encode())
        h.update(path.read_bytes() if path.exists() else b"-")
    h.update(repr(columns_help()).encode())
    return h.hexdigest()


def _written_digest(path: Path) -> str | None:
    """The checksum stored in a workbook this module wrote (None for any other file)."""
    try:
        with zipfile.ZipFile(path) as book:
            core = book.read("docProps/core.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    found = _DIGEST.search(core)
    return found.group(1) if found else None


def write_workbook(folder: str | Path, path: str | Path | None = None) -> tuple[Path, bool]:
    """Write the tables built in `folder` to `path` (default folder/cityplans.xlsx); returns
    (path, whether it was written: False when it already holds these tables)."""
    folder = Path(folder)
    path = Path(path) if path else folder / WORKBOOK_NAME
    digest = _digest(folder)
    if path.exists() and _written_digest(path) == digest:
        return path, False
    _write(_tables(folder), path, digest)
    return path, True


def _write(frames: dict[str, pd.DataFrame], path: Path, digest: str) -> None:
    from cityplans.xlsx import new_workbook, write_sheet

    with new_workbook(path) as (book, formats):
        book.set_properties(
            {
                "title": "cityplans: 城市科技创新规划目标比较",
                "comments": f"cityplans-tables:{digest}",
            }
        )
        write_sheet(book, formats, "说明 README", _guide(frames), wrap=True)
        for table, frame in frames.items():
            headers = [_header(table, c) for c in frame.columns]
            write_sheet(book, formats, sheets()[table]["name"], frame, headers)


def _header(table: str, column: str) -> str:
    found = describe(table, column)
    return f"{found[0]} {column}" if found else column


def _guide(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The 说明 sheet: one row per sheet (what a row is, how many rows) and per column."""
    from cityplans.xlsx import EXCEL_MAX_ROWS

    rows = []
    for table, frame in frames.items():
        sheet = sheets()[table]
        cut = len(frame) - (EXCEL_MAX_ROWS - 1)
        count = f"{len(frame)} 行 rows" + (
            f"; the first {EXCEL_MAX_ROWS - 1} shown, all in {table}.csv" if cut > 0 else ""
        )
        rows.append(
            {
                "工作表 sheet": sheet["name"],
                "列 column": "",
                "含义 meaning": f"one row: {sheet['row']} ({count}; also {table}.csv, "
                f"{table}.parquet)",
            }
        )
        for column in frame.columns:
            found = describe(table, column)
            rows.append(
                {
                    "工作表 sheet": sheet["name"],
                    "列 column": _header(table, column),
                    "含义 meaning": found[1] if found else "",
                }
            )
    return pd.DataFrame(rows, columns=["工作表 sheet", "列 column", "含义 meaning"])
