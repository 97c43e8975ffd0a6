"""Extraction throughput on the whole path (bytes on disk -> targets and mentions tables),
against jieba.lcut on the same texts, interleaved in one process: medians of 7 rounds.

The corpus is every real document in the repository (the seeds and the three corpus splits),
each copy made distinct by a line of its own (副本 N) so no cache keyed by text can hide work,
to about 2 MB, written to a temporary folder and read back as `cityplans extract` reads it.
Memory is the peak RSS of a child process that loads and extracts the corpus, next to one that
only imports cityplans. Target: load+extract at least 5x jieba's throughput.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 2 * 1024 * 1024
ROUNDS = 7
SOURCES = [
    ROOT / "seeds",
    *(ROOT / "tests" / "corpus" / s / "docs" for s in ("dev25", "tune", "check", "holdout")),
]

# The child's own peak: VmHWM where /proc has it. ru_maxrss is kept across exec on Linux, so
# a child started from this (large) process would report the parent's peak, not its own.
_CHILD = """
import json, resource, sys
import cityplans as cp
if sys.argv[1] == "run":
    corpus = cp.load_corpus([sys.argv[2]])
    n = len(cp.extract_targets(corpus)) + len(cp.mentions(corpus))
try:
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    rss_mb = int(hwm.split()[1]) / 1024
except (OSError, StopIteration):
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rss_mb": rss_mb}))
"""


def write_corpus(folder: Path) -> tuple[int, int]:
    """Distinct copies of every real document into `folder`; (files, bytes)."""
    texts = [p.read_text(encoding="utf-8") for src in SOURCES for p in sorted(src.glob("*.txt"))]
    total, i = 0, 0
    while total < TARGET_BYTES:
        text = f"{texts[i % len(texts)]}\n副本 {i}\n"
        data = text.encode("utf-8")
        (folder / f"doc{i:05d}.txt").write_bytes(data)
        total += len(data)
        i += 1
    return i, total


def ours(folder: Path) -> int:
    """Load and extract as `cityplans extract` does: files -> documents -> tables."""
    import cityplans as cp

    corpus = cp.load_corpus([folder])
    return len(cp.extract_targets(corpus)) + len(cp.mentions(corpus))


def extract_only(corpus) -> int:
    """The extraction stage alone, on documents already loaded and tagged."""
    import cityplans as cp

    for doc in corpus.docs:
        doc._resolved = None  # drop the per-document result cache: resolve again
    return len(cp.extract_targets(corpus)) + len(cp.mentions(corpus))


def theirs(folder: Path) -> int:
    """Read the same files and segment them with jieba.lcut."""
    import jieba

    return sum(len(jieba.lcut(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.txt")))


def peak_rss(mode: str, folder: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])["rss_mb"]


def main() -> None:
    import jieba

    import cityplans as cp

    jieba.setLogLevel(60)
    jieba.initialize()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n_files, n_bytes = write_corpus(folder)
        mb = n_bytes / 1e6
        print(f"corpus: {n_files} distinct documents (real texts, each copy marked), {mb:.2f} MB")
        ours(folder)  # warm-up: dictionaries, OpenCC, gazetteer, registry automata
        loaded = cp.load_corpus([folder])
        steps = (
            ("load+extract", lambda: ours(folder)),
            ("extract", lambda: extract_only(loaded)),
            ("jieba.lcut", lambda: theirs(folder)),
        )
        times: dict[str, list[float]] = {name: [] for name, _ in steps}
        for _ in range(ROUNDS):  # interleaved, so load on the machine hits all alike
            for name, fn in steps:
                t = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - t)
        med = {k: statistics.median(v) for k, v in times.items()}
        for name, t in med.items():
            print(f"{name:<13}: {mb / t:6.2f} MB/s (median of {ROUNDS}: {t:.2f} s)")
        for name in ("load+extract", "extract"):
            ratios = [j / o for o, j in zip(times[name], times["jieba.lcut"], strict=True)]
            print(
                f"{name:<13}: {med['jieba.lcut'] / med[name]:.2f}x jieba.lcut's throughput "
                f"(rounds {min(ratios):.2f}-{max(ratios):.2f}; target >= 5x)"
            )
        base, run = peak_rss("import", folder), peak_rss("run", folder)
        print(
            f"peak RSS     : {run:.0f} MB loading and extracting, {base:.0f} MB after import "
            f"alone: +{run - base:.0f} MB for {mb:.1f} MB of text"
        )


if __name__ == "__main__":
    main()
