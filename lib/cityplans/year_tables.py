"""Tables whose rows are years (主要年份…投入情况): a time series of the whole area, cell by cell.

A statistical yearbook tabulates an indicator over the years one row per year, under a header
whose cells name indicators (R&D经费内部支出(亿元), 研发强度(%)). Pages copy such tables one cell
per line, each closed by a pipe (2000 | / 29.06 | / | for an empty cell), and the header wraps:
its first line of cells names every column (R&D经费内部 | R&D人员 | … | 研发强度(%)), the head of
the year column (年份) comes next, then the words each column's head wraps onto, left to right
(支出(亿元) | (万人) | …), then an English header. Each value cell becomes a figure of the whole
area in its column's indicator and its row's year.
"""

from __future__ import annotations

import re

from cityplans.doc_tables import Cell, Row, Table
from cityplans.place_tables import (
    MIN_PLACE_ROWS,
    PlaceFigure,
    cells_row,
    closed_cell_runs,
    column_of,
    figures_of_cell,
)

YEAR_ROWS = "year_rows"  # Table.layout of a table whose rows are years
_YEAR_LABEL = re.compile(r"^\s*((?:19|20)\d{2})\s*年?\s*$")
_YEAR_HEAD = re.compile(r"^\s*(?:年\s*份|年\s*度|时\s*间|年)\s*$")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def year_row_tables(raw: str) -> list[Table]:
    """Tables copied one cell per line with a closing pipe whose rows start with a year."""
    return [t for run in closed_cell_runs(raw) if (t := _year_table(run)) is not None]


def _year_table(run: list[tuple[str, int]]) -> Table | None:
    """The rows of a run from its first year on, each a year and as many cells as lie between
    two years; the header is the cells before."""
    years = [i for i, (text, _) in enumerate(run) if _YEAR_LABEL.match(text)]
    if len(years) < 2:
        return None
    first, width = years[0], years[1] - years[0]
    if width < 2:
        return None
    rows, i = [], first
    while i + width <= len(run) and _YEAR_LABEL.match(run[i][0]):
        rows.append(cells_row(run[i : i + width]))
        i += width
    heads = _heads(run[:first], width - 1)
    if len(rows) <= MIN_PLACE_ROWS or heads is None:
        return None
    return Table([Row(heads[0].start, heads[-1].end, heads), *rows], layout=YEAR_ROWS)


def _heads(cells: list[tuple[str, int]], count: int) -> tuple[Cell, ...] | None:
    """The head of each of `count` value columns: the first group of as many cells in Chinese
    (groups are broken by the year column's head, an empty cell or one in another script), each
    joined, in column order, with the cells of the Chinese groups after it in the header (the
    words the heads wrap onto), while no group is wider than the columns."""
    groups: list[list[tuple[str, int]]] = [[]]
    for text, at in cells:
        if _CHINESE.search(text) and not _YEAR_HEAD.match(text):
            groups[-1].append((text, at))
        elif groups[-1]:
            groups.append([])
    start = next((k for k, g in enumerate(groups) if len(g) == count), None)
    if start is None:
        return None
    heads = [[cell] for cell in groups[start]]
    for group in groups[start + 1 :]:
        if not group or len(group) > count:
            break
        for column, cell in zip(heads, group, strict=False):
            column.append(cell)
    return tuple(
        Cell("".join(t for t, _ in parts), parts[0][1], parts[-1][1] + len(parts[-1][0]))
        for parts in heads
    )


def year_figures(table: Table) -> list[PlaceFigure]:
    """Every value cell of a year-rows table as a figure of the whole area ("") in its row's
    year; empty for any other table."""
    if table.layout != YEAR_ROWS:
        return []
    header, body = table.rows[0], table.rows[1:]
    columns = {i: column_of(c.text) for i, c in enumerate(header.cells, start=1)}
    out: list[PlaceFigure] = []
    for row in body:
        year = int(_YEAR_LABEL.match(row.cells[0].text).group(1))
        for i, cell in enumerate(row.cells[1:], start=1):
            column = columns.get(i)
            if column is None or not cell.text.strip():
                continue
            indicator, head, _, unit = column
            out += figures_of_cell(row, cell, "", indicator, head, (year,), unit)
    return out
