"""The actuals table: the shipped reference rows, a user's file checked row by row, merging."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
import yaml

from cityplans import cli
from cityplans.actuals import merge_actuals, read_actuals, reference_actuals
from cityplans.errors import ActualsFileError
from tests.conftest import ROOT, SEEDS

DATA = ROOT / "lib" / "cityplans" / "data"
HEADER = "city,indicator,year,value,unit,source,quote,scope\n"


def test_measures_file_matches_its_schema():
    schema = json.loads((DATA / "actual_measures.schema.json").read_text("utf-8"))
    data = yaml.safe_load((DATA / "actual_measures.yaml").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)


def test_every_reference_row_is_sourced_and_quotes_its_figure():
    ref = reference_actuals()
    assert set(ref["city"]) <= {"驻马店市", "郑州市", "霸州市", "盘锦市", "定西市"}
    assert (ref["origin"] == "reference").all()
    for r in ref.to_dict("records"):
        assert r["source"].startswith("http"), r
        figure = str(int(r["value"])) if float(r["value"]).is_integer() else f"{r['value']:g}"
        assert figure in r["quote"], (figure, r["quote"])  # the sentence states the figure


def write(tmp_path: Path, body: str, name: str = "actuals.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


BAD_AND_GOOD = (
    "霸州市,hte_count,2020,70,家,https://a.example/1,高新技术企业70家,city\n"  # row 2: good
    "霸州市,hte_cnt,2020,70,家,https://a.example/2,,city\n"  # row 3: unknown indicator
    "霸州市,tech_sme_count,2020,70,亿元,https://a.example/3,,city\n"  # row 4: unit mismatch
    "霸州市,tech_sme_count,2020,七十,家,https://a.example/4,,city\n"  # row 5: not a number
    "火星市,tech_sme_count,2020,70,家,https://a.example/5,,city\n"  # row 6: unknown city
    "定西市,tech_contract_turnover,2020,2512.15,万元,https://a.example/6,,陇西经济开发区\n"
)


def test_bad_rows_are_named_one_by_one_and_the_good_ones_kept(tmp_path):
    read = read_actuals(write(tmp_path, BAD_AND_GOOD))
    found = [(e.row, e.column) for e in read.errors]
    assert found == [(3, "indicator"), (4, "unit"), (5, "value"), (6, "city")]
    assert "hte_count" in str(read.errors[0])  # suggests the nearest id
    assert "'家'" in str(read.errors[1])  # names the unit the indicator is in
    good = read.actuals
    assert list(good["indicator"]) == ["hte_count", "tech_contract_turnover"]
    assert good.iloc[0]["adcode"] == "131081"  # 霸州市, from the gazetteer
    # 2512.15 万元 is 0.251215 亿元, exactly
    assert good.iloc[1]["value"] == pytest.approx(0.251215) and good.iloc[1]["unit"] == "亿元"


def test_an_excel_file_is_read_like_a_csv(tmp_path):
    rows = pd.DataFrame(
        [
            ["郑州市", "tech_contract_turnover", 2015, 128.5, "亿元", "https://a.example/x"],
            ["郑州市", "hte_count", 2015, "many", "家", "https://a.example/y"],
        ],
        columns=["城市", "指标", "年份", "数值", "单位", "来源"],  # Chinese headers
    )
    path = tmp_path / "actuals.xlsx"
    rows.to_excel(path, index=False)
    read = read_actuals(path)
    assert read.actuals.iloc[0]["value"] == 128.5 and read.actuals.iloc[0]["year"] == 2015
    assert [(e.row, e.column) for e in read.errors] == [(3, "value")]


def test_a_file_without_a_required_column_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("city,indicator,year,value\n郑州市,hte_count,2015,1\n", encoding="utf-8")
    with pytest.raises(ActualsFileError, match=r"missing column.*unit, source"):
        read_actuals(path)


def test_merging_keeps_every_origin_and_prefers_the_user(tmp_path):
    user = read_actuals(
        write(
            tmp_path, "郑州市,invention_patents_per_10k,2015,6.9,件/万人,https://u.example,,city\n"
        )
    ).actuals
    merged = merge_actuals(user, reference_actuals())
    same = merged[(merged["indicator"] == "invention_patents_per_10k") & (merged["year"] == 2015)]
    assert list(same["origin"]) == ["user", "reference"]
    assert list(same["preferred"]) == [True, False]
    assert "6.9" in same.iloc[1]["note"]  # the reference row says it differs from the value used


def test_the_command_reports_each_bad_row_and_fails(tmp_path, capsys):
    path = write(tmp_path, BAD_AND_GOOD)
    status = cli.main(["attainment", str(SEEDS), "--actuals", str(path), "--format", "csv"])
    err = capsys.readouterr().err
    assert status == 1
    for row in (3, 4, 5, 6):
        assert f"row {row}, column" in err
    assert "4 row(s) of the actuals file left out" in err


def test_build_writes_actuals_and_attainment(tmp_path, capsys):
    out = tmp_path / "data"
    assert cli.main(["build", str(SEEDS), "--out", str(out)]) == 0
    attained = pd.read_parquet(out / "attainment.parquet")
    actuals = pd.read_csv(out / "actuals.csv", encoding="utf-8-sig")
    assert set(attained["status"]) <= {"met", "not_met", "no_data"}
    assert (actuals["origin"] == "reference").sum() == len(reference_actuals())
    before = (out / "attainment.csv").stat().st_mtime_ns
    assert cli.main(["build", str(SEEDS), "--out", str(out)]) == 0
    assert (out / "attainment.csv").stat().st_mtime_ns == before  # unchanged: not rewritten
    assert "unchanged" in capsys.readouterr().out


def test_notebook_05_uses_a_user_file_and_names_its_bad_rows(tmp_path):
    import nbformat
    import papermill as pm

    path = write(
        tmp_path,
        "霸州市,hte_count,2020,70,家,https://a.example/1,高新技术企业70家,city\n"
        "霸州市,tech_sme_count,2020,many,家,https://a.example/2,,city\n",
    )
    out = tmp_path / "05.ipynb"
    pm.execute_notebook(
        str(ROOT / "notebooks" / "05_promised_vs_achieved.ipynb"),
        str(out),
        parameters={"cities": "霸州市", "actuals": str(path), "figures_dir": str(tmp_path)},
        kernel_name="python3",
        progress_bar=False,
    )
    text = "".join(
        str(o.get("data", {}).get("text/html", ""))
        for c in nbformat.read(str(out), as_version=4).cells
        for o in c.get("outputs", [])
    )
    assert "row 3, column value" in text  # the bad row, named
    # 霸州 promised at least 63 high-tech firms for 2020; the file says 70: met, 111%
    assert "≥63 家" in text and "70 家(2020)" in text and "111%" in text
    assert "https://a.example/1" in text
