"""Fair bases for comparison: per 10k residents, per 100 亿元 GDP, min–max, rank."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from cityplans import compare
from cityplans.basis import normalise
from cityplans.errors import MixedComparisonError, ParameterError


def t(city, value, year=2020, kind="level", unit="家", indicator="hte_count", scope="city"):
    return {
        "doc": f"{city}.txt",
        "city": city,
        "indicator": indicator,
        "kind": kind,
        "value": float(value),
        "value_max": float("nan"),
        "unit": unit,
        "year": year,
        "scope": scope,
        "comparator": "=",
        "status": "target",
    }


def a(city, indicator, value, year=2020, unit="万人"):
    return {
        "city": city,
        "scope": "city",
        "indicator": indicator,
        "kind": "level",
        "year": year,
        "value": float(value),
        "unit": unit,
        "source": f"https://{city}.example",
        "preferred": True,
    }


TARGETS = pd.DataFrame([t("郑州市", 50), t("定西市", 30), t("霸州市", 10)])
PEOPLE = pd.DataFrame(
    [a("郑州市", "resident_population", 250), a("定西市", "resident_population", 100, 2021)]
)


def test_per_10k_residents():
    rows = normalise(TARGETS, "hte_count", "per_10k_residents", PEOPLE).set_index("city")
    assert rows.loc["郑州市", "normalised"] == pytest.approx(0.2)  # 50 ÷ 250 万人
    assert rows.loc["定西市", "normalised"] == pytest.approx(0.3)  # 30 ÷ 100, population of 2021
    assert "2021" in rows.loc["定西市", "note"]
    assert math.isnan(rows.loc["霸州市", "normalised"]) and "常住人口" in rows.loc["霸州市", "note"]
    assert (rows["normalised_unit"] == "家/万人").all()
    assert (rows["basis_label"] == "每万常住人口").all()


def test_per_100yi_gdp():
    money = pd.DataFrame([t("郑州市", 20, unit="亿元", indicator="tech_contract_turnover")])
    gdp = pd.DataFrame([a("郑州市", "gdp", 400, unit="亿元")])
    row = normalise(money, "tech_contract_turnover", "per_100yi_gdp", gdp).iloc[0]
    assert row["normalised"] == pytest.approx(5.0)  # 20 ÷ (400 ÷ 100)
    assert row["normalised_unit"] == "亿元/百亿元GDP"


def test_minmax_within_each_year():
    targets = pd.DataFrame(
        [t("郑州市", 10), t("定西市", 20), t("霸州市", 40), t("盘锦市", 7, 2021)]
    )
    rows = normalise(targets, "hte_count", "minmax").set_index("city")
    assert rows.loc["郑州市", "normalised"] == 0
    assert rows.loc["定西市", "normalised"] == pytest.approx(1 / 3)  # (20 − 10) ÷ (40 − 10)
    assert rows.loc["霸州市", "normalised"] == 1
    assert math.isnan(rows.loc["盘锦市", "normalised"])  # alone in 2021
    assert "只有一个" in rows.loc["盘锦市", "note"]


def test_rank_within_each_year_ties_share_the_best():
    targets = pd.DataFrame([t("郑州市", 10), t("定西市", 40), t("霸州市", 40)])
    rows = normalise(targets, "hte_count", "rank").set_index("city")
    assert list(rows.loc[["定西市", "霸州市", "郑州市"], "normalised"]) == [1, 1, 3]


def test_mixing_kinds_or_units_is_an_error_naming_them():
    mixed = pd.DataFrame([t("郑州市", 10), t("定西市", 5, kind="new")])
    with pytest.raises(MixedComparisonError, match=r"kinds \(level, new\)"):
        normalise(mixed, "hte_count", "rank")
    units = pd.DataFrame([t("郑州市", 10), t("定西市", 5, unit="个")])
    with pytest.raises(MixedComparisonError, match=r"units \(个, 家\)"):
        normalise(units, "hte_count", "minmax")
    assert len(normalise(mixed, "hte_count", "rank", kind="new")) == 1  # narrowed: fine


def test_a_share_is_not_put_per_resident_and_a_basis_must_exist():
    share = pd.DataFrame([t("郑州市", 2.6, unit="%", indicator="rd_gdp_ratio")])
    with pytest.raises(ParameterError, match="rate or a share"):
        normalise(share, "rd_gdp_ratio", "per_10k_residents", PEOPLE)
    with pytest.raises(ParameterError, match="valid bases"):
        normalise(TARGETS, "hte_count", "per_capita")


def test_compare_prints_the_basis_in_its_header():
    table = compare.compare(TARGETS, "hte_count", basis="per_10k_residents", actuals=PEOPLE)
    assert "每万常住人口" in table.columns.name
    assert table.loc[("郑州市", "总量/水平", "家"), 2020] == "0.2 家/万人"
