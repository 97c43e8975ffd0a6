"""Tokenisation cold and warm: the cache per document content hash means a re-run of a
notebook does not tokenise again. Seeds repeated (copies with a line added, so each copy has
its own content hash) to about 2 MB."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from cityplans.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    docs = load_corpus([ROOT / "seeds"]).docs
    texts = [f"{d.analysis_text}\n副本{i}" for i in range(23) for d in docs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as cache:
        os.environ["CITYPLANS_CACHE"] = cache
        from cityplans import tokens

        tokens.tokenizer()  # build the jieba dictionary before timing
        t = time.perf_counter()
        for text in texts:
            tokens.tokenize(text)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        for text in texts:
            tokens.tokenize(text)
        warm = time.perf_counter() - t
    print(f"texts         : {len(texts)} (copies of the 5 seeds' bodies), {mb:.2f} MB")
    print(f"cold (jieba)  : {cold:6.2f} s  {mb / cold:6.2f} MB/s")
    print(f"warm (cache)  : {warm:6.2f} s  {mb / warm:6.2f} MB/s  ({cold / warm:.0f}x faster)")


if __name__ == "__main__":
    main()
