"""Every rules file in lib/cityplans/data/ is valid against the JSON Schema beside it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT

DATA = ROOT / "lib" / "cityplans" / "data"
RULES = sorted(p.name for p in DATA.iterdir() if p.suffix in (".yaml", ".txt"))


def _content(path: Path) -> object:
    """A rules file as the library reads it: YAML, or the lines of a word list that are
    neither blank nor # comments (as tokens.py reads policy_terms.txt and stopwords.txt)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".yaml":
        return yaml.safe_load(text)
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def schema_errors(path: Path) -> list[str]:
    """What is wrong with the rules file at `path` by the schema in data/ for its name, one
    line each (regular expressions are compiled: a broken one is an error)."""
    schema = json.loads((DATA / f"{path.stem}.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:200]}"
        for e in validator.iter_errors(_content(path))
    ]


@pytest.mark.parametrize("name", RULES)
def test_rules_file_matches_its_schema(name):
    schema = DATA / f"{Path(name).stem}.schema.json"
    assert schema.is_file(), f"{name} has no schema: write {schema.name} beside it"
    jsonschema.Draft202012Validator.check_schema(json.loads(schema.read_text("utf-8")))
    assert schema_errors(DATA / name) == []


def test_every_schema_belongs_to_a_rules_file():
    stems = {Path(n).stem for n in RULES}
    schemas = [p.name for p in DATA.glob("*.schema.json")]
    assert sorted(s for s in schemas if s.removesuffix(".schema.json") not in stems) == []


def _set(path: list, value):
    def mutate(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        data[last] = value

    return mutate


def _drop(path: list):
    def mutate(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        del data[last]

    return mutate


# one or more malformed versions of each file: what a slip in a data edit looks like
MALFORMED = [
    ("actual_measures.yaml", _set(["nearest_year_gap"], -1)),
    ("actual_measures.yaml", _set(["conversions", "亿元", "万元"], 0.0001)),  # a float, not text
    ("document_cues.yaml", _set(["news_cues", 0], "(记者|通讯员")),  # unbalanced group
    ("document_cues.yaml", _set(["five_year_plans", "十四五"], [2021])),
    ("document_cues.yaml", _set(["lead_doc_types", 0], ["公报"])),
    ("extraction_cues.yaml", _set(["new_verbs"], "新认定")),  # a word, not a list
    ("extraction_cues.yaml", _set(["relative_years", "今年"], "0")),
    ("extraction_cues.yaml", _set(["goal_patterns", 0], "(?:要|将")),
    ("extraction_cues.yaml", _drop(["level_markers"])),
    ("indicators.yaml", _set(["indicators", 0, "unit"], "")),
    ("indicators.yaml", _set(["indicators", 0, "theme"], "no_such_theme")),
    ("page_chrome.yaml", _set(["rules", 0, "kind"], "breadcrumbs")),
    ("page_chrome.yaml", _set(["inline", 0, "patterns"], ["<[a-z"])),
    ("places.yaml", _set(["excluded_adcode_prefixes"], [71])),
    ("spam.yaml", _set(["min_hits"], 0)),
    ("spam.yaml", _set(["words"], ["无码", "无码"])),
    ("themes.yaml", _drop(["themes", "talent", "keywords"])),
    ("themes.yaml", _drop(["instruments", "demand"])),
    ("themes.yaml", _set(["beneficiaries", "talent", "label"], "")),
    ("policy_terms.txt", "高新 技术企业 2000"),  # a space inside the term
    ("policy_terms.txt", "众创空间 二千"),
    ("stopwords.txt", "的"),  # already in the list
    ("stopwords.txt", "以及 等"),
    ("variant_chars.yaml", _set(["variants"], {"陜西": "陕西"})),  # not one character
    ("variant_chars.yaml", _set(["variants"], {})),
    ("workbook_columns.yaml", _set(["sheets", "targets", "name"], "targets: 目标")),  # a colon
    ("workbook_columns.yaml", _set(["common", "doc"], ["文件"])),  # a label without a meaning
]


@pytest.mark.parametrize(("name", "change"), MALFORMED)
def test_the_schema_catches_a_malformed_file(tmp_path, name, change):
    broken = tmp_path / name
    if callable(change):
        data = _content(DATA / name)
        broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        assert schema_errors(broken) == []  # written back unchanged, it is fine
        change(data)
        broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    else:  # a line added to a word list
        text = (DATA / name).read_text(encoding="utf-8")
        broken.write_text(f"{text.rstrip()}\n{change}\n", encoding="utf-8")
    assert schema_errors(broken) != []


def test_every_rules_file_has_a_malformed_case():
    assert sorted({name for name, _ in MALFORMED}) == RULES
