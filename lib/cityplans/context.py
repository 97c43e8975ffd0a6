"""What a document says about its own place and time, as the resolver needs it.

A figure's year and scope often come from the document rather than its sentence: 全年 and 今年
mean the document's year, 全市 and the city's own name mean the whole jurisdiction, and a
高新区's own plan calls its figures the whole area's. DocContext gathers those facts once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cityplans.gazetteer import name_stem, short_forms


@dataclass(frozen=True)
class DocContext:
    """The document facts a figure's year, scope and status are resolved against."""

    period_start: int | None = None
    period_end: int | None = None
    year: int | None = None  # the year the document was written (issued, published, dated)
    month: int | None = None
    adcode: str | None = None  # the jurisdiction's division code
    own_names: frozenset[str] = field(default_factory=frozenset)  # names of the whole area
    zone: str | None = None  # the zone whose own document this is
    is_plan: bool = True  # a plan states goals; a report or news item states facts
    title_year: int | None = None  # the one year a title names (南昌市明确2023年科技工作重点)
    level: str | None = None  # admin_level of the jurisdiction (prefecture, county, …, zone)
    reported_year: int | None = None  # the year a report or summary is about (its period)
    lead_year: int | None = None  # the year a text that is no plan reports (news: its lead's)
    city: str | None = None
    # the year a report given as a year begins plans: 2026 for a government work report on 2025
    # that sets 2026's goals; its 今年 is that year
    year_planned: int | None = None

    @classmethod
    def from_tags(cls, tags: dict) -> DocContext:
        """The context of a document from its tags (tagging.py)."""
        names = set()
        for key in ("city", "zone"):
            value = tags.get(key)
            if isinstance(value, str) and value:
                names.update({value, name_stem(value)})
                for short in short_forms(value):  # 红河州, 红河 for 红河哈尼族彝族自治州
                    names.update({short, name_stem(short)})
        if tags.get("admin_level") == "province" and isinstance(tags.get("province"), str):
            names.update({tags["province"], name_stem(tags["province"])})
        date = tags.get("issued") or tags.get("published") or tags.get("doc_date")
        year = month = None
        if isinstance(date, str) and len(date) >= 4 and date[:4].isdigit():
            year = int(date[:4])
            month = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else None
        start, end = tags.get("period_start"), tags.get("period_end")
        planned = states_goals(tags.get("doc_type"))
        if year is None and planned and start is not None:
            year = int(start)  # a plan is written as its period begins (今年 = its first year)
        return cls(
            period_start=_int(start),
            period_end=_int(end),
            year=year,
            month=month,
            adcode=tags.get("adcode") if isinstance(tags.get("adcode"), str) else None,
            own_names=frozenset(n for n in names if len(n) >= 2),
            zone=tags.get("zone") if isinstance(tags.get("zone"), str) else None,
            is_plan=planned,
            title_year=one_year_named(tags.get("title")),
            level=tags.get("admin_level") if isinstance(tags.get("admin_level"), str) else None,
            reported_year=_reported_year(tags.get("doc_type"), _int(start), _int(end)),
            lead_year=_lead_year(planned, _int(start), _int(end)),
            city=tags.get("city") if isinstance(tags.get("city"), str) else None,
            year_planned=_year_planned(tags.get("doc_type"), _int(start), _int(end)),
        )

    def own_level_word(self, word: str) -> bool:
        """Whether 全市/我县/全省… refers to this document's own jurisdiction: unless the word
        names a level above the document's (全省 in a city's plan, 全市 in a district's), it
        does; a tagging slip must not make a plan's own 全市 a sub-area."""
        if self.level is None or word in ("全域", "市域"):
            return True  # (a national text, of no level, calls the country 全国)
        if word.endswith("国"):
            return False  # 全国, 我国: the country, never a local text's own area
        doc_rank = _RANKS.get(self.level, 1)
        kind = word[-1] if not word.endswith("地区") else "州"
        word_rank = {"省": 3, "市": 2, "州": 2, "盟": 2}.get(kind, 1)
        if kind == "市" and (self.city or "").endswith("市") and self.level != "zone":
            word_rank = doc_rank  # a county-level city calls itself 全市 (not a zone: its city)
        if kind == "区" and self.level == "province":
            return True  # 全区 of an autonomous region
        return word_rank <= doc_rank


_RANKS = {"province": 3, "prefecture": 2, "county": 1, "district": 1, "zone": 1}


REPORT_TYPES = {"报告", "总结", "公报"}  # document types that report what happened


def states_goals(doc_type) -> bool:
    """Whether a document of this type states goals (方案, 规划, 要点…), not what happened."""
    return bool(doc_type) and doc_type not in REPORT_TYPES


WRITTEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")  # a year written in digits


def one_year_named(text) -> int | None:
    """The year a title or a table's caption names, when it names exactly one."""
    if not isinstance(text, str):
        return None
    years = set(WRITTEN_YEAR.findall(_VISION.sub("", _EDITION.sub("", text))))
    return int(years.pop()) if len(years) == 1 else None


# a long-range vision a five-year plan's title adds (…第十四个五年规划和2035年远景目标纲要):
# its horizon, not the year of the plan's figures
_VISION = re.compile(r"(?:19|20)\d{2}\s*年\s*远景")
# a year in brackets after a report's or a book's name: its edition (发展报告(2025)), not the
# year its figures are of
_EDITION = re.compile(r"(?:报告|蓝皮书|年鉴|指数|白皮书)\s*[(（]\s*(?:19|20)\d{2}\s*[)）]")


def _reported_year(doc_type, start: int | None, end: int | None) -> int | None:
    """The year a report or summary is about: its first year (2022年工作总结及2023年工作思路:
    2022), or the last of a review of several years (“十三五”期间…: 2020, where it stands now)."""
    if doc_type not in REPORT_TYPES or start is None:
        return None
    return end if end is not None and end - start >= 2 else start


def _year_planned(doc_type, start: int | None, end: int | None) -> int | None:
    """The year a 报告 on one year plans (政府工作报告: delivered as the year it plans begins)."""
    if doc_type != "报告" or start is None or end != start + 1:
        return None
    return end


def _lead_year(planned: bool, start: int | None, end: int | None) -> int | None:
    """The year a text that is no plan reports: its one year, or the first of a text that
    reports one year and plans the next (2022年…;2023年,全市将…)."""
    if planned or start is None or end is None:
        return None
    return start if end in (start, start + 1) else None


def _int(value) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None
