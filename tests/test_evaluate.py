"""`evaluate`: the matching rules of tests/corpus/LABELLING.md, the causes, the command line.

Predictions here are written by hand as a targets table would hold them, so each rule is tested
on its own: value within 0.5%, a null gold year accepting any, city versus named scope, optional
rows out of both counts, repeats counted once.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from cityplans.errors import GoldFileError
from cityplans.evaluate import describe, evaluate, read_doc_gold, read_gold

COLUMNS = ["doc", "indicator", "kind", "value", "value_max", "unit", "year", "scope", "status"]
COLUMNS += ["quote"]


def _gold(tmp_path, rows: list[dict]):
    path = tmp_path / "gold.jsonl"
    base = {"value_max": None, "unit": "家", "scope": "city", "quote": "q", "status": "target"}
    path.write_text(
        "".join(json.dumps({**base, **r}, ensure_ascii=False) + "\n" for r in rows),
        encoding="utf-8",
    )
    return read_gold(path)


def _predicted(rows: list[dict]) -> pd.DataFrame:
    base = {"value_max": None, "unit": "家", "scope": "city", "status": "target", "quote": "q"}
    return pd.DataFrame([{**base, **r} for r in rows], columns=COLUMNS)


def _docs(*names: str, city: str = "某市") -> pd.DataFrame:
    return pd.DataFrame({"doc": list(names), "city": city, "zone": None, "province": None})


GOLD_ROW = {"doc": "a.txt", "indicator": "hte_count", "kind": "level", "value": 450, "year": 2020}


def test_exact_match_counts_on_both_sides(tmp_path):
    gold = _gold(tmp_path, [GOLD_ROW])
    result = evaluate(_predicted([GOLD_ROW]), gold, _docs("a.txt"))
    assert (result.recall, result.precision) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("change", "matches", "cause"),
    [
        ({"value": 452}, True, None),  # within 0.5% of 450
        ({"value": 453}, False, "value"),  # 0.67% off
        ({"kind": "new"}, False, "kind"),
        ({"year": 2021}, False, "year"),
        ({"scope": "高新区"}, False, "scope"),
        ({"scope": "某市"}, True, None),  # the document's own place is the whole area
        ({"indicator": "tech_sme_count"}, False, "indicator"),
    ],
)
def test_each_field_of_the_matching_rule(tmp_path, change, matches, cause):
    gold = _gold(tmp_path, [GOLD_ROW])
    result = evaluate(_predicted([{**GOLD_ROW, **change}]), gold, _docs("a.txt"))
    assert result.recall == (1.0 if matches else 0.0)
    if cause:
        assert [m.cause for m in result.misses] == [cause]
        assert [m.cause for m in result.spurious] == [cause]


def test_a_null_gold_year_accepts_any_year(tmp_path):
    gold = _gold(tmp_path, [{**GOLD_ROW, "year": None}])
    result = evaluate(_predicted([{**GOLD_ROW, "year": 2031}]), gold, _docs("a.txt"))
    assert result.recall == 1.0


def test_alt_kinds_are_accepted(tmp_path):
    gold = _gold(tmp_path, [{**GOLD_ROW, "alt_kinds": ["new"]}])
    result = evaluate(_predicted([{**GOLD_ROW, "kind": "new"}]), gold, _docs("a.txt"))
    assert result.recall == 1.0


def test_a_named_gold_scope_needs_a_named_prediction(tmp_path):
    gold = _gold(tmp_path, [{**GOLD_ROW, "scope": "陇西县"}])
    named = evaluate(_predicted([{**GOLD_ROW, "scope": "陇西经济开发区"}]), gold, _docs("a.txt"))
    whole = evaluate(_predicted([GOLD_ROW]), gold, _docs("a.txt"))
    assert (named.recall, whole.recall) == (1.0, 0.0)


def test_the_province_is_the_whole_only_of_a_provincial_text(tmp_path):
    gold = _gold(tmp_path, [{**GOLD_ROW, "scope": "山东省"}])
    city_text = pd.DataFrame(
        {"doc": ["a.txt"], "city": ["菏泽市"], "zone": [None], "province": ["山东省"]}
    ).assign(admin_level="prefecture")
    named = evaluate(_predicted([{**GOLD_ROW, "scope": "山东省"}]), gold, city_text)
    assert named.recall == 1.0  # in a city's text, the province's figure is another area's
    province_text = city_text.assign(city=None, admin_level="province")
    whole = evaluate(_predicted([{**GOLD_ROW, "scope": "山东省"}]), gold, province_text)
    assert whole.recall == 0.0  # in the province's own text, 山东省 is the whole


def test_the_whole_jurisdiction_is_the_one_the_gold_tags_name(tmp_path):
    path = tmp_path / "docs_gold.jsonl"
    tags = {"doc": "a.txt", "city": None, "province": "四川省", "admin_level": "province"}
    path.write_text(json.dumps(tags, ensure_ascii=False) + "\n", encoding="utf-8")
    mis_placed = _docs("a.txt", city="重庆市").assign(province="重庆市", admin_level="province")
    result = evaluate(
        _predicted([{**GOLD_ROW, "scope": "四川省"}]),
        _gold(tmp_path, [GOLD_ROW]),
        mis_placed,
        read_doc_gold(path),
    )
    assert result.recall == 1.0  # the tagger's error is scored once, in the tags
    assert result.tag_accuracy("city") == 0.0


def test_value_max_is_checked_where_the_gold_has_one(tmp_path):
    gold = _gold(tmp_path, [{**GOLD_ROW, "value": 2, "value_max": 3, "kind": "new"}])
    good = _predicted([{**GOLD_ROW, "value": 2, "value_max": 3, "kind": "new"}])
    bad = _predicted([{**GOLD_ROW, "value": 2, "value_max": 5, "kind": "new"}])
    assert evaluate(good, gold, _docs("a.txt")).recall == 1.0
    assert evaluate(bad, gold, _docs("a.txt")).recall == 0.0


def test_optional_rows_are_neither_credited_nor_missed(tmp_path):
    gold = _gold(tmp_path, [GOLD_ROW, {**GOLD_ROW, "value": 300, "optional": True}])
    result = evaluate(_predicted([GOLD_ROW, {**GOLD_ROW, "value": 300}]), gold, _docs("a.txt"))
    assert (result.n_gold, result.n_predicted, result.recall, result.precision) == (1, 1, 1, 1)
    missing = evaluate(_predicted([GOLD_ROW]), gold, _docs("a.txt"))
    assert (missing.n_gold, missing.recall) == (1, 1.0)


def test_repeated_predictions_count_once(tmp_path):
    gold = _gold(tmp_path, [GOLD_ROW])
    result = evaluate(_predicted([GOLD_ROW, GOLD_ROW]), gold, _docs("a.txt"))
    assert (result.n_predicted, result.precision) == (1, 1.0)


def test_non_headline_rows_and_documents_without_gold_are_not_scored(tmp_path):
    gold = _gold(tmp_path, [GOLD_ROW, {**GOLD_ROW, "indicator": "key_labs"}])
    predicted = _predicted(
        [GOLD_ROW, {**GOLD_ROW, "indicator": "key_labs"}, {**GOLD_ROW, "doc": "b.txt"}]
    )
    result = evaluate(predicted, gold, _docs("a.txt", "b.txt"))
    assert (result.n_gold, result.n_predicted) == (1, 1)


def test_spurious_rows_name_their_nearest_gold_and_a_report_lists_them(tmp_path):
    gold = _gold(tmp_path, [GOLD_ROW])
    result = evaluate(
        _predicted([GOLD_ROW, {**GOLD_ROW, "value": 285, "year": 2018}]), gold, _docs("a.txt")
    )
    assert result.precision == 0.5 and result.spurious[0].cause == "value"
    text = describe(result)
    assert "precision  0.500" in text and "spurious (1)" in text and "285" in text


def test_document_tags_are_scored_field_by_field(tmp_path):
    path = tmp_path / "docs_gold.jsonl"
    path.write_text(
        json.dumps({"doc": "a.txt", "city": "某市", "admin_level": "prefecture"}) + "\n",
        encoding="utf-8",
    )
    docs = _docs("a.txt").assign(admin_level="county", period_start=None, period_end=None)
    result = evaluate(
        _predicted([GOLD_ROW]), _gold(tmp_path, [GOLD_ROW]), docs, read_doc_gold(path)
    )
    assert result.tag_accuracy("city") == 1.0 and result.tag_accuracy("admin_level") == 0.0
    assert result.tag_accuracy() == 0.5


def test_a_name_labelled_in_traditional_script_matches_the_simplified_tag(tmp_path):
    path = tmp_path / "docs_gold.jsonl"
    path.write_text(
        json.dumps({"doc": "a.txt", "zone": "邵陽經開區", "city": "某市"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    docs = _docs("a.txt").assign(zone="邵阳经开区", period_start=None, period_end=None)
    result = evaluate(
        _predicted([GOLD_ROW]), _gold(tmp_path, [GOLD_ROW]), docs, read_doc_gold(path)
    )
    assert result.tag_accuracy("zone") == 1.0


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('{"doc": "a.txt"}', "missing field"),
        (
            '{"doc": "a.txt", "indicator": "x", "kind": "stock", "value": 1, "unit": "家", '
            '"year": 2020, "scope": "city", "quote": "q"}',
            "kind 'stock'",
        ),
        (
            '{"doc": "a.txt", "indicator": "x", "kind": "level", "value": "many", "unit": "家", '
            '"year": 2020, "scope": "city", "quote": "q"}',
            "must be numbers",
        ),
    ],
)
def test_a_bad_gold_line_names_the_file_and_line(tmp_path, line, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"doc": "a.txt", "indicator": "hte_count", "kind": "level", "value": 1, '
        '"unit": "家", "year": 2020, "scope": "city", "quote": "q"}\n' + line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFileError) as err:
        read_gold(path)
    assert f"{path}:2" in str(err.value) and reason in str(err.value)


def test_the_command_scores_a_labelled_folder(tmp_path):
    """An analyst's own plan and two rows read off it; the CLI prints scores and each miss."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(
        "某某县2024年科技工作要点\n全县高新技术企业总数达到60家,新增科技型中小企业30家。\n",
        encoding="utf-8",
    )
    rows = [
        {
            "doc": "plan.txt",
            "indicator": "hte_count",
            "kind": "level",
            "value": 60,
            "year": 2024,
            "quote": "全县高新技术企业总数达到60家",
        },
        {
            "doc": "plan.txt",
            "indicator": "tech_sme_count",
            "kind": "new",
            "value": 30,
            "year": 2024,
            "quote": "新增科技型中小企业30家",
        },
        {
            "doc": "plan.txt",
            "indicator": "rd_gdp_ratio",
            "kind": "level",
            "value": 2.5,
            "unit": "%",
            "year": 2024,
            "quote": "not in this plan: a miss the report must name",
        },
    ]
    base = {"value_max": None, "unit": "家", "scope": "city", "status": "target"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(json.dumps({**base, **r}, ensure_ascii=False) + "\n" for r in rows),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "cityplans", "evaluate", str(gold)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert out.returncode == 0, out.stderr
    assert "recall     0.667  (2 of 3 gold rows)" in out.stdout
    assert "precision  1.000" in out.stdout
    assert "[not found] plan.txt: rd_gdp_ratio level 2.5" in out.stdout


def test_the_command_fails_on_a_bad_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{oops\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "cityplans", "evaluate", str(gold), str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert out.returncode == 1 and f"{gold}:1: not valid JSON" in out.stderr
