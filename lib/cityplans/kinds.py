"""What a number says about its indicator: kind (level, new, growth), value and unit.

Works on the words around the number (its clause, the words since the last number, the sentence
before it) and the indicator it was linked to; word lists in data/extraction_cues.yaml:
- growth for a percentage after 增长/增幅 (a change of a growth rate or a contribution is none);
- new for a count after 认定/新增/培育/净增…, level after 达到/总数/累计 or a register word after
  the indicator (科技型中小企业入库49家), else level, flagged when a count has no verb at all;
- money converted to the indicator's unit; cumulative multi-year totals, absolute changes of an
  amount and numbers whose unit does not fit are no value of the indicator (the reason returned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cityplans.cue_words import cue_lists, ends_with, has, long_words, words_re
from cityplans.numbers import BODY_UNITS, COUNT_UNITS, MONEY_UNITS, convert_money
from cityplans.registry import Indicator

BARE_MULTIPLIERS = {"亿": "亿元", "万": "万元"}  # 27.6亿 next to an amount indicator is money


_YEARISH = re.compile(r"(?:19|20)\d{2}")


# a span of several years: 五年来, 近3年, 十二五期间, 2016-2020年, 2017年以来
SEVERAL_YEARS = re.compile(
    # (a count of years, 五年 or 3年, not a year: 2017年,全市累计实现… is one year's total)
    r"(?:(?<!\d)(?:[两三四五六七八九十]+|\d{1,2})年(?:来|间|以来|中)?(?=累计|共|,|，)|近[两三四五\d]+年|"
    r"十[一二三四五]五(?:期间|时期|以来)|(?:19|20)\d{2}\s*(?:年)?\s*[-—–至到]\s*(?:19|20)\d{2}|以来)"
)


# 比5年前多了近百家, 比上年多出12家: how much more than an earlier figure
_MORE_THAN_BEFORE = re.compile(r"比[^,，。;；]{1,10}?多(?:了|出)\s*(?:近|约|超过|超)?\s*$")
# 占全省净增数的78.66%, 占全州的44.3%: a count's or an amount's share of a larger whole
_SHARE_OF_TOTAL = re.compile(r"占[^,，。;；]{1,14}$")
_CHANGE = re.compile(r"增长|提高|提升|增幅|增速|下降")
# 研发投入占比超全国总额的86%, 占全省总量的30%: a share of a larger area's total of the same
# measure, not a ratio to its denominator (GDP, revenue, spending)
_SHARE_OF_AREA_TOTAL = re.compile(
    r"(?:全国|全省|全市|全区|全州|全县|全盟)(?:总额|总量|总数|总和)的?\s*$"
)


# a number right after these is a change by that much (增加91亿元), not a level; a ratio also
# changes by 提高/提升 a number of its own units (提高2.1件)
_CHANGE_VERBS = ("增加", "增长", "净增", "减少", "下降", "多")
_RATIO_CHANGE_VERBS = (*_CHANGE_VERBS, "提高", "提升")
_AS_OF = re.compile(r"截至|截止|目前|至今")
# 共认定…, 已认定…, 共有(已有)N家企业获认定为…, and the items of a list they open (…62家、…75家)
_ALL_SO_FAR = re.compile(r"(?:共有|已有|(?:共|已)(?:认定|培育|引进|备案|登记)+)[^,，。;；:：]*$")
# …but 截至9月底,今年已认定…50家 counts the year's: this year's words and the new-flow words
# (not 年底/年末, which date a stock: 截止2013年底,…已认定)
_WHOLE_YEAR = ("全年", "年内", "当年")


# 新备案, 新入库: newly registered, a flow (not 新区入库, 新城备案: a zone's name)
NEWLY = re.compile(r"新(?![区城])\S{0,3}$")


_STOCK_BEFORE = re.compile(r"(?:已|累计)$")


# the end of a change written with a bare 到 after its start: (从2017年514)家到2021年(1623家)
_TO_AFTER_FROM = re.compile(
    r"[^\d,，;；。]{0,2}?[到至]\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?的?)?\s*$"
)
_FROM_WORD = re.compile(r"[从由]")


STARTS_FROM = re.compile(
    # a year may be masked on a copied page (由年的2.18%, 由20XX年的)
    r"(?:从|由)[“\"]?(?:(?:19|20)\d{2}年|(?:(?:19|20)?[xX×*＊]{1,4})?年|十[一二三四五]五[”\"]?|上年|去年|上一年)?"
    r"(?:底|末|期末)?的?\s*$"
)


@dataclass(frozen=True)
class Around:
    """The words around a figure that say what it is of its indicator."""

    sentence_before: str  # its sentence up to the number
    before: str  # its clause before the indicator's words (or before the number)
    between: str  # from the indicator's words to the number
    growth_zone: str  # where a growth word (增长, 增幅) of this number may stand
    local: str = ""  # the words since the last number of the clause
    alias: str = ""  # the indicator as the text writes it, in the number's own clause


def shape(q, indicator: Indicator, words: Around):
    """(kind, value, value_max, unit, review) for a quantity under an indicator, or the reason
    it does not fit (a string)."""
    sentence_before, before, between = words.sentence_before, words.before, words.between
    growth_zone = words.growth_zone
    cues = cue_lists()
    unit = q.unit
    if q.unit == "个百分点" and indicator.unit != "%":
        return "a percentage-point change of an amount or count (a share of it moved)"
    if q.unit == "个百分点" and has(["增速", "增幅"], growth_zone):
        return "a change of a growth rate (增速比上年降低0.8个百分点), not of the indicator"
    if (
        indicator.id != "st_progress_contribution"
        and has(["贡献", "拉动"], growth_zone)
        and has(cues["growth_markers"], growth_zone)
    ):
        return "a contribution to growth (拉动…增长13个百分点), not the indicator's growth"
    if _MORE_THAN_BEFORE.search(between or before):
        return "a difference from an earlier figure (比5年前多了近百家), not the indicator's figure"
    share = _SHARE_OF_TOTAL.search(between or before)
    if q.unit == "%" and indicator.unit != "%" and share and not _CHANGE.search(share.group()):
        return "a share of a larger total (占全省净增数的78.66%), not the indicator's growth"
    if q.unit == "%" and _SHARE_OF_AREA_TOTAL.search(between or before):
        return "a share of a larger area's total (占比超全国总额的86%), not the indicator's ratio"
    target_unit = indicator.unit
    misfit = f"unit {unit or 'none'} does not fit {indicator.id} ({target_unit})"
    if q.unit in ("%", "个百分点") and STARTS_FROM.search(growth_zone):
        if target_unit != "%":  # 科技型中小企业…比重由15%提高到24%: a share of something else
            return misfit
        return "level", q.value, q.value_max, q.unit, []  # 比重从2015年的2.41%提高到…
    if q.unit in ("%", "个百分点") and (
        has(cues["growth_markers"], growth_zone) and not has(cues["reach_words"], growth_zone)
    ):
        if has(["下降", "减少"], growth_zone[-6:]):
            return "growth", -q.value, -q.value_max if q.value_max else None, q.unit, []
        return "growth", q.value, q.value_max, q.unit, []
    if target_unit == "%":
        if unit is None and _bare_share(q, words):
            return "level", q.value, q.value_max, "%", ["share written without its % sign"]
        if unit != "%":
            return misfit
        if indicator.denominator and q.value > 100:
            return "a share above 100% (a garbled number: 2. 152%?), not the indicator's level"
        return "level", q.value, q.value_max, "%", []
    if unit == "%":
        return misfit
    value, value_max, review = q.value, q.value_max, []
    if target_unit in MONEY_UNITS:
        unit = BARE_MULTIPLIERS.get(unit, unit)
        if unit not in MONEY_UNITS:
            return misfit
        if cumulative(between or before, sentence_before):
            return "a cumulative total over several years (五年累计…亿元), not the year's amount"
        if _changed(_CHANGE_VERBS, words):
            return "an absolute change of an amount, not a level"
        value = convert_money(q.value, unit, target_unit)
        value_max = convert_money(q.value_max, unit, target_unit) if q.value_max else None
    elif target_unit == "件/万人":
        if unit not in ("件", "项", None):  # 万人发明专利拥有量为1.4项: 项 counts patents too
            return misfit
        if _changed(_RATIO_CHANGE_VERBS, words):
            return "an absolute change of a ratio (比上年增加2.1件), not a level or a flow"
    elif target_unit == "人年" and indicator.denominator and _changed(_RATIO_CHANGE_VERBS, words):
        return "an absolute change of a ratio (比上年增加6人年), not a level or a flow"
    elif unit is not None and unit not in COUNT_UNITS and unit != target_unit:
        return misfit
    elif target_unit == "家" and unit is not None and unit not in BODY_UNITS:
        return misfit  # 核心知识产权…比2018年的4845项: items, not firms or bodies
    elif unit is None and target_unit not in ("人年",):
        if not _bare_count(q, between or before):
            return "a bare number next to a count indicator is not its value"
        review.append("count written without its unit")
    if cumulative(before + between, sentence_before) and has(cues["new_verbs"], before + between):
        return "a flow summed over several years (五年累计培育…2000家), not a year's or a stock"
    kind, kind_review = _kind(indicator, words)
    if kind == "new" and target_unit in MONEY_UNITS:
        # 技术合同成交额通过登记认定55.6亿元: an amount recognised, not a count added
        kind = "level"
    return kind, value, value_max, target_unit, review + kind_review


# what may stand between a change's verb and its number: 增长了, 分别增长, 增加约, and the
# earlier values of a pair the verb shares (分别增长了311件和)
_AFTER_CHANGE_VERB = re.compile(
    r"(?:了|约|近|分别|\s|\d[\d.,]*\s*[^\d\s,，。;；和、及与]{0,3}\s*[和、及与])+$"
)
_CONNECTIVE_ONLY = re.compile(r"\s*[和、及与]?\s*")


def _changed(verbs: tuple[str, ...], words: Around) -> bool:
    """Whether the words before the number end in a verb of change (较去年同期增长了0.35件):
    the words since the last number of the clause (达到1.72件,较去年同期增长了…), or for the
    second value of a pair, the words before the first (分别增长了311件和4.25件)."""
    text = words.local
    if _CONNECTIVE_ONLY.fullmatch(text):
        text = words.between or words.before
    return ends_with(verbs, _AFTER_CHANGE_VERB.sub("", text))


def _bare_share(q, words: Around) -> bool:
    """R&D经费投入强度2.36: a decimal right after a share's name (or 为/达到) that lost its %."""
    return (
        bool(words.alias)
        and q.value != q.value.to_integral_value()
        and q.value < 100
        and _SHARE_VERB.fullmatch(words.between.strip()) is not None
    )


_SHARE_VERB = re.compile(r"(?:为|是|达|达到|提高到|提升到)?")


@cache
def _this_years() -> tuple[str, ...]:
    """Words that make a count the year's own flow, not everything so far."""
    cues = cue_lists()
    return (*cues["this_year_words"], *_WHOLE_YEAR, *cues["new_flow_words"])


def cumulative(words: str, sentence_before: str) -> bool:
    """累计 in a sentence that names a span of several years (五年累计, 十三五期间累计)."""
    return has(["累计"], words) and SEVERAL_YEARS.search(sentence_before) is not None


def _bare_count(q, before: str) -> bool:
    """入库520, 突破300: an integer right after a verb is a count that lost its unit."""
    if q.value != q.value.to_integral_value() or _YEARISH.fullmatch(q.surface.strip()):
        return False
    cues = cue_lists()
    verbs = tuple(cues["new_verbs"] + cues["level_markers"] + cues["register_words"])
    return ends_with(verbs, before.rstrip())


def _kind(indicator: Indicator, words: Around) -> tuple[str, list[str]]:
    before, between, sentence_before = words.before, words.between, words.sentence_before
    local, alias = words.local, words.alias
    cues = cue_lists()
    as_of = _AS_OF.search(sentence_before)
    if (
        as_of
        and _ALL_SO_FAR.search(sentence_before)
        and not has(_this_years(), sentence_before[as_of.end() :])
    ):
        return "level", []  # 截至目前,全省共认定高新技术企业15家: all recognised so far
    if local and ends_with(tuple(cues["new_verbs"]), local.rstrip()):
        return "new", []  # 达到614家、比上年增加111家: the words since the last number decide
    if has(cues["reach_words"], local or between or before):
        return "level", []  # 由2011年的26家增加到2021年的1067家
    if _TO_AFTER_FROM.match(local) and _FROM_WORD.search(sentence_before):
        return "level", []  # 从2017年514家到2021年1623家: where the change ends, a stock
    if (
        STARTS_FROM.search(between)
        and not has(cues["new_verbs"], between)
        and not ends_with(tuple(cues["new_verbs"]), before.rstrip())
    ):
        return "level", []  # 数量由2017年的20家(增长到…): where a change starts, a stock
    words = before + alias + between  # 有效期内高新技术企业14家: the alias may name the stock
    stock = words_re(tuple(cues["stock_words"])).search(words)
    if stock and not has(cues["new_flow_words"], words[stock.end() :]):
        return "level", []  # 累计培育国家高新技术企业58家, 拥有…179家: the stock
    head = unqualified(_CERTIFIED.sub("", before))  # (经科技部认定高新技术企业有…: a status)
    if head.endswith("的") and ends_with(tuple(cues["new_flow_words"]), head[:-1]):
        head = head[:-1]  # 新认定的高新技术企业达到29家: the firms newly recognised, a flow
    if ends_with(tuple(cues["stock_qualifiers"]), head):
        return "level", []  # (引进…1418家,)有效高企超5400家: the firms holding the status now
    if ends_with(tuple(cues["new_verbs"]), head):
        if _RECOGNISED_REACH.search(head) and _REACHES.fullmatch(between):
            return "level", []  # 认定高新技术企业达417家: the firms recognised so far reach it
        return "new", []
    stock = has(cues["stock_words"], between)
    registered = _only_register_words(between) or (
        _REGISTER_COUNT.search(between) is not None and not has(cues["new_flow_words"], between)
    )  # …、科技型中小企业入库数量分别达到3万家和3.6万家: the register's size
    if not stock and not registered and has(cues["new_verbs"], between):
        return "new", []  # 高新技术企业新增50家: the verb names a flow
    if registered or has(cues["level_markers"], between) or "拥有量" in indicator.name_zh:
        return "level", []
    if has(cues["new_verbs"], _CERTIFIED.sub("", before)) or has(
        ["新增", "新建", "新认定"], between
    ):
        return "new", []  # (not 经认定的高新技术企业共1829家: firms with the status, a stock)
    if indicator.unit in ("%", "亿元", "件/万人", "人年") or has(
        long_words(cues["level_markers"]), before
    ):
        return "level", []
    part = _PART_AFTER.search(sentence_before)
    whole = _nearest_marker(part.group(1), near_number=True) if part else None
    if whole:
        return whole, []  # …科技型企业达349家,其中高新技术企业69户: a part, counted as the whole
    # a list that continues a verb: 全年新建…30家,5家市级重点实验室
    nearest = _nearest_marker(_CERTIFIED.sub("", sentence_before))
    if nearest:
        return nearest, []
    return "level", ["kind unclear: no verb says whether this is a total or new"]


# 认定 (not 新认定) before the firms, 达/达到 before the number: all recognised so far
_RECOGNISED_REACH = re.compile(r"(?<![新首])认定$")
_REACHES = re.compile(r"\s*(?:数量|总数)?\s*(?:已)?(?:达到|达)\s*")


# a status as an attribute (经认定的, 已备案的, 经国家认定的, 经科技部认定高新技术企业有…): the
# firms that hold it, not a flow
_CERTIFIED = re.compile(
    r"经[^,，。;；]{0,6}?(?:认定|备案|入库)的?|已经?[^,，。;；]{0,6}?(?:认定|备案|入库)的"
)


def unqualified(before: str) -> str:
    """The words before an indicator without its level (新认定国家级 -> 新认定, 新认定国家备案 ->
    新认定)."""
    head = before.rstrip().removesuffix("备案")  # 新认定国家备案高新技术企业: filed nationally
    for qualifier in ("国家级", "国家", "省级以上", "省级", "市级以上", "市级", "省市级", "以上"):
        head = head.removesuffix(qualifier)
    return head


# the size of a register (入库数量, 备案企业数): a stock, whatever else the words hold
_REGISTER_COUNT = re.compile(r"(?:入库|备案|评价入库|入库备案)(?:企业)?(?:数量|总数|总量|数)")


def _only_register_words(between: str) -> bool:
    """科技型中小企业入库49家, …备案入库预计达到88家, 评价入库数达到2000家: register words (and
    the count of them), and no 新/新增."""
    cues = cue_lists()
    if not has(cues["register_words"], between) or "新" in between:
        return False
    words = (*cues["register_words"], *cues["connective_words"], "数量", "数")
    rest = words_re(words).sub("", between)
    return not rest.strip()


_BOUND_WORDS = ("突破", "超过")  # a comparator of one number, no verb of the list it opens
_NUMBER_AFTER = re.compile(r"\s*[\d一二两三四五六七八九十百千万]")


# the clause of a whole a part follows: (全州各类科技型企业达349家),其中
_PART_AFTER = re.compile(r"([^,，;；。:：]*\d[^,，;；。:：]*)[,，]\s*其中[^,，;；。:：\d]*$")


def _nearest_marker(text: str, near_number: bool = False) -> str | None:
    """new or level, from the last new verb or level marker in `text`; with `near_number`,
    also a one-character marker right before a number (达349家)."""
    cues = cue_lists()
    best, kind = -1, None
    level = cues["level_markers"] if near_number else long_words(cues["level_markers"])
    for words, k in ((cues["new_verbs"], "new"), (level, "level")):
        for w in words:
            pos = text.rfind(w)
            if len(w) < 2 and pos >= 0 and not _NUMBER_AFTER.match(text, pos + len(w)):
                continue  # 达 alone, away from a number: part of another word
            bound = k == "level" and w in _BOUND_WORDS and pos >= 0
            if bound and _NUMBER_AFTER.match(text, pos + len(w)):
                continue  # 新增高新技术企业超过340家、…: the bound of the number after it
            if pos > best or (pos == best and pos >= 0 and k == "new"):
                best, kind = pos, k
    if kind == "new" and _STOCK_BEFORE.search(text, max(0, best - 2), best):
        return "level"  # 已培育科技型企业132家、国家高新技术企业67家: the stock so far
    return kind
