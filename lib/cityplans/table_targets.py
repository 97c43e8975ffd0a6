"""Targets and mentions from a document's indicator tables (主要指标表), read cell by cell.

doc_tables.py finds the tables and reads their cells; this module names each row's indicator with
the registry's alias lookup and turns every value cell into a row of the targets table:
the year from the column header (a column without one: the plan's last year), `actual` for a
base column (基期, 现状, or a year before the plan starts) and `target` otherwise, the kind from
the indicator's name (新增… new, …增长/增速 or a growth column growth, else level), the value
in the registry's unit (万亿元 -> 亿元), the 属性 kept in `attribute`, the quote the whole row
and the cell's own span in `cell_start`/`cell_end`. A row naming no registry indicator gives no
target; its cells become mentions with a note saying so. A table of places (place_tables.py:
a row per county or city, a column per indicator) gives each value cell as its row's place's
figure, scoped to that place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cityplans.aliases import find_aliases
from cityplans.context import DocContext, one_year_named, states_goals
from cityplans.doc_tables import (
    IndicatorTable,
    TableFigure,
    indicator_table,
    table_figures,
    to_registry_unit,
)
from cityplans.numbers import MONEY_UNITS
from cityplans.place_tables import place_figures
from cityplans.registry import Indicator, registry
from cityplans.year_tables import YEAR_ROWS, year_figures

if TYPE_CHECKING:
    from cityplans.corpus import Document
    from cityplans.doc_tables import Table

_NEW = re.compile(r"新增|新认定|新培育|新建|净增|新引进|新备案")
_GROWTH = re.compile(r"(?:年均)?(?:增长|增速|增幅)(?:率)?(?:\s*[(（][^()（）]*[)）])?\s*$")


@dataclass
class TableTarget:
    """One value cell read as a target or reported figure (raw-text offsets)."""

    figure: TableFigure
    indicator: Indicator | None  # None: the row names no registry indicator
    kind: str
    value: object  # Decimal in the registry's unit
    value_max: object
    unit: str
    year: int | None
    status: str
    review: str
    ref: str  # table.row.cell, unique within the document
    scope: str = "city"  # a place table's row names the place (X区); else the whole area


def _indicator(label: str) -> Indicator | None:
    """The registry indicator a row's label names: the alias reaching furthest right."""
    found = find_aliases(label)
    return found[-1][2] if found else None


def _kind(label: str, figure: TableFigure) -> str:
    if figure.growth or _GROWTH.search(label):
        return "growth"
    if _NEW.search(label):
        return "new"
    return "level"


def document_table_targets(tables: list[Table], tags: dict) -> list[TableTarget]:
    """Every value cell of every indicator table among `tables`, read (see the docstring)."""
    out: list[TableTarget] = []
    for t_index, table in enumerate(tables):
        itable = indicator_table(table)
        if itable is not None:
            out += _table_targets(itable, t_index, tags)
        else:
            out += _place_targets(table, t_index, tags)
    return out


def _place_targets(table: Table, t_index: int, tags: dict) -> list[TableTarget]:
    """The value cells of a table of places (各县市区…情况表): each its row's place's figure,
    the year as the column heads it; reported (`actual`) unless the column names a goal or
    the text is a plan and the year is not before its period (a plan's 09年 column is its goal,
    its 08年 column the base; a growth column without a year is the plan's last year)."""
    rows = {id(r): i for i, r in enumerate(table.rows)}
    planned = states_goals(tags.get("doc_type"))
    figures = year_figures(table) if table.layout == YEAR_ROWS else place_figures(table)
    years = {pf.figure.year for pf in figures if pf.figure.year is not None}
    # without a period, a plan's table of two or more years: the last year is the goal's, the
    # years before it are bases
    start = tags.get("period_start") or (max(years) if len(years) >= 2 else None)
    end = tags.get("period_end") or max(years, default=None)
    one_year = not planned and tags.get("period_start") == tags.get("period_end")
    # columns that name no year: the year the table's caption names (2020全国31省…排行榜), else
    # the one year a report or bulletin covers
    table_year = one_year_named(table.caption) or (tags.get("period_end") if one_year else None)
    per_cell = Counter(id(pf.figure.cell) for pf in figures)  # a pair (84\\93): two years
    own_nation = DocContext.from_tags(tags).own_level_word("全国")
    out = []
    for pf in figures:
        f = pf.figure
        ref = f"table{t_index + 1}.{rows[id(f.row)]}.{f.cell.start}"
        kind = _kind(f.label, f)
        year = f.year
        if year is None and kind == "growth" and planned:
            year = end  # a plan's growth column without a year: its last year
        if year is None and per_cell[id(f.cell)] == 1:
            year = table_year
        ahead = year is None or start is None or year >= start
        status = "target" if _GOAL_HEAD.search(f.column) or (planned and ahead) else "actual"
        scope = "city" if not pf.place or (own_nation and _NATION.fullmatch(pf.place)) else pf.place
        out.append(_target(f, pf.indicator, kind, year, status, "", ref, scope))
    return out


_GOAL_HEAD = re.compile(r"目标|预期|计划")


# the nation's row (全 国): the text's own area in a national text's table of provinces (全市,
# 全省…, 合计 are read as the whole already: place_tables)
_NATION = re.compile(r"全\s*国")


def _target(
    figure: TableFigure,
    ind: Indicator,
    kind: str,
    year: int | None,
    status: str,
    review: str,
    ref: str,
    scope: str = "city",
) -> TableTarget:
    """A value cell as a target in the registry's unit (万亿元 -> 亿元); a cell whose unit
    cannot be the indicator's is kept as unmatched, with the reason."""
    unit = "%" if kind == "growth" else ind.unit
    value, value_max = figure.value, figure.value_max
    if kind != "growth":
        value = to_registry_unit(figure.value, figure.unit, ind.unit)
        if figure.value_max is not None:
            value_max = to_registry_unit(figure.value_max, figure.unit, ind.unit)
        if value is None:
            reason = f"unit {figure.unit} cannot be {ind.id}'s ({ind.unit})"
            return _unmatched(figure, year, status, reason, ref)
    return TableTarget(figure, ind, kind, value, value_max, unit, year, status, review, ref, scope)


def _table_targets(itable: IndicatorTable, t_index: int, tags: dict) -> list[TableTarget]:
    reg = registry()
    value_years = [c.year for c in itable.columns if c.role == "value" and c.year]
    last_year = max(value_years, default=None) or tags.get("period_end")
    period_start = tags.get("period_start")
    dated = _written_year(tags)
    figures = table_figures(itable)
    # a table captioned as a plan's (“十四五”…规划主要指标): its later columns are goals
    planned_table = _PLAN_CAPTION.search(itable.table.caption) is not None
    # (so is one whose 属性 says 预期性/约束性, wherever the table was copied)
    planned = (
        states_goals(tags.get("doc_type")) or planned_table or any(f.attribute for f in figures)
    )
    rows = {id(r): i for i, r in enumerate(itable.table.rows)}
    out = []
    for figure in figures:
        ref = f"table{t_index + 1}.{rows[id(figure.row)]}.{figure.cell.start}"
        ind = _indicator(figure.label)
        if ind is not None and ind.as_amount and figure.unit in MONEY_UNITS | {"万亿元"}:
            ind = reg.get(ind.as_amount)
        review = []
        year = figure.year
        if figure.growth:
            year = last_year
        elif year is None:
            year = tags.get("period_end")
            review.append("year from the plan's period (the column names none)")
        status = figure.status
        if status is None and year is not None and dated is not None and year < dated:
            status = "actual"  # a column for a year before the text was written: reported
        if status is None and itable.table.layout == "yearbook" and not planned_table:
            status = "actual"  # a statistical yearbook's table: every year is data
        if status is None and not planned and not _GOAL_HEAD.search(figure.column):
            status = "actual"  # a report's or news item's table (2018年 | 2022年 | 增长率): data
        if status is None:
            before_plan = period_start is not None and year is not None and year < period_start
            base = period_start is None and len(value_years) >= 2 and year == min(value_years)
            status = "actual" if (before_plan or base) and not figure.growth else "target"
        if ind is None:
            out.append(_unmatched(figure, year, status, "indicator not in the registry", ref))
            continue
        kind = _kind(figure.label, figure)
        out.append(_target(figure, ind, kind, year, status, "; ".join(review), ref))
    return out


_PLAN_CAPTION = re.compile(r"规划|方案|计划|纲要|目标|预期")


def _written_year(tags: dict) -> int | None:
    """The year the text was written or published, where its tags say."""
    for key in ("issued", "doc_date", "published"):
        value = str(tags.get(key) or "")[:4]
        if value.isdigit():
            return int(value)
    return None


def _unmatched(figure, year: int | None, status: str, reason: str, ref: str) -> TableTarget:
    """A cell that is no target (its row names no registry indicator, or a unit it cannot
    have), kept with the reason so every cell of a table is accounted for."""
    return TableTarget(
        figure,
        None,
        "",
        figure.value,
        figure.value_max,
        figure.unit or "",
        year,
        status,
        reason,
        ref,
    )


def target_rows(doc: Document, base_row: Callable[[Document], dict]) -> list[dict]:
    """The targets of `doc`'s indicator tables as rows of the targets table; `base_row(doc)`
    gives the document's own columns (city, title, period…)."""
    rows = []
    for t in document_table_targets(doc.tables, doc.tags):
        if t.indicator is None:
            continue
        f = t.figure
        row = base_row(doc)
        row.update(
            indicator=t.indicator.id,
            kind=t.kind,
            value=float(str(t.value)),
            value_max=None if t.value_max is None else float(str(t.value_max)),
            unit=t.unit,
            year=t.year,
            scope=t.scope,
            comparator=f.comparator,
            status=t.status,
            quote=doc.raw[f.row.start : f.row.end],
            start=f.row.start,
            end=f.row.end,
            n_sources=1,
            target_id=f"{doc.doc}#{t.ref}",
            indicator_name=t.indicator.name_zh,
            headline=t.indicator.headline,
            theme=t.indicator.theme,
            sources=[[f.row.start, f.row.end]],
            review=t.review,
            tier=None,
            unit_written=f.unit or t.unit,
            page=doc.page_of(f.cell.start),
            attribute=f.attribute,
            column=f.column,
            cell_start=f.cell.start,
            cell_end=f.cell.end,
        )
        rows.append(row)
    return rows


def mention_records(doc: Document) -> list[tuple]:
    """The value cells of `doc`'s indicator tables as mentions (MENTION_COLUMNS order)."""
    records = []
    for t in document_table_targets(doc.tables, doc.tags):
        f = t.figure
        ref = f"{doc.doc}#{t.ref}" if t.indicator is not None else None
        role = t.status if t.indicator is not None else "other"
        note = "indicator table" if t.indicator is not None else f"indicator table: {t.review}"
        records.append(
            (
                doc.doc,
                f.cell.start,
                f.cell.end,
                doc.raw[f.cell.start : f.cell.end],
                float(str(t.value)) if t.value is not None else None,
                t.unit or (f.unit or ""),
                role,
                ref,
                None if t.value_max is None else float(str(t.value_max)),
                t.indicator.id if t.indicator is not None else None,
                note,
            )
        )
    return records
