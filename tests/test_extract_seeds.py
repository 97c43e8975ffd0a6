"""Headline targets of the five seeds, each row verified by reading the plan, and the traps."""

from __future__ import annotations

import pytest

import cityplans as cp
from cityplans.normalise import normalise
from cityplans.registry import HEADLINE_IDS
from tests.conftest import BAZHOU, DINGXI, PANJIN, ZHENGZHOU, ZHUMADIAN

# (indicator, kind, value, value_max, year, scope, status) with the sentence it comes from.
EXPECTED = {
    ZHUMADIAN: [
        (
            "hte_count",
            "new",
            20,
            None,
            2021,
            "city",
            "target",
        ),  # 2021年认定国家高新技术企业20家(以上)
        ("tech_sme_count", "new", 260, None, 2021, "city", "target"),  # 评价入库…260家
        ("tech_contract_turnover", "level", 8, None, 2021, "city", "target"),  # 技术合同成交额8亿元
        ("rd_expenditure", "growth", 20, None, 2021, "city", "target"),  # 研发投入增幅20%
        ("invention_patents_per_10k", "level", 0.8, None, 2021, "city", "target"),  # 0.8件
        ("hte_count", "level", 186, None, 2021, "city", "actual"),  # 抓好…等186家高新技术企业发展
        ("tech_contract_turnover", "growth", 20, None, 2021, "city", "target"),  # 同比增长20%以上
    ],
    ZHENGZHOU: [
        ("hitech_output", "level", 6500, None, 2015, "city", "target"),  # 产值超过6500亿元
        ("hitech_output", "growth", 16, None, 2015, "city", "target"),  # 同比增长16%
        ("hitech_va_share", "level", 50, None, 2015, "city", "target"),  # 比重达到50%
        ("invention_patents_per_10k", "level", 6.8, None, 2015, "city", "target"),  # 6.8件
        ("invention_patents_per_10k", "growth", 20, None, 2015, "city", "target"),  # 增长20%以上
        ("tech_contract_turnover", "level", 130, None, 2015, "city", "target"),  # 130亿元
        ("tech_contract_turnover", "growth", 16, None, 2015, "city", "target"),  # 增长16%以上
        ("st_progress_contribution", "level", 60, None, 2015, "city", "target"),  # 贡献率达到60%
        ("hte_count", "new", 50, None, 2015, "city", "target"),  # 培育…高新技术企业50家
    ],
    BAZHOU: [
        ("fiscal_st_share", "level", 0.5, None, 2020, "city", "target"),
        ("rd_revenue_ratio", "level", 1, None, 2020, "city", "target"),
        ("hte_count", "level", 63, None, 2020, "city", "target"),
        ("tech_sme_count", "level", 1025, None, 2020, "city", "target"),
        ("invention_patents_per_10k", "growth", 10, None, 2020, "city", "target"),  # 较2019年增长
        ("hitech_va_share", "level", 25, None, 2020, "city", "target"),
    ],
    PANJIN: [
        ("rd_gdp_ratio", "level", 2.6, None, 2021, "city", "target"),  # 到2021年…2.6%以上
        ("hte_count", "level", 140, None, 2021, "city", "target"),  # 高新技术企业达到140家以上
        ("tech_sme_count", "level", 240, None, 2021, "city", "target"),  # 注册达到240家以上
    ],
    DINGXI: [
        # (一) 加快定西省级高新技术产业开发区建设: the zone's goals
        ("hte_count", "new", 1, None, 2020, "定西省级高新技术产业开发区", "target"),
        ("tech_sme_count", "new", 15, None, 2020, "定西省级高新技术产业开发区", "target"),
        # (二) 建设陇西省级创新型试点县: 认定2-3家, 入库备案…16家 (新申报5家 is not a count of HTEs)
        ("hte_count", "new", 2, 3, 2020, "陇西县", "target"),
        ("tech_sme_count", "new", 16, None, 2020, "陇西县", "target"),
        ("invention_patents_per_10k", "level", 0.87, None, 2020, "city", "target"),
        ("hte_count", "level", 38, None, 2020, "city", "target"),  # 高新技术企业总数达到38家
        ("tech_sme_count", "new", 60, None, 2020, "city", "target"),  # 入库备案…60家
        ("rd_gdp_ratio", "level", 0.5, None, 2020, "city", "target"),
        ("fiscal_st_share", "level", 0.4, None, 2020, "city", "target"),
        ("fiscal_st_share", "level", 2, None, 2020, "市本级", "target"),  # 市本级达到2.0%以上
        ("tech_contract_turnover", "level", 7, None, 2020, "city", "target"),  # 技术市场合同交易额
        ("hte_count", "level", 13, None, 2020, "陇西经济开发区", "target"),
    ],
}


@pytest.fixture(scope="module")
def targets(corpus):
    return cp.extract_targets(corpus)


def _headline_rows(targets, doc):
    rows = targets[(targets["doc"] == doc) & targets["indicator"].isin(HEADLINE_IDS)]
    out = []
    for r in rows.itertuples():
        vmax = None if r.value_max != r.value_max else r.value_max
        out.append((r.indicator, r.kind, r.value, vmax, r.year, r.scope, r.status))
    return out


@pytest.mark.parametrize("doc", list(EXPECTED))
def test_headline_rows_exactly(targets, doc):
    got = sorted(_headline_rows(targets, doc), key=str)
    want = sorted(EXPECTED[doc], key=str)
    assert got == want


def _row(targets, doc, **match):
    rows = targets[targets["doc"] == doc]
    for key, value in match.items():
        rows = rows[rows[key] == value]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_trap_bazhou_per_thousand_firms_is_not_hte_count(targets):
    row = _row(targets, BAZHOU, indicator="hte_per_1000_firms")
    assert (row["value"], row["unit"]) == (3, "家/千家企业")
    assert not (
        (targets["doc"] == BAZHOU) & (targets["indicator"] == "hte_count") & (targets["value"] == 3)
    ).any()


def test_trap_panjin_reward_is_an_incentive(corpus):
    m = cp.mentions(corpus)
    reward = m[(m["doc"] == PANJIN) & (m["text"] == "10萬元")]
    assert "incentive" in set(reward["role"])
    assert not (m[(m["doc"] == PANJIN) & (m["role"] == "incentive")]["indicator"].notna()).any()


def test_trap_dingxi_sub_areas_are_not_the_city(targets):
    city_hte = targets[
        (targets["doc"] == DINGXI)
        & (targets["indicator"] == "hte_count")
        & (targets["scope"] == "city")
    ]
    assert list(city_hte["value"]) == [38]


def test_trap_bazhou_growth_is_not_a_level(targets):
    row = _row(targets, BAZHOU, indicator="invention_patents_per_10k")
    assert (row["kind"], row["unit"], row["year"], row["comparator"]) == ("growth", "%", 2020, ">=")


def test_trap_zhengzhou_level_and_growth_are_two_rows(targets):
    rows = targets[
        (targets["doc"] == ZHENGZHOU) & (targets["indicator"] == "invention_patents_per_10k")
    ]
    assert sorted(zip(rows["kind"], rows["value"], rows["unit"], strict=True)) == [
        ("growth", 20, "%"),
        ("level", 6.8, "件/万人"),
    ]


def test_trap_dingxi_value_added_share_has_another_denominator(targets):
    """定西 writes 占工业增加值比重 (all industry), 郑州 and 霸州 占规上工业增加值比重: two ids."""
    rows = targets[
        (targets["doc"] == DINGXI) & (targets["indicator"] == "hitech_va_share_all_industry")
    ]
    assert sorted(zip(rows["value"], rows["scope"], strict=True)) == [
        (10.7, "陇西经济开发区"),
        (22, "city"),
    ]
    assert set(targets[targets["indicator"] == "hitech_va_share"]["doc"]) == {ZHENGZHOU, BAZHOU}


def test_repeats_merge_with_all_sources(targets):
    row = _row(targets, BAZHOU, indicator="hte_count")
    assert row["n_sources"] == 2 and len(row["sources"]) == 2  # 工作目标 and task 4
    # the tasks write 占…的比重 where the goals write 占…比重: still the same goal
    assert _row(targets, BAZHOU, indicator="rd_revenue_ratio")["n_sources"] == 2
    assert _row(targets, BAZHOU, indicator="fiscal_st_share")["n_sources"] == 2
    row = _row(targets, ZHUMADIAN, indicator="hte_count", status="target")
    assert row["n_sources"] == 3  # 划重点, 目标任务, task 2
    assert row["comparator"] == ">="  # the task says 20家以上


def test_quotes_are_raw_text_at_their_offsets(corpus, targets):
    for row in targets.itertuples():
        raw = corpus.get(row.doc).raw
        assert raw[row.start : row.end] == row.quote
        for a, b in row.sources:
            assert b > a
    panjin = _row(targets, PANJIN, indicator="hte_count")
    assert panjin["quote"] == "全市高新技術企業達到140家以上"  # traditional, as on disk


def test_every_extracted_span_maps_back(corpus, targets):
    """For every target and mention span, the raw text there normalises to the analysed text."""
    m = cp.mentions(corpus)
    for frame in (targets, m):
        for row in frame.itertuples():
            doc = corpus.get(row.doc)
            raw = doc.raw[row.start : row.end]
            assert normalise(raw).text.strip() in doc.text


def test_review_list_has_reasons(targets):
    review = cp.review_list(targets)
    assert len(review) and (review["review"] != "").all()
    lx = review[(review["doc"] == DINGXI) & (review["indicator"] == "hte_count")]
    assert any("range" in r for r in lx["review"])


# Tiers and counting words as the plans write them, read from the seeds:
# 郑州 2015年新建科技企业孵化器市级15个、省级3个、国家级1个; 新建市级研发中心100家、省级以上20家;
# 定西 企业技术研究中心达到14家 (the registry counts these in 个).
TIERS = [
    (ZHENGZHOU, "incubators", 15, "市级", "个"),
    (ZHENGZHOU, "incubators", 3, "省级", "个"),
    (ZHENGZHOU, "incubators", 1, "国家级", "个"),
    (ZHENGZHOU, "enterprise_rd_institutions", 100, "市级", "家"),
    (ZHENGZHOU, "enterprise_rd_institutions", 20, "省级以上", "家"),
    (DINGXI, "enterprise_tech_centers", 14, None, "家"),
    (DINGXI, "hte_count", 38, None, "家"),
]


@pytest.mark.parametrize(("doc", "indicator", "value", "tier", "written"), TIERS)
def test_tiers_and_counting_words_are_columns(targets, doc, indicator, value, tier, written):
    rows = targets[
        (targets["doc"] == doc) & (targets["indicator"] == indicator) & (targets["value"] == value)
    ]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["tier"] if isinstance(row["tier"], str) else None) == tier
    assert row["unit_written"] == written
