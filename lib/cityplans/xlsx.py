"""Excel sheets the way analysts need them: frozen header, filters, columns wide enough for
Chinese text, numbers stored as numbers, text stored as text (never run as a formula).

Written with XlsxWriter, whose files Excel and LibreOffice open without a repair prompt.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from cityplans.names import display_width

EXCEL_MAX_ROWS = 1_048_576  # rows of a sheet, the header included
EXCEL_MAX_CELL = 32_767  # characters of a cell
MAX_WIDTH = 60  # display columns; longer text wraps
MIN_WIDTH = 6


def cell_value(value: object) -> object:
    """A value as a cell takes it: None for missing, a number for a number (int when whole),
    a list joined with '; ', anything else as text."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, list | tuple):
        return "; ".join(str(cell_value(v)) for v in value)
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays and scalars
        return cell_value(value.tolist())
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, int):
        return value
    text = str(value)
    if len(text) > EXCEL_MAX_CELL:
        text = text[: EXCEL_MAX_CELL - 1] + "…"
    return text


class Formats:
    """The cell formats of one workbook (XlsxWriter makes them per workbook)."""

    def __init__(self, book, font: str) -> None:
        base = {"font_name": font, "font_size": 11, "valign": "top"}
        self.header = book.add_format(
            {**base, "bold": True, "bg_color": "#DCE6F0", "border": 1, "text_wrap": True}
        )
        self.editable_header = book.add_format(
            {**base, "bold": True, "bg_color": "#FFE699", "border": 1, "text_wrap": True}
        )
        self.text = book.add_format(base)
        self.wrap = book.add_format({**base, "text_wrap": True})
        self.editable = book.add_format({**base, "bg_color": "#FFF8DC"})


@contextmanager
def new_workbook(path: Path) -> Iterator[tuple[object, Formats]]:
    """An XlsxWriter workbook and its formats (the charts' CJK font) for the block to fill;
    written to `path` atomically when the block ends, not at all when it raises."""
    import xlsxwriter

    from cityplans.charts import cjk_font
    from cityplans.writing import write_atomic

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"strings_to_numbers": False})
    yield book, Formats(book, cjk_font())
    book.close()
    write_atomic(path, buffer.getvalue())


def write_sheet(
    book,
    formats: Formats,
    name: str,
    frame: pd.DataFrame,
    headers: Sequence[str] | None = None,
    editable: Sequence[str] = (),
    wrap: bool = False,
) -> int:
    """Write `frame` to a new sheet `name`: header row frozen, filters on, widths from the
    content (Chinese counted double; text longer than MAX_WIDTH wrapped when `wrap`, else
    cut off at the column's edge, whole in the cell), `editable` columns shaded. Rows past
    Excel's limit are left out; returns how many rows were written."""
    sheet = book.add_worksheet(name)
    headers = list(headers or frame.columns)
    rows = frame.head(EXCEL_MAX_ROWS - 1)
    widths = []
    for col, (key, header) in enumerate(zip(frame.columns, headers, strict=True)):
        fmt = formats.editable_header if key in editable else formats.header
        sheet.write_string(0, col, header, fmt)
        values = [cell_value(v) for v in rows[key].tolist()]
        width = _width(header, values)
        long = wrap and width >= MAX_WIDTH
        widths.append(width)
        cell_fmt = formats.editable if key in editable else formats.wrap if long else formats.text
        for row, value in enumerate(values, start=1):
            if value is None:
                sheet.write_blank(row, col, None, cell_fmt)
            elif isinstance(value, int | float):
                sheet.write_number(row, col, value, cell_fmt)
            else:
                sheet.write_string(row, col, value, cell_fmt)  # never a formula
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), max(len(headers) - 1, 0))
    sheet.set_row(0, 18 * max(1, max((h.count("\n") + 1 for h in headers), default=1)))
    return len(rows)


def _width(header: str, values: list) -> int:
    """Column width in Excel's units (about one Latin character): the header's widest line
    and the 95th percentile of the cells, so one long outlier does not widen the column."""
    head = max(display_width(line) for line in header.split("\n"))
    sizes = sorted(display_width(str(v)) for v in values if v is not None)
    body = sizes[min(len(sizes) - 1, int(len(sizes) * 0.95))] if sizes else 0
    return max(MIN_WIDTH, min(MAX_WIDTH, max(head, body) + 2))
