"""Read a plan file of any supported format into raw text, chosen by its content.

Each loader turns a file into the same thing, a `Loaded`: the raw text (what the file says,
paragraphs on lines, tables as `| a | b |` rows), spans in it that are not body text (page
headers and footers, portal metadata, breadcrumbs), its tables, its page starts and the
fields a page states about itself (发布机构, 成文日期, 发布日期, 索引号, 文号). corpus.py makes a
Document from it exactly as from a text file, so quotes point into each file's own text.

The format is decided by the bytes (magic numbers), the suffix only breaks ties: a .txt that
is a PDF is read as a PDF, a .doc that is a .docx as a .docx. Old binary Word and WPS files and
PDFs without a text layer are refused with a DocumentError that says what to do.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from cityplans.doc_tables import Table
from cityplans.errors import DocumentError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
WORD_SUFFIXES = {".docx", ".docm"}
PDF_SUFFIXES = {".pdf"}
REFUSED_SUFFIXES = {".doc", ".wps", ".et", ".xls", ".ppt"}  # named so a folder reports them
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | WORD_SUFFIXES | PDF_SUFFIXES | REFUSED_SUFFIXES

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Loaded:
    """What a loader read from one file, before normalising and tagging."""

    raw: str
    format: str  # text | html | docx | pdf
    encoding: str
    pages: int | None = None
    page_starts: list[int] = field(default_factory=list)  # raw offset where each page starts
    nonbody: list[tuple[int, int, str]] = field(default_factory=list)  # raw spans, kind
    tables: list[Table] | None = None  # None: look for pipe/tab tables in the raw text
    fields: dict[str, str] = field(default_factory=dict)  # metadata the file states
    warnings: list[str] = field(default_factory=list)


def sniff(data: bytes, path: str | Path) -> str:
    """The format of a file's bytes: pdf, docx, html, text; or raise DocumentError for a
    format that is refused (old Word/WPS, other ZIP and OLE files)."""
    path = Path(path)
    suffix = path.suffix.lower()
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(_OLE):
        raise DocumentError(str(path), _ole_reason(suffix))
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data, path)
    if _looks_html(head) or (suffix in HTML_SUFFIXES and b"<" in head):
        return "html"
    return "text"


def _ole_reason(suffix: str) -> str:
    what = {
        ".wps": "a WPS Office document (.wps)",
        ".doc": "an old binary Word document (.doc)",
        ".xls": "an Excel workbook (.xls)",
        ".et": "a WPS spreadsheet (.et)",
    }.get(suffix, "an OLE compound file (old Word .doc, WPS .wps, or a password-protected .docx)")
    return (
        f"cannot read {what}: only .docx, PDF with a text layer, HTML and text are read. "
        "Open it in Word or WPS and save it as .docx (文件 > 另存为 > Word 文档 .docx), "
        "or remove its password, then load the new file"
    )


def _zip_kind(data: bytes, path: Path) -> str:
    import io

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        raise DocumentError(
            str(path), f"damaged ZIP container (a broken .docx?): {exc}; save the file again"
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    what = "an Excel workbook" if "xl/workbook.xml" in names else "a ZIP archive"
    if "ppt/presentation.xml" in names:
        what = "a PowerPoint file"
    raise DocumentError(
        str(path),
        f"{what}, not a Word document: unpack it or save the plan as .docx, PDF or text",
    )


def _looks_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower()


def load(path: str | Path, data: bytes) -> Loaded:
    """Read one file's bytes with the loader its content calls for."""
    kind = sniff(data, path)
    if kind == "pdf":
        from cityplans.loaders.pdf import load_pdf

        return load_pdf(data, str(path))
    if kind == "docx":
        from cityplans.loaders.word import load_docx

        return load_docx(data, str(path))
    if kind == "html":
        from cityplans.loaders.html import load_html

        return load_html(data, str(path))
    from cityplans.encoding import decode

    raw, encoding = decode(data, str(path))
    return Loaded(raw=raw, format="text", encoding=encoding)


__all__ = ["SUFFIXES", "Loaded", "load", "sniff"]
