"""Each seed re-encoded gives the same text, tags and normalised text."""

from __future__ import annotations

import opencc
import pytest

import cityplans as cp
from tests.conftest import PANJIN, SEED_FILES, raw_of

TAG_FIELDS = [
    "city",
    "province",
    "adcode",
    "admin_level",
    "doc_type",
    "title",
    "issuer",
    "issued",
    "period_start",
    "period_end",
    "status",
    "script",
    "n_chars",
    "warnings",
]


def big5_ready(text: str) -> str:
    """A traditional text as a Big5 page would hold it.

    Big5 has no NBSP (pages use U+3000) and no simplified characters, so the simplified
    spam line of the 盘锦 page is written in traditional characters: both fold back to the
    same normalised text.
    """
    s2t = opencc.OpenCC("s2t")
    out = []
    for ch in text.replace("\xa0", "\u3000"):
        try:
            ch.encode("big5")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(s2t.convert(ch))
    return "".join(out)


VARIANTS = [
    (doc, enc) for doc in SEED_FILES for enc in ("gb18030", "utf-16", "utf-16-le", "utf-8-sig")
]
VARIANTS += [(PANJIN, "big5")]


@pytest.mark.parametrize(("doc", "encoding"), VARIANTS)
def test_reencoded_seed_gives_same_tags(tmp_path, corpus, doc, encoding):
    raw = raw_of(doc)
    text = big5_ready(raw) if encoding == "big5" else raw
    path = tmp_path / doc
    path.write_bytes(text.encode(encoding))
    loaded = cp.load_corpus([path])
    assert not loaded.errors
    new = loaded.docs[0]
    old = corpus.get(doc)
    assert new.raw == text
    assert new.text == old.text
    assert new.encoding == {
        "utf-16": "utf-16",
        "utf-16-le": "utf_16_le",
        "utf-8-sig": "utf-8-sig",
    }.get(encoding, new.encoding)
    if encoding in ("gb18030", "big5"):
        assert new.encoding.replace("_", "") in {"gb18030", "big5", "cp950", "big5hkscs"}
    new_row, old_row = new.row(), old.row()
    for field in TAG_FIELDS:
        if field == "n_chars":
            assert new_row[field] == len(text)
        else:
            assert new_row[field] == old_row[field], field


def test_big5_is_detected_as_a_big5_family_encoding(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(big5_ready(raw_of(PANJIN)).encode("big5"))
    doc = cp.load_corpus([path]).docs[0]
    assert doc.encoding in {"big5", "cp950", "big5hkscs"}
    assert doc.tags["script"] == "traditional"


def test_gb18030_is_detected(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(raw_of(SEED_FILES[0]).encode("gb18030"))
    assert cp.load_corpus([path]).docs[0].encoding == "gb18030"
