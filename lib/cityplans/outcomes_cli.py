"""The command line's side of promised vs achieved: `attainment`, and `--actuals FILE` for
`build` and `report`. Prints; returns exit statuses (1 when the actuals file had a bad row or
could not be read, every bad row named on stderr)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from cityplans.errors import ActualsFileError, ActualsRowError
from cityplans.output import err, report_problems, write_frame


def print_actuals_errors(errors: list[ActualsRowError]) -> int:
    """One line on stderr per bad row; 1 when there was any."""
    for error in errors:
        err(f"error: {error}")
    if errors:
        err(f"{len(errors)} row(s) of the actuals file left out; the others used")
    return 1 if errors else 0


def check_actuals_file(path: str | None) -> int:
    """Read the file only to report its problems (the report's notebook 05 reads it again)."""
    if not path:
        return 0
    from cityplans.actuals import read_actuals

    try:
        return print_actuals_errors(read_actuals(path).errors)
    except ActualsFileError as exc:
        err(f"error: {exc}")
        return 1


def build_outcomes(out: Path, actuals: str | None) -> int:
    """After a build: write the `actuals` and `attainment` tables beside the others, from the
    built targets and documents, the reference table and the user's file."""
    from cityplans.outcomes import outcomes, write_outcome_tables

    try:
        targets = pd.read_parquet(Path(out) / "targets.parquet")
        documents = pd.read_parquet(Path(out) / "documents.parquet")
    except (OSError, ValueError) as exc:
        err(f"error: {out}: cannot read the built tables: {exc}")
        return 1
    try:
        result = outcomes(targets, documents, actuals)
    except ActualsFileError as exc:
        err(f"error: {exc}")
        return 1
    written = write_outcome_tables(out, result)
    counts = result.attainment["status"].value_counts()
    print(
        f"actuals: {len(result.actuals)} rows; attainment: {len(result.attainment)} targets "
        f"({', '.join(f'{k} {v}' for k, v in counts.items())})" + ("" if written else "; unchanged")
    )
    return print_actuals_errors(result.errors)


def attainment_command(args: argparse.Namespace) -> int:
    """`python -m cityplans attainment [PATH ...] [--actuals FILE] [--show …] [--format …]`."""
    from cityplans.corpus import load_corpus
    from cityplans.outcomes import outcomes
    from cityplans.targets import extract_targets

    corpus = load_corpus(args.paths or None)
    try:
        result = outcomes(extract_targets(corpus), corpus.documents, args.actuals)
    except ActualsFileError as exc:
        err(f"error: {exc}")
        return 1
    frame = {
        "attainment": result.attainment,
        "actuals": result.actuals,
        "ambition": result.ambition,
    }[args.show]
    columns = {
        "attainment": [
            "city",
            "scope",
            "indicator",
            "kind",
            "year",
            "comparator",
            "target_value",
            "unit",
            "actual_value",
            "actual_year",
            "ratio",
            "status",
            "actual_origin",
        ],
        "actuals": ["city", "scope", "indicator", "kind", "year", "value", "unit", "origin"],
        "ambition": [
            "city",
            "scope",
            "indicator",
            "kind",
            "year",
            "target_value",
            "unit",
            "base_year",
            "base_value",
            "ambition",
            "rank",
        ],
    }[args.show]
    write_frame(frame, args.format, columns)
    return max(report_problems(corpus), print_actuals_errors(result.errors))
