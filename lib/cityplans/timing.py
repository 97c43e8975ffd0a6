"""When a figure is for, and whether it is a goal or a reported fact.

Year: the nearest year written before the number in its sentence (到2025年, 2020年底), else in an
earlier sentence of its paragraph, else in a section heading; 今年, 全年, 目前 mean the document's
own year and 去年 the one before; a plan's figures default to its last year. A base year (较2015年,
同2017年相比, 在2022年的基础上, 较"十二五"末) and the start of a span (2017年以来) never are.
Status: reported facts (截至…, 已…, a year before the plan or the report, 发展基础) are `actual`;
goals (力争, 确保, 到2025年, 预期目标) are `target`; otherwise plans state goals and news and
bulletins state facts. Word lists: data/extraction_cues.yaml.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from cityplans.context import DocContext
from cityplans.cue_words import cue_lists, has, words_re
from cityplans.resources import load_yaml
from cityplans.scan import finditer_at, first_chars
from cityplans.segment import CLAUSE_OPENERS

QUARTER_END = 3  # a review written by March is about the year before
HALF_YEAR_END = 6  # the past year a text reviews by June is the year before


def year_reviewed(year: int, month: int | None) -> int:
    """The last year 过去一年 or 这五年 takes in, in a text written in `year` (and `month`):
    the year before when written in the first half of a year (a work report of March), else
    its own (a year-end summary)."""
    return year - 1 if month is not None and month <= HALF_YEAR_END else year


@dataclass(frozen=True)
class YearWord:
    """A year or a relative time word in the text, and how it is used."""

    start: int
    end: int
    year: int | None  # None for a relative word
    kind: str  # year | base | since | range_start | relative | month
    word: str = ""  # the relative word (今年, 去年 …), or a month's number


@cache
def five_year_plans() -> dict[str, list[int]]:
    """十四五 -> [2021, 2025]: the five-year plans by name."""
    return load_yaml("document_cues.yaml")["five_year_plans"]


@cache
def party_congresses() -> dict[str, int]:
    """十八大 -> 2012: the Party congresses by the year each met."""
    return load_yaml("document_cues.yaml")["party_congresses"]


@cache
def _year_re() -> re.Pattern[str]:
    plans = "|".join(map(re.escape, five_year_plans()))
    relative = "|".join(
        sorted(map(re.escape, cue_lists()["relative_years"]), key=len, reverse=True)
    )
    return re.compile(
        rf"(?P<y>(?:19|20)\d{{2}})(?=\s*年|\s*[-—–~～至到]\s*(?:19|20)\d{{2}}|\d{{1,2}}\.\d+\s*%)"
        rf"|(?P<plan>{plans})|(?P<rel>{relative})"
    )


@cache
def _year_starts() -> re.Pattern[str]:
    """The characters a match of _year_re can begin with (19/20, 十, 今, 去 …)."""
    return first_chars(["19", "20", *five_year_plans(), *cue_lists()["relative_years"]])


@cache
def _base_before_re() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, cue_lists()["base_year_words"]), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s*[“\"']?\s*$")


@cache
def _base_after_re() -> re.Pattern[str]:
    words = "|".join(map(re.escape, cue_lists()["base_year_after"]))
    return re.compile(rf"\s*年?(?:底|末|期末|度)?[”\"']?\s*(?:{words})")


_FROM = re.compile(r"(?:从|由)\s*[“\"']?\s*$")  # 由“十一五”末的0.7件: quotes may open the name
# 是2015年的3.3倍, “十二五”时期的2.4倍, 是2016年增幅的2.5倍: the year a multiple is of, a base
MULTIPLE_OF = re.compile(
    r"[”\"']?\s*年?(?:底|末|期末|时期|期间|同期)?(?:增幅|增量|新增数|总量|数量)?的\s*"
    r"[\d.一二三四五六七八九十]+\s*倍"
)
# what may stand before a time word that opens a sentence: a list number, 截至/到/在…
_SENTENCE_OPENING = re.compile(
    r"\s*(?:[\d一二三四五六七八九十]{1,3}\s*[、.)]|[(（][\d一二三四五六七八九十]{1,3}[)）])?"
    r"\s*(?:力争|争取|确保|预计|目标是|目标为|其中)?\s*(?:截至|截止|到|至|在|自|从|于)?\s*[“\"]?"
)
# the end of a year written as a time phrase of its own (2023年, / 2023年以来,), not a name's
# year (荣获2018年省科技进步奖)
_TIME_PHRASE_END = re.compile(r"\s*(?:年)?\s*(?:度|底|末|以来)?\s*[,，]")
OPENER_CHARS = 4  # white space a copy may put between them
# an estimate's horizon before a year (预计到2016年初): it dates its own clause only
_ESTIMATE_BEFORE = re.compile(r"预计\s*(?:到|至)\s*$")
_CLAUSE_STOP = re.compile(r"[;；。!！?？\n]")
_FULL_STOP = re.compile(r"[。!！?？]")
# a time word that is a phrase of its own: 2020年,… “十三五”时期,… 2021年以来,…
_ADVERBIAL = re.compile(r"[”\"']?\s*年?(?:底|末|度)?(?:时期|期间|以来)?\s*[,，]")
# a five-year plan is a time when its end, span or goals are meant: 十四五末, “十三五”期间,
# 到“十四五”, 十四五规划目标; otherwise it is the plan named (为“十四五”开好局)
_PLAN_AS_TIME = re.compile(r"[”\"']?\s*(?:末|期末|时期|期间|期|规划|以来|目标|前|中)")
# 面向2030年的…项目, 面向2027年、2030年的重点任务: the horizon a programme is named by
_FACING_BEFORE = re.compile(r"面向\s*$")
_OF_AFTER = re.compile(r"\s*年(?:\s*[、和及]\s*(?:19|20)\d{2}\s*年)*\s*的")
# “十三五”,江北区…: a plan's name alone before the comma that opens a sentence is its years
_PLAN_THEN_COMMA = re.compile(r"[”\"']?\s*[,，]")
_QUOTE_OPENS = re.compile(r"[“\"']?\s*$")


def _plan_opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether a five-year plan's name opens a sentence as its time (“十三五”,…)."""
    if not _PLAN_THEN_COMMA.match(text, end):
        return False
    head = _QUOTE_OPENS.search(text, max(0, start - 2), start).start()
    return head == 0 or text[head - 1] in "\n。;；!！?？:："


# “十三五”开局之年, “十二五”起始年: the plan's first year, named by its place in the plan
PLAN_FIRST_YEAR = re.compile(
    r"[”\"']?\s*的?(?:开局之年|开局年|开篇之年|起始年|起步之年|第一年|首年|开门红)"
)
# “十四五”收官之年, “十三五”规划决胜之年: the plan's last year; “十五五”规划谋划之年 (谋篇布局之
# 年, 编制之年): the year before it begins, when it is drafted
_PLAN_LAST_YEAR = re.compile(
    r"[”\"']?\s*(?:规划)?\s*的?(?:收官之年|收官年|决胜之年|收尾之年|最后一年|完成之年)"
)
_PLAN_DRAFTED = re.compile(r"[”\"']?\s*(?:规划)?\s*的?(?:谋划|编制|谋篇布局|谋篇)之年")


def _year_in_plan(plan: str, text: str, end: int) -> int | None:
    """The year a plan's name and its place in it name (its first, its last, or the year
    before it, when it is drafted), or None when no such words follow the name at `end`."""
    first, last = five_year_plans()[plan]
    for pattern, year in (
        (PLAN_FIRST_YEAR, first),
        (_PLAN_LAST_YEAR, last),
        (_PLAN_DRAFTED, first - 1),
    ):
        if pattern.match(text, end):
            return year
    return None


_PLAN_REACHED = re.compile(r"(?:到|至|在|于|截至|截止)\s*[“\"']?$")
# 提前完成“十三五”目标任务: a plan's goals met, named in a statement of another year's facts
_PLAN_MET = re.compile(r"(?:完成|实现)\s*(?:了)?\s*[“\"']?$")
_NUMBER = re.compile(r"\d")
# a meeting named by its year: 2017年度全市技术合同认定登记工作会, 2024年全区科技工作会议 (held
# early in that year, it reports the year before)
MEETING_AFTER = re.compile(r"\s*年度?[^，,。；;、]{0,20}?(?:工作会|会议|大会)")
_SINCE_NOW = re.compile(r"\s*以来")
_SINCE = re.compile(r"\s*年?(?:底|末|度)?\s*(?:以来|起|开始|至今)")
# a year inside a document's name: 2021—2035年中长期科技发展规划, 2024年科技工作要点 (计划 is
# also a verb, 2020年计划新增…, so it is not one of the names)
_NAMES_A_DOCUMENT = re.compile(
    r"\s*年(?:度)?[^,，。;；:：、!！?？\d\s]{0,12}?(?:规划|纲要|方案|要点|意见)(?!目标|期)"
)
_RANGE = re.compile(r"\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}")


# what a relative word (当年, 同期) may qualify inside an indicator's name: its denominator
_DENOMINATOR_AFTER = re.compile(
    r"\s*(?:同级|本级|地区生产总值|生产总值|GDP|公共财政|一般公共预算|财政)"
)


_RATIO_OF = re.compile(r"(?:占|与|于)\s*$")  # 占当年…, 与当年GDP之比, 相当于当年…


def year_words(text: str) -> list[YearWord]:
    """Every year, five-year-plan name and relative time word of `text`, classified."""
    out = []
    base_before, base_after = _base_before_re(), _base_after_re()
    for m in finditer_at(_year_re(), _year_starts(), text):
        start, end = m.span()
        if m["rel"]:
            prev = text[max(0, start - 4) : start].rstrip()[-1:]
            if prev.isdigit() or prev == "年":
                continue  # 2020年底, 2020 年底: the year itself is the mention
            if _DENOMINATOR_AFTER.match(text, end) and _RATIO_OF.search(
                text, max(0, start - 3), start
            ):
                continue  # 占当年同级公共财政预算支出: the denominator's year, not a figure's
            before = text[max(0, start - 3) : start]
            kind = "base" if base_before.search(before) else "relative"
            if kind == "relative" and MULTIPLE_OF.match(text, end):
                kind = "base"  # 是去年同期的2.4倍: the year a multiple is of
            if kind == "relative" and before.endswith("自") and _SINCE_NOW.match(text, end):
                kind = "since"  # 自去年以来,…33家企业通过认定: counted up to now, not last year
            if (
                kind == "relative"
                and _FROM.search(text[max(0, start - 2) : start])
                and not _SINCE.match(text, end)  # 从今年起: a span that starts now
            ):
                kind = "from"  # 由上年的7.95亿元增加至…: the start value's year only
            out.append(YearWord(start, end, None, kind, m["rel"]))
            continue
        year = int(m["y"]) if m["y"] else five_year_plans()[m["plan"]][1]
        named = m["plan"] and _year_in_plan(m["plan"], text, end)
        if named:  # “十三五”开局之年, “十四五”收官之年, “十五五”规划谋划之年
            out.append(YearWord(start, end, named, "year"))
            continue
        if m["y"] and start and text[start - 1].isdigit():
            continue
        if (
            m["plan"]
            and not _PLAN_AS_TIME.match(text, end)
            and not _PLAN_REACHED.search(text, max(0, start - 4), start)
            and not _plan_opens_sentence(text, start, end)
        ):
            continue  # 为“十四五”开好局: the plan named, not a time
        if m["plan"] and _PLAN_MET.search(text, max(0, start - 5), start):
            continue  # 提前完成“十三五”目标任务: the plan's goals met, not the figure's year
        if m["y"] and _NAMES_A_DOCUMENT.match(text, end):
            continue  # 出台…2021—2035年中长期科技发展规划: a document's name, not a time
        if m["y"] and _PERIOD_CLOSES.match(text, end) and _in_cited_title(text, start):
            continue  # 出台了《X市…行动计划(2018-2020年)》: a cited plan's period, not a time
        if m["y"] and MEETING_AFTER.match(text, start + 4):
            continue  # 记者从2024年全区科技工作会议上了解到: the meeting's year, not a figure's
        if m["y"] and founding_year(text, start):
            continue  # X高新区是1992年经国务院批准的…: its history, not the year of its figures
        if (
            m["y"]
            and _FACING_BEFORE.search(text, max(0, start - 3), start)
            and _OF_AFTER.match(text, start + 4)
        ):
            continue  # 启动面向2030年的科技创新重大项目: a programme's horizon, not a time
        before = text[max(0, start - 4) : start]
        if (
            base_before.search(before)
            or _BASE_IN_PARENS.search(text, max(0, start - 12), start)
            or base_after.match(text, end)
            or MULTIPLE_OF.match(text, end)
            or _joined_to_base(out, text, start)
        ):
            kind = "base"
        elif (
            m["y"]
            and _ASIDE_BASE.search(text, max(0, start - 2), start)
            and _ASIDE_VALUE.match(text, end)
        ):
            kind = "from"  # 增长了近110倍(1991年时22家),达到2400余家: the aside's value only
        elif m["y"] and _RANGE.match(text, end):
            kind = "range_start"
        elif _SINCE.match(text, end):
            kind = "since"
        elif _FROM.search(text[max(0, start - 3) : start]) or _BASE_VALUE_AFTER.match(text, end):
            # 由2011年的26家增加到…, 在2012年5190万元的基础上,年均增长12%,到2020年…: the year of
            # the start value only
            kind = "from"
        else:
            kind = "year"
        out.append(YearWord(start, end, year, kind))
    return out


# a month or a span of months that no year, 今年 or 去年 stands before, as the time of a figure:
# 截至5月31日, 到10月底, 1至5月, 1-9月份, 6月末 (in a dated text: that text's year). A bare date
# (9月28日,市统计局发布…) is when something happened, not the time its figures are of.
_MONTH = re.compile(
    r"(?<![年\d\-—–~至到])(?<![年\d]\s)(?:"
    r"(?:截至|截止|到)\s*(1[0-2]|[1-9])\s*月(?:份|底|末|\s*(?:[12]\d|3[01]|[1-9])\s*日)?"
    r"|(?:1[0-2]|[1-9])\s*[-—–~至到]\s*(1[0-2]|[1-9])\s*月份?"
    r"|(1[0-2]|[1-9])\s*月(?:底|末|份)"
    r")"
)


def month_words(text: str) -> list[YearWord]:
    """Every month a text names without its year as the time of its figures (截至5月31日,
    1至5月), as time words."""
    if "月" not in text:
        return []
    found = finditer_at(_MONTH, _MONTH_STARTS, text)
    return [YearWord(m.start(), m.end(), None, "month", m[1] or m[2] or m[3]) for m in found]


_MONTH_STARTS = re.compile(r"[截到1-9]")  # where a match of _MONTH can begin


# a comparison with the same period a year before: the figure is a year's (or a part's) flow
_YEAR_ON_YEAR = re.compile(r"同比|比上年|较上年|比去年|较去年")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends (its full stop, or the end of the text)."""
    m = _FULL_STOP.search(text, pos)
    return m.start() if m else len(text)


# an aside that opens with a year and its value: (1991年时22家), (2015年为1.2%)
_ASIDE_BASE = re.compile(r"[(（]\s*$")
_ASIDE_VALUE = re.compile(r"\s*年?(?:底|末)?\s*(?:时|为|的|是)?\s*[\d.]+[^()（）\d]{0,4}[)）]")


# a zone's or body's history: 成立于1991年, 1992年经国务院批准, 2015年升级为国家高新区: when it was
# founded, not the year a profile or news item reports
_FOUNDED_BEFORE = re.compile(r"(?:成立|始建|创建|组建|设立|建)于\s*$")
_FOUNDED_AFTER = re.compile(
    r"\s*年[^，,。；;]{0,12}?(?:经[^，,。；;]{0,16}?批准|(?:获批|批准)(?:建设|设立|成立|组建|升级|为)|成立|始建"
    # (…于2018年启动建设首批…, 于2018年被列入…名单: a programme's start, a place's listing)
    r"|创建于|组建|设立|升级为|升格为|启动(?:建设|创建)|被列入)"
)


def founding_year(text: str, at: int) -> bool:
    """Whether the year written at `at` is when a zone or body was founded (成立于1991年,
    1992年经国务院批准…)."""
    return bool(
        _FOUNDED_BEFORE.search(text, max(0, at - 4), at) or _FOUNDED_AFTER.match(text, at + 4)
    )


# a year, its value, then 的基础上: 在2012年0.38%的基础上, 在2013年85件的基础上
_BASE_VALUE_AFTER = re.compile(
    r"\s*年?(?:底|末)?\s*的?\s*[\d.]+\s*(?:%|[\u4e00-\u9fff]{1,3})?\s*的\s*基础上"
)
# the end of a period in brackets, as a cited plan's name carries it: (2018-2020年)》
_PERIOD_CLOSES = re.compile(r"\s*年?\s*[)）]")
CITED_TITLE_CHARS = 60  # how far back a book title's opening mark may stand


def _in_cited_title(text: str, start: int) -> bool:
    """Whether `start` lies inside a book title (《…》 or 〈…〉) that opened before it."""
    head = text[max(0, start - CITED_TITLE_CHARS) : start]
    opened = max(head.rfind("《"), head.rfind("〈"))
    return opened >= 0 and opened > max(head.rfind("》"), head.rfind("〉"))


# what stands between a base year and the value it dates: 比2015年的12.89亿元, 较2020年底的
# the value of the base year, after it: 比2015年的12.89亿元, 比2015年(48%)
_BASE_VALUE = re.compile(r"\s*年?\s*(?:底|末|度)?\s*(?:的|[(（])\s*")
# the value of the year before that a figure is compared with: 较同期(0.45%), 比上年的7.95亿元
_PRIOR_VALUE = re.compile(r"(?:较|比)\s*(?:上年|去年|上年同期|去年同期|同期)\s*(?:的|[(（])\s*$")
_JOINED = re.compile(r"\s*年?(?:底|末)?\s*(?:和|及|与|、)\s*")
# the year that dates a base, in parentheses after it: 比十三五初(2016年)提高了18.5%
_BASE_IN_PARENS = re.compile(r"[比较][^,，。;；()（）]{1,8}[(（]\s*$")


def _joined_to_base(found: list[YearWord], text: str, start: int) -> bool:
    """分别比2021年和2022年增长232%、150.3%: a year listed right after a base year is one too."""
    return (
        bool(found) and found[-1].kind == "base" and _JOINED.fullmatch(text, found[-1].end, start)
    )


class Timer:
    """Resolve the year and status of figures in one document, from its time words found once."""

    def __init__(self, text: str, ctx: DocContext) -> None:
        self.text = text
        self.ctx = ctx
        self.words = sorted(year_words(text) + month_words(text), key=lambda w: w.start)
        self.starts = [w.start for w in self.words]
        self._paragraph_goals: dict[str, bool] = {}
        self.headline = _headline(text)
        # a list of tasks each with the unit answerable for it: goals, unless it reports progress
        header = _TASK_TABLE.search(text)
        self.task_list = header is not None and not _PROGRESS.search(header.group())
        self.work_year = _work_year(text)
        # an undated text that calls its past 去年 (not a base: 比去年) reports last year and is
        # written the year after
        self.says_last_year = any(
            w.kind == "relative" and cue_lists()["relative_years"].get(w.word) == -1
            for w in self.words
        )

    def _within(self, start: int, end: int) -> list[YearWord]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [w for w in self.words[i:j] if w.end <= end]

    def prior_value(self, pos: int, clause_start: int) -> bool:
        """Whether the figure at `pos` is the value of the year before that another figure is
        compared with (2023年…达到0.81%,较同期(0.45%), 较上年的120家)."""
        return _PRIOR_VALUE.search(self.text, clause_start, pos) is not None

    def year(
        self, pos: int, clause_start: int, sentence_start: int, paragraph_start: int, headings
    ) -> tuple[int | None, str]:
        """(year, where it came from) for the figure at `pos`."""
        bases = {w.year for w in self._within(clause_start, pos) if w.kind == "base"}
        base = next(
            (w for w in reversed(self._within(clause_start, pos)) if w.kind == "base"), None
        )
        if base is not None and base.year and _BASE_VALUE.fullmatch(self.text, base.end, pos):
            return base.year, "text"  # 比2015年的12.89亿元: the value compared with is the base's
        for earlier, span in enumerate(((sentence_start, pos), (paragraph_start, sentence_start))):
            for w in reversed(self._within(*span)):
                if earlier and not self._governs(w, pos, sentence_start):
                    continue  # …机制,2023年全社会R&D投入…。: a year inside a sentence dates only it
                if w.kind == "from" and not self._quantity_between(w.end, pos):
                    # 从2015年的0.94%, 由上年的7.95亿元: the start value's own year
                    return (w.year, "text") if w.word == "" else (self._relative(w), w.word)
                if w.kind == "year" and w.year not in bases:
                    return w.year, "text"
                if w.kind == "month" and not earlier:
                    named = self._year_opening_before(paragraph_start, sentence_start, pos)
                    if named is not None:
                        return named, "text"  # 2019年,全省…。1~12月实现营业收入…: that year's
                if w.kind == "month" and (month_year := self._month_year(int(w.word))):
                    return month_year, "text"  # 截至5月31日, in July 2020
                if w.kind == "since" and w.year is None and self.ctx.year is not None:
                    return self.ctx.year, w.word  # 自去年以来…: counted up to the text's date
                if w.kind == "since" and w.year is not None and self._since_reported(w.year):
                    return w.year, "text"  # 2022年以来,… in March 2023: the year reviewed
                if w.kind == "relative" and w.word in _THAT_YEAR:
                    named = self._last_year_written(paragraph_start, w.start)
                    if named is not None:
                        return named, "text"  # 2014年…支出…;…占当年财政支出的比重: 2014's
                if w.kind == "relative":
                    within = w.word in cue_lists()["within_year_words"]
                    if within and self._year_before(span[0], w):
                        continue  # 展望2020年,…力争全年新增12家: the whole of the year named
                    named = (
                        self._year_opening_before(paragraph_start, sentence_start, pos)
                        if within and not earlier
                        else None
                    )
                    if named is not None:
                        return named, "text"  # 2023年,X市新增…。年内新认定…: that year's
                    named = self._heading_year(headings) if within else None
                    if named is not None:
                        return named, "heading"  # 二、2024年工作打算 … 力争全年新增30家: 2024's
                    year = self._relative(w)
                    if year is not None:
                        return year, w.word
        for start, end in headings:
            for w in reversed(self._within(start, end)):
                if w.kind == "year":
                    return w.year, "heading"
        return None, "none"

    def _heading_year(self, headings) -> int | None:
        """The year the nearest section heading naming a year names, if it names only one
        (二、2024年工作打算; not 2021—2025年主要目标)."""
        for start, end in headings:
            kinds = ("year", "range_start")
            years = {w.year for w in self._within(start, end) if w.kind in kinds}
            if years:
                return years.pop() if len(years) == 1 else None
        return None

    def _last_year_written(self, start: int, end: int) -> int | None:
        """The last year written in digits in [start, end), not a base compared with."""
        w = self._last_written(start, end)
        return w.year if w is not None else None

    def _last_written(self, start: int, end: int) -> YearWord | None:
        """The last year word written in digits in [start, end) (not a base, not a plan's name)."""
        for w in reversed(self._within(start, end)):
            if w.kind == "year" and self.text[w.start].isdigit():
                return w
        return None

    def _year_opening_before(self, start: int, end: int, pos: int) -> int | None:
        """The year written in digits in [start, end), the sentences before, as the time phrase
        of its own that dates what follows it (2023年,上海市新增…): for 年内 or 全年 in a sentence
        that names no year."""
        w = self._last_written(start, end)
        if w is None or _TIME_PHRASE_END.match(self.text, w.end) is None:
            return None
        return w.year if self._governs(w, pos, end) else None

    def _year_before(self, start: int, w: YearWord) -> bool:
        """Whether a year is named in [start, w): in digits (not a base, not a plan's name), or
        as 今年/明年 (今年,X市提出新目标:…全年增长10%: the whole of that year)."""
        vague = _vague_words()
        return any(
            (x.kind == "year" and self.text[x.start].isdigit())
            or (x.kind == "relative" and x.word not in vague)
            for x in self._within(start, w.start)
        )

    def _governs(self, w: YearWord, pos: int, sentence_start: int) -> bool:
        """Whether a time word in an earlier clause of the paragraph dates the figure at `pos`:
        it does within one full sentence (…2023年R&D投入239亿元;R&D投入强度1.96%), and across a
        full stop only as a time phrase of its own (据了解,2020年,我省…; 目标是:到2015年,…),
        not as a word inside a statement (…机制,2023年全社会R&D投入…。)."""
        at = w.start
        if _ESTIMATE_BEFORE.search(self.text, max(0, at - 6), at) and _CLAUSE_STOP.search(
            self.text, at, pos
        ):
            return False  # …,预计到2016年初,…将达到50家左右;…拥有量14.08件: the estimate's year
            # is its own clause's
        if not _FULL_STOP.search(self.text, at, pos):
            return True
        if w.word in cue_lists()["present_words"] and _YEAR_ON_YEAR.search(
            self.text, sentence_start, _sentence_end(self.text, pos)
        ):
            return False  # 目前,…总数达到92家。全市…产值…,同比增长…: a year's flow, not now's
        if _ADVERBIAL.match(self.text, w.end):
            return True
        head = self.text[max(0, at - 12) : at]
        cut = max(head.rfind(ch) for ch in "。;；!！?？:：\n")
        return _SENTENCE_OPENING.fullmatch(head[cut + 1 :]) is not None

    def _year_before_title(self) -> int | None:
        """The year before the one a report's title names, when its period runs from that
        year to the title's (2025年X市政府工作报告, on 2024 and 2025): the year it reviews."""
        title, start, end = self.ctx.title_year, self.ctx.period_start, self.ctx.period_end
        if title and not self.ctx.is_plan and end == title and start == title - 1:
            return start
        return None

    def default_year(self, pos: int, status: str) -> tuple[int | None, str]:
        """The year of a figure its sentence, paragraph and headings do not date: the one year
        the title names; for a goal, the plan's last year; for a fact, the latest year the text
        reported before it (2021年,云南省… then 分地区看,…昆明市(62.5亿元)); else the year the
        document was written."""
        reviewed = self.ctx.reported_year or self._year_before_title()
        if self.ctx.title_year and status == "actual" and reviewed == self.ctx.title_year - 1:
            return reviewed, "the year the report reviews"  # 2025年政府工作报告: 2024's facts
        if self.ctx.title_year:
            return self.ctx.title_year, "title"
        several = (self.ctx.period_end or 0) > (self.ctx.period_start or self.ctx.period_end or 0)
        if status == "target" and self.ctx.period_end and (self.ctx.is_plan or several):
            # a plan's goals, or the goals a text on a five-year plan states: its last year
            return self.ctx.period_end, "plan period"
        if status == "target" and self.work_year and not self.ctx.is_plan:
            return self.work_year, "the year the text plans"
        one_year = self.ctx.period_end if self.ctx.period_start == self.ctx.period_end else None
        if status == "target" and one_year and self.task_list:
            return one_year, "the one year the text is of"  # 2025年度重点工作目标任务分解表
        if status == "actual" and self.ctx.reported_year:
            return self.ctx.reported_year, "the year the report covers"
        if status == "actual":
            earlier = [
                w
                for w in self.words
                if w.start < pos
                and (
                    w.kind == "year"
                    or (w.kind == "from" and not self._quantity_between(w.end, pos))
                )
            ]  # 由“十一五”末的0.7件增长到4.28件: the start's year is not the end value's
            if earlier:
                return earlier[-1].year, "text before"
            if self.ctx.lead_year:
                return self.ctx.lead_year, "the year the text reports"
            named = {w.year for w in self.words if w.kind == "year" and self._opens(w)}
            if len(named) == 1 and self.ctx.year is None:
                # 一是强研发。全市…48.41亿元… 二是育主体。2023年共认定…: the one year an
                # undated text dates its statements by (not 通过2021年…评审, a name's year)
                return named.pop(), "the one year the text names"
        if self.ctx.year and not self.ctx.is_plan:
            return self.ctx.year, "document date"
        if self.ctx.is_plan and self.ctx.period_end:
            return self.ctx.period_end, "plan period"
        return None, "none"

    def _opens(self, w: YearWord) -> bool:
        """Whether a year written in digits opens a sentence or clause (。2023年共认定…)."""
        before = self.text[max(0, w.start - OPENER_CHARS) : w.start].rstrip()
        return self.text[w.start].isdigit() and (not before or before[-1] in CLAUSE_OPENERS)

    def _quantity_between(self, start: int, end: int) -> bool:
        """Whether a number other than a year's stands in [start, end)."""
        gap = self.text[start:end]
        return _NUMBER.search(re.sub(r"(?:19|20)\d{2}\s*年", "", gap)) is not None

    def _since_reported(self, year: int) -> bool:
        """Y年以来 in a text of year Y, or of the first quarter of Y+1 (a review of Y): the
        figures are Y's. Written later, it counts over several years."""
        now, early = self.ctx.year, self.ctx.month is not None and self.ctx.month <= QUARTER_END
        return now is not None and (year == now or (year == now - 1 and early))

    def _month_year(self, month: int) -> int | None:
        """The year of a month a dated text names without one: its own, or the year before when
        the month is still to come (截至11月底, written in March)."""
        if self.ctx.year is None:
            return None
        return self.ctx.year - 1 if self.ctx.month and month > self.ctx.month else self.ctx.year

    def _present_year(self) -> int | None:
        """目前 in a text: its own year, or, in a review written in the first quarter of a year
        about the year before, the year reviewed (the stock then is the year-end stock)."""
        year, reported = self.ctx.year, self.ctx.reported_year or self.ctx.lead_year
        early = self.ctx.month is not None and self.ctx.month <= QUARTER_END
        if year is not None and early and reported == year - 1 and not self.ctx.is_plan:
            return reported
        return year

    def relative_year(self, word: str) -> int | None:
        """The year a relative word (今年, 上年) names in this document, if it is dated."""
        shift = cue_lists()["relative_years"][word]
        return None if self.ctx.year is None else self.ctx.year + shift

    def _relative(self, w: YearWord) -> int | None:
        if self.ctx.year is not None:
            if w.word in cue_lists()["present_words"]:
                return self._present_year()
            if w.word in cue_lists()["review_words"]:
                return year_reviewed(self.ctx.year, self.ctx.month)
            return self.relative_year(w.word)
        shift = cue_lists()["relative_years"][w.word]
        year = self.ctx.reported_year or self.ctx.lead_year
        if w.word in cue_lists()["review_words"]:  # 2018年工作回顾 / 过去的一年,…: the year
            # written last before it, in an undated text, else the year its lead reports (the
            # year before its title's, in a report on both)
            before_title = self._year_before_title()
            if before_title:
                return before_title
            earlier = [x.year for x in self.words if x.kind == "year" and x.start < w.start]
            return earlier[-1] if earlier else year
        if shift == -1:  # 去年 in an undated text: the year its lead reports (召开2017年度…工作会。
            # 去年以来,…: 2016), else the latest year it reported before
            if year:
                return year
            earlier = [x.year for x in self.words if x.kind == "year" and x.start < w.start]
            return earlier[-1] if earlier else None
        if shift == 0 and self.ctx.year_planned and w.word in cue_lists()["this_year_words"]:
            return self.ctx.year_planned  # 今年 in an undated work report on 2025 with 2026's
            # goals: the year it is delivered in and plans
        if shift == 0:  # 全年 in an undated text about one year (2024年是…攻坚之年): that year
            if year and w.word in cue_lists()["this_year_words"] and self.says_last_year:
                return year + 1  # 梳理去年成绩…给今年定盘子…2019年,我省…: 今年 is 2020
            return year
        if shift > 0 and year and not self.says_last_year:
            return year + shift  # 明年 in an undated text about its own year: the year after
        return None

    def status(
        self, sentence_before: str, paragraph_before: str, heading_text: str, year: int | None
    ) -> str:
        """ "target" or "actual" for a figure, from its wording, its year and the document."""
        cues = cue_lists()
        clause = _LAST_CLAUSE.split(sentence_before)[-1]
        if _FIRM_GOAL.search(clause) and not _has_fact_cue(clause):
            return "target"  # 目前…14家,今年力争新增4家: the number's own clause states a goal
        fact = _last_fact_cue(sentence_before)
        if fact is not None and not _goal(sentence_before[fact:]):
            return "actual"  # (目前全区即将印发《…》,目标到2023年,…突破1.3%: the goal named after
            # the fact word governs the figures after it)
        # 2019年…预计达1648亿元,2020年…达2.8%: an estimate before a later year is that year's;
        # 预计2023年… is the year's own
        years = list(_WRITTEN_YEAR.finditer(sentence_before))
        since = max(0, years[-1].start() - ESTIMATE_BEFORE_YEAR) if years else 0
        estimate = has(cues["estimate_cues"], sentence_before[since:])
        if year is not None and self._before_reference(year):
            return "actual"
        if estimate:
            now = self.ctx.year or self.ctx.period_start
            return "actual" if now is None or year is None or year <= now else "target"
        if _goal(sentence_before) and not self._earlier_than_goal(sentence_before, clause, year):
            return "target"
        if has(cues["fact_sections"], heading_text):
            return "actual"  # under 发展基础, 工作回顾: reported, whatever year it names
        if _REVIEW_OPENING.match(paragraph_before) and not self._paragraph_goal(paragraph_before):
            return "actual"  # 过去一年,我们坚持创新驱动。新增…72家: a paragraph that looks back
        if year is not None and self.ctx.year is not None and year > self.ctx.year:
            return "target"  # a figure for a year after the text was written: a goal
        planned = self.ctx.year_planned
        if year is not None and planned and year >= planned >= (self.ctx.year or planned):
            return "target"  # a work report on 2022, given as 2023 begins: 2023's figures are
            # its goals
        if self._paragraph_goal(paragraph_before) or has(cues["goal_sections"], heading_text):
            return "target"
        if _goals_headline(self.headline):
            return "target"  # “十三五”科技创新的总体目标: a text headed by its goals states goals
        if self.task_list:
            return "target"  # 序号 | 主要工作任务 | 责任单位: a plan's tasks shared out
        return "target" if self.ctx.is_plan else "actual"

    @staticmethod
    def _earlier_than_goal(sentence_before: str, clause: str, year: int | None) -> bool:
        """…贡献率要达到60%(2020年),这个数字在2015年是55.3%: a clause with no goal word of its
        own, of a year before the goal's named earlier in the sentence, states a fact."""
        if year is None or _goal(clause):
            return False
        earlier = sentence_before[: len(sentence_before) - len(clause)]
        years = [int(m.group()[:4]) for m in _WRITTEN_YEAR.finditer(earlier)]
        return bool(years) and year < max(years) and str(year) in clause

    def _paragraph_goal(self, paragraph_before: str) -> bool:
        """_goal of the paragraph before a sentence, asked once per sentence (every number of
        the sentence asks it); kept for this document only."""
        found = self._paragraph_goals.get(paragraph_before)
        if found is None:
            found = self._paragraph_goals[paragraph_before] = _goal(paragraph_before)
        return found

    def _before_reference(self, year: int) -> bool:
        """A year before the plan starts, or before the year the text was written: the past."""
        if self.ctx.period_start is not None and self.ctx.is_plan:
            return year < self.ctx.period_start
        reported = self.ctx.lead_year
        if self.ctx.year is None and reported and self.ctx.period_end == reported + 1:
            return year <= reported  # undated news of 2012's results and 2013's goals
        return self.ctx.year is not None and year < self.ctx.year

    def whole_year_actual(
        self, year: int | None, cue: str, sentence_before: str = ""
    ) -> int | None:
        """A fact for 全年, 年内 or 年底 in a report on an earlier year is that year's; in a
        report written in the first half of a year, the year before, completed, unless the
        text says it reports on its own year (今年以来,…)."""
        reported = self.ctx.reported_year or self.ctx.lead_year
        if reported is not None and reported == self.ctx.year:
            return year
        within = cue in cue_lists()["within_year_words"]
        if (
            within
            and year is not None
            and year == self.ctx.year
            and reported is not None
            and reported < year
            and not self.ctx.is_plan
            and not has(cue_lists()["estimate_cues"], sentence_before)
        ):
            return reported  # 2022年…发展报告, written in July 2023: its 全年 is 2022 (but 全年
            # 有望完成… estimates the text's own year)
        if within and year is not None and self.ctx.month and self.ctx.month <= HALF_YEAR_END:
            return year - 1
        return year


@cache
def _goal_re() -> re.Pattern[str]:
    cues = cue_lists()
    words = "|".join(map(re.escape, sorted(cues["goal_cues"], key=len, reverse=True)))
    return re.compile("|".join([words, *cues["goal_patterns"]]))


@cache
def _vague_words() -> frozenset[str]:
    """Relative words that name no year of their own: 全年, 年内 (of the year named before
    them), 目前, 当前 (now)."""
    return frozenset(cue_lists()["within_year_words"] + cue_lists()["present_words"])


_LAST_CLAUSE = re.compile(r"[,，;；]")
# a paragraph that opens by looking back: 过去一年,…; 一年来,…; 过去五年,…
_REVIEW_OPENING = re.compile(r"\s*(?:过去(?:的)?[一二两三四五]年|[一二两三四五]年来)")
_THAT_YEAR = frozenset({"当年"})  # refers back to a year already named (当年 of 2014年…)
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
ESTIMATE_BEFORE_YEAR = 4  # 预计2023年, 预计到2023年: the estimate word right before its year
# a goal a clause states outright (not 将达到, which an estimate shares: 预计…总数将达到790家)
_FIRM_GOAL = re.compile(r"力争|确保|争取|(?:增长|增幅|增速|年度|发展)目标\s*(?:为|是)?\s*$")


def _goal(text: str) -> bool:
    """Whether `text` states a goal: 力争, 确保, 主要目标, 要增长到, 到2025年 … (not 争取 of
    funds or projects secured: 争取国家科技计划项目56项, 争取资金2.32亿元)."""
    if not text:
        return False
    for m in _goal_re().finditer(text):
        if m.group() == "争取" and _SECURED.match(text, m.end()):
            continue
        if m.group() == "预期" and _MEASURED_AGAINST.search(text, max(0, m.start() - 3), m.start()):
            continue  # 成绩好于预期, 超出预期: results measured against expectations
        if m.group() == "努力" and (
            _EFFORTS_MADE.search(text, max(0, m.start() - 1), m.end() + 1)
            or _THROUGH_EFFORTS.search(text, max(0, m.start() - 10), m.start())
        ):
            continue  # 通过各方半年来的努力, 在各方共同努力下, 经过不懈努力: efforts made
        return True
    return False


# 努力 as a noun, the efforts that brought results: …的努力, 努力下
_EFFORTS_MADE = re.compile(r"的努力|努力下")
_THROUGH_EFFORTS = re.compile(r"(?:经过|通过|历经)[^,，。;；:：]{0,8}$")  # 经过不懈努力,…
# what measures results against expectations (好于预期, 超出预期, 符合预期), not a goal
_MEASURED_AGAINST = re.compile(r"(?:好于|优于|高于|低于|超出|超过|超|符合|不及|未达)$")


# what 争取 secured when it reports, not aims: 争取(到)国家…项目56项, 争取资金2.32亿元 (争取
# 国家项目支持, with no count, is an aim)
_SECURED = re.compile(
    r"(?:到|了)?[^,，。;；]{0,14}?(?:项目|资金|经费|补助|补贴|资助|支持)[^,，。;；]{0,6}?\d"
)


HEADLINE_CHARS = 40  # a first line this short is a headline, not the body's first paragraph


def _headline(text: str) -> str:
    """The text's first line when it is short enough to be a headline, else nothing."""
    first = next((line.strip() for line in text.split("\n", 8)[:8] if line.strip()), "")
    return first if len(first) <= HEADLINE_CHARS else ""


WORK_YEAR_CHARS = 400  # a text says which year's work it plans near its top
# 2023年是全面贯彻…的开局之年: the year whose work the text sets out
_WORK_YEAR = re.compile(r"(?:^|[。\n])\s*((?:19|20)\d{2})\s*年\s*[,，]?\s*是[^。\n]{0,60}?之年")
# the same after a mark only (a scan skips to the marks; ^ matches at the start alone)
_WORK_YEAR_AFTER_MARK = re.compile(r"[。\n]" + _WORK_YEAR.pattern.removeprefix(r"(?:^|[。\n])"))


def _work_year(text: str) -> int | None:
    """The year a text opens by calling its year of work (2023年是…之年), if it does."""
    m = _WORK_YEAR.match(text, 0, WORK_YEAR_CHARS) or _WORK_YEAR_AFTER_MARK.search(
        text, 1, WORK_YEAR_CHARS
    )
    return int(m.group(1)) if m else None


# the header of a table of tasks and the units answerable for them (序号 | 主要工作任务 |
# 责任单位), or an item's answerable unit (责任单位:州科技局)
_TASK_TABLE = re.compile(
    r"(?m)^[^\n]{0,40}?任\s*务[^\n]{0,40}?(?:责任|牵头)(?:单位|部门|科室|处室)[^\n]*"
    r"|^\s*(?:责任单位|牵头单位)\s*[:：]"
)
_PROGRESS = re.compile(r"完成情况|进展|进度")


def _goals_headline(headline: str) -> bool:
    """A headline about goals (…的总体目标, 明确…工作重点和目标), not about how they went
    (工作任务完成情况, 工作总结和工作计划)."""
    cues = cue_lists()
    return has(cues["goal_sections"], headline) and not has(
        cues["fact_sections"] + cues["report_headline_words"], headline
    )


def _has_fact_cue(text: str) -> bool:
    """截至/已/现有… before the number; 比上年/较上年 name a base and 由上年 a start, not a fact."""
    return _last_fact_cue(text) is not None


def _last_fact_cue(text: str) -> int | None:
    """Where the last fact word of `text` (截至/已/现有…) ends, if it has one."""
    cues, last = cue_lists(), None
    for m in words_re(tuple(cues["actual_cues"])).finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if not _base_before_re().search(before) and not _FROM.search(before):
            last = m.end()  # (由上年的7.95亿元增加至…: the start of a change, not a fact)
    return last
