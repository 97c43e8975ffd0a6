"""Turn the bytes of a file into text: detect the encoding, refuse binaries and empty files."""

from __future__ import annotations

import codecs
import re

from cityplans.errors import DocumentError

# Magic numbers of formats people drop into a plans folder by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP container (Word .docx, Excel .xlsx or a zip archive)",
    b"\xd0\xcf\x11\xe0": "an OLE file (old Word .doc or Excel .xls)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}
# Single- and multi-byte encodings a Chinese plan is published in, tried after UTF-8.
# UTF-16 is recognised by its BOM or its NUL pattern only: any even-length bytes decode as it.
_CANDIDATES = ("gb18030", "big5")
_MAX_CONTROL_SHARE = 0.01
_MIN_PLAUSIBLE_SHARE = 0.85
# What a Chinese plan is written in: CJK ideographs, ASCII, CJK and general punctuation,
# full-width forms, Latin-1 spaces, and white space. Random bytes decoded as UTF-16 or
# GB18030 land mostly elsewhere (Hangul, Yi, private use, rare ideograph extensions).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_IMPLAUSIBLE = re.compile(
    r"[^\u4e00-\u9fff\u0020-\u007e\u3000-\u303f\uff00-\uff60\uffe0-\uffef\u2000-\u206f"
    r"\u00a0-\u00ff\u2460-\u24ff\u25a0-\u25ff\s]"
)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of `path`, or raise DocumentError."""
    if not data:
        raise DocumentError(path, "empty file (0 bytes)")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"), path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), path), "utf-16"
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"has a UTF-16 byte-order mark but {exc.reason}") from exc
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise DocumentError(
                path, f"binary file: looks like {what}; only plain-text plans are read for now"
            )
    if b"\x00" in data:
        if not _looks_utf16(data):
            raise DocumentError(path, "binary file: contains NUL bytes and is not UTF-16 text")
        encoding = "utf_16_le" if data[1::2].count(0) > data[0::2].count(0) else "utf_16_be"
        try:
            return _checked(data.decode(encoding), path), encoding
        except UnicodeDecodeError as exc:
            raise DocumentError(path, f"binary file or damaged UTF-16 text: {exc.reason}") from exc
    try:
        return _checked(data.decode("utf-8", errors="strict"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _detect(data, path)
    return _checked(text, path), encoding


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII characters leave NULs on one side of every pair."""
    if len(data) % 2:
        return False
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    pairs = len(data) // 2
    # Chinese UTF-16 text still has digits, punctuation and line breaks: several % of its pairs
    return max(even_nuls, odd_nuls) >= 0.03 * pairs and min(even_nuls, odd_nuls) <= 0.01 * pairs


def _detect(data: bytes, path: str) -> tuple[str, str]:
    """Ask charset-normalizer among the encodings Chinese plans use; check by a strict decode."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[*_CANDIDATES, "big5hkscs", "cp950", "gbk"]).best()
    if best is not None:
        encoding = _canonical(best.encoding)
        try:
            return data.decode(encoding, errors="strict"), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    for encoding in _CANDIDATES:
        try:
            return data.decode(encoding, errors="strict"), encoding
        except UnicodeDecodeError:
            continue
    raise DocumentError(
        path, "cannot decode: the bytes are not valid UTF-8, GB18030/GBK, Big5 or UTF-16"
    )


def _canonical(name: str) -> str:
    """Spell encodings the way Python's codecs and users know them."""
    name = name.lower().replace("-", "_")
    return {
        "gbk": "gb18030",
        "gb2312": "gb18030",
        "cp936": "gb18030",
        "big5hkscs": "big5hkscs",
        "cp950": "cp950",
        "utf_16_le": "utf_16_le",
        "utf_16_be": "utf_16_be",
    }.get(name, name)


def _checked(text: str, path: str) -> str:
    """Reject decodings that are mostly control characters (a binary that happened to decode)."""
    if not text.strip():
        raise DocumentError(path, "empty file (only white space)")
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError(path, "binary file: too many control characters for a text")
    if len(_IMPLAUSIBLE.findall(text)) > (1 - _MIN_PLAUSIBLE_SHARE) * len(text):
        raise DocumentError(
            path,
            "cannot decode: no encoding (UTF-8, GB18030/GBK, Big5, UTF-16) gives readable text",
        )
    return text
