"""Names from documents made safe where they leave the library: in file names and on a line.

A city, a title or a file name comes from a plan or a manifest, so it may hold `/`, `..`,
markup or line breaks. `slug` makes one safe path component of it; `one_line` escapes what
would break or forge a line of a table or of stderr; `display_width` measures a line as a
terminal, a chart or a sheet lays it out.
"""

from __future__ import annotations

import hashlib
import re
from unicodedata import east_asian_width

MAX_NAME_BYTES = 150  # of a slug, in UTF-8: file systems allow 255 per name, leave room
_UNSAFE = re.compile(r"[^\w+\-.]")  # letters and digits of any script, _ + - . stay
_DOTS = re.compile(r"\.{2,}")
# C0 and C1 controls, DEL, and the separators some terminals and editors take for a line break
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def slug(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """`name` as one file-name component: unsafe characters become _, no `..`, no leading dot,
    at most `max_bytes`; a name that had to change ends in a hash of the original, so two
    names never share a file (杭州市 stays 杭州市)."""
    safe = _DOTS.sub("_", _UNSAFE.sub("_", name)).lstrip(".")
    if safe == name and 0 < len(safe.encode()) <= max_bytes:
        return safe
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{_cut(safe, max_bytes - len(digest) - 1)}-{digest}".lstrip("-")


def _cut(text: str, max_bytes: int) -> str:
    """The longest prefix of `text` of at most `max_bytes` in UTF-8."""
    while len(text.encode()) > max_bytes:
        text = text[: max(0, min(len(text) - 1, max_bytes))]
    return text


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters escaped (\\n, \\x1b, \\u2028), so a
    file name printed in a table or an error message cannot break or forge a line."""
    return _CONTROL.sub(_escape, str(text))


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def display_width(text: str) -> int:
    """Display columns of `text`: two for a Chinese (wide) character, one otherwise."""
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)
