"""Tables whose rows are places (各县市区…情况表): each value cell is its row's place's figure."""

import pandas as pd

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.doc_tables import text_tables
from cityplans.place_tables import closed_cell_tables, open_cell_tables, place_figures


def _rows(text: str) -> list[tuple]:
    doc = build_document(text, doc="table.txt")
    frame = cp.extract_targets(cp.Corpus(docs=[doc]))
    out = []
    for r in frame.itertuples():
        year = None if pd.isna(r.year) else int(r.year)
        out.append((r.indicator, r.kind, r.value, year, r.scope, r.status))
    return sorted(out, key=str)


# copied from a prefecture's page one cell per line, each cell closed by a pipe; a pair of
# values (0.25\0.37) under a header naming two years (2016\2017) is one value a year
CLOSED_CELLS = """2018年咸宁市各县市区高质量发展指标情况(预测数)
发布单位: 咸宁市科学技术局 发布日期: 2019年07月03日
|
规模以上工业企业研发投入占主营收入比重%2016\\2017 |
r&d(规模以上工业企业研发投入占主营收入比重)基础分 |
排名 |
高新技术企业数量 |
高新技术企业增长率 |
排名 |
咸安区 |
0.25\\0.37 |
64.4 |
2 |
84\\93 |
0.227 |
2 |
嘉鱼县 |
0.1\\0.27 |
55.2 |
3 |
28\\32 |
0.148 |
4 |
"""


def test_a_table_copied_one_cell_per_line_is_read_by_place_and_year():
    assert _rows(CLOSED_CELLS) == sorted(
        [
            ("rd_revenue_ratio", "level", 0.25, 2016, "咸安区", "actual"),
            ("rd_revenue_ratio", "level", 0.37, 2017, "咸安区", "actual"),
            ("hte_count", "level", 84.0, None, "咸安区", "actual"),
            ("hte_count", "level", 93.0, None, "咸安区", "actual"),
            ("rd_revenue_ratio", "level", 0.1, 2016, "嘉鱼县", "actual"),
            ("rd_revenue_ratio", "level", 0.27, 2017, "嘉鱼县", "actual"),
            ("hte_count", "level", 28.0, None, "嘉鱼县", "actual"),
            ("hte_count", "level", 32.0, None, "嘉鱼县", "actual"),
        ],
        key=str,
    )  # the score (基础分), the ranks and a rate written without its unit (0.227) give none


def test_closed_cells_make_one_table_of_a_header_and_a_row_per_place():
    (table,) = closed_cell_tables(CLOSED_CELLS)
    assert [len(row.cells) for row in table.rows] == [6, 7, 7]
    assert [row.cells[0].text for row in table.rows[1:]] == ["咸安区", "嘉鱼县"]


def test_a_pipe_table_of_places_gives_each_place_its_figures_and_the_total_the_city():
    text = (
        "2022年各县(市、区)科技创新主要指标\n"
        "| 地区 | 高新技术企业数(家) | 研发投入强度(%) |\n"
        "| 全市 | 120 | 2.1 |\n"
        "| 秀峰区 | 45 | 3.2 |\n"
        "| 叠彩区 | 30 | 1.8 |\n"
    )
    # the columns name no year; the caption does (2022年…主要指标)
    assert _rows(text) == sorted(
        [
            ("hte_count", "level", 120.0, 2022, "city", "actual"),
            ("rd_gdp_ratio", "level", 2.1, 2022, "city", "actual"),
            ("hte_count", "level", 45.0, 2022, "秀峰区", "actual"),
            ("rd_gdp_ratio", "level", 3.2, 2022, "秀峰区", "actual"),
            ("hte_count", "level", 30.0, 2022, "叠彩区", "actual"),
            ("rd_gdp_ratio", "level", 1.8, 2022, "叠彩区", "actual"),
        ],
        key=str,
    )


def test_a_table_whose_rows_are_not_places_is_no_place_table():
    text = (
        "| 企业 | 高新技术企业数(家) | 研发投入强度(%) |\n"
        "| 甲公司 | 1 | 3.2 |\n"
        "| 乙公司 | 1 | 1.8 |\n"
        "| 丙公司 | 1 | 2.0 |\n"
    )
    (table,) = text_tables(text)
    assert place_figures(table) == []


# a plan's annex copied with a line break before every pipe: a row ends in a line holding only
# a pipe, a long name wraps over two lines, the head writes its years in two digits (11年)
OPEN_CELLS = """2012年全市高新技术产业发展工作计划
各县区要把高新技术产业发展作为调结构的重要载体。
附件:
2012年各县区、开发区高新技术产业发展目标
县区
(开发区)
| 11年高新技术产业产值(万元)
| 12年高新技术产业产值(万元)
| 高新技术产业
产值增幅
|
兰山
| 350000
| 420000
| 20%
|
罗庄
| 120000
| 150000
| 25%
|
临港经济
开发区
| 80000
| 100000
| 25%
|
全市
| 550000
| 670000
| 21.82%
|
"""


def test_a_table_copied_with_a_break_before_every_pipe_is_read_by_place():
    assert _rows(OPEN_CELLS) == sorted(
        [
            ("hitech_output", "level", 35.0, 2011, "兰山", "actual"),
            ("hitech_output", "level", 42.0, 2012, "兰山", "target"),
            ("hitech_output", "growth", 20.0, 2012, "兰山", "target"),
            ("hitech_output", "level", 12.0, 2011, "罗庄", "actual"),
            ("hitech_output", "level", 15.0, 2012, "罗庄", "target"),
            ("hitech_output", "growth", 25.0, 2012, "罗庄", "target"),
            ("hitech_output", "level", 8.0, 2011, "临港经济开发区", "actual"),
            ("hitech_output", "level", 10.0, 2012, "临港经济开发区", "target"),
            ("hitech_output", "growth", 25.0, 2012, "临港经济开发区", "target"),
            ("hitech_output", "level", 55.0, 2011, "city", "actual"),
            ("hitech_output", "level", 67.0, 2012, "city", "target"),
            ("hitech_output", "growth", 21.82, 2012, "city", "target"),
        ],
        key=str,
    )


def test_the_open_cell_reader_keeps_each_cell_and_its_span():
    tables = open_cell_tables(OPEN_CELLS)
    assert len(tables) == 1
    head, first = tables[0].rows[0], tables[0].rows[1]
    assert [c.text for c in head.cells] == [
        "县区(开发区)",
        "11年高新技术产业产值(万元)",
        "12年高新技术产业产值(万元)",
        "高新技术产业产值增幅",
    ]
    assert [OPEN_CELLS[c.start : c.end] for c in first.cells] == ["兰山", "350000", "420000", "20%"]
    assert len(tables[0].rows) == 5  # the wrapped name is one row


def test_prose_with_pipes_is_no_open_cell_table():
    text = "全市高新技术企业达到120家。\n| 注:数据来源于市统计局\n|\n全年新增20家。"
    assert open_cell_tables(text) == []


# a yearbook's county table laid out with spaces, a column per place: the header names the places
# (no 全市 column: the first number of each row is the whole area's); a unit may stand before the
# numbers; a row with blank cells (fewer numbers) cannot be aligned and gives nothing
PLACE_COLUMNS = """10-2  分县区科技事业基本情况

  单位   南湖区 秀洲区 嘉善县 海盐县 △市区
1.本年获市级以上政府奖的科技成果 40 10 3 11 10 6
2.年末拥有高新技术企业 120 30 25 20 15 30
    #国家级 100 25 20 18 12 25
3.本年经认定登记的技术成交项目 300 100 50 60 40 50
      经认定登记的技术成交金额 万元 12000 3000 2500 2000 1500 3000
  年末机构数 15 9   2   4
"""


def test_a_yearbook_table_with_a_column_per_place():
    rows = _rows(PLACE_COLUMNS)
    assert [r for r in rows if r[0] == "hte_count"] == sorted(
        [
            ("hte_count", "level", 120.0, None, "city", "actual"),
            ("hte_count", "level", 30.0, None, "南湖区", "actual"),
            ("hte_count", "level", 25.0, None, "秀洲区", "actual"),
            ("hte_count", "level", 20.0, None, "嘉善县", "actual"),
            ("hte_count", "level", 15.0, None, "海盐县", "actual"),
            ("hte_count", "level", 30.0, None, "市区", "actual"),
        ],
        key=str,
    )
    turnover = {(r[2], r[4]) for r in rows if r[0] == "tech_contract_turnover"}
    assert turnover == {
        (1.2, "city"),
        (0.3, "南湖区"),
        (0.25, "秀洲区"),
        (0.2, "嘉善县"),
        (0.15, "海盐县"),
        (0.3, "市区"),
    }


def test_a_line_of_places_in_prose_is_no_place_column_table():
    text = "全市形成了以下格局:\n嘉善县 海盐县 海宁市\n各县区高新技术企业增长迅速,全市达到120家。\n"
    assert all(r[4] == "city" for r in _rows(text))
    assert _rows(text) == [("hte_count", "level", 120.0, None, "city", "actual")]


# a ranking whose row breaks the copy lost: header and rows on one pipe line after the prose
STREAM = (
    "国家统计局发布了《2020年全国科技经费投入统计公报》。 2020全国31省科研投入排行榜 "
    "注*榜单不含港澳台地区 地区 | R&D经费(亿元) | R&D经费投入强度(%) | 广东省 | 3479.9 | 3.15 | "
    "江苏省 | 3005.9 | 2.93 | 北京市 | 2326.6 | 6.44 | 浙江省 | 1859.9 | 2.88 |\n"
)


def test_a_table_on_one_pipe_line_is_read_row_by_row():
    (table,) = [t for t in text_tables(STREAM) if place_figures(t)]
    assert [r.cells[0].text for r in table.rows] == ["地区", "广东省", "江苏省", "北京市", "浙江省"]
    assert table.caption == "2020全国31省科研投入排行榜 注*榜单不含港澳台地区"
    rows = _rows(STREAM)
    assert ("rd_expenditure", "level", 3005.9, 2020, "江苏省", "actual") in rows
    assert ("rd_gdp_ratio", "level", 6.44, 2020, "北京市", "actual") in rows
    assert ("rd_gdp_ratio", "level", 2.88, 2020, "浙江省", "actual") in rows


def test_a_pipe_line_of_tasks_is_no_one_line_table():
    tasks = (
        "| 1 | 实施高新技术企业培育工程 | 市科技局 | 2 | 建设省级重点实验室 | 市发改委 | "
        "3 | 推进技术合同登记 | 市科技局 | 4 | 开展科技金融试点 | 市财政局 |\n"
    )
    assert [t for t in text_tables(tasks) if len(t.rows) > 1] == []


def test_a_bulletins_place_table_without_years_is_the_year_it_reports():
    text = (
        "2022年全省科技经费投入统计公报\n"
        "2022年,全省共投入研究与试验发展(R&D)经费532.4亿元。\n\n"  # no caption: a blank line
        "| 地区 | R&D经费(亿元) | R&D经费投入强度(%) |\n"
        "| 甲市 | 210.3 | 2.61 |\n"
        "| 乙市 | 98.6 | 1.72 |\n"
        "| 丙市 | 45.1 | 1.05 |\n"
    )
    (table,) = [t for t in text_tables(text) if place_figures(t)]
    assert table.caption == ""
    rows = _rows(text)
    assert ("rd_gdp_ratio", "level", 2.61, 2022, "甲市", "actual") in rows
    assert ("rd_expenditure", "level", 45.1, 2022, "丙市", "actual") in rows


def test_the_nations_row_of_a_national_texts_table_is_its_own_area():
    # a national text (its lead opens with the nation's figure) tabulates the provinces
    national = (
        "2020年,全国共投入研究与试验发展经费24393.1亿元,其中广东、江苏、北京居前三位。\n"
        "地区 | R&D经费(亿元) | R&D经费投入强度(%)\n"
        "全国 | 24393.1 | 2.40\n"
        "广东省 | 3479.9 | 3.14\n"
        "江苏省 | 3005.9 | 2.93\n"
        "北京市 | 2326.6 | 6.44\n"
    )
    rows = {(r[0], r[2], r[4]) for r in _rows(national) if r[0] == "rd_gdp_ratio"}
    assert rows == {
        ("rd_gdp_ratio", 2.40, "city"),
        ("rd_gdp_ratio", 3.14, "广东省"),
        ("rd_gdp_ratio", 2.93, "江苏省"),
        ("rd_gdp_ratio", 6.44, "北京市"),
    }


def test_the_nations_row_in_a_provinces_table_stays_the_nations():
    provincial = (
        "2020年,江苏省研究与试验发展经费投入强度达到2.93%,居全国第4位。\n"
        "地区 | R&D经费(亿元) | R&D经费投入强度(%)\n"
        "全国 | 24393.1 | 2.40\n"
        "江苏省 | 3005.9 | 2.93\n"
        "浙江省 | 1859.9 | 2.88\n"
    )
    rows = {(r[2], r[4]) for r in _rows(provincial) if r[0] == "rd_gdp_ratio"}
    assert (2.40, "全国") in rows
