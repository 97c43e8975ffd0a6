"""seeds/manifest.csv: where each plan came from, its checksum, and optional field overrides."""

from __future__ import annotations

import csv
from pathlib import Path

from cityplans.errors import ManifestError

MANIFEST_NAME = "manifest.csv"
REQUIRED = ("file", "source", "sha256")
# Columns a manifest may set; they override what the text says.
OVERRIDABLE = (
    "city",
    "province",
    "adcode",
    "admin_level",
    "doc_type",
    "title",
    "issuer",
    "issued",
    "period_start",
    "period_end",
    "status",
)
_INTS = {"period_start", "period_end"}


def read_manifest(path: Path) -> dict[str, dict[str, object]]:
    """Rows of a manifest by file name; empty cells are left out."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ManifestError(str(path), f"missing column(s) {', '.join(missing)}")
        unknown = [c for c in reader.fieldnames or [] if c not in REQUIRED + OVERRIDABLE]
        if unknown:
            raise ManifestError(
                str(path),
                f"unknown column(s) {', '.join(unknown)}; allowed: "
                + ", ".join(REQUIRED + OVERRIDABLE),
            )
        rows: dict[str, dict[str, object]] = {}
        for n, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if not name:
                raise ManifestError(str(path), f"line {n}: empty file name")
            clean: dict[str, object] = {}
            for key, value in row.items():
                value = (value or "").strip()
                if not value:
                    continue
                if key in _INTS:
                    if not value.isdigit():
                        raise ManifestError(
                            str(path), f"line {n}: {key} must be a year, not {value!r}"
                        )
                    clean[key] = int(value)
                else:
                    clean[key] = value
            rows[name] = clean
    return rows
