"""The indicator registry: what each indicator id means, its unit, denominator and aliases.

The registry is data (data/indicators.yaml); this module only loads and looks it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cityplans.errors import DataFileError, UnknownIndicatorError
from cityplans.resources import load_yaml

HEADLINE_IDS = (
    "rd_gdp_ratio",
    "rd_revenue_ratio",
    "rd_expenditure",
    "fiscal_st_share",
    "hte_count",
    "tech_sme_count",
    "invention_patents_per_10k",
    "high_value_patents_per_10k",
    "tech_contract_turnover",
    "hitech_va_share",
    "hitech_output",
    "researchers_per_10k",
    "st_progress_contribution",
)


@dataclass(frozen=True)
class Indicator:
    """One indicator: id, names, unit, definition (numerator / denominator), aliases, theme."""

    id: str
    name_zh: str
    name_en: str
    unit: str
    numerator: str | None
    denominator: str | None
    headline: bool
    theme: str
    aliases: tuple[str, ...]
    short_zh: str | None = None  # a short label for charts

    @property
    def label(self) -> str:
        """The short Chinese label when there is one, else the Chinese name."""
        return self.short_zh or self.name_zh


class Registry:
    """Indicators by id, with a lookup that names the valid ids when an id is unknown."""

    def __init__(self, indicators: list[Indicator], themes: dict[str, str] | None = None) -> None:
        self.themes = dict(themes or {})  # theme id -> Chinese label
        self._by_id = {i.id: i for i in indicators}
        if len(self._by_id) != len(indicators):
            raise DataFileError("indicators.yaml", "duplicate indicator ids")
        self._by_alias: dict[str, Indicator] = {}
        for ind in indicators:
            for alias in (ind.name_zh, *ind.aliases):
                other = self._by_alias.get(alias)
                if other is not None and other.id != ind.id:
                    raise DataFileError(
                        "indicators.yaml", f"alias {alias!r} is used by {other.id} and {ind.id}"
                    )
                self._by_alias[alias] = ind

    def get(self, indicator_id: str) -> Indicator:
        """The indicator with this id; UnknownIndicatorError lists the valid ids."""
        try:
            return self._by_id[indicator_id]
        except KeyError:
            raise UnknownIndicatorError(indicator_id, list(self._by_id)) from None

    def ids(self, headline: bool | None = None) -> list[str]:
        """All ids in registry order; only headline (or only other) ids when asked."""
        return [i.id for i in self._by_id.values() if headline is None or i.headline == headline]

    def aliases(self) -> dict[str, Indicator]:
        """Every alias (and Chinese name) -> its indicator."""
        return dict(self._by_alias)

    def __iter__(self):
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


@cache
def registry() -> Registry:
    """The packaged registry, loaded once."""
    data = load_yaml("indicators.yaml")
    items = []
    for raw in data["indicators"]:
        items.append(Indicator(**{**raw, "aliases": tuple(raw["aliases"])}))
    return Registry(items, data.get("themes"))


def get(indicator_id: str) -> Indicator:
    """Shorthand for registry().get(id)."""
    return registry().get(indicator_id)
