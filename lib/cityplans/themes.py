"""Themes and policy-instrument types of clauses, from the keyword lists in data/themes.yaml.

One vocabulary of themes: the indicator registry's (indicators.yaml `themes`, id -> Chinese
label), which the targets table's `theme` column uses too. Clauses are tagged with ten of
them (enterprises, platforms, talent, finance, intellectual property, technology transfer,
agriculture, digital, parks, governance). Instruments follow Rothwell & Zegveld: supply (the
state supplies talent, money, technology, platforms), demand (the state pulls demand:
procurement, demonstration, markets), environment (goals, finance, tax, law, IP, evaluation,
organisation).
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from cityplans.compare import label_cities
from cityplans.errors import DataFileError
from cityplans.registry import registry
from cityplans.resources import load_yaml

MIN_HITS = 2  # a theme needs two keyword occurrences, unless it is the clause's only one


@cache
def _config() -> dict:
    return load_yaml("themes.yaml")


@cache
def _pattern(group: str, key: str) -> re.Pattern[str]:
    words = sorted(_config()[group][key]["keywords"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def theme_labels() -> dict[str, str]:
    """Theme id -> Chinese label, for targets and clauses alike (the indicator registry's)."""
    return dict(registry().themes)


def clause_themes() -> list[str]:
    """The theme ids clauses are tagged with (themes.yaml's keyword lists), in its order."""
    labels = theme_labels()
    for theme in _config()["themes"]:
        if theme not in labels:
            reason = f"theme {theme!r} is none of indicators.yaml's: {', '.join(labels)}"
            raise DataFileError("themes.yaml", reason)
    return list(_config()["themes"])


def instrument_labels() -> dict[str, str]:
    """Instrument type -> Chinese label."""
    return {k: v["label"] for k, v in _config()["instruments"].items()}


def scores(text: str, group: str) -> dict[str, int]:
    """Keyword occurrences per theme (group='themes') or instrument ('instruments')."""
    return {key: len(_pattern(group, key).findall(text)) for key in _config()[group]}


def themes_of(text: str) -> list[str]:
    """The themes of a clause: every theme with MIN_HITS keyword occurrences, else the best one."""
    s = scores(text, "themes")
    strong = [k for k, v in sorted(s.items(), key=lambda kv: -kv[1]) if v >= MIN_HITS]
    if strong:
        return strong
    best = max(s.items(), key=lambda kv: kv[1])
    return [best[0]] if best[1] > 0 else []


def instrument_of(text: str) -> str | None:
    """supply / demand / environment: the type with most keyword occurrences (None if none)."""
    s = scores(text, "instruments")
    best = max(s.items(), key=lambda kv: kv[1])
    return best[0] if best[1] > 0 else None


def theme_shares(table: pd.DataFrame) -> pd.DataFrame:
    """City × theme: the share of a city's tagged clauses that carry each theme."""
    rows = label_cities(table[table["themes"].map(len) > 0])
    exploded = rows[["city", "themes"]].explode("themes")
    counts = pd.crosstab(exploded["city"], exploded["themes"])
    shares = counts.div(rows.groupby("city").size(), axis=0).round(3)
    return shares.reindex(columns=clause_themes(), fill_value=0.0)


def instrument_shares(table: pd.DataFrame) -> pd.DataFrame:
    """City × instrument type: the share of a city's typed clauses of each type."""
    rows = label_cities(table.dropna(subset=["instrument"]))
    shares = pd.crosstab(rows["city"], rows["instrument"], normalize="index").round(3)
    return shares.reindex(columns=list(instrument_labels()), fill_value=0.0)
