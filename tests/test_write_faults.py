"""Writes that collide or fail: a lock per output folder, unique temporary files, `error:
PATH: reason` with exit 1 and the previous tables intact, and Ctrl-C during a report."""

from __future__ import annotations

import builtins
import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pyarrow.parquet as pq
import pytest

from cityplans import cli
from cityplans.build import TABLES, build
from cityplans.table_io import TableWriter
from tests.conftest import BAZHOU, DINGXI, ROOT, SEEDS, run_cli


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in (DINGXI, BAZHOU):
        shutil.copy(SEEDS / name, folder / name)
    return folder


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every table file in `out`, by name, with its bytes."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".parquet", ".csv")}


def _touch_a_plan(plans: Path) -> None:
    """Change one plan, so the next build has to write the tables again."""
    path = plans / DINGXI
    path.write_text(path.read_text(encoding="utf-8") + "\n附件:无\n", encoding="utf-8")


def _errors(stderr: str) -> list[str]:
    """The error lines of stderr (a progress bar may share it)."""
    return [line for line in stderr.replace("\r", "\n").splitlines() if line.startswith("error:")]


def _cli(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return run_cli(*args, **kwargs)


HOLD_LOCK = """
import sys
from pathlib import Path
from cityplans.writing import folder_lock
with folder_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_a_build_into_a_folder_another_build_writes_stops_clearly(plans, tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        proc = _cli(["build", str(plans), "--out", str(out)])
    finally:
        holder.communicate("", timeout=30)
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"error: another build is writing here: {out}")
    assert "Traceback" not in proc.stderr
    assert not (out / "documents.parquet").exists()  # it wrote nothing
    again = _cli(["build", str(plans), "--out", str(out)])  # the lock went with its holder
    assert again.returncode == 0, again.stderr


def test_two_builds_at_once_never_crash(plans, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cityplans", "build", str(plans), "--out", str(out)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=300), p.stderr.read().decode()) for p in runs]
    for p in runs:
        p.stdout.close()
        p.stderr.close()
    for status, stderr in results:
        assert "Traceback" not in stderr
        assert status == 0 or (status == 1 and "another build is writing here" in stderr)
    assert any(status == 0 for status, _ in results)
    assert pq.read_table(out / "documents.parquet").num_rows == 2
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))


def test_two_writers_of_one_table_use_their_own_temporary_files(tmp_path):
    first, second = TableWriter(tmp_path, "errors"), TableWriter(tmp_path, "errors")
    first.write([{"path": "a.txt", "reason": "first"}])
    second.write([{"path": "b.txt", "reason": "second"}])
    first.close()
    second.close()  # once crashed: the first had moved the shared .tmp away
    assert pq.read_table(tmp_path / "errors.parquet").to_pylist() == [
        {"path": "b.txt", "reason": "second"}
    ]


def test_a_full_disk_is_named_and_the_previous_tables_stay(plans, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    build([plans], out=out, progress=False)
    before = _snapshot(out)
    _touch_a_plan(plans)

    def disk_full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pq.ParquetWriter, "write_table", disk_full)
    status = cli.main(["build", str(plans), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    [line] = _errors(err)
    assert line.startswith(f"error: {out}: {os.strerror(errno.ENOSPC)} (the disk is full")
    assert "Traceback" not in err
    assert _snapshot(out) == before  # every table as it was
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def _read_only(monkeypatch, folder: Path) -> None:
    """Make every write under `folder` fail as on a read-only file system (simulated: the
    tests may run as root, whom a read-only mode does not stop)."""
    real_open, real_os_open = builtins.open, os.open

    def refuse(path) -> None:
        if Path(os.fsdecode(path)).resolve().is_relative_to(folder.resolve()):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))

    def ro_open(file, mode="r", *args, **kwargs):
        if isinstance(file, str | bytes | os.PathLike) and set(mode) & set("wax+"):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    def ro_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            refuse(path)
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", ro_open)
    monkeypatch.setattr(os, "open", ro_os_open)


def test_a_read_only_folder_is_named_and_the_previous_tables_stay(
    plans, tmp_path, monkeypatch, capsys
):
    out = tmp_path / "out"
    build([plans], out=out, progress=False)
    before = _snapshot(out)
    _touch_a_plan(plans)
    _read_only(monkeypatch, out)
    status = cli.main(["build", str(plans), "--out", str(out)])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert status == 1
    [line] = _errors(err)
    assert line.startswith(f"error: {out}/") and os.strerror(errno.EROFS) in line
    assert "write elsewhere with --out" in line and "Traceback" not in err
    assert _snapshot(out) == before
    assert sorted(before) == sorted(f"{t}.{x}" for t in TABLES for x in ("parquet", "csv"))


def test_a_report_into_a_read_only_folder_is_named(plans, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    out.mkdir()
    _read_only(monkeypatch, out)
    status = cli.main(["report", str(plans), "--out", str(out)])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert status == 1
    [line] = _errors(err)
    assert line.startswith(f"error: {out}/") and os.strerror(errno.EROFS) in line
    assert "Traceback" not in err and list(out.iterdir()) == []


def _notebook(path: Path, code: str) -> None:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('paths: list = []\nfigures_dir: str = ""\ntables: str = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Py"}
    nbformat.write(nb, str(path))


def test_ctrl_c_during_a_report_leaves_an_index_of_what_finished(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    _notebook(notebooks / "01_quick.ipynb", 'print("done")')
    _notebook(notebooks / "02_slow.ipynb", "import time\ntime.sleep(120)")
    out = tmp_path / "out"
    command = ["report", str(SEEDS / DINGXI), "--out", str(out), "--jobs", "1"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "cityplans", *command, "--notebooks", str(notebooks)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        # as in a terminal: a test runner started in the background passes SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.time() + 120
        while not (out / "reports" / "01_quick.html").exists() and time.time() < deadline:
            time.sleep(0.2)
        assert (out / "reports" / "01_quick.html").exists()
        time.sleep(1)  # the slow one is running now
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)  # not the 120 s the slow cell would take
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    index = (out / "reports" / "index.html").read_text(encoding="utf-8")
    assert "<a href='01_quick.html'>01_quick</a>" in index
    assert "02_slow</a> · <span style='color:#2a7'>ok" not in index
    assert not list((out / "reports").glob(".*.tmp"))


def test_a_killed_build_leaves_whole_tables_and_the_next_one_cleans_up(plans, tmp_path):
    out = tmp_path / "out"
    # built by the command, as the killed one: its files (the outcome tables and the workbook
    # too) are there before, whether the kill lands before or after it writes them
    assert _cli(["build", str(plans), "--out", str(out)]).returncode == 0
    before = _snapshot(out)
    _touch_a_plan(plans)
    stale = out / ".documents.parquet.4242.0123abcd.tmp"  # as a build killed mid-write leaves
    stale.write_bytes(b"PAR1 half a table")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cityplans", "build", str(plans), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    time.sleep(2)  # wherever it is then: loading, processing, writing or done
    proc.kill()
    proc.wait()
    for table in TABLES:  # each table is the old one or the new one, never a part
        assert pq.read_table(out / f"{table}.parquet") is not None
    # the build's own tables, old or new (a CLI build that finished also adds the actuals and
    # attainment tables beside them)
    assert set(before) <= set(_snapshot(out))
    again = _cli(["build", str(plans), "--out", str(out)])
    assert again.returncode == 0, again.stderr
    assert not stale.exists() and not [p for p in out.rglob("*.tmp")]
    assert _snapshot(out) != before  # the changed plan is in the tables now
