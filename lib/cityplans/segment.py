"""Split a document body into its numbered sections: 一、 / (一) / 1. / (1), under a plan's
第一章 / 第一节 or a yearly report's unnumbered chapter lines (2018年工作回顾).

Each Clause has a path ("三/(二)/4"), its heading (the text from the marker to the first
full stop or line end) and its span in the normalised text. Web pages often lose line breaks
(some arrive as a single line), so markers are found after a line start or a sentence end too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "一二三四五六七八九十"
# (level, pattern). A marker must start a line or follow a sentence end or a space; that is
# checked on the character before the match. Patterns start with one character class, not a
# look-behind or a repeated class, so the regex engine can skip ahead.
_MARKERS = [
    # 第一篇 / 第一部分, 第一章, 第一节: a plan's parts, chapters and sections, above 一、
    (-3, re.compile(rf"(第[{_CN}]{{1,3}}(?:篇|部分))")),
    (-2, re.compile(rf"(第[{_CN}]{{1,3}}章)")),
    (-1, re.compile(rf"(第[{_CN}]{{1,3}}节)")),
    (1, re.compile(rf"([{_CN}][{_CN}]{{0,2}})\s*、")),
    (2, re.compile(rf"\(\s*([{_CN}]{{1,3}})\s*\)")),
    (3, re.compile(r"(\d\d?)\s*[.、](?!\d)")),
    (4, re.compile(r"\(\s*(\d{1,2})\s*\)")),
]
_MARKER_BEFORE = set("\n。;: \t")
# an unnumbered chapter line of a yearly report: 2018年工作回顾, 2019年工作安排 (level 0, above
# 一、; the line is its own heading)
_CHAPTER = re.compile(
    r"(?m)^[ \t]*(?=((?:19|20)\d{2}\s*年度?[^\n,，。;；:：]{0,10}?"
    r"(?:回顾|总结|安排|计划|目标|任务|思路|打算))[ \t]*$)"
)


@dataclass(frozen=True)
class Clause:
    """A numbered section: path, marker span, heading, and [start, end) in the normalised text."""

    path: str
    level: int
    marker_start: int
    marker_end: int
    heading: str
    start: int
    end: int


def find_markers(text: str) -> list[tuple[int, int, int, str]]:
    """(start, end, level, label) of every section marker, in text order."""
    found = []
    for level, pattern in _MARKERS:
        for m in pattern.finditer(text):
            if m.start() and text[m.start() - 1] not in _MARKER_BEFORE:
                continue
            label = f"({m.group(1)})" if level in (2, 4) else m.group(1)
            found.append((m.start(), m.end(), level, label))
    found += [(m.end(), m.end(), 0, m.group(1)) for m in _CHAPTER.finditer(text)]
    found.sort()
    return found


def segment(text: str, markers: list[tuple[int, int, int, str]] | None = None) -> list[Clause]:
    """The numbered sections of `text`, outermost first within each position."""
    if markers is None:
        markers = find_markers(text)
    clauses: list[Clause] = []
    stack: list[tuple[int, str]] = []  # (level, label)
    for i, (start, end, level, label) in enumerate(markers):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, label))
        path = "/".join(lbl for _, lbl in stack)
        stop = len(text)
        for nstart, _, nlevel, _ in markers[i + 1 :]:
            if nlevel <= level:
                stop = nstart
                break
        next_marker = markers[i + 1][0] if i + 1 < len(markers) else len(text)
        heading_end = _heading_end(text, end, min(stop, next_marker))
        heading = text[end:heading_end].strip()
        clauses.append(Clause(path, level, start, end, heading, start, stop))
    return clauses


def _heading_end(text: str, start: int, stop: int) -> int:
    """A heading ends at a full stop or line end; on pages that lost their line breaks, a
    short heading (总体要求 坚持…) ends at its first space."""
    m = _HEADING_END.search(text, start, stop)
    end = m.start() if m else stop
    space = text.find(" ", start + 2, end)
    if space != -1 and space - start <= 25 and not _CLAUSE_PUNCT.search(text, start, space):
        return space
    return end


# where a sentence ends: a full stop, semicolon, exclamation or question mark, or a line break
SENTENCE_MARKS = "。;；!！?？\n"  # what ends a sentence (a semicolon too)
SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}]")
# 其中 (and its comma) right before a word: what follows is a part of the figure or whole before
PART_OPENS = re.compile(r"其中\s*[,，]?\s*$")
# what a sentence or clause opens after (2023年,…; 。2023年…): a sentence's end or a comma, colon
CLAUSE_OPENERS = "。;；!！?？\n,，:："
# what a clause or a list item starts just after (…,X; X、Y)
CLAUSE_MARKS = ",，;；。:：、\n"
_HEADING_END = re.compile(r"[。\n]")
_CLAUSE_PUNCT = re.compile(r"[,，;；:：]")


def enclosing(clauses: list[Clause], pos: int) -> list[Clause]:
    """The clauses containing position `pos`, outermost first."""
    return [c for c in clauses if c.start <= pos < c.end]
