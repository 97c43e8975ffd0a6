"""The build: Parquet and CSV tables, identical on both engines, incremental, errors kept."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

import cityplans as cp
from cityplans.build import TABLES, build, read_tables
from tests.conftest import BAZHOU, DINGXI, ROOT, SEEDS


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_tables_match_the_library(plans, tmp_path):
    result = build([plans], out=tmp_path / "data", progress=False)
    assert (result.documents, result.processed, result.reused) == (6, 6, 0)
    tables = read_tables(tmp_path / "data")
    corpus = cp.load_corpus([plans])
    assert sorted(tables["documents"]["doc"]) == sorted(d.doc for d in corpus.docs)
    assert len(tables["targets"]) == len(cp.extract_targets(corpus))
    assert len(tables["mentions"]) == len(cp.mentions(corpus))
    assert len(tables["clauses"]) == len(cp.clauses(corpus))
    assert list(tables["errors"]["reason"]) == ["empty file (0 bytes)"]  # the rest still built
    for t in TABLES:
        csv = (tmp_path / "data" / f"{t}.csv").read_bytes()
        assert csv.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel opens Chinese correctly
    docs_csv = pd.read_csv(tmp_path / "data" / "documents.csv", encoding="utf-8-sig")
    assert "盘锦市" in set(docs_csv["city"])


def test_incremental(plans, tmp_path):
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    again = build([plans], out=out, progress=False)
    assert again.up_to_date  # nothing changed: nothing rewritten
    text = (plans / DINGXI).read_text(encoding="utf-8")
    (plans / DINGXI).write_text(text.replace("0.87件", "0.9件"), encoding="utf-8")
    third = build([plans], out=out, progress=False)
    assert (third.processed, third.reused) == (1, 5)  # only the changed plan
    targets = read_tables(out)["targets"]
    row = targets[
        (targets["doc"] == DINGXI) & (targets["indicator"] == "invention_patents_per_10k")
    ]
    assert list(row["value"]) == [0.9]


def test_engines_give_identical_tables(tmp_path):
    local = build([SEEDS], out=tmp_path / "local", progress=False)
    dask = build([SEEDS], out=tmp_path / "dask", engine="dask", workers=2, progress=False)
    assert (local.processed, dask.processed) == (5, 5)
    a, b = read_tables(tmp_path / "local"), read_tables(tmp_path / "dask")
    for t in TABLES:
        pd.testing.assert_frame_equal(a[t], b[t])


def test_cli_build_counts_errors(plans, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "cityplans", "build", str(plans), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "empty.txt: empty file (0 bytes)" in proc.stderr
    assert "6 documents (6 processed, 0 unchanged), 1 error(s)" in proc.stdout
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "cityplans",
            "build",
            str(SEEDS / BAZHOU),
            "--out",
            str(tmp_path / "p"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert ok.returncode == 0 and "1 documents (1 processed" in ok.stdout


def test_load_corpus_reads_fresh_built_tables(plans, tmp_path):
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    parsed = cp.load_corpus([plans])
    backed = cp.load_corpus([plans], built=out)
    assert backed.tables is not None and backed.docs == []  # nothing parsed
    assert [e.reason for e in backed.errors] == ["empty file (0 bytes)"]
    cols = ["doc", "indicator", "kind", "value", "unit", "year", "scope", "status", "quote"]
    a = cp.extract_targets(parsed)[cols].reset_index(drop=True)
    b = cp.extract_targets(backed)[cols].reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)
    assert cp.incentives(parsed)["for_what"].tolist() == cp.incentives(backed)["for_what"].tolist()
    pd.testing.assert_frame_equal(cp.similarity(parsed), cp.similarity(backed))
    assert cp.clauses(backed)["lead_units"].tolist() == cp.clauses(parsed)["lead_units"].tolist()


def test_stale_built_tables_are_not_used(plans, tmp_path):
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    (plans / BAZHOU).write_text((plans / BAZHOU).read_text("utf-8") + "\n", encoding="utf-8")
    corpus = cp.load_corpus([plans], built=out)
    assert corpus.tables is None and len(corpus.docs) == 5  # the plans were read again
