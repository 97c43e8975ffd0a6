"""The command line's side of the review loop: `review export` and `review apply`. Prints;
returns exit statuses (1 when a row or an input could not be used, nothing stored then)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cityplans.output import err

EXPORT_DEFAULT = "outputs/review.xlsx"


def add_parser(sub) -> None:
    """The `review` sub-command and its two actions."""
    review = sub.add_parser(
        "review", help="export targets for review; store an analyst's decisions beside the plans"
    )
    actions = review.add_subparsers(dest="action", required=True)
    export = actions.add_parser(
        "export", help="write the review list (or every target) to .xlsx or .csv"
    )
    export.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)"
    )
    export.add_argument(
        "--out", default=EXPORT_DEFAULT, help=f"the file to write (default {EXPORT_DEFAULT})"
    )
    export.add_argument("--all", action="store_true", help="every target, not only the review list")
    export.add_argument("--force", action="store_true", help="overwrite the file even if it exists")
    apply = actions.add_parser(
        "apply", help="check a filled review file and store its decisions beside the plans"
    )
    apply.add_argument("file", metavar="FILE", help="the .xlsx or .csv that review export wrote")
    apply.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)")


def review_command(args: argparse.Namespace) -> int:
    """Run `review export` or `review apply`."""
    from cityplans.corpus import load_corpus
    from cityplans.errors import CorrectionsFileError, ReviewFileError
    from cityplans.output import report_problems
    from cityplans.targets import extract_targets

    if args.action == "export" and Path(args.out).exists() and not args.force:
        err(
            f"error: {args.out} exists and may hold decisions not yet applied: apply it first "
            f"(python -m cityplans review apply {args.out}), or pass --force to overwrite it"
        )
        return 1
    corpus = load_corpus(args.paths or None)
    targets = extract_targets(corpus)  # as extracted: decisions are checked against these
    status = report_problems(corpus)
    try:
        if args.action == "export":
            return max(status, _export(targets, corpus.documents, args))
        return max(status, _apply(targets, corpus.documents, args))
    except (ReviewFileError, CorrectionsFileError) as exc:
        err(f"error: {exc}")
        return 1


def _export(targets, documents, args) -> int:
    from cityplans.review import review_rows, write_review

    review = review_rows(targets, documents, everything=args.all)
    written = write_review(review, args.out)
    decided = (review.rows["decision"] != "").sum()
    print(
        f"{len(review.rows)} target(s) to review ({decided} with a decision stored), "
        f"{len(review.stale)} stale decision(s): {', '.join(map(str, written))}"
    )
    if len(review.stale):
        print(
            "stale decisions were made on text that has changed since; they are listed in "
            "the file and applied to nothing: decide again on the rows marked 已过期"
        )
    return 0


def _apply(targets, documents, args) -> int:
    from cityplans.review import check_review, read_review, store_decisions

    frame = read_review(args.file)
    decisions, errors = check_review(frame, args.file, targets, documents)
    for error in errors:
        err(f"error: {error}")
    if errors:
        err(f"{len(errors)} row(s) cannot be stored; nothing was stored: fix them and apply again")
        return 1
    stored = store_decisions(decisions, documents)
    for s in stored:
        print(f"{s.path}: {s.added} new, {s.changed} changed, {s.total} decision(s) in all")
    if not decisions:
        print("no decisions in the file (the decision column is empty)")
    return 0
