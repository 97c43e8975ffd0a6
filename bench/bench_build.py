"""Scale build: 2,000 documents, local engine vs Dask with 2 worker processes, in one run.

The scale corpus is copies of the 5 seeds under new names (said so below). Reported: each
engine's throughput (with and without the cluster's start-up), the driver's peak memory at 500
and at 2,000 documents (tracemalloc, Dask engine: the tables are written in batches, so it
should not grow), and a second build with nothing changed against the first.
Targets (issue 6): dask >= 1.6x local on 2 cores; flat driver memory; second build < 10%.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from cityplans.build import build, dask_client

ROOT = Path(__file__).resolve().parents[1]


def scale_corpus(folder: Path, n: int) -> Path:
    """n copies of the seeds under new names."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    folder.mkdir(parents=True)
    for i in range(n):
        src = seeds[i % len(seeds)]
        shutil.copyfile(src, folder / f"copy{i:05d}_{src.name}")
    return folder


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big = scale_corpus(tmp / "c2000", 2000)
        small = scale_corpus(tmp / "c500", 500)
        print("scale corpus  : 2,000 (and 500) copies of the 5 seeds under new names")
        build([ROOT / "seeds"], out=tmp / "warm", progress=False)  # warm-up: dictionaries

        local, t_local = timed(lambda: build([big], out=tmp / "local", progress=False))
        _, t_second = timed(lambda: build([big], out=tmp / "local", progress=False))

        t0 = time.perf_counter()
        with dask_client(workers=2) as client:
            t_start = time.perf_counter() - t0
            client.run(lambda: __import__("cityplans.build"))  # workers import the library
            dask, t_dask = timed(
                lambda: build(
                    [big],
                    out=tmp / "dask",
                    engine="dask",
                    scheduler=client.scheduler.address,
                    progress=False,
                )
            )
            peaks = {}
            for n, corpus in ((500, small), (2000, big)):
                tracemalloc.start()
                build(
                    [corpus],
                    out=tmp / f"mem{n}",
                    engine="dask",
                    scheduler=client.scheduler.address,
                    progress=False,
                )
                peaks[n] = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
    assert local.processed == dask.processed == 2000
    print(f"local engine  : {t_local:6.1f} s  {2000 / t_local:6.1f} docs/s")
    print(
        f"dask, 2 procs : {t_dask:6.1f} s  {2000 / t_dask:6.1f} docs/s "
        f"(+{t_start:.1f} s cluster start)"
    )
    print(
        f"speed-up      : {t_local / t_dask:.2f}x without start-up, "
        f"{t_local / (t_dask + t_start):.2f}x with it (target >= 1.6x)"
    )
    print(
        f"driver memory : {peaks[500] / 1e6:.1f} MB at 500 docs, {peaks[2000] / 1e6:.1f} MB at "
        f"2,000 docs (peak, tracemalloc)"
    )
    print(
        f"second build  : {t_second:.2f} s = {100 * t_second / t_local:.1f}% of the first "
        "(nothing changed; target < 10%)"
    )


if __name__ == "__main__":
    main()
