"""Attainment verdicts and ambition, one test per rule; expected values worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from cityplans.actuals import load_actuals
from cityplans.attainment import ambition, attainment, meets


def target(**kw) -> dict:
    row = {
        "target_id": "plan.txt#T001",
        "doc": "plan.txt",
        "city": "盘锦市",
        "scope": "city",
        "indicator": "hte_count",
        "indicator_name": "高新技术企业数",
        "kind": "level",
        "comparator": ">=",
        "value": 140.0,
        "value_max": float("nan"),
        "unit": "家",
        "year": 2021,
        "status": "target",
        "quote": "高新技术企业达到140家以上",
        "title": "实施意见",
        "period_start": 2019,
        "period_end": 2021,
    }
    row.update(kw)
    return row


def actual(**kw) -> dict:
    row = {
        "city": "盘锦市",
        "scope": "city",
        "indicator": "hte_count",
        "kind": "level",
        "year": 2021,
        "value": 126.0,
        "unit": "家",
        "source": "https://example.org/bulletin",
        "quote": "高新技术企业126家",
        "origin": "reference",
        "preferred": True,
    }
    row.update(kw)
    return row


def judge(targets: list[dict], actuals: list[dict]) -> pd.DataFrame:
    return attainment(pd.DataFrame(targets), pd.DataFrame(actuals))


@pytest.mark.parametrize(
    ("actual_value", "target_value", "comparator", "vmax", "expected"),
    [
        (140, 140, ">=", None, True),  # 以上: reaching it is enough
        (139.9, 140, ">=", None, False),
        (140, 140, "=", None, True),  # plain 达到: at least
        (140, 140, ">", None, False),  # 超过: strictly above
        (141, 140, ">", None, True),
        (95, 100, "~", None, True),  # 左右: 5% below still counts (100 × 0.95 = 95)
        (94.9, 100, "~", None, False),
        (2, 2, "=", 3, True),  # a range 2–3 is met from its lower end
        (1, 2, "=", 3, False),
        (0.9, 1.0, "<=", None, True),  # 不超过
        (1.1, 1.0, "<=", None, False),
    ],
)
def test_comparators_and_ranges(actual_value, target_value, comparator, vmax, expected):
    assert meets(actual_value, target_value, comparator, vmax) is expected


def test_level_is_actual_over_target():
    row = judge([target()], [actual()]).iloc[0]
    assert row["status"] == "not_met"
    assert row["ratio"] == pytest.approx(126 / 140)  # 0.9
    assert row["actual_source"] == "https://example.org/bulletin"
    assert row["target_quote"] == "高新技术企业达到140家以上"


def test_level_takes_the_nearest_year_and_says_so():
    row = judge([target()], [actual(year=2020, value=150.0)]).iloc[0]
    assert row["status"] == "met" and row["actual_year"] == 2020
    assert "最近年份2020" in row["year_note"]


def test_level_never_reaches_further_than_the_gap():
    later = actual(indicator="gdp", unit="亿元", year=2022)  # the city has data after 2021
    row = judge([target()], [actual(year=2019, value=150.0), later]).iloc[0]
    assert row["status"] == "no_data"
    assert "2021年" in row["reason"]


def test_other_kinds_and_scopes_are_never_compared():
    rows = judge(
        [target(), target(target_id="plan.txt#T002", scope="盘山县")],
        [actual(kind="new", value=500.0), actual(scope="大洼区", value=500.0)],
    )
    assert list(rows["status"]) == ["no_data", "no_data"]
    assert "新增" in rows.iloc[0]["reason"]  # says an actual of another kind exists


def test_new_sums_the_flows_of_the_plan_years():
    t = target(kind="new", comparator="=", value=30.0)  # 2019–2021 plan, goal for 2021
    flows = [actual(kind="new", year=y, value=v) for y, v in ((2019, 8), (2020, 10), (2021, 12))]
    row = judge([t], flows).iloc[0]
    assert row["actual_value"] == 30 and row["ratio"] == pytest.approx(1.0)
    assert row["status"] == "met"
    assert row["year_note"] == "2019–2021年新增数之和"


def test_new_needs_every_year():
    t = target(kind="new", comparator="=", value=30.0)
    flows = [actual(kind="new", year=y, value=15.0) for y in (2019, 2021)]
    row = judge([t], flows).iloc[0]
    assert row["status"] == "no_data" and "2020年" in row["reason"]


def test_growth_against_an_actual_growth():
    t = target(indicator="rd_expenditure", kind="growth", value=20.0, unit="%", comparator="=")
    a = actual(indicator="rd_expenditure", kind="growth", value=15.0, unit="%")
    row = judge([t], [a]).iloc[0]
    assert row["status"] == "not_met"
    assert row["gap_pp"] == pytest.approx(-5.0)  # 15% achieved against 20% promised


def test_growth_from_the_levels_of_two_years():
    t = target(indicator="rd_expenditure", kind="growth", value=20.0, unit="%")
    levels = [
        actual(indicator="rd_expenditure", year=2020, value=8.0, unit="亿元"),
        actual(indicator="rd_expenditure", year=2021, value=10.0, unit="亿元"),
    ]
    row = judge([t], levels).iloc[0]
    assert row["actual_value"] == pytest.approx(25.0)  # 10 ÷ 8 − 1 = 25%
    assert row["status"] == "met" and row["gap_pp"] == pytest.approx(5.0)


def test_growth_in_percentage_points():
    t = target(indicator="rd_gdp_ratio", kind="growth", value=0.5, unit="个百分点")
    levels = [
        actual(indicator="rd_gdp_ratio", year=2020, value=2.0, unit="%"),
        actual(indicator="rd_gdp_ratio", year=2021, value=2.6, unit="%"),
    ]
    row = judge([t], levels).iloc[0]
    assert row["actual_value"] == pytest.approx(0.6)  # 2.6 − 2.0
    assert row["status"] == "met"


def test_a_target_after_the_latest_actual_is_not_yet_due():
    rows = judge([target(year=2025), target(year=2021)], [actual(indicator="gdp", unit="亿元")])
    assert list(rows["status"]) == ["not_yet_due", "no_data"]


def test_ambition_of_a_level_target():
    # from 100 (2018, the year before the 2019–2021 plan) to 133.1 in 2021: 1.331^(1/3) = 1.1
    t = target(value=133.1)
    row = ambition(pd.DataFrame([t]), pd.DataFrame([actual(year=2018, value=100.0)])).iloc[0]
    assert row["base_year"] == 2018 and row["years"] == 3
    assert row["ambition"] == pytest.approx(0.1)


def test_ambition_of_a_new_target_adds_to_the_base_stock():
    # 21 new on a stock of 100 (2018) by 2020: 121 ÷ 100 = 1.1², so 10% a year
    t = target(kind="new", value=21.0, year=2020, period_start=2019, period_end=2020)
    row = ambition(pd.DataFrame([t]), pd.DataFrame([actual(year=2018, value=100.0)])).iloc[0]
    assert row["ambition"] == pytest.approx(0.1)


def test_ambition_ranks_within_an_indicator_and_growth_is_the_promised_rate():
    targets = pd.DataFrame(
        [
            target(target_id="a#1", kind="growth", value=20.0, unit="%"),
            target(target_id="b#1", city="定西市", kind="growth", value=10.0, unit="%"),
            target(target_id="c#1", city="郑州市"),  # no base value
        ]
    )
    rows = ambition(targets, pd.DataFrame([actual(city="霸州市")]))
    assert list(rows["ambition"].iloc[:2]) == [0.2, 0.1]
    assert list(rows["rank"].iloc[:2]) == [1, 2]
    assert math.isnan(rows["ambition"].iloc[2]) and "基期值" in rows["note"].iloc[2]


def test_every_seed_target_has_an_attainment_row(corpus):
    import cityplans as cp

    targets = cp.extract_targets(corpus)
    merged, errors = load_actuals(targets, corpus.documents)
    rows = attainment(targets, merged)
    assert errors == []
    assert len(rows) == (targets["status"] == "target").sum()
    assert set(rows["status"]) <= {"met", "not_met", "no_data"}  # every seed year has passed
    judged = rows[rows["status"].isin(["met", "not_met"])]
    assert judged["actual_source"].notna().all() and judged["target_quote"].notna().all()
    assert rows.loc[rows["status"] == "no_data", "reason"].str.startswith("缺少").all()
    # 郑州 promised 6.8 invention patents per 10k residents for 2015; 6.87 were reached
    zz = judged[(judged["city"] == "郑州市") & (judged["indicator"] == "invention_patents_per_10k")]
    assert zz.iloc[0]["status"] == "met"
    assert zz.iloc[0]["ratio"] == pytest.approx(6.87 / 6.8)
    # 陇西经济开发区 promised 13 high-tech firms for 2020; it had 11
    lx = judged[(judged["scope"] == "陇西经济开发区") & (judged["indicator"] == "hte_count")]
    assert lx.iloc[0]["status"] == "not_met" and lx.iloc[0]["actual_value"] == 11


# news of a work conference: 2022's results, then 2023's goals (period 2022–2023)
def _review_and_plan(**kw) -> dict:
    row = target(
        doc="news.txt",
        kind="new",
        comparator="=",
        value=150.0,
        year=2023,
        period_start=2022,
        period_end=2023,
        quote="今年新增高新技术企业150家",
    )
    row.update(kw)
    return row


def _reported(**kw) -> dict:
    row = target(
        doc="news.txt",
        kind="new",
        value=120.0,
        year=2022,
        status="actual",
        period_start=2022,
        period_end=2023,
        quote="2022年新增高新技术企业120家",
    )
    row.update(kw)
    return row


def test_a_review_and_plan_texts_goal_spans_the_planned_year_alone():
    flows = [actual(kind="new", year=2022, value=120.0), actual(kind="new", year=2023, value=160.0)]
    row = judge([_review_and_plan(), _reported()], flows).iloc[0]
    assert row["actual_value"] == 160 and row["status"] == "met"
    assert pd.isna(row["year_note"])  # 160 new in 2023 alone, not 2022 and 2023 summed


def test_a_two_year_plan_that_reports_neither_year_still_sums_both():
    flows = [actual(kind="new", year=2022, value=70.0), actual(kind="new", year=2023, value=90.0)]
    row = judge([_review_and_plan()], flows).iloc[0]
    assert row["actual_value"] == 160 and row["year_note"] == "2022–2023年新增数之和"


def test_ambition_of_a_review_and_plan_text_starts_from_the_year_it_reviews():
    goal = _review_and_plan(kind="level", value=990.0)  # from 900 (2022) to 990 (2023): 10%
    stock = _reported(kind="level", value=900.0)
    base = [actual(year=2021, value=700.0), actual(year=2022, value=900.0)]
    row = ambition(pd.DataFrame([goal, stock]), pd.DataFrame(base)).iloc[0]
    assert row["base_year"] == 2022 and row["years"] == 1
    assert row["ambition"] == pytest.approx(0.1)
