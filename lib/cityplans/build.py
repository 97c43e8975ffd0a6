"""Build the corpus tables (documents, targets, mentions, clauses, errors) as Parquet and CSV.

Each file is processed by one pure function (load, tag, extract, clauses) whose rows go to a
per-document cache keyed by path, content sha256, its manifest.csv row and pipeline version.
The same function runs in this process (engine "local") or on Dask workers (engine "dask": a
LocalCluster of worker processes, or a running scheduler); only a small status comes back.
The driver then streams the cached rows into the tables in batches, so its memory does not
grow with the corpus. A document whose sha256 and manifest row have not changed is not
processed again; when no input changed at all, nothing is rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from cityplans.corpus import Corpus, _expand, load_document
from cityplans.errors import DocumentError
from cityplans.writing import folder_lock, output_errors, remove_stale_temps, write_atomic

TABLES = (
    "documents",
    "targets",
    "mentions",
    "clauses",
    "errors",
    "incentives",
    "terms",
    "corrections",  # the analyst's decisions beside the plans, each with its state
)
BATCH = 200  # documents per Parquet row group / CSV append
CHUNK_MAX = 50  # documents per Dask task
MANIFEST = "build_manifest.json"


@dataclass
class BuildResult:
    """What a build did: counts, where the tables are, and the failed inputs."""

    out: Path
    documents: int = 0
    processed: int = 0
    reused: int = 0
    errors: list[dict] = field(default_factory=list)
    up_to_date: bool = False
    seconds: float = 0.0
    seconds_processing: float = 0.0  # loading, tagging, extraction (on the workers for dask)
    seconds_writing: float = 0.0  # streaming the tables to Parquet and CSV (the driver)

    def summary(self) -> str:
        """One line for the console."""
        if self.up_to_date:
            return f"up to date: {self.documents} documents unchanged, tables in {self.out}"
        return (
            f"{self.documents} documents ({self.processed} processed, {self.reused} unchanged), "
            f"{len(self.errors)} error(s), {self.seconds:.1f} s; tables in {self.out}"
        )


@cache
def pipeline_version() -> str:
    """Library version, table schemas and the rules' data files: a change to any of them
    invalidates cached results (a cached batch with other columns cannot join a table)."""
    from cityplans import __version__
    from cityplans.table_io import SCHEMAS

    h = hashlib.sha256(__version__.encode())
    for name, schema in sorted(SCHEMAS.items()):
        h.update(f"{name}:{schema}".encode())
    data = resources.files("cityplans").joinpath("data")
    for name in sorted(
        p.name for p in data.iterdir() if p.name.endswith((".yaml", ".txt", ".json"))
    ):
        h.update(name.encode())
        h.update(data.joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def _key(path: str, sha: str, manifest: dict) -> str:
    """The cache key of one input: its path, content, manifest row and the pipeline version."""
    row = json.dumps(manifest, ensure_ascii=False, sort_keys=True)
    text = f"{path}\0{sha}\0{row}\0{pipeline_version()}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def process_file(path: str, cache_path: str, manifest: dict | None = None) -> dict:
    """Load, tag and extract one file (with its manifest.csv row, as load_corpus does); write
    its rows to `cache_path`; return a small status.

    Runs on a Dask worker as well as locally: it reads the file itself and ships no rows.
    """
    from cityplans.clauses import clauses
    from cityplans.targets import mention_rows, target_rows

    try:
        doc = load_document(path, manifest)
    except DocumentError as exc:
        rows = {"errors": [{"path": exc.path, "reason": exc.reason}]}
    else:
        from cityplans.incentives import beneficiary_group, document_incentives
        from cityplans.keywords import term_rows

        one = Corpus(docs=[doc])
        incentives = document_incentives(doc)
        for row in incentives:
            row["for_group"] = beneficiary_group(row["for_what"])
        rows = {
            "documents": [doc.row()],
            "targets": target_rows(doc),
            "mentions": mention_rows(doc),
            "clauses": clauses(one).to_dict(orient="records"),
            "incentives": incentives,
            "terms": term_rows(doc),
        }
    from cityplans.table_io import SCHEMAS, serialize

    # serialised here, on the worker: the driver only concatenates
    pieces = {t: serialize(SCHEMAS[t], r) for t, r in rows.items()}
    cached = {"pieces": pieces, "errors": rows.get("errors", [])}
    write_atomic(Path(cache_path), pickle.dumps(cached, protocol=pickle.HIGHEST_PROTOCOL))
    return {"path": path, "ok": "errors" not in rows}


def process_files(paths: list[str], cache_paths: list[str], manifests: list[dict]) -> list[dict]:
    """process_file over a chunk: one Dask task per chunk keeps the scheduler's per-task
    overhead small next to the work (it shares the same cores)."""
    return [process_file(*item) for item in zip(paths, cache_paths, manifests, strict=True)]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build(
    paths: Iterable[str | Path] | None = None,
    out: str | Path = "outputs/data",
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    progress: bool | None = None,
) -> BuildResult:
    """Build the tables for the plans at `paths` into `out` (see the module docstring).

    Holds `out`'s lock throughout (OutputLockedError when another build writes there); any
    OS error becomes OutputError(path, reason), and the tables already in `out` stay as
    they were (they are replaced only once every new one is complete). `progress` None shows
    a bar on a terminal only (progress.wanted).
    """
    out = Path(out).resolve()
    with output_errors(out), folder_lock(out, "build"):
        return _build(paths, out, engine, scheduler, workers, progress)


def _build(paths, out: Path, engine: str, scheduler, workers, progress) -> BuildResult:
    started = time.time()
    cache_dir = out / "cache"
    cache_dir.mkdir(parents=True, exist_ok=True)
    for folder in (out, cache_dir):  # left by a build that was killed
        remove_stale_temps(folder)
    state = _build_state(paths)
    inputs = state["inputs"]
    input_errors = state["input_errors"]
    result = BuildResult(out=out, documents=len(inputs))
    if _unchanged(out, state):
        result.up_to_date = True
        result.errors = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["errors"]
        result.seconds = time.time() - started
        return result
    todo = []
    for path, sha, row in inputs:
        target = cache_dir / f"{_key(path, sha, row)}.pkl"
        if target.exists():
            result.reused += 1
        else:
            todo.append((path, str(target), row))
    result.processed = len(todo)
    t = time.time()
    _run(todo, engine, scheduler, workers, progress)
    result.seconds_processing = time.time() - t
    t = time.time()
    result.errors = input_errors + _write_tables(out, inputs, cache_dir)
    result.seconds_writing = time.time() - t
    state["errors"] = result.errors
    write_atomic(out / MANIFEST, json.dumps(state, ensure_ascii=False, indent=1))
    result.seconds = time.time() - started
    return result


def _build_state(paths: Iterable[str | Path] | None) -> dict:
    """What a build depends on: the pipeline version, every input file with its sha256 and
    its manifest.csv row, and the inputs that could not be listed or read."""
    listing = Corpus()
    rows: dict[Path, dict] = {}
    for p in map(Path, paths or [Path("seeds")]):
        for f, row in _expand(p, listing):
            rows[f.resolve()] = row
    inputs = []
    for f in sorted(rows):
        try:
            inputs.append((str(f), _sha256(f), rows[f]))
        except OSError as exc:
            listing.errors.append(DocumentError(str(f), f"cannot read: {exc.strerror or exc}"))
    errors = [{"path": e.path, "reason": e.reason} for e in listing.errors]
    from cityplans.corrections import folder_digests

    return {
        "version": pipeline_version(),
        "inputs": inputs,
        "input_errors": errors,
        "corrections": folder_digests(str(f) for f in rows),  # decisions are inputs too
    }


def _unchanged(out: Path, state: dict) -> bool:
    """True when the last build saw exactly these inputs with this pipeline, tables present."""
    if not _built(out):
        return False
    try:
        old = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except ValueError:
        return False
    return (
        old.get("version"),
        [tuple(i) for i in old.get("inputs", [])],  # (path, sha256, manifest row)
        old.get("input_errors"),
        old.get("corrections"),
    ) == (state["version"], state["inputs"], state["input_errors"], state["corrections"])


def _built(out: Path) -> bool:
    """Whether `out` holds a build's state file and every table."""
    return (out / MANIFEST).exists() and all((out / f"{t}.parquet").exists() for t in TABLES)


def _run(
    todo: list[tuple[str, str, dict]], engine: str, scheduler, workers, progress: bool | None
) -> None:
    from cityplans.progress import bar as progress_bar

    bar = progress_bar(len(todo), f"building ({engine})", "doc", progress)
    if engine == "local":
        for path, target, row in todo:
            process_file(path, target, row)
            bar.update(1)
    elif engine == "dask":
        from dask.distributed import as_completed

        with dask_client(scheduler, workers) as client:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            size = max(1, min(CHUNK_MAX, len(todo) // (n_workers * 4) or 1))
            chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
            futures = [
                client.submit(
                    process_files,
                    [p for p, _, _ in c],
                    [t for _, t, _ in c],
                    [r for _, _, r in c],
                    pure=False,
                )
                for c in chunks
            ]
            for future in as_completed(futures):
                bar.update(len(future.result()))  # a worker crash surfaces here
    else:
        raise ValueError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    bar.close()


# Batch settings for the clusters we start: no statistical profiler sampling each worker's
# task thread every 10 ms (it competes for the GIL) and calmer monitors; no dashboard.
BATCH_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.tick.interval": "200ms",
}


def dask_client(scheduler: str | None = None, workers: int | None = None):
    """A Dask client: the scheduler at `scheduler` (or $DASK_SCHEDULER_ADDRESS), else a
    LocalCluster of `workers` single-threaded processes (jieba and our parsers hold the GIL)."""
    import dask
    from dask.distributed import Client, LocalCluster

    address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS")
    if address:
        return Client(address)
    with dask.config.set(BATCH_CONFIG):  # workers inherit the config at start
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    return _ClosingClient(Client(cluster), cluster)


class _ClosingClient:
    """Context manager closing both the client and the LocalCluster it started."""

    def __init__(self, client, cluster) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        self.cluster.close()


def _write_tables(out: Path, inputs: list[tuple[str, str, dict]], cache_dir: Path) -> list[dict]:
    """Stream every document's cached pieces into Parquet and CSV, BATCH documents at a time,
    the analyst's decisions applied to each one's targets (the cache keeps them as extracted);
    all or nothing: the tables in place are replaced only once every new one is complete."""
    from cityplans.build_corrections import BuildCorrections
    from cityplans.table_io import TableWriter

    decisions = BuildCorrections()
    writers: dict[str, TableWriter] = {}
    errors: list[dict] = []
    try:
        for t in TABLES:
            writers[t] = TableWriter(out, t)
        batch: dict[str, list] = {t: [] for t in TABLES}
        for n, (path, sha, row) in enumerate(inputs, start=1):
            with open(cache_dir / f"{_key(path, sha, row)}.pkl", "rb") as fh:
                cached = pickle.load(fh)
            for table, piece in cached["pieces"].items():
                if table == "targets":
                    piece = decisions.targets_piece(path, sha, piece)
                batch[table].append(piece)
            errors += cached["errors"]
            if n % BATCH == 0:
                for t in TABLES:
                    writers[t].write_serialized(batch[t])
                    batch[t] = []
        unreadable = decisions.errors()  # corrections files that cannot be read
        errors += unreadable
        writers["corrections"].write(decisions.rows())
        writers["errors"].write(unreadable)
        for t in TABLES:
            writers[t].write_serialized(batch[t])
            writers[t].finish()
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    # the state goes first: a run stopped between two moves leaves no state, so the mixed
    # tables are never taken for fresh ones (the next build writes them all again)
    (out / MANIFEST).unlink(missing_ok=True)
    for writer in writers.values():
        writer.commit()
    return errors


def is_current(paths: Iterable[str | Path] | None, out: str | Path) -> bool:
    """True when the tables at `out` were built from exactly the plans at `paths`, unchanged
    (same files, same sha256, same pipeline version); cityplans.tables reads them then."""
    out = Path(out)
    return _built(out) and _unchanged(out, _build_state(paths))  # no hashing when not built
