"""Render every notebook over a corpus with papermill and export stand-alone HTML reports.

03_city_profile runs once per city. Each page gets a footer with its parameters, the input
documents' checksums, the library version and the run time; index.html links them all. A
notebook that fails is named with its cell and error; the others still render.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import queue
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cityplans.compare import check_parameters, city_label
from cityplans.errors import CityplansError, ReportError
from cityplans.names import slug
from cityplans.tables import load_tables
from cityplans.writing import folder_lock, output_errors, remove_stale_temps, write_atomic

if TYPE_CHECKING:
    import pandas as pd

    from cityplans.kernels import Kernel

NOTEBOOKS_DIR = Path(__file__).resolve().parents[2] / "notebooks"
PER_CITY = "03_city_profile"
KERNEL = "python3"  # the interpreter running this command: the project environment
# kernels log to our console; their own errors reach us through papermill, so keep them quiet
# (jupyter_client interrupts a kernel before shutting it down, which it logs as an error)
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]


@dataclass
class Job:
    """One notebook to render: source, output name, parameters."""

    notebook: Path
    name: str
    parameters: dict


@dataclass
class Rendered:
    """What happened to one job."""

    job: Job
    html: Path | None
    error: ReportError | None
    seconds: float
    log: Path | None = None  # the failing cell's traceback, for whoever fixes it
    figures: list[Path] = field(default_factory=list)  # the slide PNGs this page showed


@dataclass
class ReportRun:
    """All rendered pages, the index, and the failures (notebooks and unreadable inputs);
    after Ctrl-C, the pages that finished, and how many were not rendered."""

    index: Path
    pages: list[Rendered] = field(default_factory=list)
    input_errors: list[str] = field(default_factory=list)
    interrupted: bool = False
    not_rendered: int = 0

    @property
    def failed(self) -> list[Rendered]:
        return [p for p in self.pages if p.error is not None]


def plan_jobs(
    documents: pd.DataFrame,
    paths: list[Path],
    notebooks_dir: Path,
    figures_dir: Path,
    tables: Path | None = None,
    actuals: str | Path | None = None,
) -> list[Job]:
    """Every notebook in `notebooks_dir` (numbered), 03_city_profile once per city of the
    `documents` table; `tables` is the file of write_tables the notebooks read; an actuals
    file goes to the notebooks that take an `actuals` parameter."""
    common = {"paths": [str(p) for p in paths], "figures_dir": str(figures_dir)}
    if tables is not None:
        common["tables"] = str(tables)
    only = {"actuals": str(Path(actuals).resolve())} if actuals else {}
    cities = sorted(documents["city"].dropna().unique())
    jobs = []
    for nb in sorted(notebooks_dir.glob("[0-9][0-9]_*.ipynb")):
        if nb.stem == PER_CITY:
            # a city comes from a plan or a manifest: its page name is a slug (no / or ..)
            jobs += [Job(nb, f"{nb.stem}_{slug(c)}", {**common, "city": c}) for c in cities]
        else:
            extra = {k: v for k, v in only.items() if _takes(nb, k)}
            jobs.append(Job(nb, nb.stem, {**common, **extra}))
    # whole-corpus notebooks first: they take longest, so the per-city ones fill in around them
    return sorted(jobs, key=lambda job: "city" in job.parameters)


def _takes(notebook: Path, name: str) -> bool:
    """Whether the notebook's parameters cell declares `name` (papermill warns otherwise)."""
    import nbformat

    for cell in nbformat.read(str(notebook), as_version=4).cells:
        if "parameters" in cell.metadata.get("tags", []):
            return any(line.startswith(f"{name}:") for line in cell.source.splitlines())
    return False


def render_reports(
    paths: list[str | Path] | None = None,
    out: str | Path = "outputs",
    with_code: bool = False,
    jobs: int = 1,
    notebooks_dir: str | Path | None = None,
    progress: bool | None = None,
    fresh_kernels: bool = False,
    actuals: str | Path | None = None,
) -> ReportRun:
    """Render every notebook over the corpus at `paths` into `out`/reports, with index.html.

    `jobs` workers each keep one kernel, reset between notebooks (see kernels.py);
    `fresh_kernels` starts a new kernel for every notebook instead. Holds the lock of `out`
    (OutputLockedError when another report writes there); an OS error becomes OutputError.
    After Ctrl-C (KeyboardInterrupt) the notebooks running are interrupted, the index lists
    the pages that finished, and the run comes back with `interrupted` set.
    """
    out = Path(out).resolve()
    with output_errors(out), folder_lock(out, "report"):
        return _render_reports(
            paths, out, with_code, jobs, notebooks_dir, progress, fresh_kernels, actuals
        )


def _render_reports(
    paths,
    out: Path,
    with_code: bool,
    jobs: int,
    notebooks_dir,
    progress: bool | None,
    fresh: bool,
    actuals: str | Path | None = None,
) -> ReportRun:
    started = time.time()
    warm = threading.Thread(target=_exporter, args=(with_code,), daemon=True)
    warm.start()  # nbconvert takes a second to import: do it while the kernels start
    reports_dir, figures_dir = out / "reports", out / "figures"
    reports_dir.mkdir(parents=True, exist_ok=True)
    figures_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(reports_dir)  # left by a run that was killed
    nb_dir = Path(notebooks_dir or NOTEBOOKS_DIR).resolve()
    workers = _Workers(max(1, jobs), fresh, nb_dir)
    try:
        input_paths = [Path(p).resolve() for p in (paths or [Path("seeds")])]
        tables = load_tables(input_paths, built=out / "data")  # built tables when fresh
        documents, targets = tables.documents, tables.targets
        run = ReportRun(index=reports_dir / "index.html")
        run.input_errors = [f"{e.path}: {e.reason}" for e in tables.errors]
        from cityplans.notebook import write_tables

        tables_file = write_tables(tables, out / "data" / "report_tables.pkl")
        todo = plan_jobs(documents, input_paths, nb_dir, figures_dir, tables_file, actuals)
        checksums = list(zip(documents["doc"], documents["sha256"], strict=True))
        context = _Context(
            documents, targets, reports_dir, with_code, checksums, started, _git_sha()
        )
        bar = _progress(len(todo), progress)
        try:
            for page in workers.run(todo, context):
                run.pages.append(page)
                bar.update(1)
        except KeyboardInterrupt:
            run.interrupted = True
            workers.interrupt()  # the notebooks running now stop at their current cell
        bar.close()
    finally:
        workers.close()
    if run.interrupted:
        run.pages += workers.finished()  # those that ended while the workers stopped
        run.not_rendered = len(todo) - len(run.pages)
    run.pages.sort(key=lambda p: p.job.name)
    _write_index(run, context)
    embed_font([p.html for p in run.pages if p.html is not None] + [run.index])
    return run


def embed_font(pages: list[Path]) -> None:
    """Give every page the CJK font stack and one web-font subset holding the characters of
    all of them (one subset per run: cutting it takes about a second)."""
    from cityplans.webfont import font_css, page_characters, subset_woff

    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    characters = set().union(*(page_characters(t) for t in texts.values()))
    css = font_css(subset_woff(characters))
    for page, text in texts.items():
        head = text.find("</head>")
        text = text[:head] + css + text[head:] if head >= 0 else css + text
        write_atomic(page, text)  # a run stopped here leaves whole pages


@dataclass
class _Context:
    documents: pd.DataFrame
    targets: pd.DataFrame
    reports_dir: Path
    with_code: bool
    checksums: list[tuple[str, str]]
    started: float
    git: str  # the commit, asked once per run


def _progress(total: int, enabled: bool | None):
    from cityplans.progress import bar

    return bar(total, "rendering reports", "notebook", enabled)  # None: on a terminal only


class _Workers:
    """Worker threads that each own one kernel. The kernels start at once, so they boot while
    the corpus loads; jobs come later through run()."""

    def __init__(self, n: int, fresh: bool, cwd: Path) -> None:
        self._pending: queue.Queue = queue.Queue()
        self._done: queue.Queue[Rendered] = queue.Queue()
        self._kernels: list[Kernel] = []
        self._threads = [
            threading.Thread(target=self._work, args=(fresh, cwd), daemon=True) for _ in range(n)
        ]
        for thread in self._threads:
            thread.start()

    def _work(self, fresh: bool, cwd: Path) -> None:
        from cityplans.kernels import Kernel

        kernel = Kernel(KERNEL, KERNEL_ARGS, fresh=fresh)
        self._kernels.append(kernel)
        try:
            try:
                kernel.start(cwd)
            except Exception:  # execute() tries again and names the notebook it fails for
                kernel.close()
            while (item := self._pending.get()) is not None:
                job, ctx = item
                try:
                    self._done.put(_render(job, ctx, kernel))
                except Exception as exc:  # a bug of ours: still report the notebook by name
                    error = ReportError(job.name, None, f"{type(exc).__name__}: {exc}")
                    self._done.put(Rendered(job, None, error, 0.0))
        finally:
            kernel.close()
            _close_thread_loop()

    def run(self, todo: list[Job], ctx: _Context):
        """Yield each job's page as it finishes."""
        for job in todo:
            self._pending.put((job, ctx))
        for _ in todo:
            yield self._done.get()

    def interrupt(self) -> None:
        """After Ctrl-C: drop the jobs not yet started and stop the cell each kernel runs."""
        self._drop_pending()
        for kernel in self._kernels:
            kernel.interrupt()

    def finished(self) -> list[Rendered]:
        """The pages that finished since run() last yielded (after interrupt() and close())."""
        pages = []
        while True:
            try:
                pages.append(self._done.get_nowait())
            except queue.Empty:
                return pages

    def _drop_pending(self) -> None:
        while True:
            try:
                self._pending.get_nowait()
            except queue.Empty:
                break

    def close(self) -> None:
        """Drop jobs not yet started (after Ctrl-C, say), let each worker finish the notebook
        it is on, and shut its kernel down."""
        self._drop_pending()
        for _ in self._threads:
            self._pending.put(None)
        for thread in self._threads:
            thread.join()


def _close_thread_loop() -> None:
    """Close the event loop jupyter's run_sync made for this worker thread, rather than leave
    it to the garbage collector (which closes it with a ResourceWarning)."""
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    ensure_event_loop().close()
    asyncio.set_event_loop(None)


def _render(job: Job, ctx: _Context, kernel: Kernel) -> Rendered:
    import papermill as pm

    t0 = time.time()
    executed = ctx.reports_dir / f"{job.name}.ipynb"
    try:
        check_parameters(
            ctx.targets,
            ctx.documents,
            job.parameters.get("indicators"),
            [job.parameters["city"]] if "city" in job.parameters else None,
            job.parameters.get("kinds"),
        )
    except (CityplansError, KeyError) as exc:
        return Rendered(job, None, ReportError(job.name, None, str(exc)), time.time() - t0)
    error = failure = log = None
    (ctx.reports_dir / f"{job.name}.log").unlink(missing_ok=True)  # an earlier run's
    try:
        kernel.execute(job.notebook, executed, job.parameters, job.notebook.parent)
    except pm.PapermillExecutionError as exc:
        cell, source = _source_cell(executed, exc.cell_index)
        error = ReportError(job.name, cell, f"{exc.ename}: {exc.evalue} (in: {source})")
        log = _write_log(ctx.reports_dir / f"{job.name}.log", error, exc.traceback)
        failure = Failure(cell, f"{exc.ename}: {exc.evalue}", log.name)
    except Exception as exc:  # kernel died, notebook unreadable: still report it by name
        error = ReportError(job.name, None, f"{type(exc).__name__}: {exc}")
    page, figures = None, []
    if executed.exists():
        page = ctx.reports_dir / f"{job.name}.html"
        body = _after_body_tag(export_html(executed, ctx.with_code, failure), NAV)
        page.write_text(_with_footer(body, _footer(job, ctx, error)), encoding="utf-8")
        figures = _figures_of(executed)
    return Rendered(job, page, error, time.time() - t0, log, figures)


def _figures_of(executed: Path) -> list[Path]:
    """The slide PNGs a page showed (charts.show records each one's path), in page order."""
    import nbformat

    found = []
    for cell in nbformat.read(str(executed), as_version=4).cells:
        for output in cell.get("outputs", []):
            figure = output.get("metadata", {}).get("image/png", {}).get("figure")
            if figure and Path(figure) not in found:
                found.append(Path(figure))
    return found


@dataclass
class Failure:
    """What a reader of a failed page is told: the cell (as numbered in the notebook), the
    error in one line, and the log file with the traceback."""

    cell: int
    error: str
    log: str

    def html(self) -> str:
        """The short message shown in place of the failing cell's output."""
        error = self.error if len(self.error) <= 200 else self.error[:200] + "…"
        return (
            "<div class='cp-failed' style='border-left:4px solid #a33;background:#fbeeee;"
            "padding:8px 12px;margin:8px 0;color:#5a1d1d'>"
            f"此处内容未能生成:第 {self.cell} 个单元格出错({html.escape(error)})。"
            f"完整的错误信息见 {html.escape(self.log)}。</div>"
        )


BACK = "<a href='index.html'>← 全部报告 All reports (index)</a>"
NAV = f"<nav class='cp-nav' style='margin:12px 20px 0;font-size:13px'>{BACK}</nav>"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _write_log(path: Path, error: ReportError, traceback: list[str]) -> Path:
    """The failing cell's traceback as plain text (no terminal colours), beside the page."""
    lines = [str(error), "", *(_ANSI.sub("", t) for t in traceback)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _for_readers(nb, failure: Failure):
    """The executed notebook as a reader sees it: papermill's banners dropped, the failing
    cell's traceback replaced by a short message (the traceback is in the log)."""
    import nbformat

    nb.cells = [c for c in nb.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    message = nbformat.v4.new_output("display_data", data={"text/html": failure.html()})
    for cell in nb.cells:
        outputs = cell.get("outputs", [])
        if any(o.get("output_type") == "error" for o in outputs):
            kept = [o for o in outputs if o.get("output_type") != "error"]
            cell.outputs = [*kept, message]
    return nb


def _source_cell(executed: Path, index: int) -> tuple[int, str]:
    """1-based position of a failing cell in the notebook as written (papermill inserts an
    injected-parameters cell, which the author never sees), and its first line."""
    import nbformat

    try:
        cells = nbformat.read(str(executed), as_version=4).cells
    except (OSError, ValueError):
        return index + 1, "?"
    # papermill also puts an error banner on top of the saved notebook; the index predates it
    cells = [c for c in cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    injected = sum(1 for c in cells[:index] if "injected-parameters" in c.metadata.get("tags", []))
    first = cells[index].source.strip().splitlines()[0] if cells[index].source.strip() else ""
    return index - injected + 1, first[:60]


_EXPORT_LOCK = threading.Lock()
_EXPORTERS: dict[bool, object] = {}


def _exporter(with_code: bool):
    """One HTML exporter per setting, built once (loading its templates takes a while)."""
    with _EXPORT_LOCK:
        if with_code not in _EXPORTERS:
            from nbconvert import HTMLExporter

            from cityplans.resources import data_path

            exporter = HTMLExporter(
                template_name="cityplans",  # lab, plus the charts' alternative text
                extra_template_basedirs=[str(data_path("templates"))],
            )
            exporter.exclude_input = not with_code
            exporter.exclude_input_prompt = True
            exporter.exclude_output_prompt = True
            exporter.embed_images = True
            _EXPORTERS[with_code] = exporter
        return _EXPORTERS[with_code]


def export_html(notebook: Path, with_code: bool = False, failure: Failure | None = None) -> str:
    """Stand-alone HTML of an executed notebook: input hidden unless asked, images embedded;
    for a failed run, a short message where the traceback was."""
    import nbformat

    nb = nbformat.read(str(notebook), as_version=4)
    if failure is not None:
        nb = _for_readers(nb, failure)
    exporter = _exporter(with_code)
    with _EXPORT_LOCK:  # an exporter is not safe to share between threads
        body, _ = exporter.from_notebook_node(nb)
    if failure is not None:
        body = _after_body_tag(body, failure.html().replace("此处内容", "本页部分内容", 1))
    return body


def _after_body_tag(page: str, fragment: str) -> str:
    """`fragment` inserted at the top of the page's body."""
    match = re.search(r"<body[^>]*>", page)
    return page[: match.end()] + fragment + page[match.end() :] if match else fragment + page


def _git_sha() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=NOTEBOOKS_DIR,
            timeout=5,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _footer(job: Job | None, ctx: _Context, error: ReportError | None) -> str:
    from cityplans import __version__

    rows = "".join(
        f"<tr><td>{html.escape(doc)}</td><td><code>{html.escape(sha)}</code></td></tr>"
        for doc, sha in ctx.checksums
    )
    params = html.escape(json.dumps(job.parameters, ensure_ascii=False, indent=1)) if job else ""
    status = f"<p style='color:#a33'><b>Failed</b>: {html.escape(str(error))}</p>" if error else ""
    when = dt.datetime.fromtimestamp(ctx.started).strftime("%Y-%m-%d %H:%M:%S")
    return (
        "<footer style='margin:40px 20px 20px;padding-top:12px;border-top:1px solid #ccc;"
        "font-size:12px;color:#555'>"
        + (f"<p>{BACK}</p>" if job else "")
        + f"{status}<p>cityplans {html.escape(__version__)} · git {html.escape(ctx.git)} · "
        f"rendered {when}</p>"
        + (f"<details><summary>Parameters</summary><pre>{params}</pre></details>" if job else "")
        + f"<details><summary>Input documents ({len(ctx.checksums)}), sha256</summary>"
        f"<table>{rows}</table></details></footer>"
    )


def _with_footer(page: str, footer: str) -> str:
    return page.replace("</body>", footer + "</body>", 1) if "</body>" in page else page + footer


def _figure_item(png: Path, reports_dir: Path) -> str:
    """One slide figure: its name, and links to its PNG, SVG and data (those that exist)."""
    links = []
    for suffix in (".png", ".svg", ".csv"):
        path = png.with_suffix(suffix)
        if path.exists():
            href = html.escape(os.path.relpath(path, reports_dir))
            links.append(f"<a href='{href}'>{suffix[1:]}</a>")
    return f"<li>{html.escape(png.stem)}: {' · '.join(links)}</li>"


def _write_index(run: ReportRun, ctx: _Context) -> None:
    from cityplans.charts import DPI

    items = []
    for p in run.pages:
        label = html.escape(p.job.name)
        link = f"<a href='{html.escape(p.html.name)}'>{label}</a>" if p.html else label
        state = (
            f"<span style='color:#a33'>failed — {html.escape(str(p.error))}</span>"
            if p.error
            else f"<span style='color:#2a7'>ok</span> ({p.seconds:.1f} s)"
        )
        items.append(f"<li>{link} · {state}</li>")
    fig_items = "".join(
        f"<h3>{html.escape(p.job.name)}</h3><ul>"
        + "".join(_figure_item(f, ctx.reports_dir) for f in p.figures)
        + "</ul>"
        for p in run.pages
        if p.figures
    )
    errors = "".join(f"<li>{html.escape(e)}</li>" for e in run.input_errors)
    docs = ctx.documents
    unnamed = "".join(
        f"<li>{html.escape(city_label(None, doc))}</li>"
        for doc in docs.loc[docs["city"].map(lambda c: city_label(c, "") != c), "doc"]
    )
    page = (
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>"
        "<title>cityplans reports</title></head>"
        "<body style='max-width:960px;margin:30px auto;line-height:1.6'>"
        "<h1>cityplans · 城市科技创新规划比较报告</h1>"
        f"<p>{len(ctx.checksums)} documents · {len(run.pages)} reports · "
        f"{len(run.failed)} failed</p><h2>Reports</h2><ul>{''.join(items)}</ul>"
        + (f"<h2>Inputs that could not be read</h2><ul>{errors}</ul>" if errors else "")
        + (
            "<h2>城市未识别的文档 Documents without a city</h2>"
            "<p>这些文档在各报告中记作“城市未识别 (文件名)”,没有城市画像(03)。在其文件夹的 "
            "manifest.csv 中写明 city 列即可 (no city found in the text: set it in the "
            f"folder's manifest.csv, column city).</p><ul>{unnamed}</ul>"
            if unnamed
            else ""
        )
        + f"<h2>Figures for slides (16:9, PNG {DPI} dpi + SVG)</h2>{fig_items}"
        + _footer(None, ctx, None)
        + "</body></html>"
    )
    write_atomic(run.index, page)
