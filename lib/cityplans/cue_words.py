"""Word lists of the phrasing cues (data/extraction_cues.yaml) and matching them in text.

Each list compiles once to one alternation (longest word first), so asking whether a clause holds
any of 30 verbs is one regex search, not 30 substring tests.
"""

from __future__ import annotations

import re
from functools import cache

from cityplans.resources import load_yaml


@cache
def cue_lists() -> dict:
    """The phrasing cues, word lists as tuples (hashable: their patterns are cached)."""
    data = load_yaml("extraction_cues.yaml")
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def has(words, text: str) -> bool:
    """Whether any of `words` occurs in `text` (one compiled pattern per word list)."""
    return words_re(words if isinstance(words, tuple) else tuple(words)).search(text) is not None


def starts_with_any(words: list[str], text: str) -> bool:
    """Whether `text` begins with one of `words` (科技型中小企业申请入库2360家)."""
    return text.startswith(tuple(words))


def ends_with(words: tuple[str, ...], text: str) -> bool:
    """Whether `text` ends with one of `words`."""
    return _words_end_re(words).search(text) is not None


@cache
def _words_end_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


@cache
def words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def long_words(words) -> tuple[str, ...]:
    """Markers of two or more characters: safe to look for away from the number."""
    return _long_cached(tuple(words))


@cache
def _long_cached(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w) >= 2)


@cache
def organisation_after(units: bool = False) -> re.Pattern[str]:
    """A firm's name that follows a place (X省Y集团), or with `units` also a local unit's (X县
    畜牧服务中心): up to eight characters of name, then an ending from the cue lists."""
    words = cue_lists()["firm_endings"] + (cue_lists()["unit_endings"] if units else ())
    return _name_ending(tuple(words))


@cache
def institution_after() -> re.Pattern[str]:
    """A university's or an institute's name that follows a place (X理工大学, X分院)."""
    return _name_ending(tuple(cue_lists()["institution_endings"]))


@cache
def region_after() -> re.Pattern[str]:
    """A region named after the place right before it (X都市圈, X城市群): not the place itself."""
    words = sorted(cue_lists()["region_endings"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def _name_ending(words: tuple[str, ...]) -> re.Pattern[str]:
    endings = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    # (a name never runs over 企业, but may hold 企 or 业 alone: 安邦管业有限公司)
    return re.compile(r"(?:(?!企业)[^\s,，。;；:：、的和与及()（）]){0,8}?(?:" + endings + ")")
