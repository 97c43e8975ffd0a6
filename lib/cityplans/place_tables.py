"""Tables whose rows are places (各县市区…指标情况表): figures of each place, read cell by cell.

A bulletin or a ranking often tabulates its counties or cities one per row, under a header whose
cells name indicators (高新技术企业数量, R&D投入占主营收入比重%2016\\2017). Such a table is one
whose first column holds place names (or 全市/合计), with at least one column an indicator
heads. Each value cell becomes a figure of its row's place, in that column's indicator; a cell
that pairs two years' values (0.25\\0.37 under a header naming 2016\\2017) gives one figure per
year. Pages copy such tables with one cell per line, each closed by a pipe (X区 |): those
runs of lines are read as tables here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cityplans import gazetteer
from cityplans.aliases import find_aliases
from cityplans.doc_tables import SENTENCE_MARKS, Cell, Row, Table, TableFigure, parse_cell
from cityplans.normalise import to_simplified
from cityplans.registry import Indicator

# the head of the place column: 地区, 县市区, 县(市、区)… (not 单位: that may head firms or units)
# (a parenthetical after it adds the zones: 县市区(开发区))
_PLACE_HEAD = re.compile(
    r"^(?:地区|区域|地市|市州|城市|县市区|县区|区县|县[(（]市、区[)）])(?:名称)?"
    r"(?:[(（][^()（）]{1,8}[)）])?$"
)
# a row label a place column may hold though the gazetteer lacks it: a stem (X城), a zone
# (高新开发区, Y生态发展区), written without digits or punctuation
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,10}")
# rows for the whole area: the table's total, not a place of its own
_WHOLE = re.compile(r"^(?:全市|全省|全区|全县|全州|合计|总计|全部|小计)$")
_YEARS = re.compile(r"((?:19|20)\d{2})\s*年?\s*[\\/、]\s*((?:19|20)\d{2})")
_YEAR = re.compile(r"((?:19|20)\d{2}|(?<!\d)\d{2})\s*年")  # 2008年; 08年 in a table's head
_PAIR = re.compile(r"^\s*([^\\/]+?)\s*[\\/]\s*([^\\/]+?)\s*$")
_UNIT_IN_HEAD = re.compile(r"[(（]\s*([^()（）]{1,8})\s*[)）]|(%)")
_NOT_A_VALUE = re.compile(r"得分|基础分|分值|排名|排序|位次")
_RATE = re.compile(r"增长率|增速|增幅|增长\s*$")
_CLOSED_CELL = re.compile(r"^[ \t]*([^|\n]*?)[ \t]*\|[ \t]*$", re.M)
MIN_PLACE_ROWS = 2  # a table of one place is no breakdown


@dataclass(frozen=True)
class PlaceFigure:
    """One value cell of a place table, read as an indicator table's cell is (its `label` and
    `column` the column's header), with the row's place and the column's indicator."""

    figure: TableFigure
    place: str  # as the row writes it; "" for the whole area (全市, 合计)
    indicator: Indicator


def place_figures(table: Table) -> list[PlaceFigure]:
    """Every value cell of `table` read as a place's figure; empty when it is no place table."""
    if table.layout == PLACE_COLUMNS:
        return _column_place_figures(table)
    if len(table.rows) < MIN_PLACE_ROWS + 1:
        return []
    header, body = table.rows[0], table.rows[1:]
    heads = [to_simplified(c.text) for c in header.cells]
    head_says = bool(heads) and _PLACE_HEAD.match(re.sub(r"\s+", "", heads[0])) is not None
    places = [_place(row.cells[0].text, head_says) if row.cells else None for row in body]
    named = [p for p in places if p]
    if len(named) < MIN_PLACE_ROWS or not (head_says or len(named) * 3 >= len(body) * 2):
        return []
    width = max(len(row.cells) for row in body)
    # a header as wide as the rows has a cell over the places; one cell short starts at the values
    value_heads = heads if len(heads) == width - 1 and not head_says else heads[1:]
    columns = {
        i: column_of(_qualified(h, table.caption)) for i, h in enumerate(value_heads, start=1)
    }
    out: list[PlaceFigure] = []
    for row, place in zip(body, places, strict=True):
        if place is None:
            continue
        for i, cell in enumerate(row.cells[1:], start=1):
            column = columns.get(i)
            if column is not None:
                out += figures_of_cell(row, cell, place, *column)
    return out


def _place(cell: str, head_says: bool = False) -> str | None:
    """The place a row's first cell names ("" for the whole area), or None; under a head that
    names a place column (县市区), any short name, as written."""
    name = re.sub(r"\s+", "", to_simplified(cell))
    if _WHOLE.match(name):
        return ""
    matches = gazetteer.find_places(name)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(name):
        return name
    return name if head_says and _LABEL.fullmatch(name) else None


SHARED_WORD = 2  # the characters a head shares with its caption (专利 of 专利密度)
QUALIFIER_CHARS = 4  # how far back the caption's words may qualify the head (发明)


def _qualified(head: str, caption: str) -> str:
    """A head the caption completes: 专利密度 under 湖南省有效发明专利统计表 is 发明专利密度, the
    caption's words before the word they share making the head an indicator's name; else the
    head as written."""
    name = re.sub(r"\s+", "", to_simplified(head))
    shared = name[:SHARED_WORD]
    at = caption.find(shared) if len(shared) == SHARED_WORD and not find_aliases(name) else -1
    for j in range(1, QUALIFIER_CHARS + 1) if at > 0 else ():
        words = caption[max(0, at - j) : at]
        found = find_aliases(words + name)
        if found and found[-1][1] > len(words) + SHARED_WORD:
            return words + name
    return head


def column_of(head: str) -> tuple[Indicator, str, tuple[int, ...], str | None] | None:
    """(indicator, header, years, unit) of a column whose header names a registry indicator;
    None for scores and ranks (基础分, 排名), and for a rate whose scale the table does not
    write (增长率 0.227: a share of one or a percentage?)."""
    found = find_aliases(head)
    if not found or _NOT_A_VALUE.search(head):
        return None
    unit_m = _UNIT_IN_HEAD.search(head)
    unit = (unit_m.group(1) or unit_m.group(2)) if unit_m else None
    if _RATE.search(head) and unit not in ("%", None):
        return None
    indicator = found[-1][2]
    years = _YEARS.search(head)
    if years:
        span = (int(years.group(1)), int(years.group(2)))
    else:
        span = tuple(_full_year(m.group(1)) for m in _YEAR.finditer(head))[:1]
    return indicator, head, span, unit


def _full_year(written: str) -> int:
    """2008 as written, or a table head's two digits (08年 -> 2008, 98年 -> 1998)."""
    year = int(written)
    if year >= 100:
        return year
    return 2000 + year if year <= 50 else 1900 + year


def figures_of_cell(
    row: Row,
    cell: Cell,
    place: str,
    indicator: Indicator,
    header: str,
    years: tuple[int, ...],
    unit: str | None,
) -> list[PlaceFigure]:
    """The figures of one cell: one value, or a pair of two years' values (0.25\\0.37)."""
    pair = _PAIR.match(cell.text)
    texts = [pair.group(1), pair.group(2)] if pair else [cell.text]
    if years and len(years) != len(texts):
        return []  # values that do not fit the header's years
    out = []
    for k, text in enumerate(texts):
        parsed = parse_cell(text)
        if parsed is None:
            continue
        value, value_max, comparator, cell_unit = parsed
        if _RATE.search(header) and (cell_unit or unit) != "%":
            continue  # 增长率 0.227: a share of one or a percentage? the table does not say
        figure = TableFigure(
            row=row,
            cell=cell,
            label=header,
            unit=cell_unit or unit,
            value=value,
            value_max=value_max,
            comparator=comparator,
            year=years[k] if years else None,
            status=None,
            growth=False,
            attribute=None,
            column=header,
        )
        out.append(PlaceFigure(figure, place, indicator))
    return out


def closed_cell_tables(raw: str) -> list[Table]:
    """Tables copied one cell per line, each cell closed by a pipe (X区 |): a header of
    cells up to the first place, then rows of a place and one cell per header cell."""
    return [t for run in closed_cell_runs(raw) if (t := _run_table(run)) is not None]


def closed_cell_runs(raw: str) -> list[list[tuple[str, int]]]:
    """Runs of lines that each hold one cell closed by a pipe (X区 |, or | alone for an empty
    cell): (cell text, raw offset), a run broken by a line of anything else."""
    cells = [(m.group(1), m.start(1)) for m in _CLOSED_CELL.finditer(raw)]
    runs: list[list[tuple[str, int]]] = []
    for text, at in cells:
        if runs and raw.count("\n", runs[-1][-1][1], at) <= 1:
            runs[-1].append((text, at))
        else:
            runs.append([(text, at)])
    return runs


_LINE = re.compile(r"[^\n]+")
_ROW_END = re.compile(r"[ \t]*\|[ \t]*")  # a line holding only the pipe that closes a row
_OPENED = re.compile(r"[ \t]*\|[ \t]*(\S.*?)[ \t]*")  # | 474696: a cell opened by a pipe
OPEN_CELL_CHARS = 40  # a wrapped cell line is short; a longer line is prose
HEAD_LINES = 3  # lines a header's first cell may wrap over (县市区 / (开发区))


def open_cell_tables(raw: str) -> list[Table]:
    """Tables copied with a line break before every pipe (X区 / | 84 / | 93 / |): each row
    ends in a line holding only a pipe, its first cell is the lines before its first pipe
    (a long name wraps: Y生态 / 发展区), and every pipe opens a cell that the lines after it
    continue. Rows of as many cells as the header, from the header on, make one table."""
    if "\n|" not in raw:
        return []  # no line opens with a pipe (most texts; one scan)
    rows: list[list[list[tuple[str, int]]]] = []  # row -> cells -> (line text, offset)
    tables, current = [], []
    for m in _LINE.finditer(raw):
        text, at = m.group(), m.start()
        opened = _OPENED.fullmatch(text)
        stripped = text.strip()
        if _ROW_END.fullmatch(text) and current:
            rows.append(current)  # the row's closing pipe
            current = []
        elif opened:
            current = (current or [[]]) + [[(opened.group(1), at + opened.start(1))]]
        elif stripped and len(text) <= OPEN_CELL_CHARS and not SENTENCE_MARKS.search(text):
            current = current or [[]]  # the row's first cell, or a wrapped line of the last
            current[-1].append((stripped, at + text.find(stripped)))
        elif stripped:  # prose: the table, if any, has ended
            tables += _open_table(rows)
            rows, current = [], []
    return tables + _open_table(rows)


def _open_table(rows: list[list[list[tuple[str, int]]]]) -> list[Table]:
    """The table among rows read by open_cell_tables: a header (its first cell the last lines
    before its first pipe) and the rows after it with as many cells."""
    if len(rows) <= MIN_PLACE_ROWS:
        return []
    width = len(rows[1])
    if width < 2 or len(rows[0]) != width:
        return []
    header = [rows[0][0][-HEAD_LINES:], *rows[0][1:]]
    for k in range(len(header[0])):  # 附件: / 标题 / 县市区 / (开发区): the head starts at 县市区
        if _PLACE_HEAD.match("".join(t for t, _ in header[0][k:])):
            header[0] = header[0][k:]
            break
    else:
        header[0] = header[0][-1:]
    body = [r for r in rows[1:] if len(r) == width and all(r)]
    return [Table([_joined_row(header), *map(_joined_row, body)])]


def _joined_row(cells: list[list[tuple[str, int]]]) -> Row:
    """A row whose cells may wrap over lines: each cell's lines joined, its span the first
    line's start to the last line's end."""
    spans = tuple(
        Cell("".join(t for t, _ in parts), parts[0][1], parts[-1][1] + len(parts[-1][0]))
        for parts in cells
    )
    return Row(spans[0].start, spans[-1].end, spans)


def _run_table(run: list[tuple[str, int]]) -> Table | None:
    cells = [(t, a) for t, a in run if t]
    first = next((i for i, (t, _) in enumerate(cells) if _place(t) is not None), None)
    if first is None or first < 2:
        return None
    width = first  # the header's cells; each row has a place and as many values
    rows = [cells_row(cells[:width])]
    i = first
    while i + width < len(cells) + 1 and _place(cells[i][0]) is not None:
        rows.append(cells_row(cells[i : i + width + 1]))
        i += width + 1
    return Table(rows) if len(rows) > MIN_PLACE_ROWS else None


def cells_row(cells: list[tuple[str, int]]) -> Row:
    """A row of one-line cells given as (text, raw offset)."""
    spans = tuple(Cell(t, a, a + len(t)) for t, a in cells)
    return Row(spans[0].start, spans[-1].end, spans)


# --- a yearbook's table with a column per place, laid out with spaces --------------------------

PLACE_COLUMNS = "place_columns"  # Table.layout of a table whose columns are places
_MARKS = "△▲#＃*※"  # a yearbook's marks before a name (△市区, #国家级)
_SPACED_TOKEN = re.compile(r"[^\s]+")
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_UNIT_TOKEN = re.compile(r"^(?:万元|亿元|千元|元|个|家|人|人年|项|件|户|%|万人|平方米)$")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])?\s*")
# a header line: three or more names of places apart by spaces, after a head such as 单位
_PLACE_LINE = re.compile(
    r"^(?=[^\n]{0,160}$)[^\n。;；,，]*?"
    r"(?:\S+[区县市州旗盟][ \t\u3000]+){2,}\S+[区县市州旗盟][ \t]*$",
    re.M,
)
_COLUMN_HEAD = re.compile(r"单位|项目|指标|指标名称|地区|区域|名称|计量单位")
_PLACES_SPACED = re.compile(r"[区县市州旗盟][ \t\u3000]+\S{1,10}?[区县市州旗盟][ \t\u3000]+\S")
COLUMN_GAP = 2  # lines without a row that a place-column table may be broken by


def spaced_place_tables(raw: str) -> list[Table]:
    """Tables laid out with spaces whose columns are places (单位 X区 Y区 Z县 △市区, then
    rows such as 年末拥有高新技术企业 290 95 43 50 …): a header of three or more places, then
    rows of a label, maybe a unit, and one number per place; one number more than the places
    leads with the whole area's (a total column the copy left unnamed)."""
    if not _PLACES_SPACED.search(raw):
        return []  # no two names of places apart by spaces (most texts; one quick scan)
    tables = []
    for m in _PLACE_LINE.finditer(raw):
        header = _places_header(m.group(), m.start())
        if header is None:
            continue
        rows = _place_column_rows(raw, m.end() + 1, len(header.cells) - 1)
        if len(rows) >= MIN_PLACE_ROWS:
            tables.append(Table([header, *rows], layout=PLACE_COLUMNS))
    return tables


def _places_header(line: str, offset: int) -> Row | None:
    """单位 X区 Y区 Z县: a head word (or none) and three or more places, two thirds of them
    divisions the gazetteer knows."""
    tokens = list(_SPACED_TOKEN.finditer(line))
    head = tokens[:1] if tokens and _COLUMN_HEAD.fullmatch(tokens[0].group()) else []
    places = tokens[len(head) :]
    names = [_place(t.group().lstrip(_MARKS), True) for t in places]
    known = [t for t in places if _place(t.group().lstrip(_MARKS))]
    if len(places) < 3 or None in names or len(known) * 3 < len(places) * 2:
        return None
    first = head[0] if head else None
    lead = Cell(first.group(), offset + first.start(), offset + first.end()) if first else None
    cells = [Cell(t.group(), offset + t.start(), offset + t.end()) for t in places]
    return Row(offset, offset + len(line), (lead or Cell("", offset, offset), *cells))


def _place_column_rows(raw: str, pos: int, width: int) -> list[Row]:
    """The rows under a place-column header: a label, a unit maybe, and `width` numbers (or
    one more, the whole area's first); rows of other counts (blank cells) are passed over."""
    rows, gap = [], 0
    for m in _ANY_LINE.finditer(raw, pos):
        line, at = m.group(), m.start()
        if SENTENCE_MARKS.search(line) or gap > COLUMN_GAP:
            break
        row = _place_column_row(line, at, width)
        if row is None:
            gap += 1
            continue
        gap = 0
        rows.append(row)
    return rows


def _place_column_row(line: str, at: int, width: int) -> Row | None:
    """One row of a place-column table (2.年末拥有高新技术企业 290 95 43 …, or with a unit
    before the numbers), or None for a line of another shape."""
    tokens = list(_SPACED_TOKEN.finditer(line))
    values = []
    while tokens and _NUMBER.fullmatch(tokens[-1].group()):
        values.insert(0, tokens.pop())
    if len(values) not in (width, width + 1) or not tokens:
        return None
    unit = tokens.pop() if len(tokens) > 1 and _UNIT_TOKEN.match(tokens[-1].group()) else None
    label_start = tokens[0].start() + _NUMBERING.match(tokens[0].group()).end()
    label = line[label_start : tokens[-1].end()].lstrip().lstrip(_MARKS).lstrip()
    if not re.search(r"[\u4e00-\u9fff]", label):
        return None
    start = at + tokens[-1].end() - len(label)
    cells = [Cell(label, start, at + tokens[-1].end())]
    if unit is not None:
        cells.append(Cell(unit.group(), at + unit.start(), at + unit.end()))
    cells += [Cell(v.group(), at + v.start(), at + v.end()) for v in values]
    return Row(at + tokens[0].start(), at + len(line.rstrip()), tuple(cells))


_ANY_LINE = re.compile(r"^.*$", re.M)  # every line, blank ones too


def _column_place_figures(table: Table) -> list[PlaceFigure]:
    """The figures of a place-column table: each row's label (with its unit) names the
    indicator, each value cell's column the place."""
    places = [_place(c.text.lstrip(_MARKS), True) for c in table.rows[0].cells[1:]]
    out: list[PlaceFigure] = []
    for row in table.rows[1:]:
        label, rest = row.cells[0], row.cells[1:]
        unit = rest[0].text if rest and not _NUMBER.fullmatch(rest[0].text) else None
        values = rest[1:] if unit else rest
        column = column_of(f"{label.text}({unit})" if unit else label.text)
        if column is None:
            continue
        columns = places if len(values) == len(places) else ["", *places]
        for cell, place in zip(values, columns, strict=True):
            out += figures_of_cell(row, cell, place or "", *column)
    return out
