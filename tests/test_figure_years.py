"""A text that states no period covers the years of its figures (figure_years.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.figure_years import period_of_figures


@dataclass
class Fig:
    year: int | None
    status: str


# news of half-year figures: the year is written only in the byline's date
HALF_YEAR = (
    "首页 > 本地新闻\n\n上半年全市高新技术产业产值增长25.9%\n\n"
    "2013-08-20 19:24:00 作者:王明  来源:本地新闻网\n"
    "今天下午,记者从市科技局获悉,今年1-6月份,全市高新技术产业产值实现741.05亿元,"
    "同比增长25.86%。上半年全市新认定高新技术企业12家。"
)


def test_the_latest_year_reported_and_the_next_when_it_is_planned_too():
    text = "2021年…2022年…2023年"
    reported_then_planned = [Fig(2021, "actual"), Fig(2022, "actual"), Fig(2023, "target")]
    assert period_of_figures(reported_then_planned, text) == (2022, 2023)
    assert period_of_figures([Fig(2021, "actual"), Fig(2022, "actual")], text) == (2022, 2022)


def test_goals_for_one_year_alone_give_that_year_and_for_several_none():
    text = "2025年…2030年"
    assert period_of_figures([Fig(2025, "target"), Fig(2025, "target")], text) == (2025, 2025)
    assert period_of_figures([Fig(2025, "target"), Fig(2030, "target")], text) is None


def test_a_year_the_text_does_not_write_gives_no_period():
    assert period_of_figures([Fig(2023, "actual")], "上半年,全市新增高新技术企业42家") is None
    assert period_of_figures([Fig(None, "actual")], "2023年") is None


def test_news_of_half_year_figures_covers_the_year_its_byline_writes():
    doc = build_document(HALF_YEAR, doc="half.txt")
    row = doc.row()
    assert (row["period_start"], row["period_end"]) == (2013, 2013)
    assert "period_start=the years of its figures" in row["field_sources"]
    # the tags resolution reads stay as tagging found them: the period is not stated
    assert doc.tags.get("period_start") is None and doc.tags.get("period_end") is None


def test_the_targets_table_shows_the_same_period():
    corpus = cp.Corpus(docs=[build_document(HALF_YEAR, doc="half.txt")])
    targets = cp.extract_targets(corpus)
    output = targets[targets["indicator"] == "hitech_output"]
    assert not output.empty
    assert set(output["period_start"]) == {2013} and set(output["period_end"]) == {2013}
    assert list(corpus.documents["period_end"]) == [2013]


def test_a_year_only_in_the_page_address_leaves_the_period_unknown():
    body = HALF_YEAR.replace("2013-08-20 19:24:00 作者:王明  来源:本地新闻网\n", "")
    doc = build_document(
        body, doc="half.txt", source="http://kjj.example.gov.cn/art/2013/8/20/a.html"
    )
    assert {t.year for t in doc.resolved()[1]} == {2013}  # dated by the address, not the text
    row = doc.row()
    assert row["period_start"] is None and row["period_end"] is None


# news of a work conference: last year's results, then this year's goals (今年 = the dateline's)
CONFERENCE = (
    "全省高新区工业增长表现抢眼\n\n   2018-02-06 本地新闻网\n\n"
    "从2月5日召开的全省科技工作会议上获悉,去年,全省高新区工业增加值达2425亿元。"
    "2017年,全省高新技术企业新增1079家,总数达3174家。\n"
    "“今年,全省将保持高新技术企业高强度增长,新增1000家。”"
)


def test_news_of_one_years_results_and_the_next_years_goals_covers_both():
    doc = build_document(CONFERENCE, doc="conference.txt")
    assert (doc.tags.get("period_start"), doc.tags.get("period_end")) == (2017, 2017)
    row = doc.row()
    assert (row["period_start"], row["period_end"]) == (2017, 2018)
    assert "period_end=the years of its figures" in row["field_sources"]


def test_a_plan_for_one_year_keeps_its_period_whatever_later_goals_it_names():
    plan = "2024年全市科技工作要点\n2024年,全市新增高新技术企业100家,力争2025年总数达到900家。"
    doc = build_document(plan, doc="plan.txt")
    assert doc.tags.get("doc_type") == "要点"
    assert 2025 in {t.year for t in doc.resolved()[1] if t.status == "target"}
    row = doc.row()
    assert (row["period_start"], row["period_end"]) == (2024, 2024)


def test_a_report_whose_lead_opens_with_a_change_from_one_year_to_a_later_covers_both():
    text = (
        "7月12日,记者从省科技厅获悉:陕西高新技术企业数量从2016年的1829家增长到2020年的6198家,"
        "年均增长36%,尤其是2018年以来,每年保持40%的增速。"
    )
    row = build_document(text, doc="news.txt").row()
    assert (row["period_start"], row["period_end"]) == (2016, 2020)
    assert "period_start=the span the lead reports" in row["field_sources"]


def test_a_report_whose_lead_opens_with_a_span_of_years_covers_it():
    text = (
        "高新技术企业发展规模不断扩大\n2018—2020年,云南省高新技术企业数量分别为1329家、1454家、"
        "2110家,其中2020年云南高新技术企业申报数达817家。"
    )
    doc = build_document(text, doc="news.txt")
    assert (doc.row()["period_start"], doc.row()["period_end"]) == (2018, 2020)
    # the figures are still dated each by its own year
    assert {(int(t.value), t.year) for t in doc.resolved()[1]} == {
        (1329, 2018),
        (1454, 2019),
        (2110, 2020),
    }


def test_a_span_that_ends_after_the_texts_date_is_a_goal_not_its_period():
    text = "2021-03-01 本地新闻网\n从2020年到2025年,全市高新技术企业将从500家增加到1000家。"
    row = build_document(text, doc="news.txt").row()
    assert (row["period_start"], row["period_end"]) != (2020, 2025)


# news of a year's goals first, then the year before's results (据了解,2017年…)
GOALS_FIRST = (
    "到2018年底 全省高新技术企业将超4000家\n\n   2018-02-06 本地新闻网\n\n"
    "2018年我省高新技术企业将新增1000家。记者从2月5日召开的全省科技工作会议上获悉,到今年底,"
    "我省高新技术企业将超过4000家。据了解,2017年我省高新技术企业新增1079家。"
)


def test_news_of_a_years_goals_that_reports_the_year_before_covers_both():
    doc = build_document(GOALS_FIRST, doc="goals.txt")
    assert (doc.tags.get("period_start"), doc.tags.get("period_end")) == (2018, 2018)
    row = doc.row()
    assert (row["period_start"], row["period_end"]) == (2017, 2018)


def test_news_of_a_years_goals_alone_keeps_that_year():
    doc = build_document(GOALS_FIRST.split("据了解")[0], doc="goals.txt")
    row = doc.row()
    assert (row["period_start"], row["period_end"]) == (2018, 2018)


def test_a_work_report_of_a_year_covers_the_year_it_looks_back_on_too():
    text = (
        "2019年昆山市政府工作报告\n过去一年,全市高新技术企业新增300家,总数达到1200家。"
        "2018年,全社会研发投入占地区生产总值比重达到3.2%。今年将继续深化科技创新。"
    )
    doc = build_document(text, doc="report.txt")
    assert doc.tags.get("doc_type") == "报告"
    row = doc.row()
    assert (row["period_start"], row["period_end"]) == (2018, 2019)


def test_goals_for_this_year_counted_from_last_years_written_year_cover_both():
    text = (
        "全省科技工作会召开\n会上梳理去年成绩,给今年科技工作定盘子。2019年,我省科技进步对经济"
        "增长的贡献率达到52.8%。今年的奋斗目标:力争研究与试验发展经费投入强度达到1.5%,"
        "争取高新技术企业突破1100家。"
    )
    row = build_document(text, doc="news.txt").row()
    assert (row["period_start"], row["period_end"]) == (2019, 2020)


def test_a_report_that_reviews_a_year_and_sets_this_years_goals_covers_both():
    text = (
        "学宝教育旗下公务员考试网站\n网站地图     设为首页     加入收藏\n"
        "当前位置:主页  >> 公告时事  >> 备考时事   \n备考时事\n"
        "广东省考时政:一图读懂2024年深圳市政府工作报告\n"
        "http://www.gdgwyw.com       2024-01-30      来源:深圳发布\n【字体: 】              \n\n"
        "深圳市第七届人民代表大会第五次会议1月30日上午在市民中心开幕。\n\n"
        "深圳市市长向大会作政府工作报告,回顾2023年政府工作,提出今年深圳经济社会发展主要预期目标。\n"
        "2023年,全市国家高新技术企业达到2.4万家。"
    )
    row = build_document(text, doc="report.txt").row()
    assert (row["period_start"], row["period_end"]) == (2023, 2024)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (  # 2022年…16.15亿元。今年上半年,…7.81亿元 in an item of August 2023
            "某市技术合同成交额大幅增长\n发布时间:2023-08-15\n2022年,我市认定登记技术合同成交总金额"
            "16.15亿元,同比增长83%。今年上半年,我市共登记技术合同125项,合同成交额7.81亿元。",
            (2022, 2023),
        ),
        (  # a stock dated only by 目前, in a review of 2017 written in 2018
            "某市高新技术企业培育成效明显\n发布时间:2018-01-10\n2017年,我市44家企业通过省级高新技术"
            "企业认定,目前,我市省级以上高新技术企业总数达到92家。",
            (2017, 2017),
        ),
    ],
)
def test_a_review_that_gives_the_first_figures_of_the_year_it_is_written_in_covers_both(
    text, period
):
    """A review of one year that gives the first figures of the year it is written in by their
    own sentence covers both; a stock dated only by the text's date keeps the year reviewed."""
    row = build_document(text, doc="review.txt").row()
    assert (row["period_start"], row["period_end"]) == period
