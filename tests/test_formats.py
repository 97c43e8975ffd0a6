"""Plans as published: HTML pages, Word files, PDFs, and the indicator tables in them.

Fixtures are in tests/formats/ (README there): real plan texts rebuilt as the files their
publishers put out. Expected values come from the texts in tests/formats/sources.py and, for
pages of a PDF, from pdfplumber's own reading of the page.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pdfplumber
import pytest

import cityplans as cp
from cityplans.corpus import build_document, load_document
from cityplans.errors import DocumentError
from cityplans.evaluate import evaluate, read_doc_gold, read_gold
from cityplans.targets import mentions
from tests.conftest import run_cli
from tests.formats import sources
from tests.formats.build_fixtures import _cjk_font

FORMATS = Path(__file__).parent / "formats"
DOCS = FORMATS / "docs"
SAME = FORMATS / "same"


@pytest.fixture(scope="module")
def fixtures():
    """The scored fixtures, loaded once, with their targets."""
    corpus = cp.load_corpus([DOCS])
    return corpus, cp.extract_targets(corpus)


def _targets(frame, doc):
    rows = frame[frame["doc"] == doc]
    return {
        (r.indicator, r.kind, r.value, None if r.year is None else int(r.year), r.status)
        for r in rows.itertuples()
    }


# --- one test per format ---------------------------------------------------------------


def test_html_page_metadata_and_charset(fixtures):
    corpus, _ = fixtures
    doc = corpus.get("02_linhai.html")
    assert doc.format == "html"
    assert doc.encoding == "gb18030"  # declared gb2312 in <meta>, read as its superset
    meta = dict(sources.LINHAI["meta"])
    assert doc.tags["index_no"] == meta["索引号:"]
    assert doc.tags["doc_number"] == meta["文号:"]
    assert doc.tags["issued"] == meta["成文日期:"]
    assert doc.tags["issuer"] == meta["发布单位:"]
    assert doc.tags["title"] == "临海市科学技术“十四五”发展规划"  # from the page's <title>
    assert {n.kind for n in doc.nonbody} >= {"page_title", "portal_metadata"}
    # the metadata lines are read by tagging but are not body text
    assert "LH331082" not in doc.analysis_text
    # navigation, print/close links and the footer are not in the text at all
    for chrome_word in ("网站首页", "打印本页", "网站地图"):
        assert chrome_word not in doc.raw


def test_html_breadcrumbs_are_flagged_and_read(fixtures):
    corpus, _ = fixtures
    doc = corpus.get("01_dongtou.html")
    crumbs = [n for n in doc.nonbody if n.kind == "breadcrumb"]
    assert len(crumbs) == 1 and "政策文件" in crumbs[0].text
    assert doc.tags["city"] == "洞头区"
    row = corpus.documents.set_index("doc").loc["01_dongtou.html"]
    assert row["format"] == "html"


def test_html_table_is_kept_as_a_table(tmp_path):
    page = tmp_path / "page.html"
    src = dict(sources.NATIONAL_TABLE, crumbs="", meta=[])
    from tests.formats.build_fixtures import write_html

    write_html(page, src)
    doc = load_document(page)
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert [c.text for c in rows[2].cells] == ["科技进步贡献率(%)", "55.3", "60"]
    cell = rows[2].cells[1]
    assert doc.raw[cell.start : cell.end] == "55.3"


def test_docx_paragraphs_and_tables_in_reading_order(fixtures):
    corpus, targets = fixtures
    doc = corpus.get("09_national_table.docx")
    assert doc.format == "docx"
    assert doc.raw.index("专栏1") < doc.raw.index("| 指标 | 2015年指标值 | 2020年目标值 |")
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 7
    got = _targets(targets, "09_national_table.docx")
    assert ("st_progress_contribution", "level", 55.3, 2015, "actual") in got
    assert ("st_progress_contribution", "level", 60.0, 2020, "target") in got
    goals = corpus.get("06_national_goals.docx")
    assert goals.tags["script"] == "traditional"
    assert "每萬人口發明專利擁有量達到12件" in goals.raw


def _page_with(path: Path, text: str) -> int:
    """The 1-based page whose text (as pdfplumber reads it, spaces ignored) holds `text`."""
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            if text in "".join((page.extract_text() or "").split()):
                return n
    raise AssertionError(f"{text} on no page of {path}")


def test_pdf_pages_headers_and_footers(fixtures):
    corpus, targets = fixtures
    doc = corpus.get("11_debrief.pdf")
    assert doc.format == "pdf" and doc.pages == 2
    kinds = [n.kind for n in doc.nonbody]
    assert kinds.count("page_header") == 2  # the title repeated at the top of both pages
    assert kinds.count("page_footer") == 2  # - 1 -, - 2 -
    assert "- 2 -" not in doc.analysis_text
    rows = targets[targets["doc"] == "11_debrief.pdf"]
    row = rows[rows["value"] == 367.1].iloc[0]
    assert row["quote"] == doc.raw[row["start"] : row["end"]]
    assert row["page"] == _page_with(DOCS / "11_debrief.pdf", "全社会研发投入367.1亿元")


def test_pdf_quotes_carry_their_page():
    """A quote's page is the page it starts on: 力争全社会…占地 ends page 1 and its
    3.4% opens page 2; each other quote starts where pdfplumber finds its words."""
    corpus = cp.load_corpus([SAME / "dongtou.pdf"])
    targets = cp.extract_targets(corpus)
    assert corpus.get("dongtou.pdf").pages == 2
    rows = {r.indicator: r for r in targets.itertuples()}
    assert _page_with(SAME / "dongtou.pdf", "比重3.4%以上") == 2
    assert rows["rd_gdp_ratio"].page == _page_with(SAME / "dongtou.pdf", "力争全社会研究") == 1
    for row in targets.itertuples():
        assert row.page == _page_with(SAME / "dongtou.pdf", row.quote[:8]), row


def test_pdf_paragraph_runs_on_across_a_page_break(tmp_path):
    """A sentence split by a page break reads as one; the furniture between its halves
    follows the paragraph and stays non-body."""
    from fpdf import FPDF

    sentence = "到2025年,全市高新技术企业达到500家,科技型中小企业达到1200家。"
    filler = "为深入实施创新驱动发展战略,加快建设创新型城市,结合本市实际制定本方案。" * 24

    class Page(FPDF):
        def header(self):
            self.set_font("cjk", size=10)
            self.cell(0, 8, "某市人民政府文件", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("cjk", size=16)

        def footer(self):
            self.set_y(-20)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = Page(format="A4")
    pdf.add_font("cjk", fname=_cjk_font())
    pdf.set_margins(28, 30, 26)
    pdf.set_auto_page_break(True, margin=28)
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.set_x(pdf.l_margin + 11)
    pdf.write(10, filler + sentence, wrapmode="CHAR")
    path = tmp_path / "runs_on.pdf"
    pdf.output(str(path))
    with pdfplumber.open(path) as check:  # the sentence really is split by the page break
        assert len(check.pages) == 2
        first = "".join(check.pages[0].extract_text().split())
        assert sentence not in first
    doc = load_document(path)
    line = next(ln for ln in doc.raw.split("\n") if sentence in ln)
    assert line.endswith(sentence)
    assert [n.kind for n in doc.nonbody].count("page_footer") == 2
    targets = cp.extract_targets(cp.load_corpus([path]))
    assert {(r.indicator, r.value, int(r.year)) for r in targets.itertuples()} >= {
        ("hte_count", 500.0, 2025),
        ("tech_sme_count", 1200.0, 2025),
    }


# --- what cannot be read ---------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _scanned_pdf(path: Path) -> None:
    """A PDF whose only page is an image: what a scanner makes."""
    from fpdf import FPDF
    from PIL import Image

    image = path.with_suffix(".png")
    Image.new("RGB", (200, 280), "white").save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=180)
    pdf.output(str(path))
    image.unlink()


def _locked_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", fname=_cjk_font())
    pdf.set_font("cjk", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "到2025年,高新技术企业达到500家")
    pdf.set_encryption(owner_password="owner", user_password="reader")
    pdf.output(str(path))


UNREADABLE = {
    "plan.doc": ("old binary Word document (.doc)", "save it as .docx"),
    "plan.wps": ("WPS Office document (.wps)", "save it as .docx"),
    "scan.pdf": ("no text layer", "OCR"),
    "locked.pdf": ("password", "remove the password"),
    "sheet.docx": ("Excel workbook, not a Word document", "save the plan as .docx"),
    "broken.docx": ("damaged ZIP container", "save the file again"),
}


def test_each_unreadable_kind_gets_its_error(tmp_path):
    import io
    import zipfile

    (tmp_path / "plan.doc").write_bytes(_OLE)
    (tmp_path / "plan.wps").write_bytes(_OLE)
    _scanned_pdf(tmp_path / "scan.pdf")
    _locked_pdf(tmp_path / "locked.pdf")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    (tmp_path / "sheet.docx").write_bytes(buffer.getvalue())
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    shutil.copy(SAME / "dongtou.docx", tmp_path / "good.docx")
    corpus = cp.load_corpus([tmp_path])
    assert [d.doc for d in corpus.docs] == ["good.docx"]
    reasons = {Path(e.path).name: e.reason for e in corpus.errors}
    assert set(reasons) == set(UNREADABLE)
    for name, (what, todo) in UNREADABLE.items():
        assert what in reasons[name] and todo in reasons[name], (name, reasons[name])
    for name in UNREADABLE:
        with pytest.raises(DocumentError) as info:
            load_document(tmp_path / name)
        assert str(tmp_path / name) in str(info.value)  # the message names the file


def test_format_is_decided_by_content_not_suffix(tmp_path):
    disguised = tmp_path / "plan.txt"
    shutil.copy(SAME / "dongtou.pdf", disguised)
    assert load_document(disguised).format == "pdf"
    page = tmp_path / "page.dat"
    shutil.copy(SAME / "dongtou.html", page)
    assert load_document(page).format == "html"


# --- the same plan in four formats -------------------------------------------------------


@pytest.mark.parametrize("stem", ["dongtou", "jiangsu_table"])
def test_the_same_plan_gives_the_same_targets_in_every_format(stem):
    paths = [SAME / f"{stem}{s}" for s in (".txt", ".html", ".docx", ".pdf")]
    corpus = cp.load_corpus(paths)
    targets = cp.extract_targets(corpus)
    assert {d.format for d in corpus.docs} == {"text", "html", "docx", "pdf"}
    found = {
        d.doc: {
            (r.indicator, r.value, int(r.year), r.scope, r.kind)
            for r in targets[targets["doc"] == d.doc].itertuples()
        }
        for d in corpus.docs
    }
    reference = found[f"{stem}.txt"]
    assert reference  # the plan has targets at all
    for doc, got in found.items():
        assert got == reference, doc
    for row in targets.itertuples():  # each quote points into its own file's text
        assert corpus.get(row.doc).raw[row.start : row.end] == row.quote


def test_dongtou_targets_as_the_text_states_them():
    targets = cp.extract_targets(cp.load_corpus([SAME / "dongtou.txt"]))
    got = {(r.indicator, r.value, int(r.year)) for r in targets.itertuples()}
    # 到2027年 … 比重3.4%以上; 每万名就业人员中研发人员达到209人年以上
    assert {("rd_gdp_ratio", 3.4, 2027), ("researchers_per_10k", 209.0, 2027)} <= got


# --- indicator tables --------------------------------------------------------------------

PLAN_WITH_TABLE = """某市科技创新“十四五”规划(2021—2025年)
一、主要目标
表1 “十四五”科技创新主要指标
{rows}
二、重点任务
"""
TABLE_ROWS = [
    ["指标", "单位", "2020年", "2025年", "属性"],
    ["高新技术企业数", "家", "300", "500", "预期性"],
    ["研发投入强度", "%", "2.1", "≥2.8", "约束性"],
    ["全社会研发经费投入年均增长", "%", "—", ">7", "预期性"],
    ["技术合同成交额", "亿元", "50", "100", "预期性"],
]


def _plan(separator: str) -> str:
    if separator == "|":
        rows = ["| " + " | ".join(r) + " |" for r in TABLE_ROWS]
    else:
        rows = [separator.join(r) for r in TABLE_ROWS]
    return PLAN_WITH_TABLE.format(rows="\n".join(rows))


# (indicator, kind, value, year, status, comparator, attribute) of every value cell, read
# from TABLE_ROWS: the 2020 column is the base year (the plan starts in 2021), 2025 the target
EXPECTED_TABLE = {
    ("hte_count", "level", 300.0, 2020, "actual", "=", "预期性"),
    ("hte_count", "level", 500.0, 2025, "target", "=", "预期性"),
    ("rd_gdp_ratio", "level", 2.1, 2020, "actual", "=", "约束性"),
    ("rd_gdp_ratio", "level", 2.8, 2025, "target", ">=", "约束性"),
    ("rd_expenditure", "growth", 7.0, 2025, "target", ">", "预期性"),
    ("tech_contract_turnover", "level", 50.0, 2020, "actual", "=", "预期性"),
    ("tech_contract_turnover", "level", 100.0, 2025, "target", "=", "预期性"),
}


@pytest.mark.parametrize("separator", ["|", "\t"])
def test_a_text_table_becomes_target_rows(separator):
    doc = build_document(_plan(separator), doc="plan.txt")
    corpus = cp.Corpus(docs=[doc])
    targets = cp.extract_targets(corpus)
    got = {
        (r.indicator, r.kind, r.value, int(r.year), r.status, r.comparator, r.attribute)
        for r in targets.itertuples()
    }
    assert got == EXPECTED_TABLE
    for row in targets.itertuples():
        line = doc.raw[row.start : row.end]
        assert row.quote == line and "\n" not in line  # the quote is the row
        cell = doc.raw[row.cell_start : row.cell_end]
        assert cell in line and cell.strip("≥>") in {"300", "500", "2.1", "2.8", "7", "50", "100"}
    assert set(targets["column"]) == {"2020年", "2025年"}


# a statistics table as a web page copy gives it: one cell per line, blank lines between, a
# 类别 cell spanning two rows written only in the first, published after the years it covers
CELL_PER_LINE = """科技统计简表(2016-2018年)
发布时间:2019-09-05

序号

类别

指标

2016

2017

2018

2018年同比增长率

1

高新产业指标

高新技术企业累计数(家)

2177

2827

3536

25.08%

2

技术合同成交额(亿元)

500.1

[620]

700.5

12.96%
"""


def test_a_table_copied_one_cell_per_line_becomes_target_rows():
    doc = build_document(CELL_PER_LINE, doc="table.txt")
    targets = cp.extract_targets(cp.Corpus(docs=[doc]))
    got = {(r.indicator, r.kind, r.value, int(r.year), r.status) for r in targets.itertuples()}
    assert got == {  # [620] is an estimate in brackets: no figure, and no shift of the others
        ("hte_count", "level", 2177.0, 2016, "actual"),
        ("hte_count", "level", 2827.0, 2017, "actual"),
        ("hte_count", "level", 3536.0, 2018, "actual"),
        ("hte_count", "growth", 25.08, 2018, "actual"),
        ("tech_contract_turnover", "level", 500.1, 2016, "actual"),
        ("tech_contract_turnover", "level", 700.5, 2018, "actual"),
        ("tech_contract_turnover", "growth", 12.96, 2018, "actual"),
    }
    for row in targets.itertuples():
        assert doc.raw[row.cell_start : row.cell_end] in CELL_PER_LINE.split("\n")


PLAN_CELL_PER_LINE = "\n".join(
    [
        "某某市“十四五”科技创新规划",
        "附表 主要指标",
        *("类别", "指标名称", "单位", "2020年(基期值)", "2025年(目标值)", "指标属性"),
        *("创新投入", "全社会研发经费投入强度", "%", "1.5", "2.5", "预期性"),
        *("创新主体", "高新技术企业数量", "家", "120", "≥300", "预期性"),
        *("每万人口高价值发明专利拥有量", "件", "1.2", "3", "约束性"),
    ]
)


def test_a_plans_table_one_cell_per_line_with_unit_and_attribute_columns_becomes_targets():
    """A 规划's 主要指标 table copied one cell per line: a title and a caption above it are no
    header cells, the 类别 of the first row does not extend the header, the 单位 and 属性 cells
    of each row are read as such, and (基期值)/(目标值) after a year head a value column."""
    doc = build_document(PLAN_CELL_PER_LINE, doc="plan.txt")
    assert doc.tags["doc_type"] == "规划"
    targets = cp.extract_targets(cp.Corpus(docs=[doc]))
    got = {
        (r.indicator, r.value, int(r.year), r.status, r.comparator) for r in targets.itertuples()
    }
    assert got == {
        ("rd_gdp_ratio", 1.5, 2020, "actual", "="),
        ("rd_gdp_ratio", 2.5, 2025, "target", "="),
        ("hte_count", 120.0, 2020, "actual", "="),
        ("hte_count", 300.0, 2025, "target", ">="),
        ("high_value_patents_per_10k", 1.2, 2020, "actual", "="),
        ("high_value_patents_per_10k", 3.0, 2025, "target", "="),
    }
    assert set(targets.attribute) == {"预期性", "约束性"}


def test_every_cell_of_an_indicator_table_is_accounted_for(fixtures):
    """09_national_table: each value cell is a target/actual row or a mention saying its
    row names no registry indicator; nothing is invented."""
    corpus, targets = fixtures
    rows = targets[targets["doc"] == "09_national_table.docx"]
    got = {(r.indicator, r.value, int(r.year), r.status) for r in rows.itertuples()}
    assert got == {  # read from the table: 科技进步贡献率 55.3 → 60, 营业收入 22.2 → 34 万亿元,
        # 工业企业研发经费支出与主营业务收入之比 0.9 → 1.1
        ("st_progress_contribution", 55.3, 2015, "actual"),
        ("st_progress_contribution", 60.0, 2020, "target"),
        ("rd_revenue_ratio", 0.9, 2015, "actual"),
        ("rd_revenue_ratio", 1.1, 2020, "target"),
        ("hte_revenue", 222000.0, 2015, "actual"),
        ("hte_revenue", 340000.0, 2020, "target"),
    }
    table = corpus.get("09_national_table.docx").tables[0]
    cells = mentions(corpus)
    cells = cells[(cells["doc"] == "09_national_table.docx") & (cells["start"] >= table.start)]
    value_cells = {c.start for row in table.rows[1:] for c in row.cells[1:]}
    assert set(cells["start"]) == value_cells  # 12 cells, each once
    unmatched = cells[cells["role"] == "other"]
    assert len(unmatched) == 12 - len(got)
    assert all(n.startswith("indicator table:") for n in unmatched["note"])


def test_gold_quotes_are_in_their_documents(fixtures):
    corpus, _ = fixtures
    for row in read_gold(FORMATS / "gold.jsonl"):
        assert row.quote in corpus.get(row.doc).raw, (row.line, row.quote)
    tagged = {r["doc"] for r in read_doc_gold(FORMATS / "docs_gold.jsonl")}
    assert tagged == {d.doc for d in corpus.docs}


# Scores on the fixtures at the last review, rounded down.
FLOORS = (0.97, 0.97, 0.90)


def test_fixture_scores_stay_above_their_floors(fixtures):
    corpus, targets = fixtures
    result = evaluate(
        targets,
        read_gold(FORMATS / "gold.jsonl"),
        corpus.documents,
        read_doc_gold(FORMATS / "docs_gold.jsonl"),
    )
    recall, precision, tags = FLOORS
    assert result.recall >= recall and result.precision >= precision
    assert result.tag_accuracy() >= tags


# --- commands over a folder mixing formats -------------------------------------------------


def _mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("dongtou.txt", "dongtou.src"):
        shutil.copy(SAME / name, folder / name)
    for name in ("01_dongtou.html", "09_national_table.docx", "11_debrief.pdf"):
        shutil.copy(DOCS / name, folder / name)
    return folder


def test_corpus_and_extract_commands_read_a_mixed_folder(tmp_path):
    folder = _mixed(tmp_path)
    out = run_cli("corpus", str(folder), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = {r["doc"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert {r["format"] for r in rows.values()} == {"text", "html", "docx", "pdf"}
    assert rows["11_debrief.pdf"]["pages"] == 2 and rows["dongtou.txt"]["pages"] is None
    out = run_cli("extract", str(folder), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    docs = {json.loads(line)["doc"] for line in out.stdout.splitlines()}
    assert docs == {"dongtou.txt", "01_dongtou.html", "09_national_table.docx", "11_debrief.pdf"}


def test_build_writes_format_and_pages(tmp_path):
    from cityplans.build import build
    from cityplans.tables import Tables

    folder = _mixed(tmp_path)
    result = build([folder], out=tmp_path / "data", progress=False)
    assert not result.errors
    built = Tables.read(tmp_path / "data")
    tables = {"documents": built.documents, "targets": built.targets}
    documents = tables["documents"].set_index("doc")
    assert documents.loc["11_debrief.pdf", "pages"] == 2
    assert documents.loc["09_national_table.docx", "format"] == "docx"
    targets = tables["targets"]
    pdf_rows = targets[targets["doc"] == "11_debrief.pdf"]
    assert (pdf_rows["page"] == 1).all() and len(pdf_rows)
    table_rows = targets[targets["doc"] == "09_national_table.docx"]
    assert set(table_rows["column"]) == {"2015年指标值", "2020年目标值"}


def test_report_renders_a_mixed_folder(tmp_path):
    from cityplans.reports import render_reports

    folder = _mixed(tmp_path)
    (folder / "plan.wps").write_bytes(_OLE)  # refused, named, and the rest still renders
    run = render_reports([folder], out=tmp_path / "out", progress=False)
    assert not run.failed, [str(p.error) for p in run.failed]
    assert len(run.input_errors) == 1 and "plan.wps" in run.input_errors[0]
    overview = next(p for p in run.pages if p.job.name == "01_corpus_overview")
    html = overview.html.read_text(encoding="utf-8")
    for name in ("01_dongtou.html", "09_national_table.docx", "11_debrief.pdf"):
        assert name in html
