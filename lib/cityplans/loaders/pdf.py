"""PDF files with pdfplumber: text lines and ruled tables per page, headers and footers flagged.

The raw text holds one line per paragraph: a PDF line that reaches the right margin runs on
into the next one unless that one is indented (Chinese paragraphs open with an indent), also
across a page break, so a sentence reads as one, as in the .docx or .txt of the same plan.
Ruled tables (found where a page has lines or rectangles) are written as `| a | b |` rows
where they stand. A line repeated at the top or bottom of most pages (the issuer's name, the
document number) and page numbers (- 3 -, 第3页 共21页) are page furniture: kept in the raw
text, flagged as non-body (page_header, page_footer). Where a paragraph runs on across a page
break, the furniture between its halves is written after the paragraph. Each page's start is
recorded, so every quote knows its page. A PDF without a text layer (a scan) is refused.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass

from cityplans.doc_tables import TextBuilder
from cityplans.errors import DocumentError
from cityplans.loaders import Loaded

EDGE_SHARE = 0.12  # headers and footers sit in the top and bottom 12% of a page
EDGE_LINES = 2  # at most this many lines at each edge are candidates
REPEAT_SHARE = 0.5  # a line at an edge of at least half the pages (and two) is furniture
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–_·•]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:(?:[/／]|共)\s*\d{1,4}\s*页?)?[\s\-—–_·•]*$"
)
_CJK_BREAK = re.compile(r"(?<=[\u4e00-\u9fff，。、；：）(（])\n(?=[\u4e00-\u9fff（(])")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    kind: str | None = None  # page_header | page_footer once detected


@dataclass
class _Page:
    number: int
    height: float
    items: list  # _Line or list[list[str]] (a table), in reading order


def load_pdf(data: bytes, path: str) -> Loaded:
    """Read a PDF (see the module docstring)."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds for damaged or locked files
        reason = str(exc) or type(exc).__name__
        if "password" in reason.lower() or "encrypt" in reason.lower():
            raise DocumentError(
                path, "the PDF is password-protected: remove the password and load it again"
            ) from exc
        raise DocumentError(
            path, f"damaged or truncated PDF, cannot open it ({reason}): download or save it again"
        ) from exc
    with pdf:
        try:
            pages = [_read_page(page, n) for n, page in enumerate(pdf.pages, 1)]
        except Exception as exc:
            raise DocumentError(path, f"cannot read the PDF's pages: {exc}") from exc
    empty = [p.number for p in pages if not p.items]
    if len(empty) == len(pages):
        raise DocumentError(
            path,
            "the PDF has no text layer (scanned page images): run OCR on it first "
            "(for example `ocrmypdf in.pdf out.pdf`, or Acrobat/WPS 'recognise text'), "
            "or supply the plan as .docx or text",
        )
    _flag_furniture(pages)
    out, starts = _assemble(pages)
    warnings = []
    if empty:
        listed = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        warnings.append(
            f"PDF pages without a text layer (scanned?): {listed}; their text is missing"
        )
    return Loaded(
        raw=out.text(),
        format="pdf",
        encoding="pdf",
        pages=len(pages),
        page_starts=starts,
        nonbody=out.nonbody,
        tables=out.tables,
        warnings=warnings,
    )


def _read_page(page, number: int) -> _Page:
    """A page's text lines and ruled tables, top to bottom."""
    tables = page.find_tables() if (page.lines or page.rects) else []
    tables = [t for t in tables if len(t.rows) >= 2]
    view = page
    if tables:
        boxes = [t.bbox for t in tables]

        def outside(obj) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

        view = page.filter(outside)
    items: list[tuple[float, object]] = []
    for line in view.extract_text_lines(return_chars=False):
        text = line["text"].strip()
        if text:
            items.append(
                (line["top"], _Line(text, line["x0"], line["x1"], line["top"], line["bottom"]))
            )
    for table in tables:
        rows = [[_cell(c) for c in row] for row in table.extract()]
        items.append((table.bbox[1], rows))
    items.sort(key=lambda item: item[0])
    return _Page(number, float(page.height), [item for _, item in items])


def _cell(value: str | None) -> str:
    """A table cell's text: a line break inside Chinese text joins without a space."""
    if not value:
        return ""
    return _CJK_BREAK.sub("", value).replace("\n", " ")


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(page: _Page) -> tuple[list[_Line], list[_Line]]:
    """Candidate header lines (top of the page) and footer lines (bottom)."""
    lines = [i for i in page.items if isinstance(i, _Line)]
    top = [ln for ln in lines[:EDGE_LINES] if ln.top < page.height * EDGE_SHARE]
    bottom = [ln for ln in lines[-EDGE_LINES:] if ln.bottom > page.height * (1 - EDGE_SHARE)]
    return top, bottom


def _flag_furniture(pages: list[_Page]) -> None:
    """Mark lines repeated at the top or bottom of most pages, and page numbers."""
    with_text = [p for p in pages if p.items]
    edges = [_edges(p) for p in with_text]
    counts = {"page_header": Counter(), "page_footer": Counter()}
    for top, bottom in edges:
        counts["page_header"].update({_key(ln.text) for ln in top})
        counts["page_footer"].update({_key(ln.text) for ln in bottom})
    need = max(2, math.ceil(REPEAT_SHARE * len(with_text)))
    for top, bottom in edges:
        for kind, lines in (("page_header", top), ("page_footer", bottom)):
            for ln in lines:
                if counts[kind][_key(ln.text)] >= need or _PAGE_NUMBER.match(ln.text):
                    ln.kind = kind


def _assemble(pages: list[_Page]) -> tuple[TextBuilder, list[int]]:
    """Write the pages into one raw text, joining paragraphs that run across lines and pages."""
    out = TextBuilder()
    starts: list[int] = []
    pending: list[_Line] = []  # furniture waiting for the end of a paragraph
    previous: tuple[_Line, float, float] | None = None  # last body line, its page's margins
    for page in pages:
        body = [i for i in page.items if isinstance(i, _Line) and i.kind is None]
        left = min((ln.x0 for ln in body), default=0.0)
        right = max((ln.x1 for ln in body), default=0.0)
        size = _median([ln.bottom - ln.top for ln in body]) or 10.0
        page_start = None
        for item in page.items:
            if isinstance(item, _Line) and item.kind:
                pending.append(item)
                continue
            if isinstance(item, _Line) and previous and _runs_on(previous, item, left, size):
                start, _ = out.extend(item.text)
            else:
                for line in pending:
                    at, _ = out.line(line.text, line.kind)
                    page_start = at if page_start is None and line in page.items else page_start
                pending = []
                if isinstance(item, _Line):
                    start, _ = out.line(item.text)
                else:
                    table = out.table(item, page=page.number)
                    start = table.start if table.rows else out.length
            page_start = start if page_start is None else page_start
            previous = (item, right, size) if isinstance(item, _Line) else None
        if page_start is None:
            page_start = out.length
        starts.append(page_start)
    for line in pending:
        out.line(line.text, line.kind)
    return out, starts


def _runs_on(previous: tuple[_Line, float, float], line: _Line, left: float, size: float) -> bool:
    """Whether `line` continues the paragraph of the previous body line: that one reached its
    page's right margin and this one is not indented."""
    prev, prev_right, prev_size = previous
    reached = prev.x1 >= prev_right - 1.5 * prev_size
    indented = line.x0 > left + 0.8 * size
    return reached and not indented


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[len(values) // 2]
