"""Tokenisation with jieba on the normalised text, with a policy-term dictionary and a cache.

The tokenizer is a private jieba.Tokenizer (the global jieba is left alone) with the project's
user dictionary (data/policy_terms.txt), so 高新技术企业 or 研发费用加计扣除 stay whole. It runs on
the normalised text, so a traditional plan tokenises like a simplified one. Results are cached
on disk per document content hash and dictionary version: a re-run does not re-tokenise.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path

Token = tuple[str, int, int]  # word, start, end in the normalised text


def _data(name: str) -> str:
    return resources.files("cityplans").joinpath("data").joinpath(name).read_text("utf-8")


@cache
def _dictionary() -> tuple[str, str]:
    """(user dictionary text, its version hash)."""
    text = _data("policy_terms.txt")
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def policy_terms() -> list[str]:
    """The terms of the user dictionary."""
    return [
        ln.split()[0]
        for ln in _dictionary()[0].splitlines()
        if ln.strip() and not ln.startswith("#")
    ]


@cache
def stopwords() -> frozenset[str]:
    """Function words and plan boilerplate left out of keywords."""
    return frozenset(
        ln.strip()
        for ln in _data("stopwords.txt").splitlines()
        if ln.strip() and not ln.startswith("#")
    )


@cache
def tokenizer():
    """A private jieba tokenizer with the policy-term dictionary (built once per process)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for line in _dictionary()[0].splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split()
            tk.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None)
    return tk


def cache_dir() -> Path:
    """Where token lists are cached: $CITYPLANS_CACHE, else ~/.cache/cityplans/tokens."""
    base = os.environ.get("CITYPLANS_CACHE") or Path.home() / ".cache" / "cityplans"
    return Path(base) / "tokens"


def tokenize(text: str, use_cache: bool = True) -> list[Token]:
    """(word, start, end) for every token of `text`; white space is not a token."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest() + "-" + _dictionary()[1]
    path = cache_dir() / f"{key}.json"
    if use_cache and path.exists():
        try:
            return [tuple(t) for t in json.loads(path.read_text(encoding="utf-8"))]
        except (OSError, ValueError):
            pass  # a damaged cache file is rebuilt
    tokens = [(w, a, b) for w, a, b in tokenizer().tokenize(text) if w.strip()]
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(tokens, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)  # atomic: parallel runs never read half a file
        except OSError:
            pass  # a read-only home still tokenises, just without the cache
    return tokens


def words(tokens: list[Token]) -> list[str]:
    """Content words: no stopwords, no single characters, no numbers or punctuation."""
    stop = stopwords()
    return [
        w
        for w, _, _ in tokens
        if len(w) >= 2 and w not in stop and not _DIGIT.search(w) and _LETTER.search(w)
    ]


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
