"""Notebook parameters as papermill gives them: strings for lists, paths from the project root."""

from __future__ import annotations

import re
import subprocess
import sys

import nbformat
import papermill as pm
import pytest

from cityplans import notebook as nb
from cityplans.errors import ParameterError
from tests.conftest import ROOT, SEEDS

NOTEBOOKS = ROOT / "notebooks"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ('["郑州市"]', ["郑州市"]),  # papermill -p cities '["郑州市"]' passes this string
        ('["郑州市", "定西市"]', ["郑州市", "定西市"]),
        ("郑州市", ["郑州市"]),
        ("郑州市,定西市", ["郑州市", "定西市"]),
        ("郑州市, 定西市 ", ["郑州市", "定西市"]),
        ("郑州市,定西市", ["郑州市", "定西市"]),  # a full-width comma typed in a Chinese IME
        ("", []),
        (None, []),
        ([], []),
        (["hte_count"], ["hte_count"]),
        (("a", "b"), ["a", "b"]),
    ],
)
def test_list_parameters_accept_strings(given, expected):
    assert nb.as_list(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [(2025, [2025]), ("2020,2025", [2020, 2025]), ("[2021]", [2021]), (["2021"], [2021])],
)
def test_year_parameters_become_integers(given, expected):
    assert nb.as_list(given, int) == expected


@pytest.mark.parametrize("given", ['["郑州市"', "[1, 2", "二〇二五"])
def test_unreadable_list_parameters_are_named(given):
    with pytest.raises(ParameterError) as info:
        nb.as_list(given, int)
    assert repr(given) in str(info.value)


def test_relative_paths_start_at_the_project_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert nb.project_path("seeds") == SEEDS
    assert nb.project_path("outputs/figures") == ROOT / "outputs" / "figures"
    assert nb.project_path(str(tmp_path / "x")) == tmp_path / "x"  # absolute stays


def _papermill(args: list[str], cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "papermill", *args, "--kernel", "python3", "--no-progress-bar"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
    )


def _text_of(executed) -> str:
    cells = nbformat.read(str(executed), as_version=4).cells
    parts = []
    for cell in cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts += [str(v) for k, v in out.get("data", {}).items() if k.startswith("text/")]
    return "\n".join(parts)


def test_the_issue_s_papermill_line_works_from_another_folder(tmp_path):
    """-p gives '["郑州市"]' as a string, and the working folder is not notebooks/: the plans
    are still found (from the project root) and only 郑州市 is compared."""
    out = tmp_path / "out.ipynb"
    proc = _papermill(
        [
            str(NOTEBOOKS / "02_indicator_comparison.ipynb"),
            str(out),
            "-p",
            "cities",
            '["郑州市"]',
            "-p",
            "figures_dir",
            str(tmp_path / "figures"),
        ],
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = _text_of(out)
    assert "高新技术企业50家" in text  # 郑州市's quote in the table
    assert "驻马店市" not in text and "定西市" not in text


def test_help_notebook_shows_a_working_papermill_line_that_the_readme_shows_too(tmp_path):
    proc = _papermill([str(NOTEBOOKS / "02_indicator_comparison.ipynb"), "--help-notebook"], ROOT)
    assert proc.returncode == 0, proc.stderr
    line = re.search(r"papermill notebooks/\S+\.ipynb \S+\.ipynb[^\n]*", proc.stdout)
    assert line, proc.stdout
    command = line.group().rstrip(")").split()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert " ".join(command) in readme
    args = [
        tmp_path / "o.ipynb" if a.endswith(".ipynb") and "notebooks/" not in a else a
        for a in command[1:]
    ]
    run = _papermill([str(a) for a in args] + ["-p", "figures_dir", str(tmp_path)], ROOT)
    assert run.returncode == 0, run.stderr[-2000:]


def test_an_empty_corpus_stops_the_notebook_naming_the_path(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(pm.PapermillExecutionError) as info:
        pm.execute_notebook(
            str(NOTEBOOKS / "01_corpus_overview.ipynb"),
            str(tmp_path / "o.ipynb"),
            parameters={"paths": str(tmp_path / "empty"), "figures_dir": str(tmp_path)},
            kernel_name="python3",
            progress_bar=False,
            cwd=str(tmp_path),
        )
    assert info.value.ename == "EmptyCorpusError"
    assert f"{tmp_path / 'empty'}: folder holds no plan files" in info.value.evalue


def _first_failure(notebook: str, parameters: dict, tmp_path) -> pm.PapermillExecutionError:
    out = tmp_path / "o.ipynb"
    with pytest.raises(pm.PapermillExecutionError) as info:
        pm.execute_notebook(
            str(NOTEBOOKS / notebook),
            str(out),
            parameters={**parameters, "figures_dir": str(tmp_path / "figures")},
            kernel_name="python3",
            progress_bar=False,
            cwd=str(tmp_path),
        )
    cells = nbformat.read(str(out), as_version=4).cells
    # the index counts the cells as run, before papermill put its error banner on top
    cells = [c for c in cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
    assert "nb.parameters(" in cells[info.value.cell_index].source  # before any work
    assert not (tmp_path / "figures").exists()
    return info.value


@pytest.mark.parametrize(
    ("notebook", "parameters", "message"),
    [
        (
            "02_indicator_comparison.ipynb",
            {"years": "abc"},
            "years: 'abc' is not a year; write one year (2025), a JSON list ('[2020, 2025]') "
            "or years with commas (2020,2025), each from 1949 to 2100",
        ),
        (
            "01_corpus_overview.ipynb",
            {"paths": "no_such_plans"},
            f"paths: no such file or folder: {ROOT / 'no_such_plans'}; write plan files or "
            "folders that exist",
        ),
        (
            "02_indicator_comparison.ipynb",
            {"kinds": "levels", "years": "2020.5"},
            "years: '2020.5' is not a year; write one year (2025), a JSON list ('[2020, 2025]') "
            "or years with commas (2020,2025), each from 1949 to 2100; "
            "kinds: unknown kind 'levels'; valid kinds: level, new, growth",  # both, at once
        ),
        ("03_city_profile.ipynb", {"city": ["定西市"]}, "city: ['定西市'] is not one city name"),
    ],
)
def test_parameters_are_checked_before_any_work(notebook, parameters, message, tmp_path):
    error = _first_failure(notebook, parameters, tmp_path)
    assert error.ename == "ParameterError"
    assert message in error.evalue


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"years": True}, "years: True is not a year"),
        ({"years": 2020.5}, "years: 2020.5 is not a year"),
        ({"years": "3000"}, "years: '3000' is not a year"),
        ({"years": ["2020", "x"]}, "years: 'x' is not a year"),
        ({"years": "[2020"}, "years: cannot read '[2020'"),
        ({"cities": [1, 2]}, "cities: [1, 2] holds values that are not text"),
        ({"tables": "nope.pkl"}, f"tables: no such file: {ROOT / 'nope.pkl'}"),
        ({"figures_dir": "README.md"}, f"figures_dir: {ROOT / 'README.md'} is a file"),
        ({"built": "README.md"}, f"built: {ROOT / 'README.md'} is a file"),
        ({"paths": "seeds,nope"}, f"paths: no such file or folder: {ROOT / 'nope'}"),
    ],
)
def test_each_bad_parameter_is_named_with_the_valid_forms(given, message):
    with pytest.raises(ParameterError) as info:
        nb.parameters(**given)
    assert message in str(info.value) and "; write " in str(info.value)


def test_good_parameters_come_back_cleaned():
    paths, years, cities, built = nb.parameters(
        paths="seeds", years="2020,2025", cities='["郑州市"]', built="no_build_yet"
    )
    assert paths == [SEEDS] and years == [2020, 2025] and cities == ["郑州市"]
    assert built == "no_build_yet"  # optional: used only when it exists and matches


def test_a_filter_that_leaves_nothing_says_so(tmp_path):
    """郑州's plan sets targets for 2015 only: asking for 2030 leaves nothing, and the page says
    which filters did it."""
    out = tmp_path / "o.ipynb"
    pm.execute_notebook(
        str(NOTEBOOKS / "02_indicator_comparison.ipynb"),
        str(out),
        parameters={"cities": "郑州市", "years": "2030", "figures_dir": str(tmp_path)},
        kernel_name="python3",
        progress_bar=False,
    )
    text = _text_of(out)
    assert "所选条件(城市 郑州市 · 目标年份 2030)下没有任何目标" in text
    assert not list(tmp_path.glob("*.png"))


def test_an_unknown_city_suggests_the_nearest(tmp_path):
    with pytest.raises(pm.PapermillExecutionError) as info:
        pm.execute_notebook(
            str(NOTEBOOKS / "03_city_profile.ipynb"),
            str(tmp_path / "o.ipynb"),
            parameters={"city": "郑州", "figures_dir": str(tmp_path)},
            kernel_name="python3",
            progress_bar=False,
        )
    assert info.value.ename == "UnknownCityError"
    assert "unknown city '郑州'; did you mean '郑州市'?" in info.value.evalue


@pytest.mark.parametrize(
    ("given", "valid", "message"),
    [
        ("定西", ["定西市", "郑州市"], "did you mean '定西市'?"),
        ("郑洲市", ["定西市", "郑州市"], "did you mean '郑州市'?"),
        ("火星市", ["定西市", "郑州市"], "unknown city '火星市'; cities in this corpus"),
    ],
)
def test_city_suggestions(given, valid, message):
    from cityplans.errors import UnknownCityError

    assert message in str(UnknownCityError(given, valid))


def test_an_unknown_indicator_suggests_the_nearest():
    from cityplans.errors import UnknownIndicatorError

    error = UnknownIndicatorError("hte", ["hte_count", "tech_sme_count"])
    assert str(error).startswith("unknown indicator 'hte'; did you mean 'hte_count'? valid ids:")


def test_notebooks_readme_is_up_to_date():
    """It names every notebook and every parameter, and shows how to run one."""
    readme = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    assert "Planned" not in readme
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        assert f"`{path.stem}`" in readme, path.stem
        for name in pm.inspect_notebook(str(path)):
            assert f"`{name}`" in readme, (path.stem, name)
        assert f"papermill notebooks/{path.name} out.ipynb" in readme, path.name
