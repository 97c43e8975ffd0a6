"""Markup inside or around a target sentence: flagged non-body, the sentence read around it,
the title unchanged, the quote free of residue and escaped where shown, a warning on the plan."""

from __future__ import annotations

import pytest

import cityplans as cp
from cityplans.corpus import build_document

TITLE = "霸州市2021年科技创新工作方案"
TARGET = "高新技术企业总数达到38家"

# payloads a copied or tampered page carries; each is markup from its first to its last character
PAYLOADS = {
    "img": "<img src=x onerror=alert(4)>",
    "svg_slash": "<svg/onload=alert(4)>",
    "gt_in_quotes": "<img src=x onerror=\"alert('a>b')\">",
    "script": "<script>alert(4)</script>",
    "two_lines": "<img src=x\nonerror=alert(4)>",
    "long_attribute": '<span style="' + "color:red;" * 40 + '">',
    "comment": "<!-- alert(4) -->",
}


def _plan(title: str, target_line: str) -> str:
    return (
        f"{title}\n\n为加快建设创新型城市,制定本方案。\n\n一、主要目标\n\n"
        f"到2021年,全市{target_line},科技型中小企业达到500家。\n"
    )


def _placed(payload: str) -> dict[str, tuple[str, str]]:
    """(title, target line) with the payload after, inside and before the target, and inside
    the title."""
    return {
        "after": (TITLE, TARGET + payload),
        "inside": (TITLE, "高新技术企业" + payload + "总数达到38家"),
        "title": ("霸州市2021年" + payload + "科技创新工作方案", TARGET),
    }


CASES = [
    pytest.param(payload, where, id=f"{name}-{where}")
    for name, payload in PAYLOADS.items()
    for where in ("after", "inside", "title")
]


@pytest.mark.parametrize(("payload", "where"), CASES)
def test_markup_keeps_the_target_and_the_title(payload, where):
    title, line = _placed(payload)[where]
    doc = build_document(_plan(title, line), "tampered.txt")
    assert doc.tags["title"] == TITLE
    targets = cp.extract_targets(cp.Corpus(docs=[doc]))
    hte = targets[targets["indicator"] == "hte_count"]
    assert list(hte["value"]) == [38.0] and list(hte["year"]) == [2021]
    assert "alert" not in doc.analysis_text and "<" not in doc.analysis_text
    flagged = "".join(n.text for n in doc.nonbody if n.kind == "markup")
    assert payload in flagged  # the whole payload, nothing left as body text
    assert any("HTML tag" in w and payload.split()[0][:4] in w for w in doc.warnings)


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
def test_markup_before_a_sentence_leaves_no_residue_in_the_quote(payload):
    raw = f"{TITLE}\n\n一、主要目标\n\n{payload}{TARGET}。\n"
    doc = build_document(raw, "tampered.txt")
    targets = cp.extract_targets(cp.Corpus(docs=[doc]))
    quotes = list(targets.loc[targets["indicator"] == "hte_count", "quote"])
    assert quotes == [TARGET]


def test_a_quote_with_markup_inside_is_shown_escaped():
    from cityplans import notebook as nb

    line = "高新技术企业<img src=x onerror=alert(4)>总数达到38家"
    doc = build_document(_plan(TITLE, line), "x.txt")
    targets = cp.extract_targets(cp.Corpus(docs=[doc]))
    quote = targets.loc[targets["indicator"] == "hte_count", "quote"].iloc[0]
    assert quote == "全市高新技术企业<img src=x onerror=alert(4)>总数达到38家"  # raw text, exactly
    shown = nb.table(targets, ["quote"]).data
    assert "&lt;img src=x onerror=alert(4)&gt;" in shown and "<img" not in shown


def test_word_residue_and_entities_are_flagged_without_a_warning():
    raw = f'{TITLE}\n\n<?xml:namespace prefix="st1"?>到2021年,全市{TARGET}&nbsp;。\n'
    doc = build_document(raw, "word.txt")
    kinds = {n.text: n.kind for n in doc.nonbody}
    assert kinds == {'<?xml:namespace prefix="st1"?>': "markup", "&nbsp;": "markup"}
    assert not any("HTML tag" in w for w in doc.warnings)


def test_a_tag_does_not_make_a_line_a_breadcrumb():
    """The > of tags once made a short line look like 首页>政务公开>…, and the line was lost."""
    raw = f"<b>霸州市2021年</b>科技创新工作方案\n\n<p>到2021年,全市{TARGET}。</p>\n"
    doc = build_document(raw, "b.txt")
    assert {n.kind for n in doc.nonbody} == {"markup"}
    assert doc.tags["title"] == TITLE
