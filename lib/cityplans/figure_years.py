"""The period of a text, where its title and lead leave it open, from the years of its figures.

A news item on a year's results, a bulletin's chapter or a half-year summary often has no title
or lead that names its period, yet every figure in it is dated: the text covers the year it
reports, and the next when it also sets that year's goals (news of a work conference that looks
back on one year and plans the next). Only years written in the body count (chrome.py blanks page
furniture such as a repost's 发布时间 stamp); a year taken from the page's address alone is not
one the text states, and the period stays unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class _Dated(Protocol):
    year: int | None
    status: str


def sets_goals_for(targets: Iterable[_Dated], year: int, text: str) -> bool:
    """Whether a goal among `targets` is for `year`, written in `text` or counted from the year
    before it, written there (2019年…达到52.8%; 今年…力争达到55%: this year is 2020)."""
    anchored = str(year) in text or str(year - 1) in text
    return anchored and any(t.status != "actual" and t.year == year for t in targets)


def reports_for(targets: Iterable[_Dated], year: int, text: str) -> bool:
    """Whether a reported figure among `targets` is of `year`, written in `text`."""
    return any(t.status == "actual" and t.year == year and str(year) in text for t in targets)


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
