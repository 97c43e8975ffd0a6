"""Extraction on plans that are not in seeds/: phrasing from other cities, provinces and years.

Every expected row is read off the sentence in the test. Phrases follow how Chinese plans
write goals: 达到/突破/超过/不低于/力争/确保, 新增/新认定/新建/培育/引进, 累计/总数,
增长/增幅/提高…个百分点, 占…比重, 每万人/千家企业中.
"""

from __future__ import annotations

import pytest

import cityplans as cp
from cityplans.corpus import build_document

FOURTEENTH = (
    "苏州市“十四五”科技创新规划\n发布机构:苏州市人民政府\n成文日期:2021-09-10\n二、发展目标\n"
)
ANNUAL = "常州市2022年科技工作要点\n发布机构:常州市科学技术局\n成文日期:2022-02-20\n一、主要目标\n"
DISTRICT = "杭州市余杭区人民政府关于印发余杭区2023年科技创新工作要点的通知\n一、工作目标\n"


def _targets(header: str, body: str):
    doc = build_document(header + body, doc="plan.txt")
    return cp.extract_targets(cp.Corpus(docs=[doc]))


def _rows(frame):
    out = []
    for r in frame.itertuples():
        vmax = None if r.value_max != r.value_max else r.value_max
        out.append(
            (r.indicator, r.kind, r.value, vmax, r.unit, r.year, r.scope, r.comparator, r.status)
        )
    return out


# (header, sentence, expected rows)
CASES = [
    (
        FOURTEENTH,
        "到2025年,全社会研发经费投入强度达到3.2%。",
        [("rd_gdp_ratio", "level", 3.2, None, "%", 2025, "city", "=", "target")],
    ),
    (
        FOURTEENTH,
        "每万人口高价值发明专利拥有量达到15件。",
        [("high_value_patents_per_10k", "level", 15, None, "件/万人", 2025, "city", "=", "target")],
    ),
    (
        FOURTEENTH,
        "到2025年,高新技术企业数量突破5000家。",
        [("hte_count", "level", 5000, None, "家", 2025, "city", ">", "target")],
    ),
    (
        FOURTEENTH,
        "技术合同成交额年均增长15%以上。",
        [("tech_contract_turnover", "growth", 15, None, "%", 2025, "city", ">=", "target")],
    ),
    (
        FOURTEENTH,
        "到2023年底,高新技术企业总数达到3000家左右。",
        [("hte_count", "level", 3000, None, "家", 2023, "city", "~", "target")],
    ),
    (
        FOURTEENTH,
        "每万名就业人员中研发人员达到60人年。",
        [("researchers_per_10k", "level", 60, None, "人年", 2025, "city", "=", "target")],
    ),
    (
        FOURTEENTH,
        "“十三五”期间,全市累计新增高新技术企业1200家。",  # the past: a fact
        [("hte_count", "new", 1200, None, "家", 2020, "city", "=", "actual")],
    ),
    (
        FOURTEENTH,
        "2020年全市高新技术企业达到850家。",  # the base before the plan: a fact
        [("hte_count", "level", 850, None, "家", 2020, "city", "=", "actual")],
    ),
    (
        FOURTEENTH,
        "“十四五”期末,科技进步贡献率达到70%。",
        [("st_progress_contribution", "level", 70, None, "%", 2025, "city", "=", "target")],
    ),
    (
        ANNUAL,
        "新认定国家高新技术企业150家,新增省级重点实验室5个。",
        [
            ("hte_count", "new", 150, None, "家", 2022, "city", "=", "target"),
            ("key_labs", "new", 5, None, "个", 2022, "city", "=", "target"),
        ],
    ),
    (
        ANNUAL,
        "规上工业企业研发投入占营业收入比重提高0.2个百分点。",
        [("rd_revenue_ratio", "growth", 0.2, None, "个百分点", 2022, "city", "=", "target")],
    ),
    (
        ANNUAL,
        "高新技术产业增加值占规模以上工业增加值比重提高到48%。",
        [("hitech_va_share", "level", 48, None, "%", 2022, "city", "=", "target")],
    ),
    (
        ANNUAL,
        "全市技术合同成交额达到8000万元。",  # 万元 -> 亿元, exactly
        [("tech_contract_turnover", "level", 0.8, None, "亿元", 2022, "city", "=", "target")],
    ),
    (
        ANNUAL,
        "培育两到三家新型研发机构。",
        [("new_rd_institutions", "new", 2, 3, "家", 2022, "city", "=", "target")],
    ),
    (
        ANNUAL,
        "确保地方财政科技支出占一般公共预算支出比重不低于3%。",
        [("fiscal_st_share", "level", 3, None, "%", 2022, "city", ">=", "target")],
    ),
    (
        ANNUAL,
        # a register word after the indicator says how many firms are in the register: a level
        # (tests/corpus/LABELLING.md; dev 006 备案入库预计达到88家, 020 入库49家)
        "全市科技型中小企业评价入库达到2000家以上,其中,高新区高新技术企业达到300家。",
        [
            ("tech_sme_count", "level", 2000, None, "家", 2022, "city", ">=", "target"),
            ("hte_count", "level", 300, None, "家", 2022, "高新区", "=", "target"),
        ],
    ),
    (
        ANNUAL,
        "千家企业中高新技术企业数达到4.5家。",
        [("hte_per_1000_firms", "level", 4.5, None, "家/千家企业", 2022, "city", "=", "target")],
    ),
    (ANNUAL, "对首次认定的高新技术企业给予30万元奖励。", []),  # an incentive, not a target
    (ANNUAL, "组织申报高新技术企业200家。", []),  # applications are not recognitions
    (
        ANNUAL,  # the register act before the indicator names a flow
        "入库科技型中小企业1200家。",
        [("tech_sme_count", "new", 1200, None, "家", 2022, "city", "=", "target")],
    ),
    (
        DISTRICT,
        "全区技术合同成交额力争达到50亿元,较上年增长20%。",
        [
            ("tech_contract_turnover", "level", 50, None, "亿元", 2023, "city", "=", "target"),
            ("tech_contract_turnover", "growth", 20, None, "%", 2023, "city", "=", "target"),
        ],
    ),
]


@pytest.mark.parametrize(("header", "sentence", "expected"), CASES, ids=[c[1][:16] for c in CASES])
def test_phrase(header, sentence, expected):
    assert _rows(_targets(header, sentence)) == expected


def test_a_county_plan_end_to_end():
    text = (
        "长兴县人民政府办公室关于印发长兴县科技创新三年行动计划(2021—2023年)的通知\n"
        "长政办发〔2021〕12号\n"
        "一、总体目标\n"
        "到2023年,全县研发经费支出占地区生产总值比重达到3.5%以上,高新技术企业总数达到400家,"
        "科技型中小企业累计达到1500家,技术合同成交额达到10亿元。\n"
        "二、主要任务\n"
        "(一)培育创新主体。每年新认定高新技术企业60家以上。到2023年,高新技术企业总数达到400家。\n"
        "(二)支持开发区建设。长兴经济技术开发区高新技术企业达到150家。\n"
        "(三)强化政策激励。对新认定的高新技术企业给予20万元奖励。\n"
    )
    doc = build_document(text, doc="changxing.txt")
    assert (doc.tags["city"], doc.tags["admin_level"], doc.tags["prefecture"]) == (
        "长兴县",
        "county",
        "湖州市",
    )
    assert (doc.tags["period_start"], doc.tags["period_end"]) == (2021, 2023)
    corpus = cp.Corpus(docs=[doc])
    rows = sorted(_rows(cp.extract_targets(corpus)), key=str)
    assert rows == sorted(
        [
            ("rd_gdp_ratio", "level", 3.5, None, "%", 2023, "city", ">=", "target"),
            ("hte_count", "level", 400, None, "家", 2023, "city", "=", "target"),
            ("tech_sme_count", "level", 1500, None, "家", 2023, "city", "=", "target"),
            ("tech_contract_turnover", "level", 10, None, "亿元", 2023, "city", "=", "target"),
            ("hte_count", "new", 60, None, "家", 2023, "city", ">=", "target"),
            ("hte_count", "level", 150, None, "家", 2023, "长兴经济技术开发区", "=", "target"),
        ],
        key=str,
    )
    targets = cp.extract_targets(corpus)
    total = targets[(targets["indicator"] == "hte_count") & (targets["value"] == 400)].iloc[0]
    assert total["n_sources"] == 2  # 总体目标 and task (一)
    m = cp.mentions(corpus)
    assert m[m["text"] == "20万元"]["role"].tolist() == ["incentive"]
    assert m[m["text"] == "〔2021〕12号"]["role"].tolist() == ["doc_number"]
