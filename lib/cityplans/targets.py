"""The targets and mentions tables of parsed documents, from what resolve.py found.

Works on Documents in memory (corpus.py did the reading). Offsets in both tables point into
the raw text as read from disk, so quotes can be found in the original, traditional included.
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

import pandas as pd

from cityplans.corpus import Corpus, Document
from cityplans.cue_words import cue_lists
from cityplans.linking import listed_names, tier_list
from cityplans.registry import registry
from cityplans.resolve import Target
from cityplans.segment import CLAUSE_MARKS

TARGET_COLUMNS = [
    "doc",
    "city",
    "indicator",
    "kind",
    "value",
    "value_max",
    "unit",
    "year",
    "scope",
    "comparator",
    "status",
    "quote",
    "start",
    "end",
    "n_sources",
    "target_id",
    "indicator_name",
    "headline",
    "theme",
    "province",
    "admin_level",
    "doc_status",
    "period_start",
    "period_end",
    "title",
    "sources",
    "review",
    "tier",
    "unit_written",
    "page",
    "attribute",
    "column",
    "cell_start",
    "cell_end",
]
MENTION_COLUMNS = [
    "doc",
    "start",
    "end",
    "text",
    "value",
    "unit",
    "role",
    "target_ref",
    "value_max",
    "indicator",
    "note",
]


def resolved(doc: Document):
    """(mentions, targets) of one document, resolved once and kept on the document."""
    return doc.resolved()


def _float(value) -> float | None:
    """Decimal -> float through its exact decimal string (16.4 stays 16.4): float() of a
    Decimal parses its string, so one call does it."""
    return None if value is None else float(value)


# Tiers of recognition a count can be split by (孵化器市级15个、省级3个、国家级1个): the last
# one in the number's clause, before it. The counting words a plan may write for a count whose
# registry unit is another one (企业技术研究中心达到14家, registry unit 个).
@cache
def _tier_re() -> re.Pattern[str]:
    tiers = "|".join(map(re.escape, cue_lists()["recognition_tiers"]))
    return re.compile(rf"(?:{tiers})(?:及以上|以上)?")


COUNT_WORDS = "个家项件名人所座台只户"
_COUNT_WORD = re.compile(rf"([{COUNT_WORDS}])(?:以上|左右|以内|以下)?$")


def tier_before(text: str, pos: int) -> str | None:
    """The tier (市级, 省级以上, 国家级…) named in the clause before `pos`, if any; after a list
    of tiers and 分别 (国家级、省级、市级…中心分别达14个、161个), the tier in the same place."""
    listed = _listed_tier(text, pos)
    if listed:
        return listed
    found = _tier_re().findall(text, _clause_start(text, pos), pos)
    return found[-1] if found else None


_BREAK = re.compile(r"[,，;；。:：\n]")  # between 分别 and its values only 、 may stand


def _listed_tier(text: str, pos: int) -> str | None:
    """The i-th tier of a tier list before 分别, for the i-th value after it (the list read as
    linking pairs the values with it)."""
    at = text.rfind("分别", max(0, pos - CLAUSE_WINDOW), pos)
    if at == -1 or _BREAK.search(text, at, pos):
        return None
    names = listed_names(text, max(0, at - CLAUSE_WINDOW), at)
    last = _tier_re().match(text, names[-1][0]) if names else None
    if last is None or not tier_list(text, names):
        return None
    tiers = [text[a:b].strip() for a, b in names[:-1]] + [last.group()]
    index = text.count("、", at, pos)
    return tiers[index] if index < len(tiers) else None


CLAUSE_WINDOW = 64  # most clauses are shorter: the first window back from a number holds a mark


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts: just after the last clause mark before `pos`
    (0 when there is none). Looked for in windows back from `pos`, each four times the last,
    so a long text is not scanned from its start for every number."""
    window = CLAUSE_WINDOW
    while True:
        start = max(0, pos - window)
        last = max(text.rfind(mark, start, pos) for mark in CLAUSE_MARKS)
        if last != -1:
            return last + 1
        if start == 0:
            return 0
        window *= 4


def written_unit(number_text: str, unit: str) -> str:
    """The counting word the plan wrote (14家) where the registry unit is another one (个);
    else the unit."""
    if len(unit) != 1 or unit not in COUNT_WORDS:
        return unit
    match = _COUNT_WORD.search(number_text)
    return match.group(1) if match else unit


def target_rows(doc: Document) -> list[dict]:
    """The targets of one document as table rows."""
    mentions, targets = resolved(doc)
    value_of = {}  # target id -> the mention of its value (the first, in its first quote)
    for m in mentions:
        if m.target_ref and m.target_ref not in value_of:
            value_of[m.target_ref] = m
    reg = registry()
    columns = _document_columns(doc)
    rows = []
    for t in targets:
        ind = reg.get(t.indicator)
        start, end = doc.raw_span(*_trimmed(doc.analysis_text, t.start, t.end))
        number = value_of.get(t.target_id)
        rows.append(
            {
                **columns,
                "indicator": t.indicator,
                "kind": t.kind,
                "value": _float(t.value),
                "value_max": _float(t.value_max),
                "unit": t.unit,
                "year": t.year,
                "scope": t.scope,
                "comparator": t.comparator,
                "status": t.status,
                "quote": doc.raw[start:end],
                "start": start,
                "end": end,
                "n_sources": len(t.sources),
                "target_id": f"{doc.doc}#{t.target_id}",
                "indicator_name": ind.name_zh,
                "headline": ind.headline,
                "theme": ind.theme,
                "sources": [
                    list(doc.raw_span(*_trimmed(doc.analysis_text, a, b))) for a, b in t.sources
                ],
                "review": "; ".join(t.review),
                "tier": tier_before(doc.analysis_text, number.start) if number else None,
                "unit_written": written_unit(number.text, t.unit) if number else t.unit,
                "page": doc.page_of(start),
                "attribute": None,
                "column": None,
                "cell_start": None,
                "cell_end": None,
            }
        )
    if doc.tables:
        rows = _with_table_rows(doc, rows)
    return rows


_DOC_COLUMNS = ("city", "province", "admin_level", "period_start", "period_end", "title")


def _document_columns(doc: Document) -> dict:
    """The columns of a target row that come from its document (text and table rows alike)."""
    tags = doc.shown_tags()[0]
    row = {c: tags.get(c) for c in _DOC_COLUMNS}
    row.update(doc=doc.doc, doc_status=doc.tags.get("status"))
    return row


def _with_table_rows(doc: Document, rows: list[dict]) -> list[dict]:
    """Add the targets of the document's indicator tables; a cell stating a goal the text
    states too (same indicator, kind, value, year and status) becomes one more source of it."""
    from cityplans import table_targets

    same = {
        (r["indicator"], r["kind"], r["value"], r["year"], r["status"]): r
        for r in rows
        if r["scope"] == "city"
    }
    for t in table_targets.target_rows(doc, _document_columns):
        found = same.get((t["indicator"], t["kind"], t["value"], t["year"], t["status"]))
        if found is None:
            rows.append(t)
            continue
        found["sources"].append([t["start"], t["end"]])
        found["n_sources"] += 1
        for key in ("attribute", "column", "cell_start", "cell_end"):
            found[key] = found[key] if found[key] is not None else t[key]
    return rows


def _trimmed(analysis: str, start: int, end: int) -> tuple[int, int]:
    """A quote's span without the blanks at its ends: markup or chrome just before or after a
    sentence is blanked in the analysis text and must not open or close its quote."""
    while start < end and analysis[start].isspace():
        start += 1
    while end > start and analysis[end - 1].isspace():
        end -= 1
    return start, end


def mention_records(doc: Document) -> list[tuple]:
    """Every numeric mention of one document as tuples in MENTION_COLUMNS order."""
    mentions, _ = resolved(doc)
    records = []
    for m in mentions:
        start, end = doc.raw_span(m.start, m.end)
        ref = f"{doc.doc}#{m.target_ref}" if m.target_ref else None
        records.append(
            (
                doc.doc,
                start,
                end,
                doc.raw[start:end],
                _float(m.value),
                m.unit,
                m.role,
                ref,
                _float(m.value_max),
                m.indicator,
                m.note,
            )
        )
    if doc.tables:
        from cityplans import table_targets

        records += table_targets.mention_records(doc)
    return records


def mention_rows(doc: Document) -> list[dict]:
    """Every numeric mention of one document as table rows (dicts)."""
    return [dict(zip(MENTION_COLUMNS, r, strict=True)) for r in mention_records(doc)]


def _frame(rows_per_doc, columns: list[str]) -> pd.DataFrame:
    """A DataFrame from rows given as dicts, read in column order into tuples (fast path)."""
    values = itemgetter(*columns)  # one C call per row, not a generator over the columns
    records = [values(row) for rows in rows_per_doc for row in rows]
    return pd.DataFrame.from_records(records, columns=columns)


def extract_targets(corpus: Corpus) -> pd.DataFrame:
    """The targets table: one row per goal (or reported fact), repeats merged, sources kept."""
    frame = _frame((target_rows(doc) for doc in corpus.docs), TARGET_COLUMNS)
    for col in ("value", "value_max"):
        frame[col] = frame[col].astype(float)  # NaN, not None, where there is no range
    for col in ("year", "period_start", "period_end", "page", "cell_start", "cell_end"):
        frame[col] = frame[col].astype("Int64")
    return frame


def mentions(corpus: Corpus) -> pd.DataFrame:
    """The mentions table: every number in every document body, with its role."""
    records = [r for doc in corpus.docs for r in mention_records(doc)]
    frame = pd.DataFrame.from_records(records, columns=MENTION_COLUMNS)
    for col in ("value", "value_max"):
        frame[col] = frame[col].astype(float)
    return frame


def review_list(targets: pd.DataFrame) -> pd.DataFrame:
    """Targets the resolver was unsure of, with the reason, for an analyst to check (those an
    analyst has already decided on are left out)."""
    unsure = targets["review"] != ""
    if "decision" in targets.columns:
        unsure &= targets["decision"].fillna("") == ""
    return targets[unsure].reset_index(drop=True)


__all__ = ["Target", "extract_targets", "mentions", "review_list"]
