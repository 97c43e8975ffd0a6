"""The command line: python -m cityplans corpus [PATH ...] [--format table|csv|jsonl].

The library never prints; this module does, and it sets the exit status: non-zero when any
input failed. Errors go to stderr with the path and the reason.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pandas as pd

from cityplans.clauses import CLI_COLUMNS as CLAUSE_COLUMNS
from cityplans.corpus import load_corpus
from cityplans.errors import EmptyCorpusError, OutputError
from cityplans.names import one_line
from cityplans.output import err, report_problems, write_frame
from cityplans.targets import TARGET_COLUMNS

TABLE_COLUMNS = [
    "doc",
    "city",
    "province",
    "admin_level",
    "doc_type",
    "period_start",
    "period_end",
    "issued",
    "status",
    "script",
    "n_chars",
    "warnings",
]


EXTRACT_TABLE_COLUMNS = [*TARGET_COLUMNS[:11], "n_sources", "flag"]  # fixed columns, no quote
ACTUALS_HELP = (
    "a CSV or Excel file of actual figures: columns city, indicator, year, value, unit, source "
    "(optional kind, scope, quote, adcode, source_title); bad rows are reported, the rest used"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, shared by every sub-command."""
    parser = argparse.ArgumentParser(
        prog="python -m cityplans",
        description="Cross-city comparison of Chinese city S&T plans.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    corpus = sub.add_parser("corpus", help="the documents table: one row per plan, with its tags")
    corpus.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)"
    )
    corpus.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    extract = sub.add_parser("extract", help="the targets table: every quantitative goal, sourced")
    extract.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)"
    )
    extract.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    clauses = sub.add_parser("clauses", help="one row per clause: path, heading, units, themes")
    clauses.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)"
    )
    clauses.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    build = sub.add_parser("build", help="build the tables as Parquet and CSV (incremental)")
    build.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)")
    build.add_argument("--out", default="outputs/data", help="output folder (default outputs/data)")
    build.add_argument("--engine", choices=["local", "dask"], default="local")
    build.add_argument(
        "--scheduler",
        default=None,
        help="address of a running Dask scheduler (else $DASK_SCHEDULER_ADDRESS)",
    )
    build.add_argument("--actuals", metavar="FILE", default=None, help=ACTUALS_HELP)
    build.add_argument(
        "--workers",
        type=int,
        default=None,
        help="worker processes of the local Dask cluster (default: CPU count)",
    )
    report = sub.add_parser("report", help="render every notebook over the corpus to HTML")
    report.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)"
    )
    report.add_argument("--out", default="outputs", help="output folder (default outputs/)")
    report.add_argument("--with-code", action="store_true", help="show the code cells too")
    report.add_argument(
        "--jobs", type=int, default=2, help="notebooks rendered at once (default 2)"
    )
    report.add_argument(
        "--fresh-kernels",
        action="store_true",
        help="a new kernel for every notebook (slower; default: each job reuses one, reset)",
    )
    report.add_argument("--actuals", metavar="FILE", default=None, help=ACTUALS_HELP)
    report.add_argument("--notebooks", default=None, help=argparse.SUPPRESS)  # tests use this
    attain = sub.add_parser(
        "attainment", help="promised vs achieved: each target's actual and verdict, sourced"
    )
    attain.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)"
    )
    attain.add_argument("--actuals", metavar="FILE", default=None, help=ACTUALS_HELP)
    attain.add_argument(
        "--show", choices=["attainment", "actuals", "ambition"], default="attainment"
    )
    attain.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    from cityplans.deck_cli import add_parser as add_deck
    from cityplans.review_cli import add_parser as add_review

    add_review(sub)
    add_deck(sub)
    evaluate = sub.add_parser(
        "evaluate", help="score extraction and tagging against hand-labelled gold rows"
    )
    evaluate.add_argument("gold", metavar="GOLD.jsonl", help="gold rows, one JSON object a line")
    evaluate.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="the labelled plans (default: the docs/ folder beside GOLD.jsonl)",
    )
    evaluate.add_argument(
        "--docs-gold",
        default=None,
        help="document tags to score (default: docs_gold.jsonl beside GOLD.jsonl, if any)",
    )
    evaluate.add_argument(
        "--summary", action="store_true", help="scores and causes only, not every row"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a sub-command; return the exit status (0 all good, 1 some input or output failed,
    2 usage, 130 interrupted)."""
    _utf8_stdio()
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except (EmptyCorpusError, OutputError) as exc:  # paths named with the reason; no traceback
        err(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        err("interrupted")
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "corpus":
        corpus = load_corpus(args.paths or None)
        write_frame(corpus.documents, args.format, TABLE_COLUMNS)
        return report_problems(corpus)
    if args.command == "extract":
        from cityplans.targets import extract_targets

        corpus = load_corpus(args.paths or None)
        targets = extract_targets(corpus)
        if args.format == "table":
            targets = targets.assign(flag=targets["review"].map(lambda r: "review" if r else ""))
        write_frame(targets, args.format, EXTRACT_TABLE_COLUMNS)
        if args.format == "table":
            _print_review(targets)
        return report_problems(corpus)
    if args.command == "report":
        return _report(args)
    if args.command == "build":
        from cityplans.build import build as run_build

        result = run_build(
            args.paths or None,
            out=args.out,
            engine=args.engine,
            scheduler=args.scheduler,
            workers=args.workers,
        )
        for error in result.errors:
            err(f"error: {error['path']}: {error['reason']}")
        print(result.summary())
        from cityplans.outcomes_cli import build_outcomes
        from cityplans.workbook import write_workbook

        status = max(1 if result.errors else 0, build_outcomes(result.out, args.actuals))
        book, written = write_workbook(result.out)
        print(f"workbook: {book}" + ("" if written else " (unchanged)"))
        return status
    if args.command == "attainment":
        from cityplans.outcomes_cli import attainment_command

        return attainment_command(args)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "deck":
        from cityplans.deck_cli import deck_command

        return deck_command(args)
    if args.command == "review":
        from cityplans.review_cli import review_command

        return review_command(args)
    if args.command == "clauses":
        from cityplans.clauses import clauses as clause_table

        corpus = load_corpus(args.paths or None)
        table = clause_table(corpus)[CLAUSE_COLUMNS]
        write_frame(table, args.format, CLAUSE_COLUMNS)
        return report_problems(corpus)
    return 2


def _evaluate(args) -> int:
    from pathlib import Path

    from cityplans.errors import GoldFileError
    from cityplans.evaluate import describe, evaluate, read_doc_gold, read_gold
    from cityplans.targets import extract_targets

    gold_path = Path(args.gold)
    paths = args.paths or [gold_path.parent / "docs"]
    docs_gold = Path(args.docs_gold) if args.docs_gold else gold_path.parent / "docs_gold.jsonl"
    try:
        gold = read_gold(gold_path)
        doc_gold = read_doc_gold(docs_gold) if args.docs_gold or docs_gold.is_file() else []
    except GoldFileError as exc:
        err(f"error: {exc}")
        return 1
    corpus = load_corpus(paths)
    result = evaluate(extract_targets(corpus), gold, corpus.documents, doc_gold)
    print(describe(result, details=not args.summary))
    status = report_problems(corpus)
    if result.unknown_docs:
        status = 1
    return status


def _report(args) -> int:
    from cityplans.outcomes_cli import check_actuals_file
    from cityplans.reports import render_reports

    actuals_status = check_actuals_file(args.actuals)

    run = render_reports(
        args.paths or None,
        out=args.out,
        with_code=args.with_code,
        jobs=args.jobs,
        notebooks_dir=args.notebooks,
        fresh_kernels=args.fresh_kernels,
        actuals=args.actuals,
    )
    for problem in run.input_errors:
        err(f"error: {problem}")
    for page in run.failed:
        err(f"error: {page.error}")
        if page.log is not None:
            err(f"  traceback: {page.log}")
    ok = len(run.pages) - len(run.failed)
    if run.interrupted:
        err(
            f"interrupted: {ok} reports rendered, {run.not_rendered} not rendered; "
            f"the index lists the pages that finished: {run.index}"
        )
        return 130
    print(f"{ok} of {len(run.pages)} reports rendered; index: {run.index}")
    return 1 if run.failed or run.input_errors or actuals_status else 0


def _print_review(targets: pd.DataFrame) -> None:
    flagged = targets[targets["review"] != ""]
    if len(flagged):
        print(f"\nreview ({len(flagged)} target(s) the resolver was unsure of):")
        for row in flagged.itertuples():
            print(one_line(f"  {row.target_id}: {row.review}  «{row.quote[-40:]}»"))


def _utf8_stdio() -> None:
    """Chinese output must not depend on the terminal's locale (GBK consoles, C locale in CI)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
