"""Money incentives: what for, how much, per what — comparable across cities.

Built on extraction's incentive mentions (resolve.py gives money or a share in a sentence
about 奖励/补贴/资助/贴息 that role), so the two never disagree. The beneficiary is read the
way plans write it: 对(新认定的高新技术企业),(一次性)给予10万元奖励; with 分别, the listed
beneficiaries pair with the listed amounts in order (对A、B,分别予以200万元、100万元).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pandas as pd

from cityplans.corpus import Corpus, Document
from cityplans.numbers import MONEY_UNITS, convert_money
from cityplans.resources import load_yaml
from cityplans.targets import resolved

_FOR = re.compile(r"对(?P<who>[^对,，;；。]{2,60}?)(?:[,，]|的[,，]|(?=给予|予以|按))")
_KIND = re.compile(r"奖励|奖补|补贴|补助|资助|贴息|配套支持|启动资金|经费支持|支持")
_SENTENCE_END = re.compile(r"[。;；\n]")
COLUMNS = [
    "doc",
    "city",
    "for_what",
    "amount",
    "unit",
    "amount_wan",
    "kind",
    "comparator",
    "per",
    "quote",
    "start",
    "end",
]


def incentives(corpus: Corpus) -> pd.DataFrame:
    """One row per money incentive: beneficiary, amount (and in 万元), kind, condition, quote."""
    rows = [row for doc in corpus.docs for row in document_incentives(doc)]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame.insert(3, "for_group", frame["for_what"].map(beneficiary_group))
    return frame


def beneficiary_group(for_what: str | None) -> str | None:
    """The comparable group of a beneficiary (高新技术企业, 人才, …) from data/themes.yaml."""
    if not isinstance(for_what, str) or not for_what:
        return None
    for group in load_yaml("themes.yaml")["beneficiaries"].values():
        if any(k in for_what for k in group["keywords"]):
            return group["label"]
    return "其他"


def document_incentives(doc: Document) -> list[dict]:
    """The incentives of one document."""
    mentions, _ = resolved(doc)
    text = doc.analysis_text
    found = [m for m in mentions if m.role == "incentive"]
    rows = []
    for m in found:
        s_start, s_end = _sentence(text, m.start)
        sentence_before = text[s_start : m.start]
        in_sentence = sorted(
            (x for x in found if s_start <= x.start < s_end), key=lambda x: x.start
        )
        who = _beneficiary(sentence_before, text[s_start:s_end], in_sentence.index(m))
        if who is None:
            who = _given_to(text[m.end : s_end]) or _named_before(sentence_before)
        kind = _KIND.search(text, m.end, min(s_end, m.end + 12)) or _KIND.search(
            text[s_start:s_end]
        )
        q = m.quantity
        raw_start, raw_end = doc.raw_span(s_start, s_end)
        per = "年" if text[m.end : m.end + 2] == "/年" else "次"
        rows.append(
            {
                "doc": doc.doc,
                "city": doc.tags.get("city"),
                "for_what": who,
                "amount": float(str(q.value)),
                "unit": q.unit,
                "amount_wan": _wan(q.value, q.unit),
                "kind": kind.group() if kind else None,
                "comparator": q.comparator,
                "per": per,
                "quote": doc.raw[raw_start:raw_end].strip(),
                "start": raw_start,
                "end": raw_end,
            }
        )
    return rows


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    end_match = _SENTENCE_END.search(text, pos)
    return start, end_match.start() if end_match else len(text)


def _beneficiary(before: str, sentence: str, index: int) -> str | None:
    """对X,…给予: X; with 分别, the index-th of X's 、-separated items (对A、B,分别予以a、b)."""
    matches = list(_FOR.finditer(before))
    if not matches:
        return None
    who = matches[-1]["who"].strip()
    if "分别" in sentence and "、" in who:
        items = [w for w in who.split("、") if w]
        if index < len(items):
            prefix = _PREFIX.match(items[0])
            item = items[index]
            if prefix and not item.startswith(prefix.group()):
                item = prefix.group() + item  # 新引进的顶尖人才、国家级领军人才: both 新引进的
            return item
    return who


def _named_before(before: str) -> str | None:
    """国际级顶尖人才15万元/年: a short noun phrase right before the amount."""
    m = re.search(
        r"(?:^|[:：,，、])(?P<who>[\u4e00-\u9fff]{2,12})\s*(?:不超过|最高|不低于)?$", before
    )
    return m["who"] if m and not _VERB.search(m["who"]) else None


def _given_to(after: str) -> str | None:
    """…90%的转化收益奖励给成果完成人: the beneficiary after 给."""
    m = re.search(r"(?:奖励|补贴|资助)给(?P<who>[\u4e00-\u9fff]{2,20}?)(?:和|[,，。]|$)", after)
    return m["who"] if m else None


_PREFIX = re.compile(r"^(新引进的|新认定的|新培养的|培育引进的|当年新获批的|新列入的)")
_VERB = re.compile(r"予以|给予|按|分别|标准|比例|可将|将|用于")


def _wan(value, unit: str | None) -> float | None:
    """The amount in 万元 (None for shares), converted exactly (12345元 is 1.2345万元)."""
    if unit not in MONEY_UNITS:
        return None
    return float(str(convert_money(Decimal(str(value)), unit, "万元")))
