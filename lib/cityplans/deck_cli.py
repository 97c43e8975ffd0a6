"""The command line's side of the briefing deck: `deck [PATH ...] --out FILE.pptx`. Prints;
returns the exit status (1 when an input or a parameter could not be used)."""

from __future__ import annotations

import argparse

from cityplans.output import err

DECK_DEFAULT = "outputs/slides/cityplans.pptx"


def add_parser(sub) -> None:
    """The `deck` sub-command."""
    deck = sub.add_parser("deck", help="a 16:9 briefing deck (.pptx) of the reports' charts")
    deck.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default seeds/)")
    deck.add_argument("--out", default=DECK_DEFAULT, help=f"the .pptx to write ({DECK_DEFAULT})")
    deck.add_argument("--cities", default=None, help="cities, with commas (default: all)")
    deck.add_argument(
        "--indicators", default=None, help="indicator ids, with commas (default: the headline ones)"
    )
    deck.add_argument("--actuals", metavar="FILE", default=None, help="a file of actual figures")
    deck.add_argument(
        "--built",
        default="outputs/data",
        help="tables from `build`, used when they match the plans (default outputs/data)",
    )


def deck_command(args: argparse.Namespace) -> int:
    """Write the deck; print where it is and its headlines."""
    from pathlib import Path

    from cityplans.compare import check_parameters, label_cities
    from cityplans.deck import write_deck
    from cityplans.errors import CityplansError
    from cityplans.notebook import as_list
    from cityplans.tables import load_tables

    if Path(args.out).suffix.lower() != ".pptx":
        err(f"error: {args.out}: the deck is a PowerPoint file: give a name ending in .pptx")
        return 1
    cities, indicators = as_list(args.cities), as_list(args.indicators)
    built = Path(args.built) if args.built and Path(args.built).is_dir() else None
    tables = load_tables(args.paths or None, built=built).map(label_cities)
    for error in tables.errors:
        err(f"error: {error.path}: {error.reason}")
    try:
        check_parameters(tables.targets, tables.documents, indicators, cities)
        result = write_deck(tables, args.out, cities, indicators, args.actuals)
    except CityplansError as exc:
        err(f"error: {exc}")
        return 1
    print(f"{len(result.headlines)} slides: {result.path}")
    return 1 if tables.errors else 0
