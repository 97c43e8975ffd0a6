"""The indicator registry: what each indicator id means, its unit, denominator and aliases.

The registry is data (data/indicators.yaml); this module only loads and looks it up. Besides
plain aliases, an indicator may give alias *patterns*, which expand to every wording they
describe: `<RD>` stands for each word of the term set RD, `[a|b]` for a, b or nothing, `{a|b}`
for a or b. `[全社会]<RD>{经费|投入}占<GDP>` thus covers 全社会研发经费占GDP, R&D投入占地区生产总值…
"""

from __future__ import annotations

import itertools
import re
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
    # aliases that name this indicator only right after one of `follows` in the same sentence
    # (强度 after 研发经费投入…亿元 is R&D intensity)
    follow_aliases: tuple[str, ...] = ()
    follows: tuple[str, ...] = ()
    # head nouns that name this indicator again where a clause opens, right after it or one of
    # `follows` (…产值累计实现…亿元。产值总量前三名为…)
    opening_follow_aliases: tuple[str, ...] = ()
    # what a follow alias may also follow: the thing measured, named as a sentence's subject
    # (高新技术产业总体运行良好,全年实现总产值1075.4亿元)
    follow_subjects: tuple[str, ...] = ()
    # words right before an alias that make it another population or measure (上市高新技术企业,
    # 省级高新技术企业, 吸纳…技术合同成交额): the number is not this indicator's
    not_after: tuple[str, ...] = ()
    # the indicator the same words name when the number is money (技术合同登记22.9亿元 is
    # turnover, 技术合同登记403项 a count)
    as_amount: str | None = None
    # the indicator the same words name when the number is a share (全社会研发经费投入达到1.75%
    # is R&D intensity written loosely)
    as_ratio: str | None = None
    # the indicator the same words name when the number is counted in that one's unit
    # (技术合同成交5850项 counts the contracts; 技术合同成交162.95亿元 is the turnover)
    as_count: str | None = None
    # the indicator an alias names instead right after an alias of another in the same sentence
    # (规模以上工业企业R&D经费60.25亿元;R&D经费投入强度为0.86%: the firms' R&D over their revenue)
    read_after: tuple[tuple[str, str], ...] = ()
    # the heads an alias must end in for `read_after` (强度: not 占GDP比重, which names its base)
    read_after_heads: tuple[str, ...] = ()

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
        self._by_alias = _alias_table(indicators, lambda i: (i.name_zh, *i.aliases))
        self._by_follow_alias = _alias_table(indicators, lambda i: i.follow_aliases)
        self._by_opening_alias = _alias_table(indicators, lambda i: i.opening_follow_aliases)
        for ind in indicators:
            named = (
                *ind.follows,
                ind.as_amount or ind.id,
                ind.as_ratio or ind.id,
                ind.as_count or ind.id,
                *(i for pair in ind.read_after for i in pair),
            )
            unknown = [f for f in named if f not in self._by_id]
            if unknown:
                raise DataFileError("indicators.yaml", f"{ind.id} follows unknown id {unknown[0]}")

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

    def by_alias(self, name: str) -> Indicator | None:
        """The indicator an alias (or Chinese name) names, or None: a lookup without copying
        the table, for callers that ask about one name at a time."""
        return self._by_alias.get(name)

    def follow_aliases(self) -> dict[str, Indicator]:
        """Aliases that count only after an alias of one of the indicator's `follows`."""
        return dict(self._by_follow_alias)

    def opening_follow_aliases(self) -> dict[str, Indicator]:
        """Head nouns that name an indicator again where a clause opens, right after it."""
        return dict(self._by_opening_alias)

    def __iter__(self):
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


def _alias_table(indicators: list[Indicator], names) -> dict[str, Indicator]:
    """alias -> indicator; an alias claimed by two indicators is an error in the data."""
    table: dict[str, Indicator] = {}
    for ind in indicators:
        for alias in names(ind):
            other = table.get(alias)
            if other is not None and other.id != ind.id:
                raise DataFileError(
                    "indicators.yaml", f"alias {alias!r} is used by {other.id} and {ind.id}"
                )
            table[alias] = ind
    return table


_PATTERN_PART = re.compile(r"<([A-Z0-9_]+)>|\[([^\[\]{}]*)\]|\{([^\[\]{}]*)\}|([^<\[{]+)")
MAX_EXPANSION = 20_000  # wordings one pattern may stand for; more is a mistake in the data


def expand_pattern(pattern: str, terms: dict[str, list[str]]) -> list[str]:
    """Every wording an alias pattern stands for (see the module docstring for the syntax)."""
    choices: list[list[str]] = []
    pos = 0
    for m in _PATTERN_PART.finditer(pattern):
        if m.start() != pos:
            break
        pos = m.end()
        term, optional, required, literal = m.groups()
        if term is not None:
            choices.append(_term(term, terms, pattern))
        elif literal is not None:
            choices.append([literal])
        else:
            alts = [a for part in (optional or required).split("|") for a in _alt(part, terms)]
            choices.append(([""] if optional is not None else []) + alts)
    if pos != len(pattern):
        raise DataFileError("indicators.yaml", f"alias pattern {pattern!r}: cannot read it")
    size = 1
    for c in choices:
        size *= len(c)
    if size > MAX_EXPANSION:
        raise DataFileError("indicators.yaml", f"alias pattern {pattern!r} stands for {size} words")
    return ["".join(p) for p in itertools.product(*choices)]


def _alt(part: str, terms: dict[str, list[str]]) -> list[str]:
    m = re.fullmatch(r"<([A-Z0-9_]+)>", part)
    if m is None and "<" in part:  # {财政<ST>|…}: a term set is a choice's whole, never a part
        raise DataFileError("indicators.yaml", f"alias choice {part!r}: a term set inside a word")
    return _term(m.group(1), terms, part) if m else [part]


def _term(name: str, terms: dict[str, list[str]], pattern: str) -> list[str]:
    if name not in terms:
        raise DataFileError("indicators.yaml", f"alias pattern {pattern!r}: no term set {name}")
    return list(terms[name])


def _expanded(raw: dict, key: str, terms: dict[str, list[str]]) -> tuple[str, ...]:
    words: list[str] = []
    for alias in raw.get(key, []):
        words += expand_pattern(alias, terms) if re.search(r"[<\[{]", alias) else [alias]
    return tuple(dict.fromkeys(words))


@cache
def registry() -> Registry:
    """The packaged registry, loaded once; alias patterns are expanded here."""
    data = load_yaml("indicators.yaml")
    terms = data.get("terms", {})
    items = []
    for raw in data["indicators"]:
        expanded = ("patterns", "follow_aliases", "opening_follow_aliases")
        fields = {k: v for k, v in raw.items() if k not in expanded}
        fields["aliases"] = tuple(raw["aliases"]) + _expanded(raw, "patterns", terms)
        fields["follow_aliases"] = _expanded(raw, "follow_aliases", terms)
        fields["opening_follow_aliases"] = _expanded(raw, "opening_follow_aliases", terms)
        fields["follows"] = tuple(raw.get("follows", []))
        fields["not_after"] = tuple(raw.get("not_after", []))
        fields["follow_subjects"] = tuple(raw.get("follow_subjects", []))
        fields["read_after"] = tuple(raw.get("read_after", {}).items())
        fields["read_after_heads"] = tuple(raw.get("read_after_heads", []))
        items.append(Indicator(**fields))
    return Registry(items, data.get("themes"))


def get(indicator_id: str) -> Indicator:
    """Shorthand for registry().get(id)."""
    return registry().get(indicator_id)
