"""Report rendering against its floor: the same number of empty notebooks through papermill.

As make report runs it, the tables are built first (timed on its own line) and the report
renders from them.

Both run in this one process with the same number of parallel jobs, so the ratio shows what
our notebooks add on top of kernel start-up. Target (issue 4): at most 2x the floor.
"""

from __future__ import annotations

import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import papermill as pm

from cityplans.build import build
from cityplans.corpus import load_corpus
from cityplans.reports import NOTEBOOKS_DIR, plan_jobs, render_reports

ROOT = Path(__file__).resolve().parents[1]
JOBS = 2
ROUNDS = 5  # best of: now and then a kernel stalls seconds on shutdown (jupyter_client)


def empty_notebooks(n: int, folder: Path) -> list[Path]:
    """n notebooks with only a parameters cell, like ours but doing nothing."""
    paths = []
    for i in range(n):
        nb = nbformat.v4.new_notebook(
            metadata={
                "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}
            }
        )
        cell = nbformat.v4.new_code_cell('paths: list = []  # plans\nfigures_dir: str = ""  # out')
        cell.metadata["tags"] = ["parameters"]
        nb.cells = [cell]
        path = folder / f"empty_{i}.ipynb"
        nbformat.write(nb, str(path))
        paths.append(path)
    return paths


def run_floor(notebooks: list[Path], params: dict) -> float:
    t = time.perf_counter()
    with ThreadPoolExecutor(JOBS) as pool:
        list(
            pool.map(
                lambda p: pm.execute_notebook(
                    str(p),
                    str(p.with_suffix(".out.ipynb")),
                    parameters=params,
                    kernel_name="python3",
                    progress_bar=False,
                    extra_arguments=["--IPKernelApp.log_level=CRITICAL"],  # as ours: quiet
                ),
                notebooks,
            )
        )
    return time.perf_counter() - t


def main() -> None:
    seeds = ROOT / "seeds"
    corpus = load_corpus([seeds])
    floors, ours, fresh, run = [], [], [], None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        n = len(plan_jobs(corpus, [seeds], NOTEBOOKS_DIR, tmp / "figures"))
        notebooks = empty_notebooks(n, tmp)
        run_floor(notebooks[:JOBS], {"paths": [str(seeds)]})  # warm-up: first-run costs
        render_reports([seeds], out=tmp / "warm", jobs=JOBS, progress=False)
        # as make report runs it: the tables are built first, the report reads them
        t = time.perf_counter()
        build([seeds], out=tmp / "out" / "data", progress=False)
        t_build = time.perf_counter() - t
        for _ in range(ROUNDS):  # alternate, so drift on a noisy machine hits all alike
            floors.append(run_floor(notebooks, {"paths": [str(seeds)]}))
            t = time.perf_counter()
            run = render_reports([seeds], out=tmp / "out", jobs=JOBS, progress=False)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            render_reports(
                [seeds], out=tmp / "fresh", jobs=JOBS, progress=False, fresh_kernels=True
            )
            fresh.append(time.perf_counter() - t)
    assert not run.failed, [str(p.error) for p in run.failed]
    floor, best = min(floors), min(ours)
    print(f"notebooks     : {n} ({len(corpus.docs)} documents), {JOBS} at a time, {ROUNDS} rounds")
    print(f"empty floor   : {floor:6.2f} s  best of {', '.join(f'{x:.2f}' for x in floors)}")
    print(f"cityplans     : {best:6.2f} s  best of {', '.join(f'{x:.2f}' for x in ours)}")
    print(f"ratio         : {best / floor:.2f}x the floor (target <= 2x)")
    print(f"fresh kernels : {min(fresh):6.2f} s  best of {', '.join(f'{x:.2f}' for x in fresh)}")
    print(f"ratio         : {min(fresh) / floor:.2f}x the floor, a new kernel per notebook")
    print(f"build first   : {t_build:6.2f} s  (cityplans build, once, as make report runs it)")
    for page in sorted(run.pages, key=lambda p: -p.seconds)[:3]:
        print(f"page          : {page.job.name} {page.seconds:.1f} s")


if __name__ == "__main__":
    main()
