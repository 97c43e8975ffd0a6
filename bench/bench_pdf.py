"""Loading a 100-page PDF: cityplans' loader against pdfplumber alone, in one run.

pdfplumber alone is opening the file and `extract_text()` on every page, the least any reader
of the PDF's text does. The loader does that work (as text lines), looks for ruled tables where
a page has rules, flags headers and footers, joins paragraphs, then normalises and tags the
document like any other. The target: the loader takes under 5× pdfplumber alone.

    .venv/bin/python bench/bench_pdf.py          # also run by `make bench`
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGES = 100
LIMIT = 5.0


def make_pdf(path: Path, pages: int = PAGES) -> None:
    """A plan-like PDF of `pages` pages: 16 pt body text from the fixture plans, a running
    header, page numbers, and a ruled indicator table every ten pages."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    from tests.formats import sources
    from tests.formats.build_fixtures import BODY_PT, _cjk_font

    paragraphs = [
        text
        for src in (sources.DONGTOU, sources.LINHAI, sources.YINCHUAN, sources.DEBRIEF)
        for kind, text in src["blocks"]
        if kind == "p"
    ]
    table = sources.JIANGSU_TABLE["blocks"][1][1]

    class Page(FPDF):
        def header(self) -> None:
            self.set_font("cjk", size=10)
            self.cell(
                0, 8, "某市科技创新发展规划(2021—2025年)", align="C", new_x="LMARGIN", new_y="NEXT"
            )
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
    pdf.add_page()
    i = 0
    while pdf.page_no() < pages:
        if i % 40 == 39:
            pdf.set_font("cjk", size=11)
            with pdf.table(headings_style=FontFace(), line_height=7) as t:
                for row in table:
                    cells = t.row()
                    for text in row:
                        cells.cell(text)
            pdf.set_font("cjk", size=BODY_PT)
        else:
            pdf.set_x(pdf.l_margin + 11)
            pdf.write(10, paragraphs[i % len(paragraphs)], wrapmode="CHAR")
            pdf.ln(13)
        i += 1
    pdf.output(str(path))


def pdfplumber_alone(path: Path) -> tuple[float, int]:
    """Seconds to open the PDF and extract every page's text with pdfplumber; pages."""
    import pdfplumber

    started = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            n += 1
    return time.perf_counter() - started, n


def loader(path: Path) -> tuple[float, object]:
    """Seconds for cityplans to load the same file into a tagged Document."""
    from cityplans.corpus import load_document

    started = time.perf_counter()
    doc = load_document(path)
    return time.perf_counter() - started, doc


def main() -> int:
    """Build the PDF, warm both paths once (imports, fonts, dictionaries), time each."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan100.pdf"
        make_pdf(path)
        loader(path)  # warm-up: imports, the gazetteer and the dictionaries load once
        alone, pages = pdfplumber_alone(path)
        ours, doc = loader(path)
    ratio = ours / alone
    print(f"{pages}-page PDF: pdfplumber alone {alone:.2f} s, cityplans loader {ours:.2f} s")
    print(f"ratio {ratio:.2f}× (limit {LIMIT:.0f}×); {doc.pages} pages, {len(doc.raw)} chars")
    return 0 if ratio < LIMIT and pages >= PAGES else 1


if __name__ == "__main__":
    sys.exit(main())
