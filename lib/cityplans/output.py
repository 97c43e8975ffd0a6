"""What the command line prints: tables (text, CSV, JSON lines), notices and errors.

Kept apart from cli.py so every command module (cli, outcomes_cli) prints the same way
without importing the command line itself.
"""

from __future__ import annotations

import json
import re
import sys

import pandas as pd

from cityplans.compare import plain_numbers
from cityplans.corpus import Corpus
from cityplans.names import display_width, one_line

# characters json.dumps leaves as they are that some readers take for a line break (NEL, the
# Unicode line and paragraph separators) or a terminal control (C1): written as \u escapes
_JSON_BREAKS = re.compile("[\x7f-\x9f\u2028\u2029]")


def err(line: str) -> None:
    """One line to stderr, its control characters escaped: a file name holding a line break
    cannot forge a second line (error: …) there."""
    print(one_line(line), file=sys.stderr)


def report_problems(corpus: Corpus) -> int:
    """Print notices and errors to stderr; return 1 when any input failed."""
    for notice in corpus.notices:
        err(f"notice: {notice}")
    for error in corpus.errors:
        err(f"error: {error.path}: {error.reason}")
    if corpus.errors:
        print(f"{len(corpus.errors)} input(s) failed, {len(corpus.docs)} loaded", file=sys.stderr)
    return 1 if corpus.errors else 0


def write_frame(frame: pd.DataFrame, fmt: str, table_columns: list[str]) -> None:
    """Print a table as an aligned text table, CSV or JSON lines (UTF-8, Chinese unescaped)."""
    if fmt == "jsonl":
        for record in frame.to_dict(orient="records"):
            line = json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False)
            print(_JSON_BREAKS.sub(lambda m: f"\\u{ord(m.group()):04x}", line))
    elif fmt == "csv":
        flat = plain_numbers(frame.map(_csv_cell))
        sys.stdout.write(flat.to_csv(index=False))
    else:
        print(render_table(frame[[c for c in table_columns if c in frame.columns]]))
        notes = [(r["doc"], w) for r in frame.to_dict("records") for w in r.get("warnings") or []]
        if notes:
            print("\nwarnings:")
            for doc, warning in notes:
                print(one_line(f"  {doc}: {warning}"))


def _csv_cell(value: object) -> object:
    """A list joined with "; ", text on one line (control characters escaped)."""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    return one_line(value) if isinstance(value, str) else value


def _plain(value: object) -> object:
    """JSON-friendly value: pandas NA and NaN become null, numpy scalars plain numbers."""
    if isinstance(value, list):
        return value
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    value = value.item() if hasattr(value, "item") else value
    return int(value) if isinstance(value, float) and value.is_integer() else value


def render_table(frame: pd.DataFrame) -> str:
    """An aligned plain-text table that counts a Chinese character as two columns."""

    def cell(v: object) -> str:
        if isinstance(v, list):
            if v and all(isinstance(x, str) and len(x) < 30 for x in v):
                return one_line("、".join(v))  # units, themes
            return f"{len(v)} warning(s)" if v else ""
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return one_line(str(v))  # a file name with a line break must not break the table

    rows = [list(frame.columns)] + [[cell(v) for v in r] for r in frame.itertuples(index=False)]
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(frame.columns))]
    lines = [
        "  ".join(c + " " * (w - display_width(c)) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
