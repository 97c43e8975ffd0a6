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

from cityplans.chrome import fill_spans
from cityplans.numbers import MASKED_YEAR, Quantity, find_quantities
from cityplans.segment import find_markers

_YEAR = r"(?:19|20)\d{2}"
_DIGIT = r"[\d一二三四五六七八九十两]"  # a digit or a Chinese numeral character
_CN_YEAR = r"[〇零一二三四五六七八九][〇零一二三四五六七八九]{3}"
# Patterns start with one character class or a literal (never a repeated class such as
# \d{1,2}), so the regex engine can skip ahead to candidate characters; where a
# pattern must not follow a digit, `claim` checks the character before instead.
_SPECIAL = [
    ("doc_number", re.compile(rf"[〔\[(]\s*{_YEAR}\s*[〕\])]\s*\d{{1,4}}\s*号")),
    ("doc_number", re.compile(rf"〔\s*{_YEAR}\d{{1,4}}(?![〕\d])")),
    # dates that start with a year, one scan; at one position the first alternative wins:
    # 2020-04-30 10:30, 2019-2025年, 20192021 (a range whose dash was lost), 2020年9月4日
    (
        "date",
        re.compile(
            rf"{_YEAR}(?:-\d{{1,2}}-\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
            rf"|\s*年?\s*(?:-|—|–|~|～|至|到)\s*{_YEAR}\s*年?"
            rf"|{_YEAR}(?!\d)"
            rf"|\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
        ),
    ),
    (
        "date",
        re.compile(
            rf"{_CN_YEAR}\s*年(?:\s*[一二三四五六七八九十]{{1,3}}\s*月(?:\s*[一二三四五六七八九十]{{1,3}}\s*日)?)?"
        ),
    ),
    ("date", re.compile(rf"{_YEAR}\s*年度?(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?")),
    # a year glued to a percentage when a table or PDF lost the space: 20152.06%, 提升到20203.28%
    ("date", re.compile(rf"{_YEAR}(?=\d{{1,2}}\.\d+\s*%)")),
    ("date", re.compile(r"\d\d?\s*月\s*\d{1,2}\s*日")),
    (
        "date",
        re.compile(rf"(?m:^\s*{_YEAR}\d{{2,4}}\s*$)"),
    ),  # a signature date whose 年月日 were lost
    ("date", MASKED_YEAR),  # 20XX年, 20**年: a masked year, not a code such as 5G
    ("other", re.compile(r"十[一二三四五]五")),  # five-year plans
    # "1+7", ratios such as 1:1, codes such as 5G and 3D: one pass over the digits, from the
    # first digit of a run only (what follows the run decides, so a later digit fails alike)
    ("other", re.compile(r"\d(?<!\d\d)\d*(?:(?:\s*\+\s*\d+)+|\s*:\s*\d+(?!\d)|[A-Za-z]+\d*)")),
    # G20 (not 占GDP2.5%, where the letters end a name and the number is its value)
    ("other", re.compile(r"[A-Za-z][A-Za-z]*\d+(?![\d%％]|\.\d)")),
    ("other", re.compile(r"第\s*(?:\d+|[一二三四五六七八九十百]+)")),  # ordinals
    # a run of years or terms (连续8年, 连续三届): how long, not a figure
    (
        "other",
        re.compile(r"连续\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:年|个月|届|次|季度|轮)"),
    ),
    # a citation mark a copied encyclopedia page keeps ([2], [2][3]): a note's number
    ("other", re.compile(r"\[\d{1,3}\](?:\[\d{1,3}\])*")),
    # a figure or a table referred to (见图2-6, 表1-7, 附表3): its number, not a quantity
    (
        "other",
        re.compile(
            r"(?:(?:见|如|详见)附?|(?<=[(（\n])附?)[图表]\s*\d{1,2}(?:\s*[-—.．]\s*\d{1,2})?(?![\d.%])"
        ),
    ),
    # spans of time, not counts of 个: 前8个月, 三个季度, 5个工作日 (from a run's first digit)
    ("other", re.compile(rf"{_DIGIT}(?<!{_DIGIT}{{2}}){_DIGIT}*\s*个\s*(?:月|季度|工作日|小时)")),
    # ranks: 全市前3, 前10位, 前三名 (目前3家 is no rank: checked on the character before)
    (
        "rank",
        re.compile(
            r"前\s*(?:\d{1,3}|[一二三四五六七八九十]{1,2})(?:\s*(?:位|名|强))?(?![\d家个项件亿万元%])"
        ),
    ),
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


def find_mentions(text: str, markers: list | None = None) -> list[Mention]:
    """All numeric mentions of `text` (non-body already blanked), left to right, no overlaps."""
    taken = bytearray(len(text))
    found: list[Mention] = []

    def claim(start: int, end: int, role: str) -> None:
        if start and text[start - 1].isdigit() and text[start].isdigit():
            return  # inside a longer digit run
        if role == "rank":
            if start and text[start - 1] in "目提以之超":
                return  # 目前3家, 提前3年: not a rank
            role = "other"
        if end > start and taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            found.append(Mention(start, end, text[start:end], role))

    for start, end, _, label in markers if markers is not None else find_markers(text):
        if any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in label):
            claim(start, end, "section")
    for role, pattern in _SPECIAL:  # separate scans: each keeps the engine's first-char skip
        for m in pattern.finditer(text):
            claim(m.start(), m.end(), role)
    masked = _mask(text, found)
    for q in find_quantities(masked):
        if taken.find(1, q.start, q.end) != -1 or _in_word(q, text):
            continue
        taken[q.start : q.end] = b"\x01" * (q.end - q.start)
        found.append(
            Mention(q.start, q.end, text[q.start : q.end], "other", q, q.value, q.value_max, q.unit)
        )
    found.sort(key=lambda m: m.start)
    return found


def _mask(text: str, claimed: list[Mention]) -> str:
    """Hide claimed spans from the quantity finder without moving offsets."""
    return fill_spans(text, [(m.start, m.end) for m in claimed], lambda seg: "\u25a1" * len(seg))


def _in_word(q: Quantity, text: str) -> bool:
    """一次性 (one-off), 两次性: a numeral fused into a word, not a count."""
    return text[q.end : q.end + 1] == "性" and not any(ch.isdigit() for ch in q.surface)
