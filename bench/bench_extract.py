"""Extraction throughput: load + tag + extract, against jieba.lcut on the same text, one process.

The seeds are repeated in memory under new names (copies, said so in the output) to at least
2 MB. Target (issue 3): at least 5x jieba's throughput on one core, and peak memory under 20x
the text size. Run with `make bench`.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from cityplans.corpus import Corpus, build_document
from cityplans.encoding import decode
from cityplans.extract import extract_targets, mentions

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 2 * 1024 * 1024


def scale_corpus() -> list[tuple[str, bytes]]:
    """Copies of the seeds under new names until the total is at least 2 MB."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    out, total, i = [], 0, 0
    while total < TARGET_BYTES:
        src = seeds[i % len(seeds)]
        data = src.read_bytes()
        out.append((f"copy{i:04d}_{src.name}", data))
        total += len(data)
        i += 1
    return out


def load(files: list[tuple[str, bytes]]) -> Corpus:
    """Decode, normalise and tag every document, as load_corpus does for files on disk."""
    docs = []
    for name, data in files:
        raw, enc = decode(data, name)
        docs.append(build_document(raw, doc=name, encoding=enc))
    return Corpus(docs=docs)


def extract(corpus: Corpus) -> int:
    """The targets and mentions tables of the whole corpus, as a notebook asks for them."""
    return len(extract_targets(corpus)) + len(mentions(corpus))


def main() -> None:
    files = scale_corpus()
    nbytes = sum(len(d) for _, d in files)
    mb = nbytes / 1e6
    print(
        f"scale corpus: {len(files)} documents = copies of the 5 seeds under new names, {mb:.2f} MB"
    )
    extract(load(files[:5]))  # warm-up: dictionaries, OpenCC, gazetteer, registry

    t = time.perf_counter()
    corpus = load(files)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    rows = extract(corpus)
    t_extract = time.perf_counter() - t
    del corpus

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [d.decode("utf-8") for _, d in files]
    t = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    t_jieba = time.perf_counter() - t

    tracemalloc.start()
    corpus = load(files)
    extract(corpus)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    both = t_load + t_extract
    print(f"loading       : {mb / t_load:7.2f} MB/s ({t_load:.2f} s)")
    print(f"extraction    : {mb / t_extract:7.2f} MB/s ({t_extract:.2f} s, {rows} table rows)")
    print(f"load+extract  : {mb / both:7.2f} MB/s ({both:.2f} s)")
    print(f"jieba.lcut    : {mb / t_jieba:7.2f} MB/s ({t_jieba:.2f} s)")
    print(
        f"ratio         : extraction {t_jieba / t_extract:.2f}x, "
        f"load+extract {t_jieba / both:.2f}x jieba's throughput (target: extraction >= 5x)"
    )
    print(
        f"peak memory   : {peak / 1e6:.1f} MB = {peak / nbytes:.1f}x the text size "
        "(tracemalloc, whole corpus loaded and extracted; target < 20x)"
    )


if __name__ == "__main__":
    main()
