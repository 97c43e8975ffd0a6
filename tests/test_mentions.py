"""Mentions: golden sentences (one case per rule) and the nothing-dropped check on the seeds."""

from __future__ import annotations

import re

import pytest

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.mention import find_mentions
from tests.conftest import SEED_FILES

# (sentence, expected [(text, role)] in order)
GOLDEN = [
    ("(甘政办发〔2020〕70号)", [("〔2020〕70号", "doc_number")]),
    ("盘政办发〔201929", [("〔201929", "doc_number")]),
    ("发布时间:2020-04-30 10:30:07", [("2020-04-30 10:30:07", "date")]),
    ("2020年9月4日", [("2020年9月4日", "date")]),
    ("4月28日,驻马店市政府网站发布", [("4月28日", "date")]),
    ("县域科技创新跃升计划(2019-2025年)", [("2019-2025年", "date")]),
    ("二〇二二年三月十五日", [("二〇二二年三月十五日", "date")]),
    ("“十四五”规划开局之年", [("十四五", "other")]),
    ("建成5G基站3000个以上", [("5G", "other"), ("3000个以上", "other")]),
    ("“1+7”服务平台体系", [("1+7", "other")]),
    ("予以1:1的配套支持", [("1:1", "other")]),
    ("八屆第24次常務會議", [("第24", "other")]),
    ("一、总体要求\n(一)指导思想", [("一、", "section"), ("(一)", "section")]),
    ("1.加大财政科技支出力度", [("1.", "section")]),
    ("坚持“四个面向”", [("四个", "other")]),
    ("一次性予以10万元奖励", [("10万元", "other")]),  # 一次性 is a word, not a count
    ("统一零售价", []),  # never 统10售价
    ("以培育百亿级高新技术企业和千亿级新兴产业集群为引领", [("百亿", "other"), ("千亿", "other")]),
    ("认定2-3家", [("2-3家", "other")]),
    ("实现翻倍增长 [2] - 科研成果连续", [("[2]", "other")]),  # a citation mark
    (
        "拥有量达61.5件、连续8年居全国第一",
        [("61.5件", "other"), ("连续8年", "other"), ("第一", "other")],
    ),
    ("转化项目 [2][3] 创新平台", [("[2][3]", "other")]),
]


@pytest.mark.parametrize(("sentence", "expected"), GOLDEN)
def test_golden_mentions(sentence, expected):
    got = [(m.text, m.role) for m in find_mentions(sentence)]
    assert got == expected
    for m in find_mentions(sentence):
        assert sentence[m.start : m.end] == m.text


# (sentence in a plan, expected role of the named number, expected indicator or None)
ROLE_CASES = [
    ("对当年新获批的高新技术企业,一次性予以10万元奖励。", "10万元", "incentive", None),
    ("按贷款基准利率50%予以贴息,最高补贴50万元。", "50%", "incentive", None),
    ("抓好中多铝镁、蓝翎环科等186家高新技术企业发展。", "186家", "actual", "hte_count"),
    ("2020年我市高新技术企业数量达到63家以上。", "63家以上", "target", "hte_count"),
    ("千家工商注册企业中高新技术企业数量达到3家。", "3家", "target", "hte_per_1000_firms"),
    ("新申报高新技术企业5家,认定2-3家。", "5家", "other", None),
    ("新申报高新技术企业5家,认定2-3家。", "2-3家", "target", "hte_count"),
    ("组建3个产业技术创新战略联盟。", "3个", "target", "industry_alliances"),
    ("着力建设一批科技企业孵化器。", "一批", "other", None),
    ("千家工商注册企业中高新技术企业数量达到3家。", "千家", "other", None),
    ("2019年全市高新技术企业达到100家。", "100家", "actual", "hte_count"),  # before the plan
]


@pytest.mark.parametrize(("sentence", "number", "role", "indicator"), ROLE_CASES)
def test_roles_in_context(sentence, number, role, indicator):
    doc = build_document("某某市2020年科技工作要点\n一、目标\n" + sentence, doc="t.txt")
    corpus = cp.Corpus(docs=[doc])
    m = cp.mentions(corpus)
    row = m[m["text"] == number].iloc[0]
    assert row["role"] == role
    assert (row["indicator"] if isinstance(row["indicator"], str) else None) == indicator


_CN_QUANTITY = re.compile(
    r"(?<![第])[零〇一二两三四五六七八九十百千]+(?=[个家项件名人次倍批所座条种])"
)


@pytest.mark.parametrize("doc", SEED_FILES)
def test_nothing_dropped(corpus, doc):
    """Every digit run and every Chinese-numeral quantity of the body is inside a mention."""
    d = corpus.get(doc)
    m = cp.mentions(cp.Corpus(docs=[d]))
    spans = [d.raw_span(*_norm_span(d, r.start, r.end)) for r in m.itertuples()]
    covered = bytearray(len(d.raw))
    for a, b in spans:
        covered[a:b] = b"\x01" * (b - a)
    body = d.analysis_text
    missing = []
    for pattern in (re.compile(r"\d+"), _CN_QUANTITY):
        for x in pattern.finditer(body):
            if body[x.end() + 1 : x.end() + 2] == "性":
                continue  # 一次性 (one-off): a word, not a count
            a, b = d.raw_span(x.start(), x.end())
            if not all(covered[a:b]):
                missing.append(x.group())
    assert not missing


def _norm_span(d, raw_start, raw_end):
    """Raw offsets back to normalised ones (inverse of the map, for the check above)."""
    import bisect

    starts = list(d.norm.starts)
    i = bisect.bisect_left(starts, raw_start)
    j = bisect.bisect_left(starts, raw_end)
    return i, j


def test_mentions_table_columns(corpus):
    m = cp.mentions(corpus)
    for col in ["doc", "start", "end", "text", "value", "unit", "role", "target_ref"]:
        assert col in m.columns
    assert set(m["role"]) <= {
        "target",
        "actual",
        "incentive",
        "date",
        "doc_number",
        "section",
        "other",
    }
    targets = cp.extract_targets(corpus)
    refs = set(m["target_ref"].dropna())
    assert refs == set(targets["target_id"])
