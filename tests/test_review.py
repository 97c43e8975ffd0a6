"""The review loop: export, edit, apply, build, change a plan, build again; every decision kept,
applied where its text is unchanged, stale (and applied to nothing) where it changed."""

from __future__ import annotations

import csv
import io
import shutil

import pandas as pd
import pytest
from openpyxl import load_workbook

import cityplans as cp
from cityplans.corrections import CORRECTIONS_NAME, read_corrections
from cityplans.tables import Tables
from tests.conftest import DINGXI, PANJIN, SEEDS, ZHUMADIAN, raw_of, run_cli

# The statements decided on, as the seeds write them (read from the files, not the program):
# 驻马店 names 10 enterprise technology centres with no verb saying total or new; 定西 reports
# 1078 patent applications (a fact, not a goal); 定西's zone is to certify 1 new high-tech
# enterprise; 盘锦 (traditional script) aims at R&D spending of 2.6% of GDP or more.
CENTRES = "10个市级以上企业技术中心"
PATENTS = "申请专利1078件"
ZONE_HTE = "新认定高新技术企业1家"
PANJIN_RD = "全社會研究與開發(R&D)經費占地區生產總值(GDP)比重達到2.6%以上"


cli = run_cli


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(SEEDS, folder)
    return folder


def _sheet_rows(path) -> tuple[object, dict[str, int], list[int]]:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = {c.value.split()[-1]: c.column for c in sheet[1]}
    return book, column, list(range(2, sheet.max_row + 1))


def _find(sheet, column, rows, doc: str, quote: str) -> int:
    found = [
        r
        for r in rows
        if sheet.cell(r, column["doc"]).value == doc
        and sheet.cell(r, column["quote"]).value == quote
    ]
    assert len(found) == 1, (doc, quote, found)
    return found[0]


def _decide(path) -> None:
    """An analyst's edits: one correct on a kind, one reject, one accept, one value corrected."""
    book, column, rows = _sheet_rows(path)
    sheet = book.worksheets[0]
    centres = _find(sheet, column, rows, ZHUMADIAN, CENTRES)
    assert sheet.cell(centres, column["kind"]).value == "level"  # as extracted
    assert sheet.cell(centres, column["start"]).value == raw_of(ZHUMADIAN).index(CENTRES)
    sheet.cell(centres, column["decision"]).value = "correct"
    sheet.cell(centres, column["kind"]).value = "new"
    sheet.cell(centres, column["note"]).value = "“新培育”:新增数,不是总数"
    sheet.cell(_find(sheet, column, rows, DINGXI, PATENTS), column["decision"]).value = "驳回"
    zone = _find(sheet, column, rows, DINGXI, ZONE_HTE)
    sheet.cell(zone, column["decision"]).value = "accept"
    rd = _find(sheet, column, rows, PANJIN, PANJIN_RD)
    assert sheet.cell(rd, column["value"]).value == 2.6  # a number, not text
    sheet.cell(rd, column["decision"]).value = "correct"
    sheet.cell(rd, column["value"]).value = 2.5
    sheet.cell(rd, column["note"]).value = "核对原文"
    book.save(path)


def _row(targets: pd.DataFrame, doc: str, quote: str) -> pd.DataFrame:
    return targets[(targets["doc"] == doc) & (targets["quote"] == quote)]


def test_decisions_survive_rebuilds_and_go_stale_where_the_text_changed(plans, tmp_path):
    review, data = tmp_path / "review.xlsx", tmp_path / "data"
    exported = cli("review", "export", str(plans), "--all", "--out", str(review))
    assert exported.returncode == 0, exported.stderr
    _decide(review)
    applied = cli("review", "apply", str(review), str(plans))
    assert applied.returncode == 0, applied.stderr
    stored = read_corrections(plans)
    assert (plans / CORRECTIONS_NAME).is_file() and len(stored) == 4
    entered = {(d["doc"], d["quote"]): d for d in stored}
    assert entered[(ZHUMADIAN, CENTRES)]["kind"] == "new"
    assert entered[(ZHUMADIAN, CENTRES)]["extracted_kind"] == "level"
    assert entered[(PANJIN, PANJIN_RD)]["value"] == "2.5"
    assert entered[(DINGXI, PATENTS)]["decision"] == "reject"

    # build 1: every decision applied
    assert cli("build", str(plans), "--out", str(data)).returncode == 0
    tables = Tables.read(data)
    targets = tables.targets
    centres = _row(targets, ZHUMADIAN, CENTRES)
    assert list(centres["kind"]) == ["new"] and list(centres["decision"]) == ["correct"]
    assert list(centres["corrected"]) == ["kind: level → new"]
    assert list(centres["decision_note"]) == ["“新培育”:新增数,不是总数"]
    assert _row(targets, DINGXI, PATENTS).empty  # rejected: not a target
    assert list(_row(targets, DINGXI, ZONE_HTE)["decision"]) == ["accept"]
    assert list(_row(targets, PANJIN, PANJIN_RD)["value"]) == [2.5]
    assert set(tables.corrections["state"]) == {"applied"}
    undecided = targets[targets["decision"] == ""]
    assert len(undecided) == len(targets) - 3
    attainment = pd.read_parquet(data / "attainment.parquet")
    assert not (attainment["target_quote"] == PATENTS).any()  # the build's later tables too

    # the plans change: 驻马店's sentence is edited, 定西 gains a line at the top (every offset
    # moves by one); 盘锦 is untouched
    zmd = plans / ZHUMADIAN
    zmd.write_text(raw_of(ZHUMADIAN).replace(CENTRES, "12个市级以上企业技术中心"), encoding="utf-8")
    (plans / DINGXI).write_text("\n" + raw_of(DINGXI), encoding="utf-8")
    assert cli("build", str(plans), "--out", str(data)).returncode == 0
    tables = Tables.read(data)
    targets, decisions = tables.targets, tables.corrections
    state = {(d["doc"], d["quote"]): d["state"] for d in decisions.to_dict("records")}
    assert state == {
        (ZHUMADIAN, CENTRES): "stale",
        (DINGXI, PATENTS): "stale",
        (DINGXI, ZONE_HTE): "stale",
        (PANJIN, PANJIN_RD): "applied",
    }
    # stale decisions touch nothing: the new sentence's target is as extracted, the rejected
    # statement is back (at its new offset) and undecided, the accepted one unmarked
    new_centres = _row(targets, ZHUMADIAN, "12个市级以上企业技术中心")
    assert list(new_centres["kind"]) == ["level"] and list(new_centres["decision"]) == [""]
    patents = _row(targets, DINGXI, PATENTS)
    assert list(patents["start"]) == [raw_of(DINGXI).index(PATENTS) + 1]
    assert list(patents["decision"]) == [""]
    assert list(_row(targets, DINGXI, ZONE_HTE)["decision"]) == [""]
    assert list(_row(targets, PANJIN, PANJIN_RD)["value"]) == [2.5]
    reasons = dict(zip(decisions["quote"], decisions["reason"], strict=True))
    assert "plan changed" in reasons[PATENTS]

    # nothing the analyst entered is lost: the file holds every decision as entered
    assert read_corrections(plans) == stored

    # the next export shows the stale decisions, on the rows where they were made
    again = tmp_path / "again.csv"
    assert cli("review", "export", str(plans), "--out", str(again)).returncode == 0
    rows = pd.read_csv(again, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    rows = rows.rename(columns=lambda h: h.split()[-1])
    patents_row = rows[(rows["doc"] == DINGXI) & (rows["quote"] == PATENTS)]
    assert patents_row["earlier"].str.startswith("已过期 驳回").all() and len(patents_row) == 1
    stale = pd.read_csv(tmp_path / "again.stale.csv", dtype=str, encoding="utf-8-sig")
    assert sorted(stale["quote"]) == sorted([CENTRES, PATENTS, ZONE_HTE])


def test_notebook_tables_apply_decisions_without_a_build(plans, tmp_path):
    review = tmp_path / "review.xlsx"
    assert cli("review", "export", str(plans), "--all", "--out", str(review)).returncode == 0
    _decide(review)
    assert cli("review", "apply", str(review), str(plans)).returncode == 0
    tables = cp.load_tables([plans])  # parsed, not built: the decisions apply all the same
    assert _row(tables.targets, DINGXI, PATENTS).empty
    assert list(_row(tables.targets, PANJIN, PANJIN_RD)["corrected"]) == ["value: 2.6 → 2.5"]
    assert PATENTS not in set(cp.review_list(tables.targets)["quote"])
    assert CENTRES not in set(cp.review_list(tables.targets)["quote"])  # decided: off the list


def _review_csv(plans, tmp_path) -> tuple[list[str], list[list[str]]]:
    path = tmp_path / "review.csv"
    assert cli("review", "export", str(plans), "--all", "--out", str(path)).returncode == 0
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return [h.split()[-1] for h in rows[0]], rows[1:]


def test_bad_rows_are_named_and_nothing_is_stored(plans, tmp_path):
    head, rows = _review_csv(plans, tmp_path)
    col = {h: i for i, h in enumerate(head)}
    by_quote = {r[col["quote"]]: r for r in rows}
    unknown = list(by_quote[CENTRES])
    unknown[col["target_id"]] = f"{ZHUMADIAN}#T999"
    unknown[col["decision"]] = "accept"
    quote = list(by_quote[PATENTS])
    quote[col["quote"]] = "申请专利1079件"
    quote[col["decision"]] = "reject"
    value = list(by_quote[ZONE_HTE])
    value[col["value"]] = "一家"
    value[col["decision"]] = "correct"
    silent = list(by_quote[PANJIN_RD])
    silent[col["value"]] = "2.5"  # edited, but the decision says accept
    silent[col["decision"]] = "accept"
    path = tmp_path / "bad.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([head, unknown, quote, value, silent])
    proc = cli("review", "apply", str(path), str(plans))
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert any("row 2, column target_id: unknown target id" in x for x in lines), proc.stderr
    assert any("row 3, column quote:" in x and "not the one exported" in x for x in lines)
    assert any("row 4, column value: '一家' is not a number" in x for x in lines)
    assert any("row 5, column value:" in x and "2.6 → 2.5" in x for x in lines)
    assert "nothing was stored" in proc.stderr
    assert not (plans / CORRECTIONS_NAME).exists()


def test_export_does_not_overwrite_a_review_file(plans, tmp_path):
    path = tmp_path / "review.xlsx"
    path.write_bytes(b"an analyst's unsaved work")
    proc = cli("review", "export", str(plans), "--out", str(path))
    assert proc.returncode == 1 and "review apply" in proc.stderr
    assert path.read_bytes() == b"an analyst's unsaved work"


def test_a_corrections_file_is_not_taken_for_a_plan(plans):
    (plans / CORRECTIONS_NAME).write_text("doc\n", encoding="utf-8")
    corpus = cp.load_corpus([plans])
    assert not any(CORRECTIONS_NAME in n for n in corpus.notices)
    assert len(corpus.docs) == 5


def test_a_hand_broken_corrections_file_is_an_error_naming_it(plans, tmp_path):
    (plans / CORRECTIONS_NAME).write_text("doc,start\nx.txt,1\n", encoding="utf-8")
    proc = cli("build", str(plans), "--out", str(tmp_path / "data"))
    assert proc.returncode == 1
    assert f"{CORRECTIONS_NAME}: row 1: columns missing" in proc.stderr


def test_the_xlsx_review_has_the_decision_choices_and_help(plans, tmp_path):
    path = tmp_path / "review.xlsx"
    assert cli("review", "export", str(plans), "--out", str(path)).returncode == 0
    book = load_workbook(path)
    assert book.sheetnames == ["待核对 review", "过期的决定 stale", "说明 help"]
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    validation = sheet.data_validations.dataValidation[0]
    assert "accept" in validation.formula1 and "reject" in validation.formula1
    # the review list: the seeds' targets with a reason to check (the extract command's flag)
    flagged = cp.review_list(cp.extract_targets(cp.load_corpus([plans])))
    assert sheet.max_row - 1 == len(flagged)
