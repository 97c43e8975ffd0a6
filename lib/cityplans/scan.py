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
from typing import Any


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


def word_runs(words: Iterable[str]) -> re.Pattern[str]:
    """Runs of the characters `words` are made of, as long as the shortest word at least:
    where an automaton of those words can find one (see iter_long_in_runs)."""
    words = [w for w in words if w]
    chars = "".join(sorted({ch for w in words for ch in w}))
    return re.compile(f"[{re.escape(chars)}]{{{min(map(len, words))},}}")


def iter_long_in_runs(automaton, runs: re.Pattern[str], text: str) -> Iterator[tuple[int, Any]]:
    """automaton.iter_long(text) (pyahocorasick), for an automaton of the words `runs` was made
    from (word_runs): the same matches, in order, scanning only the runs.

    A character no word holds sends the automaton back to its root, so the text falls apart at
    such characters; each run is scanned with the character after it, at which the automaton
    gives up a partial match and reports what it holds, as it does in the whole text. An
    automaton whose root has many branches walks them for every character: skipping the
    characters between runs saves most of a scan."""
    end = len(text)
    for m in runs.finditer(text):
        yield from automaton.iter_long(text, m.start(), min(m.end() + 1, end))
