"""Every number in a document body, as a Mention with a span and a first role.

Dates, document numbers, section numbers and codes (5G, 十四五, 1+7) are recognised by pattern
and get those roles here; the remaining quantities start as `other` and are given their final
role (target, actual, incentive) by resolve.py. Nothing is dropped: a test checks every digit
run of the body is inside a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from cityplans.dates import DATE_RE
from cityplans.numbers import Quantity, find_quantities
from cityplans.segment import find_markers

_YEAR = r"(?:19|20)\d{2}"
_CN_YEAR = r"[〇零一二三四五六七八九]{4}"
_SPECIAL = [
    ("doc_number", re.compile(rf"[〔\[(]\s*{_YEAR}\s*[〕\])]\s*\d{{1,4}}\s*号")),
    ("doc_number", re.compile(rf"〔\s*{_YEAR}\d{{1,4}}(?![〕\d])")),
    ("date", re.compile(rf"{_YEAR}-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")),
    ("date", re.compile(rf"{_YEAR}\s*年?\s*(?:-|—|–|~|～|至|到)\s*{_YEAR}\s*年?")),
    ("date", re.compile(rf"(?<!\d){_YEAR}{_YEAR}(?!\d)")),  # a range whose dash was lost
    ("date", DATE_RE),
    (
        "date",
        re.compile(rf"(?:{_YEAR}|{_CN_YEAR})\s*年度?(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"),
    ),
    ("date", re.compile(r"(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日")),
    (
        "date",
        re.compile(rf"^\s*{_YEAR}\d{{2,4}}\s*$", re.M),
    ),  # a signature date whose 年月日 were lost
    ("other", re.compile(r"十[一二三四五]五")),  # five-year plans
    ("other", re.compile(r"\d+(?:\s*\+\s*\d+)+")),  # "1+7"
    ("other", re.compile(r"\d+\s*:\s*\d+(?!\d)")),  # ratios such as 1:1
    ("other", re.compile(r"\d+[A-Za-z]+\d*|[A-Za-z]+\d+")),  # 5G, 3D, G20
    ("other", re.compile(r"第\s*(?:\d+|[一二三四五六七八九十百]+)")),  # ordinals
]


@dataclass
class Mention:
    """A number in the normalised text, its parse, and its role."""

    start: int
    end: int
    text: str
    role: str  # target | actual | incentive | date | doc_number | section | other
    quantity: Quantity | None = None
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    target_ref: str | None = None
    indicator: str | None = None
    note: str | None = None


def find_mentions(text: str) -> list[Mention]:
    """All numeric mentions of `text` (non-body already blanked), left to right, no overlaps."""
    taken = bytearray(len(text))
    found: list[Mention] = []

    def claim(start: int, end: int, role: str) -> None:
        if end > start and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append(Mention(start, end, text[start:end], role))

    for start, end, _, label in find_markers(text):
        if any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in label):
            claim(start, end, "section")
    for role, pattern in _SPECIAL:
        for m in pattern.finditer(text):
            claim(m.start(), m.end(), role)
    masked = _mask(text, taken)
    for q in find_quantities(masked):
        if _is_bare_chinese(q) or any(taken[q.start : q.end]) or _in_word(q, text):
            continue
        taken[q.start : q.end] = b"\x01" * (q.end - q.start)
        found.append(
            Mention(q.start, q.end, text[q.start : q.end], "other", q, q.value, q.value_max, q.unit)
        )
    found.sort(key=lambda m: m.start)
    return found


def _mask(text: str, taken: bytearray) -> str:
    """Hide claimed spans from the quantity finder without moving offsets."""
    if not any(taken):
        return text
    return "".join("\u25a1" if t else ch for ch, t in zip(text, taken, strict=True))


def _in_word(q: Quantity, text: str) -> bool:
    """一次性 (one-off), 两次性: a numeral fused into a word, not a count."""
    return not any(ch.isdigit() for ch in q.surface) and text[q.end : q.end + 1] == "性"


def _is_bare_chinese(q: Quantity) -> bool:
    """一 in 统一, 一站式: Chinese numerals with no unit, percent, range or qualifier."""
    return (
        not any(ch.isdigit() for ch in q.surface)
        and q.unit is None
        and q.value_max is None
        and q.qualifier == "exact"
    )
