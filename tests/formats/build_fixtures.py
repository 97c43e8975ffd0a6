"""Rebuild the format fixtures (HTML, .docx, PDF) from the page texts in sources.py.

    .venv/bin/python -m tests.formats.build_fixtures

The machine that made them had no network, so no original file could be fetched: each file is
written here from the text of the stored page, in the layout its kind of publisher uses
(a portal page with breadcrumbs and a metadata table; a Word file with indented paragraphs and
a ruled table; a PDF with page numbers, a running header and ruled tables). Output is
deterministic apart from the PDF and .docx time stamps; the committed files are the ones the
tests and gold rows were made with.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from tests.formats import sources

HERE = Path(__file__).parent
DOCS = HERE / "docs"
SAME = HERE / "same"
BODY_PT = 16  # 三号, the size of a government document's body text
INDENT_AFTER = 30  # a paragraph longer than this is indented by two characters


def _cjk_font() -> str:
    """SimHei as mplfonts ships it: a TrueType CJK font fpdf2 can embed."""
    import mplfonts

    return str(Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf")


def write_html(path: Path, src: dict, charset: str = "utf-8") -> None:
    """A government portal page: navigation, breadcrumbs, metadata table, article, footer."""
    e = html.escape
    crumbs = ""
    if src.get("crumbs"):
        links = " &gt; ".join(f'<a href="#">{e(c.strip())}</a>' for c in src["crumbs"].split(">"))
        crumbs = f'<div class="location">当前位置：{links}</div>'
    meta = ""
    if src.get("meta"):
        cells = "".join(f"<td class='label'>{e(k)}</td><td>{e(v)}</td>" for k, v in src["meta"])
        meta = f'<table class="xxgk-meta"><tr>{cells}</tr></table>'
    body = []
    for kind, content in src["blocks"]:
        if kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in content
            )
            body.append(f'<table border="1" class="zbb">{rows}</table>')
        else:
            body.append(f"<p>{e(content)}</p>")
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(src["title"])}</title>
<script>var _hmt = _hmt || [];</script>
<style>.nav a {{ margin: 0 8px; }}</style>
</head>
<body>
<div class="nav"><a href="#">网站首页</a><a href="#">政务公开</a><a href="#">政务服务</a>
<a href="#">互动交流</a><a href="#">走进本地</a></div>
{crumbs}
{meta}
<div class="article">
<h1 class="title">{e(src["title"])}</h1>
<div class="content">
{chr(10).join(body)}
</div>
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="footer"><a href="#">网站地图</a> | <a href="#">联系我们</a>
| <a href="#">隐私声明</a></div>
</body>
</html>
"""
    path.write_bytes(page.encode("gb18030" if charset.lower() == "gb2312" else charset))


def write_docx(path: Path, src: dict) -> None:
    """A Word file: one paragraph per block (long ones indented), tables ruled."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for kind, content in src["blocks"]:
        if kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            paragraph = document.add_paragraph(content)
            if len(content) > INDENT_AFTER:
                paragraph.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
    document.core_properties.title = src["title"]
    document.save(str(path))


def new_pdf(header: str | None = None):
    """An A4 FPDF laid out as a government document: the CJK font in BODY_PT, page numbers
    (- N -) at the foot, `header` as a running header when given; the caller adds pages."""
    from fpdf import FPDF

    class Page(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("cjk", size=10)
                self.cell(0, 8, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)
            self.set_font("cjk", size=BODY_PT)

        def footer(self) -> None:
            self.set_y(-20)
            self.set_font("cjk", size=12)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")
            self.set_font("cjk", size=BODY_PT)

    pdf = Page(format="A4")
    pdf.add_font("cjk", fname=_cjk_font())
    pdf.set_margins(28, 30, 26)
    pdf.set_auto_page_break(True, margin=28)
    pdf.set_font("cjk", size=BODY_PT)
    return pdf


def pdf_table(pdf, rows: list[list[str]]) -> None:
    """A ruled table in 11 pt, columns as wide as their longest cell; body size after it."""
    from fpdf.fonts import FontFace

    pdf.set_font("cjk", size=11)
    widths = [max(8, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    with pdf.table(col_widths=widths, headings_style=FontFace(), line_height=7) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.set_font("cjk", size=BODY_PT)


def write_pdf(path: Path, src: dict) -> None:
    """A PDF: body text in 16 pt, long paragraphs indented, page numbers (- N -) at the foot,
    the title as a running header when the source gives one, tables ruled."""
    pdf = new_pdf(src.get("header"))
    pdf.add_page()
    for kind, content in src["blocks"]:
        if kind == "table":
            pdf_table(pdf, content)
            pdf.ln(4)
            continue
        if len(content) > INDENT_AFTER:
            pdf.set_x(pdf.l_margin + 2 * BODY_PT * 0.3528)  # two characters, in mm
        pdf.write(10, content, wrapmode="CHAR")
        pdf.ln(13)
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))
    pdf.output(str(path))


def write_text(path: Path, src: dict) -> None:
    """The text as a page copied to a .txt: one line per block, table rows between pipes."""
    lines = []
    for kind, content in src["blocks"]:
        if kind == "table":
            lines += ["| " + " | ".join(row) + " |" for row in content]
        else:
            lines.append(content)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _with_source(path: Path, src: dict) -> None:
    path.with_suffix(".src").write_text(src["source"] + "\n", encoding="utf-8")


SCORED = [
    ("01_dongtou.html", sources.DONGTOU, write_html, {}),
    ("02_linhai.html", sources.LINHAI, write_html, {"charset": "gb2312"}),
    ("03_wansheng.html", sources.WANSHENG, write_html, {}),
    ("04_shenzhen_htz.html", sources.SHENZHEN_HTZ, write_html, {}),
    ("05_southeast_news.html", sources.SOUTHEAST_NEWS, write_html, {}),
    ("06_national_goals.docx", sources.NATIONAL_GOALS, write_docx, {}),
    ("07_hebei.docx", sources.HEBEI, write_docx, {}),
    ("08_work_plan.docx", sources.WORK_PLAN, write_docx, {}),
    ("09_national_table.docx", sources.NATIONAL_TABLE, write_docx, {}),
    ("10_jiangsu_table.pdf", sources.JIANGSU_TABLE, write_pdf, {}),
    ("11_debrief.pdf", sources.DEBRIEF, write_pdf, {}),
    ("12_yinchuan.pdf", sources.YINCHUAN, write_pdf, {}),
]
WRITERS = {".txt": write_text, ".html": write_html, ".docx": write_docx, ".pdf": write_pdf}
SAME_DOCUMENTS = {"dongtou": sources.DONGTOU, "jiangsu_table": sources.JIANGSU_TABLE}


def main() -> None:
    """Write every fixture and its .src sidecar."""
    DOCS.mkdir(exist_ok=True)
    SAME.mkdir(exist_ok=True)
    for name, src, writer, options in SCORED:
        writer(DOCS / name, src, **options)
        _with_source(DOCS / name, src)
    for stem, src in SAME_DOCUMENTS.items():
        for suffix, writer in WRITERS.items():
            path = SAME / f"{stem}{suffix}"
            writer(path, src)
        _with_source(SAME / f"{stem}.txt", src)


if __name__ == "__main__":
    main()
