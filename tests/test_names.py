"""Names from documents that become paths are slugs: nothing is written outside the output."""

from __future__ import annotations

import shutil

import pytest

from cityplans.names import MAX_NAME_BYTES, slug
from cityplans.reports import NOTEBOOKS_DIR, render_reports
from tests.conftest import BAZHOU, DINGXI, SEEDS

EVIL = "../../x<b>"


@pytest.mark.parametrize(
    "name", [EVIL, "..", ".hidden", "a/b", "a\\b", "x\ny", "C:", "城" * 200, "", "a" * 400]
)
def test_a_slug_is_one_safe_file_name(name):
    s = slug(name)
    assert s and "/" not in s and "\\" not in s and "\n" not in s and ":" not in s
    assert ".." not in s and not s.startswith(".")
    assert len(s.encode()) <= MAX_NAME_BYTES
    assert slug(s) == s  # a slug is its own slug


def test_safe_names_stay_and_changed_ones_never_collide():
    assert slug("郑州市") == "郑州市" and slug("03_city_profile") == "03_city_profile"
    assert slug("a/b") != slug("a_b") and slug("a/b") != slug("a:b")
    assert slug("城" * 200) != slug("城" * 201)


def test_a_city_named_like_a_path_writes_nothing_outside_the_reports(tmp_path):
    plans = tmp_path / "deep" / "plans"
    plans.mkdir(parents=True)
    for name in (DINGXI, BAZHOU):
        shutil.copy(SEEDS / name, plans / name)
    (plans / "manifest.csv").write_text(
        f'file,source,sha256,city\n{DINGXI},s,,"{EVIL}"\n', encoding="utf-8"
    )
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(NOTEBOOKS_DIR / "03_city_profile.ipynb", notebooks)
    out = tmp_path / "deep" / "out"
    before = {p for p in tmp_path.rglob("*")}
    run = render_reports([plans], out=out, notebooks_dir=notebooks, progress=False)
    page = next(p for p in run.pages if p.job.parameters["city"] == EVIL)
    assert page.error is None, page.error
    assert page.html.parent == out / "reports"
    assert page.figures and all(f.parent == out / "figures" for f in page.figures)
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    outside = [p for p in written if not p.is_relative_to(out)]
    assert outside == []
    assert not any(p.name.startswith("x") for p in written)
