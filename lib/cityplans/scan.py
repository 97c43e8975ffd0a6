"""Scan a text for a pattern only where a match can begin.

Python's regex engine skips ahead to a match's possible first characters only when a pattern
opens with a literal or a character class; a pattern that opens with named groups or a
look-behind is tried at every position of the text. `finditer_at` gives the same matches as
`pattern.finditer(text)` while trying the pattern only where a quick scan finds a character
a match can start with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def first_chars(words: Iterable[str]) -> re.Pattern[str]:
    """A character class of the first characters of `words` (the quick scan)."""
    return re.compile("[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "]")


def finditer_at(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), for a pattern that never matches the empty string and whose
    every match begins at a character that `starts` matches: the same matches, in order."""
    pos = 0
    match = pattern.match
    for s in starts.finditer(text):
        at = s.start()
        if at < pos:
            continue  # inside the match before
        m = match(text, at)
        if m is not None:
            yield m
            pos = max(m.end(), at + 1)
