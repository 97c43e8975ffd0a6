"""Clauses of a plan: its numbered hierarchy with headings, offsets and responsible units.

Numbered sections come from segment.py. Some plans also label blocks inside a
section (预期目标和成效: …  责任单位: …); those become child clauses. Responsibilities are
read from 牵头单位 / 责任单位 / 配合单位 / 数据提供单位, as plans write them in brackets after a
task or as a block of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from cityplans.compare import label_cities
from cityplans.corpus import Corpus, Document
from cityplans.segment import Clause, segment
from cityplans.themes import instrument_of, themes_of

ROLE_WORDS = ("牵头单位", "责任单位", "配合单位", "协办单位", "参与单位", "数据提供单位")
ROLE_PATTERN = re.compile(
    r"(?P<role>" + "|".join(ROLE_WORDS) + r")\s*[:：]\s*"
    # units run to ; ) 。 or the next role word; brackets inside a name are balanced: 各乡镇(区、办)
    r"(?P<units>(?:[(（][^()（）]*[)）]|(?!(?:"
    + "|".join(ROLE_WORDS)
    + r")\s*[:：])[^;；)）。\n(（])+)"
)
_BLOCK = re.compile(
    r"(?:(?<=[\s。])|^)(?P<label>预期目标和成效|预期目标|工作目标|责任单位)\s*[:：]"
)
_SPLIT = re.compile(r"[、,，;；/]|\s+")
_BLOCK_LABELS = {"预期目标和成效", "预期目标", "工作目标", "责任单位"}


@dataclass
class ClauseRow:
    """One clause with its responsible units (normalised-text offsets)."""

    path: str
    level: int
    heading: str
    start: int
    end: int
    own_end: int  # end of the clause's own text (before its first child)
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    data_units: list[str] = field(default_factory=list)


def document_clauses(doc: Document) -> list[ClauseRow]:
    """The clauses of one document, with block children and responsibilities."""
    text = doc.analysis_text
    rows: list[ClauseRow] = []
    sections = segment(text)
    for i, c in enumerate(sections):
        children = [s for s in sections[i + 1 :] if c.start < s.start < c.end]
        own_end = children[0].start if children else c.end
        rows.append(_row(c.path, c.level, c.heading, c.start, c.end, own_end))
        rows += _blocks(text, c, own_end)
    for row in rows:
        if "/" not in row.path or row.path.rsplit("/", 1)[1] not in _BLOCK_LABELS:
            _responsibilities(text[row.start : row.own_end], row)  # blocks' units are the task's
    return rows


def _row(path, level, heading, start, end, own_end) -> ClauseRow:
    return ClauseRow(path, level, heading, start, end, own_end)


def _blocks(text: str, parent: Clause, own_end: int) -> list[ClauseRow]:
    """预期目标和成效: / 责任单位: blocks inside a section's own text."""
    found = list(_BLOCK.finditer(text, parent.marker_end, own_end))
    rows = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else own_end
        rows.append(
            _row(f"{parent.path}/{m['label']}", parent.level + 1, m["label"], m.start(), end, end)
        )
    return rows


def split_units(text: str) -> list[str]:
    """市科技局、市财政局,各乡镇(区、办) -> ['市科技局', '市财政局', '各乡镇(区、办)']."""
    units, current, depth = [], [], 0
    for ch in text + "、":
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and _SPLIT.match(ch):
            part = "".join(current).strip(" 。.:：")
            if len(part) >= 2 and part not in units:
                units.append(part)
            current = []
        else:
            current.append(ch)
    return units


def _responsibilities(text: str, row: ClauseRow) -> None:
    roles: dict[str, list[str]] = {}
    for m in ROLE_PATTERN.finditer(text):
        roles.setdefault(m["role"], [])
        for unit in split_units(m["units"]):
            if unit not in roles[m["role"]]:
                roles[m["role"]].append(unit)
    if not roles:
        return
    if "牵头单位" in roles:
        row.lead_units = roles["牵头单位"]
        row.support_units = [
            u for r in ("责任单位", "配合单位", "协办单位", "参与单位") for u in roles.get(r, [])
        ]
    else:
        row.lead_units = roles.get("责任单位", [])
        row.support_units = [
            u for r in ("配合单位", "协办单位", "参与单位") for u in roles.get(r, [])
        ]
    row.data_units = roles.get("数据提供单位", [])


CLAUSE_COLUMNS = [
    "doc",
    "city",
    "path",
    "heading",
    "start",
    "end",
    "lead_units",
    "support_units",
    "data_units",
    "themes",
    "instrument",
    "level",
    "n_chars",
]


# The columns of `python -m cityplans clauses`, fixed by the issue that introduced it.
CLI_COLUMNS = [c for c in CLAUSE_COLUMNS if c not in ("city", "data_units", "level", "n_chars")]


def clauses(corpus: Corpus) -> pd.DataFrame:
    """One row per clause: path, heading, raw offsets, responsible units, themes, instrument.

    Themes and instrument are read from the clause's own text (not its sub-clauses'), so a
    parent section is not tagged with everything below it.
    """
    rows = []
    for doc in corpus.docs:
        text = ROLE_PATTERN.sub(
            lambda m: " " * len(m.group()), doc.analysis_text
        )  # units: who, not what
        found = document_clauses(doc)
        for i, c in enumerate(found):
            blocks = [
                b
                for b in found[i + 1 :]
                if b.path.startswith(c.path + "/") and b.path.rsplit("/", 1)[1] in _BLOCK_LABELS
            ]
            own_end = min([c.own_end] + [b.start for b in blocks])
            own = "" if c.path.endswith("/责任单位") else text[c.start : own_end]
            start, end = doc.raw_span(c.start, c.end)
            rows.append(
                {
                    "doc": doc.doc,
                    "city": doc.tags.get("city"),
                    "path": c.path,
                    "heading": c.heading,
                    "start": start,
                    "end": end,
                    "lead_units": c.lead_units,
                    "support_units": c.support_units,
                    "data_units": c.data_units,
                    "themes": themes_of(own),
                    "instrument": instrument_of(own),
                    "level": c.level,
                    "n_chars": len(own.strip()),
                }
            )
    return pd.DataFrame(rows, columns=CLAUSE_COLUMNS)


def lead_counts(table: pd.DataFrame) -> pd.DataFrame:
    """How many clauses each unit leads, per city (most first)."""
    rows = label_cities(table[["doc", "city", "lead_units"]])[["city", "lead_units"]]
    rows = rows.explode("lead_units").dropna()
    counts = rows.groupby(["city", "lead_units"]).size().rename("clauses_led").reset_index()
    counts = counts.rename(columns={"lead_units": "unit"})
    return counts.sort_values(
        ["city", "clauses_led", "unit"], ascending=[True, False, True], ignore_index=True
    )
