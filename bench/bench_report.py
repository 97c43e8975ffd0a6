"""Report rendering against its floor, like with like: the same number of empty notebooks
through papermill with the same kernel policy, interleaved in one run, medians of 5 rounds.

The report keeps one kernel per worker for all its notebooks and resets it between them
(kernels.py); the floor runs its empty notebooks the same way: JOBS worker threads, each with
one kernel, started when the run starts, reset before each later notebook, shut down at the
end. With --fresh-kernels the report starts a kernel per notebook, and so does that floor.
So each ratio shows what our notebooks, their HTML export and the index add on top of the
kernels. As make report runs it, the tables are built first (timed on its own line) and the
report renders from them. Target (issue 4): at most 2x the floor.
"""

from __future__ import annotations

import queue
import statistics
import tempfile
import threading
import time
from pathlib import Path

import nbformat

from cityplans.build import build
from cityplans.kernels import Kernel
from cityplans.reports import KERNEL, KERNEL_ARGS, NOTEBOOKS_DIR, plan_jobs, render_reports
from cityplans.tables import load_tables

ROOT = Path(__file__).resolve().parents[1]
JOBS = 2
ROUNDS = 5


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


def run_floor(notebooks: list[Path], params: dict, fresh: bool) -> float:
    """The empty notebooks on JOBS workers, each owning one kernel as the report's do: reused
    and reset between notebooks, or (fresh) a new one per notebook."""
    todo: queue.Queue = queue.Queue()
    for nb in notebooks:
        todo.put(nb)

    def work() -> None:
        kernel = Kernel(KERNEL, KERNEL_ARGS, fresh=fresh)
        try:
            kernel.start(notebooks[0].parent)
            while True:
                try:
                    nb = todo.get_nowait()
                except queue.Empty:
                    return
                kernel.execute(nb, nb.with_suffix(".out.ipynb"), params, nb.parent)
        finally:
            kernel.close()

    t = time.perf_counter()
    workers = [threading.Thread(target=work) for _ in range(JOBS)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - t


def run_ours(seeds: Path, out: Path, fresh: bool) -> tuple[float, object]:
    t = time.perf_counter()
    run = render_reports([seeds], out=out, jobs=JOBS, progress=False, fresh_kernels=fresh)
    return time.perf_counter() - t, run


def _line(label: str, values: list[float]) -> str:
    shown = ", ".join(f"{x:.2f}" for x in values)
    return f"{label:<22}: {statistics.median(values):6.2f} s  median of {shown}"


def main() -> None:
    seeds = ROOT / "seeds"
    times: dict[tuple[str, bool], list[float]] = {
        (who, fresh): [] for who in ("floor", "ours") for fresh in (False, True)
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "out"
        # as make report runs it: the tables are built first, the report reads them
        t = time.perf_counter()
        build([seeds], out=out / "data", progress=False)
        t_build = time.perf_counter() - t
        tables = load_tables([seeds], built=out / "data")
        n = len(plan_jobs(tables.documents, [seeds], NOTEBOOKS_DIR, tmp / "figures"))
        notebooks = empty_notebooks(n, tmp)
        params = {"paths": [str(seeds)]}
        run_floor(notebooks[:JOBS], params, fresh=False)  # warm-up: first-run costs
        run_ours(seeds, out, fresh=False)
        run = None
        for r in range(ROUNDS):  # interleaved, order flipped each round: drift hits all alike
            order = [(who, fresh) for fresh in (False, True) for who in ("floor", "ours")]
            for who, fresh in order if r % 2 == 0 else reversed(order):
                if who == "floor":
                    times[who, fresh].append(run_floor(notebooks, params, fresh))
                else:
                    seconds, run = run_ours(seeds, out, fresh)
                    assert not run.failed, [str(p.error) for p in run.failed]
                    times[who, fresh].append(seconds)
    med = {key: statistics.median(v) for key, v in times.items()}
    print(f"notebooks             : {n} ({len(tables.documents)} documents), {JOBS} at a time")
    print(f"rounds                : {ROUNDS}, interleaved; medians")
    print("kernels reused and reset between notebooks (the report's default):")
    print(_line("  empty-notebook floor", times["floor", False]))
    print(_line("  cityplans report", times["ours", False]))
    print(f"  ratio               : {med['ours', False] / med['floor', False]:.2f}x the floor")
    print("a new kernel per notebook (--fresh-kernels), floor alike:")
    print(_line("  empty-notebook floor", times["floor", True]))
    print(_line("  cityplans report", times["ours", True]))
    print(f"  ratio               : {med['ours', True] / med['floor', True]:.2f}x the floor")
    print(
        f"fresh vs reused       : {med['ours', True] / med['ours', False]:.2f}x "
        "(cityplans report --fresh-kernels against the default)"
    )
    print(f"build first           : {t_build:6.2f} s  (cityplans build, once, as make report does)")
    for page in sorted(run.pages, key=lambda p: -p.seconds)[:3]:
        print(f"page                  : {page.job.name} {page.seconds:.1f} s (last round)")


if __name__ == "__main__":
    main()
