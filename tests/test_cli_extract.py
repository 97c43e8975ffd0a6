"""python -m cityplans extract: the three formats, the review flag, the exit status."""

from __future__ import annotations

import csv
import io
import json

from tests.conftest import DINGXI, PANJIN, SEEDS, run_cli


def _run(*args):
    return run_cli("extract", *args)


def test_jsonl_rows_have_the_fixed_columns():
    proc = _run(str(SEEDS / PANJIN), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    fixed = [
        "doc",
        "city",
        "indicator",
        "kind",
        "value",
        "value_max",
        "unit",
        "year",
        "scope",
        "comparator",
        "status",
        "quote",
        "start",
        "end",
        "n_sources",
    ]
    for row in rows:
        assert all(c in row for c in fixed)
    rd = [r for r in rows if r["indicator"] == "rd_gdp_ratio"]
    assert rd == [rd[0]] and rd[0]["value"] == 2.6 and rd[0]["comparator"] == ">="
    assert "研究與開發" in rd[0]["quote"]  # raw, traditional, unescaped


def test_csv_is_parseable():
    proc = _run(str(SEEDS / DINGXI), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    scopes = {r["scope"] for r in rows if r["indicator"] == "hte_count"}
    assert scopes == {"city", "陇西县", "陇西经济开发区", "定西省级高新技术产业开发区"}


def test_table_shows_the_review_flag_and_reasons():
    proc = _run(str(SEEDS / DINGXI))
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split()[-1] == "flag"
    assert any(line.rstrip().endswith("review") for line in lines[2:])
    assert "scope from the section heading" in proc.stdout


def test_bad_input_fails_but_the_rest_is_extracted(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = _run(str(SEEDS / PANJIN), str(tmp_path / "empty.txt"), "--format", "jsonl")
    assert proc.returncode == 1
    assert "empty.txt: empty file" in proc.stderr
    assert proc.stdout.count("\n") > 5


def _dingxi_rows(fmt: str) -> list[dict]:
    proc = _run(str(SEEDS / DINGXI), "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    if fmt == "jsonl":
        return [json.loads(line) for line in proc.stdout.splitlines()]
    return list(csv.DictReader(io.StringIO(proc.stdout)))


def _city_row(rows: list[dict], indicator: str) -> dict:
    (row,) = [r for r in rows if r["indicator"] == indicator and r["scope"] == "city"]
    return row


def test_counts_print_as_integers_and_decimals_as_written():
    """高新技术企业总数达到38家 is 38, not 38.0; 万人发明专利拥有量达到0.87件 stays 0.87 and
    技术市场合同交易额达到7亿元 is 7."""
    rows = _dingxi_rows("csv")
    assert _city_row(rows, "hte_count")["value"] == "38"
    assert _city_row(rows, "invention_patents_per_10k")["value"] == "0.87"
    assert _city_row(rows, "tech_contract_turnover")["value"] == "7"
    assert _city_row(rows, "hte_count")["value_max"] == ""
    rows = _dingxi_rows("jsonl")
    hte = _city_row(rows, "hte_count")["value"]
    assert hte == 38 and isinstance(hte, int)
    assert _city_row(rows, "invention_patents_per_10k")["value"] == 0.87
