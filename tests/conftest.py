"""Shared fixtures: the seeds folder and the corpus loaded from it once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import cityplans as cp

# pyproject makes a missing glyph an error in this process; kernels the tests start (notebooks,
# reports) inherit this, so a chart drawn without the CJK font fails its notebook there too
os.environ["PYTHONWARNINGS"] = "error:Glyph:UserWarning"

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

ZHUMADIAN = "000_e1ef3c167c486f49.txt"
ZHENGZHOU = "001_cee58c647e0cd370.txt"
BAZHOU = "002_bf9eaf31596e954b.txt"
PANJIN = "003_4e90a411367dfbcd.txt"
DINGXI = "004_d30ac9abc6697c1f.txt"
SEED_FILES = [ZHUMADIAN, ZHENGZHOU, BAZHOU, PANJIN, DINGXI]


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """`python -m cityplans ARGS` from the project root, its output captured as UTF-8 text."""
    return subprocess.run(
        [sys.executable, "-m", "cityplans", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=kwargs.pop("cwd", ROOT),
        **kwargs,
    )


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def corpus() -> cp.Corpus:
    return cp.load_corpus([SEEDS])


def raw_of(name: str) -> str:
    """A seed's text exactly as on disk (all seeds are UTF-8)."""
    return (SEEDS / name).read_text(encoding="utf-8")
