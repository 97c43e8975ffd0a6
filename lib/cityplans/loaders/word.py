"""Word .docx files with python-docx: paragraphs and tables in reading order.

Each paragraph of the body is one line of the raw text; each table is written as
`| a | b |` rows where it stands among the paragraphs (a cell merged across columns is written
once, a cell merged down the rows repeats its text, as Word shows it). Page headers and footers
are not part of the body and are not read.
"""

from __future__ import annotations

import io

from cityplans.doc_tables import TextBuilder
from cityplans.errors import DocumentError
from cityplans.loaders import Loaded


def load_docx(data: bytes, path: str) -> Loaded:
    """Read a .docx file (see the module docstring)."""
    import docx
    from docx.table import Table as DocxTable

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors
        raise DocumentError(
            path,
            f"cannot read the Word document ({type(exc).__name__}: {exc}); "
            "open it in Word or WPS and save it again as .docx",
        ) from exc
    out = TextBuilder()
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            out.table(_rows(block))
        else:
            for line in block.text.split("\n"):
                if line.strip():
                    out.line(line.strip())
    raw = out.text()
    if not raw.strip():
        raise DocumentError(
            path,
            "the Word document holds no text (only images?): OCR the images or "
            "supply the plan as text",
        )
    return Loaded(raw=raw, format="docx", encoding="docx", tables=out.tables)


def _rows(table) -> list[list[str]]:
    """A table's rows as cell texts; a cell spanning several grid columns counts once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text)
        rows.append(cells)
    return rows
