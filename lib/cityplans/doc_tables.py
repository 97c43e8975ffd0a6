"""Tables in a plan's text, and the indicator tables (主要指标表) among them read as targets.

Every loader writes a table into the raw text as one line per row, cells between pipes
(`| 指标 | 单位 | 2020年 | 2025年 | 属性 |`), and records each cell's span, so a quote from
a table points into the document's own text whatever the file format. Text files carry such
rows themselves (pages copied to text): pipe- or tab-separated runs of lines, tables copied one
cell per line, and a statistical yearbook's columns laid out with spaces are found here.

An indicator table is one whose header names an indicator column (指标, 指标名称) and value
columns by year or as base/target (2020年, 基期值, 2025年目标值). Each of its value cells
becomes one row of the targets table: the year from the column header, the status `actual`
for a base column and `target` otherwise (in a text that is no plan, `actual` for every column
that names no goal), the kind from the indicator's name (新增… is new,
…增长/增速 is growth), the 属性 (预期性/约束性) kept. Rows whose indicator the registry does
not know give no target: they are listed as unmatched, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from cityplans.numbers import COUNT_UNITS, convert_money, parse_number

CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Cell:
    """One cell: its text as in the raw text and its [start, end) there."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    """One table row: its [start, end) in the raw text and its cells."""

    start: int
    end: int
    cells: tuple[Cell, ...]


@dataclass
class Table:
    """A table as rows of cells with raw-text spans; `page` is 1-based where the file has pages."""

    rows: list[Row]
    caption: str = ""  # the line before the table (表1 主要指标), if short
    page: int | None = None
    layout: str = "grid"  # grid, or yearbook: a statistical yearbook's spaced columns of data

    @property
    def start(self) -> int:
        """Raw offset of the first row."""
        return self.rows[0].start

    @property
    def end(self) -> int:
        """Raw offset after the last row."""
        return self.rows[-1].end


def at_offsets(tables: list[Table], offsets: Sequence[int]) -> list[Table]:
    """`tables` read from a text that lost characters, with every span moved to the original
    text: `offsets[i]` is where character i of the read text stands there."""
    out = []
    for table in tables:
        rows = [
            Row(
                offsets[row.start],
                offsets[row.end - 1] + 1,
                tuple(_moved(c, offsets) for c in row.cells),
            )
            for row in table.rows
        ]
        out.append(replace(table, rows=rows))
    return out


def _moved(cell: Cell, offsets: Sequence[int]) -> Cell:
    if cell.end <= cell.start:  # an empty cell stays empty, where it starts
        pos = offsets[cell.start] if cell.start < len(offsets) else offsets[-1] + 1
        return replace(cell, start=pos, end=pos)
    return replace(cell, start=offsets[cell.start], end=offsets[cell.end - 1] + 1)


class TextBuilder:
    """Assemble a document's raw text line by line, recording spans of lines and table cells.

    Loaders of structured formats (HTML, Word, PDF) write what they read through this, so
    every format ends as the same kind of raw text with the same table layout.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.tables: list[Table] = []
        self.nonbody: list[tuple[int, int, str]] = []  # raw spans that are not body, and why

    def _write(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def line(self, text: str, kind: str | None = None) -> tuple[int, int]:
        """Append one line (a paragraph); `kind` flags it as non-body (page_header…)."""
        text = text.replace("\n", " ").rstrip()
        if self.length and not self.parts[-1].endswith("\n"):
            self._write("\n")
        start = self._write(text)
        self._write("\n")
        if kind:
            self.nonbody.append((start, start + len(text), kind))
        return start, start + len(text)

    def extend(self, text: str) -> tuple[int, int]:
        """Continue the last line (a paragraph running on across a PDF line or page break)."""
        if self.parts and self.parts[-1] == "\n":
            self.parts.pop()
            self.length -= 1
        start = self._write(text)
        self._write("\n")
        return start, start + len(text)

    def table(self, rows: list[list[str]], caption: str = "", page: int | None = None) -> Table:
        """Append a table, one `| a | b |` line per row; empty rows are skipped."""
        out = []
        for cells in rows:
            texts = [_cell_text(c) for c in cells]
            if not any(texts):
                continue
            if self.length and not self.parts[-1].endswith("\n"):
                self._write("\n")
            row_start = self._write("| ")
            spans = []
            for i, text in enumerate(texts):
                if i:
                    self._write(CELL_SEPARATOR)
                at = self._write(text)
                spans.append(Cell(text, at, at + len(text)))
            self._write(" |")
            out.append(Row(row_start, self.length, tuple(spans)))
            self._write("\n")
        table = Table(out, caption, page)
        if out:
            self.tables.append(table)
        return table

    def text(self) -> str:
        """The raw text written so far."""
        return "".join(self.parts)


def _cell_text(value: object) -> str:
    """A cell's text on one line (a cell may hold line breaks; pipes would split it)."""
    text = "" if value is None else str(value)
    return " ".join(text.replace("|", "｜").split())


# --- tables written in text files -------------------------------------------------------

_PIPE_ROW = re.compile(r"^[ \t]*\|?[^|\n]*(?:\|[^|\n]*){2,}\|?[ \t]*$")
_RULE_ROW = re.compile(r"^[\s|:\-—–+=]*$")  # markdown |---|---| and box rules
MIN_ROWS = 2


def text_tables(raw: str) -> list[Table]:
    """Runs of two or more pipe- or tab-separated lines in a text, as tables (rule lines
    such as |---|---| skipped), and pipe lines that hold a whole table (_stream_table)."""
    tables: list[Table] = []
    one_line: list[tuple[Cell, ...]] = []  # the cells of pipe lines long enough to be a table
    current: list[Row] = []
    kind = None
    pos = 0
    previous_line = ""
    caption = ""
    for line in raw.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.rstrip("\r")
        row_kind = _row_kind(body)
        if row_kind == "pipe" and body.count("|") >= 3 * MIN_STREAM_ROWS:
            one_line.append(split_cells(body, start, row_kind))
        if row_kind and row_kind == (kind or row_kind):
            if not _RULE_ROW.match(body):
                cells = split_cells(body, start, row_kind)
                if cells:
                    current.append(Row(start, start + len(body), cells))
            if kind is None:
                caption = previous_line.strip() if len(previous_line.strip()) <= 40 else ""
            kind = row_kind
            continue
        if len(current) >= MIN_ROWS:
            tables.append(Table(current, caption))
        current, kind = [], None
        if row_kind:  # a row of the other kind starts a new run
            cells = split_cells(body, start, row_kind)
            current = [Row(start, start + len(body), cells)] if cells else []
            kind = row_kind
            caption = previous_line.strip() if len(previous_line.strip()) <= 40 else ""
        previous_line = body
    if len(current) >= MIN_ROWS:
        tables.append(Table(current, caption))
    tables += [t for cells in one_line if (t := _stream_table(cells)) is not None]
    return tables + cell_line_tables(raw) + spaced_tables(raw)


# --- a table whose row breaks a copy lost: all its cells on one pipe line -------------------

MIN_STREAM_ROWS = 3
CAPTION_CHARS = 40  # the words before a table that name it (表1 主要指标), if this short
LABEL_CHARS = 12  # a row's label (a place, an indicator) is short
# the last word of a cell that runs on from prose: …排行榜 注*榜单不含港澳台地区 地区 -> 地区
_LAST_WORD = re.compile(r"[^\s。;；,，:：!！?？]+$")


def _stream_table(cells: tuple[Cell, ...]) -> Table | None:
    """A table a page copied with its row breaks lost, every cell on one pipe line: a header
    (地区 | R&D经费(亿元) | 投入强度(%)), then row after row of a label and one value per value
    column (全国 | 24393.1 | 2.40 | 广东省 | 3479.9 | 3.15 | …). The header is the cells before
    the first label that a value follows (of its first cell, only the last word when prose
    runs into it); each later run of as many cells is a row while it is a label and values."""
    is_value = [bool(_VALUE_CELL.match(c.text)) for c in cells]
    first = next((i for i in range(1, len(cells) - 1) if not is_value[i] and is_value[i + 1]), None)
    if first is None or first < 2 or any(is_value[:first]):
        return None
    head = _last_word(cells[0])
    if head is None:
        return None
    before = cells[0].text[: head.start - cells[0].start]
    caption = SENTENCE_MARKS.split(before)[-1].strip()  # 2020全国31省科研投入排行榜 …
    header = (head, *cells[1:first])
    rows = [Row(head.start, header[-1].end, header)]
    for at in range(first, len(cells) - first + 1, first):
        chunk = cells[at : at + first]
        label = chunk[0].text
        if is_value[at] or not label or len(label) > LABEL_CHARS or SENTENCE_MARKS.search(label):
            break
        if not all(is_value[at + 1 : at + first]):
            break
        rows.append(Row(chunk[0].start, chunk[-1].end, chunk))
    if len(rows) <= MIN_STREAM_ROWS:
        return None
    return Table(rows, caption if len(caption) <= CAPTION_CHARS else "")


def _last_word(cell: Cell) -> Cell | None:
    """A header's first cell, or the last word of it when prose runs into it."""
    if len(cell.text) <= LABEL_CHARS:
        return cell
    m = _LAST_WORD.search(cell.text)
    if m is None or len(m.group()) > LABEL_CHARS:
        return None
    return Cell(m.group(), cell.start + m.start(), cell.end)


# --- tables copied from a web page one cell per line -----------------------------------------

_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}\s*年?(?:度)?$")
_VALUE_CELL = re.compile(
    r"^[\[【(（]?\s*[-—–~≥≤><约+]?\s*[\d.,]+\s*%?\s*[\]】)）]?\s*(?:以上|左右)?$|^[-—–/]+$"
)
# a unit cell (%, 家, 件/万人, 个百分点) and an attribute cell (预期性, 约束性), or a dash for none
_UNIT_CELL = re.compile(r"^(?:[%‰]|[^\d\s%‰]{1,6}(?:/[^\d\s]{1,4})?|[-—–/]+)$")
_ATTRIBUTE_CELL = re.compile(r"^(?:预期性|约束性|[-—–/]+)$")
# the heads a column after the years may have (单位, 属性, 年均增长, 排名, 备注)
_TRAILING_HEAD = re.compile(r"单位|属性|性质|增[长速幅]|排[序名]|位次|备注")
CELL_CHARS = 24  # a line longer than this is prose, not a cell
VALUE_HEAD_CHARS = 12  # a value column's header: 2020年(基期值), 2025年目标值
LEFT_HEAD_CHARS = 6  # a header cell left of the indicator column: 序号, 类别, 一级指标
SENTENCE_MARKS = re.compile(r"[。;；]")
_FIELD = re.compile(r"[:：]")


def cell_line_tables(raw: str) -> list[Table]:
    """Tables a web page copied one cell per line (序号 / 指标 / 2013 / 2014 … then each row's
    cells): a header of short lines naming an indicator column and two or more years; each row
    is a label line followed by one value line per header cell right of the indicator column
    (cells left of it, such as 序号 and a 类别 spanning rows, may be missing)."""
    lines = [(m.group(), m.start()) for m in re.finditer(r"[^\s](?:[^\n]*[^\s])?", raw)]
    tables = []
    i = 0
    while i < len(lines):
        header = _cell_header(lines, i)
        if header is None:
            i += 1
            continue
        head_end, label_at = header
        heads = [t for t, _ in lines[i + label_at + 1 : head_end]]
        rows, j = _cell_rows(lines, head_end, _column_cells(heads), label_at)
        if len(rows) >= 1:
            head_cells = tuple(Cell(t, at, at + len(t)) for t, at in lines[i:head_end])
            head_row = Row(head_cells[0].start, head_cells[-1].end, head_cells)
            caption = lines[i - 1][0] if i and len(lines[i - 1][0]) <= 40 else ""
            tables.append(Table([head_row, *rows], caption))
        i = max(j, i + 1)
    return tables


def _cell_header(lines: list[tuple[str, int]], i: int) -> tuple[int, int] | None:
    """(index after the header, the indicator column's place in it) when a header of short
    lines starts at line i: an indicator head, then two or more year cells."""
    label_at, years, j = None, 0, i
    while j < len(lines):
        text = lines[j][0]
        if len(text) > CELL_CHARS or SENTENCE_MARKS.search(text) or _FIELD.search(text):
            break  # prose, or a page's field line (发布时间:2019-09-05)
        if _value_head(text):
            years += 1
        elif _VALUE_CELL.match(text):
            break  # the first row's 序号 or value: the header has ended
        elif _INDICATOR_HEAD.match(re.sub(r"\s+", "", text)) and label_at is None:
            label_at = j - i
        elif label_at is None and (j - i > 3 or len(text) > LEFT_HEAD_CHARS):
            return None  # a header names its indicator column among its first cells, after
            # short ones (序号, 类别), not after a title or a caption
        elif years and not _TRAILING_HEAD.search(text):
            break  # after the years only 单位, 属性, 年均增长, 排名 or 备注 head a column:
            # the first row's 类别 (创新投入) has begun
        j += 1
    if label_at is None or years < 2:
        return None
    return j, label_at


def _column_cells(heads: list[str]) -> list[re.Pattern[str]]:
    """What a cell under each header right of the indicator column looks like."""
    return [_column_cell(h) for h in heads]


def _column_cell(head: str) -> re.Pattern[str]:
    """A unit (%, 家, 件/万人) under 单位, 预期性/约束性 under 属性, else a value."""
    if _UNIT_HEAD.search(head):
        return _UNIT_CELL
    if _ATTRIBUTE_HEAD.search(head):
        return _ATTRIBUTE_CELL
    return _VALUE_CELL


def _value_head(text: str) -> bool:
    """A header cell over values: a year (2020年), or one with a base or goal word (2020年(基期
    值), 2025年目标值, 基期值)."""
    if _YEAR_CELL.match(text):
        return True
    named = _YEAR.search(text) or _BASE_WORDS.search(text) or _TARGET_WORDS.search(text)
    return named is not None and len(text) <= VALUE_HEAD_CHARS


def _cell_rows(
    lines: list[tuple[str, int]], j: int, columns: list[re.Pattern[str]], label_at: int
) -> tuple[list[Row], int]:
    """The rows after a cell-per-line header: a label line and one line per column each, each
    line the kind of cell its column holds."""
    values = len(columns)
    rows = []
    while j < len(lines):
        text, at = lines[j]
        if len(text) > CELL_CHARS * 2 or SENTENCE_MARKS.search(text):
            break
        if _VALUE_CELL.match(text):
            j += 1  # 序号, or a value line of a row not read
            continue
        cells = lines[j + 1 : j + 1 + values]
        if len(cells) == values and all(
            c.match(t) for c, (t, _) in zip(columns, cells, strict=True)
        ):
            pad = tuple(Cell("", at, at) for _ in range(label_at))
            label = Cell(text, at, at + len(text))
            value_cells = tuple(Cell(t, a, a + len(t)) for t, a in cells)
            end = value_cells[-1].end
            rows.append(Row(at, end, (*pad, label, *value_cells)))
            j += 1 + values
            continue
        j += 1  # a 类别 line spanning rows, or a label whose cells do not fit
    return rows, j


# --- tables a statistical yearbook lays out with spaces -------------------------------------

# a number cell of a yearbook row: 848.00, 1,025, -3.2, 77.21%, or a dash for no data
_NUMBER_TOKEN = r"(?:[-−]?\d[\d,]*(?:\.\d+)?%?|[-—…]+)"
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}\s*年?$")
_YEAR_AT_LINE_END = re.compile(r"(?:19|20)\d{2}\s*年?[ \t\r]*$", re.M)
_ASCII_WORD = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&]*")
_CHINESE_NAME_WORDS = {"R&D", "RD", "GDP"}  # Latin words inside a Chinese name: 研究与试验发展(R&D)
_ENGLISH_HEAD = re.compile(r"Items?|Indicators?", re.I)  # a header only in translation
_TRAILING_LATIN = re.compile(r"(?:\s+[A-Za-z&]+)+$")
_CJK_OPENING = re.compile(r"\s*[\u4e00-\u9fff]")
_ORDINAL = re.compile(r"\d{1,2}[.、]?\s+(?=[\u4e00-\u9fff])")
SPACED_GAP = 3  # lines without values (a wrapped English name) a yearbook row may be broken by


def spaced_tables(raw: str) -> list[Table]:
    """Tables a statistical yearbook lays out with spaces (项  目  Item  2020  2021, then one row
    per indicator: 每万人口发明专利授权量 (件/万人) Number of … 15.55 24.16): a header whose
    cells before two or more trailing years name an indicator column, then rows whose last
    tokens are one number per year; a wrapped English name's lines between rows are skipped."""
    if not _YEAR_AT_LINE_END.search(raw):
        return []  # no line ends in a year: no yearbook header (most texts; one scan)
    tables = []
    pos = 0
    lines = []
    for line in raw.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        header = _spaced_header(*lines[i])
        if header is None:
            i += 1
            continue
        rows, j = _spaced_rows(lines, i + 1, len(header.cells) - 1)
        if rows:
            caption = lines[i - 1][0].strip() if i and len(lines[i - 1][0].strip()) <= 40 else ""
            tables.append(Table([header, *rows], caption, layout="yearbook"))
        i = max(j, i + 1)
    return tables


def _spaced_header(line: str, offset: int) -> Row | None:
    """项     目     Item     2020 2021: an indicator head, then two or more years."""
    if not _YEAR_AT_LINE_END.search(line):
        return None  # (a quick test: most lines are prose)
    tokens = list(re.finditer(r"\S+", line))
    years = []
    while tokens and _YEAR_TOKEN.match(tokens[-1].group()):
        years.insert(0, tokens.pop())
    if len(years) < 2 or not tokens:
        return None
    if len(tokens) > 1 and tokens[0].group() == "序号":
        tokens.pop(0)  # 序号 指标 2020年 2025年: a numbered list of indicators
    head = "".join(t.group() for t in tokens if not _ASCII_WORD.search(t.group()))
    if not head and _ENGLISH_HEAD.fullmatch(" ".join(t.group() for t in tokens)):
        first = last = tokens[0]  # Item 2004 2008: the translation alone heads the labels
    elif _INDICATOR_HEAD.match(head):
        first = tokens[0]
        last = next(t for t in reversed(tokens) if not _ASCII_WORD.search(t.group()))
    else:
        return None
    cells = [Cell(line[first.start() : last.end()], offset + first.start(), offset + last.end())]
    cells += [Cell(y.group(), offset + y.start(), offset + y.end()) for y in years]
    return Row(offset, offset + len(line), tuple(cells))


def _spaced_rows(lines: list[tuple[str, int]], j: int, width: int) -> tuple[list[Row], int]:
    """The rows after a spaced header: a Chinese label (its unit in brackets kept) and, at the
    line's end, `width` numbers; stops at prose or after SPACED_GAP lines without values."""
    values = re.compile(rf"(?:\s+({_NUMBER_TOKEN})){{{width}}}\s*$")
    rows, gap = [], 0
    while j < len(lines) and gap <= SPACED_GAP:
        line, offset = lines[j]
        if SENTENCE_MARKS.search(line):
            break
        m = values.search(line)
        label = _spaced_label(line[: m.start()]) if m else None
        if m is None or label is None:
            if m is None and rows and _wraps(rows[-1], line):
                rows[-1] = _continued(rows[-1], line, offset)
            gap += 1
            j += 1
            continue
        gap = 0
        start, end = label
        tail = re.finditer(_NUMBER_TOKEN, line[m.start() :])
        cells = [Cell(line[start:end], offset + start, offset + end)]
        cells += [
            Cell(v.group(), offset + m.start() + v.start(), offset + m.start() + v.end())
            for v in tail
        ]
        rows.append(Row(offset, offset + len(line), tuple(cells)))
        j += 1
    return rows, j


def _wraps(row: Row, line: str) -> bool:
    """A line without values that goes on with the row's Chinese label (R&D经费内部支出与主营 /
    业务收入之比 (%)): the label ends without its bracketed unit and the line opens in Chinese."""
    label = row.cells[0].text.rstrip()
    return (
        not label.endswith((")", "）"))
        and _spaced_label(line) is not None
        and (_CJK_OPENING.match(line) is not None)
    )


def _continued(row: Row, line: str, offset: int) -> Row:
    """`row` with its label joined to the Chinese part of the line that continues it; the label
    cell and the row then span both lines."""
    start, end = _spaced_label(line)
    first = row.cells[0]
    label = Cell(first.text + line[start:end], first.start, offset + end)
    return Row(row.start, max(row.end, offset + end), (label, *row.cells[1:]))


def _spaced_label(head: str) -> tuple[int, int] | None:
    """The [start, end) of a row's Chinese label in the text before its numbers: up to the
    first English word (a bilingual yearbook's translation), with a bracketed unit."""
    english = next(
        (w for w in _LATIN_WORD.finditer(head) if w.group().upper() not in _CHINESE_NAME_WORDS),
        None,
    )
    part = head[: english.start()] if english else head
    stripped = _TRAILING_LATIN.sub("", part.rstrip())  # (%)   R&D to Sales…: the translation
    start = len(part) - len(part.lstrip())
    ordinal = _ORDINAL.match(part, start)  # 1 研发经费投入强度(%): the row's number is no label
    if ordinal and ordinal.end() < len(stripped):
        start = ordinal.end()
    if not re.search(r"[\u4e00-\u9fff]", stripped):
        return None
    return start, len(stripped)


def _row_kind(line: str) -> str | None:
    if line.count("|") >= 2 and _PIPE_ROW.match(line):
        return "pipe"
    if line.count("\t") >= 2 and line.strip("\t "):
        return "tab"
    return None


def split_cells(
    line: str, offset: int, kind: str, enclosed: bool | None = None
) -> tuple[Cell, ...]:
    """The cells of one row with their raw spans (white space around a cell excluded); a row
    `enclosed` (a pipe row, unless told otherwise) opens and closes with an empty piece that is
    no cell."""
    sep = "|" if kind == "pipe" else "\t"
    cells = []
    pos = 0
    pieces = line.split(sep)
    if enclosed is None:
        enclosed = kind == "pipe"
    if enclosed:
        # a leading and a trailing separator enclose the row; they open and close no cell
        if not pieces[0].strip():
            pos = len(pieces[0]) + 1
            pieces = pieces[1:]
        if pieces and not pieces[-1].strip():
            pieces = pieces[:-1]
    for piece in pieces:
        text = piece.strip()
        lead = len(piece) - len(piece.lstrip())
        cells.append(Cell(text, offset + pos + lead, offset + pos + lead + len(text)))
        pos += len(piece) + 1
    return tuple(cells)


# --- indicator tables ---------------------------------------------------------------------

_INDICATOR_HEAD = re.compile(
    r"^(?:主要|核心|具体|绩效|考核|评价|[一二三四]级)?指标(?:名称|内容|体系|类别|类型|项)?$"
    r"|^(?:指标)?项目$|^名称$"
)
_UNIT_HEAD = re.compile(r"单位")
_ATTRIBUTE_HEAD = re.compile(r"属性|性质")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_BASE_WORDS = re.compile(r"基期|基数|基准|现状|实际|完成|现值|基础值|起始")
# (年度指标值, 指标值 alone: a budget's goal for its year; 2015年指标值 is that year's value)
_TARGET_WORDS = re.compile(r"目标|预期值|规划值|计划|年度指标值|^指标值$")
_GROWTH_HEAD = re.compile(r"年均增[长速]|增[长速]率?|增幅")
_CUMULATIVE_HEAD = re.compile(r"累计")
_ATTRIBUTES = ("预期性", "约束性")


@dataclass
class Column:
    """What one column of an indicator table holds."""

    index: int
    role: str  # indicator, unit, attribute, value, growth, skip
    header: str
    year: int | None = None
    status: str | None = None  # actual | target | None (decided with the plan's period)


@dataclass
class IndicatorTable:
    """An indicator table: the table, its header rows and what each column holds."""

    table: Table
    header_rows: int
    columns: list[Column] = field(default_factory=list)

    @property
    def body(self) -> list[Row]:
        """The rows below the header."""
        return self.table.rows[self.header_rows :]


def indicator_table(table: Table) -> IndicatorTable | None:
    """The table read as an indicator table, or None when its header does not name an
    indicator column and at least one value column (a year, 基期, 目标值)."""
    titles = _title_rows(table.rows)
    for header_rows in (1, 2):
        end = titles + header_rows
        if len(table.rows) <= end:
            return None
        heads = _with_label_head(_headers(table.rows[titles:end]), table.rows[end:])
        columns = [_column(i, h, table.caption) for i, h in enumerate(heads)]
        roles = [c.role for c in columns]
        if "indicator" in roles and any(r in ("value", "growth") for r in roles):
            return IndicatorTable(table, end, columns)
    return None


def _title_rows(rows: list[Row]) -> int:
    """How many rows open the table with one cell of words and empty ones after it (14-3
    科技活动基本情况 | |||, (2009-2014年) | |||): its caption copied into the grid."""
    count = 0
    for row in rows[:MAX_TITLE_ROWS]:
        filled = [c for c in row.cells if c.text]
        if len(filled) != 1 or filled[0] is not row.cells[0] or len(row.cells) < MIN_ROWS:
            break
        count += 1
    return count


MAX_TITLE_ROWS = 3


def _with_label_head(heads: list[str], body: list[Row]) -> list[str]:
    """A header of years alone (2009年 | 2010年 | … | 2014年 |) over rows of a label and one value
    a year: the copy lost the head of the label column, which is put back (指标)."""
    years = heads[: max((i + 1 for i, h in enumerate(heads) if h), default=0)]
    widths = Counter(len(row.cells) for row in body)
    if not years or not widths or not all(_YEAR_CELL.match(h) for h in years):
        return heads
    width = widths.most_common(1)[0][0]
    return ["指标", *years] if width == len(years) + 1 else heads


def _headers(rows: list[Row]) -> list[str]:
    """Column headers; a two-row header joins its cells (2025年 over 目标值)."""
    width = max(len(r.cells) for r in rows)
    heads = [""] * width
    for row in rows:
        offset = width - len(row.cells)  # a shorter row spans from the right
        for i, cell in enumerate(row.cells):
            heads[i + offset] = (heads[i + offset] + cell.text).strip()
    return heads


def _column(index: int, header: str, caption: str) -> Column:
    head = re.sub(r"\s+", "", header)
    if _INDICATOR_HEAD.match(head) or (index == 0 and _ENGLISH_HEAD.fullmatch(head)):
        return Column(index, "indicator", header)
    if _ATTRIBUTE_HEAD.search(head):
        return Column(index, "attribute", header)
    if _UNIT_HEAD.search(head) and not _YEAR.search(head):
        return Column(index, "unit", header)
    if _CUMULATIVE_HEAD.search(head) and not _GROWTH_HEAD.search(head):
        return Column(index, "skip", header)
    if _GROWTH_HEAD.search(head) and not _TARGET_WORDS.search(head):
        return Column(index, "growth", header)
    year = _YEAR.search(head)
    status = "actual" if _BASE_WORDS.search(head) else None
    if _TARGET_WORDS.search(head):
        status = "target"
    if year or status:
        if year is None:
            year = _YEAR.search(caption) if status == "target" else None
        return Column(index, "value", header, int(year.group(1)) if year else None, status)
    return Column(index, "skip", header)  # 序号, 资料来源, 牵头部门, 备注…


@dataclass
class TableFigure:
    """One value cell of an indicator table, read: the row, the cell, what the column says."""

    row: Row
    cell: Cell
    label: str  # the indicator cell's text
    unit: str | None  # as the table writes it (unit column or a parenthesis in the label)
    value: Decimal
    value_max: Decimal | None
    comparator: str
    year: int | None
    status: str | None
    growth: bool  # a growth column (年均增长)
    attribute: str | None
    column: str  # the header of the cell's column


_UNIT_IN_LABEL = re.compile(r"[(（]\s*([^()（）]{1,8})\s*[)）]\s*$")
_COMPARATORS = (
    ("≥", ">="),
    (">=", ">="),
    ("≧", ">="),
    ("不低于", ">="),
    ("不少于", ">="),
    ("≤", "<="),
    ("<=", "<="),
    ("不高于", "<="),
    ("不超过", "<="),
    (">", ">"),
    ("＞", ">"),
    ("超过", ">"),
    ("<", "<"),
    ("＜", "<"),
    ("约", "~"),
)
_SUFFIXES = (("以上", ">="), ("左右", "~"), ("以下", "<="), ("以内", "<="))
_RANGE = re.compile(r"^(\d+(?:\.\d+)?)\s*[-~～—–至到]\s*(\d+(?:\.\d+)?)$")


def parse_cell(text: str) -> tuple[Decimal, Decimal | None, str, str | None] | None:
    """(value, value_max, comparator, unit written in the cell) of a value cell; None for
    empty, dashes, words (翻一番) and bracketed multi-year totals ([500])."""
    s = text.strip().replace(" ", "").replace(",", "")
    if not s or s.startswith(("[", "【", "〔")) or not re.search(r"\d", s):
        return None
    comparator = "="
    for word, comp in _COMPARATORS:
        if s.startswith(word):
            comparator, s = comp, s[len(word) :]
            break
    for word, comp in _SUFFIXES:
        if s.endswith(word):
            comparator, s = comp, s[: -len(word)]
            break
    unit = None
    m = re.match(r"^([\d.\-~～—–至到]+)(%|亿元|万元|万亿元|家|个|件|人年|项)?$", s)
    if not m:
        return None
    s, unit = m.group(1), m.group(2)
    rng = _RANGE.match(s)
    try:
        if rng:
            return Decimal(rng.group(1)), Decimal(rng.group(2)), comparator, unit
        value = parse_number(s)
    except InvalidOperation:
        return None
    if value is None:
        return None
    return value, None, comparator, unit


def table_figures(itable: IndicatorTable) -> list[TableFigure]:
    """Every value cell of an indicator table, with the row's label, unit and attribute."""
    figures = []
    columns = itable.columns
    width = len(columns)
    for row in itable.body:
        cells = _aligned(row, width)
        label = next(  # the last of several (一级指标 | 二级指标 | 三级指标): the most specific
            (
                c
                for col, c in reversed(list(zip(columns, cells, strict=True)))
                if col.role == "indicator" and c is not None and c.text
            ),
            None,
        )
        if label is None or not label.text:
            continue
        unit_cell = next(
            (c for col, c in zip(columns, cells, strict=True) if col.role == "unit"), None
        )
        attribute_cell = next(
            (c for col, c in zip(columns, cells, strict=True) if col.role == "attribute"), None
        )
        unit = unit_cell.text if unit_cell and unit_cell.text else None
        if unit is None:
            m = _UNIT_IN_LABEL.search(label.text)
            unit = m.group(1) if m else None
        attribute = None
        if attribute_cell is not None:
            attribute = next((a for a in _ATTRIBUTES if a in attribute_cell.text), None)
        for col, cell in zip(columns, cells, strict=True):
            if col.role not in ("value", "growth") or cell is None:
                continue
            parsed = parse_cell(cell.text)
            if parsed is None:
                continue
            value, value_max, comparator, cell_unit = parsed
            figures.append(
                TableFigure(
                    row=row,
                    cell=cell,
                    label=label.text,
                    unit=cell_unit or unit,
                    value=value,
                    value_max=value_max,
                    comparator=comparator,
                    year=col.year,
                    status=col.status,
                    growth=col.role == "growth",
                    attribute=attribute,
                    column=col.header,
                )
            )
    return figures


def _aligned(row: Row, width: int) -> list[Cell | None]:
    """A row's cells under the header's columns: a row short of cells lost its leftmost
    (merged category) cells, so it is aligned from the right."""
    cells: list[Cell | None] = list(row.cells[:width])
    if len(cells) < width:
        cells = [None] * (width - len(cells)) + cells
    return cells


# Units a table may write, and how to bring a value to the registry's unit.
_SAME_UNIT = {
    "%": {"%"},
    "件/万人": {"件", "件/万人", "件/每万人"},
    "人年": {"人年", "人年/万人", "人/万人"},
}


def to_registry_unit(value: Decimal, unit: str | None, registry_unit: str) -> Decimal | None:
    """The value in the registry's unit (万亿元 -> 亿元; a count's 家/个 are one unit); None
    when the table's unit cannot be the indicator's (a % for an amount)."""
    if unit is None or unit == registry_unit:
        return value
    if registry_unit == "亿元":
        if unit == "万亿元":
            return value * 10_000
        try:
            return convert_money(value, unit, "亿元")
        except ValueError:
            return None
    if registry_unit in COUNT_UNITS and unit in COUNT_UNITS:
        return value
    if unit in _SAME_UNIT.get(registry_unit, set()):
        return value
    return None
