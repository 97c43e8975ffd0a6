"""Numbers as Chinese plans write them, parsed to Decimal with unit, range and qualifier.

Arabic (1,025 / 2.6), Chinese numerals (三千, 两, 一点五; via cn2an), 百分之二十, 万/亿
multipliers (16.4亿元 stays 16.4 亿元 — never a float), ranges (2-3家, 2至3家, 两到三家, 两三个),
approximations (约, 近, 左右, 余, 多) and floors (以上, 不低于, 超过), 倍 and 翻一番.
Pure functions on text in memory; offsets are into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_ALL = _CN_DIGITS + "十百千万亿点"
# Arabic numbers: 1,025 / 2.6 / 1 745, 37 294.3 (a thousands space from a PDF copy or a
# yearbook, only before a unit)
_AR = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?= ?[余多]?[家个项件名人户所亿万元])"
    r"|\d+ ?\. ?\d+(?= ?[%‰件家个项亿万元])"  # 3 .1 %, 6. 8 件: a PDF copy split the number
    r"|\d+(?:\.\d+)?"
)
# (万亿元 alone: one 万亿, a magnitude written without its one, as 千亿元 is)
_CN = rf"(?:[{_CN_ALL}]*[{_CN_DIGITS}十百千][{_CN_ALL}]*|万(?=亿元))"
# 五成 is 50%; 成 also starts words (成立, 成本, 成果, 一成不变) that are not a share
_NOT_TENTHS = "员立本功绩为果交效熟型就长品都套不片批"
_NUM = rf"(?:{_AR}|{_CN})"
_SEP = r"[ \t]*(?:-|~|～|—|–|至|到)[ \t]*"
UNITS = (
    "个百分点",
    "万平方米",
    "平方米",
    "亿元",
    "万元",
    "千元",
    "元",
    "人次",
    "人年",  # 85人年: full-time equivalents, as R&D personnel are counted
    "%",
    "‰",
    "倍",
    "家",
    "个",
    "项",
    "件",
    "名",
    "人",
    "次",
    "所",
    "座",
    "台",
    "套",
    "批",
    "条",
    "亩",
    "公里",
    "吨",
    "户",
    "场",
    "期",
    "届",
    "支",
    "本",
    "篇",
    "种",
)
_MULT = {
    "万亿": Decimal(1_000_000_000_000),
    "千万": Decimal(10_000_000),
    "百万": Decimal(1_000_000),
    "万": Decimal(10_000),
    "亿": Decimal(100_000_000),
    "千": Decimal(1000),
}
# 兆 before 元: a trillion yuan as Taiwan and Hong Kong write it (1.89兆元 is 1.89万亿元); 兆 of
# anything else (兆瓦) is a unit of its own
_TRILLION = r"兆(?=[ \t]*元)"
# Units that keep their multiplier in the unit (money, area): 16.4亿元 is 16.4 亿元.
_MULT_UNITS = {"亿元", "万元", "千元", "万平方米"}
_PREFIX_QUALIFIERS = {
    "不低于": "at_least",
    "不少于": "at_least",
    "至少": "at_least",
    "超过": "more_than",
    "突破": "more_than",
    "超": "more_than",  # 超3000家, a headline's 超过
    "破": "more_than",  # 破3000亿元, 首破百亿
    "逾": "more_than",  # 逾千家
    "大于": "more_than",
    "高于": "more_than",
    "不超过": "at_most",
    "不高于": "at_most",
    "最高": "at_most",
    "最多": "at_most",
    "小于": "less_than",
    "低于": "less_than",
    "大约": "approx",
    "约": "approx",
    "近": "approx",
    "接近": "approx",
    # the signs a table or a target list writes (≥20家, ＞3%): full-width ones are
    # half-width by now
    "≥": "at_least",
    "≧": "at_least",
    ">=": "at_least",
    ">": "more_than",
    "≤": "at_most",
    "≦": "at_most",
    "<=": "at_most",
    "<": "less_than",
}
_SUFFIX_QUALIFIERS = {
    "及以上": "at_least",
    "以上": "at_least",
    "左右": "approx",
    "以内": "at_most",
    "以下": "at_most",
}
COMPARATOR = {
    "exact": "=",
    "approx": "~",
    "at_least": ">=",
    "more_than": ">",
    "at_most": "<=",
    "less_than": "<",
}


@dataclass(frozen=True)
class Quantity:
    """A number in a text: its span, Decimal value (and upper bound), unit and qualifier."""

    start: int
    end: int
    surface: str
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    qualifier: str  # exact | approx | at_least | more_than | at_most | less_than

    @property
    def comparator(self) -> str:
        """=, ~, >=, >, <=, < as the targets table writes them."""
        return COMPARATOR[self.qualifier]


# a year masked on a copied page (20XX年, 20**年): a date, never a quantity or a code
MASKED_YEAR = re.compile(r"(?:19|20)(?:[xX]{2}|[*＊×]{2})\s*年")
# a one-digit numerator over a larger denominator: 1/3, 2/5, 1/10 (3/2 is no fraction of a whole)
_SLASH_FRACTION = "|".join([*(f"{n}/[{n + 1}-9]" for n in range(1, 9)), "[1-9]/[1-9]\\d"])


@cache
def _pattern() -> re.Pattern[str]:
    units = "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True)))
    mult = "|".join(map(re.escape, sorted(_MULT, key=len, reverse=True))) + f"|{_TRILLION}"
    pre = "|".join(map(re.escape, sorted(_PREFIX_QUALIFIERS, key=len, reverse=True)))
    suf = "|".join(map(re.escape, sorted(_SUFFIX_QUALIFIERS, key=len, reverse=True)))
    return re.compile(
        rf"(?:(?P<pre>{pre})[ \t]*)?"
        rf"(?:(?P<double>翻(?P<times>[一两二三四])番)"
        rf"|(?!百分之)(?=[\d{_CN_ALL}.,]{{1,12}}分之)(?P<den>{_NUM})分之(?P<num>{_NUM})"
        rf"|(?P<tenths>[一二两三四五六七八九]|\d)成(?![{_NOT_TENTHS}])"
        # 增长超过1/3: a proper fraction written with a slash (not a date: 2023/1/3, 1/3/2023)
        rf"|(?<![\d/.])(?P<slash>{_SLASH_FRACTION})(?![\d/.%])"
        rf"|(?P<pct>百分之)?(?P<a>{_NUM})"
        rf"(?:{_SEP}(?:百分之)?(?P<b>{_NUM}))?"
        rf"(?:[ \t]?(?P<mult>{mult}))?(?P<fuzzy>余|多)?[ \t]*(?P<unit>{units})?)"
        rf"(?:[ \t]*(?P<suf>{suf}))?"
    )


# Numbers parsed lately, kept for reuse: bounded, so a large file of distinct numbers cannot
# grow the process without limit (a plan repeats few numbers; 4096 hold them all).
NUMBER_CACHE = 4096
_AR_RE = re.compile(_AR)
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+ ?\. ?\d+")
_DIGIT = re.compile(r"\d")
_CN_RE = re.compile(rf"{_CN}|万")  # (a 万 matched before 亿元 is parsed alone)


@lru_cache(maxsize=NUMBER_CACHE)
def parse_number(text: str) -> Decimal | None:
    """One number (Arabic with separators, or Chinese numerals) as Decimal; None if not one."""
    text = text.strip()
    if not text:
        return None
    if _AR_RE.fullmatch(text) or _SPACED.fullmatch(text):
        try:
            return Decimal(text.replace(",", "").replace(" ", ""))
        except InvalidOperation:
            return None
    if _CN_RE.fullmatch(text):
        return _cn_number(text)
    return None


@lru_cache(maxsize=NUMBER_CACHE)
def _cn_number(text: str) -> Decimal | None:
    import cn2an

    if text.startswith("点") or text.endswith("点") or text.count("点") > 1:
        return None
    if text[0] in "百千" or text == "万":  # 千家企业, 百亩, 万亿元: a bare 百/千/万 is one of it
        text = "一" + text
    try:
        return Decimal(str(cn2an.cn2an(text, "normal")))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        return None


# Adjacent Chinese digits that are a range, never a number: 两三个, 三四家, 五六项.
_ADJACENT = {
    "一二": (1, 2),
    "两三": (2, 3),
    "二三": (2, 3),
    "三四": (3, 4),
    "四五": (4, 5),
    "五六": (5, 6),
    "六七": (6, 7),
    "七八": (7, 8),
    "八九": (8, 9),
}


@cache
def _prefix_before() -> re.Pattern[str]:
    """A prefix qualifier (约, 不低于 …) ending right before a number."""
    pre = "|".join(map(re.escape, sorted(_PREFIX_QUALIFIERS, key=len, reverse=True)))
    return re.compile(rf"(?:{pre})[ \t]*$")


_ANCHOR = re.compile(rf"[\d{_CN_DIGITS}十百千翻][\d{_CN_DIGITS}十百千万亿点.,]*|万(?=亿元)")
_PREFIX_MAX = 4  # longest prefix qualifier (不低于) plus a space
_PREFIX_LAST = frozenset(p[-1] for p in _PREFIX_QUALIFIERS)


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text`, left to right; never raises.

    A Chinese numeral standing alone (一 in 统一, 进一步) is a word, not a number, and is skipped.
    A fast scan finds the characters a number can start with; the full pattern is tried only
    there, from the earliest prefix qualifier (约, 不低于) that ends right before it.
    """
    pattern = _pattern()
    out: list[Quantity] = []
    last_end = 0
    for run in _ANCHOR.finditer(text):
        if run.end() <= last_end:
            continue
        for pos in range(max(run.start(), last_end), run.end()):
            m = _match_at(text, pos, last_end, pattern)
            if m is None:
                continue  # e.g. 一 of 统一两三个: try the next character of the run
            q = _quantity(m)
            if q is not None:
                out.append(q)
                last_end = m.end()
                break
    return _share_units(text, _join_bounds(text, out))


_LIST_GAP = re.compile(r"[ \t]*[、和及与][ \t]*")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """29.92、29.64、33.57、30.75亿元: bare numbers listed before one with a unit share it, when
    the unit adds no multiplier to the last number (1.2、1.5万家 is left alone)."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        last, prev = out[i], out[i - 1]
        if (
            last.unit is not None
            and prev.unit is None
            and prev.value_max is None
            and _LIST_GAP.fullmatch(text, prev.end, last.start)
            and _PLAIN_NUMBER.fullmatch(prev.surface.strip())
            and _plain_value(last) == last.value
        ):
            out[i - 1] = Quantity(
                prev.start, prev.end, prev.surface, prev.value, None, last.unit, prev.qualifier
            )
    return out


def _plain_value(q: Quantity) -> Decimal | None:
    """The digits a quantity is written with (30.75 of 30.75亿元), if it starts with them."""
    m = _PLAIN_NUMBER.match(q.surface.strip())
    return Decimal(m.group()) if m else None


_BOUND_GAP = re.compile(r"[ \t、,，且和]{0,2}")
_RANGE_GAP = re.compile(_SEP)


def _join_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """不少于5家、不超过10家: a floor followed by a ceiling of the same unit is one range; so are
    two percentages joined by a range sign (3%-5%)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if _percent_range(text, prev, q):  # 3%-5%, 3%至5%: one range of percentages
            out[-1] = Quantity(
                prev.start, q.end, text[prev.start : q.end], prev.value, q.value, "%", q.qualifier
            )
        elif (
            prev is not None
            and prev.qualifier in ("at_least", "more_than")
            and q.qualifier in ("at_most", "less_than")
            and prev.unit == q.unit
            and prev.value_max is None
            and q.value > prev.value
            and _BOUND_GAP.fullmatch(text, prev.end, q.start)
        ):
            out[-1] = Quantity(
                prev.start, q.end, text[prev.start : q.end], prev.value, q.value, q.unit, "exact"
            )
        else:
            out.append(q)
    return out


def _percent_range(text: str, prev: Quantity | None, q: Quantity) -> bool:
    """Whether two percentages joined by a range sign (3%-5%) are one range."""
    return (
        prev is not None
        and prev.unit == q.unit == "%"
        and prev.value_max is None
        and prev.qualifier == "exact"
        and q.value > prev.value
        and _RANGE_GAP.fullmatch(text, prev.end, q.start) is not None
    )


def _match_at(text: str, pos: int, last_end: int, pattern: re.Pattern[str]):
    """The quantity match covering `pos`, with a prefix qualifier if one ends right before."""
    m = None
    if pos > 0 and (text[pos - 1] in _PREFIX_LAST or text[pos - 1] in " \t"):
        before = _prefix_before().search(text, max(last_end, pos - _PREFIX_MAX), pos)
        if before:
            m = pattern.match(text, before.start())
            if m and not (m.end() > pos and m["pre"]):
                m = None
    if m is None:
        m = pattern.match(text, pos)
    if m is None or m.end() == m.start() or _bare_word(m):
        return None
    return m


def _bare_word(m: re.Match[str]) -> bool:
    """一 in 统一, 进一步: a Chinese numeral with no unit, percent, range, multiplier or suffix
    (破百 and 近百 alone are figures of speech: 增速实现"破百"); and 百万人 in 每百万人:
    magnitude words that make a denominator, not a count."""
    surface = m.group()
    if _DIGIT.search(surface):
        return False
    if _PER_HEAD.fullmatch(surface):
        return True
    return not (
        m["unit"]
        or m["pct"]
        or m["b"]
        or m["mult"]
        or m["suf"]
        or m["fuzzy"]
        or m["double"]
        or m["den"]
        or m["tenths"]
        or (len(surface) >= 2 and surface[-1] in "万亿")  # 百亿级, 千亿科技城: a magnitude
    )


# 每百万人, 万名就业人员: a denominator written with magnitude words only, not a count
_PER_HEAD = re.compile(r"[百千万]+\s*(?:人|名)")


def _quantity(m: re.Match[str]) -> Quantity | None:
    unit = m["unit"]
    mult = m["mult"]
    if m["double"]:
        times = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[m["times"]]
        value, value_max, unit = Decimal(2) ** times, None, "倍"
    elif m["den"]:
        den, num = parse_number(m["den"]), parse_number(m["num"])
        if not den or num is None:
            return None
        value, value_max, unit = (num * 100 / den).quantize(Decimal("0.01")), None, "%"
    elif m["slash"]:
        num, den = map(Decimal, m["slash"].split("/"))
        value, value_max, unit = (num * 100 / den).quantize(Decimal("0.01")), None, "%"
    elif m["tenths"]:
        value, value_max, unit = parse_number(m["tenths"]) * 10, None, "%"
    else:
        a = m["a"]
        if a in _ADJACENT and not m["b"]:
            lo, hi = _ADJACENT[a]
            value, value_max = Decimal(lo), Decimal(hi)
        else:
            b = m["b"]
            last = b or a
            if not mult and last[-1] in "万亿" and _CN_RE.fullmatch(last[:-1] or "x"):
                # 三十万元 is 30 万元, and 十八至三十万元 is 18–30 万元, as after Arabic digits
                mult = last[-1]
                a, b = (a, b[:-1]) if b else (a[:-1], b)
            value = parse_number(a)
            value_max = parse_number(b) if b else None
            if value is None or (b and value_max is None):
                return None
        if mult:
            mult = "万亿" if mult == "兆" else mult
            unit, value, value_max = _apply_multiplier(mult, unit, value, value_max)
        if m["pct"]:
            unit = "%"
    qualifier = "exact"
    if m["pre"]:
        qualifier = _PREFIX_QUALIFIERS[m["pre"]]
    if m["fuzzy"]:
        qualifier = "more_than"  # 50余家, 3000多个: a little over
    if m["suf"]:
        qualifier = _SUFFIX_QUALIFIERS[m["suf"]]
    if value_max is not None and value_max < value:
        value, value_max = value_max, value
    value_max = _tidy(value_max) if value_max is not None else None
    return Quantity(m.start(), m.end(), m.group(), _tidy(value), value_max, unit, qualifier)


def _tidy(value: Decimal) -> Decimal:
    """13000.0 -> 13000 and 1.2E+3 -> 1200; 16.40 stays as written."""
    try:
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    except InvalidOperation:  # beyond Decimal's precision: keep as parsed
        return value


def _apply_multiplier(
    mult: str, unit: str | None, value: Decimal, value_max: Decimal | None
) -> tuple[str | None, Decimal, Decimal | None]:
    """16.4亿+元 -> (亿元, 16.4); 1.3万+家 -> (家, 13000); 3亿 alone -> (亿, 3)."""
    if mult == "万亿" and unit in (None, "元"):  # 6万亿(元) is 60000 亿(元): 亿 stays in the unit
        mult, value = "亿", value * 10_000
        value_max = value_max * 10_000 if value_max is not None else None
    combined = f"{mult}{unit or ''}"
    if combined in _MULT_UNITS:
        return combined, value, value_max
    if unit is None and mult in ("万", "亿"):
        return mult, value, value_max  # 27.6亿: money or a count, the indicator decides
    if unit is None:
        factor = _MULT[mult]  # 3千余: three thousand
        return None, value * factor, value_max * factor if value_max is not None else None
    factor = _MULT[mult]
    return unit, value * factor, value_max * factor if value_max is not None else None


# Units of things counted (as opposed to money, shares, areas): 家, 个, 项 …
COUNT_UNITS = frozenset(
    {"家", "个", "项", "件", "名", "人", "人次", "所", "座", "支", "户", "种", "条", "台", "套"}
)
# the counters of firms and bodies (高新技术企业120家/户/个, 孵化器3所/座): not of items or people
BODY_UNITS = frozenset({"家", "个", "户", "所", "座"})
MONEY_UNITS = frozenset({"元", "千元", "万元", "亿元"})
_MONEY = {
    "元": Decimal(1),
    "千元": Decimal(1000),
    "万元": Decimal(10_000),
    "亿元": Decimal(100_000_000),
}


def convert_money(value: Decimal, from_unit: str, to_unit: str = "亿元") -> Decimal:
    """Exact money conversion between 元, 千元, 万元 and 亿元 (100万元 -> 0.01亿元)."""
    if from_unit not in _MONEY or to_unit not in _MONEY:
        raise ValueError(f"not a money unit: {from_unit!r} -> {to_unit!r}")
    return _tidy((value * _MONEY[from_unit] / _MONEY[to_unit]).normalize())
