"""The indicator registry: the fixed headline ids, lookups (its schema: test_data_schemas)."""

from __future__ import annotations

import pytest

from cityplans import registry as reg
from cityplans.errors import DataFileError, UnknownIndicatorError

FIXED_HEADLINE = {
    "rd_gdp_ratio",
    "rd_revenue_ratio",
    "rd_expenditure",
    "fiscal_st_share",
    "hte_count",
    "tech_sme_count",
    "invention_patents_per_10k",
    "high_value_patents_per_10k",
    "tech_contract_turnover",
    "hitech_va_share",
    "hitech_output",
    "researchers_per_10k",
    "st_progress_contribution",
}


def test_headline_ids_are_the_fixed_set():
    r = reg.registry()
    assert set(r.ids(headline=True)) == FIXED_HEADLINE == set(reg.HEADLINE_IDS)
    assert len(r) >= 40


@pytest.mark.parametrize(
    ("indicator", "unit", "denominator_word"),
    [
        ("rd_gdp_ratio", "%", "生产总值"),
        ("rd_revenue_ratio", "%", "主营业务收入"),
        ("fiscal_st_share", "%", "预算支出"),
        ("invention_patents_per_10k", "件/万人", "人口"),
        ("hte_per_1000_firms", "家/千家企业", "工商注册企业"),
    ],
)
def test_ratios_say_their_denominator(indicator, unit, denominator_word):
    ind = reg.get(indicator)
    assert ind.unit == unit
    assert denominator_word in ind.denominator


@pytest.mark.parametrize(
    ("alias", "indicator"),
    [
        ("万人发明专利拥有量", "invention_patents_per_10k"),  # 霸州, 驻马店
        ("技术市场合同交易额", "tech_contract_turnover"),  # 定西
        ("地方财政科学技术支出占地方财政支出的比重", "fiscal_st_share"),  # 定西
        ("千家工商注册企业中高新技术企业数量", "hte_per_1000_firms"),  # 霸州: not hte_count
        ("院士专家工作站", "academician_workstations"),  # 盘锦
        ("星创天地", "star_innovation_bases"),  # 驻马店
    ],
)
def test_aliases_as_the_seeds_write_them(alias, indicator):
    assert reg.registry().aliases()[alias].id == indicator


def test_unknown_id_lists_the_valid_ones():
    with pytest.raises(UnknownIndicatorError) as info:
        reg.get("hte_cuont")
    message = str(info.value)
    assert "hte_cuont" in message and "hte_count" in message and "rd_gdp_ratio" in message
    assert isinstance(info.value, KeyError)


def test_an_alias_shared_by_two_indicators_is_refused():
    a = reg.Indicator("a", "甲", "A", "家", None, None, False, "platforms", ("共同别名",))
    b = reg.Indicator("b", "乙", "B", "家", None, None, False, "platforms", ("共同别名",))
    with pytest.raises(DataFileError, match="共同别名"):
        reg.Registry([a, b])


@pytest.mark.parametrize(
    ("wording", "indicator"),
    [
        ("科技公共财政支出占公共财政支出比重", "fiscal_st_share"),
        ("大中型工业企业研发经费占销售收入比重", "rd_revenue_ratio"),
        ("每万人劳动力从事研发人员", "researchers_per_10k"),
        ("每万劳动力中研发人员", "researchers_per_10k"),
        ("万人高价值发明专利", "high_value_patents_per_10k"),
        ("有效期内国家高新技术企业", "hte_count"),
        ("科学研究与实验发展经费占GDP", "rd_gdp_ratio"),
        ("r&d经费占gdp比重", "rd_gdp_ratio"),
        ("科技对经济增长的贡献率", "st_progress_contribution"),
    ],
)
def test_wordings_of_other_places(wording, indicator):
    from cityplans.aliases import find_aliases

    found = find_aliases(wording)
    assert found and found[-1][2].id == indicator
    assert found[-1][1] == len(wording)  # the whole wording names it, to its end


def test_a_term_set_is_expanded_as_a_whole_choice_and_refused_inside_a_word():
    """{<ST>|研发}支出 expands the set; {财政<ST>|…} would keep "<ST>" as text, so it is refused."""
    terms = {"ST": ["科技", "科学技术"]}
    assert reg.expand_pattern("{<ST>|研发}支出", terms) == ["科技支出", "科学技术支出", "研发支出"]
    with pytest.raises(DataFileError, match="财政<ST>"):
        reg.expand_pattern("{财政<ST>|<ST>财政}支出", terms)
