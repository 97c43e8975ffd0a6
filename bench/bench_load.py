"""Loading throughput: decode + normalise + flag chrome + tag, against jieba.lcut on the same text.

The seeds are repeated (in memory, under new names) to at least 2 MB. Both are timed in this
one process so the ratio is meaningful on a noisy machine. Run with `make bench`.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

from cityplans.corpus import build_document
from cityplans.encoding import decode

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


def load_all(files: list[tuple[str, bytes]]) -> int:
    n = 0
    for name, data in files:
        raw, enc = decode(data, name)
        n += len(build_document(raw, doc=name, encoding=enc).text)
    return n


def main() -> None:
    files = scale_corpus()
    mb = sum(len(d) for _, d in files) / 1e6
    print(f"scale corpus: {len(files)} documents, {mb:.2f} MB (copies of the 5 seeds)")
    load_all(files[:5])  # warm-up: dictionaries, OpenCC, gazetteer

    t = time.perf_counter()
    load_all(files)
    ours = time.perf_counter() - t

    import jieba

    jieba.initialize()
    texts = [d.decode("utf-8") for _, d in files]
    t = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    ref = time.perf_counter() - t

    tracemalloc.start()
    load_all(files[: max(1, len(files) // 4)])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    quarter = sum(len(d) for _, d in files[: max(1, len(files) // 4)])

    print(f"loading  : {mb / ours:7.2f} MB/s ({ours:.2f} s)")
    print(f"jieba    : {mb / ref:7.2f} MB/s ({ref:.2f} s)")
    print(f"ratio    : loading is {ref / ours:.2f}x jieba.lcut's throughput")
    print(f"peak mem : {peak / quarter:.1f}x the text size (tracemalloc, quarter of the corpus)")


if __name__ == "__main__":
    main()
