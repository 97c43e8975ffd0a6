"""What a copy of a plan changes and must not change what is read from it: traditional script,
full-width digits, Windows line ends, the spaces a PDF copy puts at numbers. Each transform is
applied to every real document of two corpus splits; the rows read must be the same."""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

import cityplans as cp

CORPUS = Path(__file__).parent / "corpus"
SPLITS = ("tune", "check")
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_S2T = opencc.OpenCC("s2t")


def _spaced(text: str) -> str:
    """强度达 1.94 %, 2022 年: a space between a number and the words around it."""
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", text)
    return re.sub(r"(?<=\d)(?=[\u4e00-\u9fff%])", " ", text)


TRANSFORMS = {
    "traditional": _S2T.convert,
    "full_width": lambda text: text.translate(_FULL_WIDTH),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "pdf_spaces": _spaced,
}


def _rows(folder: Path) -> set[tuple]:
    frame = cp.extract_targets(cp.load_corpus([folder]))
    return {
        (r.doc, r.indicator, r.kind, float(r.value), r.year, r.scope, r.status)
        for r in frame.itertuples()
    }


@pytest.fixture(scope="module")
def originals() -> dict[str, set[tuple]]:
    return {split: _rows(CORPUS / split / "docs") for split in SPLITS}


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("split", SPLITS)
def test_a_copy_reads_as_the_original(name, split, originals, tmp_path):
    transform = TRANSFORMS[name]
    for doc in sorted((CORPUS / split / "docs").glob("*.txt")):
        (tmp_path / doc.name).write_bytes(transform(doc.read_text(encoding="utf-8")).encode())
        src = doc.with_suffix(".src")
        (tmp_path / src.name).write_bytes(src.read_bytes())
    copied = _rows(tmp_path)
    assert originals[split], "the split reads no rows at all"
    assert copied == originals[split], (
        f"lost {sorted(originals[split] - copied)[:5]}, new {sorted(copied - originals[split])[:5]}"
    )
