"""Find the parts of a page that are not the plan: portal chrome, spam, markup residue.

Nothing is deleted. Each flagged part becomes a NonBody span in normalised-text offsets; the
analysis text blanks them so later stages never read them, while offsets stay unchanged.
Markup is found first, over the whole text (a tag may span lines); lines are then classified
with it blanked, so a sentence holding a tag is still body text and is read around the tag.
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
def _markup() -> re.Pattern[str]:
    patterns = load_yaml("page_chrome.yaml")["markup"]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.DOTALL)


@cache
def _spam() -> tuple[tuple[str, ...], int]:
    data = load_yaml("spam.yaml")
    return tuple(data["words"]), int(data["min_hits"])


@cache
def _spam_re() -> re.Pattern[str]:
    """Any one spam word: most lines have none, and need not be counted word by word."""
    return re.compile("|".join(map(re.escape, _spam()[0])))


def classify_line(line: str) -> str | None:
    """Return the non-body kind of one normalised line, or None for body text."""
    stripped = line.strip()
    if not stripped:
        return None
    words, min_hits = _spam()
    hit = min_hits < 1 or _spam_re().search(stripped)  # most lines hold no spam word at all
    if hit and sum(1 for w in words if w in stripped) >= min_hits:
        return "spam"
    for kind, pattern in _line_rules():
        if pattern.search(stripped):
            return kind
    return None


def find_markup(text: str) -> list[NonBody]:
    """Markup in the text (tags, comments, scripts with their code, entities) as spans."""
    # the element patterns refer to their own group, so the whole match is taken, not group 1
    return [
        NonBody(m.start(), m.end(), "markup", m.group())
        for m in _markup().finditer(text)
        if m.end() > m.start()
    ]


def html_markup(nonbody: Iterable[NonBody]) -> list[NonBody]:
    """The markup spans that are HTML (tags, comments, scripts): worth a warning, unlike
    entities and the XML residue Word leaves in portal copies (<?xml:namespace …?>)."""
    return [n for n in nonbody if n.kind == "markup" and n.text[:1] == "<" and n.text[:2] != "<?"]


def find_nonbody(text: str) -> list[NonBody]:
    """Flag markup, whole chrome lines and inline residue in the normalised text."""
    markup = find_markup(text)
    # lines are judged without their tags (a tag's line breaks kept, so lines stay lines)
    seen = fill_spans(text, [(m.start, m.end) for m in markup], lambda seg: _BLANK.sub(" ", seg))
    found: list[NonBody] = []
    pos = 0
    for line, shown in zip(text.split("\n"), seen.split("\n"), strict=True):
        start, end = pos, pos + len(line)
        pos = end + 1
        kind = classify_line(shown)
        if kind:
            found.append(NonBody(start, end, kind, line))
            continue
        for kind, pattern in _inline_rules():
            for m in pattern.finditer(shown):
                if m.end() > m.start():
                    found.append(NonBody(start + m.start(), start + m.end(), kind, m.group()))
    flagged = {n.start for n in found}
    found += [n for n in _numbered_menus(seen) if n.start not in flagged]
    lines = [(n.start, n.end) for n in found]
    found += [m for m in markup if not any(a <= m.start and m.end <= b for a, b in lines)]
    found.sort(key=lambda nb: nb.start)
    return found


@cache
def _menu_rules() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    data = load_yaml("page_chrome.yaml")["numbered_menu"]
    return re.compile(data["item"]), re.compile(data["separator"]), int(data["min_separators"])


def _numbered_menus(text: str) -> list[NonBody]:
    """The lines of each run of numbered lines that holds separator items (1. X / 2. / /
    3. 新闻中心): a breadcrumb copied from an HTML list, its last item the page's title."""
    item, separator, needed = _menu_rules()
    found: list[NonBody] = []
    run: list[tuple[int, int, str]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        start, pos = pos, pos + len(line) + 1
        if item.match(line) or separator.match(line):
            run.append((start, start + len(line), line))
            continue
        if sum(1 for *_, ln in run if separator.match(ln)) >= needed:
            found += [NonBody(a, b, "breadcrumb", ln) for a, b, ln in run]
        run = []
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
    """Replace non-body spans by spaces so offsets still line up. A chrome line keeps its line
    break; a tag that spans lines (<img src=x\nonerror=…>) is blanked whole, line breaks
    included, so the sentence around it reads as one. Overlapping spans are blanked as one."""
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted((nb.start, nb.end) for nb in spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return fill_spans(text, merged, lambda seg: " " * len(seg))
