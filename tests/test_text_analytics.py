"""Clauses, responsibilities, tokens, themes, incentives, keywords: verified on the seeds."""

from __future__ import annotations

import json

import pytest

import cityplans as cp
from cityplans import tokens as tk
from cityplans.normalise import normalise
from tests.conftest import BAZHOU, DINGXI, PANJIN, SEEDS, ZHENGZHOU, ZHUMADIAN, run_cli


@pytest.fixture(scope="module")
def table(corpus):
    return cp.clauses(corpus)


def _clause(table, doc, path):
    rows = table[(table["doc"] == doc) & (table["path"] == path)]
    assert len(rows) == 1, (doc, path)
    return rows.iloc[0]


# one plan of each structure: (doc, path, heading, raw text the clause starts with)
PATHS = [
    (ZHUMADIAN, "三/(一)/2", "做好国家高新技术企业培育和认定工作", "2.做好国家高新技术企业"),
    (ZHUMADIAN, "三/(五)/3", "培育科技成果转化平合", "3.培育科技成果转化平合"),  # sic
    (ZHENGZHOU, "三/(四)/13", "加快建设技术转移机构", "13.加快建设技术转移机构"),
    (BAZHOU, "三/(二)/4", "加快培育高新技术企业", "4.加快培育高新技术企业"),
    (PANJIN, "二/(二)/6", "培育壮大科技型企业", "6.培育壯大科技型企業"),  # raw is traditional
    (DINGXI, "二/(二)", "建设陇西省级创新型试点县", "(二)建设陇西省级创新型试点县"),
    (DINGXI, "二/(二)/预期目标和成效", "预期目标和成效", "预期目标和成效:"),
    (DINGXI, "三/(七)", "争取创建陇西省级高新技术产业开发区", "(七)争取创建陇西省级"),
    (DINGXI, "一", "总体要求", "一、总体要求"),  # a one-line page: heading ends at the space
]


@pytest.mark.parametrize(("doc", "path", "heading", "raw_start"), PATHS)
def test_clause_paths(table, corpus, doc, path, heading, raw_start):
    row = _clause(table, doc, path)
    assert row["heading"] == heading
    assert corpus.get(doc).raw[row["start"] : row["end"]].startswith(raw_start)


RESPONSIBLE = [
    (ZHUMADIAN, "三/(一)/2", ["市科技局"], ["市财政局", "市税务局", "各县区"], []),
    (BAZHOU, "三/(二)/6", ["市科技和工信局", "各乡镇(区、办)"], [], []),
    (BAZHOU, "三/(一)/2", [], [], ["市统计局"]),  # (数据提供单位:市统计局)
    (
        PANJIN,
        "二/(一)/3",
        ["市发展改革委", "市工业和信息化局", "市科技局"],
        ["各县区政府", "经济区管委会"],
        [],
    ),
    (DINGXI, "二/(二)", ["市科技局", "陇西县人民政府"], [], []),  # 责任单位 block, no 牵头
    (DINGXI, "二/(二)/责任单位", [], [], []),  # the block's units belong to its task
]


@pytest.mark.parametrize(("doc", "path", "lead", "support", "data"), RESPONSIBLE)
def test_responsible_units(table, doc, path, lead, support, data):
    row = _clause(table, doc, path)
    assert (row["lead_units"], row["support_units"], row["data_units"]) == (lead, support, data)


def test_lead_counts(table):
    counts = cp.lead_counts(table).set_index(["city", "unit"])["clauses_led"]
    assert counts[("驻马店市", "市科技局")] == 13  # 13 × 牵头单位:市科技局
    assert counts[("盘锦市", "市科技局")] == 19  # first lead 11 times, a co-lead 8 times
    assert "郑州市" not in set(cp.lead_counts(table)["city"])  # its plan names no units


KEY_TERMS = [
    "高新技术企业",
    "科技型中小企业",
    "众创空间",
    "星创天地",
    "产业技术创新战略联盟",
    "院士工作站",
    "专精特新",
    "技术合同成交额",
    "研发费用加计扣除",
    "科技特派员",
]


@pytest.mark.parametrize("term", KEY_TERMS)
def test_key_terms_stay_whole(term):
    sentence = f"积极培育{term}并落实相关政策"
    assert term in [w for w, _, _ in tk.tokenize(sentence, use_cache=False)]


def test_dictionary_size_and_private_tokenizer():
    import jieba

    assert len(tk.policy_terms()) >= 150
    tk.tokenizer()
    assert "星创天地" not in jieba.lcut("星创天地")  # the global jieba is left alone


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("盤錦市高新技術企業總數達到140家", "盘锦市高新技术企业总数达到140家"),
        (
            "對新認定的省級孵化器、眾創空間,一次性予以10萬元獎勵",
            "对新认定的省级孵化器、众创空间,一次性予以10万元奖励",
        ),
    ],
)
def test_traditional_and_simplified_tokenise_alike(traditional, simplified):
    a = tk.tokenize(normalise(traditional).text, use_cache=False)
    b = tk.tokenize(normalise(simplified).text, use_cache=False)
    assert a == b


def test_tokens_are_cached_by_content(tmp_path, monkeypatch):
    monkeypatch.setenv("CITYPLANS_CACHE", str(tmp_path))
    text = "建设众创空间和星创天地"
    first = tk.tokenize(text)
    files = list((tmp_path / "tokens").glob("*.json"))
    assert len(files) == 1

    class Boom:
        def tokenize(self, _):
            raise AssertionError("tokenised again")

    monkeypatch.setattr(tk, "tokenizer", lambda: Boom())
    assert tk.tokenize(text) == first  # read from the cache
    files[0].write_text("{not json", encoding="utf-8")
    with pytest.raises(AssertionError, match="tokenised again"):
        tk.tokenize(text)  # a damaged cache file is rebuilt


THEMES = [
    (PANJIN, "二/(四)/13", "finance"),  # 引导社会资本投入: 贷款, 贴息, 担保
    (ZHUMADIAN, "三/(四)/2", "platforms"),  # 孵化器、众创空间
    (DINGXI, "二/(三)", "digital"),  # 丝绸之路信息港: 大数据, 云计算
    (ZHUMADIAN, "三/(三)/1", "talent"),
    (BAZHOU, "三/(四)/11", "intellectual_property"),
]


@pytest.mark.parametrize(("doc", "path", "theme"), THEMES)
def test_clause_themes(table, doc, path, theme):
    assert theme in _clause(table, doc, path)["themes"]


def test_one_vocabulary_of_themes(table):
    """Clauses and targets name themes alike: the indicator registry's ids and labels."""
    from cityplans.registry import registry
    from cityplans.themes import clause_themes, theme_labels

    vocabulary = registry().themes
    assert theme_labels() == vocabulary
    assert len(clause_themes()) == 10 and set(clause_themes()) <= set(vocabulary)
    used = set(table["themes"].explode().dropna())
    assert used and used <= set(vocabulary)
    assert list(cp.theme_shares(table).columns) == clause_themes()
    assert set(cp.extract_targets(cp.load_corpus([SEEDS]))["theme"]) <= set(vocabulary)


def test_instruments(table):
    assert _clause(table, BAZHOU, "三/(一)/3")["instrument"] == "environment"  # 税收激励
    assert _clause(table, PANJIN, "二/(五)/15")["instrument"] == "supply"  # 人才引进, 资助
    shares = cp.instrument_shares(table)
    assert list(shares.columns) == ["supply", "demand", "environment"]
    assert all(abs(s - 1) < 0.01 for s in shares.sum(axis=1))


def test_incentive_rows(corpus):
    inc = cp.incentives(corpus)

    def row(city, amount, **match):
        r = inc[(inc["city"] == city) & (inc["amount"] == amount)]
        for k, v in match.items():
            r = r[r[k] == v]
        assert len(r) >= 1, (city, amount, match)
        return r.iloc[0]

    r = row("盘锦市", 10, for_what="当年新获批的高新技术企业")  # 一次性予以10万元奖励
    assert (r["unit"], r["kind"], r["for_group"]) == ("万元", "奖励", "高新技术企业")
    assert row("定西市", 5, for_what="新认定的高新技术企业")["kind"] == "奖补"
    assert row("定西市", 2, for_what="重新认定的高新技术企业")["amount_wan"] == 2
    # 对新引进的顶尖人才、国家级领军人才,由市财政分别予以200万元、100万元资助
    assert row("盘锦市", 200, kind="资助")["for_what"] == "新引进的顶尖人才"
    assert row("盘锦市", 100, kind="资助", for_group="人才")["for_what"] == "新引进的国家级领军人才"
    assert row("盘锦市", 3.6)["per"] == "年"  # 3.6万元/年的薪酬补贴
    assert row("盘锦市", 12)["comparator"] == "<="  # 最高12万元购房补贴


@pytest.mark.parametrize(
    ("amount", "wan"), [("12345元", 1.2345), ("7千元", 0.7), ("0.3亿元", 3000), ("1.1万元", 1.1)]
)
def test_incentive_amounts_in_wan_are_exact(amount, wan):
    """Converted through Decimal with numbers.py's money units (not 1.2345000000000002)."""
    from cityplans.corpus import Corpus, build_document

    text = f"某市科技创新若干措施\n一、对新认定的高新技术企业,一次性给予{amount}奖励。\n"
    inc = cp.incentives(Corpus([build_document(text, "x.txt")]))
    assert inc["amount_wan"].tolist() == [wan]


def test_keywords_and_similarity(corpus):
    kw = cp.keywords(corpus, top=15)
    assert set(kw.groupby("doc").size()) == {15}
    assert not kw["keyword"].isin(["定西", "定西市", "盘锦", "牵头单位", "责任单位", "的"]).any()
    sim = cp.similarity(corpus)
    assert (sim.values.diagonal() == 1).all()
    assert (sim.values == sim.values.T).all()
    assert ((sim.values >= 0) & (sim.values <= 1)).all()


def test_cli_clauses_jsonl():
    proc = run_cli("clauses", str(SEEDS / BAZHOU), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert list(rows[0]) == [
        "doc",
        "path",
        "heading",
        "start",
        "end",
        "lead_units",
        "support_units",
        "themes",
        "instrument",
    ]
    six = next(r for r in rows if r["path"] == "三/(二)/6")
    assert six["lead_units"] == ["市科技和工信局", "各乡镇(区、办)"]
