"""The manifest: optional, overrides detection, and says which fields it set."""

from __future__ import annotations

import csv
import hashlib
import shutil

import pytest

import cityplans as cp
from cityplans.manifest import read_manifest
from tests.conftest import DINGXI, SEED_FILES, SEEDS, ZHUMADIAN


def test_seed_manifest_lists_every_seed_with_its_checksum():
    rows = read_manifest(SEEDS / "manifest.csv")
    assert sorted(rows) == sorted(SEED_FILES)
    for name, row in rows.items():
        assert row["sha256"] == hashlib.sha256((SEEDS / name).read_bytes()).hexdigest()
        assert row["source"]


def test_plans_without_manifest_are_tagged_from_their_text(tmp_path):
    shutil.copy(SEEDS / DINGXI, tmp_path / DINGXI)
    row = cp.load_corpus([tmp_path]).documents.iloc[0]
    assert row["city"] == "定西市"
    assert row["source"] is None


def _write(folder, rows, fields):
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def test_manifest_overrides_and_says_so(tmp_path):
    shutil.copy(SEEDS / ZHUMADIAN, tmp_path / ZHUMADIAN)
    digest = hashlib.sha256((SEEDS / ZHUMADIAN).read_bytes()).hexdigest()
    _write(
        tmp_path,
        [
            {
                "file": ZHUMADIAN,
                "source": "test",
                "sha256": digest,
                "issuer": "驻马店市人民政府",
                "issued": "2021-04-28",
            }
        ],
        ["file", "source", "sha256", "issuer", "issued"],
    )
    doc = cp.load_corpus([tmp_path]).docs[0]
    assert doc.tags["issuer"] == "驻马店市人民政府"
    assert doc.field_sources["issuer"] == "manifest"
    assert doc.field_sources["city"] == "title"  # not overridden: still detected
    assert doc.tags["source"] == "test"
    assert "issuer=manifest" in doc.row()["field_sources"]


def test_manifest_city_override_fills_gazetteer_fields(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("2021年科技工作要点\n一、目标\n全市高新技术企业达到50家。", encoding="utf-8")
    _write(
        tmp_path,
        [{"file": "x.txt", "source": "s", "sha256": "", "adcode": "621122"}],
        ["file", "source", "sha256", "adcode"],
    )
    doc = cp.load_corpus([tmp_path]).docs[0]
    assert doc.tags["city"] == "陇西县"
    assert doc.tags["prefecture"] == "定西市"
    assert doc.field_sources["city"] == "manifest via gazetteer"
    assert not any("no city found" in w for w in doc.warnings)


def test_checksum_mismatch_is_warned(tmp_path):
    shutil.copy(SEEDS / DINGXI, tmp_path / DINGXI)
    _write(
        tmp_path,
        [{"file": DINGXI, "source": "s", "sha256": "0" * 64}],
        ["file", "source", "sha256"],
    )
    doc = cp.load_corpus([tmp_path]).docs[0]
    assert any("sha256 differs" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("file,sha256\n", "missing column(s) source"),
        ("file,source,sha256,colour\n", "unknown column"),
    ],
)
def test_bad_manifest_is_an_error_naming_it(tmp_path, header, message):
    shutil.copy(SEEDS / DINGXI, tmp_path / DINGXI)
    (tmp_path / "manifest.csv").write_text(header, encoding="utf-8")
    corpus = cp.load_corpus([tmp_path])
    assert len(corpus.docs) == 1  # the plan still loads
    assert any(e.path.endswith("manifest.csv") and message in e.reason for e in corpus.errors)


def test_a_bad_manifest_is_said_once_for_its_folder(tmp_path):
    """Two plans beside one unreadable manifest.csv: one error naming it, both plans loaded."""
    shutil.copy(SEEDS / DINGXI, tmp_path / DINGXI)
    shutil.copy(SEEDS / DINGXI, tmp_path / "copy.txt")
    (tmp_path / "manifest.csv").write_text("file,sha256\n", encoding="utf-8")
    corpus = cp.load_corpus([tmp_path])
    assert len(corpus.docs) == 2
    assert sum(e.path.endswith("manifest.csv") for e in corpus.errors) == 1


def test_sidecars_are_read_from_a_folder_and_beside_a_file_given_by_name(tmp_path):
    """A folder's listing says which plans have a .src sidecar; each found is still read."""
    text = (SEEDS / DINGXI).read_text(encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.md", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.src").write_text("https://a.example/1\n", encoding="utf-8")
    (tmp_path / "c.src").write_text("\n", encoding="utf-8")  # empty: no address
    (tmp_path / "sub" / "d.src").write_text("https://d.example/4\n", encoding="utf-8")
    sources = {d.doc: d.tags.get("source") for d in cp.load_corpus([tmp_path]).docs}
    assert sources == {
        "a.txt": "https://a.example/1",
        "b.txt": None,
        "c.md": None,
        "d.txt": "https://d.example/4",
    }
    alone = cp.load_corpus([tmp_path / "a.txt", tmp_path / "b.txt"]).docs
    assert [d.tags.get("source") for d in alone] == ["https://a.example/1", None]
