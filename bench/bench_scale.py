"""Scale of one file: load and extract one plan of 1, 2, 4 and 8 MB, each in its own child
process, and report time and peak RSS with the ratio between each size and the one before.

The text is every real document in the repository, one after another, each copy made distinct
(a line 副本 N, and its one- to three-digit numbers shifted by N modulo 97, so no cache keyed
by a number or a sentence can hide work) until the size is reached. Each child first loads one
seed (dictionaries, automata, lazy imports), so the figures are the cost of the file itself.
Linear means each doubling of the text about doubles the time and the memory above that
warmed-up process. Files over corpus.MAX_FILE_BYTES are refused.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES_MB = (1, 2, 4, 8)
SOURCES = [
    ROOT / "seeds",
    *(ROOT / "tests" / "corpus" / s / "docs" for s in ("dev25", "tune", "check", "holdout")),
]
_SMALL_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")

_CHILD = """
import json, resource, sys, time
import cityplans as cp
def run(path):
    corpus = cp.load_corpus([path])
    return len(cp.extract_targets(corpus)) + len(cp.mentions(corpus))
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
run(sys.argv[2])  # warm-up on one seed: dictionaries, automata, lazy imports
warm = rss()
wall, cpu = time.perf_counter(), time.process_time()
n = run(sys.argv[1])
print(json.dumps({"wall": time.perf_counter() - wall, "seconds": time.process_time() - cpu,
                  "rss_mb": rss(), "warm_mb": warm, "rows": n}))
"""


def write_plan(path: Path, megabytes: int) -> int:
    """One file of about `megabytes` MB of distinct plan text; its size in bytes."""
    texts = [p.read_text(encoding="utf-8") for src in SOURCES for p in sorted(src.glob("*.txt"))]
    parts, total, i = [], 0, 0
    while total < megabytes * 1_000_000:
        shift = i % 97
        text = _SMALL_NUMBER.sub(lambda m, k=shift: str(int(m.group()) + k), texts[i % len(texts)])
        part = f"{text}\n副本 {i}\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    data = "".join(parts).encode("utf-8")
    path.write_bytes(data)
    return len(data)


def run_child(target: Path) -> dict:
    """Load and extract `target` in a fresh process, after a warm-up on one seed: seconds,
    peak RSS, and the RSS the warm-up reached."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(target), str(seed)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from cityplans.corpus import MAX_FILE_BYTES

    head = ("size", "CPU s", "ratio", "wall s", "peak RSS", "+RSS MB", "ratio", "rows")
    print("{:>8} {:>7} {:>6} {:>7} {:>9} {:>8} {:>6} {}".format(*head))
    previous = None
    with tempfile.TemporaryDirectory() as tmp:
        for mb in SIZES_MB:
            path = Path(tmp) / f"plan_{mb}mb.txt"
            size = write_plan(path, mb)
            got = run_child(path)
            extra = got["rss_mb"] - got["warm_mb"]  # above the warmed-up process
            t_ratio = got["seconds"] / previous["seconds"] if previous else float("nan")
            m_ratio = extra / previous["extra"] if previous else float("nan")
            print(
                f"{size / 1e6:6.2f}MB {got['seconds']:7.1f} {t_ratio:6.2f} {got['wall']:7.1f} "
                f"{got['rss_mb']:7.0f}MB {extra:8.0f} {m_ratio:6.2f} {got['rows']}"
            )
            previous = {**got, "extra": extra}
            path.unlink()
    print(
        "ratios are to the size before (2.0 = linear); time is the child's CPU time (wall time "
        "varies with the machine's load); +RSS is the peak above a process warmed "
        f"up on one seed (~{got['warm_mb']:.0f} MB). Files over {MAX_FILE_BYTES / 1e6:.0f} MB "
        "are refused (corpus.MAX_FILE_BYTES)."
    )


if __name__ == "__main__":
    main()
