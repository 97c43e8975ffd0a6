"""The workbook `build` writes: one sheet per table, frozen header, filters, widths for
Chinese, numbers as numbers, quotes with file and offsets, every column explained; opens in
LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from cityplans.names import display_width
from cityplans.workbook import WORKBOOK_NAME, describe, sheets
from tests.conftest import DINGXI, ROOT, SEEDS, raw_of, run_cli
from tests.libreoffice import convert, needs_soffice

# 定西's plan reports 申请专利1078件 (its text, read by hand): a count of 1078 patent applications
PATENTS = "申请专利1078件"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("workbook")
    plans = root / "plans"
    shutil.copytree(SEEDS, plans)
    proc = run_cli("build", str(plans), "--out", str(root / "data"))
    assert proc.returncode == 0, proc.stderr
    assert f"workbook: {root / 'data' / WORKBOOK_NAME}" in proc.stdout
    return root


def _columns(sheet) -> dict[str, int]:
    return {c.value.split()[-1]: c.column for c in sheet[1]}


def test_one_sheet_per_table_with_frozen_header_and_filters(built):
    book = load_workbook(built / "data" / WORKBOOK_NAME)
    assert book.sheetnames == ["说明 README", *(s["name"] for s in sheets().values())]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref, sheet.title


def test_numbers_are_numbers_and_quotes_carry_file_and_offsets(built):
    sheet = load_workbook(built / "data" / WORKBOOK_NAME)["目标 targets"]
    col = _columns(sheet)
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, col["quote"]).value == PATENTS]
    assert len(rows) == 1
    row = rows[0]
    assert sheet.cell(row, col["value"]).value == 1078  # a number, not the text "1078"
    assert sheet.cell(row, col["year"]).value == 2020  # 定西's plan is for 2020
    start, end = sheet.cell(row, col["start"]).value, sheet.cell(row, col["end"]).value
    file = sheet.cell(row, col["file"]).value
    assert file.endswith(DINGXI) and sheet.cell(row, col["doc"]).value == DINGXI
    text = Path(file).read_text(encoding="utf-8")
    assert text[start:end] == PATENTS == raw_of(DINGXI)[start:end]


def test_columns_are_wide_enough_for_chinese(built):
    sheet = load_workbook(built / "data" / WORKBOOK_NAME)["文档 documents"]
    col = _columns(sheet)
    letter = sheet.cell(1, col["title"]).column_letter
    titles = [sheet.cell(r, col["title"]).value for r in range(2, sheet.max_row + 1)]
    # the widest title of the seeds is Chinese: two columns a character, up to the cap of 60
    wanted = min(60, max(display_width(t) for t in titles if t))
    assert sheet.column_dimensions[letter].width >= wanted


def test_every_column_is_explained(built):
    guide = load_workbook(built / "data" / WORKBOOK_NAME)["说明 README"]
    explained = {
        (guide.cell(r, 1).value, guide.cell(r, 2).value.split()[-1]): guide.cell(r, 3).value
        for r in range(2, guide.max_row + 1)
        if guide.cell(r, 2).value
    }
    for table, sheet in sheets().items():
        frame = pd.read_parquet(built / "data" / f"{table}.parquet")
        for column in frame.columns:
            assert describe(table, column), f"{table}.{column}: add it to workbook_columns.yaml"
            assert explained[(sheet["name"], column)], (table, column)


def test_an_unchanged_build_leaves_the_workbook_alone(built):
    path = built / "data" / WORKBOOK_NAME
    before = path.stat().st_mtime_ns
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cityplans",
            "build",
            str(built / "plans"),
            "--out",
            str(path.parent),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert proc.returncode == 0 and "(unchanged)" in proc.stdout
    assert path.stat().st_mtime_ns == before


@needs_soffice
def test_libreoffice_opens_it_and_reads_the_numbers(built, tmp_path):
    path = built / "data" / WORKBOOK_NAME
    assert convert(path, "pdf", tmp_path).stat().st_size > 0
    # the targets sheet (the third) as CSV, as LibreOffice reads it: Chinese and numbers intact
    sheet = list(sheets()).index("targets") + 2
    options = f"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheet}"
    table = pd.read_csv(convert(path, options, tmp_path / "csv"), dtype=str)
    row = table[table["原文 quote"] == PATENTS]
    assert list(row["数值 value"]) == ["1078"] and list(row["年份 year"]) == ["2020"]
