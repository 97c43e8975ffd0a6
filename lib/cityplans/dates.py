"""Dates as Chinese documents write them: 2020年9月4日, 二〇二〇年九月四日, 2020-09-04."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from cityplans.cue_words import cue_lists
from cityplans.numbers import parse_number

_CN_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_CN_NUM = "〇零一二三四五六七八九十"
DATE_RE = re.compile(
    rf"(?P<y>(?:19|20)\d{{2}}|[{_CN_NUM}]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月"
    rf"\s*(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日"
)
ISO_RE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
# a journal's issue (安徽科技 2022年3期, 2019年第12期): when a text was published, as a date is
ISSUE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*第?\s*\d{1,3}\s*期")


def _cn_small(text: str) -> int:
    """一..三十一 as written in dates (十二, 二十三, 三十一) or plain digits."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (int(_CN_DIGITS[tens]) if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)
    return int("".join(_CN_DIGITS[c] for c in text))


def _year(text: str) -> int:
    return int(text) if text.isdigit() else int("".join(_CN_DIGITS[c] for c in text))


def make_date(y: str, m: str, d: str) -> dt.date | None:
    """A date from matched parts, or None when they do not form a real date."""
    try:
        return dt.date(_year(y), _cn_small(m), _cn_small(d))
    except (ValueError, KeyError):
        return None


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text`, in Chinese or ISO form."""
    for pattern in (DATE_RE, ISO_RE):
        m = pattern.search(text)
        if m:
            return make_date(m["y"], m["m"], m["d"])
    return None


def recover_digit_date(digits: str) -> dt.date | None:
    """A date whose 年/月/日 were lost ("201974"): only when exactly one split is a real date."""
    if not re.fullmatch(r"(?:19|20)\d{2}\d{2,4}", digits):
        return None
    year, rest = int(digits[:4]), digits[4:]
    found = set()
    for cut in range(1, len(rest)):
        m, d = rest[:cut], rest[cut:]
        if len(m) > 2 or len(d) > 2 or (m.startswith("0") and len(m) == 1):
            continue
        try:
            found.add(dt.date(year, int(m), int(d)))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


@cache
def _anniversary_re() -> re.Pattern[str]:
    events = "|".join(sorted(map(re.escape, cue_lists()["anniversaries"]), key=len, reverse=True))
    return re.compile(
        rf"(?:今年|本年|当年)(?:是|为|正值|恰逢|适逢)[^。;；!！?？\n]{{0,12}}?({events})"
        r"\s*([\d一二三四五六七八九十百]{1,4})\s*周年"
    )


def anniversary_year(text: str) -> int | None:
    """The year a text calls this year by an anniversary: 今年是新中国成立75周年 -> 2024."""
    m = _anniversary_re().search(text)
    if m is None:
        return None
    years = parse_number(m.group(2))
    return cue_lists()["anniversaries"][m.group(1)] + int(years) if years else None
