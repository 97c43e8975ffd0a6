"""The resolver's parts on their own: cue words (cue_words.py), what a number says about its
indicator (kinds.py) and which indicator it belongs to (linking.py). Sentences are written the
way plans write them; expected values are read off the words."""

from __future__ import annotations

from decimal import Decimal

import pytest

import cityplans as cp
from cityplans.context import DocContext
from cityplans.corpus import build_document
from cityplans.cue_words import ends_with, has, long_words
from cityplans.kinds import Around, shape
from cityplans.linking import starts_new_subject
from cityplans.numbers import find_quantities
from cityplans.registry import get
from cityplans.resolve import _chains_followed, resolve_document
from cityplans.scope import zone_names


def _q(text: str):
    (q,) = find_quantities(text)
    return q


def test_cue_words_match_any_word_of_a_list():
    assert has(["新认定", "净增"], "全年净增高新技术企业")
    assert not has(["新认定", "净增"], "高新技术企业总数达到")
    assert ends_with(("申报", "推荐"), "组织申报")
    assert long_words(["达", "达到", "突破"]) == ("达到", "突破")


@pytest.mark.parametrize(
    ("number", "indicator", "before", "between", "zone", "expected"),
    [
        # a count after a flow verb is new; after 总数达到 it is a level
        ("20家", "hte_count", "新认定国家", "", "", ("new", Decimal(20), "家")),
        ("38家", "hte_count", "", "总数达到", "总数达到", ("level", Decimal(38), "家")),
        # a percentage after 增长 is a growth of the indicator
        ("15%", "rd_expenditure", "", "年均增长", "年均增长", ("growth", Decimal(15), "%")),
        # money converts to the indicator's unit
        (
            "5000万元",
            "tech_contract_turnover",
            "",
            "达到",
            "达到",
            ("level", Decimal("0.5"), "亿元"),
        ),
    ],
)
def test_shape_gives_kind_value_and_unit(number, indicator, before, between, zone, expected):
    kind, value, _, unit, _ = shape(
        _q(number), get(indicator), Around(before, before, between, zone)
    )
    assert (kind, value, unit) == expected


def test_shape_refuses_a_unit_that_does_not_fit():
    reason = shape(_q("12项"), get("rd_gdp_ratio"), Around("", "", "达到", "达到"))
    assert isinstance(reason, str) and "does not fit" in reason


def test_a_clause_that_names_something_else_is_a_new_subject():
    assert starts_new_subject(",形象进度完成")
    assert not starts_new_subject(",较上年度增加")  # connective words only: the same figure
    assert starts_new_subject(",增加值达")  # 增加值 (value added) is a measure, not 增加


def test_a_time_word_is_never_part_of_a_zone_name():
    assert zone_names("“十三五”期间市高新区制造业转型升级") == [(8, 11, "高新区")]
    assert zone_names("全力支持桐庐经济开发区建设") == [(4, 11, "桐庐经济开发区")]
    assert zone_names("济南一季度高新区研发投入增长") == [(5, 8, "高新区")]
    assert zone_names("青岛西海岸新区") == [(0, 7, "青岛西海岸新区")]


def test_linking_carries_the_indicator_into_the_next_clause():
    text = "全市高新技术企业达到461家,较上年度增加91家,增长24.59%。"
    _, targets = resolve_document(text, DocContext(year=2022, is_plan=False))
    got = sorted((t.indicator, t.kind, t.value) for t in targets)
    assert got == [
        ("hte_count", "growth", Decimal("24.59")),
        ("hte_count", "level", Decimal(461)),
        ("hte_count", "new", Decimal(91)),
    ]


def test_values_after_a_tier_list_and_fenbie_are_the_tiers_of_one_indicator():
    """国家级、省级、市级…中心分别达14个、161个、164个: tiers of one count."""
    text = (
        "2017年,全市科技型中小企业1206家,国家级、省级、市级工程技术研究中心分别达14个、161个、"
        "164个,国家级、省级重点实验室分别达11个、18个。孵化器市级15个、省级3个。"
    )
    doc = build_document(text, doc="tiers.txt")
    got = {
        (r.indicator, r.value, r.tier if isinstance(r.tier, str) else None)
        for r in cp.extract_targets(cp.Corpus(docs=[doc])).itertuples()
    }
    assert got == {
        ("tech_sme_count", 1206.0, None),
        ("engineering_centers", 14.0, "国家级"),
        ("engineering_centers", 161.0, "省级"),
        ("engineering_centers", 164.0, "市级"),
        ("key_labs", 11.0, "国家级"),
        ("key_labs", 18.0, "省级"),
        ("incubators", 15.0, "市级"),
        ("incubators", 3.0, "省级"),
    }


def test_folded_figures_end_at_the_one_they_restate_and_a_loop_folds_nothing():
    # a headline folded into a rounded restatement, folded into the exact figure
    assert _chains_followed({"headline": "rounded", "rounded": "exact"}) == {
        "headline": "exact",
        "rounded": "exact",
    }
    assert _chains_followed({"a": "b", "b": "a"}) == {}
