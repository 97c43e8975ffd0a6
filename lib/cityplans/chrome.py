"""Find the parts of a page that are not the plan: portal chrome, spam, markup residue.

Nothing is deleted. Each flagged part becomes a NonBody span in normalised-text offsets; the
analysis text blanks them so later stages never read them, while offsets stay unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from cityplans.resources import load_yaml

_BLANK = re.compile(r"[^\n]")


@dataclass(frozen=True)
class NonBody:
    """A span of the normalised text that is not body text, and why."""

    start: int
    end: int
    kind: str  # breadcrumb, portal_metadata, page_controls, editor_line, copyright, spam, ...
    text: str


@cache
def _line_rules() -> list[tuple[str, re.Pattern[str]]]:
    data = load_yaml("page_chrome.yaml")
    return [(r["kind"], re.compile(p)) for r in data["rules"] for p in r["patterns"]]


@cache
def _inline_rules() -> list[tuple[str, re.Pattern[str]]]:
    data = load_yaml("page_chrome.yaml")
    return [(r["kind"], re.compile(p)) for r in data["inline"] for p in r["patterns"]]


@cache
def _spam() -> tuple[tuple[str, ...], int]:
    data = load_yaml("spam.yaml")
    return tuple(data["words"]), int(data["min_hits"])


def classify_line(line: str) -> str | None:
    """Return the non-body kind of one normalised line, or None for body text."""
    stripped = line.strip()
    if not stripped:
        return None
    words, min_hits = _spam()
    if sum(1 for w in words if w in stripped) >= min_hits:
        return "spam"
    for kind, pattern in _line_rules():
        if pattern.search(stripped):
            return kind
    return None


def find_nonbody(text: str) -> list[NonBody]:
    """Flag whole chrome lines and inline markup in the normalised text."""
    found: list[NonBody] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        kind = classify_line(line)
        if kind:
            found.append(NonBody(start, end, kind, line))
            continue
        for kind, pattern in _inline_rules():
            for m in pattern.finditer(line):
                if m.end() > m.start():
                    found.append(NonBody(start + m.start(), start + m.end(), kind, m.group()))
    found.sort(key=lambda nb: nb.start)
    return found


def fill_spans(text: str, spans: Iterable[tuple[int, int]], fill: Callable[[str], str]) -> str:
    """Replace each [start, end) of `text` by fill(segment), of the same length, so every
    offset stays valid; overlapping spans are filled once."""
    pieces, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        pieces.append(text[pos:start])
        pieces.append(fill(text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def blank(text: str, spans: list[NonBody]) -> str:
    """Replace non-body spans by spaces (newlines kept) so offsets still line up."""
    if not spans:
        return text
    return fill_spans(text, [(nb.start, nb.end) for nb in spans], lambda seg: _BLANK.sub(" ", seg))
