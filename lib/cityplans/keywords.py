"""TF-IDF keywords per plan and a plan-to-plan similarity matrix, on jieba tokens."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pandas as pd

from cityplans.compare import city_label
from cityplans.corpus import Corpus
from cityplans.tokens import tokenize, words

TERM_COLUMNS = ["doc", "term", "count"]


def term_counts(corpus: Corpus) -> dict[str, Counter]:
    """Content-word counts per document (from the cached tokens of its body).

    Left out: the units named in 牵头单位/责任单位 lists (who does it, not what) and place
    names (every division name and stem in the gazetteer), which would make each plan's
    keywords its own city.
    """
    return {d.doc: document_terms(d) for d in corpus.docs}


def term_rows(doc) -> list[dict]:
    """Content-word counts of one document as rows of the terms table (doc, term, count)."""
    return [{"doc": doc.doc, "term": t, "count": n} for t, n in sorted(document_terms(doc).items())]


def terms(corpus: Corpus) -> pd.DataFrame:
    """The terms table: content-word counts, one row per document and term."""
    rows = [row for doc in corpus.docs for row in term_rows(doc)]
    return pd.DataFrame(rows, columns=TERM_COLUMNS)


def term_counts_of(table: pd.DataFrame, docs: Iterable[str]) -> dict[str, Counter]:
    """term_counts from a terms table, for the documents `docs` (in that order)."""
    counts: dict[str, Counter] = {}
    for row in table.itertuples():
        counts.setdefault(row.doc, Counter())[row.term] = row.count
    return {d: counts.get(d, Counter()) for d in docs}


def document_terms(doc) -> Counter:
    """Content-word counts of one document."""
    return Counter(_policy_words(doc.analysis_text))


def _policy_words(text: str) -> list[str]:
    from cityplans.clauses import ROLE_PATTERN

    skip = [(m.start(), m.end()) for m in ROLE_PATTERN.finditer(text)]
    places = place_words()
    kept = []
    i = 0
    for token in tokenize(text):
        while i < len(skip) and skip[i][1] <= token[1]:
            i += 1
        if i < len(skip) and skip[i][0] <= token[1] < skip[i][1]:
            continue
        kept.append(token)
    return [w for w in words(kept) if w not in places]


@cache
def place_words() -> frozenset[str]:
    """Names and stems (兰州市, 兰州) of every Chinese division in the gazetteer."""
    from cityplans.gazetteer import places

    out = set()
    for p in places().values():
        out.add(p.name)
        for suffix in ("市", "县", "区", "省", "自治州", "自治县"):
            if p.name.endswith(suffix) and len(p.name) - len(suffix) >= 2:
                out.add(p.name[: -len(suffix)])
    return frozenset(out)


def tfidf(counts: dict[str, Counter]) -> dict[str, dict[str, float]]:
    """Log-scaled term frequency times smoothed inverse document frequency, L2-normalised."""
    n = len(counts)
    df = Counter(t for c in counts.values() for t in c)
    vectors = {}
    for doc, c in counts.items():
        v = {t: (1 + math.log(k)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[doc] = {t: x / norm for t, x in v.items()}
    return vectors


def keywords(corpus: Corpus, top: int = 15) -> pd.DataFrame:
    """The `top` TF-IDF keywords of each plan: doc, city, rank, keyword, weight, count."""
    return keyword_table(term_counts(corpus), corpus.documents, top)


def similarity(corpus: Corpus) -> pd.DataFrame:
    """Cosine similarity of the plans' TF-IDF vectors (1 on the diagonal), labelled by city."""
    return similarity_matrix(term_counts(corpus), corpus.documents)


def keyword_table(
    counts: dict[str, Counter], documents: pd.DataFrame, top: int = 15
) -> pd.DataFrame:
    """The `top` TF-IDF keywords of each document of `counts` (cities from `documents`)."""
    vectors = tfidf(counts)
    city = dict(zip(documents["doc"], documents["city"], strict=True))
    rows = []
    for doc, v in vectors.items():
        best = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        for rank, (term, weight) in enumerate(best, start=1):
            rows.append(
                {
                    "doc": doc,
                    "city": city[doc],
                    "rank": rank,
                    "keyword": term,
                    "weight": round(weight, 4),
                    "count": counts[doc][term],
                }
            )
    return pd.DataFrame(rows, columns=["doc", "city", "rank", "keyword", "weight", "count"])


def similarity_matrix(counts: dict[str, Counter], documents: pd.DataFrame) -> pd.DataFrame:
    """Cosine similarity of the TF-IDF vectors of `counts`, labelled by city (`documents`)."""
    vectors = tfidf(counts)
    docs = list(vectors)
    label = {d: city_label(c, d) for d, c in zip(documents["doc"], documents["city"], strict=True)}
    matrix = [
        [sum(x * vectors[b].get(t, 0.0) for t, x in vectors[a].items()) for b in docs] for a in docs
    ]
    names = [
        label[d] if list(label.values()).count(label[d]) == 1 else f"{label[d]} ({d})" for d in docs
    ]
    return pd.DataFrame(matrix, index=names, columns=names).round(3)
