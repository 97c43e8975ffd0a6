"""Tagging plans that are not in seeds/: headers modelled on other cities' documents."""

from __future__ import annotations

import pytest

from cityplans.corpus import build_document

# (name, text, expected city, level, prefecture, province, period)
PLANS = [
    (
        "district",
        "杭州市余杭区人民政府办公室关于印发《余杭区科技创新三年行动计划(2021—2023年)》的通知\n"
        "余政办发〔2021〕15号\n各镇人民政府、街道办事处,区政府各部门:\n"
        "《余杭区科技创新三年行动计划(2021—2023年)》已经区政府同意,现印发给你们。\n"
        "杭州市余杭区人民政府办公室\n2021年3月8日\n一、总体目标\n到2023年,全区高新技术企业达到1000家。",
        "余杭区",
        "district",
        "杭州市",
        "浙江省",
        (2021, 2023),
    ),
    (
        "county",
        "安吉县人民政府关于印发安吉县2022年科技工作要点的通知\n"
        "各乡镇人民政府、街道办事处,县政府各部门:\n现将《安吉县2022年科技工作要点》印发给你们。\n"
        "安吉县人民政府\n二〇二二年三月十五日\n一、主要目标\n全县研发投入占GDP比重达到3.2%。",
        "安吉县",
        "county",
        "湖州市",
        "浙江省",
        (2022, 2022),
    ),
    (
        "fourteenth five-year plan",
        "苏州市“十四五”科技创新规划\n发布机构:苏州市人民政府\n成文日期:2021-09-10\n"
        "一、发展基础\n二、发展目标\n到2025年,全社会研发投入占地区生产总值比重达到4.2%。",
        "苏州市",
        "prefecture",
        "苏州市",
        "江苏省",
        (2021, 2025),
    ),
    (
        "municipal district",
        "北京市海淀区人民政府关于印发《海淀区加快科技创新发展实施方案(2022-2024年)》的通知\n"
        "一、工作目标",
        "海淀区",
        "district",
        "北京市",
        "北京市",
        (2022, 2024),
    ),
    (
        "autonomous prefecture short name",
        "临夏州人民政府办公室关于印发临夏州2021年科技创新工作要点的通知\n一、目标任务",
        "临夏回族自治州",
        "prefecture",
        "临夏回族自治州",
        "甘肃省",
        (2021, 2021),
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "city", "level", "prefecture", "province", "period"),
    PLANS,
    ids=[p[0] for p in PLANS],
)
def test_other_city_headers(name, text, city, level, prefecture, province, period):
    doc = build_document(text, doc=f"{name}.txt")
    assert doc.tags.get("city") == city
    assert doc.tags.get("admin_level") == level
    assert doc.tags.get("prefecture") == prefecture
    assert doc.tags.get("province") == province
    assert (doc.tags.get("period_start"), doc.tags.get("period_end")) == period
    assert not any("no city found" in w for w in doc.warnings)


def test_county_plan_fields():
    doc = build_document(PLANS[1][1], doc="county.txt")
    assert doc.tags["issuer"] == "安吉县人民政府"
    assert doc.tags["issued"] == "2022-03-15"  # 二〇二二年三月十五日
    assert doc.tags["doc_type"] == "要点"
    assert doc.tags["title"] == "安吉县2022年科技工作要点"


def test_district_doc_number_and_issue_date():
    doc = build_document(PLANS[0][1], doc="district.txt")
    assert doc.tags["doc_number"] == "余政办发〔2021〕15号"
    assert doc.tags["issued"] == "2021-03-08"
    assert doc.tags["issuer"] == "杭州市余杭区人民政府办公室"


def test_ambiguous_district_is_not_guessed():
    text = (
        "鼓楼区人民政府关于印发鼓楼区2021年科技工作要点的通知\n"
        "一、工作目标\n全区科技型中小企业达到300家。"
    )
    doc = build_document(text, doc="gulou.txt")
    assert doc.tags.get("city") is None
    assert any("ambiguous place name 鼓楼区" in w for w in doc.warnings)


def test_ambiguous_district_resolved_by_its_city():
    text = "福州市鼓楼区人民政府关于印发鼓楼区2021年科技工作要点的通知\n一、工作目标"
    doc = build_document(text, doc="gulou_fz.txt")
    assert doc.tags["city"] == "鼓楼区"
    assert doc.tags["prefecture"] == "福州市"
    assert doc.tags["adcode"] == "350102"


def test_expired_and_valid_marks():
    expired = build_document("时效性:已废止\n某某市2018年科技工作要点\n一、目标", doc="a.txt")
    valid = build_document("有效性:现行有效\n某某市2018年科技工作要点\n一、目标", doc="b.txt")
    assert expired.tags["status"] == "expired"
    assert valid.tags["status"] == "valid"
