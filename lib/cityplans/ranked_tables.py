"""Tables of places under a two-level header whose rank column says which column it ranks.

A provincial office's monthly table (地区 | 有效发明专利量 | 职务 | 非职务 | 常住人口(万人) |
专利密度(件/万人) | 排名, with 职务 split into 大专院校 | 科研单位 | … on a second header line)
has more header cells than columns, so its heads cannot be laid over its columns one by one;
pages copy it with pipes, with spaces or one cell per line, and wrap its header anywhere. Its
rank column can still be found from its values (the numbers 1, 2, 3 … each once, one per
place), and a rank ranks the column before it: the header cell before 排名 heads that column.
Each such table is rebuilt here with only the heads so placed, for `place_figures` to read.
"""

from __future__ import annotations

import re
from collections import Counter

from cityplans.doc_tables import SENTENCE_MARKS, Cell, Row, Table, split_cells
from cityplans.place_tables import MIN_PLACE_ROWS

_RANK_WORDS = r"排\s*名|排\s*序|位\s*次"
_RANK_HEAD = re.compile(rf"^\s*(?:{_RANK_WORDS})\s*$")
_HAS_RANK_HEAD = re.compile(_RANK_WORDS)
_VALUE = re.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?%?$|^[-—–/]+$")
_UNIT_ONLY = re.compile(r"^[(（][^()（）]{1,8}[)）]$")  # (万人), (件/万人): a head's wrapped unit
_LABEL = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,11}$")
_SINGLE_CJK_PAIR = re.compile(r"(?<!\S)[\u4e00-\u9fff] [\u4e00-\u9fff](?!\S)")
_TOKEN = re.compile(r"\S+")
HEAD_CHARS = 12  # a header cell is short; a longer line before the header is its caption
CAPTION_CHARS = 40
HEAD_TOKENS = 40  # how far back from the first row a header is looked for
MIN_VALUES = 3  # a row holds a label and three or more values


def ranked_place_tables(raw: str) -> list[Table]:
    """Tables whose rows are a place and its values and whose header names a rank column
    (排名), in any copy of the text: pipes, tabs, spaces or one cell per line."""
    if not _HAS_RANK_HEAD.search(raw):
        return []  # no rank head anywhere (most texts; one scan)
    tokens = _tokens(raw)
    tables = []
    i = 0
    while i < len(tokens):
        rows, j = _rows(tokens, i)
        if len(rows) > MIN_PLACE_ROWS:
            table = _table(tokens, i, rows)
            if table is not None:
                tables.append(table)
        i = max(j, i + 1)
    return tables


def _tokens(raw: str) -> list[Cell]:
    """Every cell of the text in reading order: a pipe or tab line's cells (empty ones kept,
    as they hold a column's place), else the line's words apart by spaces (地 区 one word)."""
    out: list[Cell] = []
    pos = 0
    for line in raw.split("\n"):
        if "|" in line or "\t" in line:
            out += split_cells(line, pos, "pipe" if "|" in line else "tab", enclosed=True)
        else:
            out += _words(line, pos)
        pos += len(line) + 1
    return out


def _words(line: str, offset: int) -> list[Cell]:
    """A line's words apart by spaces, two single characters apart by one space joined (地 区,
    全 省: a name spaced out to fill its cell)."""
    joined = _SINGLE_CJK_PAIR.sub(lambda m: m.group().replace(" ", "\0"), line)
    return [
        Cell(line[m.start() : m.end()], offset + m.start(), offset + m.end())
        for m in _TOKEN.finditer(joined)
    ]


def _rows(tokens: list[Cell], i: int) -> tuple[list[tuple[Cell, list[Cell]]], int]:
    """The run of rows from token i: each a label and the values after it, up to the next
    label; the run ends at anything else. Returns the rows and the token after the run."""
    rows = []
    while i < len(tokens) and _is_label(tokens[i].text):
        j = i + 1
        while j < len(tokens) and _is_value(tokens[j].text):
            j += 1
        if j - i - 1 < MIN_VALUES:
            break
        rows.append((tokens[i], list(tokens[i + 1 : j])))
        i = j
    return rows, i


def _is_label(text: str) -> bool:
    return bool(_LABEL.match(text)) and not _RANK_HEAD.match(text)


def _is_value(text: str) -> bool:
    return not text or bool(_VALUE.match(text))


def _table(tokens: list[Cell], first: int, rows: list[tuple[Cell, list[Cell]]]) -> Table | None:
    """The rows rebuilt under a header of the place column's head, each rank column's head and
    the head before it; None when the values show no rank column, or the header names a
    different number of ranks than the values show."""
    width = Counter(len(values) for _, values in rows).most_common(1)[0][0]
    # a row may lack its last cell (an unranked total), and a row whose values run on holds
    # the rows after it that lost their labels: its own values come first
    kept = [(label, values[:width]) for label, values in rows if len(values) >= width - 1]
    header, caption = _header(tokens, first)
    rank_heads = [k for k, cell in enumerate(header) if _RANK_HEAD.match(cell.text)]
    rank_columns = [c for c in range(width) if _ranks(kept, c)]
    if not rank_heads or len(rank_heads) != len(rank_columns) or not header:
        return None
    heads = [Cell("", header[0].start, header[0].start) for _ in range(width)]
    for k, column in zip(rank_heads, rank_columns, strict=True):
        measure = _measure_before(header, k)
        if measure is None or column == 0 or column - 1 in rank_columns:
            return None
        heads[column - 1], heads[column] = measure, header[k]
    head_row = Row(header[0].start, header[-1].end, (header[0], *heads))
    body = [
        Row(label.start, (values[-1] if values else label).end, (label, *values))
        for label, values in kept
    ]
    return Table([head_row, *body], caption)


def _ranks(rows: list[tuple[Cell, list[Cell]]], column: int) -> bool:
    """Whether a column holds ranks: whole numbers from 1, each once, no more than the rows."""
    cells = [values[column].text for _, values in rows if column < len(values)]
    numbers = [int(t) for t in cells if t.isdigit()]
    return (
        len(numbers) > MIN_PLACE_ROWS
        and len(numbers) * 3 >= len(rows) * 2
        and len(set(numbers)) == len(numbers)
        and min(numbers) == 1
        and max(numbers) <= len(rows)
    )


def _header(tokens: list[Cell], first: int) -> tuple[list[Cell], str]:
    """The header cells before the first row (short cells, empty ones dropped), back to a
    longer line, the caption if it is short, or prose."""
    cells: list[Cell] = []
    caption = ""
    for cell in reversed(tokens[max(0, first - HEAD_TOKENS) : first]):
        text = re.sub(r"\s+", "", cell.text)
        if SENTENCE_MARKS.search(text):
            break
        if len(text) > HEAD_CHARS:
            caption = text if len(text) <= CAPTION_CHARS else ""
            break
        if text:
            cells.insert(0, cell)
    return cells, caption


def _measure_before(header: list[Cell], k: int) -> Cell | None:
    """The head before the rank head at k, a wrapped unit ((万人), (件/万人)) passed over; None
    when it is a value."""
    j = k - 1
    while j >= 0 and _UNIT_ONLY.match(header[j].text.strip()):
        j -= 1
    if j < 0 or _VALUE.match(header[j].text):
        return None
    return header[j]
