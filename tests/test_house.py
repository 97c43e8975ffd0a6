"""The house: module layering, one spelling, one definition of each shared constant."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

LIB = ROOT / "lib" / "cityplans"


def _our_python_files():
    for folder in (LIB, ROOT / "tests", ROOT / "bench"):
        for path in sorted(folder.rglob("*.py")):
            if not path.is_relative_to(ROOT / "tests" / "corpus"):  # labelled data, not code
                yield path


def test_one_spelling_of_normalise():
    """Modules, functions, classes and imports of ours say normalise, never normalize (the
    `normalize=` of pandas and Decimal.normalize() are other libraries' names)."""
    assert not list(LIB.glob("*normaliz*")) and not list((ROOT / "tests").glob("*normaliz*"))
    found = []
    for path in _our_python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cityplans"):
                names = [node.module, *(a.name for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("cityplans")]
            found += [f"{path.name}: {n}" for n in names if re.search("normaliz", n, re.I)]
    assert found == []


def test_modules_are_named_for_what_they_hold():
    """targets.py holds the targets and mentions tables; the public names stay in cityplans."""
    import cityplans as cp
    from cityplans import targets

    assert not (LIB / "extract.py").exists()
    assert cp.extract_targets is targets.extract_targets and cp.mentions is targets.mentions
