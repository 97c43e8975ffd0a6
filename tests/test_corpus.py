"""The development corpus is data: every label must be checkable against its document.

Each split (tests/corpus/<split>/) holds real excerpts with their source address, gold rows and
document tags. A label that does not point at its text, or whose quote does not show its value,
is a labelling error, caught here before it can skew a score.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from cityplans.evaluate import KINDS, read_doc_gold, read_gold
from cityplans.normalise import normalise
from cityplans.numbers import find_quantities

CORPUS = Path(__file__).parent / "corpus"
SPLITS = [
    "dev25",
    "tune",
    "check",
    "check2",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
    "holdout88",
    "holdout89",
    "holdout90",
    "holdout91",
    "holdout92",
    "holdout93",
    "holdout94",
    "holdout95",
    "holdout96",
    "holdout97",
    "holdout98",
    "holdout99",
    "holdout100",
    "holdout101",
    "holdout102",
    "holdout103",
    "holdout104",
    "holdout105",
    "holdout106",
    "holdout107",
    "holdout108",
    "holdout109",
    "holdout110",
    "holdout111",
    "holdout112",
    "holdout113",
    "holdout114",
    "holdout115",
    "holdout116",
    "holdout117",
    "holdout118",
    "holdout119",
    "holdout120",
    "holdout121",
    "holdout122",
    "holdout123",
    "holdout124",
    "holdout125",
    "holdout126",
]
DOCS = {s: CORPUS / s / "docs" for s in SPLITS} | {"seeds": CORPUS.parents[1] / "seeds"}
ADMIN_LEVELS = {"province", "prefecture", "county", "district", "zone", None}
DOC_TYPES = {
    "方案",
    "要点",
    "意见",
    "规划",
    "计划",
    "纲要",
    "措施",
    "办法",
    "报告",
    "总结",
    "公报",
    None,
}


def _docs(split: str) -> dict[str, str]:
    folder = DOCS[split]
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def test_the_corpus_has_at_least_100_documents_beyond_the_seeds():
    assert sum(len(_docs(s)) for s in SPLITS) >= 100


@pytest.mark.parametrize("split", SPLITS)
def test_every_document_has_its_source_address(split):
    for name in _docs(split):
        src = (CORPUS / split / "docs" / name).with_suffix(".src")
        lines = src.read_text(encoding="utf-8").strip().splitlines()
        assert len(lines) == 1 and re.match(r"https?://\S+$", lines[0]), name


@pytest.mark.parametrize("split", [*SPLITS, "seeds"])
def test_gold_rows_point_at_their_documents(split):
    docs = _docs(split)
    for row in read_gold(CORPUS / split / "gold.jsonl"):
        assert row.doc in docs, f"{split}:{row.line}: no document {row.doc}"
        assert row.quote in docs[row.doc], f"{split}:{row.line}: quote not in {row.doc}"
        assert set(row.kinds) <= set(KINDS)
        assert row.status in ("target", "actual"), f"{split}:{row.line}"
        assert row.comparator in (">=", ">", "~", "=", "<=", "<"), f"{split}:{row.line}"


def _shown(value: float, quote: str) -> bool:
    """Whether the quote writes `value`: as a number in it (spaces and line breaks that PDF
    copies put inside numbers ignored, a decimal point typed as 、 in a list numbered 1、2、:
    拥有量达12、2件), or that number converted between 万元 and 亿元 (437971.69萬元 is
    43.797169亿元), or a multiple as a percentage (增长1.6倍 is +160%)."""
    text = re.sub(r"\s+", "", normalise(quote).text)
    found = {q.value for q in find_quantities(text)} | {
        q.value_max for q in find_quantities(text) if q.value_max is not None
    }
    found |= {Decimal(d.replace(" ", "")) for d in re.findall(r"\d+(?:[ .]\d+)*", text) if d}
    found |= {Decimal(d.replace("、", ".")) for d in re.findall(r"\d+、\d+", text)}
    want = Decimal(str(value))
    for got in found:
        for scale in (Decimal(1), Decimal(10_000), Decimal("0.0001"), Decimal("0.01"), Decimal(-1)):
            candidate = got / scale if scale != -1 else -got
            if want == 0 and candidate == 0:
                return True
            if want != 0 and abs(candidate - want) <= abs(want) * Decimal("0.005"):
                return True
    return False


@pytest.mark.parametrize("split", [*SPLITS, "seeds"])
def test_each_quote_shows_its_value(split):
    bad = [
        f"{split}:{row.line}: {row.value} not in «{row.quote}»"
        for row in read_gold(CORPUS / split / "gold.jsonl")
        if not _shown(row.value, row.quote)
        or (row.value_max is not None and not _shown(row.value_max, row.quote))
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("split", SPLITS)
def test_document_tags_are_in_the_vocabulary(split):
    docs = _docs(split)
    rows = read_doc_gold(CORPUS / split / "docs_gold.jsonl")
    assert len({r["doc"] for r in rows}) == len(rows), "one row per document"
    for row in rows:
        assert row["doc"] in docs, row
        assert row.get("admin_level") in ADMIN_LEVELS, row
        assert row.get("doc_type") in DOC_TYPES, row
        start, end = row.get("period_start"), row.get("period_end")
        if start is not None and end is not None:
            assert 1949 <= start <= end <= 2040, row  # (改革开放40年来: from 1978)


# the shared excerpts (dev25) came with tags for some documents only; every split labelled
# here tags all of its documents
@pytest.mark.parametrize("split", [s for s in SPLITS if s != "dev25"])
def test_new_splits_tag_every_document(split):
    tagged = {r["doc"] for r in read_doc_gold(CORPUS / split / "docs_gold.jsonl")}
    assert tagged == set(_docs(split))


def test_splits_do_not_share_a_page():
    seen: dict[str, str] = {}
    for split in SPLITS:
        for src in (CORPUS / split / "docs").glob("*.src"):
            url = src.read_text(encoding="utf-8").strip()
            assert url not in seen, f"{src.name} repeats {seen.get(url)}"
            seen[url] = f"{split}/{src.name}"


def test_gold_files_are_json_lines():
    for split in SPLITS:
        for name in ("gold.jsonl", "docs_gold.jsonl"):
            for n, line in enumerate((CORPUS / split / name).read_text("utf-8").splitlines(), 1):
                assert isinstance(json.loads(line), dict), f"{split}/{name}:{n}"
