"""How much of what is read from a plan survives the damage real copies carry: each transform
is applied to every document of the splits rules are developed against (never the held-out
ones), and the documents whose rows or tags change are counted.

The transforms a copy makes without changing what it says (script, widths, line ends, no-break
spaces, corner quotes, spaces at numbers, look-alike dashes, zero-width spaces) must change
nothing: tests/test_invariance.py holds them on four splits. The others change the text's shape
and are measured here only: a paragraph hard-wrapped at one width (and with page numbers between
its lines, as a PDF copy has them), a space put inside every fifteenth pair of Chinese
characters, a portal's menu above the text and its footer below. Rows are compared as
(indicator, kind, value, unit, year, status); tags as (city, province, admin_level, doc_type,
period).
"""

from __future__ import annotations

import collections
import re
import sys
import time
from pathlib import Path

from cityplans.corpus import Corpus, build_document
from cityplans.targets import extract_targets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.test_invariance import TRANSFORMS as SAME  # noqa: E402  (copies that say the same)
from tests.test_scores import FLOORS  # noqa: E402  (the developed splits: those with floors)

_TAGS = ("city", "province", "admin_level", "doc_type", "period_start", "period_end")
_HAN = "\u4e00-\u9fff"


def _wrapped(text: str, width: int = 38) -> str:
    """Every paragraph longer than `width` hard-wrapped at it, as a PDF copy prints it."""
    lines = []
    for para in text.split("\n"):
        chunks = [para[i : i + width] for i in range(0, len(para), width)]
        lines.append("\n".join(chunks) if len(para) > width else para)
    return "\n".join(lines)


def _spaced_words(text: str) -> str:
    """A space inside every fifteenth pair of Chinese characters (高新技 术企业)."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i % 15 == 14 and re.match(f"[{_HAN}][{_HAN}]", text[i : i + 2]):
            out.append(" ")
    return "".join(out)


def _paged(text: str) -> str:
    """A PDF copy: hard-wrapped at 38 characters, a page's number (— 3 —) on a line of its own
    after every twelfth line, inside a sentence as often as not."""
    out = []
    for i, line in enumerate(_wrapped(text).split("\n")):
        out.append(line)
        if i % 12 == 11:
            out.append(f"— {i // 12 + 1} —")
    return "\n".join(out)


def _portal(text: str) -> str:
    """A portal's menu and controls above the text and its footer below."""
    head = "首页 > 政务公开 > 通知公告\n字号:[ 大 中 小 ] 打印本页 关闭窗口\n"
    foot = "\n【打印本页】【关闭窗口】\n版权所有:某某信息中心 备案号:京ICP备12345678号\n"
    return head + text + foot


TRANSFORMS = {
    # a copy that says the same: nothing may change
    "traditional script": SAME["traditional"],
    "full-width ASCII": SAME["full_width_ascii"],
    "Windows line ends": SAME["crlf"],
    "old Mac line ends": SAME["old_mac_cr"],
    "no-break spaces": SAME["no_break_spaces"],
    "corner quotes": SAME["corner_quotes"],
    "spaces at numbers": lambda t: re.sub(
        r"(\d%?)(?=[\u4e00-\u9fff])", r"\1 ", re.sub(r"(?<=[\u4e00-\u9fff])(\d)", r" \1", t)
    ),
    "look-alike dashes": SAME["look_alike_dashes"],
    "zero-width spaces": SAME["zero_width"],
    # a copy whose shape is damaged: measured
    "hard wraps at 38": _wrapped,
    "spaces inside words": _spaced_words,
    "hard wraps and page numbers": _paged,
    "portal menu and footer": _portal,
}


def _read(text: str) -> tuple[collections.Counter, tuple]:
    doc = build_document(text, doc="copy.txt")
    frame = extract_targets(Corpus(docs=[doc]))
    rows = collections.Counter(
        (r.indicator, r.kind, round(float(r.value), 6), r.unit, r.year, r.status)
        for r in frame.itertuples()
    )
    return rows, tuple(doc.tags.get(k) for k in _TAGS)


def main() -> None:
    splits = sorted(s for s in FLOORS if s != "seeds")
    paths = sorted(
        p for s in splits for p in (ROOT / "tests" / "corpus" / s / "docs").glob("*.txt")
    )
    texts = [p.read_text(encoding="utf-8") for p in paths]
    originals = [_read(t) for t in texts]
    n_rows = sum(sum(rows.values()) for rows, _ in originals)
    print(f"{len(texts)} documents of {len(splits)} developed splits, {n_rows} rows")
    print(f"{'transform':26} {'docs: rows changed':>19} {'rows lost':>10} {'tags changed':>13}")
    for name, transform in TRANSFORMS.items():
        t0 = time.perf_counter()
        changed = lost = tagged = 0
        for text, (rows, tags) in zip(texts, originals, strict=True):
            new_rows, new_tags = _read(transform(text))
            if new_rows != rows:
                changed += 1
                lost += sum((rows - new_rows).values())
            tagged += new_tags != tags
        print(
            f"{name:26} {changed:>19} {lost:>10} {tagged:>13}   ({time.perf_counter() - t0:.0f} s)"
        )


if __name__ == "__main__":
    main()
