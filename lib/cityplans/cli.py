"""The command line: python -m cityplans corpus [PATH ...] [--format table|csv|jsonl].

The library never prints; this module does, and it sets the exit status: non-zero when any
input failed. Errors go to stderr with the path and the reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import pandas as pd

from cityplans.clauses import CLI_COLUMNS as CLAUSE_COLUMNS
from cityplans.compare import plain_numbers
from cityplans.corpus import Corpus, load_corpus
from cityplans.errors import EmptyCorpusError
from cityplans.extract import TARGET_COLUMNS

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
    """Run a sub-command; return the exit status (0 all good, 1 some input failed, 2 usage)."""
    _utf8_stdio()
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except EmptyCorpusError as exc:  # every path named with its reason; no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "corpus":
        corpus = load_corpus(args.paths or None)
        write_frame(corpus.documents, args.format, TABLE_COLUMNS)
        return report_problems(corpus)
    if args.command == "extract":
        from cityplans.extract import extract_targets

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
            print(f"error: {error['path']}: {error['reason']}", file=sys.stderr)
        print(result.summary())
        from cityplans.outcomes_cli import build_outcomes

        return max(1 if result.errors else 0, build_outcomes(result.out, args.actuals))
    if args.command == "attainment":
        from cityplans.outcomes_cli import attainment_command

        return attainment_command(args)
    if args.command == "evaluate":
        return _evaluate(args)
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
    from cityplans.extract import extract_targets

    gold_path = Path(args.gold)
    paths = args.paths or [gold_path.parent / "docs"]
    docs_gold = Path(args.docs_gold) if args.docs_gold else gold_path.parent / "docs_gold.jsonl"
    try:
        gold = read_gold(gold_path)
        doc_gold = read_doc_gold(docs_gold) if args.docs_gold or docs_gold.is_file() else []
    except GoldFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
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
        print(f"error: {problem}", file=sys.stderr)
    for page in run.failed:
        print(f"error: {page.error}", file=sys.stderr)
        if page.log is not None:
            print(f"  traceback: {page.log}", file=sys.stderr)
    ok = len(run.pages) - len(run.failed)
    print(f"{ok} of {len(run.pages)} reports rendered; index: {run.index}")
    return 1 if run.failed or run.input_errors or actuals_status else 0


def _print_review(targets: pd.DataFrame) -> None:
    flagged = targets[targets["review"] != ""]
    if len(flagged):
        print(f"\nreview ({len(flagged)} target(s) the resolver was unsure of):")
        for row in flagged.itertuples():
            print(f"  {row.target_id}: {row.review}  «{row.quote[-40:]}»")


def _utf8_stdio() -> None:
    """Chinese output must not depend on the terminal's locale (GBK consoles, C locale in CI)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def report_problems(corpus: Corpus) -> int:
    """Print notices and errors to stderr; return 1 when any input failed."""
    for notice in corpus.notices:
        print(f"notice: {notice}", file=sys.stderr)
    for error in corpus.errors:
        print(f"error: {error.path}: {error.reason}", file=sys.stderr)
    if corpus.errors:
        print(f"{len(corpus.errors)} input(s) failed, {len(corpus.docs)} loaded", file=sys.stderr)
    return 1 if corpus.errors else 0


def write_frame(frame: pd.DataFrame, fmt: str, table_columns: list[str]) -> None:
    """Print a table as an aligned text table, CSV or JSON lines (UTF-8, Chinese unescaped)."""
    if fmt == "jsonl":
        for record in frame.to_dict(orient="records"):
            print(json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False))
    elif fmt == "csv":
        flat = frame.map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
        flat = plain_numbers(flat)
        sys.stdout.write(flat.to_csv(index=False))
    else:
        print(render_table(frame[[c for c in table_columns if c in frame.columns]]))
        notes = [(r["doc"], w) for r in frame.to_dict("records") for w in r.get("warnings") or []]
        if notes:
            print("\nwarnings:")
            for doc, warning in notes:
                print(f"  {doc}: {warning}")


def _plain(value: object) -> object:
    """JSON-friendly value: pandas NA and NaN become null, numpy scalars plain numbers."""
    if isinstance(value, list):
        return value
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    value = value.item() if hasattr(value, "item") else value
    return int(value) if isinstance(value, float) and value.is_integer() else value


def render_table(frame: pd.DataFrame) -> str:
    """An aligned plain-text table that counts a Chinese character as two columns."""
    from unicodedata import east_asian_width

    def width(s: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in s)

    def cell(v: object) -> str:
        if isinstance(v, list):
            if v and all(isinstance(x, str) and len(x) < 30 for x in v):
                return "、".join(v)  # units, themes
            return f"{len(v)} warning(s)" if v else ""
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    rows = [list(frame.columns)] + [[cell(v) for v in r] for r in frame.itertuples(index=False)]
    widths = [max(width(r[i]) for r in rows) for i in range(len(frame.columns))]
    lines = [
        "  ".join(c + " " * (w - width(c)) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
