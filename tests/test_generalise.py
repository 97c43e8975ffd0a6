"""What real plans do that the seeds do not: each rule of issue 11, on sentences written the way
plans, reports and news items from other places write them. Every expected row is read off its
text; none comes from the seeds or the labelled corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.tagging import doc_type_of
from cityplans.timing import month_words, year_words


def _rows(text: str, source: str | None = None) -> list[tuple]:
    doc = build_document(text, doc="plan.txt", source=source)
    frame = cp.extract_targets(cp.Corpus(docs=[doc]))
    out = []
    for r in frame.itertuples():
        vmax = None if pd.isna(r.value_max) else r.value_max
        year = None if pd.isna(r.year) else int(r.year)
        out.append((r.indicator, r.kind, r.value, vmax, year, r.scope, r.status))
    return sorted(out, key=str)


def _type_and_period(text: str) -> tuple:
    """(doc_type, period_start, period_end) of a text."""
    tags = _tags(text)
    return tags.get("doc_type"), tags.get("period_start"), tags.get("period_end")


def _tags(text: str, source: str | None = None) -> dict:
    tags = build_document(text, doc="plan.txt", source=source).tags
    keys = ("city", "province", "admin_level", "zone", "doc_type", "period_start", "period_end")
    return {k: tags.get(k) for k in keys}


# (name, text, expected rows (indicator, kind, value, value_max, year, scope, status))
CASES = [
    (
        "入库企业 after the register is named counts the register's firms, year by year",
        "自2017年国家开展科技型中小企业评价入库工作以来,我市入库企业数量由2017年的20家,增长到"
        "2018年的40家、2019年的48家。到2025年,入库企业突破300家。",
        [
            ("tech_sme_count", "level", 300, None, 2025, "city", "target"),
            ("tech_sme_count", "level", 40, None, 2018, "city", "actual"),
            ("tech_sme_count", "level", 48, None, 2019, "city", "actual"),
            ("tech_sme_count", "level", 20, None, 2017, "city", "actual"),
        ],
    ),
    (
        "…but not before a register is named",
        "全县入库企业数量达到40家。",
        [],
    ),
    # ---- year from context ----
    (
        "a milestone (首破百亿元大关) is no figure when the exact one follows; 大关 is no county",
        "2023年,全市技术合同成交额首破百亿元大关,达114.76亿元。",
        [("tech_contract_turnover", "level", 114.76, None, 2023, "city", "actual")],
    ),
    (
        "an R&D amount's words with a level verb and a share are the intensity, written loosely",
        "确保2024年全社会研发经费投入达到1.75%。",
        [("rd_gdp_ratio", "level", 1.75, None, 2024, "city", "target")],
    ),
    (
        "…but not a share of a larger whole (占全省总量的25.95%)",
        "全市研发投入支出达到111.77亿元,占全省总量的25.95%。",
        [("rd_expenditure", "level", 111.77, None, None, "city", "actual")],
    ),
    (
        "after 其中, words that qualify the indicator just given a figure make a part of it",
        "全区技术合同金额11.06亿元,其中长三角技术合同1010万元。",
        [("tech_contract_turnover", "level", 11.06, None, None, "city", "actual")],
    ),
    (
        "…but 其中 before another indicator than the whole's is that indicator's own figure",
        "全市科技型企业300家,其中国家高新技术企业50家。",
        [
            ("hte_count", "level", 50, None, None, "city", "actual"),
            ("tech_firm_count", "level", 300, None, None, "city", "actual"),
        ],
    ),
    (
        "a count's share of a larger whole (占全省净增数的78.66%) is not its growth",
        "2023年,全市高新技术企业净增365家,占全省净增数的78.66%,总量达到2141家。",
        [
            ("hte_count", "level", 2141, None, 2023, "city", "actual"),
            ("hte_count", "new", 365, None, 2023, "city", "actual"),
        ],
    ),
    (
        "a round number passed for the first time (首次突破50亿元) when the exact figure follows",
        "技术合同成交额首次突破50亿元,达到52.3亿元,增长18%。到2027年,高新技术企业突破4万家,"
        "力争达到5万家。",
        [
            ("hte_count", "level", 40000, None, 2027, "city", "target"),
            ("hte_count", "level", 50000, None, 2027, "city", "target"),
            ("tech_contract_turnover", "growth", 18, None, None, "city", "actual"),
            ("tech_contract_turnover", "level", 52.3, None, None, "city", "actual"),
        ],
    ),
    (
        "an absolute change of a per-head ratio (比上年增加2.1件) is no level and no flow",
        "每万人口发明专利拥有量达到12.5件,比上年增加2.1件。",
        [("invention_patents_per_10k", "level", 12.5, None, None, "city", "actual")],
    ),
    (
        "a milestone with no exact figure after it in its unit stays a figure",
        "2022年,全市技术合同成交额突破2亿元大关,同比增长111.8%。",
        [
            ("tech_contract_turnover", "growth", 111.8, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 2, None, 2022, "city", "actual"),
        ],
    ),
    (
        "科小企业 and 省科小 are the tech-SME register's short names, as 高企 is high-tech firms'",
        "高企数量达到120家,科小企业入库300家。全年新增省科小1124家。",
        [
            ("hte_count", "level", 120, None, None, "city", "actual"),
            ("tech_sme_count", "level", 300, None, None, "city", "actual"),
            ("tech_sme_count", "new", 1124, None, None, "city", "actual"),
        ],
    ),
    (
        "the count of a register (评价入库数达到2000家) is its size, a level",
        "到2025年,全市科技型中小企业评价入库数达到2000家。",
        [("tech_sme_count", "level", 2000, None, 2025, "city", "target")],
    ),
    (
        "firms counted as they gain the status (4家企业荣获国家高新技术企业认定) are new",
        "2016年,我县4家企业荣获国家高新技术企业认定。",
        [("hte_count", "new", 4, None, 2016, "city", "actual")],
    ),
    (
        "…also when the text says how many there are (共有35家企业通过…认定): a year's flow",
        "2016年,全市共有35家企业通过高新技术企业认定。",
        [("hte_count", "new", 35, None, 2016, "city", "actual")],
    ),
    (
        "…also when they are 被认定为 the status",
        "2016年,全市35家企业被认定为国家高新技术企业。",
        [("hte_count", "new", 35, None, 2016, "city", "actual")],
    ),
    (
        "…also when they are listed (入库), 获评 or become (成为) what the indicator counts; those"
        " that are so (共有…成为) are a stock",
        "2020年,全市共有104家企业入库国家科技型中小企业,38家企业获评国家高新技术企业。园区共有"
        "28户企业成为省级以上高新技术企业。",
        [
            ("hte_count", "level", 28, None, 2020, "city", "actual"),
            ("hte_count", "new", 38, None, 2020, "city", "actual"),
            ("tech_sme_count", "new", 104, None, 2020, "city", "actual"),
        ],
    ),
    (
        "…but not when they only apply (申报), nor a total a later 其中首次 splits (with renewals)",
        "2017年,全市35家企业申报高新技术企业认定。2017年我市有37户企业通过高新技术企业认定,"
        "其中首次通过认定的企业20户。",
        [("hte_count", "new", 20, None, 2017, "city", "actual")],
    ),
    (
        "the part a comparison picks (最高的也是高港区,达到…) has the figure after it; a place"
        " named after the last figure ends its carried scope (…最快的是高新区,增幅达…)",
        "2018年,泰州市高新技术产业产值达3244.99亿元,同比增长11.79%。各市(区)高新技术产业产值"
        "稳定增长,高新技术产业产值最高的也是高港区,达到809.41亿元;高新技术产业产值同比增长最快的"
        "是高新区,增幅达21.71%。",
        [
            ("hitech_output", "growth", 11.79, None, 2018, "city", "actual"),
            ("hitech_output", "growth", 21.71, None, 2018, "高新区", "actual"),
            ("hitech_output", "level", 3244.99, None, 2018, "city", "actual"),
            ("hitech_output", "level", 809.41, None, 2018, "高港区", "actual"),
        ],
    ),
    (
        "a goal stated outright in the number's own clause (今年力争…, 增长目标14%) is a target,"
        " whatever fact or estimate the sentence gave before it",
        "浙江省2020年科技发展计划\n据了解,2019年浙江全省研究与试验发展(R&D)经费支出预计达1648"
        "亿元,2020年该省R&D经费增长目标14%以上、占GDP比重达2.8%,科技进步贡献率达到65%。",
        [
            ("rd_expenditure", "growth", 14, None, 2020, "city", "target"),
            ("rd_expenditure", "level", 1648, None, 2019, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.8, None, 2020, "city", "target"),
            ("st_progress_contribution", "level", 65, None, 2020, "city", "target"),
        ],
    ),
    (
        "预计 right before its year (预计2023年…) is that year's estimate: a fact",
        "2023年全市工作要点\n预计2023年全市研发投入强度达到2.1%。",
        [("rd_gdp_ratio", "level", 2.1, None, 2023, "city", "actual")],
    ),
    (
        "…and 目前…14家,今年力争新增4家: the first a fact, the second a goal",
        "目前我县有效期内高新技术企业14家,今年力争新增4家以上高新技术企业。",
        [
            ("hte_count", "level", 14, None, None, "city", "actual"),
            ("hte_count", "new", 4, None, None, "city", "target"),
        ],
    ),
    (
        "…but 将达到 after an estimate (预计…总数将达到790家) stays the estimate, a fact",
        "预计今年全市高新技术企业净增150家,总数将达到790家。",
        [
            ("hte_count", "level", 790, None, None, "city", "actual"),
            ("hte_count", "new", 150, None, None, "city", "actual"),
        ],
    ),
    (
        "a share's own words (…比重将达43%, …增加值比重88.7%) keep an earlier clause's 提升/增速"
        " from making it a growth rate",
        "引领产业发展能力大幅提升,高新技术产业增加值占规模以上工业增加值比重将达43%。",
        [("hitech_va_share", "level", 43, None, None, "city", "target")],
    ),
    (
        "…also when the share follows the value added's growth (增速全市排名第二,占…比重88.7%)",
        "完成高新技术产业增加值57.3亿元,同比增长13.8%,增速全市排名第二,占规模以上工业增加值比重"
        "88.7%。",
        [
            ("hitech_va", "growth", 13.8, None, None, "city", "actual"),
            ("hitech_va", "level", 57.3, None, None, "city", "actual"),
            ("hitech_va_share", "level", 88.7, None, None, "city", "actual"),
        ],
    ),
    (
        "firms above a size (亿元以上的高新技术企业) are another population, and so is the change"
        " that continues their figure; 上市 too, while the whole count after it stays",
        "2013年,全市总收入亿元以上的高新技术企业47家,较上年增加8家。2013年,全市上市高新技术企业"
        "12家,较上年增加3家;高新技术企业总数达到300家,较上年增加40家。",
        [
            ("hte_count", "level", 300, None, 2013, "city", "actual"),
            ("hte_count", "new", 40, None, 2013, "city", "actual"),
        ],
    ),
    (
        "截至…共认定…15家 counts all recognised so far: a level",
        "截至目前,西藏共认定高新技术企业15家。",
        [("hte_count", "level", 15, None, None, "city", "actual")],
    ),
    (
        "a milestone in 亿 with the exact figure in 亿元 (首次突破百亿,达到124.618亿元)",
        "2012年全社会研究开发支出首次突破百亿,达到124.618亿元。",
        [("rd_expenditure", "level", 124.618, None, 2012, "city", "actual")],
    ),
    (
        "a county that shares its city's stem (湘潭县 in 湘潭市's text) is a part; the bare stem"
        " (衡阳 in 衡阳市's text) is the city",
        "2021年湘潭市完成技术合同认定登记成交额160.24亿元。其中,湘潭县完成技术合同成交额15.65亿元,"
        "增长率为315.63%。",
        [
            ("tech_contract_turnover", "growth", 315.63, None, 2021, "湘潭县", "actual"),
            ("tech_contract_turnover", "level", 15.65, None, 2021, "湘潭县", "actual"),
            ("tech_contract_turnover", "level", 160.24, None, 2021, "city", "actual"),
        ],
    ),
    (
        "…the bare stem of the city (衡阳) is the city, not its namesake county",
        "衡阳市“十四五”科技创新规划\n到2025年,衡阳创新能力显著提升,高新技术企业达到800家。",
        [("hte_count", "level", 800, None, 2025, "city", "target")],
    ),
    (
        "high-tech firms' output (高新技术企业的产值) is their revenue, not the industry's output",
        "2005年度,全区高新技术企业的产值达到6.3亿元。",
        [("hte_revenue", "level", 6.3, None, 2005, "city", "actual")],
    ),
    (
        "全社会R&D占比 is the intensity; enterprises' 研发费用 is their R&D amount, and the share"
        " of revenue after it the enterprise ratio",
        "2024年全区全社会R&D占比达到3.21%。规上工业企业研发费用12亿元,增速24.24%,占营业收入比重"
        "4.1%。",
        [
            ("enterprise_rd_expenditure", "growth", 24.24, None, 2024, "city", "actual"),
            ("enterprise_rd_expenditure", "level", 12, None, 2024, "city", "actual"),
            ("rd_gdp_ratio", "level", 3.21, None, 2024, "city", "actual"),
            ("rd_revenue_ratio", "level", 4.1, None, 2024, "city", "actual"),
        ],
    ),
    (
        "a zone's 全市 is its city's, a higher level, not the zone itself",
        "2022年天津经开区科技型中小企业总量突破1000家\n日前,天津市科技局公布入库科技型中小企业"
        "名单,全市入库企业共计670家。",
        [
            ("tech_sme_count", "level", 1000, None, 2022, "city", "actual"),
            ("tech_sme_count", "level", 670, None, 2022, "全市", "actual"),
        ],
    ),
    (
        "a year listed right after a base year (比2021年和2022年) is a base too",
        "2023年,全省科技型中小企业评价入库10342户,分别比2021年和2022年增长232%、150.3%。",
        [
            ("tech_sme_count", "growth", 150.3, None, 2023, "city", "actual"),
            ("tech_sme_count", "growth", 232, None, 2023, "city", "actual"),
            ("tech_sme_count", "level", 10342, None, 2023, "city", "actual"),
        ],
    ),
    (
        "目前 under a date line written with the year last (04.02.2015) is that year",
        "西宁经济技术开发区工业总产值首破千亿元大关\n04.02.2015  10:49\n目前,开发区高新技术企业已达"
        "36户,科技型企业达到51户。",
        [
            ("hte_count", "level", 36, None, 2015, "city", "actual"),
            ("tech_firm_count", "level", 51, None, 2015, "city", "actual"),
        ],
    ),
    (
        "a one-year plan gives its targets its year",
        "黄岩区2024年科技工作要点\n一、主要目标\n新认定国家高新技术企业45家,技术合同成交额达到12亿元。",
        [
            ("hte_count", "new", 45, None, 2024, "city", "target"),
            ("tech_contract_turnover", "level", 12, None, 2024, "city", "target"),
        ],
    ),
    (
        "a lead line with a colon governs the list below it",
        "到2027年,主要目标:\n1.全社会研发投入强度达到3.1%;\n2.高企总数达到900家。",
        [
            ("hte_count", "level", 900, None, 2027, "city", "target"),
            ("rd_gdp_ratio", "level", 3.1, None, 2027, "city", "target"),
        ],
    ),
    (
        "a base year is never the year",
        "东阳市2022年科技工作要点\n万人高价值发明专利拥有量较2020年提高15%。",
        [("high_value_patents_per_10k", "growth", 15, None, 2022, "city", "target")],
    ),
    (
        "去年 in a dated report is the year before",
        "发布时间:2023-02-10\n去年,全县高新技术企业达到58家,同比增长16%。",
        [
            ("hte_count", "growth", 16, None, 2022, "city", "actual"),
            ("hte_count", "level", 58, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a year glued to its value by a PDF copy",
        "研发投入强度由20152.06%提升到20203.28%。",
        [
            ("rd_gdp_ratio", "level", 2.06, None, 2015, "city", "actual"),
            ("rd_gdp_ratio", "level", 3.28, None, 2020, "city", "actual"),
        ],
    ),
    (
        "an undated change runs over the years of the dated change before it",
        "2021年,我市科技创新成效明显。财政科技投入由2016年的17.3亿元增长到2020年的31亿元,"
        "带动全社会研发经费支出由25.5亿元增长到54.5亿元。",
        [
            ("fiscal_st_expenditure", "level", 17.3, None, 2016, "city", "actual"),
            ("fiscal_st_expenditure", "level", 31.0, None, 2020, "city", "actual"),
            ("rd_expenditure", "level", 25.5, None, 2016, "city", "actual"),
            ("rd_expenditure", "level", 54.5, None, 2020, "city", "actual"),
        ],
    ),
    (
        "an undated change after 其中 takes the years of the change it is part of",
        "我市万人发明专利拥有量由2021年的2.59件增长至2023年的4.04件,其中万人高价值发明专利拥有量"
        "由0.66件增长至1.13件。",
        [
            ("high_value_patents_per_10k", "level", 0.66, None, 2021, "city", "actual"),
            ("high_value_patents_per_10k", "level", 1.13, None, 2023, "city", "actual"),
            ("invention_patents_per_10k", "level", 2.59, None, 2021, "city", "actual"),
            ("invention_patents_per_10k", "level", 4.04, None, 2023, "city", "actual"),
        ],
    ),
    (
        "the years in a document's name do not date the figures after it",
        "2021-01-12\n在1月11日召开的2021年全省科技工作会上,厅长表示,今年将出台2021—2035年中长期"
        "科技发展规划 力争新增高新技术企业600家,全社会研发经费支出总量达到1050亿元。",
        [
            ("hte_count", "new", 600, None, 2021, "city", "target"),
            ("rd_expenditure", "level", 1050, None, 2021, "city", "target"),
        ],
    ),
    (
        "values listed after 分别 under a span of as many years take one year each",
        "2015-2018年,咸阳全社会研发经费投入分别21.5、23.4、25.0、27.9亿元,每万人发明专利拥有量"
        "分别达到1.5、1.8、2.1、2.6件。",
        [
            ("invention_patents_per_10k", "level", 1.5, None, 2015, "city", "actual"),
            ("invention_patents_per_10k", "level", 1.8, None, 2016, "city", "actual"),
            ("invention_patents_per_10k", "level", 2.1, None, 2017, "city", "actual"),
            ("invention_patents_per_10k", "level", 2.6, None, 2018, "city", "actual"),
            ("rd_expenditure", "level", 21.5, None, 2015, "city", "actual"),
            ("rd_expenditure", "level", 23.4, None, 2016, "city", "actual"),
            ("rd_expenditure", "level", 25.0, None, 2017, "city", "actual"),
            ("rd_expenditure", "level", 27.9, None, 2018, "city", "actual"),
        ],
    ),
    (
        "a text that opens by naming its year of work (2023年是…之年) sets goals for that year",
        "2023年是全面贯彻落实党的二十大精神的开局之年,也是科技工作的攻坚之年。科技工作的总体思路是:"
        "深入实施创新驱动发展战略。\n\n主要的预期目标是:一是全社会研究与试验发展经费投入达100亿元"
        "以上;二是全省技术合同成交额达到45亿元。",
        [
            ("rd_expenditure", "level", 100, None, 2023, "city", "target"),
            ("tech_contract_turnover", "level", 45, None, 2023, "city", "target"),
        ],
        "https://www.example.gov.cn/2024-03/05/c_1234.htm",  # posted the year after
    ),
    (
        "an undated text that calls its past 去年 is written the year after: 今年 is the next year",
        "前不久召开的全省科技工作会,除了梳理去年成绩之外,重头戏是给今年科技工作定盘子。2019年,"
        "我省科技进步对经济增长的贡献率达到52.8%。一组数字成了今年的奋斗目标:力争研究与试验发展"
        "经费投入强度达到1.5%;争取高新技术企业突破1100家。",
        [
            ("hte_count", "level", 1100, None, 2020, "city", "target"),
            ("rd_gdp_ratio", "level", 1.5, None, 2020, "city", "target"),
            ("st_progress_contribution", "level", 52.8, None, 2019, "city", "actual"),
        ],
    ),
    (
        "比去年 is a base, not the text's past: 今年 stays the year it reports",
        "2019年,我省科技进步对经济增长的贡献率达到52.8%,比去年提高1个百分点。今年以来,全省高新"
        "技术企业达到1100家。",
        [
            ("hte_count", "level", 1100, None, 2019, "city", "actual"),
            ("st_progress_contribution", "growth", 1, None, 2019, "city", "actual"),
            ("st_progress_contribution", "level", 52.8, None, 2019, "city", "actual"),
        ],
    ),
    (
        "由“十一五”末的X增长到Y: the start takes that plan's end, the end value the time reviewed",
        "某省科技创新“十三五”规划\n一、形势与机遇\n(一)“十二五”成就。“十二五”时期,全省上下围绕"
        "创新建设,取得了一系列重大成就。\n科技创新综合实力稳步提升。获国家科技奖数量163项,继续保持"
        "全国前列,万人发明专利拥有量由“十一五”末的0.7件增长到4.28件。",
        [
            ("invention_patents_per_10k", "level", 0.7, None, 2010, "city", "actual"),
            ("invention_patents_per_10k", "level", 4.28, None, 2015, "city", "actual"),
        ],
    ),
    # ---- scope from context ----
    (
        "a zone's own text is the whole area",
        "滨江高新区2023年工作要点\n全区国家高新技术企业突破500家,科技型中小企业达到1200家。",
        [
            ("hte_count", "level", 500, None, 2023, "city", "target"),
            ("tech_sme_count", "level", 1200, None, 2023, "city", "target"),
        ],
    ),
    (
        "prefectures named in parentheses in a provincial bulletin",
        "2021年,全省研究与试验发展(R&D)经费投入620亿元。分地区看,研究与试验发展(R&D)经费投入"
        "超过百亿元的市有2个,"
        "分别为南宁市(180.5亿元)和柳州市(120.2亿元)。",
        [
            ("rd_expenditure", "level", 120.2, None, 2021, "柳州市", "actual"),
            ("rd_expenditure", "level", 180.5, None, 2021, "南宁市", "actual"),
            ("rd_expenditure", "level", 620, None, 2021, "city", "actual"),
        ],
    ),
    (
        "a sentence opening with a place names the subject of what follows",
        "衢州市2023年科技工作总结\n全市高新技术企业达到1500家。\n"
        "2022年,江山市全社会研发投入达到12.6亿元,增长15%。截至2022年底,高新技术企业达到126家。",
        [
            ("hte_count", "level", 126, None, 2022, "江山市", "actual"),
            ("hte_count", "level", 1500, None, 2023, "city", "actual"),
            ("rd_expenditure", "growth", 15, None, 2022, "江山市", "actual"),
            ("rd_expenditure", "level", 12.6, None, 2022, "江山市", "actual"),
        ],
    ),
    (
        "places listed before 分别 take the indicator of the figure before them, one value each",
        "2024年全省新认定高新技术企业2000家。其中郑州市新认定800家,南阳市、洛阳市分别新认定"
        "200家、150家。",
        [
            ("hte_count", "new", 150, None, 2024, "洛阳市", "actual"),
            ("hte_count", "new", 200, None, 2024, "南阳市", "actual"),
            ("hte_count", "new", 800, None, 2024, "郑州市", "actual"),
            ("hte_count", "new", 2000, None, 2024, "city", "actual"),
        ],
    ),
    (
        "figures under a heading of how a plan was carried out (执行情况) are reported",
        "一、上半年国民经济和社会发展计划执行情况\n今年以来,全区经济社会运行平稳。\n"
        "(一)创新转型深入推进\n完成高新技术产业产值477.1亿元,增长15.6%。",
        [
            ("hitech_output", "growth", 15.6, None, None, "city", "actual"),
            ("hitech_output", "level", 477.1, None, None, "city", "actual"),
        ],
    ),
    (
        "a bare R&D intensity right after the firms' R&D amount is theirs, over their revenue",
        "2013年,规模以上工业企业法人单位R&D经费支出 60.25亿元;R&D经费投入强度为0.86%。"
        "规模以上企业R&D经费支出占生产总值比重为2.15%。",
        [
            ("enterprise_rd_expenditure", "level", 60.25, None, 2013, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.15, None, 2013, "city", "actual"),
            ("rd_revenue_ratio", "level", 0.86, None, 2013, "city", "actual"),
        ],
    ),
    (
        "provinces listed by their stems, each with its figure in parentheses, and a base year",
        "2023年,全国共投入研究与试验发展经费33357.1亿元。相较于2022年各地区研究与试验发展经费投入,"
        "所有地区均有增加。\n从各地区R&D经费投入强度来看,北京(6.73%)、上海(4.34%)、"
        "浙江(3.20%)和安徽(2.69%)这4个地区超过全国平均水平。",
        [
            ("rd_expenditure", "level", 33357.1, None, 2023, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.69, None, 2023, "安徽省", "actual"),
            ("rd_gdp_ratio", "level", 3.2, None, 2023, "浙江省", "actual"),
            ("rd_gdp_ratio", "level", 4.34, None, 2023, "上海市", "actual"),
            ("rd_gdp_ratio", "level", 6.73, None, 2023, "北京市", "actual"),
        ],
    ),
    (
        "a headline's figure that the body states again with its year is the body's figure",
        "焦点日报:郑州市高新技术企业将突破5200家,同比增长25%\n"
        "2023-01-05 17:07:07 来源: 郑州晚报\n\n1月5日,记者从市科技局获悉,预计2022年全市新增高企"
        "1100家左右,全市高企将突破5200家,同比增长25%。",
        [
            ("hte_count", "growth", 25, None, 2022, "city", "actual"),
            ("hte_count", "level", 5200, None, 2022, "city", "actual"),
            ("hte_count", "new", 1100, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a date inside a paragraph is an event's, not the text's: later facts stay facts",
        "上海市科技概况\n2022年11月17日,上海市被国家知识产权局办公室确定为开展数据知识产权工作的"
        "试点地方,试点工作期限为2022年11月至2023年12月。2023年,上海市年内新认定高新技术企业"
        "8052家,有效期内高新技术企业数突破2.4万家。",
        [
            ("hte_count", "level", 24000, None, 2023, "city", "actual"),
            ("hte_count", "new", 8052, None, 2023, "city", "actual"),
        ],
    ),
    (
        "the contracts sold to another region (流向津冀) are a part, not the turnover",
        "2023年,北京技术合同成交额达8536.9亿元,同比增长7.4%。北京流向津冀技术合同成交额达"
        "748.7亿元,同比增长109.8%。全年中央在京单位落地技术合同成交额达226.3亿元。",
        [
            ("tech_contract_turnover", "growth", 7.4, None, 2023, "city", "actual"),
            ("tech_contract_turnover", "level", 8536.9, None, 2023, "city", "actual"),
        ],
    ),
    (
        "figures in a breakdown by kind (按计划类别统计, 四类技术合同中) are parts, not the whole",
        "2020年上半年全国共登记技术合同136434项,成交额为7707.2亿元,同比增长6.5%。\n"
        "四类技术合同中,技术服务合同以3684.1亿元成交额居首,同比增长0.7%。\n"
        "按计划类别统计,共签订19521项各级政府科技计划项目技术合同,成交额同比增长15.4%。",
        [
            ("tech_contract_count", "level", 136434, None, 2020, "city", "actual"),
            ("tech_contract_turnover", "growth", 6.5, None, 2020, "city", "actual"),
            ("tech_contract_turnover", "level", 7707.2, None, 2020, "city", "actual"),
        ],
    ),
    (
        "firms counted as they enter a register (…家企业纳入…科技型中小企业信息库) are its",
        "2022年,我市又有598家企业纳入全国科技型中小企业信息库。",
        [("tech_sme_count", "new", 598, None, 2022, "city", "actual")],
    ),
    (
        "firms a notice files or recognises (对…等844家企业予以高新技术企业备案) are the status's",
        "2022年,同意对南昌市奇政模具机械有限公司等844家企业予以高新技术企业备案。",
        [("hte_count", "new", 844, None, 2022, "city", "actual")],
    ),
    (
        "a place that starts a firm's name (宁波市安邦管业有限公司) is not the figure's place",
        "鄞州区2020年科技工作总结\n2020年,鄞州区宁波天灵信息科技有限公司、宁波市安邦管业有限公司"
        "等190家科技型中小企业列入公示。",
        [("tech_sme_count", "level", 190, None, 2020, "city", "actual")],
    ),
    (
        "the firms holding patents (拥有发明专利的高新技术企业) are a part of the count",
        "截至2022年底,全市高新技术企业达到5337家。拥有发明专利的高新技术企业达到3480家,"
        "较2021年增长38.0%。",
        [("hte_count", "level", 5337, None, 2022, "city", "actual")],
    ),
    (
        "a comparison with the province is no subject",
        "余姚市2023年科技工作总结\n全市高新技术企业数量位居全省第3位,总数达到650家。",
        [("hte_count", "level", 650, None, 2023, "city", "actual")],
    ),
    (
        "a ranked list names the places its figures are for",
        "2021年湖南省科技经费投入统计公报\n分地区看,研究与试验发展经费排在前3位的市分别为长沙"
        "(460.5亿元)、株洲(80.3亿元)和湘潭(60.1亿元)。",
        [
            ("rd_expenditure", "level", 460.5, None, 2021, "长沙市", "actual"),
            ("rd_expenditure", "level", 80.3, None, 2021, "株洲市", "actual"),
            ("rd_expenditure", "level", 60.1, None, 2021, "湘潭市", "actual"),
        ],
    ),
    # ---- aliases and wording ----
    (
        "intensity after a named R&D amount, lower-case r&d",
        "温岭市2023年科技工作要点\n全社会r&d经费投入达到38亿元,投入强度达到3.2%。",
        [
            ("rd_expenditure", "level", 38, None, 2023, "city", "target"),
            ("rd_gdp_ratio", "level", 3.2, None, 2023, "city", "target"),
        ],
    ),
    (
        "科学研究与实验发展 and a share of GDP in the next clause",
        "2010年,全市科学研究与实验发展(R&D)经费支出21.3亿元,占生产总值的1.3%。",
        [
            ("rd_expenditure", "level", 21.3, None, 2010, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.3, None, 2010, "city", "actual"),
        ],
    ),
    (
        "科技公共财政支出占公共财政支出 and 高企, 户 for firms",
        "永康市2021年科技工作要点\n科技公共财政支出占公共财政支出比重达到5%,新增高企40户。",
        [
            ("fiscal_st_share", "level", 5, None, 2021, "city", "target"),
            ("hte_count", "new", 40, None, 2021, "city", "target"),
        ],
    ),
    (
        "每万名就业人员中研发人员 in 人 and 有效期内国家高新技术企业",
        "到2025年,每万名就业人员中研发人员达到95人,有效期内国家高新技术企业达到2000家。",
        [
            ("hte_count", "level", 2000, None, 2025, "city", "target"),
            ("researchers_per_10k", "level", 95, None, 2025, "city", "target"),
        ],
    ),
    (
        "older wordings: 经费支出与生产总值比例, 研究与试验发展人力",
        "到2015年,全区研究与试验发展(R&D)经费支出与生产总值比例力争提高到1.8%,每万名就业人员中"
        "研究与试验发展人力提高到18人年。",
        [
            ("rd_gdp_ratio", "level", 1.8, None, 2015, "city", "target"),
            ("researchers_per_10k", "level", 18, None, 2015, "city", "target"),
        ],
    ),
    (
        "a year's figure after a yielding word (虽回调至, 回落至) still continues the indicator",
        "2019年,全县研发投入强度突破2.1%;2023年达到2.8%;2024年虽回调至2.5%,但仍居全市前列。"
        "2022年,全县每万人发明专利拥有量为4.2件;2023年回落至3.9件。",
        [
            ("invention_patents_per_10k", "level", 3.9, None, 2023, "city", "actual"),
            ("invention_patents_per_10k", "level", 4.2, None, 2022, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.1, None, 2019, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.5, None, 2024, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.8, None, 2023, "city", "actual"),
        ],
    ),
    (
        "其中 and an indicator of its own after a clause on a growth rate: a level, not a growth",
        "2019年,全县R&D经费投入增加到6亿元,增速居全市前列,其中R&D经费投入强度达到1.6%。",
        [
            ("rd_expenditure", "level", 6, None, 2019, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.6, None, 2019, "city", "actual"),
        ],
    ),
    (
        "…while a bare 达到 after a clause naming the rate is that rate",
        "2019年,全县R&D经费支出增速较快,达到24.5%。",
        [("rd_expenditure", "growth", 24.5, None, 2019, "city", "actual")],
    ),
    (
        "“十三五”开局之年 is the plan's first year, not its last",
        "“十三五”开局之年,全市将力争每万人发明专利拥有量达到8件以上,新增高新技术企业50家。",
        [
            ("hte_count", "new", 50, None, 2016, "city", "target"),
            ("invention_patents_per_10k", "level", 8, None, 2016, "city", "target"),
        ],
    ),
    (
        "该市 refers back to the place the paragraph named, even for a society-wide figure",
        "湖南日报讯 我省长沙县、醴陵市等5个县(市)入选国家创新型县(市)建设名单。其中,长沙县以打造"
        "装备制造基地为目标。醴陵市实施创新驱动发展战略,集中资源和优势。2022年,该市完成规模工业产值"
        "1739亿元;全社会研发经费投入12.24亿元,较上年度增长21.52%。",
        [
            ("rd_expenditure", "growth", 21.52, None, 2022, "醴陵市", "actual"),
            ("rd_expenditure", "level", 12.24, None, 2022, "醴陵市", "actual"),
        ],
    ),
    (
        "the enterprises' R&D spending, then its share of the same firms' revenue named in full",
        "2017年全省规模以上工业企业R&D经费支出达到563.7亿元,占规模以上工业企业主营业务收入比重"
        "达到1.21%。",
        [
            ("enterprise_rd_expenditure", "level", 563.7, None, 2017, "city", "actual"),
            ("rd_revenue_ratio", "level", 1.21, None, 2017, "city", "actual"),
        ],
    ),
    (
        "firms that gain a status named before the count (N家企业通过国家备案) are new firms of "
        "it; applications (申报数) are not",
        "2020年全省高新技术企业申报数达917家,756家企业通过国家备案,较2019年净增217家。",
        [
            ("hte_count", "new", 217, None, 2020, "city", "actual"),
            ("hte_count", "new", 756, None, 2020, "city", "actual"),
        ],
    ),
    (
        "…but not when a newly recognised part follows: the count holds the renewals",
        "全年推荐124家企业申报高新技术企业,其中105家企业通过认定,新认定企业61家。",
        [("hte_count", "new", 61, None, None, "city", "actual")],
    ),
    (
        "a count right after a list of places counts the places (…、Z县4个县(市、区)); a level "
        "of government after the count (3个市级孵化器) is no place",
        "2022年,全省高新技术企业总数达4283家;长丰县、肥西县、肥东县、庐江县4个县(市、区)规上工业"
        "企业中有研发活动企业占比在55%以上。\n全年新增3个市级科技企业孵化器。",
        [
            ("hte_count", "level", 4283, None, 2022, "city", "actual"),
            ("incubators", "new", 3, None, 2022, "city", "actual"),
        ],
    ),
    (
        "in a county's text, a province named inside a clause before a designation is the firms' "
        "tier (、浙江省科技型中小企业601家); a clause that opens with it is the province's",
        "慈溪市科技局2023年工作总结\n2023年,新认定高企219家;新增国家科技型中小企业796家、浙江省科技型"
        "中小企业601家。浙江省高新技术企业总数达到4.1万家。",
        [
            ("hte_count", "level", 41000, None, 2023, "浙江省", "actual"),
            ("hte_count", "new", 219, None, 2023, "city", "actual"),
            ("tech_sme_count", "new", 601, None, 2023, "city", "actual"),
            ("tech_sme_count", "new", 796, None, 2023, "city", "actual"),
        ],
    ),
    (
        "a district's list of programmes named after the city (上海市…项目, 上海市…企业): its own "
        "counts; a place after a figure is no heading's scope for it",
        "奉贤区科委2021年工作总结\n2、科技项目:上海市重点科技攻关项目6项;组织认定上海市高新技术企业"
        "10家(其中首批获批7家);上海市科技创新人才1人。",
        [("hte_count", "new", 10, None, 2021, "city", "actual")],
    ),
    (
        "the firms' own researchers per 10,000 staff (规上工业企业每万名从业人员中) is no "
        "researchers_per_10k; the whole workforce's, beside a list of firms, still is",
        "全县规上工业企业每万名从业人员中研发人员数超过600人。到2025年,新增高新技术企业20家、"
        "每万名就业人员中研发人员达到40人年。",
        [
            ("hte_count", "new", 20, None, 2025, "city", "target"),
            ("researchers_per_10k", "level", 40, None, 2025, "city", "target"),
        ],
    ),
    (
        "技术市场成交合同额, 高新技术产值, 财政科技投入强度, R&D经费内部支出占园区生产总值",
        "到2025年,全省技术市场成交合同额达2000亿元,高新技术产值达到5000亿元,财政科技投入强度"
        "达到2%,全部R&D经费内部支出占园区生产总值(GDP)比重达到2.5%。",
        [
            ("fiscal_st_share", "level", 2, None, 2025, "city", "target"),
            ("hitech_output", "level", 5000, None, 2025, "city", "target"),
            ("rd_gdp_ratio", "level", 2.5, None, 2025, "city", "target"),
            ("tech_contract_turnover", "level", 2000, None, 2025, "city", "target"),
        ],
    ),
    (
        "an amount per head (百万人口…, 人均…) is not the total",
        "到2015年,百万人口技术市场成交合同额达到20亿元以上,人均技术合同成交额达到500元。",
        [],
    ),
    (
        "R&D spending of one sector (高技术产业R&D) is a component, not the area's whole",
        "到2015年,我市高技术产业R&D研发投入达到300亿元。",
        [("sector_rd_expenditure", "level", 300, None, 2015, "city", "target")],
    ),
    (
        "R&D spending of performers listed with 等主体 is a component, not the area's whole",
        "2022-05-10\n2021年,政府属研究机构、高等学校等主体R&D经费支出43.48亿元,比上年增长22.5%。",
        [
            ("sector_rd_expenditure", "growth", 22.5, None, 2021, "city", "actual"),
            ("sector_rd_expenditure", "level", 43.48, None, 2021, "city", "actual"),
        ],
    ),
    (
        "a parenthetical that is itself an indicator's name names the figure",
        "“十二五”期间,吉林省全要素生产率 (科技进步贡献率)达到 51.9%。",
        [("st_progress_contribution", "level", 51.9, None, 2015, "city", "actual")],
    ),
    (
        "a parenthetical that annotates a name (强度(R&D)) names nothing of its own",
        "2022年,呼和浩特市全社会研发投入达到52.4亿元,全社会研发投入强度(R&D)实现六连增,达到1.68%。",
        [
            ("rd_expenditure", "level", 52.4, None, 2022, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.68, None, 2022, "city", "actual"),
        ],
    ),
    # ---- damaged text ----
    (
        "spaces a PDF copy puts at numbers (2022 年, 3.2 亿元, 1.6 %), with lines wrapped there",
        "2022年科技工作要点\n(二)主要目标\n2022 年力争实现全社会\nR&D\n经费投入总量达到\n3.2 亿元、"
        "强度达到\n1.6 %;科技进步贡献率达到 55 %。",
        [
            ("rd_expenditure", "level", 3.2, None, 2022, "city", "target"),
            ("rd_gdp_ratio", "level", 1.6, None, 2022, "city", "target"),
            ("st_progress_contribution", "level", 55, None, 2022, "city", "target"),
        ],
    ),
    (
        "spaces at numbers in a ranked list of places keep each place's figure",
        "山西省2022年科技经费投入统计公报\n2022 年,研究与试验发展经费投入强度排在前 3 位的市分别为"
        "太原( 2.14 %)、临汾( 1.24 %)和晋中( 1.06 %)。",
        [
            ("rd_gdp_ratio", "level", 1.06, None, 2022, "晋中市", "actual"),
            ("rd_gdp_ratio", "level", 1.24, None, 2022, "临汾市", "actual"),
            ("rd_gdp_ratio", "level", 2.14, None, 2022, "太原市", "actual"),
        ],
    ),
    (
        "a PDF copy that breaks lines before numbers and units",
        "(二)主要目标\n2022年力争实现全社会研发经费投入总量达到\n3.2亿元、强度达到\n1.6%;实现技术合同"
        "交易额\n0.6\n亿元,增长\n20%以上。",
        [
            ("rd_expenditure", "level", 3.2, None, 2022, "city", "target"),
            ("rd_gdp_ratio", "level", 1.6, None, 2022, "city", "target"),
            ("tech_contract_turnover", "growth", 20, None, 2022, "city", "target"),
            ("tech_contract_turnover", "level", 0.6, None, 2022, "city", "target"),
        ],
    ),
    (
        "spaces inside phrases and numbers, pinyin annotations",
        "到2025年,高新技术产业总产 值达到500亿元,研发投入强度达 1.94%,"
        "高新技術(shù)企業(yè)達(dá)到300家。",
        [
            ("hitech_output", "level", 500, None, 2025, "city", "target"),
            ("hte_count", "level", 300, None, 2025, "city", "target"),
            ("rd_gdp_ratio", "level", 1.94, None, 2025, "city", "target"),
        ],
    ),
    (
        "a count that lost its unit",
        "义乌市2024年科技工作要点\n科技型中小企业入库520,高新技术企业突破1000家。",
        [
            ("hte_count", "level", 1000, None, 2024, "city", "target"),
            ("tech_sme_count", "level", 520, None, 2024, "city", "target"),
        ],
    ),
    # ---- shapes of statement ----
    (
        "values paired with a list of indicators",
        "到2027年,全区高新技术企业和科技型中小企业分别达到120家和600家。",
        [
            ("hte_count", "level", 120, None, 2027, "city", "target"),
            ("tech_sme_count", "level", 600, None, 2027, "city", "target"),
        ],
    ),
    (
        "two targets in one sentence and growth after a level",
        "到2025年,高新技术企业突破4万家,力争达到5万家。截至2022年底,高新技术企业达到461家,"
        "较上年度增加91家,增长24.59%。",
        [
            ("hte_count", "growth", 24.59, None, 2022, "city", "actual"),
            ("hte_count", "level", 461, None, 2022, "city", "actual"),
            ("hte_count", "level", 40000, None, 2025, "city", "target"),
            ("hte_count", "level", 50000, None, 2025, "city", "target"),
            ("hte_count", "new", 91, None, 2022, "city", "actual"),
        ],
    ),
    (
        "净增 is new; 预计达到 is a level",
        "2020年11月,全县高新技术企业预计达到42家,三年净增17家。",
        [
            ("hte_count", "level", 42, None, 2020, "city", "actual"),
            ("hte_count", "new", 17, None, 2020, "city", "actual"),
        ],
    ),
    (
        "有效期内 names the stock of valid firms, whatever verb the sentence had before",
        "就高企政策、认定条件、申报程序等进行详细解读,据悉,目前我县有效期内高新技术企业14家。"
        "全省新认定6家领军企业和17家入库企业,有效期内高企6200家以上。",
        [
            ("hte_count", "level", 14, None, None, "city", "actual"),
            ("hte_count", "level", 6200, None, None, "city", "actual"),
        ],
    ),
    # ---- status ----
    (
        "a plan's base (发展基础) is actual, its goals are targets",
        "龙游县科技创新“十四五”规划\n一、发展基础\n2020年,全县高新技术企业达到68家。\n"
        "二、发展目标\n到2025年,全县高新技术企业达到150家。",
        [
            ("hte_count", "level", 68, None, 2020, "city", "actual"),
            ("hte_count", "level", 150, None, 2025, "city", "target"),
        ],
    ),
    # ---- numbers in running text ----
    (
        "Chinese numerals, ranges, fractions and approximations",
        "瑞安市2023年科技工作要点\n新增高新技术企业一千二百余家,新建省级重点实验室三到五个,"
        "技术合同成交额近20亿元。",
        [
            ("hte_count", "new", 1200, None, 2023, "city", "target"),
            ("key_labs", "new", 3, 5, 2023, "city", "target"),
            ("tech_contract_turnover", "level", 20, None, 2023, "city", "target"),
        ],
    ),
    (
        "bounds make a range",
        "临安区2024年科技工作要点\n新认定高新技术企业不少于50家、不超过80家。",
        [("hte_count", "new", 50, 80, 2024, "city", "target")],
    ),
    (
        "a five-year plan named as a plan is no year; 十四五末 is",
        "会议总结2021年工作。全市科技系统为“十四五”开好局、起好步夯实基础。全市新认定高新技术企业"
        "26家。到“十四五”末,全市研发投入强度达到2.2%。",
        [
            ("hte_count", "new", 26, None, 2021, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.2, None, 2025, "city", "target"),
        ],
    ),
    (
        "a news item's facts take the year its lead reports when nothing nearer dates them",
        "安岳科技创新成效显著\n2021年以来,县科技局狠抓科技创新。其中,认定高新技术企业12家,"
        "培育入库科技型中小企业96家。",
        [
            ("hte_count", "new", 12, None, 2021, "city", "actual"),
            ("tech_sme_count", "level", 96, None, 2021, "city", "actual"),
        ],
    ),
    (
        "a share right after its amount names the share",
        "2022年,全市实现高新技术产业增加值412.6亿元,占规上工业增加值的48.3%;地方财政科技支出"
        "9.7亿元,占一般公共预算支出的2.9%。",
        [
            ("fiscal_st_expenditure", "level", 9.7, None, 2022, "city", "actual"),
            ("fiscal_st_share", "level", 2.9, None, 2022, "city", "actual"),
            ("hitech_va", "level", 412.6, None, 2022, "city", "actual"),
            ("hitech_va_share", "level", 48.3, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a PDF copy's spaces do not turn 2020 年底 into 年底 of the text's year",
        "某县“十四五”科技创新规划\n一、发展基础\n截至 2020 年底,全县有高新技术企 业 52 家。",
        [("hte_count", "level", 52, None, 2020, "city", "actual")],
    ),
    (
        "由上年的X增加至Y: the start is last year's fact, the goal this year's",
        "发布时间:2018-01-20\n2018年科技工作计划\n全市R&D经费支出要由上年的6.2亿元增加至7.5亿元。",
        [
            ("rd_expenditure", "level", 6.2, None, 2017, "city", "actual"),
            ("rd_expenditure", "level", 7.5, None, 2018, "city", "target"),
        ],
    ),
    (
        "比增 is a growth; a clause with 同比去年下降 goes on with the figure before",
        "2022年,全市研发经费投入86.2亿元,比增14.2%;预计全年高新技术企业数量1950家,同比去年下降5%。",
        [
            ("hte_count", "growth", -5, None, 2022, "city", "actual"),
            ("hte_count", "level", 1950, None, 2022, "city", "actual"),
            ("rd_expenditure", "growth", 14.2, None, 2022, "city", "actual"),
            ("rd_expenditure", "level", 86.2, None, 2022, "city", "actual"),
        ],
    ),
    (
        "占全省…: a place after a verb does not open the clause",
        "九江市科技局2021年工作总结\n2021年,全市申报高新技术企业1689家,占全省申报总数31.55%,"
        "预计全年高新技术企业数量1950家。",
        [("hte_count", "level", 1950, None, 2021, "city", "actual")],
    ),
    (
        "目前 in a January review of the year before is that year's end",
        "发布时间:2016-01-15\n2015年全市科技工作总结\n2015年,全市新认定高新技术企业80家。目前全市"
        "高企达到750家。",
        [
            ("hte_count", "level", 750, None, 2015, "city", "actual"),
            ("hte_count", "new", 80, None, 2015, "city", "actual"),
        ],
    ),
    (
        "a meeting of one year that reviews the year before reports that year",
        "2024-03-08 10:33:35\n3月6日,某县召开2024年科技工作会议,总结2023年工作成效,谋划2024年"
        "工作任务。会议指出,全年培育科技型中小企业37家,全县高新技术企业累计达到14家。",
        [
            ("hte_count", "level", 14, None, 2023, "city", "actual"),
            ("tech_sme_count", "new", 37, None, 2023, "city", "actual"),
        ],
    ),
    (
        "a goal reached (稳定在…以上的目标) is no threshold; a performer after 其中 is a part",
        "2023年,全省认定高新技术企业2926家,实现有效期内高企稳定在6100家以上的目标。全省研发投入"
        "经费达558.15亿元,其中企业各类研发投入经费464.58亿元。",
        [
            ("hte_count", "level", 6100, None, 2023, "city", "actual"),
            ("hte_count", "new", 2926, None, 2023, "city", "actual"),
            ("rd_expenditure", "level", 558.15, None, 2023, "city", "actual"),
        ],
    ),
    (
        "another population: listed or provincial firms, contracts bought in, an application batch",
        "2022年,全市上市高新技术企业达24家,省级高新技术企业55家,国家级高新技术企业达到380家,省级以上"
        "高新技术企业420家;吸纳京津技术合同成交额40.35亿元;组织申报第一批国家高新技术企业53家。",
        [
            ("hte_count", "level", 380, None, 2022, "city", "actual"),
            ("hte_count", "level", 420, None, 2022, "city", "actual"),
        ],
    ),
    (
        "bare sentences go on with the figure two sentences back; a quoted noun is counted",
        "二是净增高新技术企业数创新高。2016年净增12家,2017年净增21家。2018年净增32家,创近年来最高"
        "水平。新组建50家市级研发平台;实施6个“揭榜挂帅”项目。",
        [
            ("hte_count", "new", 12, None, 2016, "city", "actual"),
            ("hte_count", "new", 21, None, 2017, "city", "actual"),
            ("hte_count", "new", 32, None, 2018, "city", "actual"),
        ],
    ),
    (
        "wordings: 科技对经济增长的贡献率, 研发费用占营业收入, 投入总量, 技术合同登记…亿元",
        "到2025年,科技对经济增长的贡献率提升至60%,规上工业研发费用占营业收入的2.5%,研发投入强度"
        "达到1.8%,投入总量达到95亿元;全市技术合同登记320项,技术合同登记22.9亿元。",
        [
            ("rd_expenditure", "level", 95, None, 2025, "city", "target"),
            ("rd_gdp_ratio", "level", 1.8, None, 2025, "city", "target"),
            ("rd_revenue_ratio", "level", 2.5, None, 2025, "city", "target"),
            ("st_progress_contribution", "level", 60, None, 2025, "city", "target"),
            ("tech_contract_count", "level", 320, None, 2025, "city", "target"),
            ("tech_contract_turnover", "level", 22.9, None, 2025, "city", "target"),
        ],
    ),
    (
        "较上年净增19.8亿元 changes the amount, no level; 每万户企业法人中高新技术企业 a density",
        "2024年全省科技经费投入统计公报\n2024年,全省R&D经费投入全年总额达109.6亿元,较上年净增19.8亿元,"
        "同比增长22.05%。全省高新技术企业数量增长至1701家,每万户企业法人中高新技术企业达38户。",
        [
            ("rd_expenditure", "level", 109.6, None, 2024, "city", "actual"),
            ("rd_expenditure", "growth", 22.05, None, 2024, "city", "actual"),
            ("hte_count", "level", 1701, None, 2024, "city", "actual"),
        ],
    ),
    (
        "firms that make a list a province published (入选江苏省2024年高新技术企业名单)",
        "灌南县科技工作动态\n近日,灌南县12家企业入选江苏省2024年高新技术企业名单,创历史新高。",
        [("hte_count", "new", 12, None, 2024, "city", "actual")],
    ),
    (
        "a figure in parentheses after 全省平均增速 is the province's average, not the last city's",
        "四川省2023年高新技术企业发展报告\n2023年,全省有效高新技术企业17024家。自贡、德阳、巴中、资阳、"
        "凉山13市州高新技术企业增速达到或超过全省平均增速(16.06%)。",
        [
            ("hte_count", "level", 17024, None, 2023, "city", "actual"),
            ("hte_count", "growth", 16.06, None, 2023, "city", "actual"),
        ],
    ),
    (
        "增幅 after a base's count (较2016年的6938家增幅为145.2%) is a change, no noun counted",
        "某市高新技术企业发展报告\n2020年,全市有效期内高新技术企业数量增长至17012家,"
        "较2016年的6938家增幅为145.2%。",
        [
            ("hte_count", "level", 17012, None, 2020, "city", "actual"),
            ("hte_count", "level", 6938, None, 2016, "city", "actual"),
            ("hte_count", "growth", 145.2, None, 2020, "city", "actual"),
        ],
    ),
    (
        "有效发明专利312件 counts the patents, and 每万人拥有量 after it is their density",
        "2017年一季度,某市专利申请和授权继续保持高速增长势头。截止3月底全市有效发明专利312件,"
        "每万人拥有量达到3.94件。",
        [
            ("valid_invention_patents", "level", 312, None, 2017, "city", "actual"),
            ("invention_patents_per_10k", "level", 3.94, None, 2017, "city", "actual"),
        ],
    ),
    (
        "a plan's section headed 奠定新基础 reviews what was laid down: its figures are facts",
        "某省“十三五”科技创新规划\n一、科技创新奠定新基础\n“十二五”时期是我省科技创新发展的快速期。\n"
        "科技创新水平大幅跃升,每万人发明专利拥有量达到3.29件。\n二、发展目标\n"
        "到2020年,每万人发明专利拥有量达到6件。",
        [
            ("invention_patents_per_10k", "level", 3.29, None, 2015, "city", "actual"),
            ("invention_patents_per_10k", "level", 6, None, 2020, "city", "target"),
        ],
    ),
    (
        "a clause counting trademarks (新增注册商标654件) does not continue the patents' figure",
        "某区2023年知识产权工作总结\n2023年,全区每万人口发明专利拥有量3.11件,新增注册商标654件,"
        "有效发明专利拥有量1210件。",
        [
            ("invention_patents_per_10k", "level", 3.11, None, 2023, "city", "actual"),
            ("valid_invention_patents", "level", 1210, None, 2023, "city", "actual"),
        ],
    ),
    (
        "全年 under a heading of a span of years (2021—2025年主要目标): the text's own year",
        "某某县科技局2023年工作总结\n2023年,全县新增高新技术企业23家。\n二、2021—2025年主要目标\n"
        "力争全年新培育高新技术企业30家以上。",
        [
            ("hte_count", "new", 23, None, 2023, "city", "actual"),
            ("hte_count", "new", 30, None, 2023, "city", "target"),
        ],
    ),
    (
        "全年 under a heading that names the next year (2024年工作打算): that year, not the text's",
        "某某县科技局2023年工作总结\n2023年,全县新增高新技术企业23家。\n二、2024年工作打算\n"
        "力争全年新培育高新技术企业30家以上,技术合同成交额达到5亿元。",
        [
            ("hte_count", "new", 23, None, 2023, "city", "actual"),
            ("hte_count", "new", 30, None, 2024, "city", "target"),
            ("tech_contract_turnover", "level", 5, None, 2024, "city", "target"),
        ],
    ),
    (
        "研究与发展 is R&D, an older rendering; 技术交易成交额 is the turnover, 交易 and 成交 both",
        "某市科技发展“十二五”规划\n到2015年,全市研究与发展经费支出占地区生产总值比重达到2.2%,"
        "技术交易成交额达到15亿元。",
        [
            ("rd_gdp_ratio", "level", 2.2, None, 2015, "city", "target"),
            ("tech_contract_turnover", "level", 15, None, 2015, "city", "target"),
        ],
    ),
    (
        "a year inside a statement dates its sentence, not the next one; a time phrase carries on",
        "泉州市科技局2024年工作总结\n研发投入方面,健全投入机制,2023年全社会R&D投入239.06亿元;"
        "R&D投入强度1.96%。科技企业方面,入库科技型中小企业1609家。据了解,2020年,全市推动成果"
        "转化。全市技术交易额实现26.8亿元。",
        [
            ("rd_expenditure", "level", 239.06, None, 2023, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.96, None, 2023, "city", "actual"),
            ("tech_contract_turnover", "level", 26.8, None, 2020, "city", "actual"),
            ("tech_sme_count", "level", 1609, None, 2024, "city", "actual"),
        ],
    ),
    (
        "是2015年的3.3倍: the year of a multiple is a base",
        "某省“十四五”科技创新规划\n一、“十三五”科技发展成效\n2020年全社会研发经费支出占地区生产"
        "总值之比为1.68%;专利授权总量达8万件,是2015年的3.3倍;万人发明专利拥有量达3.68件。",
        [
            ("invention_patents_per_10k", "level", 3.68, None, 2020, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.68, None, 2020, "city", "actual"),
        ],
    ),
    (
        "全年 after a year written in its sentence is that year; 同比上升 is a growth",
        "2019年,全州研发投入3.58亿元,同比上升2.64%。展望2020年,市科技局将力争全年"
        "实现新增高新技术企业12家。",
        [
            ("hte_count", "new", 12, None, 2020, "city", "target"),
            ("rd_expenditure", "growth", 2.64, None, 2019, "city", "actual"),
            ("rd_expenditure", "level", 3.58, None, 2019, "city", "actual"),
        ],
    ),
    (
        "全年 in a report on an earlier year (2022年…报告, dated July 2023) is that year; "
        "科学技术支出 is fiscal S&T spending; 技术市场签订成交合同 counts contracts",
        "2022年某市高质量发展报告\n作者:佚名 来源:某市统计局 时间:2023-07-16\n"
        "2022年,全市上下深入推进创新驱动发展。全年完成科学技术支出98.9亿元,占一般公共预算支出的"
        "比重为2.0%。技术市场签订成交合同6919项、成交金额630.4亿元。",
        [
            ("fiscal_st_expenditure", "level", 98.9, None, 2022, "city", "actual"),
            ("fiscal_st_share", "level", 2.0, None, 2022, "city", "actual"),
            ("tech_contract_count", "level", 6919, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 630.4, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a plan's goals met (提前完成“十三五”目标任务) do not date the facts after them",
        "发布日期:2020-02-03\n记者从全省科技创新工作会议上了解到,去年,全省高新技术企业突破5500家,"
        "提前完成“十三五”目标任务;登记入库科技型中小企业9275家,居全国第四位。",
        [
            ("hte_count", "level", 5500, None, 2019, "city", "actual"),
            ("tech_sme_count", "level", 9275, None, 2019, "city", "actual"),
        ],
    ),
    (
        "争取 with the count of projects or funds secured reports them; it states no goal",
        "2024年,争取国家、自治区科技计划项目56项,各类资金2.32亿元。全市R&D经费投入达到53.2亿元,"
        "投入强度达到0.91%。",
        [
            ("rd_expenditure", "level", 53.2, None, 2024, "city", "actual"),
            ("rd_gdp_ratio", "level", 0.91, None, 2024, "city", "actual"),
        ],
    ),
    (
        "…but 争取 support, with no count, is an aim",
        "2024年工作安排。争取国家科技计划项目支持。全市R&D经费投入达到53.2亿元,投入强度达到0.91%。",
        [
            ("rd_expenditure", "level", 53.2, None, 2024, "city", "target"),
            ("rd_gdp_ratio", "level", 0.91, None, 2024, "city", "target"),
        ],
    ),
    (
        "a plan completed (高质量完成“十四五”规划…发布会): the figures it gives are results",
        "12月10日,市政府新闻办召开高质量完成“十四五”规划主题新闻发布会。全市高新技术企业从2020年"
        "的267家跃升至2025年的1000家。\n2025-12-12",
        [
            ("hte_count", "level", 267, None, 2020, "city", "actual"),
            ("hte_count", "level", 1000, None, 2025, "city", "actual"),
        ],
    ),
    (
        "a text that reports one year and plans the next (2023年,江苏将…) dates its facts by the "
        "year reported",
        "2023-01-06\n全省科技工作会议召开。2022年,全省全社会研发投入达3700亿元。全省高新技术企业"
        "达到4.4万家。2023年,江苏将重点抓好战略科技力量培育工程。",
        [
            ("hte_count", "level", 44000, None, 2022, "city", "actual"),
            ("rd_expenditure", "level", 3700, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a change over a span of years (2017年—2019年,…由1.88%上升到…) starts in its first year",
        "2017年—2019年,全市研发投入强度由1.88%上升到1.99%。",
        [
            ("rd_gdp_ratio", "level", 1.88, None, 2017, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.99, None, 2019, "city", "actual"),
        ],
    ),
    (
        "企业研发投入占比 is the enterprises' part of all R&D spending, not the intensity",
        "全市研发经费投入强度达到2.01%,企业研发投入占比超过九成。",
        [
            ("enterprise_rd_share", "level", 90, None, None, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.01, None, None, "city", "actual"),
        ],
    ),
    (
        "累计 in one year's sentence (2017年,全市累计实现…) is that year's total; 五年累计 is not",
        "2017年,全市累计实现高新技术产业总产值11440.5亿元。五年来,全市累计投入研发经费800亿元。",
        [("hitech_output", "level", 11440.5, None, 2017, "city", "actual")],
    ),
    (
        "a meeting named by its year (召开2017年度…工作会) reviews the year before: 去年",
        "绵阳扎实推进技术合同认定登记工作\n近日,我市召开2017年度全市技术合同认定登记工作会。\n"
        "去年以来,全市推动技术转移工作实现新突破。据统计,全市共登记技术合同454份,完成合同成交额"
        "83084.47万元,同比增长10.67%。",
        [
            ("tech_contract_turnover", "growth", 10.67, None, 2016, "city", "actual"),
            ("tech_contract_turnover", "level", 8.308447, None, 2016, "city", "actual"),
        ],
    ),
    (
        "技术市场登记合同成交额 is the turnover",
        "2019年前三季度,全省技术市场登记合同成交额达到293.9亿元,同比增长20.5%。",
        [
            ("tech_contract_turnover", "growth", 20.5, None, 2019, "city", "actual"),
            ("tech_contract_turnover", "level", 293.9, None, 2019, "city", "actual"),
        ],
    ),
    (
        "a change written 从…到… ends in a stock, whatever flow word stands before it (培育库)",
        "园区搭建全省首个高新技术企业培育库网络平台,高新技术企业数从2017年514家到2021年1623家,"
        "5年增长两倍多。",
        [
            ("hte_count", "level", 514, None, 2017, "city", "actual"),
            ("hte_count", "level", 1623, None, 2021, "city", "actual"),
        ],
    ),
    (
        "how much more than an earlier figure (比5年前多了近百家) is no figure of its own",
        "我省目前共有169家高新技术企业,比5年前多了近百家。",
        [("hte_count", "level", 169, None, None, "city", "actual")],
    ),
    (
        "高新技术企业专利申请数 counts patent applications, not the firms",
        "2013年,全市高新技术企业专利申请数1077项,较去年同比增长47.5%。",
        [
            ("patent_applications", "growth", 47.5, None, 2013, "city", "actual"),
            ("patent_applications", "level", 1077, None, 2013, "city", "actual"),
        ],
    ),
    (
        "a number that counts the items named after it (等16个二级指标) is no figure",
        "报告通过“地区生产总值、R&D投入强度、高新技术企业数”等16个二级指标,对城区创新进行评估。"
        "全区高新技术企业总量突破2000家。",
        [("hte_count", "level", 2000, None, None, "city", "actual")],
    ),
    (
        "the year that dates a base, in parentheses (比十三五初(2016年)), dates no later figure",
        "2020年,新区高新技术产业实现产值1846亿元,比十三五初(2016年)提高了18.5%。\n"
        "新区科技型中小企业数量实现新突破,总量突破900家。",
        [
            ("hitech_output", "growth", 18.5, None, 2020, "city", "actual"),
            ("hitech_output", "level", 1846, None, 2020, "city", "actual"),
            ("tech_sme_count", "level", 900, None, 2020, "city", "actual"),
        ],
    ),
    (
        "changes after 分别 pair with the figures given before it, one per clause",
        "2013年全市高新技术产业产值351.1亿元,高新技术产品销售收入313.6亿元,分别较上年同比增长"
        "60.1%、54%。",
        [
            ("hitech_output", "growth", 60.1, None, 2013, "city", "actual"),
            ("hitech_output", "level", 351.1, None, 2013, "city", "actual"),
        ],
    ),
    (
        "a list of indicators, one qualified by a level (…、自治区…), pairs with its values",
        "国家高新技术企业、国家科技型中小企业、自治区科技型中小企业达到了489家、925家、2178家。",
        [
            ("hte_count", "level", 489, None, None, "city", "actual"),
            ("tech_sme_count", "level", 925, None, None, "city", "actual"),
            ("tech_sme_count", "level", 2178, None, None, "city", "actual"),
        ],
    ),
    (
        "入评价库数量 is the register's size, as 评价入库数 is",
        "截至目前,晋城市2023年国家科技型中小企业入评价库数量已达196家。",
        [("tech_sme_count", "level", 196, None, 2023, "city", "actual")],
    ),
    (
        "places that follow in a ranking (…紧随其后,分别达到…) go on with the figure before them",
        "安庆市科技局\n分县区看,桐城市高新技术产业产值实现“破百”,达到119.2亿元;潜山县、市经开区、"
        "怀宁县紧随其后,分别达到86.3亿元、79.6亿元和70.7亿元。",
        [
            ("hitech_output", "level", 119.2, None, None, "桐城市", "actual"),
            ("hitech_output", "level", 70.7, None, None, "怀宁县", "actual"),
            ("hitech_output", "level", 79.6, None, None, "经开区", "actual"),
            ("hitech_output", "level", 86.3, None, None, "潜山县", "actual"),
        ],
    ),
    (
        "the firms an act is for (对今年重点新培育的12家高新技术企业,加强…) are no figure",
        "对今年重点新培育的12家高新技术企业,加强业务指导和服务。目前全区拥有国家级高新技术企业15家。",
        [("hte_count", "level", 15, None, None, "city", "actual")],
    ),
    (
        "the year of a meeting (记者从2024年全区科技工作会议上了解到) does not date its figures",
        "2月1日,记者从2024年全区科技工作会议上了解到,宁夏全社会研发经费达到79.38亿元,同比增长"
        "12.7%。\n2023年,全区科技管理系统紧紧围绕重点任务,推动科技创新。",
        [
            ("rd_expenditure", "growth", 12.7, None, 2023, "city", "actual"),
            ("rd_expenditure", "level", 79.38, None, 2023, "city", "actual"),
        ],
    ),
    (
        "…but what 全年 is expected to bring (有望) is the text's own year",
        "时间:2021-08-10\n2020年,全市高企超900家。今年以来,全市新增高新技术企业310家,"
        "全年有望完成新增500家的目标任务。",
        [
            ("hte_count", "level", 900, None, 2020, "city", "actual"),
            ("hte_count", "new", 310, None, 2021, "city", "actual"),
            # (a goal named as such, 完成…的目标任务, still to be reached: a target)
            ("hte_count", "new", 500, None, 2021, "city", "target"),
        ],
    ),
    (
        "年内 and 年底 facts in a text of the first half of a year are the year before, completed",
        "发布时间:2018-03-02\n科学技术\n年内共认定高新技术企业3247家。年底全市有效期内高新技术企业"
        "7642家。",
        [
            ("hte_count", "level", 7642, None, 2017, "city", "actual"),
            ("hte_count", "new", 3247, None, 2017, "city", "actual"),
        ],
    ),
    (
        "全年 in an undated text about one year is that year",
        "2024年是攻坚之年。\n总体目标是:力争全年科技型中小企业总数超过4500家,高新技术企业超过2000家。",
        [
            ("hte_count", "level", 2000, None, 2024, "city", "target"),
            ("tech_sme_count", "level", 4500, None, 2024, "city", "target"),
        ],
    ),
    (
        "各: one number for each; 全社会 is the whole area; a repeat of 投入强度 is the intensity",
        "2020年,全区R&D投入强度达到1.13%。国家高新区创建取得阶段性成效,全社会研发经费支出24.4亿元。"
        "2021年全区投入强度达到1.3%左右。到2027年,新增高新技术企业和科技型中小企业各100家以上。",
        [
            ("hte_count", "new", 100, None, 2027, "city", "target"),
            ("rd_expenditure", "level", 24.4, None, 2020, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.13, None, 2020, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.3, None, 2021, "city", "actual"),
            ("tech_sme_count", "new", 100, None, 2027, "city", "target"),
        ],
    ),
    (
        "a text headed by its goals states goals; a list of values pairs with a list of names",
        "“十四五”科技创新的总体目标\n研发投入强度达到2.8%,规模以上工业企业研发经费支出与主营业务收入"
        "之比达到1.5%;高新技术企业、科技型中小企业达6588家、6403家。全社会研发投入367.1亿元,"
        "同口径增长17.1%。",
        [
            ("hte_count", "level", 6588, None, 2025, "city", "target"),
            ("rd_expenditure", "growth", 17.1, None, 2025, "city", "target"),
            ("rd_expenditure", "level", 367.1, None, 2025, "city", "target"),
            ("rd_gdp_ratio", "level", 2.8, None, 2025, "city", "target"),
            ("rd_revenue_ratio", "level", 1.5, None, 2025, "city", "target"),
            ("tech_sme_count", "level", 6403, None, 2025, "city", "target"),
        ],
    ),
    (
        "分别 pairs values with the names listed, an indicator or not",
        "2022年,全市技术合同成交额、登记项数分别为23.57亿元、23003项,分别增长54.31%、117.15%。",
        [
            ("tech_contract_turnover", "growth", 54.31, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 23.57, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a growth going on with a named part's figure keeps its scope; a number a PDF copy split "
        "(2. 152%) is one; the sentence after a list of parts (分别为…;盘州市…) is the whole's",
        "2020年,研究与试验发展经费投入分别为钟山区5.10亿元(包含市级高等院校),较上年增长8.9%;"
        "盘州市2.75亿元,较上年下降13.1%。规上企业R&D经费支出占生产总值比重为 2. 152%。",
        [
            ("rd_expenditure", "growth", -13.1, None, 2020, "盘州市", "actual"),
            ("rd_expenditure", "growth", 8.9, None, 2020, "钟山区", "actual"),
            ("rd_expenditure", "level", 2.75, None, 2020, "盘州市", "actual"),
            ("rd_expenditure", "level", 5.10, None, 2020, "钟山区", "actual"),
            ("rd_gdp_ratio", "level", 2.152, None, 2020, "city", "actual"),
        ],
    ),
    (
        "a budget level (县本级) qualifies its own figure and its change, not the next indicator",
        "到2025年,全市研发投入强度达到1.5%,财政科技投入强度市本级达到2%,县本级达到1%,科技进步对"
        "经济增长贡献率达到55%;市本级财政科技支出达到3亿元,增长10%。",
        [
            ("rd_gdp_ratio", "level", 1.5, None, 2025, "city", "target"),
            ("fiscal_st_share", "level", 2.0, None, 2025, "市本级", "target"),
            ("fiscal_st_share", "level", 1.0, None, 2025, "县本级", "target"),
            ("st_progress_contribution", "level", 55.0, None, 2025, "city", "target"),
            ("fiscal_st_expenditure", "level", 3.0, None, 2025, "市本级", "target"),
            ("fiscal_st_expenditure", "growth", 10.0, None, 2025, "市本级", "target"),
        ],
    ),
    (
        "a sentence that opens with the text's own zone ends the province's run as subject",
        "武进高新区在全省高新区综合评价中位列第6位。全省高新区综合评价主要从知识创造和技术创新能力"
        "等四个方面进行考评。本次评价结果显示,武进高新区各方面发展稳中向好。目前,高新技术产业产值占"
        "规上工业总产值比重达70%,万人拥有发明专利数达90件。",
        [
            ("hitech_output_share", "level", 70.0, None, None, "city", "actual"),
            ("invention_patents_per_10k", "level", 90.0, None, None, "city", "actual"),
        ],
    ),
    (
        "a place that names a local unit (X县…服务中心) is no subject of the sentences after",
        "2019年,遵义市科技工作取得新成效。湄潭县茶叶技术服务中心“茶树良种繁育技术”荣获2018年省科技"
        "进步二等奖;全年新增国家级高新技术企业23家。",
        [("hte_count", "new", 23.0, None, 2019, "city", "actual")],
    ),
    (
        "将 left before a number read with its verb (将超过, 将分别再新增) states a goal",
        "2018年全省高新技术企业和科技型中小企业将分别再新增1000家、10000家。到今年底,全省高新技术"
        "企业将超过4000家。",
        [
            ("hte_count", "new", 1000.0, None, 2018, "city", "target"),
            ("tech_sme_count", "new", 10000.0, None, 2018, "city", "target"),
            ("hte_count", "level", 4000.0, None, 2018, "city", "target"),
        ],
    ),
    (
        "a follow alias after another amount (环保投入相当于…比例) is that amount's ratio",
        "全社会研发经费支出相当于全市生产总值的比例保持在4%左右,环保投入相当于全市生产总值的比例保持"
        "在3%左右。",
        [("rd_gdp_ratio", "level", 4.0, None, None, "city", "actual")],
    ),
    (
        "the leading fields of a breakdown (…居前三位,分别为) are parts; leading districts are not",
        "2022年全省有效高新技术企业达到12379家。高新技术企业在八大重点高新技术领域均有覆盖,其中,"
        "电子信息、高技术服务、先进制造与自动化居前三位,分别为4111家、3046家、2160家。2023年全市科技型中小企业"
        "3487家,排名前三的是滨海新区、西青区、南开区,分别为1200家、800家、386家。",
        [
            ("hte_count", "level", 12379.0, None, 2022, "city", "actual"),
            ("tech_sme_count", "level", 3487.0, None, 2023, "city", "actual"),
            ("tech_sme_count", "level", 1200.0, None, 2023, "滨海新区", "actual"),
            ("tech_sme_count", "level", 800.0, None, 2023, "西青区", "actual"),
            ("tech_sme_count", "level", 386.0, None, 2023, "南开区", "actual"),
        ],
    ),
    (
        "a sentence led by a counted group of projects or centres gives that group's figures",
        "2022年,全省技术合同成交额突破2500亿元。120个科技创新项目完成研发投入30.7亿元,突破关键技术"
        "389项。聚焦生物医药等领域建设的25家市级企业科技创新中心,2024年累计获专利80项,技术合同成交额"
        "3835万元。全市新建10个省级工程技术研究中心,技术合同成交额达到50亿元。",
        [
            ("tech_contract_turnover", "level", 2500.0, None, 2022, "city", "actual"),
            ("engineering_centers", "new", 10.0, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 50.0, None, 2022, "city", "actual"),
        ],
    ),
    (
        "firms that gain the status need not be named (其中38家被国家认定为高新技术企业)",
        "2019年我市第一批推荐47家高新技术企业,其中38家被国家认定为高新技术企业;第二批推荐16家企业,"
        "其中14家通过专家评审。我市高新技术企业总数达到121家。",
        [
            ("hte_count", "new", 38.0, None, 2019, "city", "actual"),
            ("hte_count", "level", 121.0, None, 2019, "city", "actual"),
        ],
    ),
    (
        "a figure under a review heading (…发展回顾) is reported, whatever its year",
        "一、“十二五”科技发展回顾\n“十二五”期间,全省科技发展取得突破性进展,科技进步贡献率达到51.9%。"
        "\n二、“十三五”发展目标\n到2020年,科技进步贡献率达到60%。",
        [
            ("st_progress_contribution", "level", 51.9, None, 2015, "city", "actual"),
            ("st_progress_contribution", "level", 60.0, None, 2020, "city", "target"),
        ],
    ),
    (
        "已形成由…组成: the stock the counts make up, though a campaign named before says 培育",
        "近年来,我市大力实施培育行动,已形成由78家高成长性企业、642家高新技术企业、1536家科技型中小企业"
        "组成的创新军团。",
        [
            ("hte_count", "level", 642.0, None, None, "city", "actual"),
            ("tech_sme_count", "level", 1536.0, None, None, "city", "actual"),
        ],
    ),
    (
        "a province's short name run into its city's (四川绵阳) names that city",
        "成都市科技局:2014年,全市每万名就业人员中研发人员为60人。四川绵阳2014年每万名就业人员中研发"
        "人员就有225人。",
        [
            ("researchers_per_10k", "level", 60.0, None, 2014, "city", "actual"),
            ("researchers_per_10k", "level", 225.0, None, 2014, "绵阳市", "actual"),
        ],
    ),
    (
        "a goal noun after the value (…突破270亿元的指引性目标) is no threshold; a change after "
        "another figure (认定登记数3438项,增长18.3%) is that figure's",
        "2020年,全省技术合同成交额达249.12亿元,增长9.7%,认定登记数3438项,增长18.3%。各单位将圆满完成"
        "2021年技术合同成交额突破270亿元的指引性目标。全省技术合同成交额超过10亿元的市有5个。",
        [
            ("tech_contract_turnover", "level", 249.12, None, 2020, "city", "actual"),
            ("tech_contract_turnover", "growth", 9.7, None, 2020, "city", "actual"),
            ("tech_contract_turnover", "level", 270.0, None, 2021, "city", "target"),
        ],
    ),
    (
        "a year masked on a copied page (由年的, 由20XX年的) still marks where a change starts",
        "研发投入稳步增长,县本级财政科技支出占本级一般公共预算支出比重由年的2.18%增长到年的3.31%;"
        "高新技术企业由20XX年的18家增长到20XX年的57家。",
        [
            ("fiscal_st_share", "level", 2.18, None, None, "县本级", "actual"),
            ("fiscal_st_share", "level", 3.31, None, None, "县本级", "actual"),
            ("hte_count", "level", 18.0, None, None, "city", "actual"),
            ("hte_count", "level", 57.0, None, None, "city", "actual"),
        ],
    ),
    (
        "a plan's figure ranked right after it (…,居全市第2位) is one reached, of the year before "
        "the plan; a goal ranked (力争…,居全市第1位) stays a goal",
        "X区全域创新“十四五”规划\n“十四五”时期,是新区加快高质量发展的关键五年。规划期限为2021年至"
        "2025年。\n一、砥砺奋进,区域创新水平跃上新台阶\n“十三五”以来,全区始终坚持创新驱动发展战略。\n"
        "(一)科技创新实力显著增强\n科创综合实力走在全市前列,高新技术产业增加值占规上工业增加值比重"
        "从42.2%提升到65%,高于全市平均5.3个百分点,居全市第2位;每万人高价值发明专利拥有量达17.18件,"
        "居全市第1位。\n二、发展目标\n到2025年,每万人高价值发明专利拥有量力争达到25件,居全市第1位。",
        [
            ("hitech_va_share", "level", 42.2, None, 2020, "city", "actual"),
            ("hitech_va_share", "level", 65.0, None, 2020, "city", "actual"),
            ("high_value_patents_per_10k", "level", 17.18, None, 2020, "city", "actual"),
            ("high_value_patents_per_10k", "level", 25.0, None, 2025, "city", "target"),
        ],
    ),
    (
        "a field named right before the indicator (新能源领域技术合同成交额) gives a part",
        "2022年全省技术合同成交额3053.5亿元,增长30.3%。其中新能源与高效节能领域技术合同成交额同比增长"
        "125.06%。",
        [
            ("tech_contract_turnover", "level", 3053.5, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "growth", 30.3, None, 2022, "city", "actual"),
        ],
    ),
    (
        "firms over a revenue threshold (超亿元工业高新技术企业) are a part of the count",
        "2023年全市高新技术企业保有量达117家,超亿元工业高新技术企业40家。",
        [("hte_count", "level", 117.0, None, 2023, "city", "actual")],
    ),
    (
        "a fiscal share against 当年同级 spending; 当年 there dates the denominator only",
        "某区2014年11月印发。到2017年,全社会研发经费支出占地区生产总值比重不低于2.5%。区级财政"
        "科技投入占当年同级公共财政预算支出比重不低于2%。",
        [
            ("rd_gdp_ratio", "level", 2.5, None, 2017, "city", "target"),
            ("fiscal_st_share", "level", 2.0, None, 2017, "city", "target"),
        ],
    ),
    (
        "a change after an amount belongs to that amount, not to the count named before it",
        "2023年,全市高新技术企业930家,高新技术企业共实现主营业务收入1830.7亿元,比去年同期增长3.7%。",
        [("hte_count", "level", 930.0, None, 2023, "city", "actual")],
    ),
    (
        "a qualifier before the number (纳入统计的) makes the firms a part of the count",
        "2023年,纳入统计的723家高新技术企业共实现主营业务收入1830.7亿元。全市高新技术企业930家。",
        [("hte_count", "level", 930.0, None, 2023, "city", "actual")],
    ),
    (
        "the firms an act is done to (对省内, 赴, 走访 N家) are no figure",
        "2023年,省科技厅对省内3112户高新技术企业开展问卷调查,赴152户高新技术企业实地调研,"
        "走访30家科技型中小企业。全省有效期内高新技术企业3590户。",
        [("hte_count", "level", 3590.0, None, 2023, "city", "actual")],
    ),
    (
        "a rate named before a bare 达到 makes the figure its growth (not 强度逐年提高,达到…)",
        "2012年,我市R&D经费支出总量为159.8亿元,R&D经费支出增速较快,达到24.5%。全市研发投入强度"
        "逐年提高,达到2.37%。",
        [
            ("rd_expenditure", "level", 159.8, None, 2012, "city", "actual"),
            ("rd_expenditure", "growth", 24.5, None, 2012, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.37, None, 2012, "city", "actual"),
        ],
    ),
    (
        "a status as an attribute (经认定的高新技术企业共N家) is a stock, not a year's flow",
        "2016年,全省新认定高新技术企业420家。截至目前,全省经认定的高新技术企业共1829家。",
        [
            ("hte_count", "level", 1829.0, None, 2016, "city", "actual"),
            ("hte_count", "new", 420.0, None, 2016, "city", "actual"),
        ],
    ),
    (
        "short names (高新总产值, 规模工业, 技术市场交易成交总额), a round number passed in words",
        "2018年,全市完成高新总产值过千亿元,达到1186.13亿元,同比增长20.8%。到2020年,高新技术产业"
        "增加值占规模工业增加值的比重达到60%,技术市场交易成交总额达到40亿元以上。",
        [
            ("hitech_output", "level", 1186.13, None, 2018, "city", "actual"),
            ("hitech_output", "growth", 20.8, None, 2018, "city", "actual"),
            ("hitech_va_share", "level", 60.0, None, 2020, "city", "target"),
            ("tech_contract_turnover", "level", 40.0, None, 2020, "city", "target"),
        ],
    ),
    (
        "fields as the subject between the indicator and the number make the figure theirs",
        "2018年,全市高新技术产业产值1186.13亿元。高新技术产业产值主要聚集在新材料、农业和先进制造业"
        "三大领域,共完成产值941.62亿元。",
        [("hitech_output", "level", 1186.13, None, 2018, "city", "actual")],
    ),
    (
        "a number glued to an acronym (占GDP2.5%) is its value, not a code such as G20",
        "G20峰会后,到2020年,全市R&D经费投入占GDP2.5%。",
        [("rd_gdp_ratio", "level", 2.5, None, 2020, "city", "target")],
    ),
    (
        "a measure noun after a short alias (高企保有量, 高企数量) continues the indicator",
        "2024年,全市高企数量增长4.2倍,保有量达855家。",
        [("hte_count", "level", 855.0, None, 2024, "city", "actual")],
    ),
    (
        "a change after a count of the indicator joined with another noun is the combined count's",
        "2018年底,全市高新技术企业和高新产品登记备案企业达到355家,同比增加53家,高新企业增加47家。",
        [("hte_count", "new", 47.0, None, 2018, "city", "actual")],
    ),
    (
        "a place that names a lab (三亚海洋实验室) does not become the next sentence's scope",
        "海南省七届人大三次会议23日在海口开幕。据介绍,2023年,海南科技创新和产业升级多点突破。三亚海洋"
        "实验室、深空探测实验室文昌基地挂牌成立,海南量子基地开工建设。技术合同交易额增长46.3%。",
        [("tech_contract_turnover", "growth", 46.3, None, 2023, "city", "actual")],
    ),
    (
        "a rounder number passed on the way (总数突破600家,达到612家) is no figure of its own",
        "2017年,全省高新技术企业总数突破600家,达到612家。到2025年,高新技术企业突破4万家,力争达到"
        "5万家。",
        [
            ("hte_count", "level", 612.0, None, 2017, "city", "actual"),
            ("hte_count", "level", 40000.0, None, 2025, "city", "target"),
            ("hte_count", "level", 50000.0, None, 2025, "city", "target"),
        ],
    ),
    (
        "万人发明专利拥有量 counted in 项 is the ratio too",
        "2015年,全区R&D经费占GDP比重为1.49%。万人发明专利拥有量为1.4项,排在全市第10位。",
        [
            ("rd_gdp_ratio", "level", 1.49, None, 2015, "city", "actual"),
            ("invention_patents_per_10k", "level", 1.4, None, 2015, "city", "actual"),
        ],
    ),
    (
        "自创区 stands alone as a sub-area, as 高新区 does: its paragraph's figures are its own",
        "2019年工作总结。(一)实施专项攻坚,自创区建设高标准推进。全年打造高能级创新平台14个。十大核心"
        "指标快速提升,自创区实现技术交易额增速144.9%;新增高新技术企业305家,占全市的55.5%。",
        [
            ("tech_contract_turnover", "growth", 144.9, None, 2019, "自创区", "actual"),
            ("hte_count", "new", 305.0, None, 2019, "自创区", "actual"),
        ],
    ),
    (
        "规模工业 for 规模以上工业 in a share and in enterprise R&D against revenue",
        "2017年,全省规模工业高技术产业增加值增长15.9%,增加值占规模工业的11.3%。全省规模工业企业研发"
        "经费支出占规模工业主营业务收入的比重为1.2%。",
        [
            ("hitech_va", "growth", 15.9, None, 2017, "city", "actual"),
            ("hitech_va_share", "level", 11.3, None, 2017, "city", "actual"),
            ("rd_revenue_ratio", "level", 1.2, None, 2017, "city", "actual"),
        ],
    ),
    (
        "a place named before the GDP in the intensity's wording (相当于X市生产总值的比例)",
        "2017年,全年研究与试验发展(R&D)经费支出相当于上海市生产总值的比例为3.78%左右。",
        [("rd_gdp_ratio", "level", 3.78, None, 2017, "city", "actual")],
    ),
    # ---- what is not a figure ----
    (
        "thresholds, beneficiaries, applications, combined counts, parts, multi-year flows",
        "2022年,研发经费投入超过10亿元的县有3个;为27家高新技术企业争取补助资金135万元;"
        "申请认定高新技术企业60家,比去年增长43.8%;高新技术企业与科技型中小企业总数达到533家;企业当年研发投入"
        "1.51亿元。五年累计培育科技型中小企业超过2000家。",
        [],
    ),
    (
        "performers listed before one indicator (企业、研究机构和高等学校…分别为) give its parts",
        "2023年,全省企业、政府属研究机构和高等学校三大执行主体研发经费投入分别为504.5亿元、"
        "36.7亿元和46.5亿元。",
        [],
    ),
    (
        "the part of R&D spending claimed for a tax deduction (加计扣除减免税的) is not the whole",
        "2023年,全省申报加计扣除减免税的研究开发支出559.8亿元,比上年增长30.5%。",
        [],
    ),
    (
        "a figure given as a share of the area's own whole (…,占全省的82.56%) is a part of it",
        "2019年,长株潭3市全年实现技术合同成交总额405.09亿元,占全省的82.56%。",
        [],
    ),
    (
        "a set of industries before the indicator (五大优势产业…) gives a part, and its change too",
        "2022年,全省技术合同成交额达3017.86亿元。光电子信息产业、北斗产业等五大优势产业技术合同成交额"
        "达到1492.40亿元,同比增长63.72%。",
        [("tech_contract_turnover", "level", 3017.86, None, 2022, "city", "actual")],
    ),
    (
        "R&D personnel (R&D人员折合全时当量…人年) and its growth are not R&D spending",
        "2019年,R&D人员折合全时当量达到47420.1人年,年均增长5.3%;R&D经费投入达到100亿元。",
        [
            ("rd_expenditure", "level", 100, None, 2019, "city", "actual"),
            ("rd_personnel", "growth", 5.3, None, 2019, "city", "actual"),
            ("rd_personnel", "level", 47420.1, None, 2019, "city", "actual"),
        ],
    ),
    (
        "增长数量 of a count is how many were added: new, not the total",
        "全省高新技术企业数量快速增长,年均增长数量超过1000家。",
        [("hte_count", "new", 1000, None, None, "city", "actual")],
    ),
    (
        "新注册 before the firm kind names this year's registrations, a flow, as 新登记 does",
        "截止到3月5日,今年我省新注册科技型中小企业540家,居全国第8位。",
        [("tech_sme_count", "new", 540, None, None, "city", "actual")],
    ),
    (
        "values after 分别 pair with the names right before it, though none is an indicator",
        "2022年,全省高新技术产业产值增长10.5%、技术合同成交额增长15.2%,粮食、油菜单产分别提高"
        "2%、3%。",
        [
            ("hitech_output", "growth", 10.5, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "growth", 15.2, None, 2022, "city", "actual"),
        ],
    ),
    (
        "what a cited document requires (《通知》要求,…实现…) is a goal",
        "近日,省委办公厅印发了《关于开展向科技要产能专项行动的通知》。\n《通知》要求,要深入实施"
        "重大科技战略行动,实现全省高新技术产业产值增长10%以上。",
        [("hitech_output", "growth", 10, None, None, "city", "target")],
    ),
    (
        "a growth whose indicator opens a topic of its own (;在X方面,) is not the last place's",
        "娄底市召开全市科技创新重点工作推进会。\n2020年,在高新技术产业增加值占GDP比重方面,娄星区将"
        "达到32%以上;在高新技术企业增长方面,增长比例将达到16%以上。",
        [
            ("hitech_va_gdp_share", "level", 32, None, 2020, "娄星区", "target"),
            ("hte_count", "growth", 16, None, 2020, "city", "target"),
        ],
    ),
    (
        "每万就业人员的R&D人员全时当量 (with 的) is R&D personnel per 10,000 employed",
        "2022年,全市全社会研发经费支出占GDP比重2.17%,每万就业人员的R&D人员全时当量95.7人年。",
        [
            ("rd_gdp_ratio", "level", 2.17, None, 2022, "city", "actual"),
            ("researchers_per_10k", "level", 95.7, None, 2022, "city", "actual"),
        ],
    ),
    (
        "the value a change is measured from (比2015年的12.89亿元) is the base year's",
        "2020年全社会研发投入总量为42.09亿元,比2015年的12.89亿元增长2倍多。",
        [
            ("rd_expenditure", "level", 12.89, None, 2015, "city", "actual"),
            ("rd_expenditure", "level", 42.09, None, 2020, "city", "actual"),
        ],
    ),
    (
        "an amount recognised (技术合同成交额通过登记认定55.6亿元) is a level, not a count added",
        "今年以来,全市技术合同成交额通过登记认定55.6亿元。",
        [("tech_contract_turnover", "level", 55.6, None, None, "city", "actual")],
    ),
    (
        "an average growth (年均增长) right after an amount is the amount's, not a count's",
        "全省高新技术企业数量从2016年的1829家增长到2020年的6198家,其中,技术收入增长迅速,从2016年的"
        "456.69亿元增长到2020年的2402.99亿元,年均增长51.45%。",
        [
            ("hte_count", "level", 1829, None, 2016, "city", "actual"),
            ("hte_count", "level", 6198, None, 2020, "city", "actual"),
        ],
    ),
    (
        "another city named by its stem where a clause opens (…,天津的…) gives that clause's scope",
        "东莞市科技局发布。今年东莞国家高新技术企业数量力争达到6500家以上。\n在东莞之外,天津的"
        "高新技术企业数量也达到了5038家。",
        [
            ("hte_count", "level", 5038, None, None, "天津市", "actual"),
            ("hte_count", "level", 6500, None, None, "city", "target"),
        ],
    ),
    (
        "目前…共培育认定 and every item of the list it opens count all recognised so far",
        "目前,全市共培育认定科技型中小企业62家、科技小巨人领军企业97家、国家级高新技术企业75家。",
        [
            ("hte_count", "level", 75, None, None, "city", "actual"),
            ("tech_sme_count", "level", 62, None, None, "city", "actual"),
        ],
    ),
    (
        "科技性中小企业 (a common slip) is 科技型中小企业",
        "截至目前,全市科技性中小企业达到400家。",
        [("tech_sme_count", "level", 400, None, None, "city", "actual")],
    ),
    (
        "财政科技支出占全部公共财政支出的比重 is the fiscal S&T share",
        "财政科技支出占全部公共财政支出的比重也由2011年的2.33%增长到2015年的2.82%。",
        [
            ("fiscal_st_share", "level", 2.33, None, 2011, "city", "actual"),
            ("fiscal_st_share", "level", 2.82, None, 2015, "city", "actual"),
        ],
    ),
    (
        "the year a multiple is of (是2016年增幅的2.5倍) is a base, not the figure's year",
        "2017年,全省高新技术企业新增1079家,是2016年增幅的2.5倍多,总数达3174家。",
        [
            ("hte_count", "level", 3174, None, 2017, "city", "actual"),
            ("hte_count", "new", 1079, None, 2017, "city", "actual"),
        ],
    ),
    (
        "firms 被评为 the status are recognitions of the year, as 被认定为 are",
        "2015年,全区8家企业被评为高新技术企业。",
        [("hte_count", "new", 8, None, 2015, "city", "actual")],
    ),
    (
        "the value a figure is compared with (较同期(0.45%), 较上年的120家) is the year before's",
        "2023年,全旗R&D投入强度达到0.81%,较同期(0.45%)提升0.36个百分点;高新技术企业达到300家,"
        "较上年的120家增长1.5倍。",
        [
            ("hte_count", "level", 120, None, 2022, "city", "actual"),
            ("hte_count", "level", 300, None, 2023, "city", "actual"),
            ("rd_gdp_ratio", "growth", 0.36, None, 2023, "city", "actual"),
            ("rd_gdp_ratio", "level", 0.45, None, 2022, "city", "actual"),
            ("rd_gdp_ratio", "level", 0.81, None, 2023, "city", "actual"),
        ],
    ),
    (
        "what a text says this year will bring (今年,…将保持…,分别新增) is a goal",
        "“今年,河北省将保持高新技术企业和科技型中小企业高强度增长,分别新增1000家、10000家。”",
        [
            ("hte_count", "new", 1000, None, None, "city", "target"),
            ("tech_sme_count", "new", 10000, None, None, "city", "target"),
        ],
    ),
    (
        "研发资金占GDP (R&D funds as a share of GDP) is R&D intensity; the funds alone are none",
        "2018年,全区研发资金占GDP的比重达到2.9%。全年安排研发资金5000万元。",
        [("rd_gdp_ratio", "level", 2.9, None, 2018, "city", "actual")],
    ),
    (
        "a span of time (前8个月, 三个季度) is no count of 个",
        "目前,全市科技型中小企业达1862家。今年前8个月,全市先进制造业增加值增长11.2%;前三个季度,"
        "技术合同登记额增长。",
        [("tech_sme_count", "level", 1862, None, None, "city", "actual")],
    ),
    (
        "totals after 分别 pair with the figures given before it: no indicator, no figure",
        "2012年,全市新认定高新技术企业101家、技术先进型服务企业22家,总数分别达到337家和94家。",
        [
            ("hte_count", "level", 337, None, 2012, "city", "actual"),
            ("hte_count", "new", 101, None, 2012, "city", "actual"),
        ],
    ),
    (
        "a cited plan's period (《…(2018-2020年)》) dates no figure reported after it",
        "张家口市认真贯彻落实省科技创新三年行动计划\n发布日期:2018-10-29\n张家口市全面贯彻落实"
        "河北省科技创新三年行动计划各项目标任务。一是高度重视抓落实。出台了《张家口市科技创新三年"
        "行动计划(2018-2020年)》和《张家口市支持科技创新的若干措施》。二是抓落实。截止9月底,"
        "新认定科技型中小企业132家。",
        [("tech_sme_count", "new", 132, None, 2018, "city", "actual")],
    ),
    (
        "a report that reviews a year (对2023年工作进行回顾) states facts of it; the goals it sets "
        "今年 (提出新目标:…全年新增) are the next year's",
        "新闻纵深丨保定:创新活力持续迸发\n阅读提示\n研究与试验发展投入强度3.48%,稳居全省第一;入选"
        "“2023—2025年度创新驱动示范市”……保定市政府工作报告对2023年工作进行回顾,一组组数据显示出"
        "创新活力。\n去年,保定优化创新生态取得新成效。\n今年,保定又提出新目标:实施创新应用场景三年"
        "行动,全年新增高新技术企业70家。",
        [
            ("hte_count", "new", 70, None, 2024, "city", "target"),
            ("rd_gdp_ratio", "level", 3.48, None, 2023, "city", "actual"),
        ],
    ),
    (
        "截止…已认定 and 目前共有N家企业获认定为… count every firm recognised so far: a stock",
        "截止2013年底,湖南省已认定高新技术企业近1900家。目前,全省共有17家企业获认定为创新型企业,"
        "共有12家企业获认定为技术先进型服务企业。",
        [("hte_count", "level", 1900, None, 2013, "city", "actual")],
    ),
    (
        "…but 截至9月底,今年已认定 counts the year's only",
        "截至9月底,今年全市已认定高新技术企业50家。",
        [("hte_count", "new", 50, None, None, "city", "actual")],
    ),
    (
        "目前共有N家企业获认定为高新技术企业: all recognised so far",
        "同时,玉林市具备一定数量高新技术企业,目前共有17家企业获认定为高新技术企业。",
        [("hte_count", "level", 17, None, None, "city", "actual")],
    ),
    (
        "firms counted as they complete a status (N家企业完成…入库备案); 已有 so far: a stock",
        "截至目前我县已有95家企业完成全国科技型中小企业入库备案。2021年,全县共有12家企业完成"
        "高新技术企业认定。",
        [
            ("hte_count", "new", 12, None, 2021, "city", "actual"),
            ("tech_sme_count", "level", 95, None, 2021, "city", "actual"),
        ],
    ),
    (
        "firms counted 自去年以来 (since last year) are counted up to the text's date",
        "海南高新技术企业发展\n发布时间: 2016-07-28 16:52:57\n我省目前共有169家高新技术企业。"
        "自去年以来,和海口南陆医药科技有限公司一样的还有33家企业通过全国高新技术企业认定。",
        [
            ("hte_count", "level", 169, None, 2016, "city", "actual"),
            ("hte_count", "new", 33, None, 2016, "city", "actual"),
        ],
    ),
    (
        "firms above a size (产值过亿元的, 销售收入超50亿元的高新技术企业) are a group, not all",
        "截止2013年底,湖南省已认定高新技术企业近1900家。2013年全省产值过亿元的高新技术企业共936家。"
        "高新区将形成销售收入超50亿元的高新技术企业2家以上。",
        [("hte_count", "level", 1900, None, 2013, "city", "actual")],
    ),
    (
        "firms recommended for a register (推荐备案) or on a list under public notice (完成公示) "
        "are not yet counted",
        "2018年,新认定科技型中小企业132家,推荐备案科技型中小企业278家。2022年,评价入库科技型"
        "中小企业1311家,完成公示1360家。",
        [
            ("tech_sme_count", "level", 1311, None, 2022, "city", "actual"),
            ("tech_sme_count", "new", 132, None, 2018, "city", "actual"),
        ],
    ),
    (
        "a decimal right after a share's name (强度2.36) lost its % sign; a whole number is none",
        "2022年,重庆市R&D经费投入强度2.36,首次进入全国前10位。2021年,全市研发投入强度排名第3。",
        [("rd_gdp_ratio", "level", 2.36, None, 2022, "city", "actual")],
    ),
    (
        "经费支出 after R&D personnel is R&D spending (人员23万人,经费支出400亿元)",
        "2016年,全年研究与试验发展(R&D)人员23万人,经费支出400亿元,比上年增长12.0%。",
        [
            ("rd_expenditure", "growth", 12.0, None, 2016, "city", "actual"),
            ("rd_expenditure", "level", 400, None, 2016, "city", "actual"),
            ("rd_personnel", "level", 230000, None, 2016, "city", "actual"),
        ],
    ),
    (
        "新区入库 is a zone's register (新区 is no 新: the stock), and a completion ratio "
        "between a figure and its growth does not cut them apart; the goal reached is a target",
        "新区提前完成科技型中小企业评价年度任务\n发布日期: 2024-09-12\n截至目前,新区入库国家科技型"
        "中小企业1200家,完成全年任务指标的105.2%,同比增长8.6%,提前完成全年1140家的目标任务。",
        [
            ("tech_sme_count", "level", 1200, None, 2024, "city", "actual"),
            ("tech_sme_count", "growth", 8.6, None, 2024, "city", "actual"),
            ("tech_sme_count", "level", 1140, None, 2024, "city", "target"),
        ],
    ),
    (
        "the year's task reached (67家,已超额完成全年任务数50家) is that year's goal, not a "
        "fact of the year before",
        "某经开区科技创新工作\n发布日期:2023-05-23\n目前全区高新技术企业共52家,列全市第二;入库国家"
        "科技型中小企业71家,已超额完成全年任务数60家。",
        [
            ("hte_count", "level", 52, None, 2023, "city", "actual"),
            ("tech_sme_count", "level", 71, None, 2023, "city", "actual"),
            ("tech_sme_count", "level", 60, None, 2023, "city", "target"),
        ],
    ),
    (
        "a flow's goal reached (新增300家,完成全年250家的目标任务) is a goal for new firms",
        "2023年科技工作总结\n2023年,全市新增高新技术企业300家,超额完成全年250家的目标任务,"
        "高新技术企业总数达到1020家。",
        [
            ("hte_count", "new", 300, None, 2023, "city", "actual"),
            ("hte_count", "new", 250, None, 2023, "city", "target"),
            ("hte_count", "level", 1020, None, 2023, "city", "actual"),
        ],
    ),
    (
        "an application that is a list item of its own (认定10家、申报19家) is no outcome",
        "2021年上半年科技工作\n目前已完成省级科技型中小企业认定12家、申报25家;申报高新技术企业18家。",
        [("tech_sme_count", "new", 12, None, 2021, "city", "actual")],
    ),
    (
        "增幅达25.25% after a loan balance of high-tech firms is the loans' growth, not the firms'",
        "2022年前三季度科技工作\n全市高新技术企业贷款余额96.5亿元,比年初增加18.2亿元,增幅达23.2%。"
        "全市高新技术企业达到612家。",
        [("hte_count", "level", 612, None, 2022, "city", "actual")],
    ),
    (
        "我市首次 is the city again (首次 is no rank): the county of a sentence before does not "
        "carry past it",
        "南阳市“十二五”期间科技工作回眸\n西峡县被评为全国科技进步考核先进县。2013年,我市首次被"
        "科技部评为全国科技进步考核先进市。高新技术企业由2010年的40家发展到2015年的98家。",
        [
            ("hte_count", "level", 40, None, 2010, "city", "actual"),
            ("hte_count", "level", 98, None, 2015, "city", "actual"),
        ],
    ),
    (
        "a yearly report's unnumbered chapter lines (2018年工作回顾, 2019年工作安排) date and mark "
        "the figures under them",
        "2019年某市政府工作报告\n——2019年1月10日在某市第十六届人民代表大会第四次会议上\n"
        "2018年工作回顾\n过去的一年,我们坚持稳中求进,较好地实现了主要目标任务。预计完成地区生产总值"
        "2100亿元,比上年增长6.5%;全社会研发投入占比2.8%;高新技术企业达到860家。\n"
        "2019年工作安排\n今年全社会研发投入占比达到2.9%。",
        [
            ("rd_gdp_ratio", "level", 2.8, None, 2018, "city", "actual"),
            ("hte_count", "level", 860, None, 2018, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.9, None, 2019, "city", "target"),
        ],
    ),
    (
        "an amount right after the intensity (研发强度从…提升到…,总量从…亿元…) is R&D "
        "spending; a fiscal amount after 其中 is no part of it",
        "某市科技创新成效\n全社会研发强度从“十三五”末的1.52%提升到目前的2.03%,总量从30.5亿元提升到"
        "72.4亿元,跃居全省第四。全社会研发经费投入强度达到2.1%以上,其中全市财政科技支出达到18亿元。",
        [
            ("rd_gdp_ratio", "level", 1.52, None, 2020, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.03, None, None, "city", "actual"),
            ("rd_expenditure", "level", 30.5, None, 2020, "city", "actual"),
            ("rd_expenditure", "level", 72.4, None, None, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.1, None, None, "city", "actual"),
            ("fiscal_st_expenditure", "level", 18, None, None, "city", "actual"),
        ],
    ),
    (
        "国家火炬计划高新技术企业 is the torch programme's list, not the high-tech count",
        "某县科技创新\n截至2015年底,全县共认定国家火炬计划高新技术企业3家,全县共有高新技术企业"
        "52家。",
        [("hte_count", "level", 52, None, 2015, "city", "actual")],
    ),
    (
        "经科技部认定高新技术企业有1864家 counts firms with the status (a stock), not recognitions",
        "佛山高新区产业稳步增长\n据了解,在园区2370家火炬企业中,经科技部认定高新技术企业有1864家。",
        [("hte_count", "level", 1864, None, None, "city", "actual")],
    ),
    (
        "全社会科研经费投入 is R&D spending; 高新技术产业累计完成产值 is high-tech output",
        "2015年太原市科技统计\n2015年,全社会科研经费投入93.21亿元,比上年增长39%。全市高新技术产业"
        "累计完成产值1645.77亿元,同比增长11.09%。",
        [
            ("rd_expenditure", "level", 93.21, None, 2015, "city", "actual"),
            ("rd_expenditure", "growth", 39, None, 2015, "city", "actual"),
            ("hitech_output", "level", 1645.77, None, 2015, "city", "actual"),
            ("hitech_output", "growth", 11.09, None, 2015, "city", "actual"),
        ],
    ),
    (
        "a sentence framed by one indicator (从技术合同成交额来看,…) gives it to every figure; the "
        "rank after a paired list (位居二至四位) is no value of the list",
        "湖南省科技厅发布2014年技术合同统计\n全省技术合同成交额97.93亿元。从技术合同成交额来看,长沙以"
        "31.52亿元居各地区之首,湘潭、株洲、郴州分别以27.99亿元、15.91亿元、8.88亿元位居二至四位。",
        [
            ("tech_contract_turnover", "level", 97.93, None, 2014, "city", "actual"),
            ("tech_contract_turnover", "level", 31.52, None, 2014, "长沙市", "actual"),
            ("tech_contract_turnover", "level", 27.99, None, 2014, "湘潭市", "actual"),
            ("tech_contract_turnover", "level", 15.91, None, 2014, "株洲市", "actual"),
            ("tech_contract_turnover", "level", 8.88, None, 2014, "郴州市", "actual"),
        ],
    ),
    (
        "农业科技进步贡献率 is farming's alone, another indicator",
        "2020年科技工作总结\n全市农业科技进步贡献率达到62%,科技进步贡献率达到58%。",
        [("st_progress_contribution", "level", 58, None, 2020, "city", "actual")],
    ),
    (
        "a headline's rounded figure (破200亿元) restates the body's exact one: one fact",
        "湖南技术合同成交额破200亿元\n2021年,全省技术合同成交额达到212.35亿元,同比增长35.2%。",
        [
            ("tech_contract_turnover", "level", 212.35, None, 2021, "city", "actual"),
            ("tech_contract_turnover", "growth", 35.2, None, 2021, "city", "actual"),
        ],
    ),
    (
        "近百亿 near the exact 97.6亿元 is one fact; 超过500家 far below 806家 is another",
        "去年我市技术合同成交额近百亿\n2022年,全市技术合同成交额达到97.6亿元。全市高新技术企业超过"
        "500家。截至2022年底,全市高新技术企业达到806家。",
        [
            ("tech_contract_turnover", "level", 97.6, None, 2022, "city", "actual"),
            ("hte_count", "level", 500, None, 2022, "city", "actual"),
            ("hte_count", "level", 806, None, 2022, "city", "actual"),
        ],
    ),
    (
        "逾千家 and 增长7成 are rounded restatements of 1086家 and 72.8%",
        "2023年全省科技型中小企业逾千家、增长7成\n2023年,全省入库科技型中小企业1086家,同比增长"
        "72.8%。",
        [
            ("tech_sme_count", "level", 1086, None, 2023, "city", "actual"),
            ("tech_sme_count", "growth", 72.8, None, 2023, "city", "actual"),
        ],
    ),
    (
        "研究与试验发展费用(R&D)投入 is the R&D total; firms' 研发费用 is their own indicator",
        "2021年,全市全社会研究与试验发展费用(R&D)投入达148亿元,同比增长15%以上。全市规上工业企业"
        "研发费用增长20%。",
        [
            ("rd_expenditure", "level", 148, None, 2021, "city", "actual"),
            ("rd_expenditure", "growth", 15, None, 2021, "city", "actual"),
            ("enterprise_rd_expenditure", "growth", 20, None, 2021, "city", "actual"),
        ],
    ),
    (
        "the country's figures (全国…) in a city's text are the country's, not the city's",
        "南阳市科技局2022年工作总结\n2022年,全市技术合同成交额81.3亿元,全国技术合同成交额47791亿元。"
        "全市研发投入增长15.3%,全国研发投入增长10.1%。",
        [
            ("tech_contract_turnover", "level", 81.3, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 47791, None, 2022, "全国", "actual"),
            ("rd_expenditure", "growth", 15.3, None, 2022, "city", "actual"),
            ("rd_expenditure", "growth", 10.1, None, 2022, "全国", "actual"),
        ],
    ),
    (
        "a national body's name (全国…领导小组办公室) is no subject: the province's own firms",
        "贵州省科技厅2019年12月\n日前,全国高新技术企业认定管理工作领导小组办公室复函省高新技术企业认定"
        "管理机构,同意贵州某检测技术有限公司等646家企业认定为高新技术企业。",
        [("hte_count", "new", 646, None, 2019, "city", "actual")],
    ),
    (
        "a national bulletin (no place, no level) calls the country 全国: its own figures",
        "2022年全国科技经费投入统计公报\n2022年,全国共投入研究与试验发展(R&D)经费30782.9亿元,"
        "比上年增长10.1%。",
        [
            ("rd_expenditure", "level", 30782.9, None, 2022, "city", "actual"),
            ("rd_expenditure", "growth", 10.1, None, 2022, "city", "actual"),
        ],
    ),
    (
        "其中我市… after the province's figure is the city's own figure, and its growth too",
        "南阳市科技局2022年工作总结\n2022年,全省技术合同成交额1025亿元,其中我市技术合同成交额81.3亿元,"
        "增长15%。",
        [
            ("tech_contract_turnover", "level", 1025, None, 2022, "全省", "actual"),
            ("tech_contract_turnover", "level", 81.3, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "growth", 15, None, 2022, "city", "actual"),
        ],
    ),
    (
        "其中长沙市… in a province's text is that city's figure, not a part to set aside",
        "湖南省科技厅2022年工作总结\n2022年,全省技术合同成交额1025亿元,其中长沙市技术合同成交额433亿元,"
        "增长20.5%。",
        [
            ("tech_contract_turnover", "level", 1025, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 433, None, 2022, "长沙市", "actual"),
            ("tech_contract_turnover", "growth", 20.5, None, 2022, "长沙市", "actual"),
        ],
    ),
    (
        "在2012年A的基础上,年均增长B%,到2020年达到C: the year dates A only; the rate runs to 2020",
        "某市创新驱动行动计划(2014—2020年)\n主要目标:\n——技术合同交易总额在2012年5190万元的基础上,"
        "年均增长12%,到2020年达到12850万元。",
        [
            ("tech_contract_turnover", "level", 0.519, None, 2012, "city", "actual"),
            ("tech_contract_turnover", "growth", 12, None, 2020, "city", "target"),
            ("tech_contract_turnover", "level", 1.285, None, 2020, "city", "target"),
        ],
    ),
    (
        "a headline year with a goal (2013年…力争) and last year's results: 今年 is that year",
        "2013年某省高新技术产业力争达到9500亿元\n近日举行的全省高新技术产业发展推进会传出消息,该省提出"
        "今年全省高新技术产业总产值力争达到9500亿元。据不完全统计,2012年全省高新技术产业总产值达到8000亿元,"
        "占规模以上工业总产值的比重由2007年的17.2%增至去年的22.6%。",
        [
            ("hitech_output", "level", 9500, None, 2013, "city", "target"),
            ("hitech_output", "level", 8000, None, 2012, "city", "actual"),
        ],
    ),
    (
        "a bilingual yearbook's spaced table (项目 Item 2020 2021; a row's numbers at its end)",
        "17-2 科技主要指标\nMain Indicators of Science and Technology\n"
        "项     目     Item     2020 2021\n"
        "研究与试验发展(R&D)经费支出  (亿元)   Expenditure on R&D        12.30 14.10\n"
        "                     (100 million yuan)\n"
        "技术市场合同成交金额  (亿元)   Contracted Transaction Value        35.60 41.20\n"
        "                     in Technical Market\n",
        [
            ("rd_expenditure", "level", 12.3, None, 2020, "city", "actual"),
            ("rd_expenditure", "level", 14.1, None, 2021, "city", "actual"),
            ("tech_contract_turnover", "level", 35.6, None, 2020, "city", "actual"),
            ("tech_contract_turnover", "level", 41.2, None, 2021, "city", "actual"),
        ],
    ),
    (
        "a yearbook table headed only in English (Item 2019 2020), a label wrapped over two lines,"
        " and R&D projects' spending (a part, not the R&D total)",
        "规模以上工业企业科技活动情况\n    Item 2019 2020\n"
        "有R&D活动企业数(个) Number of Enterprises Having R&D Activities  (unit) 120 135\n"
        "R&D经费内部支出(万元) Intramural Expenditure on R&D  (10000 yuan) 52000.0 61000.0\n"
        "R&D经费内部支出与主营 Percentage of Intramural Expenditure on          0.85 0.91\n"
        " 业务收入之比 (%)   R&D to Sales Revenue (%)\n"
        "R&D项目经费内部支出(万元) Intramural Expenditure on R&D Projects (10000 yuan)"
        " 40000.0 45000.0\n",
        [
            ("rd_expenditure", "level", 5.2, None, 2019, "city", "actual"),
            ("rd_expenditure", "level", 6.1, None, 2020, "city", "actual"),
            ("rd_revenue_ratio", "level", 0.85, None, 2019, "city", "actual"),
            ("rd_revenue_ratio", "level", 0.91, None, 2020, "city", "actual"),
        ],
    ),
    (
        "分别从A、B增加到C、D: two start values, then two ends, each pair its indicator's",
        "2023年,全市高新技术企业、科技型中小企业数量分别从838家、560家增加到1552家、2610家。",
        [
            ("hte_count", "level", 838, None, 2022, "city", "actual"),
            ("hte_count", "level", 1552, None, 2023, "city", "actual"),
            ("tech_sme_count", "level", 560, None, 2022, "city", "actual"),
            ("tech_sme_count", "level", 2610, None, 2023, "city", "actual"),
        ],
    ),
    (
        "有效高企 right after a count of firms brought in is the stock in force, not a flow",
        "2024年,全市引进科技型中小企业1418家,有效高企超5400家。",
        [
            ("tech_sme_count", "new", 1418, None, 2024, "city", "actual"),
            ("hte_count", "level", 5400, None, 2024, "city", "actual"),
        ],
    ),
    (
        "a figure under a plan's 第一章 发展基础 / 第一节 发展成就 is reported, at the plan's"
        " base year",
        "某省科学技术发展“十四五”规划\n第一章 发展基础\n“十三五”期间,我省科学技术发展取得重要"
        "成就。\n第一节 发展成就\n科技创新实力处于上升态势。我省科技基础扎实,近2500户高新技术企业"
        "构筑了区域创新骨干网络。\n第二章 发展目标\n到2025年,高新技术企业达到4000户。",
        [
            ("hte_count", "level", 2500, None, 2020, "city", "actual"),
            ("hte_count", "level", 4000, None, 2025, "city", "target"),
        ],
    ),
    (
        "a city named at the head of a list of zones (X…示范区、Y…示范区等) names the zone, not the"
        " subject of the figures after it",
        "河北省科技厅发布\n2022年,河北省把科技创新作为加快建设经济强省的重要支撑,全省创新型河北"
        "建设取得阶段性成效。\n创新主体加速成长。承德国家可持续发展议程创新示范区、京南国家科技成果转移"
        "转化示范区等一批国家级创新载体获批建设;高新技术企业达到1.2万家。",
        [("hte_count", "level", 12000, None, 2022, "city", "actual")],
    ),
    (
        "a report reviewing a five-year plan (“十三五”期间…) states where things stand at its end",
        "政府工作报告摘要\n时间:2021-01-18\n1月18日上午,某省第十三届人民代表大会第四次会议召开,省长在"
        "《政府工作报告》中指出,“十三五”期间,全省高质量发展迈出重大步伐。\n科技创新支撑能力快速提升,"
        "新型研发机构发展到102家,科技型中小企业突破1万家。",
        [
            ("new_rd_institutions", "level", 102, None, 2020, "city", "actual"),
            ("tech_sme_count", "level", 10000, None, 2020, "city", "actual"),
        ],
    ),
    (
        "a count with 以上的 before the name it counts (500家以上的高新技术企业) is a figure",
        "到2015年,全市拥有500家以上的高新技术企业,力争实现亿元以上产值企业数量倍增。",
        [("hte_count", "level", 500, None, 2015, "city", "target")],
    ),
    (
        "…but a money threshold before 的 picks out members (超过10亿元的企业), no figure",
        "2020年,年营业收入超过10亿元的高新技术企业有12家。",
        [],
    ),
    (
        "a band that picks out members (投入强度在1.5%-2%的有4个行业) is no figure",
        "2010年,全国R&D经费投入强度为1.76%;分行业看,投入强度在1.5%-2%的有4个行业。",
        [("rd_gdp_ratio", "level", 1.76, None, 2010, "city", "actual")],
    ),
    (
        "a group of places picked out by example (文昌等7个市县…超过1亿元) gives no figure",
        "2023年,全省R&D经费投入89.8亿元。海口、三亚、儋州、文昌等7个市县R&D经费投入超过1亿元。",
        [("rd_expenditure", "level", 89.8, None, 2023, "city", "actual")],
    ),
    (
        "…but a listed group whose values 分别 hands out gives each member its figure",
        "2022年,山东省“十强县”中,崂山区、五莲县、岱岳区、环翠区4个县(市、区)研究与试验发展经费"
        "内部支出占GDP比重在3.5%以上,分别达到4.74%、3.85%、3.69%、3.65%。",
        [
            ("rd_gdp_ratio", "level", 4.74, None, 2022, "崂山区", "actual"),
            ("rd_gdp_ratio", "level", 3.85, None, 2022, "五莲县", "actual"),
            ("rd_gdp_ratio", "level", 3.69, None, 2022, "岱岳区", "actual"),
            ("rd_gdp_ratio", "level", 3.65, None, 2022, "环翠区", "actual"),
        ],
    ),
    (
        "an amount's name with 总支出/总投入 after it is still its name (经费总支出为36.34亿元)",
        "2007年,全社会研究与试验发展经费总支出为36.34亿元;全区研发经费总投入达到54.5亿元。",
        [
            ("rd_expenditure", "level", 36.34, None, 2007, "city", "actual"),
            ("rd_expenditure", "level", 54.5, None, 2007, "city", "actual"),
        ],
    ),
    (
        "places listed before one indicator and 分别: each value is its place's",
        "2022年,南京市、苏州市和无锡市的高新技术企业分别达到8000家、7500家、5000家。",
        [
            ("hte_count", "level", 8000, None, 2022, "南京市", "actual"),
            ("hte_count", "level", 7500, None, 2022, "苏州市", "actual"),
            ("hte_count", "level", 5000, None, 2022, "无锡市", "actual"),
        ],
    ),
    (
        "…and a province's text names its cities by their stems",
        "江苏省科技厅发布。2022年,南京、苏州、无锡高新技术产业产值增幅分别为9.0%、12.3%、18.5%。",
        [
            ("hitech_output", "growth", 9.0, None, 2022, "南京市", "actual"),
            ("hitech_output", "growth", 12.3, None, 2022, "苏州市", "actual"),
            ("hitech_output", "growth", 18.5, None, 2022, "无锡市", "actual"),
        ],
    ),
    (
        "a zone's founding year (1992年经国务院批准) dates none of the figures after it",
        "株洲国家高新技术产业开发区是1992年经国务院批准的国家级高新技术产业开发区。株洲高新区拥有"
        "工业企业489家、高新技术企业130家。",
        [("hte_count", "level", 130, None, None, "city", "actual")],
    ),
    (
        "now (如今) is the year an anniversary names (今年是新中国成立75周年), not a history year",
        "今年是新中国成立75周年,其中1992年是一个关键节点。这一年,国务院批准设立高新区。"
        "从起初的寥寥数家企业,到如今高新技术企业超千家。",
        [("hte_count", "level", 1000, None, 2024, "city", "actual")],
    ),
    (
        "a contract's mean value (技术合同平均成交额) is not the turnover",
        "2014年,我市技术合同成交总额418.11亿元,技术合同平均成交额277.19万元。",
        [
            ("tech_contract_mean_value", "level", 277.19, None, 2014, "city", "actual"),
            ("tech_contract_turnover", "level", 418.11, None, 2014, "city", "actual"),
        ],
    ),
    (
        "output named by its measure alone (实现总产值) after the industry's value added is the"
        " industry's; a whole economy's (规上工业实现总产值) is not",
        "2017年1-2月,亳州市高新技术产业增加值累计完成13.2亿元,比上年同期增长12.6%;实现总产值"
        "53.8亿元,比上年同期增长22.2 %。2017年,全市规上工业实现总产值900亿元。",
        [
            ("hitech_output", "growth", 22.2, None, 2017, "city", "actual"),
            ("hitech_output", "level", 53.8, None, 2017, "city", "actual"),
            ("hitech_va", "growth", 12.6, None, 2017, "city", "actual"),
            ("hitech_va", "level", 13.2, None, 2017, "city", "actual"),
        ],
    ),
    (
        "results measured against expectations (成绩好于预期) state no goal: the figures after"
        " them in a mid-year review are facts",
        "株洲市科技局召开全市科技形势分析会\n发布时间: 2010-08-26\n局长指出,今年以来,全市科技"
        "系统各项工作顺利推进,成绩好于预期。科技影响力进一步提升。全市完成高新技术产值300亿元,"
        "同比增长40%。",
        [
            ("hitech_output", "growth", 40, None, 2010, "city", "actual"),
            ("hitech_output", "level", 300, None, 2010, "city", "actual"),
        ],
    ),
    (
        "a year in an aside with its value (1991年时22家) dates that value only, not the figures"
        " after it nor the text",
        "济南高新:高质量发展优等生这样炼成\n2024-09-30 15:53 大众网\n其中,高新技术企业33年间增长了"
        "近110倍(1991年时22家),达到2400余家;科技型中小企业近2700家。",
        [
            ("hte_count", "level", 22, None, 1991, "city", "actual"),
            ("hte_count", "level", 2400, None, 2024, "city", "actual"),
            ("tech_sme_count", "level", 2700, None, 2024, "city", "actual"),
        ],
    ),
    (
        "an indicator table headed 指标类别, in a text that is no plan: its year columns are data",
        "烟台高新区发展成效\n| 指标类别 | 2018年 | 2022年 | 增长率 |\n|———|——–|——–|——–|\n"
        "| 高新技术企业数 | 147家 | 412家 | 180% |\n| 研发投入强度 | 3.1% | 5.7% | 2.6个百分点 |\n"
        "| 技术合同成交额 | 28亿元 | 96亿元 | 243% |\n",
        [
            ("hte_count", "growth", 180, None, 2022, "city", "actual"),
            ("hte_count", "level", 147, None, 2018, "city", "actual"),
            ("hte_count", "level", 412, None, 2022, "city", "actual"),
            ("rd_gdp_ratio", "level", 3.1, None, 2018, "city", "actual"),
            ("rd_gdp_ratio", "level", 5.7, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "growth", 243, None, 2022, "city", "actual"),
            ("tech_contract_turnover", "level", 28, None, 2018, "city", "actual"),
            ("tech_contract_turnover", "level", 96, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a register's size (入库数量分别达到) is a stock, for every item of the list it closes",
        "2021年,全省高新技术企业数量、科技型中小企业入库数量分别达到3万家和3.6万家。",
        [
            ("hte_count", "level", 30000, None, 2021, "city", "actual"),
            ("tech_sme_count", "level", 36000, None, 2021, "city", "actual"),
        ],
    ),
    (
        "a non-business performer's share of R&D (政府所属研究机构R&D经费占比) is not"
        " R&D intensity",
        "2024年,全省R&D经费投入强度(与地区生产总值之比)为1.38%。分活动主体看,政府所属研究机构"
        "R&D经费占比高达53.2%。",
        [
            ("performer_rd_share", "level", 53.2, None, 2024, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.38, None, 2024, "city", "actual"),
        ],
    ),
    (
        "a neighbour's figures in the next sentence (与我省相邻的贵州省的年均增长率…) go on"
        " with the indicator before, in that place",
        "2019年,云南省高新技术企业数量为1454家。与我省相邻的贵州省的年均增长率达到53.4%,已从2017年"
        "的688家增至2019年的1620家。",
        [
            ("hte_count", "growth", 53.4, None, 2019, "贵州省", "actual"),
            ("hte_count", "level", 688, None, 2017, "贵州省", "actual"),
            ("hte_count", "level", 1454, None, 2019, "city", "actual"),
            ("hte_count", "level", 1620, None, 2019, "贵州省", "actual"),
        ],
    ),
    (
        "a citation mark a copied encyclopedia page keeps ([2]) is no figure",
        "2024年,全市每万人口高价值发明专利拥有量达到29.5件,相比“十三五”末期实现翻倍增长 [2] - "
        "科研成果连续 [2][3] 创新平台",
        [("high_value_patents_per_10k", "level", 29.5, None, 2024, "city", "actual")],
    ),
    (
        "now (目前) dates the stock of its own sentence only: a year's flow in the next sentence of"
        " a review of that year is that year's",
        "市科技局做客“政务服务热线”\n2018-04-18\n并就2017年我市科技工作成效进行了详细解答。\n"
        "据介绍,2017年,全市高新技术产业快速发展。\n44家企业通过高新技术企业认定,目前,我市"
        "省级以上高新技术企业总数达到92家。全市高新技术产业实现产值2844.92亿元,同比增长18.55%。",
        [
            ("hitech_output", "growth", 18.55, None, 2017, "city", "actual"),
            ("hitech_output", "level", 2844.92, None, 2017, "city", "actual"),
            ("hte_count", "level", 92, None, 2018, "city", "actual"),
            ("hte_count", "new", 44, None, 2017, "city", "actual"),
        ],
    ),
    (
        "the industry's output as statistics releases count it (高新技术产业规模以上企业实现"
        "产值) and R&D spending named twice over (R&D经费内部支出投入占GDP的比重)",
        "2007年上半年全市高新技术产业规模以上企业实现产值824.44亿元,比上年同期增长33.65%。2016年,"
        "R&D经费内部支出投入占GDP的比重为2.38%。",
        [
            ("hitech_output", "growth", 33.65, None, 2007, "city", "actual"),
            ("hitech_output", "level", 824.44, None, 2007, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.38, None, 2016, "city", "actual"),
        ],
    ),
    (
        "a count of persons (人才总量超1560万人) is no count of firms, and a run of years"
        " (连续8年) no figure",
        "2024年,全省高新技术企业超过5.1万家,人才总量超1560万人,万人发明专利拥有量达61.5件、连续8年"
        "居全国各省区第一。",
        [
            ("hte_count", "level", 51000, None, 2024, "city", "actual"),
            ("invention_patents_per_10k", "level", 61.5, None, 2024, "city", "actual"),
        ],
    ),
    (
        "the firms recognised so far reach a total (认定高新技术企业达417家): a stock, dated by the"
        " now (目前) of the sentence before; newly recognised ones (新认定…达50家) are a flow",
        "2006年02月25日 本地新闻网\n目前,我区已有国家级高新区2个。认定高新技术企业达417家,"
        "新认定高新技术企业达50家。",
        [
            ("hte_count", "level", 417, None, 2006, "city", "actual"),
            ("hte_count", "new", 50, None, 2006, "city", "actual"),
        ],
    ),
    (
        "an average rate is of the span the clause after it states (年均增长率达到53.4%,已从2017年"
        "…增至2019年…), whatever year the text is of",
        "2021-03-01 本地新闻网\n2020年,云南省高新技术企业为2110家。与我省相邻的贵州省的年均增长率"
        "达到53.4%,已从2017年的688家增至2019年的1620家。",
        [
            ("hte_count", "growth", 53.4, None, 2019, "贵州省", "actual"),
            ("hte_count", "level", 688, None, 2017, "贵州省", "actual"),
            ("hte_count", "level", 1620, None, 2019, "贵州省", "actual"),
            ("hte_count", "level", 2110, None, 2020, "city", "actual"),
        ],
    ),
    (
        "a milestone and the time it took (突破500亿元经历了3年, 从1000亿元增长到1500亿元只用了2年)"
        " is no figure",
        "2011-02-14 北京日报\n去年,北京技术市场保持快速发展。全市技术合同成交额从2005年的300亿元"
        "增加到2010年的1579.5亿元。其中,技术合同成交额突破500亿元经历了3年,从1000亿元增长到1500亿元"
        "只用了2年时间。",
        [
            ("tech_contract_turnover", "level", 300, None, 2005, "city", "actual"),
            ("tech_contract_turnover", "level", 1579.5, None, 2010, "city", "actual"),
        ],
    ),
    (
        "成交额 after a part's count of contracts (专利技术合同共成交1537项) is that part's"
        " turnover",
        "2021年,全省共登记技术合同14876项,成交额达到528.16亿元。其中专利技术合同共成交1537项、"
        "成交额134.73亿元。",
        [
            ("tech_contract_count", "level", 14876, None, 2021, "city", "actual"),
            ("tech_contract_turnover", "level", 528.16, None, 2021, "city", "actual"),
        ],
    ),
    (
        "a zone's text names itself shorter (海港经济开发区, then 海港开发区): its own figures",
        "2020年4月27日,秦皇岛市海港经济开发区召开全区创新发展工作会议,总结2019年科技创新工作。2020年,"
        "海港开发区将优化创新服务,力争高新技术企业数量增长38%。",
        [("hte_count", "growth", 38, None, 2020, "city", "target")],
    ),
    (
        "a density's change after its level (较去年同期增长了0.35件; 分别增长了311件和4.25件) is no"
        " level",
        "2017年上半年,全省万人发明专利拥有量达到1.72件,较去年同期增长了0.35件。2020年,全市每万人"
        "发明专利拥有量达到6.3件,增长了4.25件。",
        [
            ("invention_patents_per_10k", "level", 1.72, None, 2017, "city", "actual"),
            ("invention_patents_per_10k", "level", 6.3, None, 2020, "city", "actual"),
        ],
    ),
    (
        "cities listed by their stems (烟台、青岛、东营) take the values 分别 pairs with them, and"
        " the output named again by its head noun where a clause opens (产值分别为…) is the"
        " output's; an industry's 产值 inside its name is not",
        "2015年08月12日 来源:菏泽市科技局\n1-6月份,我省高新技术产业产值累计实现22502.43亿元。产值"
        "总量前三名为烟台、青岛、东营,产值分别为3468.98亿元、3327.05亿元、2198.67亿元。其中电子信息"
        "产业产值50亿元。",
        [
            ("hitech_output", "level", 22502.43, None, 2015, "我省", "actual"),
            ("hitech_output", "level", 3468.98, None, 2015, "烟台市", "actual"),
            ("hitech_output", "level", 3327.05, None, 2015, "青岛市", "actual"),
            ("hitech_output", "level", 2198.67, None, 2015, "东营市", "actual"),
        ],
    ),
    (
        "年内 in a sentence that names no year is of the year the sentence before opens with"
        " (2023年,…。年内新认定…), in a text of another year; not of an award's year",
        "2021年上海市科技进步报告\n2023年,上海市科技创新工作取得新进展。年内新认定高新技术企业"
        "8052家。某公司荣获2018年市科技进步一等奖;全年新增高新技术企业23家。",
        [
            ("hte_count", "new", 8052, None, 2023, "city", "actual"),
            ("hte_count", "new", 23, None, 2021, "city", "actual"),
        ],
    ),
    (
        "funds paid out (累计兑现研发投入资金超过1.1亿元) are an incentive, not R&D spending",
        "2020年,全区研发经费投入达到12.5亿元。近4年,全区累计兑现研发投入资金超过1.1亿元。",
        [("rd_expenditure", "level", 12.5, None, 2020, "city", "actual")],
    ),
    (
        "a change from the end of one five-year plan (从“十二五”末的319家增加到1229家) ends at the"
        " end of the next, in a text written after it; a year written with the end value stands",
        "2021年1月5日 甘肃日报\n甘肃高新技术企业数从“十二五”末的319家增加到1229家。技术合同成交额"
        "从“十二五”末的100亿元增加到2019年的180亿元。",
        [
            ("hte_count", "level", 319, None, 2015, "city", "actual"),
            ("hte_count", "level", 1229, None, 2020, "city", "actual"),
            ("tech_contract_turnover", "level", 100, None, 2015, "city", "actual"),
            ("tech_contract_turnover", "level", 180, None, 2019, "city", "actual"),
        ],
    ),
    (
        "facts of an undated text that names one year only (一是强研发。…48.41亿元… 二是育主体。"
        "2023年…) are of that year",
        "一是强研发。全市全社会研发投入经费48.41亿元,研发投入强度达1.76%。\n二是育主体。2023年共认定"
        "高新技术企业269家。",
        [
            ("hte_count", "new", 269, None, 2023, "city", "actual"),
            ("rd_expenditure", "level", 48.41, None, 2023, "city", "actual"),
            ("rd_gdp_ratio", "level", 1.76, None, 2023, "city", "actual"),
        ],
    ),
    (
        "a bar a list of provinces misses together (云南、…、西藏…不足1%) and one the places a"
        " count picks out pass (有7个设区市…超过1件) are no figure of any place",
        "2019年,全国研究与试验发展经费投入强度为2.23%。云南、内蒙古、贵州、海南、西藏研究与试验发展"
        "经费投入强度不足1%。全国万人发明专利拥有量达到13.3件,有7个设区市万人发明专利拥有量超过"
        "1件。",
        [
            ("invention_patents_per_10k", "level", 13.3, None, 2019, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.23, None, 2019, "city", "actual"),
        ],
    ),
    (
        "firms newly recognised and filed nationally (新认定国家备案高新技术企业51家) are a flow",
        "2011年,全市新认定国家备案高新技术企业51家,高新技术企业总数达到380家。",
        [
            ("hte_count", "level", 380, None, 2011, "city", "actual"),
            ("hte_count", "new", 51, None, 2011, "city", "actual"),
        ],
    ),
    (
        "goals are not folded: 突破4000家 and 力争4500家 are two targets",
        "到2025年,全市高新技术企业突破4000家,力争达到4500家。",
        [
            ("hte_count", "level", 4000, None, 2025, "city", "target"),
            ("hte_count", "level", 4500, None, 2025, "city", "target"),
        ],
    ),
    (
        "a line that is only a zone's name heads the paragraphs under it, in news of two zones",
        "两家开发区入选百强\n\n常州经济技术开发区\n\n当前,常州经开区拥有高新技术企业近500家。\n\n"
        "江苏省溧阳高新技术产业开发区\n\n溧阳高新区是第一个科技产业园区。\n\n"
        "2023年,园区实现规上工业总产值2203亿元;拥有高新技术企业192家。",
        [
            ("hte_count", "level", 500, None, 2023, "常州经开区", "actual"),
            ("hte_count", "level", 192, None, 2023, "溧阳高新技术产业开发区", "actual"),
        ],
    ),
    (
        "the change after an application count is a change in applications, count or share",
        "2023年,全市共申报推荐高新技术企业1311家,比上年增加164家,同比增长14.3%,创历史新高。",
        [],
    ),
    (
        "…while after the firms themselves it is the firms' change",
        "2023年,全市高新技术企业达1311家,比上年增加164家,同比增长14.3%。",
        [
            ("hte_count", "level", 1311, None, 2023, "city", "actual"),
            ("hte_count", "new", 164, None, 2023, "city", "actual"),
            ("hte_count", "growth", 14.3, None, 2023, "city", "actual"),
        ],
    ),
    (
        "a five-year plan's name opening a sentence (“十三五”,…) is its years: a level, the end",
        "关于推进创新型城区建设工作情况的报告\n受区人民政府委托,现将我区落实“十四五”科技创新规划"
        "工作情况汇报如下:\n一、“十三五”科技创新工作完成情况\n“十三五”,江北区深入实施科技强区战略。"
        "全社会R&D经费支出占GDP比重提高至3.4%,位列全省第9。",
        [("rd_gdp_ratio", "level", 3.4, None, 2020, "city", "actual")],
    ),
    (
        "a programme named by its horizon (面向2030年的…项目) dates no figure after it",
        "审查国务院关于2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告。\n"
        "四是强化创新引领。部署启动面向2030年的科技创新重大项目,新设6个国家自主创新示范区。"
        "技术交易额超过1万亿元。科技进步贡献率上升到56.2%。",
        [
            ("tech_contract_turnover", "level", 10000, None, 2016, "city", "actual"),
            ("st_progress_contribution", "level", 56.2, None, 2016, "city", "actual"),
        ],
    ),
    (
        "输出技术合同成交额 is the place's own turnover (its sellers'); 吸纳 is its buyers'",
        "2021年,安徽省吸纳技术合同成交额达2175.6亿元、输出技术合同成交额达1754.55亿元。",
        [
            ("tech_contract_by_performer", "level", 2175.6, None, 2021, "city", "actual"),
            ("tech_contract_turnover", "level", 1754.55, None, 2021, "city", "actual"),
        ],
    ),
    (
        "…but a performer's 输出 is that performer's part, and a group's sum (咸宁等5地) no figure",
        "湖北省技术市场发展报告\n2022年,湖北省技术合同成交额增长10%,科研机构输出技术合同成交额"
        "增长30%,医疗卫生机构输出技术合同成交额增长40%。咸宁等5地输出技术合同成交额合计1800.01亿元。",
        [
            ("tech_contract_turnover", "growth", 10, None, 2022, "city", "actual"),
            ("tech_contract_by_performer", "growth", 30, None, 2022, "city", "actual"),
            ("tech_contract_by_performer", "growth", 40, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a pass rate between a batch and its total (通过率为91.4%,总量达2630家) leaves the total "
        "the firms'; the firms an inspection visited are no figure",
        "调研组实地视察了2家高新技术企业。2022年,我市共有1025家企业通过国家高新技术企业认定,"
        "通过率为91.4%,总量达2630家,同比增长14.6%。",
        [
            ("hte_count", "new", 1025, None, 2022, "city", "actual"),
            ("hte_count", "level", 2630, None, 2022, "city", "actual"),
            ("hte_count", "growth", 14.6, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a bulletin's breakdown of R&D spending by activity and performer gives parts, not totals",
        "2012年全国共投入研究与试验发展(R&D)经费10298.4亿元,比上年增长18.5%。全国用于基础研究的经费"
        "支出为498.8亿元,比上年增长21.1%;应用研究经费支出1162亿元,增长13%;试验发展经费支出8637.6"
        "亿元,增长19.2%。政府属研究机构经费支出1548.9亿元。",
        [
            ("rd_expenditure", "level", 10298.4, None, 2012, "city", "actual"),
            ("rd_expenditure", "growth", 18.5, None, 2012, "city", "actual"),
        ],
    ),
    (
        "科技对GDP的贡献率 is the contribution of technological progress, written against GDP",
        "2022年,全县科技对GDP的贡献率达到52%,科技进步对地区生产总值增长的贡献率为55%。",
        [
            ("st_progress_contribution", "level", 52, None, 2022, "city", "actual"),
            ("st_progress_contribution", "level", 55, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a part after 其中 is counted as the whole before it is (达349家,其中…69户: both stocks), "
        "not as a verb earlier in the sentence (建成)",
        "2023年,全州建成创新平台30余个,各类科技型企业达349家,其中高新技术企业69户。",
        [
            ("tech_firm_count", "level", 349, None, 2023, "city", "actual"),
            ("hte_count", "level", 69, None, 2023, "city", "actual"),
        ],
    ),
    (
        "…and a part of a new count is new",
        "2023年,全市新增科技型企业349家,其中高新技术企业69家。",
        [
            ("tech_firm_count", "new", 349, None, 2023, "city", "actual"),
            ("hte_count", "new", 69, None, 2023, "city", "actual"),
        ],
    ),
    (
        "corner quotes of traditional pages (「十二五」末) read as “” do: a base year, a period",
        "「十三五」期間,全市研發投入強度由「十二五」末的1.8%提高到2.5%。",
        [
            ("rd_gdp_ratio", "level", 1.8, None, 2015, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.5, None, 2020, "city", "actual"),
        ],
    ),
    (
        "a no-break space of a web page (14\u00a0。08件) is a space: a damaged decimal point",
        "今年該區每萬人發明專利擁有量14\u00a0。08件,居全市前列。",
        [("invention_patents_per_10k", "level", 14.08, None, None, "city", "actual")],
    ),
    (
        "澂江縣, as traditional script writes 澄江县, is that county in a list of places",
        "2018年,玉溪市高新技術企業分佈:紅塔區16戶,通海縣15戶,澂江縣5戶,華寧縣4戶。",
        [
            ("hte_count", "level", 16, None, 2018, "红塔区", "actual"),
            ("hte_count", "level", 15, None, 2018, "通海县", "actual"),
            ("hte_count", "level", 5, None, 2018, "澄江县", "actual"),
            ("hte_count", "level", 4, None, 2018, "华宁县", "actual"),
        ],
    ),
    (
        "a PDF copy's space inside a word (新 增, 总 数) is no space: 新增 makes the count new",
        "2022年,全县新 增高新技术企业15家,高新技术企业总 数达到120家。",
        [
            ("hte_count", "new", 15, None, 2022, "city", "actual"),
            ("hte_count", "level", 120, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a share of a larger area's total (占比超全国总额的86%) is no ratio to GDP",
        "2024年,全国高新技术企业数量达到46.3万家,研发投入占比超全国总额的86%。",
        [("hte_count", "level", 463000, None, 2024, "city", "actual")],
    ),
    (
        "…but a total's share of the area's output (总量占全市生产总值的2.6%) is the ratio",
        "2023年,全市R&D经费投入总量占全市生产总值的2.6%。",
        [("rd_gdp_ratio", "level", 2.6, None, 2023, "city", "actual")],
    ),
    (
        "what a body plans to do (计划将…提高到) in news of last year's results is a goal",
        "2019年青岛市高新技术企业共有3829家。2020年,青岛市科技局计划将全市高新技术企业数量提高到"
        "4000家。",
        [
            ("hte_count", "level", 3829, None, 2019, "city", "actual"),
            ("hte_count", "level", 4000, None, 2020, "city", "target"),
        ],
    ),
    (
        "a place's R&D share in short (嘉兴R&D占比突破3.4%) is the intensity",
        "2023年,嘉兴R&D占比突破3.4%,国家高新技术企业达到3698家。",
        [
            ("rd_gdp_ratio", "level", 3.4, None, 2023, "city", "actual"),
            ("hte_count", "level", 3698, None, 2023, "city", "actual"),
        ],
    ),
    (
        "the five years a work report of March reviews (这五年) end with the year before; the "
        "year a multiple is of (是2016年的4.6倍) dates neither the figure nor the text",
        "西安财政总收入超过1800亿元 是2016年的1.6倍\n来源:华商网 时间:2022-03-29 10:20:06\n"
        "3月29日,西安市市长作政府工作报告。这五年,国家高新技术企业超过7000家,是2016年的4.6倍。",
        [("hte_count", "level", 7000, None, 2021, "city", "actual")],
    ),
    (
        "…and what the past five years brought (过去五年,…提高7个百分点) is reported, not aimed "
        "at, in a text that announces a plan",
        "广西将实施科技强桂行动\n来源:新华网 时间:2021-03-16 10:00:00\n3月16日,广西举行新闻发布会。"
        "记者于发布会获悉,过去五年,全区科技进步贡献率提高7个百分点,R&D经费投入强度增长约8.3%。"
        "即将印发的《广西科技强桂三年行动方案(2021—2023年)》提出,到2023年全区高新技术企业数量达"
        "4200家。",
        [
            ("st_progress_contribution", "growth", 7, None, 2020, "city", "actual"),
            ("rd_gdp_ratio", "growth", 8.3, None, 2020, "city", "actual"),
            ("hte_count", "level", 4200, None, 2023, "city", "target"),
        ],
    ),
    (
        "the year just reviewed (过去的一年) in an undated text is the year written last "
        "before it (2018年工作回顾), not the title's",
        "文似观山不喜平 — — 观山文库◆记住我,来上我~\n\n2019年昆山市政府工作报告\n\n"
        "admin 分享 时间: 加入收藏 共计18667个字\n\n政府工作报告\n\n代市长周旭东\n\n各位代表:\n\n"
        "现在,我代表市人民政府,向大会报告政府工作,请予审议。\n\n2018年工作回顾\n\n"
        "过去的一年,在市委的正确领导下,我们坚持稳中求进工作总基调,较好地实现了主要目标任务。"
        "预计完成地区生产总值3875亿元,比上年增长7%;全社会研发投入占比3.3%。\n",
        [("rd_gdp_ratio", "level", 3.3, None, 2018, "city", "actual")],
    ),
    (
        "a goal named after a fact word (目前…即将印发《…》,目标到2023年,…) governs the figures "
        "after it",
        "蹇兴超介绍,目前全区即将印发《科技强桂三年行动方案(2021—2023年)》,目标到2023年,全区研发"
        "投入强度突破1.3%,高新技术企业数量达4200家。",
        [
            ("rd_gdp_ratio", "level", 1.3, None, 2023, "city", "target"),
            ("hte_count", "level", 4200, None, 2023, "city", "target"),
        ],
    ),
    (
        "the firms' R&D costs 相当于营业收入的比例 are R&D over revenue, as statistics bureaus "
        "word it",
        "2019年上半年,全省规模以上工业研发费用增长15.6%,研发费用相当于营业收入的比例为2.0%。",
        [
            ("enterprise_rd_expenditure", "growth", 15.6, None, 2019, "city", "actual"),
            ("rd_revenue_ratio", "level", 2.0, None, 2019, "city", "actual"),
        ],
    ),
    (
        "the contribution of S&T to the growth of the area a text calls its own (该省, 我市)",
        "“十三五”期间,甘肃科技对该省经济增长贡献率达到55.1%。2022年,科技进步对我市经济增长的"
        "贡献率为60%。",
        [
            ("st_progress_contribution", "level", 55.1, None, 2020, "city", "actual"),
            ("st_progress_contribution", "level", 60, None, 2022, "city", "actual"),
        ],
    ),
    (
        "a range written with a look-alike dash (3\u20125家, U+2012 figure dash) is a range",
        "2024年,全县力争新增高新技术企业3\u20125家。",
        [("hte_count", "new", 3, 5, 2024, "city", "target")],
    ),
    (
        "firms that pass the review of a recognition the sentence named are new ones of it",
        "2017年,全县新申报高新技术企业30家,共21家企业通过评审。",
        [("hte_count", "new", 21, None, 2017, "city", "actual")],
    ),
    (
        "firms that succeed (成功通过认定) in a recognition the sentence named are new ones",
        "近日,2024年国家高新技术企业认定结果公布,全县共有15家企业成功通过认定。",
        [("hte_count", "new", 15, None, 2024, "city", "actual")],
    ),
    (
        "the part of a batch 为新认定 after its count is the new firms among them",
        "2023年,全县通过国家高新技术企业复审和认定12家,其中5家企业为新认定。",
        [("hte_count", "new", 5, None, 2023, "city", "actual")],
    ),
    (
        "the third of three growth rates listed after 分别…增长 is a growth rate too",
        "2023年,全市登记技术合同4149项,技术合同成交额达到40.5亿元,研发经费投入25.38亿元,"
        "分别比2022年增长了15.4%、17.9%、11.62%。",
        [
            ("rd_expenditure", "growth", 11.62, None, 2023, "city", "actual"),
            ("rd_expenditure", "level", 25.38, None, 2023, "city", "actual"),
            ("tech_contract_count", "growth", 15.4, None, 2023, "city", "actual"),
            ("tech_contract_count", "level", 4149, None, 2023, "city", "actual"),
            ("tech_contract_turnover", "growth", 17.9, None, 2023, "city", "actual"),
            ("tech_contract_turnover", "level", 40.5, None, 2023, "city", "actual"),
        ],
    ),
    (
        "firms approved (批准) as high-tech are new ones; those that listed shares are no count",
        "2016年,全县批准5家高新技术企业,3家高新技术企业已成功在主板上市。",
        [("hte_count", "new", 5, None, 2016, "city", "actual")],
    ),
    (
        "a goal of high-tech firms to list on a market is no goal for their count",
        "到2025年,全市力争实现20家左右高新技术企业在境内外证券市场上市。",
        [],
    ),
    (
        "a benchmark's own figure after 高于全国 is the country's, its rate named after it",
        "郑州市科技局\n2022年,全市研发投入强度达到2.8%,高于全国2.4%的平均水平;研发经费增长"
        "15.2%,高于全国10.1%的增速。",
        [
            ("rd_expenditure", "growth", 10.1, None, 2022, "全国", "actual"),
            ("rd_expenditure", "growth", 15.2, None, 2022, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.4, None, 2022, "全国", "actual"),
            ("rd_gdp_ratio", "level", 2.8, None, 2022, "city", "actual"),
        ],
    ),
    (
        "增加值 opening a clause of a sentence on the high-tech industry is that industry's",
        "2018年1至4月,全省高新技术产业继续保持快速发展态势,增加值同比增长12.5%,"
        "占规模以上工业增加值的比重为18.9%。",
        [
            ("hitech_va", "growth", 12.5, None, 2018, "city", "actual"),
            ("hitech_va_share", "level", 18.9, None, 2018, "city", "actual"),
        ],
    ),
    (
        "the size threshold written before the high-tech firms (规模以上的高技术产业企业)",
        "2006年,全国规模以上的高技术产业企业实现工业总产值41322亿元。",
        [("hitech_output", "level", 41322, None, 2006, "city", "actual")],
    ),
    (
        "a person whose name opens with a city's stem (吴忠泽介绍说) names no place",
        "科技部副部长吴忠泽在兰州透露,近五年我国高新技术产业快速发展。吴忠泽介绍说,2006年规模以上的"
        "高技术产业企业实现工业总产值41322亿元。",
        [("hitech_output", "level", 41322, None, 2006, "city", "actual")],
    ),
    (
        "firms on a list of the status the sentence named (…名单,…N家企业入选) are new ones of it",
        "日前,省科技厅公布了2023年第二批高新技术企业认定名单,全市共85家企业入选。",
        [("hte_count", "new", 85, None, 2023, "city", "actual")],
    ),
    (
        "…but not one late batch of a register filled month by month (第九批…名单)",
        "日前,市科技局公示了今年第九批国家科技型中小企业名单,全区563家企业入选。截至目前,全区入库"
        "国家科技型中小企业5018家。",
        [("tech_sme_count", "level", 5018, None, None, "city", "actual")],
    ),
    (
        "…but firms that make a list of another kind are no count of it",
        "2023年,全市高新技术企业达到300家,其中12家企业入选省级专精特新企业。",
        [
            ("hte_count", "level", 300, None, 2023, "city", "actual"),
            ("specialized_sme_count", "new", 12, None, 2023, "city", "actual"),
        ],
    ),
    (
        "firms a place hosts (聚集) are its stock, even in a review of a plan's years",
        "作为全省建设科技创新中心的主平台,“十四五”期间,全区加速释放产业新动能,壮大创新型企业集群,"
        "聚集超2300家国家高新技术企业。",
        [("hte_count", "level", 2300, None, 2025, "city", "actual")],
    ),
    (
        "firms counted after a count of persons are no more persons (人才1100人,企业超过3200家)",
        "到2026年,全市培育高端人才1100人,聚集企业超过3200家。",
        [("high_level_talents", "new", 1100, None, 2026, "city", "target")],
    ),
    (
        "firms that renew the status (通过复审) are neither new ones nor the stock",
        "2014年,全市共有45家高新技术企业通过复审,新认定高新技术企业30家。",
        [("hte_count", "new", 30, None, 2014, "city", "actual")],
    ),
    (
        "…nor the part of a batch applying for renewal that passed (申请复审的93家…中91家)",
        "2014年,我市申请复审的93家高新技术企业中91家通过,高新技术企业总数达到560家。",
        [("hte_count", "level", 560, None, 2014, "city", "actual")],
    ),
    (
        "each place of a list of what each has (绵阳有838家、德阳有446家…) takes the count",
        "四川省科技厅\n2023年,成都有效国家高新技术企业达到13146家。绵阳有838家、德阳有446家、"
        "宜宾有387家、达州有259家。",
        [
            ("hte_count", "level", 13146, None, 2023, "成都市", "actual"),
            ("hte_count", "level", 259, None, 2023, "达州市", "actual"),
            ("hte_count", "level", 387, None, 2023, "宜宾市", "actual"),
            ("hte_count", "level", 446, None, 2023, "德阳市", "actual"),
            ("hte_count", "level", 838, None, 2023, "绵阳市", "actual"),
        ],
    ),
    (
        "an autonomous prefecture's short name (红河州) in its own text is the whole area",
        "红河哈尼族彝族自治州科学技术局\n5年来,红河州财政科技支出力度不断加大。2016年红河州财政科技"
        "支出占财政支出比重为0.3%。",
        [("fiscal_st_share", "level", 0.3, None, 2016, "city", "actual")],
    ),
    (
        "a larger area then its rank (全省排第3名) is a comparison, not the figure's place",
        "红河哈尼族彝族自治州科学技术局\n2016年全州研发经费投入11.8亿元,全省排第2名,投入强度0.88%,"
        "全省排第3名。",
        [
            ("rd_expenditure", "level", 11.8, None, 2016, "city", "actual"),
            ("rd_gdp_ratio", "level", 0.88, None, 2016, "city", "actual"),
        ],
    ),
    (
        "high-tech firms above a revenue bar (销售收入上2亿的) are a part, not the area's count",
        "2018年,全市销售收入上2亿的高新技术企业从10家激增至20家,全市有效高新技术企业总数75家。",
        [("hte_count", "level", 75, None, 2018, "city", "actual")],
    ),
    (
        "the turnover registered (技术合同交易登记总额) is the turnover; what buyers bought is not",
        "2024年,全区技术合同交易登记总额完成登记58.5亿,吸纳沪浙苏高校院所技术合同855万元。",
        [("tech_contract_turnover", "level", 58.5, None, 2024, "city", "actual")],
    ),
    (
        "国高企业 is 国家高新技术企业 in short; a daily average of new ones is no year's count",
        "2023年,全区国高企业数量达到7061家,日均新增2.5家。",
        [("hte_count", "level", 7061, None, 2023, "city", "actual")],
    ),
    (
        "超 before a share after a clause of general progress (指标稳步提升) is its level",
        "2018年,主要科技创新指标稳步提升,科技进步贡献率预计超58.5%。",
        [("st_progress_contribution", "level", 58.5, None, 2018, "city", "actual")],
    ),
    (
        "…but after a clause that names a rate (增速较快), 突破 the rate's value",
        "2018年,全市研发经费增速较快,突破20%。",
        [("rd_expenditure", "growth", 20, None, 2018, "city", "actual")],
    ),
    (
        "交易规模 after a count of contracts is their turnover",
        "近年来全省技术交易发展迅速,2013年共签订技术合同3万多项,交易规模由2007年的230亿元提升至"
        "2013年的746.9亿元。",
        [
            ("tech_contract_count", "level", 30000, None, 2013, "city", "actual"),
            ("tech_contract_turnover", "level", 230, None, 2007, "city", "actual"),
            ("tech_contract_turnover", "level", 746.9, None, 2013, "city", "actual"),
        ],
    ),
    (
        "tech SMEs that list their shares (在新三板挂牌的科技型中小企业) are a part, not the count",
        "2016年,全省科技型中小企业发展到3.8万家,在“新三板”挂牌的科技型中小企业达120家。",
        [("tech_sme_count", "level", 38000, None, 2016, "city", "actual")],
    ),
    (
        "a share that moved (比重由15%提高到24%) after a count of firms is no value of the count",
        "2016年,全省科技型中小企业达到3.8万家,新兴产业领域的科技型中小企业快速发展,比重由2013年的"
        "15%提高到24%。",
        [("tech_sme_count", "level", 38000, None, 2016, "city", "actual")],
    ),
    (
        "companies (公司) counted as they gain the status are new ones too",
        "2019年,全县共有6家公司被认定为国家高新技术企业。",
        [("hte_count", "new", 6, None, 2019, "city", "actual")],
    ),
]

# The same small table of figures by year, in simplified script and ASCII digits (as a plain
# copy has it), in traditional script, and in full-width digits and bars (as some portals print)
_YEAR_TABLE = (
    "XX市科技统计简表\n| 指标 | 2021年 | 2022年 |\n| 高新技术企业数(家) | 1113 | 1321 |\n"
    "| 技术合同成交额(亿元) | 85.6 | 102.4 |\n| 研发投入强度(%) | 2.31 | 2.45 |\n"
)
_YEAR_TABLE_TRADITIONAL = (
    "XX市科技統計簡表\n| 指標 | 2021年 | 2022年 |\n| 高新技術企業數(家) | 1113 | 1321 |\n"
    "| 技術合同成交額(億元) | 85.6 | 102.4 |\n| 研發投入強度(%) | 2.31 | 2.45 |\n"
)
_YEAR_TABLE_FULL_WIDTH = (
    "XX市科技统计简表\n｜指标｜２０２１年｜２０２２年｜\n｜高新技术企业数（家）｜１１１３｜１３２１｜\n"
    "｜技术合同成交额（亿元）｜８５．６｜１０２．４｜\n｜研发投入强度（％）｜２．３１｜２．４５｜\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _YEAR_TABLE_TRADITIONAL,
        _YEAR_TABLE_FULL_WIDTH,
        _YEAR_TABLE.replace("\n", "\r"),
        _YEAR_TABLE.replace("\n| 技术合同", "\n— 3 —\n| 技术合同"),
        _YEAR_TABLE.replace("\n| 技术合同", "\n\u200b| 技术合同").replace("85.6", "8\u200b5.6"),
    ],
    ids=["traditional", "full_width", "old_mac_line_ends", "page_number", "zero_width"],
)
def test_a_table_reads_the_same_in_another_script_width_or_line_end(text):
    """A table is read from the text as analysed (simplified, half-width, one kind of line
    end, a copy's page number between two rows blanked, invisible characters out), at the raw
    offsets: its figures are those of the same table in simplified script, ASCII and Unix
    lines, quoted as written."""
    expected = [
        ("hte_count", "level", 1113, None, 2021, "city", "actual"),
        ("hte_count", "level", 1321, None, 2022, "city", "actual"),
        ("rd_gdp_ratio", "level", 2.31, None, 2021, "city", "actual"),
        ("rd_gdp_ratio", "level", 2.45, None, 2022, "city", "actual"),
        ("tech_contract_turnover", "level", 102.4, None, 2022, "city", "actual"),
        ("tech_contract_turnover", "level", 85.6, None, 2021, "city", "actual"),
    ]
    assert _rows(_YEAR_TABLE) == sorted(expected, key=str)
    assert _rows(text) == sorted(expected, key=str)
    doc = build_document(text, doc="plan.txt")
    quotes = set(cp.extract_targets(cp.Corpus(docs=[doc])).quote)
    assert quotes and all(q in text for q in quotes)  # the raw text, as the page printed it
    if text not in (_YEAR_TABLE_TRADITIONAL, _YEAR_TABLE_FULL_WIDTH):
        return
    assert any("１１１３" in q or "高新技術企業" in q for q in quotes)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rule(case):
    """Each case: (name, text, expected rows[, the page address the text was copied from])."""
    _name, text, expected, *source = case
    assert _rows(text, *source) == sorted(expected, key=str)


def test_since_a_year_in_a_review_of_it_dates_its_figures_that_year():
    """2022年以来,… in a text of March 2023 reports 2022, though its headline names a five-year
    plan it carries out (whose period would date a figure 2025)."""
    rows = _rows(
        "市科技局积极推动《某市科技创新“十四五”规划》重点任务落实\n发布时间:2023-03-06\n"
        "2022年以来,市科技局深入实施创新驱动发展战略。评价入库科技型中小企业5541家。技术合同成交额"
        "达541.2亿元。"
    )
    assert {(r[0], r[2], r[4]) for r in rows} == {
        ("tech_sme_count", 5541, 2022),
        ("tech_contract_turnover", 541.2, 2022),
    }


def test_news_that_names_no_year_is_of_the_year_of_its_own_date_line():
    """News of results that names no year (今年, 上半年) under a date line of its own, after the
    first quarter, reports on its date's year, as its figures are dated; in the first quarter
    it may report the year before, and is left undated. (The documents table shows it: the
    tags resolution reads stay as tagging found them.)"""
    body = (
        "头灶镇国家高企总数首超20家\n来源:东台日报 日期:{}\n"
        "据悉,头灶镇今年通过国家高新技术企业10家。"
    )
    row = build_document(body.format("2023-12-05 08:54:46"), doc="a.txt").row()
    assert (row["period_start"], row["period_end"]) == (2023, 2023)
    assert "period_start=the year of its date line and its figures" in row["field_sources"]
    row = build_document(body.format("2023-02-05 08:54:46"), doc="a.txt").row()
    assert (row["period_start"], row["period_end"]) == (None, None)


def test_news_of_carrying_out_a_plan_is_not_its_period():
    """News titled as carrying out a plan (认真贯彻落实…行动计划) reports on its work: the period
    of the plan it cites (2018-2020年) is not the news item's."""
    tags = _tags(
        "张家口市认真贯彻落实省科技创新三年行动计划\n发布日期:2018-10-29\n张家口市全面贯彻落实"
        "河北省科技创新三年行动计划各项目标任务。一是高度重视抓落实。出台了《张家口市科技创新三年"
        "行动计划(2018-2020年)》和《张家口市支持科技创新的若干措施》。二是抓落实。截止9月底,"
        "新认定科技型中小企业132家。"
    )
    assert tags["doc_type"] is None
    assert tags["period_end"] != 2020


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (  # the outlet on its own line with its date carried the text; 全省 is its subject
            "5月安徽规上工业增加值增幅居中部第三\n合肥日报 2017-07-03 01:36\n本报讯 省统计局"
            "最新统计显示,5月份,全省规上工业增加值922亿元。全省高新技术产业增加值占规上工业的比重"
            "提高到39.5%。",
            None,
            {"city": None, "province": "安徽省", "admin_level": "province"},
        ),
        (  # a work report's speaker names whose government it is, whatever city it compares
            "政府工作报告\n现在,我代表常熟市人民政府,向大会报告工作。一般公共预算收入增速高于苏州"
            "平均,总量增速均居苏州第二,工业投资连续6年领跑苏州,研发经费占GDP比重提升至4.18%。",
            None,
            {"city": "常熟市", "province": "江苏省", "admin_level": "county"},
        ),
        (  # …of a district whose name several cities have, told apart by its city
            "政府工作报告\n现在,我代表长春市朝阳区人民政府,向大会报告工作。全区高新技术企业150家。",
            None,
            {"city": "朝阳区", "province": "吉林省", "admin_level": "district"},
        ),
        (  # a news item: place from the organ that speaks and 全县
            "科技创新推动新质生产力发展\n发布时间:2024-05-21\n东至县科技局以科技创新推动发展,"
            "全县高新技术企业达到47家。",
            None,
            {"city": "东至县", "province": "安徽省", "admin_level": "county"},
        ),
        (  # a zone as the subject of the lead: the zone's city
            "高企数量如何翻番?株洲高新区打出组合拳。如今,这里的高企总数达到1200家。",
            None,
            {"city": "株洲市", "admin_level": "zone", "zone": "株洲高新区"},
        ),
        (  # the city's bulletin cited as the source of a district's figures: the district's
            "广州南沙2021年R&D经费投入突破百亿\n根据日前广州市统计局、科技局发布的《2021年广州市"
            "主要科技活动情况公报》,2021年南沙区研发经费投入总量首次突破一百亿元,达116.21亿元。",
            None,
            {"city": "南沙区", "admin_level": "district"},
        ),
        (  # the nation opens the lead with its figure; the provinces named are its parts
            "2019年,全国共投入研究与试验发展(R&D)经费22143.6亿元,增长12.5%。其中,北京研究与试验"
            "发展经费投入强度最大达6.31%,上海位居第二,为4%。",
            None,
            {"city": None, "province": None, "admin_level": None},
        ),
        (  # a province named before the nation: the province's text, the nation its yardstick
            "广东高新技术企业数量连续七年全国第一\n2022年,全国高新技术企业达到40万家,广东高新技术"
            "企业超过6.9万家,江苏、北京分列第二、第三。",
            None,
            {"province": "广东省", "admin_level": "province"},
        ),
        (  # 全国 inside a name (北京全国科技创新中心) is no national subject
            "北京全国科技创新中心建设跑出加速度\n2018年,北京科技创新中心指数得分322.9,北京研发"
            "投入强度达6.17%。",
            None,
            {"city": "北京市", "province": "北京市", "admin_level": "province"},
        ),
        (  # R&D written out (研究与试验发展) is the topic too: the text's place is found
            "2020年,江苏省研究与试验发展经费投入强度达到2.93%。",
            None,
            {"province": "江苏省", "admin_level": "province"},
        ),
        (  # news of a plan's release: the plan its title names, cited with its years
            "日照出台建设国家创新型城市三年行动方案\n6月23日,日照市新闻办召开新闻发布会,介绍"
            "《日照市建设国家创新型城市三年行动方案(2022—2024年)》有关情况。到2024年,全市高新"
            "技术企业达到800家。",
            None,
            {"doc_type": "方案", "period_start": 2022, "period_end": 2024},
        ),
        (  # a source cited that names the only place: still the text's place
            "根据郑州市统计局发布的《2021年郑州市统计公报》,全市高新技术企业达到4100家。",
            None,
            {"city": "郑州市", "admin_level": "prefecture"},
        ),
        (  # the text says only 我县: the page address spells the county
            "我市2023年科技工作总结\n全市高新技术企业达到350家。",
            "https://www.zhuji.gov.cn/art/2023/art_1.html",
            {"city": "诸暨市", "province": "浙江省", "admin_level": "county"},
        ),
        (  # 特制定…行动方案 and a cited 纲要: the type is 方案, the 纲要 is not the title
            "为深入实施创新驱动发展战略,根据《某省国民经济和社会发展第十四个五年规划纲要》,"
            "特制定本行动方案。\n一、总体要求",
            None,
            {"doc_type": "方案"},
        ),
        (  # a provincial bulletin that names its cities about equally: the province's
            "2021年全省研究与试验发展经费投入统计公报\n全省研发经费投入强度为1.5%。南宁市、柳州市、"
            "桂林市分别为2.1%、1.8%和1.2%。",
            None,
            {
                "city": None,
                "province": "广西壮族自治区",
                "admin_level": "province",
                "doc_type": "公报",
            },
        ),
        (  # a plan named deep in a meeting report is one of its items, not its title
            "首页 » 新闻动态\n2022年全州科技工作会议召开\n4月12日,全州科技工作会议召开。会议回顾了"
            "2021年科技工作,部署2022年工作。州科技局局长讲话。会议指出,全州科技系统深入"
            "贯彻落实各项决策部署,加快推进科技创新,为高质量发展提供支撑。全州全社会研发投入4.6亿元,"
            "技术合同成交额9.8亿元;印发实施《恩施州“十四五”科技创新规划》;新认定高新技术企业"
            "21家。",
            None,
            {"city": "恩施土家族苗族自治州", "admin_level": "prefecture", "doc_type": None},
        ),
        (  # 传达州人民政府: 达州 inside the word 传达 is no place
            "全州科技工作会议召开\n州科技局局长传达州人民政府副州长的批示。大理州高新技术企业达到"
            "120家,全州研发投入强度0.9%。",
            None,
            {"city": "大理白族自治州", "admin_level": "prefecture"},
        ),
        (  # 是“十二五”末的3倍: the end of a five-year plan is a base, not the period reviewed
            "高企数量创新高\n记者从市科技局获悉,经过五年培育,泰安高新技术企业数达到460家,是"
            "“十二五”末的3倍。",
            None,
            {"city": "泰安市", "period_start": None, "period_end": None},
        ),
        (  # 全市 and several counties of one prefecture named about equally: the prefecture's
            "2023年,全市规上工业企业研发费用增长较快。其中宁乡市、浏阳市增速居前两位,望城区、"
            "长沙县增速居后两位。宁乡市、浏阳市高新技术企业分别新增80家和75家,望城区、长沙县"
            "分别新增60家和66家。",
            None,
            {"city": "长沙市", "admin_level": "prefecture"},
        ),
        (  # the city in the headline, its districts in the body: still the city's text
            "遵义市研究与试验发展投入稳步提升\n2022年,遵义市全社会研发经费投入21.3亿元,增长9.1%。"
            "分区县看,汇川区4.2亿元,红花岗区3.1亿元;汇川区增长12.1%,红花岗区增长8.5%。"
            "汇川区、红花岗区位居前两位。",
            None,
            {"city": "遵义市", "admin_level": "prefecture"},
        ),
        (  # policies listed as past work are not what the text is
            "科技创新支点城市建设情况发布会召开\n近年来,我市先后出台了《关于加快建设科技创新强市的"
            "若干措施》《科技创新强市建设行动方案(2023—2027)》等政策文件。2021年以来,全市新增"
            "国家高新技术企业120家,发展到356家。",
            None,
            {"doc_type": None},
        ),
        (  # a notice that issues two documents: the first is its title
            "某市人民政府印发《关于推进创新型城市建设的实施意见》和《创新型城市建设评价指标体系》的"
            "通知\n各县(市)区人民政府:现予以印发,请认真贯彻执行。",
            None,
            {"doc_type": "意见"},
        ),
        (  # a county named once among speakers beside its city: the city's meeting
            "市长在全市科技工作会议上的讲话\n发布时间:2022-07-22\n\n刚才,同志们回顾总结了2021年科技"
            "工作;旬阳市、安康高新区、市农科院作了交流发言。全市高新技术企业达到120家。市委、市政府"
            "高度重视科技工作。",
            None,
            {"city": "安康市", "admin_level": "prefecture"},
        ),
        (  # a county-level city formed in 2017 (神木县 before): the gazetteer knows it
            "神木市以科技创新推动经济高质量发展\n神木市人民政府办公室 2021年3月24日\n今年以来,"
            "神木市全年新增高新技术企业5家。",
            None,
            {"city": "神木市", "admin_level": "county", "province": "陕西省"},
        ),
        (  # a meeting of 2024 that reviews 2023 and plans 2024: both years (LABELLING.md)
            "2024-03-08 10:33:35\n3月6日,某县召开2024年科技工作会议,总结2023年工作成效,谋划2024年"
            "工作任务。",
            None,
            {"period_start": 2023, "period_end": 2024},
        ),
        (  # a meeting of 2021 that only reports 2020's results: the year reported alone
            "2021-01-20\n2020年,全省高新技术企业达到1900家。这是日前记者从2021年全省科技工作会议上"
            "获悉的。",
            None,
            {"period_start": 2020, "period_end": 2020},
        ),
        (  # a firm named after a place (青岛先楚集团) says nothing of where the text is from;
            # 我市 again and again beside one county (紫云县): the text is its prefecture's
            "2019年,我市推进科技成果转化,综合科技进步水平指数58.4%。紫云县畜牧服务中心获省科技进步"
            "二等奖。青岛先楚集团向紫云县捐赠20万元,青岛海尔集团与紫云县企业签订订单。我市全社会R&D"
            "投入达到5.06亿元。我市新增国家级高新技术企业23家。",
            None,
            {"city": "安顺市", "province": "贵州省", "admin_level": "prefecture"},
        ),
        (  # 全市 once, in a county's text: a ranking quoted, the county stays
            "浦江县科技创新\n浦江县新增高新技术企业25家,研发投入增长12%,总量居全市第三。"
            "浦江县科技型中小企业达到300家。",
            None,
            {"city": "浦江县", "admin_level": "county"},
        ),
        (  # a report's name comes before the words that say it reviews a year: a report
            "1月15日,广东省十四届人大三次会议开幕。2025年广东省政府工作报告在总结2024年工作时指出,"
            "全省研发投入强度3.6%左右。",
            None,
            {"doc_type": "报告"},
        ),
        (  # a downloaded file's name is a title line: 汇报材料 reviews work done
            "全县调研科技工作汇报材料.docx\n近年来,县委、县政府高度重视科技工作,全县新增高新技术企业"
            "6家。",
            None,
            {"doc_type": "总结", "admin_level": "county"},
        ),
        (  # a part a comparison picks out (比重最高的是高港区) is not the text's place
            "2018年,泰州市高新技术产业产值达3244.99亿元,同比增长11.79%,高新技术产业产值占规模以上"
            "工业总产值的比重达到44.22%。各市(区)高新技术产业产值也实现了稳定增长,其中高新技术产业"
            "产值占规模工业总产值比重最高的是高港区,达到56.5%;高新技术产业产值最高的也是高港区,达到"
            "809.41亿元;高新技术产业产值同比增长最快的是高新区,增幅达21.71%。\n来源:泰州市科技局\n",
            None,
            {"city": "泰州市", "admin_level": "prefecture"},
        ),
        (  # a zone named as the subject after the occasion (…博览会期间,) is the text's; its name
            # starts with a county-level city's stem (昌吉)
            "9月1日,记者获悉,第六届中国—亚欧博览会期间,昌吉国家高新技术产业开发区重点围绕装备制造、"
            "新型材料和生物科技三大主导产业宣传推介。截至目前,入园企业达835家,其中高新技术企业39家。",
            None,
            {"city": "昌吉市", "admin_level": "zone", "zone": "昌吉国家高新技术产业开发区"},
        ),
        (  # …but a municipality's zone named by the city is one zone (天津经开区), the text's own
            "2022年天津经开区科技型中小企业总量突破1000家\n日前,天津市科技局公布入库科技型中小企业名单。"
            "2022年天津经开区国家科技型中小企业入库总量达到1137家,同比增长15.7%。",
            None,
            {"city": "天津市", "admin_level": "zone", "zone": "天津经开区"},
        ),
        (  # a plan the news quotes (《…规划》明确提出) is not its title; the zone is its subject
            "举全域之力 建区域核心——襄阳高新区打造创新驱动引领区纪实\n2022-04-07 09:32:51\n"
            "《襄阳市科技创新“十四五”规划》明确提出,襄阳高新区要打造成为区域性科技创新中心核心区。\n"
            "2021年,襄阳高新区高新技术企业总数达到401家。",
            None,
            {"city": "襄阳市", "admin_level": "zone", "doc_type": None, "zone": "襄阳高新区"},
        ),
        (  # the S&T and statistics bureaus publishing a year's statistics: a bulletin
            "苏州市科学技术局、苏州市统计局关于公布2010年苏州市高新技术产业主要统计数据的通知\n"
            "2010年,全市高新技术产业实现产值10513亿元。",
            None,
            {"doc_type": "公报", "period_start": 2010, "period_end": 2010},
        ),
        (  # …but news of a joint 通报 by several bureaus is no bulletin of its own
            "近日,省科技厅、财政厅、税务局、统计局联合发布2020年全省高新技术企业认定和高新技术产业"
            "发展情况的通报。2020年,济宁市高新技术企业拥有量达到614家。",
            None,
            {"doc_type": None},
        ),
        (  # a plan whose opening says in which year its work is done: that year
            "关于印发《南阳市“科技创新年”活动实施方案》的通知\n为深入贯彻落实党的二十大精神,市委、"
            "市政府决定,2024年在全市开展“科技创新年”活动,现制定如下实施方案。",
            None,
            {"doc_type": "方案", "period_start": 2024, "period_end": 2024},
        ),
        (  # a province's zones named together (河北高新区) are not one zone: the province's text
            "五年内河北高新区工业总产值或达8000亿\n2012年,河北省11个高新区实现高新技术产值1910亿元,"
            "研发经费占GDP比重为3.5%。",
            None,
            {"province": "河北省", "admin_level": "province", "zone": None},
        ),
        (  # a plan implementing another (落实…实施方案) runs over the period of the one it cites
            "南宁市落实科技强桂行动实施方案\n为深入实施创新驱动发展战略,根据《自治区党委办公厅、自治区"
            "人民政府办公厅关于印发〈科技强桂三年行动方案( 2021— 2023 年)〉的通知》要求,结合我市"
            "实际,制定本实施方案。",
            None,
            {"doc_type": "方案", "period_start": 2021, "period_end": 2023},
        ),
        (  # a plan's period printed on the line under its title
            "内蒙古高质量发展科技赋能实施方案\n(2023—2025年)\n为深入贯彻落实党的二十大精神,推动"
            "《科技创新赋能东北全面振兴取得新突破行动计划(2023—2025年)》落地见效,制定本实施方案。",
            None,
            {"doc_type": "方案", "period_start": 2023, "period_end": 2025},
        ),
        (  # a year after the text's own date is a goal, never the year reported
            "四川:2025年建成国家创新驱动发展先行省\n2021-01-12\n在1月11日召开的2021年四川省科技"
            "工作会上,全省高新技术企业数达到8000家。",
            None,
            {"period_start": 2021},
        ),
        (  # a signature date (2018年1月16日) is not the year a bulletin reports
            "四川省统计局 四川省科学技术厅\n2018年1月16日\n2016年,全省共投入研究与试验发展(R&D)"
            "经费561.4亿元,比上年增加58.5亿元。",
            None,
            {"period_start": 2016, "period_end": 2016},
        ),
        (  # …unless the lead names no other year: 今年以来 under a dated line is that year
            "神木市科技创新稳步推进\n神木市人民政府办公室 2021年3月24日\n今年以来,神木市新增"
            "高新技术企业5家。",
            None,
            {"period_start": 2021, "period_end": 2021},
        ),
        (  # a title that reviews one year and plans the next: a summary, both years
            "县科技局2019年工作总结和2020年工作思路\n2019年,全县新认定高新技术企业12家。",
            None,
            {"doc_type": "总结", "period_start": 2019, "period_end": 2020},
        ),
        (  # …also when it calls the review 完成情况 and ends 的报告
            "关于2018年主要任务完成情况及2019年工作计划的报告\n一、2018年主要任务完成情况\n全年新认定"
            "高新技术企业51家。",
            None,
            {"doc_type": "总结", "period_start": 2018, "period_end": 2019},
        ),
        (  # news of a year's results that sets goals for the next: both years
            "科技工作会议召开\n2022年,全市高新技术企业达到860家。2023年力争高新技术企业突破"
            "1000家。",
            None,
            {"period_start": 2022, "period_end": 2023},
        ),
        (  # goals further ahead belong to a longer plan the news quotes: the year reported alone
            "科技工作会议召开\n2022年,全市高新技术企业达到860家。力争到2025年高新技术企业突破"
            "1500家。",
            None,
            {"period_start": 2022, "period_end": 2022},
        ),
        (  # a plan that says only when it ends: its start is not known
            "关于加快科技创新的实施方案\n到2023年,全省高新技术企业达到1.5万家。",
            None,
            {"doc_type": "方案", "period_start": None, "period_end": 2023},
        ),
        (  # a county named by its stem in the headline
            "创新,让郫都的发展引擎动力更强劲\n“十三五”以来,全区累计培育高新技术企业209家。",
            None,
            {"city": "郫都区", "province": "四川省", "admin_level": "district"},
        ),
        (  # 新建 is a common word, not 新建区; 塔城地区 from its counties named alike
            "我地区新建一批创新平台\n2022年,额敏县高新技术企业达到8家,裕民县达到6家,"
            "额敏县研发投入增长12%,裕民县增长9%。全地区科技工作稳步推进。",
            None,
            {"city": "塔城地区", "admin_level": "prefecture"},
        ),
        (  # a work summary by its opening; a joint bulletin of the statistics and S&T bureaus
            "2023年度,在市委、市政府的坚强领导下,全市科技系统深入实施创新驱动发展战略。",
            None,
            {"doc_type": "总结"},
        ),
        (
            "某省统计局 某省科学技术厅\n2018年1月16日\n2016年,全省共投入研究与试验发展经费"
            "561亿元。",
            None,
            {"doc_type": "公报"},
        ),
        (  # 介绍…工作情况 at a press conference is no summary
            "科技创新工作新闻发布会召开\n向社会各界详细地介绍全市科学技术创新工作情况。",
            None,
            {"doc_type": None},
        ),
        (  # a breadcrumb ending in 工作计划 and metadata rows are no title: the title line is
            "首页\n> 政府信息公开 > 市科学技术局 > 规划计划 > 工作计划\n"
            "索  引  号: KJ01/2025-00012\n组配分类: 工作计划\n成文日期: 2025-04-23\n\n"
            "2025年黄石市科技工作意见\n\n为推动科技创新,现结合我市实际,制定2025年科技工作意见如下\n一、主要目标\n新认定高新技术企业30家。",
            None,
            {"doc_type": "意见", "period_start": 2025, "period_end": 2025},
        ),
        (  # a portal's metadata table copied as text: [ 体裁分类 ] | 规划 | is no title
            "[ 主题分类 ] | 国民经济发展规划、计划 | [ 体裁分类 ] | 规划 |\n"
            "[ 发布日期 ] | 2021-11-23 |\n"
            "重庆市江津区“十四五”科技创新规划\n到2025年,全区高新技术企业达到200家。",
            None,
            {"doc_type": "规划", "period_start": 2021, "period_end": 2025},
        ),
        (  # a plan that names itself and states its term
            "为科学指导我市高新技术产业发展,按照全市“十三五”规划的总体部署,特制定本规划,规划期限为:"
            "2016-2020年。\n到2020年,全市高新技术企业达到300家。",
            None,
            {"doc_type": "规划", "period_start": 2016, "period_end": 2020},
        ),
        (  # 现将…行动安排如下: an action plan without a title
            "2026年是“十五五”开局之年。为确保开好局,现将加力推动产业发展行动安排如下。\n"
            "一、行动目标\n技术合同成交额同比增长20%。",
            None,
            {"doc_type": "方案", "period_start": 2026, "period_end": 2026},
        ),
        (  # news of a five-year plan presented: the plan's type and period
            "自治区政府新闻办举行实施科技创新“十四五”规划新闻发布会。到2025年,全区研发经费支出"
            "占地区生产总值比重达1.6%。",
            None,
            {"doc_type": "规划", "period_start": 2021, "period_end": 2025},
        ),
        (  # …but news of one completed (高质量完成“十四五”规划…发布会) reports results: no plan
            "12月10日,市政府新闻办召开高质量完成“十四五”规划主题新闻发布会。全市高新技术企业从2020年"
            "的267家跃升至2025年的1000家。\n2025-12-12",
            None,
            {"doc_type": None, "period_start": 2021, "period_end": 2025},
        ),
        (  # a plan that cites 《…“十四五”科技创新规划》 as its basis does not take its period
            "根据《某省“十四五”科技创新规划》等文件精神,特制定本行动方案。\n一、主要目标\n"
            "到2023年,全省高新技术企业达到1.5万家。",
            None,
            {"doc_type": "方案", "period_start": None, "period_end": 2023},
        ),
        (  # no place named, but 全省 says the level; 全县 likewise
            "从统计局获悉,1-8月份全省规模以上工业高新技术产业增加值同比增长7.8%,高于全省工业增速。",
            None,
            {"city": None, "admin_level": "province"},
        ),
        (
            "今年以来,全县新认定高新技术企业12家,我县科技创新工作稳步推进。",
            None,
            {"city": None, "admin_level": "county"},
        ),
        (  # news that quotes only goals still ahead of its date: the start is not known
            "全县科技创新政策措施摘编\n到2020年,全县高新技术企业突破25家,财政科技支出占比达到1.6%。\n"
            "发布时间:2018-09-08",
            None,
            {"period_start": None, "period_end": 2020},
        ),
        (  # a text naming no place takes its publisher's (来源:洛阳日报); a zone of the kind
            # only heading its headline is that city's zone; a commendation it cites is no title
            "高新区科技局获评全省科技系统先进集体\n来源:洛阳日报 发布日期:2023-03-20\n"
            "近日,省科学技术厅下发《关于表彰全省科技系统先进集体的决定》,授予该局先进集体称号。"
            "截至2022年底,高新区拥有高新技术企业82家。",
            None,
            {
                "city": "洛阳市",
                "province": "河南省",
                "admin_level": "zone",
                "zone": "洛阳高新区",
                "doc_type": None,
            },
        ),
        (  # …a zone's bureau as the publisher makes it that zone's text
            "“十三五”期间市高新区产业发展情况报告\n来源:芜湖市高新区科技局 日期: 2021-07-27\n"
            "一、发展情况\n累计培育国家高新技术企业102家。",
            None,
            {"city": "芜湖市", "admin_level": "zone", "zone": "芜湖市高新区", "doc_type": "总结"},
        ),
        (  # …but a national paper names no place, and a text that names its own keeps it
            "高新技术企业数量再创新高\n来源:经济日报\n全县高新技术企业达到47家。",
            None,
            {"city": None, "zone": None},
        ),
        (  # a county's section of its city's site (zhengzhou…/xingyang/) is the county's; a
            # place as a level (郑州市以上各类项目) and a stem in a person's name (靳西峰) are
            # no subject
            "市政协召开常委会\n[摘要]9月22日上午,市政协视察我市科技创新工作。市政协主席付冬菊,"
            "副主席刘阳、靳西峰出席会议。全市今年共组织申报郑州市以上各类科技项目120项,新增高新技术"
            "企业12家。",
            "http://zhengzhou.example.com/xingyang/250697.html",
            {"city": "荥阳市", "province": "河南省", "admin_level": "county"},
        ),
        (  # …and with no address, a person's name (靳西峰) names no 西峰区
            "市政协召开常委会\n[摘要]9月22日上午,市政协视察我市科技创新工作。市政协主席付冬菊,"
            "副主席刘阳、靳西峰出席会议。全市新增高新技术企业12家。",
            None,
            {"city": None, "province": None},
        ),
        (  # a 情况汇报 that heads the text reports work done: a summary
            "市人大代表视察科技工作情况汇报\n尊敬的各位代表:下面,我代表市科技局汇报近两年全市科技工作。"
            "全市高新技术企业已达29家。",
            None,
            {"doc_type": "总结"},
        ),
        (  # …but a 汇报 the text says someone gave is not the text
            "县科技局深入企业调研\n近期,县科技局深入企业调研,认真听取企业负责人就高新技术企业申报"
            "工作情况汇报后,就高企政策进行解读。",
            None,
            {"doc_type": None},
        ),
        (  # results of one year, then the next year's work with its subject (2023年,全省将…):
            # both years; the figures keep the year reported
            "2023-01-06\n全省科技工作会议召开。2022年,全省全社会研发投入达3700亿元。2023年,江苏将"
            "重点抓好战略科技力量培育工程。",
            None,
            {"period_start": 2022, "period_end": 2023},
        ),
        (  # a zone its own province names first (四川泸州高新区:…) heads its own text; the year it
            # was founded (成立于1993年,) is no year the text covers
            "四川泸州高新区:“组合拳”打造川南科技创新示范高地\n2022-03-24 来源: 科技日报\n"
            "泸州高新区成立于1993年,经国务院批准,2015年2月升级为国家高新区。截至目前,泸州高新区"
            "培育高新技术企业140家。",
            None,
            {
                "city": "泸州市",
                "admin_level": "zone",
                "zone": "泸州高新区",
                "period_start": None,
                "period_end": None,
            },
        ),
        (  # …but a zone just approved (获批设立) is news of its district gaining it
            "重庆开州高新区获批设立 开州科技创新产出指数居渝东北片区第一\n日前,市政府正式批复,同意"
            "设立重庆开州高新技术产业开发区。在开州区举行的新闻发布会上,该区负责人介绍,全区国家高新"
            "技术企业67家。",
            None,
            {"city": "开州区", "admin_level": "district", "zone": None},
        ),
        (  # a plan named after the opening, with goals, under a headline on something else, is
            # one the text mentions: no title
            "呼和浩特市:科技型中小企业创新活力迸发\n2024年,呼和浩特市科技型中小企业交出了一份亮眼的"
            "成绩单:全市培育国家高新技术企业218家、国家科技型中小企业852家,较2021年分别增长44%、"
            "2.7倍,均居全区首位。这些企业在产品创新方面表现突出,不断推动首府相关产业从“小而美”向"
            "“大而强”转变,一批企业成长为行业的领军企业,创新能力持续增强,发展后劲十足。\n"
            "政策引领,打造创新高地\n为推动科技创新发展,呼和浩特市出台了《研发投入攻坚行动实施方案》,"
            "目标是到2025年全社会研发经费达到85亿元。",
            None,
            {"doc_type": None},
        ),
        (  # …but one its headline names is the text's plan, wherever it stands
            "首页 新闻 > 科技 > 正文\n广西将实施科技强桂行动,以科技强支撑产业、经济\n"
            "7月16日,广西举行“加快创新型广西建设,努力为国家高水平科技自立自强贡献广西力量”新闻发布会。自治区科技厅"
            "副厅长介绍了近年来全区科技创新取得的成效,全区高新技术企业数量增长较快,科技型中小企业"
            "评价入库数量位居西部前列,创新平台建设取得新突破,科技成果转化步伐加快。\n他介绍,目前全区"
            "即将印发《广西科技强桂三年行动方案(2021—2023年)》,目标到2023年,全社会研发经费投入强度"
            "突破1.3%。",
            None,
            {"doc_type": "方案", "period_start": 2021, "period_end": 2023},
        ),
        (  # a city's stem, then a zone's own short name (青岛西海岸新区): the zone, not the city
            "青岛西海岸新区高新技术产业交出亮眼成绩单\n2021-02-08 21:06 来源:青岛新闻网\n2020年,"
            "青岛西海岸新区高新技术产业持续跨越式发展,新区高新技术企业达到700家。",
            None,
            {"city": "青岛市", "admin_level": "zone", "zone": "青岛西海岸新区"},
        ),
        (  # …but a province's text counting its zones (湖南省共有高新区…) names none of them
            "湖南省共有高新区28家,全省高新技术企业达到8621家。",
            None,
            {"zone": None, "admin_level": "province"},
        ),
        (  # a direction before a division's stem names another place: 西太湖 is not 太湖县
            "西太湖高新区全省排位上升7位\n记者从西太湖科技产业园管委会获悉,江苏省西太湖高新技术产业"
            "开发区排名上升7位。2019年,高新区新增高新技术企业30家。",
            None,
            {"province": "江苏省", "zone": "西太湖高新区", "admin_level": "zone"},
        ),
        (  # a meeting named by its year, then 去年: the year before is the one reported
            "绵阳扎实推进技术合同认定登记工作\n近日,我市召开2017年度全市技术合同认定登记工作会。\n"
            "去年以来,全市共登记技术合同454份。",
            None,
            {"period_start": 2016, "period_end": 2016},
        ),
        (  # a plan that says it is drawn up (制订本实施方案) for its own place (结合五华区实际)
            "(2014年11月19日)\n为加快创新型试点区建设,结合五华区实际,制订本实施方案。\n一、主要目标\n"
            "到2017年,全区高新技术企业达到50家。",
            None,
            {"city": "五华区", "admin_level": "district", "doc_type": "方案"},
        ),
        (  # where a change starts (从2012年的35%) is not the year a news item reports
            "西藏自治区科技进步贡献率增至45.6%\n本报拉萨8月9日电 记者从自治区科技厅获悉:"
            "党的十八大以来,西藏科技进步贡献率从2012年的35%增长至“十三五”末的45.6%。2020年,"
            "全区新认定高新技术企业30家。",
            None,
            {"period_start": 2020},
        ),
        (  # an award named by its year (荣获2018年省科技进步一等奖) is not the year reported
            "某公司项目荣获2018年省科技进步一等奖;全年新增国家级高新技术企业23家。\n2019年,我市推进"
            "科技成果转化,全社会R&D投入达到5.06亿元。",
            None,
            {"period_start": 2019, "period_end": 2019},
        ),
        (  # a zone's founding (1992年经国务院批准, 成立于1991年) is history, not the year reported
            "株洲高新技术产业开发区\n株洲国家高新技术产业开发区是1992年经国务院批准的国家级高新技术"
            "产业开发区。拥有高新技术企业130家。",
            None,
            {"period_start": None, "period_end": None},
        ),
        (  # a year the text names by an anniversary (今年是新中国成立75周年) is its own; a year
            # written before it in the lead is history
            "今年是新中国成立75周年,其中1992年是一个关键节点。这一年,国务院批准设立高新区。"
            "到如今高新技术企业超千家。",
            None,
            {"period_start": 2024, "period_end": 2024},
        ),
        (  # a zone written after its city's name (湖州南太湖新区): the zone's own text
            "湖州南太湖新区全域创新“十四五”规划\n“十四五”时期,是南太湖新区抢抓战略机遇加快高质量"
            "发展的关键五年。到2025年,新区高新技术企业达到300家。",
            None,
            {"city": "湖州市", "admin_level": "zone", "zone": "湖州南太湖新区"},
        ),
        (  # a province's text that names its place only by where its meeting was held (在蓉召开)
            "我省高新技术企业突破5500家\n记者从1月17日在蓉举行的全省科技创新工作会议上了解到,去年,"
            "全省高新技术企业突破5500家。",
            None,
            {"province": "四川省", "city": None, "admin_level": "province"},
        ),
        (  # …but a national meeting held in Beijing (在京召开) is no text of Beijing's
            "全国科技工作会议在京召开\n会议指出,2023年全国高新技术企业数量超过40万家。",
            None,
            {"city": None, "province": None},
        ),
        (  # a national zone whose name opens with another place's stem (东湖 is also 南昌's
            # district): the city the data names for it
            "东湖高新区加快建设世界一流科技园区\n近日,东湖高新区发布数据,区内高新技术企业达到"
            "5000家。",
            None,
            {"city": "武汉市", "province": "湖北省", "admin_level": "zone"},
        ),
        (  # the paper a news item credits (据…长沙晚报报道) is not its subject: 湖南's data is
            "据星辰在线-长沙晚报报道(记者 李杜)记者昨日从省知识产权局获悉,2012年湖南专利申请量突破"
            "3万件。省知识产权局发布的统计数据显示,长株潭对全省专利申请和授权量贡献最大。在每万人拥有有效发明"
            "专利排行榜上,长沙遥遥领先于其他市州,达11.15件;紧随其后的是株洲和湘潭。",
            None,
            {"city": None, "province": "湖南省", "admin_level": "province"},
        ),
        (  # …and the year a profile reports follows its history
            "高新区简介\n高新区成立于1991年7月,2003年实现技工贸总收入245亿元,高新技术企业560余项。",
            None,
            {"period_start": 2003, "period_end": 2003},
        ),
        (  # 截至2007年底 is the year reported, not a goal
            "高新技术企业认定\n全年共认定高新技术企业88家。截至2007年底,全省共有高新技术企业1745家。",
            None,
            {"period_start": 2007, "period_end": 2007},
        ),
        (  # an analysis report is titled, and its title names the place, but it is no plan
            "《浙江省区域创新能力评价报告》发布:\n\n杭州产业创新环境排名第一\n\n报告显示,2016年,"
            "全省研发经费支出约占GDP的2.4%,全省高新技术企业共有7000家。",
            None,
            {"city": None, "province": "浙江省", "admin_level": "province", "doc_type": None},
        ),
        (  # a 情况报告 reviews work done: a summary
            "“十三五”期间市高新区制造业转型升级情况报告\n一、发展情况\n“十三五”期间,累计培育国家"
            "高新技术企业102家。",
            None,
            {"doc_type": "总结"},
        ),
        (  # a plan named without book-title marks after the verb that starts it
            "新华社昆明8月7日电 今年以来,云南省启动了建设创新型云南行动计划,实施了以增强自主创新"
            "能力为核心的一批工程。",
            None,
            {"doc_type": "计划"},
        ),
        (  # …计划暨…新闻发布会: the plan the press conference presents
            "人民网南宁11月25日电 11月23日,自治区政府召开广西高新区创新能力提升计划暨自主创新示范区"
            "建设新闻发布会。",
            None,
            {"doc_type": "计划"},
        ),
        (  # 《…关于下达…计划的通知》: the type of what the notice issues
            "16日,浙江官方对外公布《浙江省人民政府关于下达2020年浙江省国民经济和社会发展计划的通知》,"
            "其中指出,2020年该省将基本建成创新型省份。",
            None,
            {"doc_type": "计划"},
        ),
        (  # a long first paragraph that ends 提出如下实施意见: the plan names itself
            "鲁政字〔2022〕225号\n各市人民政府,各县(市、区)人民政府,省政府各部门:\n为深入贯彻落实"
            "关于科技创新的重要论述和重要指示要求,进一步强化教育、科技、人才在全面建设社会主义现代化"
            "国家中的基础性、战略性支撑作用,加快科技强省建设,推动高质量发展,更好服务和融入新发展格局,"
            "提出如下实施意见。\n一、总体要求",
            None,
            {"doc_type": "意见"},
        ),
        (  # a report to a people's congress
            "各位代表:\n受区人民政府委托,向大会书面报告2022年国民经济和社会发展计划执行情况与2023年"
            "计划草案,请予审议。",
            None,
            {"doc_type": "报告"},
        ),
        (  # a programme named after the first sentence (组织实施…培育计划) is no plan of the text's
            "近日,从全省高企认定会上获知,2013年我市新认定高新技术企业17家。\n去年,市科技局组织实施"
            "高新技术企业滚动培育计划,建立后备库,全市高新技术企业总数达到51家。",
            None,
            {"doc_type": None},
        ),
        (  # 全市 may be a prefecture or a county-level city: no level is guessed
            "今年以来,全市新认定高新技术企业12家,我市科技创新工作稳步推进。",
            None,
            {"city": None, "admin_level": None},
        ),
        (  # “十四五”末 in the headline is a goal; “十四五”期间 in the lead is the period reviewed
            "“十四五”末力争进入全省上游\n记者从市政府新闻发布会上获悉,我市“十四五”期间将继续实施"
            "创新驱动战略,到2025年全社会研发投入强度达到1.5%。",
            None,
            {"period_start": 2021, "period_end": 2025},
        ),
        (  # an excerpt that opens with a five-year plan's own section is part of that plan
            "(三)发展目标\n“十二五”期间,全市高技术产业规模不断扩大,到2015年高技术产业总收入达到"
            "3000亿元。",
            None,
            {"doc_type": "规划"},
        ),
        (  # a section heading alone, with no five-year plan near it, names no plan
            "一、发展基础\n2023年全县新认定高新技术企业12家。",
            None,
            {"doc_type": None},
        ),
        (  # a zone opening the lead after a news dateline and 2024年上半年 is the text's own
            "邵阳新闻网7月31日讯(记者 李某)2024年上半年,邵阳经开区积极推进创新提升行动,取得了一系列"
            "显著成果。技术合同成交额达15.78亿元,同比增长75%。",
            None,
            {"city": "邵阳市", "admin_level": "zone", "zone": "邵阳经开区"},
        ),
        (  # honours conferred by the province (获评全省…, 被评为2023年度全省…) are not its subject
            "2023年,全县新认定高新技术企业15家,获评全省科技创新先进县,被评为2023年度全省知识产权"
            "示范单位。",
            None,
            {"city": None, "admin_level": "county"},
        ),
        (  # 高于全省0.3个百分点 compares with the province; the text is the county's
            "我县研发投入强度为2.1%,高于全省0.3个百分点。",
            None,
            {"city": None, "admin_level": "county"},
        ),
        (  # 我市 beside two cities named as often: unnamed, but a city of their level
            "据省统计局数据,2019年我市研发经费投入总量达25亿元,增幅分别高于洛阳市、新乡市2.1、"
            "1.5个百分点。我市研发投入强度为1.8%。",
            None,
            {"city": None, "province": "河南省", "admin_level": "prefecture"},
        ),
        (  # the whole a figure is measured against (占X…的, 居X各县首位, X市级) is no subject
            "2025年,晋江新增国家高新技术企业120家,占泉州认定数的40%,居泉州各县(市、区)首位;新增"
            "泉州市级科技企业孵化器3家。晋江规上企业研发投入占泉州总量的33.31%。",
            None,
            {"city": "晋江市", "province": "福建省", "admin_level": "county"},
        ),
        (  # a university from elsewhere (香港理工大学) is a partner, not the text's place
            "香港理工大学科技成果转化大会上的人形机器人。\n嘉宾体验香港理工大学的科技成果。\n2025年,"
            "晋江各创新平台新增产学研合作项目1021项,全年新增技术合同登记217项。晋江市科技局表示,将大抓"
            "科技创新。",
            None,
            {"city": "晋江市", "province": "福建省", "admin_level": "county"},
        ),
        (  # a text that names its place only in its university's name still has that place
            "全市高新技术企业达到930家。宁波大学为主完成的项目获国家技术发明奖。",
            None,
            {"city": "宁波市", "province": "浙江省"},
        ),
        (  # a text that names no place takes the local medium that ends its byline
            "我市高新技术企业达112家\n\n©原创   12-12 11:14   大冶市融媒体中心\n\n"
            "云上大冶报道(通讯员 陈铃)10日,记者获悉,我市2019年认定高新技术企业57家。至此,"
            "我市高新技术企业已达112家。",
            None,
            {"city": "大冶市", "province": "湖北省", "admin_level": "county"},
        ),
        (  # a title that reports carrying out a plan is news of the work, not that plan
            "张家口市认真贯彻落实省科技创新三年行动计划\n发布日期:2018-10-29\n张家口市深入实施创新驱动"
            "发展战略,全面贯彻落实河北省科技创新三年行动计划各项目标任务。截止9月底,新认定科技型中小"
            "企业132家。",
            None,
            {"city": "张家口市", "doc_type": None},
        ),
        (  # a zone that opens the lead after 多年来 is the text's own
            "简介\n多年来,长春高新区依托得天独厚的区位、科技和人才优势,致力于搭建高效的资源配置平台。"
            "长春高新区高新技术企业达到792户。",
            None,
            {"city": "长春市", "admin_level": "zone", "zone": "长春高新区"},
        ),
        (  # a report reviewing a year (对2023年工作进行回顾) and setting goals 今年: both years,
            # not the end of a span named in its lead (2023—2025年度…示范市)
            "新闻纵深丨保定:创新活力持续迸发\n阅读提示\n研究与试验发展投入强度3.48%,稳居全省第一;入选"
            "“2023—2025年度创新驱动示范市”……保定市政府工作报告对2023年工作进行回顾,一组组数据显示出"
            "创新活力。\n去年,保定优化创新生态取得新成效。\n今年,保定又提出新目标:实施创新应用场景三年"
            "行动,全年新增高新技术企业70家。",
            None,
            {"city": "保定市", "period_start": 2023, "period_end": 2024},
        ),
        (  # the zone a headline's subtitle opens with (——X高新区大力扶持…) is the text's subject
            "陕西榆林:激发发展动能 锻造“高新引擎” ——榆林高新区大力扶持科技创新型企业发展\n"
            "2023-03-20 16:06 中国发展网\n记者报道 陕西省榆林高新区作为榆林市创新驱动发展的"
            "核心引擎,高度重视科技创新型企业培育工作。2022年全年认定科技型中小企业490家、高新技术企业62家。",
            None,
            {"city": "榆林市", "admin_level": "zone", "zone": "榆林高新区"},
        ),
        (  # a county stem that ends inside the next word (调研和政策: 和/政策) names no county
            "| 上高县人民政府 - 上高县人民政府办公室\n今年以来,我局先后深入到50余家企业进行摸底调研"
            "和政策宣讲,组织30家企业申报高新技术企业。截至目前我县已有95家企业完成入库备案。"
            "组织江西新威动力能源科技有限公司申请了2021年度江西省绿色技术创新企业。",
            None,
            {"city": "上高县", "province": "江西省", "admin_level": "county"},
        ),
        (  # a zone that publishes the page (来源: X工业园区管理委员会) is the text's own
            "经济概述\n时间: 2024-02-04 15:30 |来源: 苏州工业园区管理委员会\n综述\n2023年,园区实现"
            "地区生产总值3686.0亿元。截至2023年底,苏州工业园区在创新浓度上跃居全国前列。\n2023年,"
            "苏州工业园区实现高新技术产值占规上工业总产值比重73.9%。",
            None,
            {"city": "苏州市", "admin_level": "zone", "zone": "苏州工业园区"},
        ),
        (  # a text that opens with a statistical bulletin's chapter (九、教育和科学技术)
            "九、教育和科学技术\n全年全省研究生招生12805人。\n全年研究与试验发展(R&D)人员23万人,"
            "经费支出400亿元,比上年增长12.0%。",
            None,
            {"doc_type": "公报"},
        ),
        (  # a text that calls itself 区 (区科委) names its municipality's programmes more often
            # than itself: the one district of it that it names is its own
            "区科委2020年工作总结\n一、组织实施科技项目\n上海市重点科技攻关项目6项;上海市科技进步奖"
            "5项;组织认定上海市高新技术企业20家;认定15家企业为奉贤区高新技术企业。",
            None,
            {"city": "奉贤区", "province": "上海市", "admin_level": "district"},
        ),
        (  # 构建五大工业园区 counts parks: it names no zone
            "构建五大工业园区培育五大产业集群\n来源:贵州日报\n全力构建五大工业园区,培育五大产业集群。"
            "2016年,遵义市高新技术企业达到50家。",
            None,
            {"city": "遵义市", "admin_level": "prefecture", "zone": None},
        ),
        (  # a plan the opening carries out (深入实施《…纲要(2006—2020年)》) is not the text:
            # the text names itself (制定本规划)
            "为贯彻落实国家创新驱动发展战略,深入实施《九江市中长期科学和技术发展规划纲要(2006—2020"
            "年)》,充分发挥科学技术的支撑引领作用,制定本规划。\n一、形势与需求\n到2020年,全市研发"
            "投入强度达到1.5%。",
            None,
            {"doc_type": "规划", "period_start": None, "period_end": 2020},
        ),
        (  # a district of a municipality that shares its name takes the one the text names
            "江北区\n该区位于重庆主城区。2015年,R&D经费占GDP比重为2.95%,排在全市第1位。",
            None,
            {"city": "江北区", "province": "重庆市", "admin_level": "district"},
        ),
        (  # a notice cited as the basis (为贯彻落实《…关于印发X的通知》) is not the text's title
            "重庆市北碚区高新技术企业和科技型企业“双倍增”行动计划实施方案(2023—2027年)\n为贯彻"
            "落实《重庆市人民政府办公厅关于印发重庆市高新技术企业和科技型企业“双倍增”行动计划"
            "(2023—2027年)的通知》等文件精神,大力培育高新技术企业,特制定本行动计划实施方案。\n"
            "到2027年,全区国家高新技术企业超过470家。",
            None,
            {"city": "北碚区", "admin_level": "district", "doc_type": "方案"},
        ),
        (  # 现将《X规划的通知》印发给你们: a garbled notice still names the plan it issues
            "各县(市)、区人民政府:\n现将《某某市“十四五”科技创新规划的通知》印发给你们,请认真贯彻"
            "执行。\n2022年9月14日\n依据《某某省人民政府关于印发某某省科技创新三年行动方案(2020—2022年)的通知》,"
            "制定本规划。到2025年,全市研发投入强度达到1.8%。",
            None,
            {"doc_type": "规划", "period_start": 2021, "period_end": 2025},
        ),
        (  # a district a comparison picks out (产值最高的也是X区) is a part, not the subject
            "2018年,泰州市高新技术产业产值达3244.99亿元,同比增长11.79%。其中高新技术产业产值占比"
            "最高的是高港区,达到56.5%;高新技术产业产值最高的也是高港区,达到809.41亿元。",
            None,
            {"city": "泰州市", "admin_level": "prefecture"},
        ),
        (  # 大兴调查研究 is official wording, not 北京's 大兴区
            "记者从省科技厅获悉,全省技术合同认定登记机构数量达到20个,今年上半年,成交额达到21.21亿元。\n"
            "省科技厅结合大兴调查研究工作和“基层科技服务年”活动进行政策宣讲,技术合同成交额大幅提升。",
            None,
            {"city": None, "admin_level": "province"},
        ),
        (  # a zone that opens the lead after 十几年来 is the text's own
            "黄石高新技术产业园区成立于1992年,实际面积460平方公里。\n十几年来,黄石高新区深入贯彻实施创新"
            "驱动发展战略。黄石高新区拥有高新技术企业120家。",
            None,
            {"city": "黄石市", "admin_level": "zone", "zone": "黄石高新区"},
        ),
        (  # a city written before its own district (石家庄市鹿泉区) says where the district is
            "石家庄市鹿泉区8家企业被评为高新技术企业\n\n2016-01-14 13:43:45已围观"
            "来源:石家庄市科技局编辑:夏雪\n\n  近日,河北省高新技术企业认定管理工作小组办公室"
            "公布了2015年新认定和复审通过的高新技术企业名单,石家庄市鹿泉区共有16家企业榜上有名,"
            "其中8家企业通过认定,8家通过复审。\n\n  近几年,鹿泉区科技局大力实施高新技术企业培育"
            "工作。截至目前,鹿泉区共有高新技术企业48家。",
            None,
            {"city": "鹿泉区", "province": "河北省", "admin_level": "district"},
        ),
        (  # an explainer of a plan (解读《…》) reports on it; the title lost its opening bracket
            "市科学技术局解读《十堰市国家高新技术企业培育三年行动方案2025—2027年)》\n一、起草背景\n"
            "近年来,我市深入实施创新驱动发展战略,全市高新技术企业达到1017家。",
            None,
            {"doc_type": "方案", "period_start": 2025, "period_end": 2027},
        ),
        (  # 行动纲领 is an outline, as 纲要 is
            "关于印发《浙江省区域创新体系副中心(嘉兴)建设行动纲领》的通知\n各县(市、区)委、县(市、区)人民"
            "政府:\n到2012年,全市高新技术企业达到300家。",
            None,
            {"doc_type": "纲要"},
        ),
        (  # a review that opens with 一年来,在…领导下 is a summary
            "一年来,在市委、市政府的坚强领导下,市科技局坚持以习近平新时代中国特色社会主义思想为指导,推动科技"
            "创新和产业创新深度融合。全市新认定高新技术企业500家。",
            None,
            {"doc_type": "总结"},
        ),
        (  # news of a five-year plan completed (完成 “十四五”规划…发布会, spaced) is no plan
            "人民网南通12月10日电 10日下午,南通市政府召开高质量完成 “十四五”规划系列主题新闻发布会,"
            "发布了科技创新成绩单。“十四五”时期,全市高新技术企业达到4324家。",
            None,
            {"doc_type": None},
        ),
        (  # a zone among the bodies a notice is sent to is not the text's subject
            "涪陵高新区管委会,各乡镇人民政府、街道办事处,区政府各部门,有关单位:\n《涪陵区科技创新“十四五”"
            "规划(2021—2025年)》已经区政府同意,现印发给你们,请认真贯彻执行。\n重庆市涪陵区人民政府\n"
            "到2025年,全区高新技术企业达到150家。",
            None,
            {"city": "涪陵区", "admin_level": "district", "zone": None, "doc_type": "规划"},
        ),
        (  # a work report cited as the basis (根据…市政府工作报告目标) is not what the text is
            "黄山市三举措推动科技型中小企业评价工作\n2024年,黄山市累计入库科技型中小企业520家。\n"
            "年初根据省“双倍增”计划及市政府工作报告目标,将本年度目标任务分解到各区县。",
            None,
            {"doc_type": None},
        ),
        (  # the city a headline names alone is the text's, though another opens a sentence
            "下面是小编为大家整理的清远市科技创新“十四五”规划,供大家参考。\n一、发展基础\n“十三五”期间,"
            "我市加大科技创新投入,全社会创新能力明显增强。我市高新技术企业达到400家。广州市对口帮扶,"
            "广州市科技局支持共建平台。清远市研发投入达到13.7亿元,清远市高新技术产业产值达到500亿元。",
            None,
            {"city": "清远市", "admin_level": "prefecture"},
        ),
        (  # a county's bulletin measured against its prefecture (比全市增速, 占全市, 拉动全市)
            # calls itself 全县 too: 全市 is the whole it is compared with, not its own name
            "2022年长兴县全社会研发经费达到30.5亿元,同比增长12.1%,比全市增速高3.2个百分点。"
            "长兴县研发经费占全市总量的18.0%,对全市研发经费增长的贡献率达到20%,拉动全市研发经费"
            "增长2.4个百分点。长兴县研发投入强度达到3.1%,全县高新技术企业达到300家。",
            None,
            {"city": "长兴县", "province": "浙江省", "admin_level": "county"},
        ),
        (  # a headline announcing a plan, then the body's short name for it (《规划纲要》第一部分):
            # the headline's fuller name gives the title and its period
            "苏州高新区“十四五”规划纲要发布!\n日期:2021-08-20\n《规划纲要》第一部分确定了发展目标,"
            "到“十四五”末,高新技术企业数达到1500家,研发经费投入年均增长10%。",
            None,
            {"zone": "苏州高新区", "period_start": 2021, "period_end": 2025},
        ),
        (  # 我市 and a province's award, no city named: the city the breadcrumb files it under
            "网站首页 > 湖北新闻 > 宜昌新闻 > 本地要闻 >\n\n“十三五”期间我市科技工作回眸\n\n"
            "“十三五”期间,在省科技厅的具体指导下,全市科技创新能力不断提高。我市累计获湖北省科技进步奖30项,"
            "我市高新技术企业由2015年的120家发展到2020年的330家。",
            None,
            {"city": "宜昌市", "province": "湖北省", "admin_level": "prefecture"},
        ),
        (  # a zone that opens a sentence after its own city's name (目前,X市Y经济开发区…)
            "本报讯 4月18日,山东某新材料有限公司员工正在检测产品。目前,潍坊市寿光经济开发区内的"
            "800家企业开足马力生产。据悉,寿光经济开发区拥有规模以上企业120家,其中高新技术企业"
            "35家。",
            None,
            {"admin_level": "zone", "zone": "寿光经济开发区", "city": "寿光市"},
        ),
        (  # a zone after its province's name (广东佛山高新区): the province's last character
            # (东) is no direction word of the zone's name
            "广东佛山高新区六大支柱产业稳步增长\n时间:2021-05-30\n近日从佛山高新区管委会获悉,"
            "佛山高新区经科技部认定高新技术企业有1864家。",
            None,
            {"admin_level": "zone", "zone": "佛山高新区", "city": "佛山市"},
        ),
        (  # toneless pinyin a site inserted (重(zhong)庆) hides no zone
            "重(zhong)慶(qing)高新(xin)(xin)區規劃建(jian)設(she)面積74.3平方公里。高新(xin)區有高新"
            "技術企業300家。",
            None,
            {"admin_level": "zone", "zone": "重庆高新区"},
        ),
        (  # a journal abstract whose text opens, after its mark (<正>), with a zone
            '摘要\n\n<正>合肥高新区作为安徽省首个经济规模迈上2000亿元台阶的园区,"十三五"时期,'
            "高新技术企业数量达1500家。",
            None,
            {"admin_level": "zone", "zone": "合肥高新区", "city": "合肥市"},
        ),
        (  # a zone of a district (萧山区) is its city's: a county-level city (寿光) keeps its own
            "本报讯 5月6日,某智能装备有限公司员工正在调试设备。目前,杭州市萧山经济技术开发区内的"
            "600家企业开足马力生产。据悉,萧山经济技术开发区拥有规模以上企业300家,其中高新技术企业"
            "120家。",
            None,
            {"admin_level": "zone", "zone": "萧山经济技术开发区", "city": "杭州市"},
        ),
        (  # a headline year that is a goal's (2013年…力争), in news that also reports the year
            # before: from the year reported to the year planned
            "2013年某省高新技术产业力争达到9500亿元\n近日举行的全省高新技术产业发展推进会传出消息,"
            "该省提出今年全省高新技术产业总产值力争达到9500亿元。2012年全省高新技术产业总产值达到"
            "8000亿元。",
            None,
            {"period_start": 2012, "period_end": 2013},
        ),
        (  # a plan that carries out its province's (贯彻落实X省人民政府关于《…》): its own title
            # line names it, and the province's government is not its issuer
            "创新驱动发展战略大同行动计划\n\n为了深入贯彻落实山西省人民政府关于《创新驱动发展战略山西"
            "行动计划(2014-2020年)》,进一步明确我市实施创新驱动发展战略的具体目标,特制订本行动计划。\n"
            "到2020年,全市高新技术企业达到100家。",
            None,
            {"city": "大同市", "admin_level": "prefecture", "doc_type": "计划"},
        ),
        (  # news citing a notice as its basis (根据X厅、Y厅《关于印发…实施方案的通知》) is no
            # 方案 of its own
            "2022年全省科技创新“十强县”公布\n本报讯 近日,省科技厅、省财政厅联合公布了2022年我省"
            "10个科技创新强县。根据省财政厅、省科技厅《关于印发某省科技创新强县财政激励政策实施方案的通知》,"
            "全省每年遴选10个科技创新强县。数据显示,“十强县”高新技术企业总数达4283家。",
            None,
            {"doc_type": None, "period_start": 2022, "period_end": 2022},
        ),
        (  # a year's work conference that looks back (过去五年) reports the year before and
            # plans its own
            "2023年某省科技工作会议在省会召开\n1月7日,2023年某省科技工作会议召开。会议指出,过去五年,"
            "全省科技创新体系更加完善。全省高新技术企业达到2万家。",
            None,
            {"period_start": 2022, "period_end": 2023},
        ),
        (  # a conference that only sets this year's goals is that year's
            "2023年全市科技工作会议召开\n8日,2023年全市科技工作会议提出,今年力争新增高新技术企业180家"
            "以上。",
            None,
            {"period_start": 2023, "period_end": 2023},
        ),
        (  # a city written before its district's stem in the headline (成都双流) only says
            # where the district is
            "成都双流2023年高新技术企业突破300家\n2023年,全区高新技术企业达到312家,成都市科技局"
            "表示祝贺。",
            None,
            {"city": "双流区", "admin_level": "district"},
        ),
        (  # a bulletin a news item cites as its source (根据…发布的《…公报》) is not what it is
            "双流区研发投入突破百亿\n根据日前成都市统计局发布的《2023年成都市科技活动公报》,2023年"
            "双流区研发经费投入达101亿元。",
            None,
            {"doc_type": None},
        ),
        (  # news of the first year of a five-year plan (开局之年): that year alone
            "“十二五”起始年,全市新培育高新技术企业12家,科技对经济增长的贡献率达45%。",
            None,
            {"period_start": 2011, "period_end": 2011},
        ),
        (  # a region named after another city (X都市圈) is not the text's place; the city its
            # body names twice inside its own projects' names is
            "10日,全市科技工作会议提出,今年新增高新技术企业120家以上,为加快建成长沙都市圈重要"
            "增长极贡献力量。\n全力推进湘潭科技城建设,建好湘潭大学科技园与湘潭功能区。",
            None,
            {"city": "湘潭市", "province": "湖南省", "admin_level": "prefecture"},
        ),
        (  # a lead that calls the text 我省 makes it the province's, though its body names one
            # city more than the others (the bulletin's biggest spender)
            "我省科研投入达历史最高\n来源:山西日报\n本报讯 省统计局、省科技厅近日联合发布的"
            "科技经费投入统计公报显示,去年我省科技经费投入继续保持较快增长。全社会研究与试验发展经费总支出为36.34"
            "亿元。\n研究与试验发展经费支出超过2亿元的有太原、大同、长治、晋城和临汾5个市。太原研究与"
            "试验发展经费支出达18.35亿元,占GDP比重为1.81%;太原科技活动人员最多。",
            None,
            {"city": None, "province": "山西省", "admin_level": "province"},
        ),
        (  # …but 我省 in a city's text that also calls itself 我市 does not
            "我市高新技术企业突破500家\n记者从市科技局获悉,我市高新技术企业达到512家,占我省总数的"
            "十分之一。太原高新技术企业数量居全省首位,太原高新区贡献突出。",
            None,
            {"city": "太原市", "admin_level": "prefecture"},
        ),
        (  # a quarter that makes a five-year plan's 开门红 is that plan's first year alone
            "本报讯 记者从芜湖科技部门获悉,今年一季度,芜湖市全市授权发明专利共822件,同比增长146%,"
            "实现了“十三五”开门红。万人有效发明专利拥有量达15.91件,继续保持全省首位。",
            None,
            {"city": "芜湖市", "period_start": 2016, "period_end": 2016},
        ),
        (  # a title that reviews one plan's achievements and gives the next: a 总结 of both
            "陕西省“十二五”科技成就和“十三五”规划\n“十二五”期间,我省科技进步与创新事业快速发展。"
            "全省技术合同成交额达到639.98亿元。",
            None,
            {"doc_type": "总结", "period_start": 2011, "period_end": 2020},
        ),
        (  # a plan whose goals the news says will be met (实现《…》目标) is not its title
            "11月7日,武汉市科技局召开全市高新技术企业培育工作会。预计今年全市高新技术企业数量净增"
            "超过900家。到2021年全市高企有望突破6000家,实现《武汉市高新技术企业培育三年行动计划》"
            "目标。",
            None,
            {"doc_type": None},
        ),
        (  # a district the headline names after its city, and its city's list it ranks in
            "原标题:宁波:鄞州区新增190家入库科技型中小企业\n日前,宁波市科技局公布了2020年第一批"
            "入库科技型中小企业名单,鄞州区宁波天灵信息科技有限公司、宁波市安邦管业有限公司等190家"
            "科技型中小企业列入公示,新增入库科技型中小企业数居全市各县市区第二。\n科技型中小企业"
            "数量持续增加,得益于近年来鄞州区大力开展优质主体培育工程。下一步,鄞州区将推动更多企业"
            "应评尽评。",
            None,
            {"city": "鄞州区", "admin_level": "district"},
        ),
        (  # a city named before a firm called after its province says where the firm is
            "近日,自治区科技厅发布2022年广西高新技术企业百强榜单,钦州广西金桂浆纸业有限公司、"
            "国投钦州发电有限公司、钦州双胞胎饲料有限公司等5家企业入选。\n钦州市深入实施创新驱动"
            "发展战略,钦州市科技型中小企业入库162家。",
            None,
            {"city": "钦州市", "admin_level": "prefecture"},
        ),
        (  # the nation's plan a city's news cites is not the news's period (the documents
            # table shows the year of its date line: see the test of news that names no year)
            "海门万人发明专利拥有量20.48件\n来源:中国江苏网   2017-11-07 09:07:00\n"
            "记者从海门市科技局获悉,今年该市新增有效发明专利571件,万人发明专利拥有量达20.48件。\n"
            "“每万人发明专利拥有量”被列入国家“十三五”规划考核的主要指标。",
            None,
            {"period_start": None, "period_end": None},
        ),
        (  # a page of January that reviews 过去一年 is of the year before, not of a plan it
            # looks to (立足“十五五”)
            "第04版:两会特刊 2026年01月21日\n句容:凝聚奋进力量 奏响发展强音\n过去一年来,句容市定力"
            "如磐、斗志昂扬。立足“十五五”,申报纳入省重大事项17项。新增高企75家,高企总数突破200家。",
            None,
            {"period_start": 2025, "period_end": 2025},
        ),
        (  # a journal's issue (安徽科技 2022年3期) is when it was published, not the year it
            # reports: its review of “十三五” is its period
            "安徽省地方财政科技支出结构现状分析\n安徽科技 2022年3期\n一、现状分析\n“十三五”以来,"
            "安徽省地方财政科技支出从2015年的147.9亿元增长到2020年的380.6亿元。",
            None,
            {"period_start": 2016, "period_end": 2020},
        ),
        (  # 各位来宾 (guests) opening a speech names no city (来宾市 is named in full)
            "在首届科企合作恳谈会上的致辞\n尊敬的各位领导、各位来宾,朋友们:今天,我们在这里隆重举行"
            "洛社镇首届科企合作恳谈会。全镇高新技术企业达到3家。",
            None,
            {"city": None, "province": None},
        ),
        (  # universities of places apart (江苏大学、重庆大学) are partners, not the text's place
            "●2024年,我们坚持创新驱动,发展动能不断激发\n园区高新技术企业总数达66家。引导企业与"
            "江苏大学、重庆大学等高校院所开展产学研合作。",
            None,
            {"city": None, "province": None},
        ),
        (  # news that a plan is out (…十四五规划出炉) is of that plan: its type
            "长寿区十四五规划出炉\n记者获悉,“十四五”期间,长寿区将加快建设先进制造业基地。到2025年,"
            "全区高新技术企业达到150家。",
            None,
            {"city": "长寿区", "doc_type": "规划", "period_start": 2021, "period_end": 2025},
        ),
        (  # …and so is a headline that explains one (读懂区县十四五规划|长寿)
            "跟发改委读懂区县十四五规划|长寿:打造先进制造业基地\n记者获悉,“十四五”期间,长寿区将"
            "加快建设先进制造业基地。到2025年,全区高新技术企业达到150家。",
            None,
            {"city": "长寿区", "doc_type": "规划", "period_start": 2021, "period_end": 2025},
        ),
        (  # a title's period written with a look-alike dash (U+2015 horizontal bar)
            "湖南省动力支撑能力提升行动方案(2022\u20152025年)\n一、主要目标\n"
            "到2025年,全省高新技术企业达到1.5万家。",
            None,
            {"doc_type": "方案", "period_start": 2022, "period_end": 2025},
        ),
        (  # goals of one year, 到2025年, in a text on the five-year plan ending then: its years
            "“十四五”时期,全市将深入实施创新驱动发展战略。到2025年,全市高新技术企业突破2.6万家,"
            "全社会研发经费支出占GDP的比重达到4.5%左右。",
            None,
            {"period_start": 2021, "period_end": 2025},
        ),
        (  # a national zone called by its nickname as the subject of the first sentence
            "根据最新数据,光谷的GDP已突破3200亿元,在全国高新区综合排名中位列第六。光谷高新技术企业"
            "超过5000家。",
            None,
            {"city": "武汉市", "admin_level": "zone", "zone": "东湖高新区"},
        ),
        (  # a zone of the kind only heading the headline of a district's news: its city's zone
            "高新区今年新增20家国家级高新技术企业\n今年以来,江海区新认定国家高新技术企业20家,全区高新"
            "技术企业达到120家。",
            None,
            {"city": "江门市", "admin_level": "zone", "zone": "江门高新区"},
        ),
        (  # the city a text is compared with (仅次于郑州) is not its own: its province and level
            "全市共有高新技术企业1235家,位居全省第二,仅次于郑州。",
            None,
            {"city": None, "province": "河南省", "admin_level": "prefecture"},
        ),
        (  # …nor, named by its stem alone, the one city of the province a 我市 text names
            "山东省2022年首批入库科技型中小企业名单公示,其中我市1017家企业,仅次于济南(1027家)"
            "排全省第二位。",
            None,
            {"city": None, "province": "山东省", "admin_level": "prefecture"},
        ),
        (  # 我州 in a local paper's text: the one prefecture its province has of the paper's
            # name, an autonomous prefecture's short stem (甘孜 for 甘孜藏族自治州)
            "我州坚持科技引领激发创新活力\n甘孜日报 2021年09月17日\n本网讯 近年来,州科技局全力增强"
            "科技创新支撑引领作用。今年,四川省农科院派出科研人员到我州开展合作,全州高新技术企业达到"
            "12家。",
            None,
            {"city": "甘孜藏族自治州", "province": "四川省", "admin_level": "prefecture"},
        ),
        (  # <city><a short name no dictionary holds>高新区, the short name repeated alone
            "◎ 马鞍山慈湖高新区管委会\n马鞍山慈湖高新技术产业开发区(以下简称慈湖高新区)近年来"
            "发展迅速,慈湖高新区高新技术企业总数超过110家。",
            None,
            {"city": "马鞍山市", "admin_level": "zone", "zone": "马鞍山慈湖高新区"},
        ),
    ],
)
def test_document_tags(text, source, expected):
    tags = _tags(text, source)
    assert {k: tags[k] for k in expected} == expected


def test_a_portals_menu_above_the_text_does_not_push_its_date_line_out_of_reach():
    text = (
        "首页 > 政务公开 > 通知公告\n字号:[ 大 中 小 ] 打印本页 关闭窗口\n昆山市政府工作报告\n"
        "admin 分享 加入收藏\n政府工作报告\n代市长 周某\n各位代表:\n"
        "--2019年1月7日在昆山市第十七届人民代表大会第三次会议上\n2018年工作回顾\n过去的一年,"
        "全社会研发投入占比3.3%。\n" + "".join(f"{i}、第{i}项工作取得成效。\n" for i in range(1, 8))
    )
    assert build_document(text, doc="plan.txt").tags["doc_date"] == "2019-01-07"


def test_a_bulletin_cited_as_a_source_is_not_the_title():
    text = (
        "双流区研发投入突破百亿\n根据日前成都市统计局发布的《2023年成都市科技活动公报》,2023年"
        "双流区研发经费投入达101亿元。"
    )
    assert build_document(text, doc="plan.txt").tags.get("title") is None


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("2023年政府工作报告", "报告"),
        ("市科技局工作总结报告", "总结"),  # a summary, though it ends in 报告
        ("2019上海科技创新中心建设报告", None),  # a field's progress report: no plan
        ("2017年全国技术市场统计年度报告", None),
        ("改革开放以来重庆科技发展报告", None),
        ("关于2018年工作情况报告", "总结"),
    ],
)
def test_doc_type_of_a_report_title(title, doc_type):
    """报告 is a government work report; a progress report on a field is no plan at all."""
    assert doc_type_of(title) == doc_type


def test_a_year_of_history_is_not_the_year_a_text_reports():
    """始建于民国二十一年1932年: a founding told in passing; the text reports 2023."""
    tags = _tags(
        "某研究所简介\n某研究所始建于民国二十一年1932年,是全国历史最悠久的研究所之一。2023年,"
        "全市有效期内高新技术企业数突破2.4万家。"
    )
    assert (tags["period_start"], tags["period_end"]) == (2023, 2023)


def test_a_goal_year_in_a_lead_is_not_the_year_it_reports():
    """…的目标是在2027年实现…: a goal's year; the figures that follow are 2025's."""
    tags = _tags(
        "某市政府工作报告解读\n1月21日,某市人大会议召开,市长在作政府工作报告时提到,某市的目标是在"
        "2027年实现全市GDP突破万亿元。2025年,全市研发投入强度达到3.35%。"
    )
    assert (tags["period_start"], tags["period_end"]) == (2025, 2025)


def test_the_start_values_of_a_review_since_a_congress_or_a_year_are_that_years():
    """党的十八大以来 (2012), 2017年以来: the changes listed after it start from that year."""
    rows = _rows(
        "某省技术合同成交总额突破1300亿元\n2023-01-06 来源:某日报\n党的十八大以来,某省把科技创新"
        "作为重要支撑。\n科技实力不断增强。全社会研发经费占GDP比重从0.92%提高到1.85%。高新技术企业由825家"
        "增长到突破1.2万家。"
    )
    starts = {(r[0], r[2]): r[4] for r in rows if r[2] in (0.92, 825)}
    assert starts == {("rd_gdp_ratio", 0.92): 2012, ("hte_count", 825): 2012}
    rows = _rows(
        "某区科技创新综述\n发布时间:2022-03-01\n2017年以来,全区深入实施创新驱动发展战略,全社会研发"
        "经费投入从38.94亿元增长到70.44亿元。"
    )
    assert [r[4] for r in rows if r[2] == 38.94] == [2017]


def test_news_of_a_meeting_held_is_written_in_the_meetings_year():
    """2024年X省科技工作会议6日在长春召开 (a wire dateline without a year): the text is of 2024,
    so 今年将… is 2024's goal while the review it gives is of 2023."""
    text = (
        "中新网长春3月6日电(记者)2024年某省科技工作会议6日在长春召开。记者获悉,今年,某省科技系统将加快"
        "构建全过程创新生态链。\n2023年某省创新能力排名全国第18位。\n在科技成果转化方面,今年将建设"
        "科技成果转化中心,技术合同成交额达到200亿元。"
    )
    assert _tags(text)["period_start"] == 2023
    assert _rows(text) == [("tech_contract_turnover", "level", 200, None, 2024, "city", "target")]


def test_a_month_without_its_year_is_of_the_year_the_text_is_dated():
    """截至5月31日 in an item dated 2020-07-08 is 2020's, not the 2019 named before it; 截至11月底
    in a review dated March 2021 is a month still to come that year, so 2020's."""
    rows = _rows(
        "某开发区每万人发明专利拥有量突破百件\n2020-07-08 来源:某网\n2016至2019年,某开发区发明专利"
        "申请量持续增长。\n截至5月31日,某开发区每万人发明专利拥有量突破100件,远高于全国平均水平。"
    )
    assert [r[4] for r in rows if r[0] == "invention_patents_per_10k"] == [2020]
    rows = _rows("某市科技工作综述\n发布时间:2021-03-02\n截至11月底,全市技术合同成交额达到52亿元。")
    assert rows == [("tech_contract_turnover", "level", 52, None, 2020, "city", "actual")]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("截至5月31日,武汉开发区", ["5"]),
        ("1至5月,全市技术合同成交额", ["5"]),
        ("到10月底,全市新增", ["10"]),
        ("今年1-5月,企业发明专利申请量", []),  # 今年 dates it
        ("截至2020年5月底,全市", []),  # its year is written
        ("新华社南京2月6日电(记者某某)", []),  # a wire dateline, not a time of the figures
        ("9月28日,市统计局发布《报告》", []),  # when something happened, not a figure's time
        ("6月末,全市高新技术企业", ["6"]),
    ],
)
def test_months_named_without_a_year(text, months):
    """The months a text names without a year, 今年 or 去年 before them, as the time of its figures
    (截至…, a span of months, a month's end), not a bare date nor a dateline."""
    words = month_words(text)
    assert [w.word for w in words] == months


def test_last_year_before_a_figure_of_gdp_is_a_time_but_of_a_ratio_the_denominator():
    """某省去年地区生产总值…: 去年 dates the statement; 占当年地区生产总值比重: the ratio's
    denominator, no time of a figure."""
    assert [w.word for w in year_words("某省去年地区生产总值7.6万亿元,科技进步贡献率达61%")] == [
        "去年"
    ]
    assert year_words("研发经费占当年地区生产总值比重达2.5%") == []


@pytest.mark.parametrize(
    "text, years",
    [
        ("今年是“十四五”收官之年,也是“十五五”规划谋划之年。", [2025, 2025]),
        ("这一年是“十二五”规划的决胜之年。", [2015]),
        ("今年是“十五五”规划编制之年,全市高新技术企业达到300家。", [2025]),
    ],
)
def test_a_plans_last_year_and_the_year_it_is_drafted_are_years(text, years):
    """“十四五”收官之年 is 2025, the plan's last year; “十五五”规划谋划之年 is the year before the
    plan begins, when it is drafted (not 2030, the end of the plan it names)."""
    assert [w.year for w in year_words(text) if w.kind == "year"] == years


def test_the_city_a_provinces_meeting_is_held_in_is_not_the_texts_place():
    """全省科技工作会在兰州召开, 我省…: the province's meeting, held in its capital; the figures
    are the province's own."""
    text = (
        "全省科技工作会召开\n2月10日,全省科技工作会在兰州召开,会议回顾总结了2016年我省科技工作的整体"
        "情况。\n2016年,我省技术市场合同交易额达到150.05亿元。"
    )
    tags = _tags(text)
    assert (tags["city"], tags["province"], tags["admin_level"]) == (None, "甘肃省", "province")
    assert _rows(text) == [
        ("tech_contract_turnover", "level", 150.05, None, 2016, "city", "actual")
    ]


def test_a_counted_group_that_ends_its_own_clause_does_not_own_the_figures_after_it():
    """3个平台和2个实验室获批,新增高新技术企业超过340家: the group's clause ends at its verb, the
    firms are the area's (新增 governs the list; 超过 is the first number's bound); 7个省重大科技
    创新项目,全年完成研发投入1.1亿元: the projects' own spending."""
    rows = _rows(
        "2022年,3个国家级重大创新平台和2个全国重点实验室获批,新增高新技术企业超过340家、科技型中小"
        "企业761家。"
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("hte_count", "new", 340),
        ("tech_sme_count", "new", 761),
    ]
    assert _rows("2020年,7个省重大科技创新项目,全年完成研发投入1.1亿元。") == []


def test_contracts_counted_under_the_turnovers_words_then_their_amount():
    """技术市场合同成交5850项、交易额达到162.95亿元: the words of the turnover before a count in 项
    count the contracts, and 交易额 after that count is the turnover."""
    assert _rows("2017年,全省技术市场合同成交5850项、交易额达到162.95亿元。") == [
        ("tech_contract_count", "level", 5850, None, 2017, "city", "actual"),
        ("tech_contract_turnover", "level", 162.95, None, 2017, "city", "actual"),
    ]


def test_efforts_made_are_no_goal():
    """通过各方半年来的努力,…超额完成2015年科技创新目标。新增…7家: efforts that brought results
    (的努力), so the figures after are 2015's results, not goals of the text's year."""
    text = (
        "某市科技创新工作初见成效\n通过各方半年来的努力,某市超额完成2015年科技创新目标。新增高新技术企业"
        "7家,完成目标的116.67%;全市技术合同交易额13.5亿元。"
    )
    rows = _rows(text, source="http://www.example.com/n/20160309/228116.html")
    assert rows == [
        ("hte_count", "new", 7, None, 2015, "city", "actual"),
        ("tech_contract_turnover", "level", 13.5, None, 2015, "city", "actual"),
    ]


def test_firms_that_got_funds_or_are_named_one_by_one_are_not_the_areas_count():
    """28家高新技术企业获…专项资金支持: the firms funded; 甲制药、乙动保、丙生物3家高新技术企业: the
    three named; 全市共有高新技术企业101家 is the city's count."""
    text = (
        "某市28家高新技术企业获自治区科技专项资金支持\n近日,自治区下达专项资金,某市28家高新技术企业共获"
        "420万元专项资金支持。截至目前,全市共有高新技术企业101家。甲制药、乙动保、丙生物3家高新技术"
        "企业被认定为自治区制造业单项冠军。"
    )
    assert [(r[0], r[2]) for r in _rows(text)] == [("hte_count", 101)]


@pytest.mark.parametrize(
    "text",
    [
        "2017年全省科技工作预期目标是:全社会R&D/GDP(研究与试验发展经费/国内生产总值)投入比例力争达到1.3%。",
        "2017年全省科技工作预期目标是:全社会R&D经费/GDP力争达到1.3%。",
    ],
)
def test_rd_over_gdp_written_as_a_fraction_is_rd_intensity(text):
    """R&D/GDP, R&D经费/GDP (投入比例): the ratio written as a fraction."""
    assert _rows(text) == [("rd_gdp_ratio", "level", 1.3, None, 2017, "city", "target")]


def test_a_zone_that_opens_the_first_sentence_after_a_month_is_the_texts_own():
    """2014年12月,天津国家自主创新示范区获得国务院批复: a date with its month opens the sentence
    whose subject is the zone, as 2014年, would (an article's author line names the city)."""
    tags = _tags(
        "某研究\n张三\n(天津市科技统计与发展研究中心 天津300051)\n2014年12月,天津国家自主创新"
        "示范区获得国务院批复。两年多来,示范区拥有国家级高新技术企业1850家。"
    )
    assert (tags["zone"], tags["admin_level"], tags["city"]) == (
        "天津国家自主创新示范区",
        "zone",
        "天津市",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 科技贡献率: the contribution rate in short
            "2014年,贵州科技支撑引领全省产业结构调整成效显著,科技贡献率超过44%。",
            [("st_progress_contribution", "level", 44, None, 2014, "city", "actual")],
        ),
        (  # 技术交易合同登记…项, then 交易额: the contracts counted, then their turnover
            "2020年,全市完成技术交易合同登记135项,交易额近5亿元。",
            [
                ("tech_contract_count", "level", 135, None, 2020, "city", "actual"),
                ("tech_contract_turnover", "level", 5, None, 2020, "city", "actual"),
            ],
        ),
        (  # 技术合同成交登记…项: the contracts counted with their register verb, then 交易额
            "2022年,全区新增技术合同成交登记2044项、交易额突破110亿元。",
            [
                ("tech_contract_count", "new", 2044, None, 2022, "city", "actual"),
                ("tech_contract_turnover", "level", 110, None, 2022, "city", "actual"),
            ],
        ),
    ],
)
def test_short_names_and_counted_contracts(text, expected):
    """Names of the contribution rate and of counted contracts as reviews write them."""
    assert _rows(text) == expected


def test_the_turnover_named_again_in_a_clause_that_opens_with_its_year():
    """…技术合同成交额…翻一番,2015年成交额3452.6亿元: 成交额 after the turnover's own name, at the
    start of a clause dated by its year, names the turnover again."""
    rows = _rows(
        "北京技术市场年度报告\n“十二五”期间北京技术合同成交额实现翻番。两个五年规划的最后一年相比翻一番,"
        "2015年成交额3452.6亿元,是2010年的2.2倍。"
    )
    assert ("tech_contract_turnover", "level", 3452.6, None, 2015, "city", "actual") in rows


def test_the_turnover_of_one_type_of_contract_is_a_part():
    """从合同类型看,技术开发合同成交金额86.2亿元: the turnover of development contracts, a part of
    the 169.83亿元 all contracts made."""
    rows = _rows(
        "2014年,全省共登记技术合同7093项,合同成交金额169.83亿元。从合同类型看,全省四类技术合同中,"
        "技术开发和技术服务类合同占主导地位,技术开发合同成交金额86.2亿元,占总成交金额的50.76%。"
    )
    assert [(r[0], r[2]) for r in rows] == [
        ("tech_contract_count", 7093),
        ("tech_contract_turnover", 169.83),
    ]


def test_the_intensity_after_a_sectors_rd_is_the_sectors():
    """规模以上高技术产业(制造业)企业法人单位R&D经费支出24.96亿元…;R&D经费投入强度为2.76%: the
    high-tech manufacturers' spending and intensity, parts; the industrial firms' 0.86% is
    theirs."""
    rows = _rows(
        "2013年,规模以上工业企业法人单位R&D经费支出60.25亿元;R&D经费投入强度为0.86%。\n2013年末,规模"
        "以上高技术产业(制造业)企业法人单位R&D经费支出24.96亿元;R&D经费投入强度为2.76%。"
    )
    assert [(r[0], r[2]) for r in rows if r[0] in ("rd_revenue_ratio", "rd_gdp_ratio")] == [
        ("rd_revenue_ratio", 0.86)
    ]


def test_a_zones_other_name_in_brackets_is_no_scope_of_its_own():
    """杭州高新区(滨江): the district that is one body with the zone; in the zone's own text its
    figures are the whole area's."""
    text = (
        "杭州高新区创新发展研究\n2019年5月,杭州高新区(滨江)高新技术企业数量达到1200家,成为全国高新区"
        "中的佼佼者。"
    )
    assert _tags(text)["zone"] == "杭州高新区"
    assert _rows(text) == [("hte_count", "level", 1200, None, 2019, "city", "actual")]


def test_a_zones_short_name_in_its_own_text_is_the_whole_area():
    """天津示范区 in the text of 天津国家自主创新示范区: the zone itself (its place, then the last
    word of its kind), so its figures are the whole area's."""
    text = (
        "某研究\n张三\n2014年12月,天津国家自主创新示范区获得国务院批复。两年多来,天津示范区拥有国家级"
        "高新技术企业1850家。"
    )
    assert [(r[0], r[2], r[5]) for r in _rows(text)] == [("hte_count", 1850, "city")]


def test_a_text_that_speaks_of_our_country_and_never_of_a_local_area_is_national():
    """十八大以来我国研发投入明显加大…;2015年我国研发经费投入强度为2.10% (a province named in
    passing): the nation's text, its own figures the whole area's."""
    text = (
        "十八大以来我国科技创新状况\n十八大以来,我国研发投入明显加大,江西等地企业创新活力竞相迸发。"
        "2015年我国研发经费投入强度(研发经费与GDP之比)为2.10%。"
    )
    tags = _tags(text)
    assert (tags["city"], tags["province"], tags["admin_level"]) == (None, None, None)
    assert _rows(text) == [("rd_gdp_ratio", "level", 2.1, None, 2015, "city", "actual")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # (见图2-6): a figure referred to, not a value
            "2014年,每万人口发明专利拥有量从2010年的1.7件提高到2014年的4.8件(见图2-6)。",
            [
                ("invention_patents_per_10k", "level", 1.7, None, 2010, "city", "actual"),
                ("invention_patents_per_10k", "level", 4.8, None, 2014, "city", "actual"),
            ],
        ),
        (  # 财政性教育经费支出占GDP的比重: spending on education, not R&D
            "2014年,全社会研发经费投入超过1.3万亿元,占GDP的比重提高到2.05%;财政性教育经费支出占GDP的"
            "比重超过4%。",
            [
                ("rd_expenditure", "level", 13000, None, 2014, "city", "actual"),
                ("rd_gdp_ratio", "level", 2.05, None, 2014, "city", "actual"),
            ],
        ),
        (  # …等10家企业为本年新增高新技术企业: the firms counted are the year's new ones
            "2015年,新余高新区有14家企业榜上有名,其中赛维光伏、华腾地毯等10家企业为本年新增高新技术企业。",
            [("hte_count", "new", 10, None, 2015, "city", "actual")],
        ),
        (  # 集聚企业5000余家,其中…: the firms gathered there, a stock, and its parts
            "近年来,湘潭高新区全力建设“五好”园区,集聚企业5000余家,其中上市企业6家、规模企业235家、"
            "高新技术企业208家。",
            [("hte_count", "level", 208, None, None, "city", "actual")],
        ),
        (  # 科技中小型企业: 型 moved, the same register's firms
            "2021年,全年认定科技中小型企业351家。",
            [("tech_sme_count", "new", 351, None, 2021, "city", "actual")],
        ),
        (  # 占当年国家财政支出的比重: the state's spending as the base
            "2014年,财政科技支出占当年国家财政支出的比重为4.25%。",
            [("fiscal_st_share", "level", 4.25, None, 2014, "city", "actual")],
        ),
        (  # 规企研发投入: the firms' part; 全社会…强度 after it is still the area's own
            "2018年全市规企研发投入达到26549.9万元,全社会研发投入强度达到1.2%。",
            [
                ("enterprise_rd_expenditure", "level", 2.65499, None, 2018, "city", "actual"),
                ("rd_gdp_ratio", "level", 1.2, None, 2018, "city", "actual"),
            ],
        ),
    ],
)
def test_references_other_spending_and_short_names(text, expected):
    """What a national review and a prefecture's report write around their figures."""
    assert _rows(text) == expected


def test_a_region_that_opens_a_clause_is_the_scope_of_its_figures():
    """全省…;西部经济隆起带技术交易额3.51亿元: the named parts of a province, each with its own
    figure, the growth after it of the same part; a region named inside a clause (融入…经济圈) or
    in a text of no place of its own (about the region itself) is no part."""
    text = (
        "山东省上半年技术市场运行情况\n今年上半年,全省共登记技术合同3927项,成交额55.13亿元。"
        "省会城市群经济圈技术交易额13.22亿元,同比增长29.61%;西部经济隆起带技术交易额3.51亿元,"
        "同比增长16.62%。"
    )
    scoped = {(r[0], r[1], r[2], r[5]) for r in _rows(text)}
    assert {
        ("tech_contract_turnover", "level", 13.22, "省会城市群经济圈"),
        ("tech_contract_turnover", "growth", 29.61, "省会城市群经济圈"),
        ("tech_contract_turnover", "level", 3.51, "西部经济隆起带"),
        ("tech_contract_turnover", "growth", 16.62, "西部经济隆起带"),
        ("tech_contract_turnover", "level", 55.13, "city"),
    } <= scoped
    inside = "郑州市科技工作要点\n融入中原城市群建设,全市高新技术企业达到1000家。"
    assert [(r[0], r[5]) for r in _rows(inside)] == [("hte_count", "city")]


def test_an_authors_affiliation_is_not_the_texts_place():
    """(安徽大学,安徽 合肥230601): where the writers work; a paper on a region names no place of
    its own, so it has no city and its figures are the whole area's."""
    text = (
        "长江经济带科技创新研究\n胡某 潘某\n(安徽大学,安徽 合肥230601)\n长江经济带贯通东中西三大"
        "区域。2016年,长江经济带R&D经费内部支出投入占GDP的比重为2.38%。"
    )
    tags = _tags(text)
    assert (tags["city"], tags["province"]) == (None, None)
    assert [(r[0], r[2], r[5]) for r in _rows(text)] == [("rd_gdp_ratio", 2.38, "city")]


def test_the_share_of_fiscal_st_spending_written_as_a_bare_share():
    """财政科技支出占比, 科技财政投入占比: the share of the budget spent on S&T, the denominator
    left unsaid."""
    text = "某市科技工作要点\n2023年,全市财政科技支出占比达到3.5%,科技财政投入占比达11.04%。"
    assert sorted((r[0], r[2]) for r in _rows(text)) == [
        ("fiscal_st_share", 3.5),
        ("fiscal_st_share", 11.04),
    ]


def test_a_goal_named_as_reached_between_results_is_that_years_goal():
    """…净增数突破200家,超额完成全年净增130家目标任务,总数突破700家,增幅达38%: 130 is the year's
    goal (not a count of 目标任务), and the total and growth after it are the firms' again."""
    text = (
        "某市科技局2022年工作总结及2023年工作思路\n一、2022年工作成效\n科技企业快速增长。2022年"
        "高新技术企业净增数突破200家,超额完成全年净增130家目标任务,总数突破700家,增幅达38%。"
        "科技型中小企业新增258家,总数达795家,超额完成全年总数650家目标任务,增幅达48%。"
    )
    assert {r for r in _rows(text) if r[2] in (130, 700, 38, 650, 48)} == {
        ("hte_count", "new", 130, None, 2022, "city", "target"),
        ("hte_count", "level", 700, None, 2022, "city", "actual"),
        ("hte_count", "growth", 38, None, 2022, "city", "actual"),
        ("tech_sme_count", "level", 650, None, 2022, "city", "target"),
        ("tech_sme_count", "growth", 48, None, 2022, "city", "actual"),
    }


def test_a_goal_still_to_be_reached_is_of_the_year_it_is_set_for():
    """去年…达1037家。今年截至7月底,…申报高企超900家,全年有望完成新增500家的目标任务: this
    year's goal (有望), not last year's."""
    text = (
        "某市高企培育成效显著\n发布时间:2021-08-10 09:30\n去年全市高新技术企业数量达1037家,"
        "比2019年度净增352家。今年截至7月底,全市已申报高企超900家,全年有望完成新增500家的目标任务。"
    )
    assert ("hte_count", "level", 1037, None, 2020, "city", "actual") in _rows(text)
    assert ("hte_count", "new", 500, None, 2021, "city", "target") in _rows(text)


def test_the_newly_recognised_part_of_a_batch_named_by_its_indicator():
    """高新技术企业认定名单公布,该市有46家企业在列,其中新认定企业19家,重新认定企业27家: 19 firms
    are new; the 46 (new and renewed) and the 27 renewed are no count of the area's firms."""
    text = (
        "某市科技局获悉,2017年第一批高新技术企业认定名单公布,该市有46家企业在列,其中新认定企业"
        "19家,重新认定企业27家。"
    )
    assert [r[:3] for r in _rows(text)] == [("hte_count", "new", 19)]


def test_a_change_after_a_count_of_other_things_is_that_counts():
    """高新技术企业拥有发明专利3.17万件,较2021年增长38.4%: the patents grew, not the firms (件
    counts items where the indicator counts firms)."""
    text = (
        "某市知识产权发布会\n截至2022年底,全市高新技术企业达到5337家。高新技术企业拥有发明专利"
        "3.17万件,较2021年增长38.4%。"
    )
    assert [r[:3] for r in _rows(text)] == [("hte_count", "level", 5337)]


def test_firms_that_applied_are_no_count_of_firms_recognised():
    """…开发区申请了9家高新技术企业: applications (the verb with its aspect mark 了), not the
    zone's firms."""
    text = "某高新区科技工作总结\n2019年,高新区申请了9家高新技术企业,全区共有高新技术企业5家。"
    assert [r[:3] for r in _rows(text)] == [("hte_count", "level", 5)]


def test_a_counted_group_of_counties_that_opens_a_clause_is_its_figures_scope():
    """…,16个区县地方财政科技经费支出占…比重达到3.19%,比上一年提高0.19个百分点: the districts
    together (the city's own budget is apart), as written; the next sentence is the city's."""
    text = (
        "某市区县科技进步分析\n2013年,各区县科技工作稳步推进,16个区县地方财政科技经费支出占地方财政"
        "一般预算支出的比重达到3.19%,比上一年提高0.19个百分点。全市高新技术企业达到500家。"
    )
    assert {(r[0], r[2], r[5]) for r in _rows(text)} == {
        ("fiscal_st_share", 3.19, "16个区县"),
        ("fiscal_st_share", 0.19, "16个区县"),
        ("hte_count", 500, "city"),
    }


def test_that_year_refers_back_to_the_year_named():
    """2014年国家财政科技支出为6454.5亿元,…;财政科技支出占当年国家财政支出的比重为4.25%: 当年 is
    2014, not the year the bulletin is of."""
    text = (
        "全国科技经费投入统计公报\n据初步统计,2015年全国研发经费投入总量为1.4万亿元。\n2014年国家"
        "财政科技支出为6454.5亿元,比2012年增长15.3%;财政科技支出占当年国家财政支出的比重为4.25%。"
    )
    assert ("fiscal_st_share", "level", 4.25, None, 2014, "city", "actual") in _rows(text)


def test_tax_relief_is_neither_rd_spending_nor_a_count_of_firms():
    """研发费用加计扣除减免税和高新技术企业减免税分别为379.8亿元和613.1亿元,分别…增长27.2%和16.2%:
    tax relief granted, whose growth is no growth of R&D spending or of the firms' count."""
    text = (
        "全国科技进步统计公报\n2014年我国规模以上工业企业研发费用加计扣除减免税和高新技术企业减免税"
        "分别为379.8亿元和613.1亿元,分别比2012年增长27.2%和16.2%。"
    )
    assert {r[0] for r in _rows(text)} == {"st_tax_relief"}
    assert {(r[1], r[2]) for r in _rows(text)} == {
        ("level", 379.8),
        ("level", 613.1),
        ("growth", 27.2),
        ("growth", 16.2),
    }


def test_contracts_above_a_size_are_a_part():
    """全年共成交1000万以上的重大技术合同303项,成交额108.3亿元,较上年增长25.02%: the large
    contracts only; the province's turnover is the 300亿元 after."""
    text = (
        "某省技术市场运行情况\n全年共成交1000万以上的重大技术合同303项,成交额108.3亿元,较上年增长"
        "25.02%。全省共登记技术合同5000项,成交额300亿元。"
    )
    assert [(r[0], r[2]) for r in _rows(text)] == [
        ("tech_contract_count", 5000),
        ("tech_contract_turnover", 300),
    ]


def test_a_count_after_qizhong_of_firms_counted_before_is_a_part():
    """共认定高新技术企业15家,…仅其中9家高新技术企业的产值就达到6.3亿元: nine of the fifteen; 其中
    with the firms' own tier after it (其中国家级高新技术企业30家) is still a count of its own."""
    text = (
        "某区高新技术企业发展\n截至目前,全区共认定高新技术企业15家,2005年度,仅其中9家高新技术企业的"
        "产值就达到6.3亿元。全市高新技术企业120家,其中国家级高新技术企业30家。"
    )
    assert sorted(r[2] for r in _rows(text) if r[0] == "hte_count") == [15, 30, 120]


def test_a_group_named_in_quotes_that_opens_a_clause_is_its_figures_scope():
    """“十强县”高新技术企业总数达4283家: the ten counties named so, not the province; a title won
    inside a clause (跻身全国“百强县”) names no subject."""
    text = (
        "2022年山东省科技创新“十强县”公布\n“十强县”高新技术企业总数达4283家,占全省高新技术企业数量的"
        "20.98%。\n今年全县跻身全国“百强县”,高新技术企业达到120家。"
    )
    assert {(r[2], r[5]) for r in _rows(text) if r[0] == "hte_count"} == {
        (4283, "十强县"),
        (120, "city"),
    }


def test_a_reports_edition_in_brackets_is_not_the_year_of_its_figures():
    """《中国城市科技创新发展报告(2025)》…2024年,常州做对了哪些?…有效高企超5400家: the figures are
    2024's; the 2025 in brackets names the report's edition."""
    text = (
        "《中国城市科技创新发展报告(2025)》\n近日,课题组在京发布了《中国城市科技创新发展报告(2025)》。"
        "\n2024年,常州做对了哪些?\n引进科技型中小企业1418家,有效高企超5400家。"
    )
    assert ("hte_count", "level", 5400, None, 2024, "city", "actual") in _rows(text)


def test_a_county_named_in_full_then_by_its_stem_where_a_clause_opens():
    """A national story: 在浙江省新昌县,…。以“创新强县”为引领,新昌打破…,2017年科技财政投入占比达
    11.04%: the county's figures (its stem counts only after its full name)."""
    text = (
        "县域创新的启示\n县域贡献了我国超过50%的国民生产总值,是我国高质量发展的主战场。\n在浙江省"
        "新昌县,当地铁了心抓创新。\n以“创新强县”为引领,新昌打破坛坛罐罐,“小县大科技”特色更加鲜明,"
        "2017年科技财政投入占比达11.04%,每万人发明专利拥有量达到38.2件。"
    )
    assert {(r[0], r[5]) for r in _rows(text)} == {
        ("fiscal_st_share", "新昌县"),
        ("invention_patents_per_10k", "新昌县"),
    }


def test_a_city_text_that_names_only_its_province_and_one_city_of_it_by_stem():
    """我市 in a text citing 河南省's bulletin, whose column is 《…开创现代化洛阳建设新局面》: 洛阳
    is its city; a partner named after a city (哈尔滨工业大学) names none."""
    text = (
        "记者从市科技局获悉，省统计局日前公布2024年河南省研究与试验发展经费投入统计公报。数据显示，"
        "去年我市研究与试验发展经费投入176.27亿元，研究与试验发展经费投入强度达到3.03%，连续7年位居"
        "全省第一，连续6年超过全国平均水平。\n\n开栏语\n\n蓝图催征，河洛潮涌。\n\n日前召开的党的"
        "二十届四中全会，对未来5年发展作出了顶层设计和战略擘画。\n\n“十五五”时期是加快推进现代化"
        "洛阳建设、建强中原城市群副中心城市的关键时期。即日起开设《挑大梁 走在前 不断开创现代化洛阳"
        "建设新局面》栏目，生动呈现全市上下自觉用全会精神武装头脑。"
    )
    assert (_tags(text)["city"], _tags(text)["province"]) == ("洛阳市", "河南省")
    partner = (
        "2021年,我市实施省、市科技计划项目559项,深化与哈尔滨工业大学的合作。黑龙江省科技创新大会"
        "精神在会上传达。全市高新技术企业达到100家。"
    )
    assert (_tags(partner)["city"], _tags(partner)["province"]) == (None, "黑龙江省")


def test_the_zone_named_right_after_results_announced_is_the_texts():
    """近日,科技部火炬中心发布2022年国家高新区综合评价结果,苏州工业园区在全国169家国家高新区中综合
    排名第四: news of that zone (its city 苏州市)."""
    text = (
        "苏报讯(驻园区首席记者 董某)近日,科技部火炬中心发布2022年国家高新区综合评价结果,"
        "苏州工业园区在全国169家国家高新区中综合排名第四,较上年度提升3位。目前,园区高新技术企业"
        "超过2500家。"
    )
    tags = _tags(text)
    assert (tags["zone"], tags["city"], tags["admin_level"]) == ("苏州工业园区", "苏州市", "zone")


def test_the_year_a_zone_was_approved_to_be_built_dates_nothing_after_it():
    """…是中国首批国家级经济技术开发区之一,于1984年获批建设。目前…拥有超7000家高新技术企业: the
    zone's history; today's count is not 1984's, and the text covers no period it states."""
    text = (
        "某市经开区建设记者会\n据介绍,某经济技术开发区是中国首批国家级经济技术开发区之一,于1984年获批"
        "建设。目前全市经开区拥有超7000家高新技术企业。"
    )
    assert [r[4] for r in _rows(text)] == [None]
    assert (_tags(text)["period_start"], _tags(text)["period_end"]) == (None, None)


def test_the_provinces_own_budget_level_and_a_share_of_that_level():
    """省本级公共财政的科学技术支出为20.3亿元,占本级一般公共预算支出的比重为2.4%: the provincial
    government's own budget (省本级), not the province's; 占本级 names that level again."""
    text = (
        "某省研发经费投入统计公报\n全省公共财政的科学技术支出为195.7亿元,占公共财政支出的比重为2.9%。"
        "省本级公共财政的科学技术支出为20.3亿元,占本级一般公共预算支出的比重为2.4%。"
    )
    assert {(r[2], r[5]) for r in _rows(text) if r[0] == "fiscal_st_share"} == {
        (2.9, "city"),
        (2.4, "省本级"),
    }


def test_applications_and_the_firms_that_passed():
    """组织17家企业申报国家高企通过16家: 17 applied (no outcome), 16 passed (new firms)."""
    text = (
        "某县科技工作\n2024年,全县组织17家企业申报国家高企通过16家,全县高新技术企业总数达到36家。"
    )
    assert sorted((r[1], r[2]) for r in _rows(text)) == [("level", 36), ("new", 16)]


def test_a_share_of_another_amount_named_in_its_sentence():
    """高新技术产业利税从…增加至6606亿元,…,占规上工业比重从6.9%提高至71.3%: the share of the
    industry's profits and taxes, not of its value added named in the sentence before."""
    text = (
        "某省高新技术产业发展报告\n2023年,全省高新技术产业增加值增长8%。全省高新技术产业利税从2006年"
        "的485亿元增加至2023年的6606亿元,增长近13倍,占规上工业比重从2006年的6.9%提高至2023年的71.3%。"
        "高新技术产业增加值占规上工业增加值比重达到67.1%。"
    )
    assert [r[2] for r in _rows(text) if r[0] == "hitech_va_share"] == [67.1]


def test_new_products_sales_as_a_share_of_revenue_is_not_rd_intensity():
    """研发经费投入增长8%,新产品销售收入占…营业收入比重达到15%: the share of new products' sales,
    not firms' R&D over revenue (the R&D spending was named just before)."""
    text = (
        "某市科技统计公报\n2023年,全市规上工业企业研发经费投入增长8%,新产品销售收入占规模以上工业企业"
        "营业收入比重达到15%。"
    )
    assert [r for r in _rows(text) if r[0] == "rd_revenue_ratio"] == []


def test_a_government_work_report_reviews_the_year_before_its_title_year():
    """2025年X市政府工作报告 opens with 2024年,全市上下…: its facts (强度4%, 净增1600户) are 2024's,
    and the report runs from the year reviewed to the year it plans."""
    text = (
        "2025年某市政府工作报告(摘要)\n\n2024年,全市上下迎难而上,顺利完成各项目标任务。\n\n"
        "向新而行、厚植优势,全社会研发投入强度4%、万人发明专利拥有量82.7件。国家高新技术企业净增"
        "1600户以上,总数突破1万户。"
    )
    assert {(r[0], r[4]) for r in _rows(text)} == {
        ("rd_gdp_ratio", 2024),
        ("invention_patents_per_10k", 2024),
        ("hte_count", 2024),
    }
    assert _type_and_period(text) == ("报告", 2024, 2025)


def test_years_listed_one_by_one_pair_with_the_values_after_fenbie():
    """2020年、2021年、2022年,…成交额分别为1533.66亿元、2343.44亿元、3053.5亿元: one year each."""
    text = (
        "某省技术合同成交额突破4000亿元\n统计数据显示,2020年、2021年、2022年,某省技术合同成交额分别为"
        "1533.66亿元、2343.44亿元、3053.5亿元。"
    )
    rows = [r for r in _rows(text) if r[2] < 4000]
    assert sorted((r[2], r[4]) for r in rows) == [(1533.66, 2020), (2343.44, 2021), (3053.5, 2022)]


def test_a_bank_branch_named_by_its_city_is_not_the_texts_place():
    """人民银行沈阳分行争取了…支持辽宁…;我省…全省共有科技型中小企业12630户: the province's text; the
    branch of the central bank is named by the city it sits in."""
    text = (
        "(上接第一版)\n据了解,今年上半年,人民银行沈阳分行争取了240亿元新增再贷款支持辽宁经济高质量发展。"
        "我省全力支持民营企业上市发展。\n截至6月末,全省共有科技型中小企业12630户,同比增长16%。"
    )
    tags = _tags(text)
    assert (tags.get("city"), tags["province"], tags["admin_level"]) == (None, "辽宁省", "province")
    assert {r[5] for r in _rows(text)} == {"city"}


def test_a_news_agencys_dateline_names_where_it_filed_not_its_subject():
    """中新网南京1月22日电 题:江苏:…;在正于南京召开的江苏省两会上…全省…: the province's news,
    filed from its capital; a dateline alone still places a text that names nothing else."""
    text = (
        "某广告行\n中新网南京1月22日电 题:江苏:向“新”攀高自有信心\n"
        "在正于南京召开的江苏省两会上,也许能找到答案。2024年,江苏省加强科技创新,全省高新技术企业超5.7万家。"
    )
    tags = _tags(text)
    assert (tags.get("city"), tags["province"], tags["admin_level"]) == (None, "江苏省", "province")
    alone = _tags("新华社合肥1月5日电 记者从市科技局获悉,2024年全市高新技术企业达到8000家。")
    assert alone["city"] == "合肥市"


def test_the_start_of_a_change_over_the_past_five_years():
    """2025年…:过去五年,研发投入强度从2.77%提高到3.3%: the start value is five years before the
    end's, not the year before."""
    text = "某省科技创新新闻\n2025年,过去五年,全省研发投入强度从2.77%提高到3.3%左右。"
    assert sorted((r[2], r[4]) for r in _rows(text)) == [(2.77, 2020), (3.3, 2025)]


def test_a_short_line_under_the_headline_does_not_hide_a_national_lead():
    """31省份研发投入大数据 / 2小时前热点话题3 / …2024年全国共投入R&D经费36326.8亿元…分地区看,…广东
    (5099.6亿元)、江苏(4597.5亿元): the nation's text, its provinces its parts."""
    text = (
        "31省份研发投入大数据 创新驱动经济发展\n\n2小时前热点话题3\n\n  科技研发对经济发展的推动"
        "作用日益凸显。《2024年全国科技经费投入统计公报》显示,2024年全国共投入研究与试验发展(R&D)"
        "经费36326.8亿元。\n  分地区看,R&D经费投入超过2000亿元的省(直辖市)有6个,分别是广东"
        "(5099.6亿元)、江苏(4597.5亿元)、北京(3278.4亿元)。"
    )
    tags = _tags(text)
    assert (tags.get("province"), tags.get("admin_level")) == (None, None)
    assert ("rd_expenditure", 5099.6, "广东省") in {(r[0], r[2], r[5]) for r in _rows(text)}


def test_an_officials_name_that_is_a_county_stem_is_a_person():
    """省政协副主席罗平带队来亳…会前,罗平一行先后到…亳州酷哇智能科技有限公司…我市: the vice-chair
    罗平 is a person, not 罗平县 of 曲靖 in 云南; the text is of 安徽."""
    text = (
        "3月27日,省政协副主席罗平带队来亳,围绕“构建支持全面创新体制机制,打造具有重要影响力的科技创新"
        "策源地”开展专题调研。省政协副秘书长、九三学社省委会专职副主委范立新,省政协常委、教科卫体委员会"
        "主任韩永生等参加调研,市政协主席汤涌陪同调研并主持召开座谈会。\n会前,罗平一行先后到安徽康和"
        "中药科技有限公司、亳州酷哇智能科技有限公司、安徽铂越新材料科技有限公司、古井集团智能产业园等地,"
        "实地了解我市传统产业转型升级、战略性新兴产业发展情况。会上,市科技局、亳州学院及有关企业汇报了"
        "科技创新、科技成果转化等情况。\n据了解,近年来,我市坚持以科技创新引领产业高质量发展。2024年"
        "高新技术企业存量达450家,科技型中小企业1214家;目前,全市有省重点实验室2个。"
    )
    assert _tags(text)["province"] == "安徽省"


def test_a_budget_level_opening_a_sentence_does_not_carry_to_the_next():
    """2024年市本级兑现科技类政策支持资金2203万元,…;2024年…高新技术企业存量达450家: the city's own
    budget gave the money; the firms are the whole city's."""
    text = (
        "某市科技调研\n据了解,近年来,我市坚持以科技创新引领产业发展。2024年市本级兑现科技类政策支持资金"
        "2203万元,全市获批省科技计划项目10项;2024年高新技术企业存量达450家,科技型中小企业1214家。"
    )
    assert {(r[2], r[5]) for r in _rows(text)} == {(450, "city"), (1214, "city")}


def test_newly_developed_firms_are_a_flow():
    """全年新发展的高新技术企业166家: the firms added that year (kind new), beside the stock."""
    text = (
        "某高新区1995年年鉴\n1995年,全年新发展的高新技术企业166家,区内高新技术企业累计达到800家。"
    )
    assert sorted((r[1], r[2]) for r in _rows(text)) == [("level", 800), ("new", 166)]


def test_a_table_of_tasks_and_answerable_units_states_goals():
    """序号 | 主 要 工 作 任 务 | 责任单位 / 6 | 研发投入强度达到3.55%。 | 市科技局: a goal
    shared out, not a fact; a table of how the tasks went (完成情况) reports facts."""
    text = (
        "序号 | 主 要 工 作 任 务 | 责任单位 |\n1 | 地区生产总值增长6%左右。 | 市发展改革委 |\n"
        "6 | 研发投入强度达到3.55%。 | 市科技局 |\n"
    )
    assert [(r[0], r[6]) for r in _rows(text)] == [("rd_gdp_ratio", "target")]
    done = text.replace("| 责任单位 |", "| 完成情况 | 责任单位 |")
    assert [(r[0], r[6]) for r in _rows(done)] == [("rd_gdp_ratio", "actual")]


def test_a_count_over_a_bound_after_a_list_of_new_things_is_a_stock():
    """全省新建省级重点实验室44家,高新技术企业超5.7万家: 超 bounds the stock of firms; 新建 is the
    labs' verb, not the firms'."""
    text = "某省两会新闻\n2024年,全省新建省级重点实验室44家,高新技术企业超5.7万家。"
    assert [(r[1], r[2]) for r in _rows(text) if r[0] == "hte_count"] == [("level", 57000)]


def test_firms_rd_costs_over_revenue_in_short():
    """规上工业企业研发费用与营收之比达到3.25%左右: R&D over revenue (营收, revenue in short)."""
    text = "某省政府工作报告\n2026年,全省力争规上工业企业研发费用与营收之比达到3.25%左右。"
    assert [(r[0], r[2]) for r in _rows(text)] == [("rd_revenue_ratio", 3.25)]


def test_last_years_same_period_a_multiple_is_of_dates_nothing():
    """…189家,是去年同期的2.4倍;培育科技型中小企业1927家 (written in 2023): this year's firms; 去年
    is what the multiple is of."""
    text = (
        "2023年7月16日 某省科技厅\n今年1月至5月,全省新增高校院所科技成果转化企业189家,是去年同期的"
        "2.4倍;培育科技型中小企业1927家。"
    )
    assert [(r[2], r[4]) for r in _rows(text)] == [(1927, 2023)]


def test_a_groups_subsidiaries_are_not_the_areas_firms():
    """沈鼓集团…拥有7家国家高新技术企业子公司: a group's subsidiaries, not a count of the province's
    high-tech firms (全省高新技术企业总数达到1837家 is)."""
    text = (
        "某省高新技术企业发展\n2016年,全省高新技术企业总数达到1837家。沈鼓集团是国内唯一一家专业化生产"
        "企业,拥有7家国家高新技术企业子公司,建有国家级企业技术中心。"
    )
    assert [r[2] for r in _rows(text)] == [1837]


def test_high_tech_industry_as_a_share_of_value_added_named_by_its_denominator():
    """高新技术产业占规上工业增加值比重为66.8%: the industry's value added, which the denominator
    names; 高新技术产业占规上工业比重 alone could be of output, and is not read so."""
    text = "某市经济运行\n上半年,全市高新技术产业占规上工业增加值比重为66.8%。"
    assert [(r[0], r[2]) for r in _rows(text)] == [("hitech_va_share", 66.8)]
    assert _rows(text.replace("规上工业增加值比重", "规上工业比重")) == []


def test_a_zone_named_without_its_city_is_still_the_texts_own():
    """盐城盐南高新区…;盐南高新区高企总数达到158家: the text's own zone, named without its city."""
    text = (
        "盐城盐南高新区科技创新工作综述\n2023年,盐城盐南高新区深入实施创新驱动发展战略。全年,盐南高新区"
        "高企总数达到158家,同比增长34.5%。"
    )
    assert {r[5] for r in _rows(text)} == {"city"}


def test_the_year_a_zone_was_approved_by_a_ministry_dates_nothing_after_it():
    """前身是2015年科技部批准建设的…园区,…其中高新技术企业20家: the zone's founding, not the
    year of today's count."""
    text = (
        "某农高区获批\n某国家农高区的前身是2015年科技部批准建设的某国家农业科技园区,集聚各类企业106家,"
        "其中高新技术企业20家。"
    )
    assert [(r[2], r[4]) for r in _rows(text)] == [(20, None)]


def test_news_of_a_government_work_report_runs_from_the_year_reviewed_to_the_year_planned():
    """省长向大会作政府工作报告。报告提出,今年的主要预期目标是:… 报告指出,2025年是…不平凡的一年
    …研发投入强度达3.6%: it reviews 2025 and plans 2026."""
    text = (
        "某省将加快未来产业成形成势\n1月26日,某省人大会议开幕,省长向大会作政府工作报告。报告提出,今年的"
        "主要预期目标是:地区生产总值增长5%左右。报告指出,2025年是很不平凡的一年。预计全社会研发投入"
        "5350亿元,研发投入强度达3.6%。"
    )
    assert _type_and_period(text) == ("报告", 2025, 2026)


def test_a_review_of_the_whole_provinces_work_names_the_year_reported():
    """2025年是十四五规划收官之年。…在对2024年全省工作进行回顾时…: news of a report on 2024."""
    text = (
        "江苏:向新攀高自有信心\n2025年是十四五规划收官之年。本次江苏省政府工作报告中,在对2024年全省工作"
        "进行回顾时,以新江苏现代化建设迈出新的坚实步伐作为结尾。2024年,全省高新技术企业超5.7万家。"
    )
    assert _type_and_period(text)[1:] == (2024, 2024)


def test_the_date_of_a_press_conference_on_a_five_year_plans_results_is_not_the_year_reported():
    """2026年1月16日,…举行“‘十四五’广东成就”清远专场新闻发布会: a review of the plan's years
    (2021–2025), not a report on 2026."""
    text = (
        "数量全省第一\n2026年1月16日,广东省人民政府新闻办公室举行“‘十四五’广东成就”清远专场新闻发布会。"
        "清远市市长表示,全市高新技术企业数量突破1000家。"
    )
    assert _type_and_period(text)[1:] == (2021, 2025)


def test_places_a_texts_people_went_to_promote_it_are_not_its_place():
    """在重庆、深圳举办产业推介和交流合作会,累计前往上海、广州、深圳、北京等地拜访企业…;列扬州市级
    项目9个: venues and visits, not the text's place (扬州's, in 江苏)."""
    text = (
        "招商引资成效显著。2025年,高新区深化招商市场化体制机制改革。在重庆、深圳举办产业推介和交流合作会,"
        "累计前往上海、广州、深圳、北京等地拜访企业305家。全年列省、扬州市级重大项目共有9个。扬州“三新”"
        "项目新开工8个。2025年全区高新技术企业达到120家。"
    )
    assert _tags(text)["province"] == "江苏省"


@pytest.mark.parametrize(
    "text, period",
    [
        # 2022年,全市工信系统…;2023年是…关键之年: the year reported and the year it looks to
        (
            "全市工信系统喜获优秀\n2022年,全市工信系统坚持创新驱动,全市高新技术企业达到186家。"
            "2023年是全面贯彻落实党的二十大精神的关键之年,市工信局将持续培育创新主体。",
            (2022, 2023),
        ),
        # …2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划(草案): both years
        (
            "受区人民政府委托,向大会书面报告2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展"
            "计划(草案),请予审议。\n一、2022年国民经济和社会发展计划执行情况\n全区新增高新技术企业120家。",
            (2022, 2023),
        ),
        # published 2019 on 2018's results, then 今年,我市将…: from the year reported to its own
        (
            "我市科技创新工作成效显著\n发布时间:2019-02-22 来源:市人民政府\n"
            "2018年,全市新增高新技术企业36家,技术合同成交额达到12.5亿元。\n"
            "今年,我市将重点围绕六大特色主导产业,持续提升科技创新能力。",
            (2018, 2019),
        ),
        # a work report of 2008 (no date of its own): 明年,我们将…: the next year is planned too
        (
            "市科技局工作情况汇报\n2008年,全市新认定高新技术企业12家,专利申请量达到860件。"
            "明年,我们将冲刺全国科技进步示范市称号,力争新增高新技术企业15家。",
            (2008, 2009),
        ),
        # published in 2018 on 2018: 今年,我市将… is the same year, not the next
        (
            "我市科技创新工作成效显著\n发布时间:2018-12-22 来源:市人民政府\n"
            "2018年,全市新增高新技术企业36家。今年,我市将继续提升科技创新能力。",
            (2018, 2018),
        ),
    ],
)
def test_the_period_of_a_text_on_one_year_that_looks_to_the_next(text, period):
    """A report or news item on one year covers the next too when it says what that year brings."""
    assert _type_and_period(text)[1:] == period


def test_a_districts_news_that_ranks_it_among_the_provinces_counties_is_the_districts():
    """在全省…总结暨…工作推进会议上, 新吴区荣获…; 保持全省县市区前三: a meeting attended and the
    district's peers, not a text that calls itself 全省."""
    text = (
        "3月21日\n在全省2024年度高质量发展总结\n暨2025年工作推进会议上\n新吴区荣获\n优秀县(市、区)\n"
        "2024年,无锡高新区(新吴区)全面落实各项决策部署,全区经济运行持续回升向好。\n"
        "2024年,无锡高新区(新吴区)一般公共预算收入265.9亿元,保持全省县市区前三。新吴区国家高新技术"
        "企业超过1800家,高新技术产业产值占比位居全省县(市)区第一。"
    )
    tags = _tags(text)
    assert (tags["city"], tags["admin_level"]) == ("新吴区", "district")


@pytest.mark.parametrize("vision", ["二〇三五年", "2035年"])
def test_a_year_in_a_cited_plans_name_is_no_year_a_plan_reports_before_its_own_term(vision):
    """依据《…第十四个五年规划和二〇三五年远景目标纲要》编制,对“十四五”期间…: the cited name's
    year (in Chinese digits, read as 2035) does not hide the plan's own term."""
    text = (
        f"本规划依据《江西省国民经济和社会发展第十四个五年规划和{vision}远景目标纲要》编制,对“十四五”"
        "期间全省科技创新作出总体部署,是全省重点专项规划。\n到2025年,全省研发投入强度达到2.3%。"
    )
    assert _type_and_period(text) == ("规划", 2021, 2025)


@pytest.mark.parametrize("vision", ["二〇三五年", "2035年"])
def test_a_vision_year_in_a_five_year_plans_title_dates_no_figure(vision):
    """《…第十四个五年规划和二〇三五年远景目标纲要》主题发布会: 2035 is the vision's horizon; a
    growth rate stated beside 到2025年 goals is no 2035 figure."""
    rows = _rows(
        f"在市政府新闻办召开的《大连市国民经济和社会发展第十四个五年规划和{vision}远景目标纲要》主题发布会"
        "上,市科技局表示。全社会研发经费投入年均增长10%,到2025年,占地区生产总值的比重力争达到3.5%。"
    )
    assert {(r[0], r[1], r[4]) for r in rows} == {
        ("rd_expenditure", "growth", 2025),
        ("rd_gdp_ratio", "level", 2025),
    }


def test_a_meeting_named_for_next_year_and_held_late_in_this_one_dates_the_text_this_year():
    """11月7日,…召开2020年度全市高新技术企业培育工作会,…力争明年净增1000家: held in November 2019
    to launch 2020's work; its 今年 is 2019 and its 明年 2020."""
    rows = _rows(
        "11月7日,武汉市科技局召开2020年度全市高新技术企业培育工作会,力争明年净增1000家高新技术企业。"
        "今年,武汉市共组织2253家企业申报高新技术企业认定。预计今年全市高新技术企业数量净增超过900家,"
        "总量将超过4450家。"
    )
    assert {(r[2], r[4]) for r in rows if r[0] == "hte_count"} == {
        (1000, 2020),
        (900, 2019),
        (4450, 2019),
    }


def test_a_text_about_a_town_gives_its_own_figures_the_towns_name():
    """南湖区大桥镇以科技引领工业…;该镇拥有高新技术企业19家: the town's figures, in a text whose
    place (the district) is the town's."""
    rows = _rows(
        "南湖区大桥镇以科技引领工业“快跑”\n目前,在南湖区大桥镇,一个日趋合理的工业经济发展架构正在成型。"
        "该镇拥有高新技术企业19家,2013年实现高新技术产值117.5亿元。"
    )
    assert {(r[0], r[2], r[5]) for r in rows} == {
        ("hte_count", 19, "大桥镇"),
        ("hitech_output", 117.5, "大桥镇"),
    }


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (  # a name of four characters after a city's stem
            "苏州狮山横塘街道召开重点民营企业座谈会\n昨天,苏州高新区狮山横塘街道召开座谈会。"
            "今年以来,狮山横塘街道经济稳定向好,技术合同交易额10.5亿元。",
            "狮山横塘街道",
        ),
        (  # named in the lead, under a long byline that is no part of what the text shows
            "[苏州日报]今年引进科技型企业260家\n2020-03-16 09:43:00 来源:苏州高新区管委会"
            "(虎丘区人民政府) 作者:宣传部 责任编辑:康康\n昨天,苏州高新区枫桥街道举行动员会。"
            "过去一年,枫桥街道新增高新技术企业45家。",
            "枫桥街道",
        ),
    ],
)
def test_the_town_a_text_is_about_is_found_by_a_long_name_or_in_its_lead(text, town):
    assert {r[5] for r in _rows(text)} == {town}


@pytest.mark.parametrize(
    "opening",
    [
        "景德镇出台科技兴赣六大行动实施方案\n景德镇市人民政府办公室",  # a city named …镇
        "宁波市镇海区科技局2024年工作总结\n",  # a district whose name starts with 镇
        "全国千强镇名单发布,我市科技创新再上台阶\n",  # a ranking of towns, no town's name
    ],
)
def test_a_place_or_a_word_ending_in_zhen_is_no_town_a_text_is_about(opening):
    rows = _rows(opening + "到2025年,高新技术企业达到300家,该镇所在地区持续发展。")
    assert [(r[0], r[5]) for r in rows] == [("hte_count", "city")]


@pytest.mark.parametrize(
    "history",
    [
        "科技部于2018年启动建设全国首批52个创新型县(市)。",
        "奉节县于2018年被列入全国首批创新型县(市)创建名单,创建周期为三年。",
    ],
)
def test_the_year_a_programme_began_is_history_not_the_year_a_news_item_reports(history):
    """News of 2022 on passing an acceptance: the year the programme started (启动建设) or the
    county was put on its list (被列入…名单) is its history; the item's date is its year."""
    rows = _rows(
        "奉节县获批首批国家创新型县\n2022-08-31 17:21:00 来源:国际在线\n近日,科技部公布首批创新型县"
        f"(市)验收通过名单。{history}全县高新技术企业达到24家。"
    )
    assert rows == [("hte_count", "level", 24, None, 2022, "city", "actual")]


def test_a_review_written_after_a_five_year_plan_gives_a_change_the_plan_s_two_ends():
    """数说厦门“十四五”, written in 2026: 从2282家增至4735家 runs from the year before the
    plan (2020) to its last year (2025), not to the year the text was written."""
    rows = _rows(
        "数说厦门“十四五”\n2026-02-03 08:30 来源:厦门日报\n●国家高新技术企业数从2282家增至4735家\n"
        "●新增3个千亿级产业链群\n2026年是“十五五”开局之年。今年,鹭岛将锚定新的发展方向。"
    )
    assert ("hte_count", "level", 4735, None, 2025, "city", "actual") in rows
    assert ("hte_count", "level", 2282, None, 2020, "city", "actual") in rows


def test_a_work_report_announcing_next_year_s_expected_goals_plans_that_year():
    """市长作政府工作报告时公布2026年…主要预期目标 after 2025年…增长5.4%: the report reviews
    2025 and plans 2026; its undated 今年 is 2026, the year it is delivered in."""
    text = (
        "上海人大会议昨日登场,市长作政府工作报告时公布2026年上海经济社会发展主要预期目标,"
        "其中全市生产总值增长目标设定为5%左右。2025年上海GDP增长5.4%。\n"
        "市长在会中表示,建议今年全市经济社会发展的主要预期目标为:全市生产总值增长5%左右,"
        "全社会研发经费支出占GDP比重达4.6%左右。"
    )
    assert _type_and_period(text) == ("报告", 2025, 2026)
    assert ("rd_gdp_ratio", "level", 4.6, None, 2026, "city", "target") in _rows(text)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("1997年,我省高新技术产业经济规模首次突破百亿元,实现产值137.6亿元。", 137.6),
        ("2007年,全省高新技术产业总体运行情况良好,全年实现总产值1075.4亿元。", 1075.4),
    ],
)
def test_output_named_after_the_industry_as_its_sentence_s_subject(sentence, value):
    """实现产值 measures what the sentence is about: the high-tech industry named as its subject."""
    assert _rows(sentence) == [
        ("hitech_output", "level", value, None, int(sentence[:4]), "city", "actual")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a zone named by the industry's words: the zones' output
        "1997年,两个国家级高新技术产业开发区完成工业总产值104.1亿元。",
        # one industry within the high-tech industries
        "2010年在全市高新技术产业中,航空航天制造业实现工业总产值29.22亿元。",
        # the industry as the object of a clause, not the sentence's subject
        "2010年,区位优势为高新技术产业发展提供了条件,上半年全区域完成总产值691.07亿元。",
    ],
)
def test_output_after_the_industry_named_otherwise_is_not_the_industry_s(sentence):
    assert [r for r in _rows(sentence) if r[0] == "hitech_output"] == []


def test_value_added_and_its_share_named_after_the_industry_s_output():
    """产值…;产业增加值从…增加至…;增加值占规上工业的比重从…提高至…: the high-tech industry's
    value added and its share of above-scale industry, each named by a head noun after the
    output."""
    rows = _rows(
        "该省高新技术产业产值从2006年的0.57万亿元增加至2023年的6.87万亿元;产业增加值从2006年的"
        "0.11万亿元增加至2023年的1.50万亿元;增加值占规上工业的比重从2006年的15.0%提高至2023年的67.1%。"
    )
    assert {(r[0], r[2], r[4]) for r in rows} == {
        ("hitech_output", 5700, 2006),
        ("hitech_output", 68700, 2023),
        ("hitech_va", 1100, 2006),
        ("hitech_va", 15000, 2023),
        ("hitech_va_share", 15.0, 2006),
        ("hitech_va_share", 67.1, 2023),
    }


def test_value_added_after_the_output_in_the_next_clause():
    rows = _rows("2016年,全市高新技术产业实现产值590.1亿元,同比增长28.0%;实现增加值141.7亿元。")
    assert ("hitech_va", "level", 141.7, None, 2016, "city", "actual") in rows


def test_a_list_item_that_leaves_its_head_to_the_next_item_takes_the_first_value():
    """高新技术产业、战略性新兴产业占全市规上工业增加值比重分别为66.8%、43.8%: the first item's
    share of above-scale industrial value added is 66.8%."""
    rows = _rows(
        "2024年上半年,郑州市高新技术产业、战略性新兴产业占全市规上工业增加值比重分别为66.8%、43.8%。"
    )
    assert rows == [("hitech_va_share", "level", 66.8, None, 2024, "city", "actual")]


def test_a_list_whose_items_are_not_parallel_shares_no_head():
    """高新技术产业和民营经济增加值: the private economy is no industry (…产业, …经济); the list
    is no shared head, and nothing says which value is the high-tech industry's."""
    rows = _rows("2024年,全市高新技术产业和民营经济增加值分别增长10%和8%。")
    assert [r for r in rows if r[0].startswith("hitech")] == []


@pytest.mark.parametrize(
    "count, density",
    [
        ("有效发明专利拥有量9366件", "invention_patents_per_10k"),
        ("高价值发明专利拥有量5500件", "high_value_patents_per_10k"),
    ],
)
def test_patents_per_10k_named_after_the_count_by_a_bare_per_head_word(count, density):
    """…拥有量N件,每万人拥有量M件: the density of the patents just counted (high-value ones are
    not all invention patents in force)."""
    rows = _rows(f"2023年,全市{count},每万人拥有量12.3件。")
    assert (density, "level", 12.3, None, 2023, "city", "actual") in rows
    assert [r[0] for r in rows if r[2] == 12.3] == [density]


def test_a_named_density_after_the_high_value_count_keeps_its_own_name():
    rows = _rows("2023年,全市高价值发明专利拥有量5000件,每万人发明专利拥有量达到20件。")
    assert ("invention_patents_per_10k", "level", 20, None, 2023, "city", "actual") in rows


def test_r_and_d_spending_of_a_kind_of_company_is_a_part_of_the_whole():
    """在工业企业R&D经费中,国有企业及国有独资公司R&D经费26.44亿元: the state-owned firms'
    part of a bulletin's breakdown, not the city's spending."""
    rows = _rows(
        "2009年,上海市工业企业R&D经费236.51亿元。在工业企业R&D经费中,"
        "国有企业及国有独资公司R&D经费26.44亿元,占11.2%。"
    )
    assert [r for r in rows if r[0] == "rd_expenditure"] == []


def test_parts_of_a_province_listed_before_fenbie_each_take_their_value():
    """去年苏南、苏中、苏北高新技术产业产值增幅分别为9.0%、12.3%、18.5%: three parts of Jiangsu
    (region names are data), each with its own growth."""
    rows = _rows(
        "2022年江苏高新技术企业数量达4.4万家。去年苏南、苏中、苏北高新技术产业产值增幅分别为"
        "9.0%、12.3%、18.5%。"
    )
    growth = {(r[2], r[5]) for r in rows if r[0] == "hitech_output"}
    assert growth == {(9.0, "苏南"), (12.3, "苏中"), (18.5, "苏北")}


def test_a_list_of_places_that_opens_with_a_time_word_still_shares_one_indicator():
    rows = _rows("2023年,去年苏州市、无锡市、常州市高新技术企业分别达到8000家、7500家、5000家。")
    assert {(r[2], r[5]) for r in rows} == {(8000, "苏州市"), (7500, "无锡市"), (5000, "常州市")}


@pytest.mark.parametrize(
    "sentence",
    [
        "2016年,规模以上工业企业研究与试验发展(R&D)经费投入超过500亿元的行业大类有7个。",
        "2021年,江苏R&D经费超百亿设区市达10个,比上年增加1个。",
        "2023年,12个地区研究与试验发展(R&D)经费投入超过千亿元。",
        "2019年,株洲市成为我省第二个技术合同成交额跨入100亿元的市州。",
    ],
)
def test_a_bar_that_places_or_trades_are_counted_by_is_no_figure(sentence):
    """超过500亿元的行业大类有7个: 500亿元 is the bar the seven trades pass, nobody's spending."""
    assert _rows(sentence) == []


def test_a_figure_with_a_rank_after_it_is_still_a_figure():
    rows = _rows("2023年全市研发经费投入达到120亿元,居全省第3位。")
    assert rows == [("rd_expenditure", "level", 120, None, 2023, "city", "actual")]


def test_an_excerpt_headed_by_a_five_year_plan_s_goals_is_that_plan():
    """“十三五”科技创新的总体目标 as the first line: the plan's own goals section."""
    text = (
        "“十三五”科技创新的总体目标\n“十三五”科技创新的总体目标是:国家科技实力和创新能力大幅跃升。"
    )
    assert _type_and_period(text) == ("规划", 2016, 2020)


@pytest.mark.parametrize(
    "text",
    [
        "2015年北京技术市场统计年报\n第一部分 综述\n全年技术合同成交额3452.6亿元。",
        "十、科技和质量技术监督\n高新技术产业:全年高新技术产业产值6530亿元,比上年增长26.1%。",
        "10月10日,陕西省统计局发布《2024年陕西省研发经费投入情况概览》。2024年,陕西省研发经费"
        "投入926.2亿元。",
    ],
)
def test_statistical_reports_and_bulletin_chapters_are_bulletins(text):
    """A field's yearly statistical report, a bulletin's S&T chapter, a statistics bureau's
    named release: 公报."""
    assert _type_and_period(text)[0] == "公报"


def test_news_of_the_premier_s_report_on_the_work_of_the_government_is_of_a_report():
    """听取和审议国务院总理关于政府工作的报告: the government work report, named with 的."""
    text = (
        "李克强:科技进步贡献率上升到56.2%\n3月5日上午9时,第十二届全国人民代表大会第五次会议"
        "在人民大会堂开幕,听取和审议国务院总理李克强关于政府工作的报告。"
    )
    assert _type_and_period(text)[0] == "报告"


def test_a_pilot_zone_named_by_its_cities_heads_its_own_figures():
    """合芜蚌试验区成交技术合同6069项,成交金额143.16亿元: the pilot zone's share of the
    province's contracts, not the province's."""
    rows = _rows(
        "2014年,全省认定登记的技术合同7093项,合同成交金额169.83亿元。合芜蚌试验区成交技术合同"
        "6069项,成交金额143.16亿元,分别占全省总量的85.56%和84.3%。"
    )
    turnover = {(r[2], r[5]) for r in rows if r[0] == "tech_contract_turnover"}
    assert turnover == {(169.83, "city"), (143.16, "合芜蚌试验区")}


def test_a_work_report_s_paragraph_on_the_next_year_states_its_goals():
    """政府工作报告: 2022年,…达225家 (results); 2023年,…继续…达到260家: the report is given as
    2023 begins, so 2023's figures are goals and the report covers both years."""
    text = (
        "1月5日,在鄂州市第九届人民代表大会第二次会议上,市长作政府工作报告。报告指出,2022年,"
        "鄂州市高新技术企业达225家。\n2023年,鄂州市继续激发创新主体活力,高新技术企业达到260家。"
    )
    assert _type_and_period(text) == ("报告", 2022, 2023)
    assert _rows(text) == [
        ("hte_count", "level", 225, None, 2022, "city", "actual"),
        ("hte_count", "level", 260, None, 2023, "city", "target"),
    ]


def test_firms_taken_into_the_cultivation_pool_are_no_high_tech_enterprises_yet():
    """2024年高新技术企业培育入库企业600余家,高新技术企业存量达450家: 600 firms in the pool being
    groomed for recognition, 450 recognised."""
    rows = _rows("2024年高新技术企业培育入库企业600余家,高新技术企业存量达450家。")
    assert [(r[0], r[2]) for r in rows] == [("hte_count", 450), ("hte_reserve_count", 600)]


@pytest.mark.parametrize(
    "sentence",
    ["2022年高新技术企业新增申报成功数≥6家。", "2022年高新技术企业申报成功6家。"],
)
def test_applications_that_succeeded_are_recognitions(sentence):
    """申报成功: the firms whose applications succeeded, recognised (an application alone, 申报15家,
    is no outcome)."""
    assert _rows(sentence) == [("hte_count", "new", 6, None, 2022, "city", "actual")]


def test_an_application_count_alone_is_still_no_outcome():
    assert _rows("2022年组织高新技术企业申报15家。") == []


@pytest.mark.parametrize(
    "text, rows",
    [
        (
            "2019年,全省高新技术产业以培育发展新动能为中心,继续保持平稳较好发展。1~12月实现营业收入"
            "1.89万亿元。",
            [("hitech_output", "level", 18900, None, 2019, "city", "actual")],
        ),
        (
            "2018年上半年,全省规模以上高新技术产业完成增加值575.7亿元。实现主营业务收入2268.7亿元。",
            [
                ("hitech_output", "level", 2268.7, None, 2018, "city", "actual"),
                ("hitech_va", "level", 575.7, None, 2018, "city", "actual"),
            ],
        ),
    ],
)
def test_a_sentence_that_opens_on_a_time_goes_on_with_the_subject_before(text, rows):
    """…高新技术产业…继续保持平稳较好发展。1~12月实现营业收入…: the industry's revenue; the size
    statistics count from (规模以上) may stand before the subject."""
    assert _rows(text) == rows


def test_a_share_its_own_clause_names_takes_no_growth_word_from_the_clause_before():
    """…,增幅位于全省第3,增加值占规模工业的42.8%: a share of industry, not a growth rate."""
    rows = _rows(
        "2016年上半年,全市高新技术产业增加值85.4亿元,同比增长20.3%,增幅位于全省第3,"
        "增加值占规模工业的42.8%。"
    )
    assert ("hitech_va_share", "level", 42.8, None, 2016, "city", "actual") in rows


def test_months_without_a_year_take_the_year_that_opened_their_paragraph():
    """A 2019 article reposted in 2025: 2019年,…。1~12月实现营业收入1.89万亿元 is 2019's, not the
    repost's year."""
    rows = _rows(
        "四川高新技术产业发展情况\n发布时间:2025-03-02\n2019年,全省高新技术产业继续保持平稳较好发展。"
        "1~12月实现营业收入1.89万亿元。"
    )
    assert rows == [("hitech_output", "level", 18900, None, 2019, "city", "actual")]


def test_a_decimal_point_printed_as_a_full_stop_is_read_as_a_point():
    """每万人发明专利拥有量14 。08件: a copy printed the point as a spaced full stop; after 预计到
    2016年初's own clause the 2015 news goes on with its facts."""
    rows = _rows(
        "2015年,该区新认定国家高新技术企业13家,预计到2016年初,全区国家级高企数量将达到50家左右;"
        "发明专利申请量超460件,每万人发明专利拥有量14 。08件。"
    )
    assert ("invention_patents_per_10k", "level", 14.08, None, 2015, "city", "actual") in rows


def test_an_estimate_of_this_year_still_dates_the_clauses_after_it():
    """预计今年高新技术企业达1400家,…;科技型中小企业拟入库3900家: both this year's."""
    rows = _rows(
        "荆州市科技局介绍\n2025-12-06 来源:荆州日报\n创新主体规模持续壮大,"
        "预计今年高新技术企业达1400家,是“十三五”末的4.4倍;科技型中小企业入库3900家,总量稳居全省第三。"
    )
    assert {(r[0], r[4]) for r in rows} == {("hte_count", 2025), ("tech_sme_count", 2025)}


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("2014年,全市新认定的高新技术企业达到29家。", "new"),  # the firms newly recognised
        ("2014年,全市新认定高新技术企业达到29家。", "new"),
        ("2014年,经认定的高新技术企业共29家。", "level"),  # firms holding the status
    ],
)
def test_a_flow_word_before_de_still_names_a_flow(sentence, kind):
    assert [r[1] for r in _rows(sentence)] == [kind]


def test_renewals_that_passed_review_are_neither_new_firms_nor_the_stock():
    """新认定12家;重新认定5家;复审通过7家: only the 12 are new; the renewals are not counted."""
    rows = _rows("2014年,新认定高新技术企业12家;重新认定高新技术企业5家;复审通过高新技术企业7家。")
    assert rows == [("hte_count", "new", 12, None, 2014, "city", "actual")]


def test_a_summary_whose_year_a_copy_masked_is_of_the_year_before_the_one_planned():
    """区科技局20XX年工作总结及2024年工作要点: the masked year is 2023; its results are 2023's."""
    text = (
        "区科技局20XX年工作总结及2024年工作要点\n一、20XX年工作总结\n目前全区入库国家科技型中小企业"
        "1009家,均居全市第一。\n二、2024年工作要点\n力争新增高新技术企业100家。"
    )
    assert _type_and_period(text) == ("总结", 2023, 2024)
    assert ("tech_sme_count", "level", 1009, None, 2023, "city", "actual") in _rows(text)


def test_a_total_that_nears_a_count_without_its_unit_is_still_the_count():
    """…申报高新技术企业583家,预计总数接近1100,…: the total expected, its unit (家) left out."""
    rows = _rows("2023年,全区共推荐申报高新技术企业583家,预计总数接近1100,新增苗子企业111家。")
    assert rows == [("hte_count", "level", 1100, None, 2023, "city", "actual")]


def test_a_meeting_that_reviews_last_year_and_deploys_this_year_s_tasks_covers_both():
    """Published 2026-02-28: 总结去年工作,部署今年任务 and 2025年,…实现…: 2025 and 2026."""
    text = (
        "高新区工作会议召开\n来源: 海安日报 发布时间:2026-02-28\n2月27日,高新区工作会议召开,"
        "总结去年工作,部署今年任务。\n2025年,高新区新增高新技术企业45家。"
    )
    assert _type_and_period(text)[1:] == (2025, 2026)


# a table of places a page copied one cell per line, each value line opened by a bar
_BAR_CELL_TABLE = (
    "附件:\n各县市区高新技术产业产值\n县市区\n| 08年高新技术产业产值(万元)\n"
    "| 09年高新技术产业产值(万元)\n|\n潍城\n| 474696\n| 579129.1\n|\n寒亭\n| 497288\n"
    "| 596745.6\n|\n坊子\n| 191088\n| 236949.1\n|\n"
)


@pytest.mark.parametrize(
    ("line_end", "space"),
    [("\n", " "), ("\r\n", " "), ("\n", "\u00a0")],
    ids=["unix", "windows", "no_break_spaces"],
)
def test_a_table_of_bar_cells_reads_the_same_with_windows_line_ends(line_end, space):
    """A file saved on Windows (\r\n), or a page whose spaces are no-break spaces, gives the
    table's figures as the plain file does: 474696万元 in 08年 for 潍城 is 47.4696亿元 in 2008."""
    rows = _rows(_BAR_CELL_TABLE.replace("\n", line_end).replace(" ", space))
    assert rows == sorted(
        [
            ("hitech_output", "level", 47.4696, None, 2008, "潍城", "actual"),
            ("hitech_output", "level", 57.91291, None, 2009, "潍城", "actual"),
            ("hitech_output", "level", 49.7288, None, 2008, "寒亭", "actual"),
            ("hitech_output", "level", 59.67456, None, 2009, "寒亭", "actual"),
            ("hitech_output", "level", 19.1088, None, 2008, "坊子", "actual"),
            ("hitech_output", "level", 23.69491, None, 2009, "坊子", "actual"),
        ],
        key=str,
    )


# A work plan copied from a PDF: its paragraph wrapped at one width (25 characters, the first
# line indented), among many short lines (headings) that are no evidence of a width
_WRAPPED_PLAN = "\n".join(
    [
        "XX县2022年科技工作要点",
        "一、主要目标",
        "\u3000\u30002022年,全县全社会研发经费投入达到3.2亿",
        "元,研发投入强度达到1.6%;国家高新技术企业总数",
        "达到120家,比“十三五”末增加60家;全县技术合",
        "同成交额达到5亿元,较“十三五”末翻一番;每万人发",
        "明专利拥有量达到3件。",
        "(一)创新投入",
        "(二)创新主体",
        "(三)创新平台",
        "(四)成果转化",
        "(五)人才队伍",
        "(六)创新环境",
        "二、重点任务",
        "三、保障措施",
    ]
)


@pytest.mark.parametrize(
    ("line_end", "page"),
    [("\n", ""), ("\r", ""), ("\n", "\n— 2 —")],
    ids=["unix", "old_mac", "paged"],
)
def test_a_wrapped_paragraph_among_many_short_lines_is_read_as_one(line_end, page):
    """The lines of a paragraph wrapped at one width are joined though most lines of the text
    are short headings (国家高新技术企业总数\n达到120家 is one figure), with either line end, and
    across a page's number a PDF copy keeps between two of them (…每万人发\n— 2 —\n明专利…)."""
    text = _WRAPPED_PLAN.replace("每万人发\n", f"每万人发{page}\n")
    assert _rows(text.replace("\n", line_end)) == sorted(
        [
            ("rd_expenditure", "level", 3.2, None, 2022, "city", "target"),
            ("rd_gdp_ratio", "level", 1.6, None, 2022, "city", "target"),
            ("hte_count", "level", 120, None, 2022, "city", "target"),
            ("hte_count", "new", 60, None, 2022, "city", "target"),
            ("tech_contract_turnover", "level", 5, None, 2022, "city", "target"),
            ("invention_patents_per_10k", "level", 3, None, 2022, "city", "target"),
        ],
        key=str,
    )


def test_a_full_line_ending_in_a_closing_quote_inside_a_sentence_is_joined():
    """由…增长到“十三五”\n末的8.6件: a quote that closes at the wrap width inside a sentence does
    not finish the line, so the figure after the break keeps its indicator."""
    text = "\n".join(
        [
            "\u3000\u3000“十三五”期间,全市科技创新能力持续增强。全社会研发",
            "经费投入强度由“十二五”末的1.8%提高到2.5%;每万",
            "人发明专利拥有量由“十二五”末的3.1件增长到“十三五”",
            "末的8.6件;高新技术企业数量由“十二五”末的420家增加",
            "到1230家,科技进步贡献率由“十二五”末的51%提高到",
            "60%。",
        ]
    )
    rows = _rows(text)
    assert ("invention_patents_per_10k", "level", 8.6, None, 2020, "city", "actual") in rows
    assert ("invention_patents_per_10k", "level", 3.1, None, 2015, "city", "actual") in rows
    assert ("hte_count", "level", 1230, None, 2020, "city", "actual") in rows
    assert len(rows) == 8  # 1.8/2.5%, 3.1/8.6件, 420/1230家, 51/60%


def test_a_full_line_ending_in_a_semicolon_goes_on_after_it():
    """In a paragraph wrapped at one width, a full line that ends with ; is joined to the next
    (居全省第4位;\n较上年增长26.9%): the growth keeps the indicator of its sentence."""
    text = "\n".join(
        [
            "2017年,全市研发经费投入总量达37亿元,居全省第4位;",
            "较上年增长26.9%,总量增幅居全省第1位。全市高新技术企",
            "业达到320家,比上年净增52家;技术合同成交额达到21",
            ".6亿元,同比增长18.3%;全市每万人发明专利拥有量达",
            "到6.8件,较上年提高1.2件;全市科技进步贡献率达到",
            "58%。",
        ]
    )
    assert ("rd_expenditure", "growth", 26.9, None, 2017, "city", "actual") in _rows(text)
    assert ("rd_expenditure", "level", 37, None, 2017, "city", "actual") in _rows(text)
    assert ("tech_contract_turnover", "level", 21.6, None, 2017, "city", "actual") in _rows(text)


def test_a_portal_s_labelled_lines_of_one_length_set_no_wrap_width():
    """发布时间:2023年02月25日, 政策文号:…, 有效性:… and the portal's path are 16 characters each
    here: no text wrapped at 16, so the notice is not run into one line with them (where its
    figures were lost)."""
    text = (
        "首页 > 政务公开 > 通知公告\n滨州市科学技术局关于印发《2023年全市科技工作要点》的通知\n"
        "政策\n发布部门:滨州市科学技术局\n发布时间:2023年02月25日\n政策文号:滨科字〔2023〕1号\n"
        "有效性:政策是否有效未知,请慎用\n各县(市、区)科技主管部门:《2023年全市科技工作要点》已经研究"
        "同意,现印发给你们,请认真贯彻执行。2023年,确保研发投入强度达到3.55%,新增高新技术企业100家。\n"
    )
    assert _rows(text) == [
        ("hte_count", "new", 100, None, 2023, "city", "target"),
        ("rd_gdp_ratio", "level", 3.55, None, 2023, "city", "target"),
    ]


def test_a_figure_cut_by_a_page_number_of_a_pdf_copy_is_read_whole():
    """…高新技术企业数量达到\n— 3 —\n1200家: the page's number is no part of the sentence."""
    text = (
        "XX市科技创新三年行动方案(2023—2025年)\n一、主要目标\n到2025年,全市研发投入强度达到2.8%,"
        "高新技术企业数量达到\n— 3 —\n1200家,技术合同成交额达到150亿元。"
    )
    assert ("hte_count", "level", 1200, None, 2025, "city", "target") in _rows(text)


def test_a_headline_under_a_portal_menu_is_still_the_headline():
    """郑州高新技术企业将突破5200家 over a body that dates it (预计2023年…): one figure, dated as
    the body dates it, whether or not a portal's menu stands above the headline."""
    text = (
        "郑州高新技术企业将突破5200家\n记者获悉,预计2023年,郑州市高新技术企业将突破5200家,"
        "同比增长25%。\n"
    )
    menu = "首页 > 新闻中心 > 本地新闻\n字号:[ 大 中 小 ] 打印本页 关闭窗口\n"
    rows = _rows(text)
    assert [r[:5] for r in rows] == [
        ("hte_count", "growth", 25, None, 2023),
        ("hte_count", "level", 5200, None, 2023),
    ]
    assert _rows(menu + text) == rows


def test_a_zone_after_its_whole_and_then_is_the_part_of_the_figure_that_lies_there():
    """全市高新技术企业达到500家,其中高新区320家: the zone holds 320 of the city's firms (a
    sub-area, not a count of zones); 全省共有24家高新区,其中国家高新区7家 counts zones."""
    text = "南阳市2024年科技工作要点\n全市高新技术企业达到500家,其中高新区320家。"
    assert _rows(text) == [
        ("hte_count", "level", 320, None, 2024, "高新区", "target"),
        ("hte_count", "level", 500, None, 2024, "city", "target"),
    ]
    zones = (
        "南阳市2024年科技工作要点\n全市共有8家高新区,其中国家高新区2家;全市高新技术企业达到500家。"
    )
    assert _rows(zones) == [("hte_count", "level", 500, None, 2024, "city", "target")]


def test_a_table_with_an_attribute_column_is_a_plans_targets_wherever_it_was_copied():
    """A 主要指标 table with 预期性/约束性 in its 属性 column states a plan's goals: the columns
    after the base year are targets even when the copy keeps only the table and its caption."""
    text = (
        '表1 南阳市"十四五"科技创新主要指标\n指标名称\t2020年\t2025年\t属性\n'
        "研发经费投入强度(%)\t1.45\t2.2\t预期性\n高新技术企业数(家)\t180\t500\t预期性\n"
    )
    assert _rows(text) == [
        ("hte_count", "level", 180, None, 2020, "city", "actual"),
        ("hte_count", "level", 500, None, 2025, "city", "target"),
        ("rd_gdp_ratio", "level", 1.45, None, 2020, "city", "actual"),
        ("rd_gdp_ratio", "level", 2.2, None, 2025, "city", "target"),
    ]


_XINHUA_BULLETIN = (
    "公报显示:我国研发投入强度再创历史新高\n2009-01-08 记者:刘铮 来源:经济参考报\n"
    "新华社北京1月7日电 国家统计局、科技部、财政部7日发布的公报显示,2007年中国全社会研究与"
    "试验发展经费占当年国内生产总值(GDP)的1.49%,投入强度再创历史新高。"
)
_PAPER_BULLETIN = (
    "科技经费投入达历史最高水平\n2007.9.14\n九省市研发经费支出超过百亿元\n"
    "光明日报北京9月12日电(记者张玉玲)据国家统计局、科技部和财政部今天联合发布的科技经费投入"
    "统计公报显示,2006年我国科技经费投入继续保持较快增长,全社会研究与试验发展(R&D)经费总支出"
    "达到3003亿元,增长22.6%。"
)
_NUMERAL_DATELINE = (
    "中新社北京九月二十五日电 国家统计局二十五日发布公报,2006年全国研究与试验发展经费支出达到"
    "3003亿元,比上年增长22.6%。"
)


@pytest.mark.parametrize("text", [_XINHUA_BULLETIN, _PAPER_BULLETIN, _NUMERAL_DATELINE])
def test_national_news_filed_from_the_capital_is_the_nations_not_the_capitals(text):
    """新华社北京1月7日电 …2007年中国全社会研究与试验发展经费…: the dateline says where the
    report was filed; the text speaks for the nation (全国, 我国, 中国全社会…), whatever lines
    (a headline, a date, a subtitle) stand above it."""
    tags = _tags(text)
    assert (tags["city"], tags["province"], tags["admin_level"]) == (None, None, None)


def test_the_nations_figures_in_a_national_text_are_its_own():
    """全国/我国 in a national text is the text's own jurisdiction: scope city; a counted group
    of provinces opening a line (九省市研发经费支出超过百亿元) is the subject of its figure."""
    assert _rows(_PAPER_BULLETIN) == [
        ("rd_expenditure", "growth", 22.6, None, 2006, "city", "actual"),
        ("rd_expenditure", "level", 100, None, 2006, "九省市", "actual"),
        ("rd_expenditure", "level", 3003, None, 2006, "city", "actual"),
    ]
    assert _rows(_XINHUA_BULLETIN) == [
        ("rd_gdp_ratio", "level", 1.49, None, 2007, "city", "actual")
    ]


def test_an_association_of_zones_is_no_zone_and_efforts_made_are_no_goal():
    """云南省工业园区协会 (the site's name) is an association, not the text's zone; the zone the
    headline names after it is. 经过不懈努力,…达21户: results of efforts made, not a goal."""
    text = (
        "云南省工业园区协会:临沧工业园区抓高企培育认定工作\n经过不懈努力,临沧工业园区累计认定高新"
        "技术企业达21户,截止2022年底有效期内高新技术企业达17户。"
    )
    tags = _tags(text)
    assert (tags["city"], tags["admin_level"], tags["zone"]) == ("临沧市", "zone", "临沧工业园区")
    assert [r[:3] + r[5:] for r in _rows(text)] == [
        ("hte_count", "level", 17, "city", "actual"),
        ("hte_count", "level", 21, "city", "actual"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the ratio named by its two terms, the amount word left out
            "2008年全国R&D经费支出4616亿元,R&D与GDP的比值为1.54%。",
            ("rd_gdp_ratio", "level", 1.54, None, 2008, "city", "actual"),
        ),
        (  # 这一比重: the share named in the sentence before, referred back to
            "2005年研发经费占当年GDP的1.34%。“十一五”规划纲要提出,2010年这一比重要达到2%。",
            ("rd_gdp_ratio", "level", 2, None, 2010, "city", "target"),
        ),
        (  # 财政科技拨款, an older name of fiscal S&T spending, then its share
            "2006年,国家财政科技拨款达1689亿元,增长26.5%,占国家财政支出的比重为4.2%。",
            ("fiscal_st_share", "level", 4.2, None, 2006, "city", "actual"),
        ),
    ],
)
def test_older_wordings_of_the_shares(text, expected):
    assert expected in _rows(text)


def test_a_work_report_titled_with_its_year_reviews_the_year_before():
    """X市2024年政府工作报告 given as 2024 begins: 一年来/过去一年 opens its review of 2023 (in
    the same sentence as the figures or the paragraph's first), then 2024's goals."""
    text = (
        "长葛市2024年政府工作报告\n\n一年来,我们坚定不移实施创新驱动战略,新增高新技术企业12家、"
        "总数达到61家,研发投入强度达到2.3%。\n2024年主要目标:研发投入强度达到2.4%以上。"
    )
    assert _type_and_period(text) == ("报告", 2023, 2024)
    assert _rows(text) == [
        ("hte_count", "level", 61, None, 2023, "city", "actual"),
        ("hte_count", "new", 12, None, 2023, "city", "actual"),
        ("rd_gdp_ratio", "level", 2.3, None, 2023, "city", "actual"),
        ("rd_gdp_ratio", "level", 2.4, None, 2024, "city", "target"),
    ]
    review = (
        "常州市2025年政府工作报告\n\n过去一年,我们坚持创新驱动。新增国家高新技术企业72家、省级科技型"
        "中小企业318家,技术合同成交额突破40亿元。"
    )
    assert _rows(review) == [
        ("hte_count", "new", 72, None, 2024, "city", "actual"),
        ("tech_contract_turnover", "level", 40, None, 2024, "city", "actual"),
        ("tech_sme_count", "new", 318, None, 2024, "city", "actual"),
    ]


def test_a_plans_indicator_table_laid_out_with_single_spaces_and_numbered_rows():
    """序号 指标 2020年 2025年 / 1 研发经费投入强度(%) 1.66 2.2: a plan's table copied with
    spaces, its rows numbered; captioned as the plan's, its later column holds goals."""
    text = (
        '许昌市"十四五"科技创新规划主要指标\n序号 指标 2020年 2025年\n'
        "1 研发经费投入强度(%) 1.66 2.2\n2 高新技术企业数(家) 168 400\n"
    )
    assert _rows(text) == [
        ("hte_count", "level", 168, None, 2020, "city", "actual"),
        ("hte_count", "level", 400, None, 2025, "city", "target"),
        ("rd_gdp_ratio", "level", 1.66, None, 2020, "city", "actual"),
        ("rd_gdp_ratio", "level", 2.2, None, 2025, "city", "target"),
    ]


def test_what_a_meeting_asks_for_is_a_goal_and_a_part_named_after_its_whole_is_no_subject():
    """会议总结了2023年…会议要求,2024年…不少于6家: the meeting's demand is a goal. 湖北省…
    4853亿元,其中武汉市2687亿元: the city is a part of the province's figure, not the text's
    own place."""
    meeting = (
        "我县召开2024年科技创新大会\n3月5日,我县召开2024年科技创新大会。会议总结了2023年全县"
        "科技工作:全县高新技术企业达到28家。会议要求,2024年全县新增高新技术企业不少于6家。"
    )
    assert ("hte_count", "new", 6, None, 2024, "city", "target") in _rows(meeting)
    news = "【新华网】2023年,湖北省技术合同成交额达4853亿元,同比增长33.5%,其中武汉市2687亿元。"
    tags = _tags(news)
    assert (tags["city"], tags["province"], tags["admin_level"]) == (None, "湖北省", "province")
    assert ("tech_contract_turnover", "level", 2687, None, 2023, "武汉市", "actual") in _rows(news)


def test_a_years_task_table_with_answerable_offices_gives_its_goals_that_year():
    """2025年度重点工作目标任务分解表 | 序号 | 工作任务 | 目标值 | 责任科室: a year's tasks shared
    out among offices (科室 as well as 单位); its goals are that year's."""
    text = (
        "市科技局2025年度重点工作目标任务分解表\n\n序号\t工作任务\t目标值\t责任科室\n"
        "1\t新增高新技术企业\t80家\t高新科\n2\t技术合同成交额\t50亿元\t成果科\n"
    )
    assert _rows(text) == [
        ("hte_count", "new", 80, None, 2025, "city", "target"),
        ("tech_contract_turnover", "level", 50, None, 2025, "city", "target"),
    ]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (  # the base year's value in brackets is that year's
            "据统计,2020年广西科技进步贡献率达55%,比2015年(48%)提高7个百分点。",
            ("st_progress_contribution", "level", 48, None, 2015, "city", "actual"),
            ("st_progress_contribution", "level", 48, None, 2020, "city", "actual"),
        ),
        (  # a region's own register named before the firms it counts
            "2023年,在研究院的助力下,55家自治区科技型中小企业、6家国家高新技术企业落户。",
            ("tech_sme_count", "level", 55, None, 2023, "city", "actual"),
            None,
        ),
        (  # items (项) are not firms, whatever firms own them
            "截至2019年,高新技术企业拥有的核心知识产权总量为6625项,比2018年的4845项增长了36.7%。",
            None,
            ("hte_count", "level", 4845, None, 2018, "city", "actual"),
        ),
    ],
)
def test_base_values_registers_and_counters(text, present, absent):
    rows = _rows(text)
    assert present is None or present in rows
    assert absent is None or absent not in rows


def test_absolute_changes_of_densities_are_not_their_levels():
    """分别比上年增加6人年和2.1件: changes of two per-10,000 ratios, neither a level nor a flow."""
    text = (
        "2024年,全市每万名就业人员中研发人员达到85人年,每万人口高价值发明专利拥有量达到12.3件,"
        "分别比上年增加6人年和2.1件。"
    )
    assert _rows(text) == [
        ("high_value_patents_per_10k", "level", 12.3, None, 2024, "city", "actual"),
        ("researchers_per_10k", "level", 85, None, 2024, "city", "actual"),
    ]


def test_a_budgets_performance_tables_goals_and_results():
    """绩效自评表 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值: the most specific
    indicator column names the row, the year's 指标值 is its goal, 完成值 the result; a 绩效目标表
    of one year (≥20家) states that year's goals with their bounds."""
    self_review = (
        "2023年度部门整体支出绩效自评表\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n"
        "| 产出指标 | 数量指标 | 新增高新技术企业数 | 30家 | 36家 |\n"
        "| 效益指标 | 社会效益 | 研发投入强度 | 1.8% | 1.85% |\n"
    )
    assert _rows(self_review) == [
        ("hte_count", "new", 30, None, 2023, "city", "target"),
        ("hte_count", "new", 36, None, 2023, "city", "actual"),
        ("rd_gdp_ratio", "level", 1.8, None, 2023, "city", "target"),
        ("rd_gdp_ratio", "level", 1.85, None, 2023, "city", "actual"),
    ]
    goals = "某某县科技局2024年绩效目标表\n\n绩效指标\t指标值\n新增科技型中小企业\t≥20家\n"
    doc = build_document(goals, doc="plan.txt")
    frame = cp.extract_targets(cp.Corpus(docs=[doc]))
    assert [
        (r.indicator, r.kind, r.value, r.year, r.comparator, r.status) for r in frame.itertuples()
    ] == [("tech_sme_count", "new", 20, 2024, ">=", "target")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 这个数字: the figure named before, in a year before its goal's: a fact
            "万钢表示,政府工作报告中明确提到2020年科技进步对经济社会的贡献率要达到60%,这个数字在"
            "2015年是55.3%。",
            ("st_progress_contribution", "level", 55.3, None, 2015, "city", "actual"),
        ),
        (  # 这一数字 in the sentence after a level named by its indicator
            "湖北讯\n2007年,全省高新技术产业总产值2623.97亿元,2011年,这一数字变成7527.94亿元。",
            ("hitech_output", "level", 7527.94, None, 2011, "city", "actual"),
        ),
    ],
)
def test_a_figure_that_refers_back_to_the_indicator_named_before(text, expected):
    assert expected in _rows(text)


def test_firms_that_enter_a_register_named_before_gain_its_status():
    """…公布了2024年第一批入库科技型中小企业名单,我县共有56家企业成功入库: the county's firms
    added to the register."""
    text = (
        "近日,省科技厅公布了2024年第一批入库科技型中小企业名单,我县共有56家企业成功入库,"
        "入库数量较去年同期增长40%。"
    )
    assert ("tech_sme_count", "new", 56, None, 2024, "city", "actual") in _rows(text)


def test_places_a_whole_is_broken_down_by_and_counted_after_their_list():
    """分城市看,长沙、株洲、湘潭三市研发投入强度分别为…: the cities are parts of a larger area's
    figure (not the text's own place), counted after their list (三市), each value its city's."""
    text = "分城市看,长沙、株洲、湘潭三市研发投入强度分别为2.9%、2.6%和2.5%,均高于全省平均水平。"
    assert [r[:3] + r[5:6] for r in _rows(text)] == [
        ("rd_gdp_ratio", "level", 2.5, "湘潭市"),
        ("rd_gdp_ratio", "level", 2.6, "株洲市"),
        ("rd_gdp_ratio", "level", 2.9, "长沙市"),
    ]
    assert _tags(text)["city"] is None


def test_a_rounds_recognitions_with_its_first_time_part_named_are_not_all_new():
    """认定高新技术企业186家,其中首次认定112家,重新认定74家: the round holds renewals; the new
    firms are the first-time part. (其中4家企业为新认定 after a round stays new.)"""
    assert _rows("2024年全市认定高新技术企业186家,其中首次认定112家,重新认定74家。") == [
        ("hte_count", "new", 112, None, 2024, "city", "actual")
    ]
    rows = _rows("据悉,头灶镇2023年通过国家高新技术企业10家,其中4家企业为新认定,达到22家。")
    assert ("hte_count", "new", 4, None, 2023, "city", "actual") in rows  # the town's own text


def test_a_press_releases_name_for_the_national_high_tech_status():
    """国家级高科技企业: the national status as a press release writes it."""
    assert _rows("2018年,东莞拥有4058家国家级高科技企业,近100家世界500强企业在东莞投资。") == [
        ("hte_count", "level", 4058, None, 2018, "city", "actual")
    ]
