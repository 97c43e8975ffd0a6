"""Tables whose rows are years, copied one cell per line (year_tables.py)."""

from __future__ import annotations

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.year_tables import year_row_tables

# a yearbook page: caption, a header whose heads wrap around the year column's head (年份) and
# an English header, then one row per year with an empty cell where a series had not started
YEARBOOK = "\n".join(
    [
        "17-5 主要年份研究与试验发展(R&D)投入情况 |",
        "R&D in Main Years |",
        "|",
        "R&D经费内部 |",
        "R&D人员 |",
        "研发强度(%) |",
        "年份 |",
        "支出(亿元) |",
        "(万人) |",
        "Year |",
        "Internal Expenditure |",
        "|",
        "2008 |",
        "129.19 |",
        "|",
        "1.56 |",
        "2009 |",
        "171.01 |",
        "9.07 |",
        "1.87 |",
        "2010 |",
        "192.43 |",
        "9.91 |",
        "1.79 |",
        "|",
        "注:2009年以前未对R&D人员进行统计。 |",
    ]
)


def _rows(text: str) -> set[tuple]:
    corpus = cp.Corpus(docs=[build_document(text, doc="yearbook.txt")])
    frame = cp.extract_targets(corpus)
    return {
        (r.indicator, r.kind, r.value, r.year, r.scope, r.status)
        for r in frame.itertuples()
        if r.indicator in ("rd_expenditure", "rd_gdp_ratio")
    }


def test_each_years_row_gives_the_whole_areas_figures_in_each_column():
    assert _rows(YEARBOOK) == {
        ("rd_expenditure", "level", 129.19, 2008, "city", "actual"),
        ("rd_expenditure", "level", 171.01, 2009, "city", "actual"),
        ("rd_expenditure", "level", 192.43, 2010, "city", "actual"),
        ("rd_gdp_ratio", "level", 1.56, 2008, "city", "actual"),
        ("rd_gdp_ratio", "level", 1.87, 2009, "city", "actual"),
        ("rd_gdp_ratio", "level", 1.79, 2010, "city", "actual"),
    }


def test_a_wrapped_head_is_joined_in_column_order():
    (table,) = year_row_tables(YEARBOOK)
    assert [c.text for c in table.rows[0].cells] == [
        "R&D经费内部支出(亿元)",
        "R&D人员(万人)",
        "研发强度(%)",
    ]
    assert [r.cells[0].text for r in table.rows[1:]] == ["2008", "2009", "2010"]


def test_rows_whose_years_break_off_or_a_header_that_does_not_fit_give_no_table():
    two_rows = YEARBOOK.split("2010 |")[0]
    assert year_row_tables(two_rows) == []
    no_heads = YEARBOOK.replace("R&D人员 |\n", "")  # two heads over three value columns
    assert year_row_tables(no_heads) == []


# a yearbook table copied with pipes: its caption copied into the grid, and a header of years
# that lost the head of its label column
YEARS_ONLY_HEADER = "\n".join(
    [
        "14-3 科技活动基本情况 | ||||",
        "(2011-2014年) | ||||",
        "2011年 | 2012年 | 2013年 | 2014年 | |",
        "科技活动人员(人) | 4616 | 7398 | 8029 | 8291 |",
        "研究与试验发展经费内部支出(万元) | 28348 | 79007 | 101695 | 123390 |",
        "研究与试验发展经费内部支出相当于国内生产总值比例(%) | 0.30 | 0.72 | 0.82 | 0.90 |",
    ]
)


def test_a_header_of_years_alone_heads_the_values_of_each_rows_label():
    assert _rows(YEARS_ONLY_HEADER) == {
        ("rd_expenditure", "level", 2.8348, 2011, "city", "actual"),
        ("rd_expenditure", "level", 7.9007, 2012, "city", "actual"),
        ("rd_expenditure", "level", 10.1695, 2013, "city", "actual"),
        ("rd_expenditure", "level", 12.339, 2014, "city", "actual"),
        ("rd_gdp_ratio", "level", 0.3, 2011, "city", "actual"),
        ("rd_gdp_ratio", "level", 0.72, 2012, "city", "actual"),
        ("rd_gdp_ratio", "level", 0.82, 2013, "city", "actual"),
        ("rd_gdp_ratio", "level", 0.9, 2014, "city", "actual"),
    }


def test_a_header_of_years_wider_than_the_rows_is_not_taken_for_one():
    # five years over rows of a label and four values: the header does not fit; nothing read
    text = YEARS_ONLY_HEADER.replace("2011年 | ", "2010年 | 2011年 | ")
    assert _rows(text) == set()
