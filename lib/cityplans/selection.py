"""Targets restricted to the indicators, cities, years, kinds and statuses asked for.

On its own so that compare.py and basis.py (which compare.py calls) both select rows the same
way without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from cityplans.registry import HEADLINE_IDS


def select(
    targets: pd.DataFrame,
    indicators: Iterable[str] | None = None,
    cities: Iterable[str] | None = None,
    years: Iterable[int] | None = None,
    kinds: Iterable[str] | None = None,
    statuses: Iterable[str] = ("target",),
) -> pd.DataFrame:
    """Targets restricted to the given indicators (default: headline), cities, years, kinds."""
    out = targets[targets["indicator"].isin(list(indicators or HEADLINE_IDS))]
    if cities:
        out = out[out["city"].isin(list(cities))]
    if years:
        out = out[out["year"].isin(list(years))]
    if kinds:
        out = out[out["kind"].isin(list(kinds))]
    if statuses:
        out = out[out["status"].isin(list(statuses))]
    return out.reset_index(drop=True)
