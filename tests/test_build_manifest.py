"""`build` reads manifest.csv as `corpus` does, and a manifest change rebuilds what it touches."""

from __future__ import annotations

import csv
import math
import shutil

import pandas as pd
import pytest

import cityplans as cp
from cityplans.build import build
from cityplans.corpus import DOCUMENT_COLUMNS
from cityplans.tables import Tables, built_tables
from tests.conftest import BAZHOU, DINGXI, SEEDS, ZHUMADIAN

NEW_TITLE = "霸州市科技创新跃升工作方案(manifest 标题)"
NEW_SOURCE = "https://example.org/dingxi-plan"


def _edit_manifest(folder, changes: dict[str, dict[str, str]]) -> None:
    """Rewrite folder/manifest.csv with `changes` ({file: {column: value}}) applied."""
    with open(folder / "manifest.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    fields = list(rows[0])
    for row in rows:
        for key, value in changes.get(row["file"], {}).items():
            if key not in fields:
                fields.append(key)
            row[key] = value
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, restval="")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(SEEDS, folder)
    _edit_manifest(
        folder,
        {
            DINGXI: {"city": "陇西县", "source": NEW_SOURCE},
            BAZHOU: {"title": NEW_TITLE},
            ZHUMADIAN: {"sha256": "0" * 64},
        },
    )
    return folder


def _plain(value):
    """One cell as plain Python, so a Parquet round trip and a fresh frame compare equal."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def test_build_applies_the_manifest(plans, tmp_path):
    build([plans], out=tmp_path / "data", progress=False)
    docs = Tables.read(tmp_path / "data").documents.set_index("doc")
    assert docs.loc[DINGXI, "city"] == "陇西县"  # the manifest's city, as written there
    assert docs.loc[DINGXI, "prefecture"] == "定西市"  # and its gazetteer facts
    assert docs.loc[DINGXI, "source"] == NEW_SOURCE
    assert docs.loc[BAZHOU, "title"] == NEW_TITLE
    assert "title=manifest" in docs.loc[BAZHOU, "field_sources"]
    assert any("sha256 differs from manifest.csv" in w for w in docs.loc[ZHUMADIAN, "warnings"])


def test_built_documents_equal_the_corpus_field_by_field(plans, tmp_path):
    build([plans], out=tmp_path / "data", progress=False)
    built = Tables.read(tmp_path / "data").documents.set_index("doc")
    parsed = cp.load_corpus([plans]).documents.set_index("doc")
    assert sorted(built.index) == sorted(parsed.index)
    for column in DOCUMENT_COLUMNS[1:]:
        assert column in built.columns, f"built documents lack {column}"
        for doc in parsed.index:
            a, b = _plain(parsed.loc[doc, column]), _plain(built.loc[doc, column])
            assert a == b, (doc, column, a, b)


def test_a_manifest_change_rebuilds_what_it_touches(plans, tmp_path):
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    _edit_manifest(plans, {DINGXI: {"city": "渭源县"}})
    again = build([plans], out=out, progress=False)
    assert not again.up_to_date
    assert (again.processed, again.reused) == (1, 4)  # only the plan whose row changed
    docs = Tables.read(out).documents.set_index("doc")
    assert docs.loc[DINGXI, "city"] == "渭源县"
    assert build([plans], out=out, progress=False).up_to_date


def test_tables_built_with_the_manifest_back_the_corpus(plans, tmp_path):
    """Reports read the built tables: they must show the city `corpus` shows."""
    out = tmp_path / "data"
    build([plans], out=out, progress=False)
    backed = built_tables([plans], out)
    assert backed is not None
    assert backed.documents.set_index("doc").loc[DINGXI, "city"] == "陇西县"
    _edit_manifest(plans, {DINGXI: {"city": "渭源县"}})
    assert built_tables([plans], out) is None  # the manifest changed: the tables are stale
    fresh = cp.load_tables([plans], built=out)
    assert fresh.documents.set_index("doc").loc[DINGXI, "city"] == "渭源县"
