"""The house: module layering, one spelling, one definition of each shared constant."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

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


def _import_graph() -> dict[str, set[str]]:
    """Module -> the modules of cityplans it imports, at the top or inside a function."""
    graph = {}
    for path in sorted(LIB.glob("*.py")):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "cityplans":
                deps |= {a.name for a in node.names if (LIB / f"{a.name}.py").exists()}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cityplans."):
                deps.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                ours = [a.name for a in node.names if a.name.startswith("cityplans.")]
                deps |= {name.split(".")[1] for name in ours}
        graph[path.stem] = deps - {path.stem, "__init__"}
    return graph


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for dep in graph.get(todo.pop(), ()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def test_no_module_imports_itself_through_others():
    """The layers form no circle, lazy imports inside functions included."""
    graph = _import_graph()
    circles = sorted(m for m in graph if m in _reachable(graph, m))
    assert circles == []


def test_loading_a_corpus_does_not_import_the_build_or_the_tables():
    """corpus.py reads files; the build and the stored tables sit above it."""
    assert not _reachable(_import_graph(), "corpus") & {"build", "tables", "targets"}
    code = (
        "import importlib.util, sys\n"  # the package, without running its __init__
        "spec = importlib.util.spec_from_file_location(\n"
        f"    'cityplans', {str(LIB / '__init__.py')!r},\n"
        f"    submodule_search_locations=[{str(LIB)!r}],\n"
        ")\n"
        "sys.modules['cityplans'] = importlib.util.module_from_spec(spec)\n"
        "import cityplans.corpus\n"
        f"assert cityplans.corpus.load_corpus([{str(ROOT / 'seeds')!r}]).docs\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('cityplans.'))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(proc.stdout.split())
    assert "cityplans.corpus" in loaded
    assert not loaded & {"cityplans.build", "cityplans.tables", "cityplans.targets"}


def test_money_units_are_defined_once():
    """Only numbers.py lists money units (MONEY_UNITS, convert_money); others import them."""
    money = {"元", "千元", "万元", "亿元"}
    found = []
    for path in sorted(LIB.glob("*.py")):
        if path.name == "numbers.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            items = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", [])
            if not isinstance(node, ast.Dict | ast.Set | ast.List | ast.Tuple):
                continue
            words = {i.value for i in items if isinstance(i, ast.Constant)}
            if len(words & money) >= 2:
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
