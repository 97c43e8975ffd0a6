"""The period of a text, where its title and lead leave it open, from the years of its figures.

A news item on a year's results, a bulletin's chapter or a half-year summary often has no title
or lead that names its period, yet every figure in it is dated: the text covers the year it
reports, and the next when it also sets that year's goals (news of a work conference that looks
back on one year and plans the next). Only years written in the body count (chrome.py blanks page
furniture such as a repost's 发布时间 stamp); a year taken from the page's address alone is not
one the text states, and the period stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from cityplans.timing import QUARTER_END


class _Dated(Protocol):
    year: int | None
    status: str
    start: int


def sets_goals_for(targets: Iterable[_Dated], year: int, text: str) -> bool:
    """Whether a goal among `targets` is for `year`, written in `text` or counted from the year
    before it, written there (2019年…达到52.8%; 今年…力争达到55%: this year is 2020)."""
    anchored = str(year) in text or str(year - 1) in text
    return anchored and any(t.status != "actual" and t.year == year for t in targets)


def first_figures_of(targets: Iterable[_Dated], year: int, text: str) -> bool:
    """Whether a fact among `targets` is of `year` by its own sentence: the year written there,
    or part of this year named (2022年…16.15亿元。今年上半年,…7.81亿元; 今年一季度, 今年1月份);
    not a stock dated only by the text's date (目前, 现有), which the review's period keeps."""
    for t in targets:
        if t.status != "actual" or t.year != year:
            continue
        head = text[max(0, t.start - SENTENCE_CHARS) : t.start]
        head = head[max(head.rfind(c) for c in "。!！?？\n") + 1 :]
        if f"{year}年" in head or _PART_OF_THIS_YEAR.search(head):
            return True
    return False


SENTENCE_CHARS = 120  # how far back a figure's sentence is searched for its year
# part of the year a text is written in: 今年上半年, 今年一季度, 今年1-5月, 今年1月份
_PART_OF_THIS_YEAR = re.compile(
    r"(?:今年|本年)(?:上半年|前三季度|[一二三]季度|第[一二三]季度|1?\d\s*[-—至到~]\s*1?\d\s*月|1?\d\s*月份?)"
)


def reports_for(targets: Iterable[_Dated], year: int, text: str) -> bool:
    """Whether a reported figure among `targets` is of `year`, written in `text`."""
    return any(t.status == "actual" and t.year == year and str(year) in text for t in targets)


def year_of_date_line(targets: Iterable[_Dated], own_date: str | None) -> int | None:
    """The year of the date line a text carries (a day: 2023-12-05), when a fact among
    `targets` is of that year and the date falls after the first quarter: news that names no
    year (头灶镇今年通过…, 上半年…) reports on its date's year; a text of January to March may
    still report the year before."""
    own = str(own_date or "")
    if not (own[:4].isdigit() and own[5:7].isdigit() and own[8:10].isdigit()):
        return None  # 2019-04: a month, as a page address gives it, not a date line
    year = int(own[:4])
    if int(own[5:7]) <= QUARTER_END:
        return None
    return year if any(t.status == "actual" and t.year == year for t in targets) else None


def period_of_figures(targets: Iterable[_Dated], text: str) -> tuple[int, int] | None:
    """(start, end) from the latest year the text reports figures for to the year after it
    when goals are set for that year too; a text of goals for one year alone: that year.
    None when the figures give no year written in `text`, or goals for several years."""
    reported, planned = set(), set()
    for t in targets:
        if t.year is not None and str(t.year) in text:
            (reported if t.status == "actual" else planned).add(t.year)
    if reported:
        last = max(reported)
        return last, last + 1 if last + 1 in planned else last
    if len(planned) == 1:
        only = planned.pop()
        return only, only
    return None
