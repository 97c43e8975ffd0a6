"""Load the packaged data files (YAML dictionaries) once, on first use."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from cityplans.errors import DataFileError


@cache
def load_yaml(name: str) -> Any:
    """Parse lib/cityplans/data/<name>; raise DataFileError naming the file if it is broken."""
    try:
        text = (
            resources.files("cityplans").joinpath("data").joinpath(name).read_text(encoding="utf-8")
        )
    except FileNotFoundError as exc:
        raise DataFileError(name, "not found in the package") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(name, f"not valid YAML: {exc}") from exc


def data_path(name: str) -> Path:
    """lib/cityplans/data/<name> as a path on disk, for tools that take a folder (nbconvert)."""
    path = Path(str(resources.files("cityplans").joinpath("data").joinpath(name)))
    if not path.exists():
        raise DataFileError(name, "not found in the package")
    return path


def project_root() -> Path:
    """The source checkout (lib/, notebooks/, seeds/) that relative notebook paths start from.

    `make setup` installs cityplans editable, so this is the folder above lib/; installed
    elsewhere (no notebooks/ beside it), the working folder.
    """
    root = Path(__file__).resolve().parents[2]
    return root if (root / "notebooks").is_dir() else Path.cwd()
