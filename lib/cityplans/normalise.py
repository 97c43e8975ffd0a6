"""Build the analysis text from the raw text, with a map of every character back to the raw.

Steps, in order: traditional -> simplified (OpenCC t2s), full-width forms -> half-width,
white-space runs folded to one space (or one newline when the run holds a line break), pinyin
annotations that reposting sites insert (技術(shù)) dropped. The first two keep the length; folding
and dropping move offsets, and the map records where.
"""

from __future__ import annotations

import operator
import re
from array import array
from dataclasses import dataclass
from functools import cache

# U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E; U+3000 is the ideographic space.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_SPACE_RUN = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
# Pinyin that a reposting site inserted after characters (技術(shù), 達(dá)到): dropped from the
# analysis text, kept in the raw. A tone mark or ü says it is pinyin, not an English aside.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}\)")
_DROPPED = re.compile(rf"{_SPACE_RUN.pattern}|{_PINYIN.pattern}")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Normalised:
    """The normalised text and, per character, its [start, end) in the raw text."""

    text: str
    starts: array
    ends: array
    converted_chars: int  # characters OpenCC changed (traditional -> simplified)
    cjk_chars: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the raw text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self._raw_len()
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def _raw_len(self) -> int:
        return self.ends[-1] if len(self.ends) else 0


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC, guaranteed to keep the length of `text`."""
    converter = _t2s()
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    # Phrase rules changed a length somewhere: convert line by line, char by char where needed.
    parts = []
    for line in text.splitlines(keepends=True):
        conv = converter.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c) == 1 else ch for ch in line for c in [converter.convert(ch)])
        parts.append(conv)
    return "".join(parts)


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters, punctuation and the ideographic space -> ASCII."""
    return text.translate(_WIDTH)


def normalise(raw: str) -> Normalised:
    """Normalise `raw` for analysis and keep the offset map back to it."""
    simplified = to_simplified(raw)
    converted = 0 if simplified == raw else sum(map(operator.ne, raw, simplified))
    cjk = len(_CJK.findall(simplified))
    half = to_halfwidth(simplified)
    pieces: list[str] = []
    starts = array("i")
    ends = array("i")
    pos = 0
    for m in _DROPPED.finditer(half):
        a, b = m.span()
        if a > pos:
            pieces.append(half[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        run = m.group()
        if run[0] == "(":
            pass  # pinyin annotation: dropped
        elif not all(ch in _ZERO_WIDTH for ch in run):
            pieces.append("\n" if ("\n" in run or "\r" in run) else " ")
            starts.append(a)
            ends.append(b)
        pos = b
    if pos < len(half):
        pieces.append(half[pos:])
        starts.extend(range(pos, len(half)))
        ends.extend(range(pos + 1, len(half) + 1))
    return Normalised("".join(pieces), starts, ends, converted, cjk)
