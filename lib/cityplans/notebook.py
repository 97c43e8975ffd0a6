"""Helpers the notebooks call: load once, show tables and text from documents safely.

Everything that came from a document (titles, quotes, file names) is HTML-escaped before it
reaches a report, so a plan containing <script> or <img onerror=…> runs nothing.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from cityplans.compare import KIND_LABELS, check_parameters, label_cities
from cityplans.errors import ParameterError
from cityplans.resources import project_root
from cityplans.tables import Tables, load_tables

LONG_TEXT = 24  # characters: a column with a longer cell wraps
TABLE_STYLE = (
    # a wide table scrolls sideways in its own box, with a scroll bar that shows (overlay
    # scroll bars hide it; JupyterLab's output cell clips what overflows in some browsers)
    "<style>.cp-scroll{overflow-x:auto;max-width:100%;margin:6px 0 14px;"
    "scrollbar-width:thin;scrollbar-color:#9fb6c8 #eef3f7}"
    ".cp-scroll::-webkit-scrollbar{height:9px}"
    ".cp-scroll::-webkit-scrollbar-track{background:#eef3f7}"
    ".cp-scroll::-webkit-scrollbar-thumb{background:#9fb6c8;border-radius:4px}"
    ".cp-scroll .cp-table{margin:0 0 4px}"
    ".cp-table{border-collapse:collapse;font-size:13px;margin:6px 0 14px}"
    ".cp-table th,.cp-table td{text-align:left!important;white-space:nowrap}"
    ".cp-table td.cp-long{white-space:normal;min-width:14em;max-width:34em}"
    ".cp-table th{background:#eef3f7;text-align:left;padding:4px 8px;"
    "border-bottom:2px solid #9fb6c8}"
    # baseline, not top: a cell of digits (Latin font) and one of Chinese then line up
    ".cp-table td{padding:3px 8px;border-bottom:1px solid #e3e8ec;vertical-align:baseline}"
    ".cp-note{color:#555;font-size:13px}.cp-warn{color:#a33;font-size:13px}</style>"
)


DEFAULT_PATHS = ("seeds",)  # the plans a notebook reads when `paths` is empty
_LIST_SEPARATORS = re.compile(r"[,，、]")


def as_list(value: object, item: type = str) -> list:
    """A list parameter as papermill may give it: a list, one value, or a string holding a
    JSON list ('["杭州市"]') or a comma list (杭州市,成都市); items converted to `item`.

    `papermill -p cities '["杭州市"]'` passes the string, whose characters would otherwise be
    taken for cities one by one.
    """
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ParameterError(
                    f"cannot read {value!r} as a list: {exc.msg}; write a JSON list "
                    '(\'["杭州市", "成都市"]\') or values with commas (杭州市,成都市)'
                ) from exc
        else:
            value = [v.strip() for v in _LIST_SEPARATORS.split(text) if v.strip()]
    elif not isinstance(value, list | tuple):
        value = [value]
    try:
        return [item(v) for v in value]
    except (TypeError, ValueError) as exc:
        raise ParameterError(f"cannot read {value!r} as a list of {item.__name__}: {exc}") from exc


def project_path(path: str | Path) -> Path:
    """A path parameter: absolute as given, relative from the project root (not the working
    folder, which is notebooks/ in JupyterLab and wherever papermill was started otherwise)."""
    path = Path(path)
    return path if path.is_absolute() else project_root() / path


YEARS = (1949, 2100)  # a plan's year, a target's year: anything outside is a typing slip
# What each kind of parameter accepts, as the error message says it.
FORMS = {
    "list": 'a list, one value, a JSON list (\'["杭州市", "成都市"]\') or values with commas '
    "(杭州市,成都市)",
    "years": "one year (2025), a JSON list ('[2020, 2025]') or years with commas (2020,2025), "
    f"each from {YEARS[0]} to {YEARS[1]}",
    "paths": "plan files or folders that exist, as a list or with commas (seeds,more/plans); "
    "relative paths start at the project root",
    "text": "one value in quotes",
    "folder": "a folder (or a path where one can be made); relative paths start at the project "
    "root",
    "file": "empty, or a file that exists",
}


def parameters(**given: object) -> tuple:
    """Check a notebook's parameters before any work and return them cleaned, in the order
    given: lists as lists, years as ints, paths as absolute Paths. One ParameterError names
    every value that cannot be used, with the forms each parameter accepts."""
    problems: list[str] = []
    cleaned = []
    for name, value in given.items():
        try:
            cleaned.append(_CHECKS.get(name, _text)(name, value))
        except ParameterError as exc:
            problems.append(str(exc))
            cleaned.append(None)
    if problems:
        raise ParameterError("; ".join(problems))
    return tuple(cleaned)


def _problem(name: str, said: str, form: str) -> ParameterError:
    return ParameterError(f"{name}: {said}; write {FORMS[form]}")


def _strings(name: str, value: object) -> list[str]:
    try:
        items = as_list(value)
    except ParameterError as exc:
        raise _problem(name, str(exc).split(";")[0], "list") from exc
    if isinstance(value, list | tuple) and not all(isinstance(v, str) for v in value):
        raise _problem(name, f"{value!r} holds values that are not text", "list")
    return items


def _kinds(name: str, value: object) -> list[str]:
    from cityplans.compare import KINDS

    kinds = _strings(name, value)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ParameterError(
            f"{name}: unknown kind {unknown[0]!r}; valid kinds: {', '.join(KINDS)}"
        )
    return kinds


def _years(name: str, value: object) -> list[int]:
    if isinstance(value, str):
        try:
            items = as_list(value)
        except ParameterError as exc:
            raise _problem(name, f"cannot read {value!r}", "years") from exc
    else:
        items = [] if value is None else value if isinstance(value, list | tuple) else [value]
    years = []
    for item in items:
        year = _year(item)
        if year is None:
            raise _problem(name, f"{item!r} is not a year", "years")
        years.append(year)
    return years


def _year(item: object) -> int | None:
    """An int year from 2025, "2025" or 2025.0; None for anything else (True, 2020.5, "abc")."""
    if isinstance(item, bool):
        return None
    if isinstance(item, float) and item.is_integer():
        item = int(item)
    if isinstance(item, str) and item.strip().isascii() and item.strip().isdigit():
        item = int(item.strip())
    if isinstance(item, int) and YEARS[0] <= item <= YEARS[1]:
        return item
    return None


def _paths(name: str, value: object) -> list[Path]:
    chosen = [project_path(p) for p in _strings(name, value) or DEFAULT_PATHS]
    missing = [str(p) for p in chosen if not p.exists()]
    if missing:
        raise _problem(name, f"no such file or folder: {', '.join(missing)}", "paths")
    return chosen


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise _problem(name, f"{value!r} is not text", "text")
    return value


def _city(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _problem(name, f"{value!r} is not one city name", "text")
    return value.strip()


def _folder(name: str, value: object) -> Path:
    path = project_path(_text(name, value))
    if path.exists() and not path.is_dir():
        raise _problem(name, f"{path} is a file, not a folder", "folder")
    return path


def _file(name: str, value: object) -> str:
    text = _text(name, value)
    if text and not project_path(text).is_file():
        raise _problem(name, f"no such file: {project_path(text)}", "file")
    return text


def _built(name: str, value: object) -> str:
    """The built tables' folder: optional (used when it matches the plans), so a folder that
    does not exist is fine; a file is a slip."""
    text = _text(name, value)
    if text:
        _folder(name, text)
    return text


_CHECKS = {
    "paths": _paths,
    "indicators": _strings,
    "cities": _strings,
    "themes": _strings,
    "kinds": _kinds,
    "years": _years,
    "city": _city,
    "figures_dir": _folder,
    "built": _built,
    "tables": _file,
}


def load(
    paths: Sequence[str] | str | None,
    indicators: Iterable[str] | None = None,
    cities: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    tables: str | None = None,
    built: str | None = None,
) -> Tables:
    """The tables of the corpus, checked against the notebook's parameters.

    `tables` is the file the report command writes once for all notebooks of a run, so no
    kernel parses the plans again; else `built` tables (cityplans build) are used when they
    match the plans at `paths`; else the plans are read. Relative paths start at the project
    root; a corpus of no documents is an error naming the paths looked at. A document without
    a city is named 城市未识别 (file name) in every table, so every table, chart and filter of
    the report names it (the built tables and the command line keep the city empty).
    """
    if tables:
        found = read_tables(tables)
    else:
        built_dir = project_path(built) if built else None
        built_dir = built_dir if built_dir and built_dir.exists() else None
        chosen = [project_path(p) for p in as_list(paths) or DEFAULT_PATHS]
        found = load_tables(chosen, built=built_dir)
    found = found.map(label_cities)
    check_parameters(found.targets, found.documents, indicators, cities, kinds)
    return found


def check_themes(themes: Iterable[str] | None) -> None:
    """An unknown theme id (of those clauses are tagged with) is an error listing the valid ones."""
    from cityplans.themes import clause_themes

    valid = clause_themes()
    for theme in themes or []:
        if theme not in valid:
            raise ParameterError(f"unknown theme {theme!r}; valid themes: {', '.join(valid)}")


def write_tables(tables: Tables, path: str | Path) -> Path:
    """Save every table of a corpus for the notebooks of one report run."""
    import pickle

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(tables.loaded(), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def read_tables(path: str | Path) -> Tables:
    """The tables written by write_tables (a file of our own run, not user input)."""
    import pickle

    with open(path, "rb") as fh:
        return pickle.load(fh)


# Report tables speak Chinese: column headers, and the codes the tables hold (level, target,
# simplified…), which stay as they are in the data files.
COLUMN_LABELS = {
    "doc": "文件",
    "path": "路径",
    "city": "城市",
    "province": "省份",
    "admin_level": "行政级别",
    "doc_type": "文种",
    "title": "标题",
    "issuer": "发文机关",
    "issued": "成文日期",
    "period_start": "起始年",
    "period_end": "终止年",
    "status": "状态",
    "doc_status": "文件状态",
    "script": "字形",
    "n_chars": "字数",
    "is_news": "新闻转载",
    "warnings": "提示",
    "indicator": "指标代码",
    "indicator_name": "指标",
    "name": "指标",
    "kind": "类型",
    "value": "数值",
    "value_max": "上限",
    "shown": "目标值",
    "unit": "单位",
    "unit_written": "单位",
    "year": "年份",
    "scope": "范围",
    "tier": "层级",
    "comparator": "比较",
    "n_sources": "出处数",
    "quote": "原文",
    "review": "待核对原因",
    "for_group": "受益群体",
    "for_what": "受益对象",
    "amount": "金额",
    "amount_wan": "金额(万元)",
    "per": "频次",
    "share": "比例",
    "clauses_led": "牵头条款数",
    "keyword": "关键词",
    "decision": "核对决定",
    "corrected": "人工更正",
    "decision_note": "核对备注",
    "state": "决定状态",
    "reason": "原因",
    "note": "备注",
}
_STATUS = {
    "target": "目标",
    "actual": "现状",
    "valid": "有效",
    "expired": "已失效",
    "unknown": "未知",
}
VALUE_LABELS = {
    "kind": KIND_LABELS,
    "status": _STATUS,
    "doc_status": _STATUS,
    "script": {"simplified": "简体", "traditional": "繁体"},
    "admin_level": {
        "province": "省级",
        "prefecture": "地级市",
        "county": "县级",
        "district": "市辖区",
        "zone": "开发区",
    },
    "scope": {"city": "全市"},
    "per": {"次": "一次性", "年": "每年"},
    "comparator": {"=": "=", ">=": "≥", ">": ">", "~": "约", "<=": "≤", "<": "<"},
    "is_news": {True: "是", False: "否"},
    "decision": {"accept": "接受", "correct": "更正", "reject": "驳回"},
    "state": {"applied": "已应用", "stale": "已过期", "superseded": "已被取代"},
}


def table(
    frame: pd.DataFrame,
    columns: Sequence[str] | None = None,
    max_rows: int = 200,
    optional: Sequence[str] = (),
):
    """An escaped HTML table (IPython display object) of `frame`'s `columns`, with Chinese
    headers and values (COLUMN_LABELS, VALUE_LABELS); an `optional` column is left out when
    it is empty in every row (a tier column where no target names a tier)."""
    from IPython.display import HTML

    shown = frame[list(columns)] if columns else frame
    if shown.empty:
        return note("(无数据)")
    shown = shown.head(max_rows)
    empty = [c for c in optional if c in shown.columns and not shown[c].map(_fmt).any()]
    shown = shown.drop(columns=empty)
    cells = shown.map(_fmt)
    for col, labels in VALUE_LABELS.items():
        if col in shown.columns:
            cells[col] = [_fmt(_relabel(labels, v)) for v in shown[col]]
    # long text (titles, quotes, warnings) wraps; short cells (cities, numbers) never do, so a
    # wide table stays on the page without breaking a city name into one character per line
    opening = [
        "<td class='cp-long'>" if cells[c].str.len().max() > LONG_TEXT else "<td>"
        for c in cells.columns
    ]
    head = "".join(f"<th>{html.escape(str(COLUMN_LABELS.get(c, c)))}</th>" for c in cells.columns)
    rows = "".join(
        "<tr>"
        + "".join(f"{td}{html.escape(v)}</td>" for td, v in zip(opening, row, strict=True))
        + "</tr>"
        for row in cells.itertuples(index=False)
    )
    body = (
        f"<div class='cp-scroll'><table class='cp-table'><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )
    more = (
        f"<p class='cp-note'>… 另有 {len(frame) - max_rows} 行未显示</p>"
        if len(frame) > max_rows
        else ""
    )
    return HTML(TABLE_STYLE + body + more)


def _relabel(labels: dict, value: object) -> object:
    try:
        return labels.get(value, value)
    except TypeError:  # a list (warnings): nothing to relabel
        return value


def _fmt(value) -> str:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)


def selection_text(
    cities: Iterable[str] = (),
    years: Iterable[int] = (),
    kinds: Iterable[str] = (),
    indicators: Iterable[str] = (),
) -> str:
    """The filters a notebook was given, in words: 城市 杭州市 · 目标年份 2030; or 全部城市."""
    parts = [
        f"{label} {'、'.join(str(names.get(v, v)) for v in values)}"
        for label, values, names in (
            ("指标", list(indicators), {}),
            ("城市", list(cities), {}),
            ("目标年份", list(years), {}),
            ("类型", list(kinds), KIND_LABELS),
        )
        if values
    ]
    return " · ".join(parts) or "全部城市"


def heading(text: str, level: int = 2):
    """An escaped heading."""
    from IPython.display import HTML

    return HTML(f"<h{level}>{html.escape(str(text))}</h{level}>")


def note(text: str, warn: bool = False):
    """An escaped paragraph."""
    from IPython.display import HTML

    cls = "cp-warn" if warn else "cp-note"
    return HTML(f"{TABLE_STYLE}<p class='{cls}'>{html.escape(str(text))}</p>")


def problems(tables: Tables):
    """The inputs that could not be read, with the reason (nothing is silently skipped)."""
    rows = [{"文件": e.path, "原因": e.reason} for e in tables.errors]
    rows += [{"文件": n.split(": ", 1)[0], "原因": n.split(": ", 1)[-1]} for n in tables.notices]
    return table(pd.DataFrame(rows)) if rows else note("所有输入文件均已读取。")
