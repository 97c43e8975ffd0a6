"""The build: Parquet and CSV tables, identical on both engines, incremental, errors kept."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

import cityplans as cp
from cityplans import tables as tables_module
from cityplans.build import TABLES, build
from cityplans.corrections import TARGET_MARKS
from cityplans.tables import Tables
from tests.conftest import BAZHOU, DINGXI, ROOT, SEEDS, run_cli


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_tables_match_the_library(plans, tmp_path):
    result = build([plans], out=tmp_path / "data", progress=False)
    assert (result.documents, result.processed, result.reused) == (6, 6, 0)
    tables = Tables.read(tmp_path / "data")
    corpus = cp.load_corpus([plans])
    assert sorted(tables.documents["doc"]) == sorted(d.doc for d in corpus.docs)
    assert len(tables.targets) == len(cp.extract_targets(corpus))
    assert len(tables.mentions) == len(cp.mentions(corpus))
    assert len(tables.clauses) == len(cp.clauses(corpus))
    assert [e.reason for e in tables.errors] == ["empty file (0 bytes)"]  # the rest still built
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
    targets = Tables.read(out).targets
    row = targets[
        (targets["doc"] == DINGXI) & (targets["indicator"] == "invention_patents_per_10k")
    ]
    assert list(row["value"]) == [0.9]


def test_engines_give_identical_tables(tmp_path):
    local = build([SEEDS], out=tmp_path / "local", progress=False)
    dask = build([SEEDS], out=tmp_path / "dask", engine="dask", workers=2, progress=False)
    assert (local.processed, dask.processed) == (5, 5)
    a, b = Tables.read(tmp_path / "local"), Tables.read(tmp_path / "dask")
    for t in tables_module.NAMES:
        pd.testing.assert_frame_equal(a.table(t), b.table(t))
    assert a.error_table.equals(b.error_table)


def test_cli_build_counts_errors(plans, tmp_path):
    proc = run_cli("build", str(plans), "--out", str(tmp_path / "o"))
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


def test_load_tables_reads_fresh_built_tables(plans, tmp_path, monkeypatch):
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    parsed = Tables.of(cp.load_corpus([plans]))

    def no_parsing(*args, **kwargs):
        raise AssertionError("the plans were parsed again")

    monkeypatch.setattr(tables_module, "load_corpus", no_parsing)
    stored = cp.load_tables([plans], built=out)
    assert [e.reason for e in stored.errors] == ["empty file (0 bytes)"]
    cols = ["doc", "indicator", "kind", "value", "unit", "year", "scope", "status", "quote"]
    pd.testing.assert_frame_equal(parsed.targets[cols], stored.targets[cols])
    cols = ["doc", "city", "period_start", "period_end", "sha256"]
    pd.testing.assert_frame_equal(parsed.documents[cols], stored.documents[cols], check_dtype=False)
    assert parsed.incentives["for_what"].tolist() == stored.incentives["for_what"].tolist()
    pd.testing.assert_frame_equal(parsed.similarity(), stored.similarity())
    pd.testing.assert_frame_equal(parsed.keywords(top=5), stored.keywords(top=5))
    assert stored.clauses["lead_units"].tolist() == parsed.clauses["lead_units"].tolist()


def test_the_library_functions_and_the_tables_agree(plans):
    corpus = cp.load_corpus([plans])
    tables = Tables.of(corpus)
    marks = list(TARGET_MARKS)  # the analyst's decisions: none beside these plans
    assert (tables.targets[marks] == "").all().all()
    pd.testing.assert_frame_equal(tables.targets.drop(columns=marks), cp.extract_targets(corpus))
    pd.testing.assert_frame_equal(tables.mentions, cp.mentions(corpus))
    pd.testing.assert_frame_equal(tables.clauses, cp.clauses(corpus))
    pd.testing.assert_frame_equal(tables.incentives, cp.incentives(corpus))
    pd.testing.assert_frame_equal(tables.keywords(top=5), cp.keywords(corpus, top=5))
    pd.testing.assert_frame_equal(tables.similarity(), cp.similarity(corpus))
    given = tables.targets
    given.loc[:, "value"] = -1.0  # a copy: the table itself stays
    assert not tables.targets["value"].eq(-1.0).any()


def test_stale_built_tables_are_not_used(plans, tmp_path):
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    text = (plans / DINGXI).read_text(encoding="utf-8")
    (plans / DINGXI).write_text(text.replace("0.87件", "0.9件"), encoding="utf-8")
    targets = cp.load_tables([plans], built=out).targets  # the plans are read again
    row = targets[
        (targets["doc"] == DINGXI) & (targets["indicator"] == "invention_patents_per_10k")
    ]
    assert list(row["value"]) == [0.9]
    assert Tables.read(out).targets["value"].isin([0.87]).any()  # what the build had


def test_a_corpus_is_parsed_documents_only():
    assert "built" not in cp.load_corpus.__code__.co_varnames
    assert not hasattr(cp.Corpus(), "tables")
