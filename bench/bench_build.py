"""Scale build: 2,000 distinct documents, local engine vs Dask with 2 worker processes, in
one run: local and Dask builds paired and interleaved, medians of 5 rounds.

The documents are the real texts in the repository (the seeds and the corpus splits under
tests/corpus/*/docs, 297 plans, reports and news items of 0.1 to 40 KB), cycled to 2,000 and
each made distinct by a last line of its own (副本 and letters: no digit, so no new number to
extract). Every build reads a corpus of its own (the line names the round and the engine too)
into a new folder, and the token cache (keyed by text) is a temporary folder: no cache can
hold a result for any text a timed build sees, and the bench checks that each build
tokenised every document afresh. Also reported: a second build with nothing changed against
the first, and the driver's peak RSS building 500 and 2,000 documents on Dask (a child
process each: the tables are written in batches, so it should not grow).
Targets (issue 6): dask >= 1.6x local on 2 cores; flat driver memory; second build < 10%.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
N_DOCS = 2000
ROUNDS = 5
WORKERS = 2
SOURCES = [
    ROOT / "seeds",
    *sorted((ROOT / "tests" / "corpus").glob("*/docs")),
]

_CHILD = """
import json, resource, sys
from cityplans.build import build
result = build([sys.argv[1]], out=sys.argv[2], engine="dask", scheduler=sys.argv[3], progress=False)
assert result.processed == int(sys.argv[4]), result.summary()
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def real_texts() -> list[str]:
    """Every plan text in the repository."""
    return [p.read_text(encoding="utf-8") for src in SOURCES for p in sorted(src.glob("*.txt"))]


def letters(n: int) -> str:
    """n as letters (0 -> a, 26 -> ba): a tag that adds no number to a text."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = chr(ord("a") + r) + out
        if n == 0:
            return out


def write_corpus(folder: Path, texts: list[str], n: int, tag: str) -> Path:
    """n distinct documents: the real texts in turn, each with a last line of its own."""
    folder.mkdir(parents=True)
    for i in range(n):
        text = f"{texts[i % len(texts)].rstrip()}\n副本 {tag}{letters(i)}\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def token_entries(cache: Path) -> int:
    return len(list((cache / "tokens").glob("*.json")))


def timed_build(corpus: Path, out: Path, cache: Path, **engine) -> float:
    """One build of `corpus` into a new `out`; checks that every document was processed and
    tokenised afresh (no cache served it)."""
    from cityplans.build import build

    before = token_entries(cache)
    t = time.perf_counter()
    result = build([corpus], out=out, progress=False, **engine)
    seconds = time.perf_counter() - t
    assert result.processed == N_DOCS and not result.errors, result.summary()
    assert token_entries(cache) - before == N_DOCS, "a cache served a document"
    return seconds


def child_rss(corpus: Path, out: Path, scheduler: str, n: int) -> float:
    """Peak RSS (MB) of a driver process building `corpus` on the cluster at `scheduler`."""
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(out), scheduler, str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])["rss_mb"]


def _line(label: str, values: list[float], unit: str = "s") -> str:
    shown = ", ".join(f"{x:.1f}" for x in values)
    return f"{label:<14}: {statistics.median(values):6.1f} {unit}  median of {shown}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cache = tmp / "token-cache"
        os.environ["CITYPLANS_CACHE"] = str(cache)  # read at each call; Dask workers inherit it
        from cityplans.build import build, dask_client

        texts = real_texts()
        print(
            f"scale corpus  : {N_DOCS:,} distinct documents from {len(texts)} real texts, "
            "a new corpus for every build"
        )
        build([ROOT / "seeds"], out=tmp / "warm-local", progress=False)  # dictionaries
        local, dask, second, ratios = [], [], [], []
        t0 = time.perf_counter()
        with dask_client(workers=WORKERS) as client:
            t_start = time.perf_counter() - t0
            scheduler = client.scheduler.address
            on_dask = {"engine": "dask", "scheduler": scheduler}
            build([ROOT / "seeds"], out=tmp / "warm-dask", progress=False, **on_dask)
            for r in range(ROUNDS):
                runs = {}
                for engine in ("local", "dask") if r % 2 == 0 else ("dask", "local"):
                    tag = f"{letters(r)}{engine[0]}"
                    corpus = write_corpus(tmp / f"c-{tag}", texts, N_DOCS, tag)
                    out = tmp / f"o-{tag}"
                    kwargs = on_dask if engine == "dask" else {}
                    runs[engine] = timed_build(corpus, out, cache, **kwargs)
                    if engine == "local":  # again, nothing changed
                        t = time.perf_counter()
                        again = build([corpus], out=out, progress=False)
                        second.append(time.perf_counter() - t)
                        assert again.up_to_date
                    shutil.rmtree(corpus)
                    shutil.rmtree(out)
                    shutil.rmtree(cache)
                local.append(runs["local"])
                dask.append(runs["dask"])
                ratios.append(runs["local"] / runs["dask"])
            rss = {}
            for n in (500, N_DOCS):
                tag = f"m{letters(n)}"
                corpus = write_corpus(tmp / f"c-{tag}", texts, n, tag)
                rss[n] = child_rss(corpus, tmp / f"o-{tag}", scheduler, n)
    print(f"rounds        : {ROUNDS}, local and Dask paired, order flipped each round")
    print(_line("local engine", local) + f"  ({N_DOCS / statistics.median(local):.0f} docs/s)")
    print(
        _line(f"dask, {WORKERS} procs", dask)
        + f"  ({N_DOCS / statistics.median(dask):.0f} docs/s; +{t_start:.1f} s cluster start)"
    )
    print(
        f"speed-up      : {statistics.median(ratios):.2f}x, median of the rounds' local/dask "
        f"({', '.join(f'{x:.2f}' for x in ratios)}; target >= 1.6x)"
    )
    share = [100 * s / t for s, t in zip(second, local, strict=True)]
    print(
        f"second build  : {statistics.median(share):.1f}% of the first, median "
        f"({', '.join(f'{x:.1f}' for x in share)}; nothing changed; target < 10%)"
    )
    print(
        f"driver memory : {rss[500]:.0f} MB peak RSS at 500 docs, {rss[N_DOCS]:.0f} MB at "
        f"{N_DOCS:,} (Dask engine, a child process each)"
    )


if __name__ == "__main__":
    main()
