"""The set-up contract: pins agree everywhere, the layout exists, make help documents itself."""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml

from tests.conftest import ROOT


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_canon(name)] = version.strip()
    return pins


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().strip()


def _declared() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = project["dependencies"] + project["optional-dependencies"]["dev"]
    return [_canon(re.split(r"[<>=!~\[ ;]", d)[0]) for d in deps]


def test_every_declared_dependency_is_pinned():
    pins = _pins()
    missing = [d for d in _declared() if d not in pins]
    assert not missing, f"not pinned in constraints.txt: {missing}"


def test_environment_yml_has_the_same_pins():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    env_pins = {_canon(s.split("==")[0]): s.split("==")[1] for s in pip_section}
    pins = _pins()
    assert sorted(env_pins) == sorted(_declared())
    for name, version in env_pins.items():
        assert pins[name] == version, f"{name}: environment.yml {version}, constraints {pins[name]}"


def test_layout():
    for path in [
        "notebooks",
        "lib/cityplans",
        "seeds",
        "outputs",
        "tests",
        "bench",
        "environment.yml",
        "README.md",
        "pyproject.toml",
        "Makefile",
        ".ci/run",
    ]:
        assert (ROOT / path).exists(), path


def test_make_help_lists_the_targets():
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True).stdout
    for target in ("report", "test", "lint", "lab", "bench", "setup"):
        assert re.search(rf"make {target}\s+\S", out), target


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:1500]
    assert "make report" in head and "make test" in head


def test_import_does_no_work():
    code = (
        "import sys, cityplans; "
        "bad = [m for m in ('opencc', 'cpca', 'jieba', 'matplotlib') if m in sys.modules]; "
        "print(bad)"
    )
    out = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-c", code], capture_output=True, text=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]", out.stderr


def test_make_lab_passes_args_on():
    out = subprocess.run(
        ["make", "-n", "lab", "ARGS=--port 8899 --no-browser"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    assert re.search(r"jupyter lab --notebook-dir=notebooks --port 8899 --no-browser$", out, re.M)
