"""Tag a document from its own text: place, type, title, issuer, dates, period, status, script.

Every rule follows how Chinese government documents and their web reposts are written; the
vocabularies live in data/document_cues.yaml and data/places.yaml. Each field records where
it came from (metadata block, notice line, signature, title, body), so a reader can judge it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from itertools import chain
from typing import Any

from cityplans import gazetteer
from cityplans.context import REPORT_TYPES, states_goals
from cityplans.dates import (
    DATE_RE,
    ISO_RE,
    ISSUE_RE,
    anniversary_year,
    make_date,
    parse_date,
    recover_digit_date,
)
from cityplans.gazetteer import name_stem
from cityplans.locate import LEAD_CHARS, city_proper, locate, place_in_name
from cityplans.resources import load_yaml
from cityplans.timing import (
    MEETING_AFTER,
    MULTIPLE_OF,
    PLAN_FIRST_YEAR,
    founding_year,
    year_reviewed,
)

HEADER_LINES = 40  # the header of a plan (notice, signature, title) sits in its first lines
_SECTION_ONE = re.compile(r"^\s*一\s*[、.]")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]+\s*((?:19|20)\d{2})\s*年?")
_SINGLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_STATUS_PREFIX = re.compile(r"^\s*[(\[【][^)\]】]{1,12}[)\]】]\s*")
_DOC_NUMBER = re.compile(
    r"^\s*([\u4e00-\u9fff]{1,10})\s*[〔\[(]((?:19|20)\d{2})[〕\])]\s*(\d{1,4})\s*号\s*$"
)
_DAMAGED_DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})?〔((?:19|20)\d{2})(\d{1,4})(?![〕\d])")
_DIGIT_DATE_LINE = re.compile(r"^\s*((?:19|20)\d{4,6})\s*$")
# (each look-behind follows the first characters of its match, so a scan skips to them
# instead of trying the pattern at every position of a text)
_DAMAGED_RANGE = re.compile(r"((?:19|20)(?<!\d\d\d)\d{2})((?:19|20)\d{2})(?!\d)")
_TARGET_YEAR = re.compile(
    r"(?:[到至](?<![截止].)\s*((?:19|20)\d{2})\s*年)"
    r"|(?:((?:19|20)(?<![较比与]..)\d{2})\s*年(?:底|末)?前?\s*[,，:])"
)


@dataclass
class Tags:
    """Detected document fields, where each came from, and what looked wrong."""

    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def set(self, name: str, value: Any, source: str) -> None:
        """Record a field unless it is empty."""
        if value is not None and value != "":
            self.values[name] = value
            self.sources[name] = source


@cache
def _cues() -> dict[str, Any]:
    return load_yaml("document_cues.yaml")


@cache
def _doc_type_re() -> re.Pattern[str]:
    endings = sorted(_cues()["doc_types"], key=len, reverse=True)
    summary = "|".join(_cues()["summary_then_plan"])
    # a title may end with its period after the type: 行动计划(2021—2023年), or a copy that
    # lost the opening bracket: 行动方案2025—2027年)
    return re.compile(
        rf"(?:(?P<summary>{summary})|(?P<type>"
        + "|".join(map(re.escape, endings))
        + r"))(\s*(?:\([^()]{1,20}\)|(?:19|20)\d{2}[^()]{0,16}\)))?$"
    )


@cache
def _organ_re() -> re.Pattern[str]:
    suffixes = sorted(_cues()["organ_suffixes"], key=len, reverse=True)
    alt = "|".join(map(re.escape, suffixes))
    return re.compile(rf"^([\u4e00-\u9fff]{{1,30}}?(?:{alt}))")


@cache
def _status_res() -> dict[str, list[re.Pattern[str]]]:
    """The validity marks (现行有效, 已废止…) by status, compiled once."""
    marks = _cues()["status_marks"]
    return {status: [re.compile(p) for p in marks[status]] for status in ("expired", "valid")}


@cache
def _news_res() -> list[re.Pattern[str]]:
    """The cues of a news repost (记者, 来源:…), compiled once."""
    return [re.compile(p) for p in _cues()["news_cues"]]


@cache
def _implementing_res() -> list[re.Pattern[str]]:
    """Titles that report carrying out a plan (认真贯彻落实…计划), compiled once."""
    return [re.compile(p) for p in _cues()["implementing_titles"]]


@cache
def _lead_doc_type_res() -> list[tuple[str, re.Pattern[str]]]:
    """(document type, pattern) of a lead that says what the text is, compiled once."""
    return [(doc_type, re.compile(p)) for doc_type, p in _cues()["lead_doc_types"]]


@cache
def _plan_reference_res() -> tuple[re.Pattern[str], ...]:
    """A plan a lead names as just issued (印发《…方案》), or without book-title marks after the
    verb that starts it (启动了…行动计划)."""
    return tuple(re.compile(_cues()[k]) for k in ("lead_plan_reference", "lead_plan_unquoted"))


_BRACKETED = re.compile(r"《([^《》]{4,80})》")
_ISSUED_BEFORE = re.compile(r"(印发|发布|关于|转发|出台|解读)\s*$")
_ISSUED_AFTER = re.compile(r"\s*(已经|已|印发给|现印发)")
# 《X规划的通知》 as a notice names the plan it issues (not 《关于印发X的通知》, read by _NOTICE_OF)
_NOTICE_ENDING = re.compile(r"^(?!.*印发)(.+?)的通知$")
_NOTICE_OF = re.compile(r"印发\s*((?:关于)?[^《》]{4,80}?)的?通知")
_SENTENCE_PUNCT = re.compile(r"[。;；,，:：]")
# (the look-behinds follow the first white space: a scan skips to white space)
_SPACE_IN_WORDS = re.compile(r"\s(?<=[\u4e00-\u9fff）)]\s)\s*(?=[\u4e00-\u9fff（(])")
_SPACE_IN_YEARS = re.compile(r"\s(?:(?<=\d\s)\s*(?=[\d—–-])|(?<=[—–-]\s)\s*(?=\d))")
_ISSUER_FIELD = re.compile(r"(发布机构|发文机关|发文单位)\s*[:：]\s*([\u4e00-\u9fff]{2,30})")
_NOTICE_VERB = re.compile(r"\s*(关于|印发|转发)")
_ISSUED_FIELD = re.compile(r"(成文日期|印发日期|发文日期)\s*[:：]\s*(.+)")
_PUBLISHED_FIELD = re.compile(r"(发布日期|发布时间)\s*[:：]\s*(\S+)")
_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*[-—–~至到]\s*(?:19|20)\d{2})|去年")
_COMPARED_BEFORE = re.compile(r"[较比与同从由]")  # 较2019年; 从2012年的35%: a start, not the year
# an award named by its year: 2018年省科技进步一等奖, 2020年度国家科学技术奖
_AWARD_AFTER = re.compile(r"\s*年度?[^，,。；;、]{0,12}?奖")


def doc_type_of(title: str) -> str | None:
    """方案/要点/意见/规划… from the ending of a title."""
    m = _doc_type_re().search(title.strip())
    if m is None:
        return None
    return "总结" if m["summary"] else _cues()["doc_types"][m["type"]]


def _clean(line: str) -> str:
    """A header line without a status prefix ([现行有效]), table pipes, and the extension of a
    downloaded file's name (全县科技工作汇报材料.docx)."""
    return _FILE_EXTENSION.sub("", _STATUS_PREFIX.sub("", line).strip(" |"))


_FILE_EXTENSION = re.compile(r"\.(?:docx?|wps|pdf|txt)\s*$", re.I)


def tag(
    text: str,
    lines_nonbody: dict[int, str],
    source: str | None = None,
    body: str | None = None,
) -> Tags:
    """Tag a document from its normalised text (lines_nonbody: line number -> non-body kind)
    and, where the text is silent, the address it was copied from. `body` is the text with
    every non-body span blanked (the analysis text); it is derived when not given."""
    tags = Tags()
    lines = text.split("\n")
    header = _header(lines)
    cleaned = [_clean(line) for line in lines[:HEADER_LINES]]  # read by several rules: once
    _title(header, tags, lines_nonbody, cleaned)
    _issuer(header, lines, tags, cleaned)
    _dates(lines, tags, cleaned)
    _doc_number(header, tags, cleaned)
    _status(text, tags)
    _news(lines, lines_nonbody, tags)
    _doc_date(lines, tags, source, lines_nonbody)
    if body is None:
        body = "\n".join(
            " " * len(line) if i in lines_nonbody else line for i, line in enumerate(lines)
        )
    lead = _lead(lines, lines_nonbody)
    crumbs = [lines[i] for i, kind in lines_nonbody.items() if kind == "breadcrumb"]
    _place(body, header, tags, lead, source, crumbs)
    title = tags.values.get("title")
    plan_title = title and not any(p.search(title) for p in _implementing_res())
    tags.set("doc_type", doc_type_of(title) if plan_title else None, "title")
    if "doc_type" not in tags.values:
        _lead_doc_type(lead, tags, body[:OPENING_SELF_CHARS])
    if "doc_type" not in tags.values:
        tags.warnings.append("not a plan: no plan title or document type found")
    _period(text, tags, lead)
    for m in _DAMAGED_RANGE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b <= a + 15:
            tags.warnings.append(f"damaged year range {m.group()} (reads as {a}–{b})")
            break
    return tags


def _header(lines: list[str]) -> list[str]:
    out = []
    for line in lines[:HEADER_LINES]:
        if _SECTION_ONE.match(line):
            break
        out.append(line)
    return out


def _title(header: list[str], tags: Tags, nonbody: dict[int, str], cleaned: list[str]) -> None:
    """The plan's title; a copy with a damaged year range loses to an intact one. (`cleaned`:
    the first lines of the text, each _clean-ed.)"""
    candidates = _title_candidates(header, nonbody, cleaned)
    intact = [c for c in candidates if not _DAMAGED_RANGE.search(c[0])]
    best = (intact or candidates or [None])[0]
    if best:
        tags.set("title", best[0], best[1])


def _title_candidates(
    header: list[str], nonbody: dict[int, str], cleaned: list[str]
) -> list[tuple[str, str]]:
    """(title, source) candidates, most trusted rule first. A page's chrome (a breadcrumb
    ending in 工作计划, a metadata row 体裁分类 | 规划) is never a title line. (`cleaned`: the
    first lines of the text, each _clean-ed; the header is a prefix of them.)"""
    dt_re = _doc_type_re()
    bracketed = _BRACKETED
    found: list[tuple[str, str]] = []
    near_top = _near_top(header)
    headline = "\n".join(_above_first_paragraph(cleaned))
    # 1. the plan named in its notice: 关于印发《X》的通知, 发布《X》, 《X》已经…同意
    for line, top in zip(header, near_top, strict=True):
        if "《" not in line:
            continue  # no book-title mark: nothing to scan for
        for m in bracketed.finditer(line):
            if not _own_title_position(line, m.start(), m.end(), top, headline):
                continue
            before, after = line[max(0, m.start() - 6) : m.start()], line[m.end() : m.end() + 8]
            name = _NOTICE_ENDING.sub(r"\1", m.group(1))  # 现将《X规划的通知》印发给你们: X规划
            if _basis_before(line, m.start()):
                continue  # 贯彻落实X省人民政府关于《…行动计划》,…特制订本行动计划: its basis
            if dt_re.search(name) and (_ISSUED_BEFORE.search(before) or _ISSUED_AFTER.match(after)):
                found.append((_squeeze(name), "notice"))
    # 2. 印发(关于)X的通知 without book-title marks
    for line in cleaned[: len(header)]:
        m = _NOTICE_OF.search(line)
        if m and dt_re.search(m.group(1).rstrip("的")) and not _cited_notice(line, m.start()):
            found.append((_squeeze(m.group(1).rstrip("的")), "notice"))
    # 3. a line that is a title: short, no sentence punctuation, ends with a document type
    for i, line in enumerate(cleaned[: len(header)]):
        cand = _squeeze(line)
        if (
            i not in nonbody
            and 6 <= len(cand) <= 60
            and not _SENTENCE_PUNCT.search(cand)
            and dt_re.search(cand)
        ):
            found.append((cand, "title line"))
    # 4. any bracketed name that ends with a document type, unless it is cited as a basis
    #    (根据《…纲要》…特制定本方案: the plan is not the 纲要 it cites)
    for line, top in zip(header, near_top, strict=True):
        if "《" not in line:
            continue
        found += [
            (_fuller_in_headline(_squeeze(m.group(1)), cleaned[:1]), "header")
            for m in bracketed.finditer(line)
            if dt_re.search(m.group(1))
            and _own_title_position(line, m.start(), m.end(), top, headline)
            and not _CITED.search(line, max(0, m.start() - 8), m.start())
            and not _basis_before(line, m.start())  # 根据日前X局发布的《…公报》
            and not _QUOTED_AS_SOURCE.match(line, m.end())
        ]
    awards = _cues()["award_words"]
    return [c for c in found if not any(w in c[0] for w in awards)]


def _fuller_in_headline(name: str, headline: list[str]) -> str:
    """The headline's fuller name for a short one (X高新区“十四五”规划纲要发布! then
    《规划纲要》第一部分…): the text refers back to the plan its headline announces."""
    line = _squeeze(headline[0]) if headline else ""
    at = line.find(name)
    if at <= 0:
        return name
    prefix = line[:at]
    if _SENTENCE_PUNCT.search(prefix) or _NOT_A_NAME_PREFIX.search(prefix) or "《" in prefix:
        return name
    return prefix.lstrip("“”\"'【[「『 ") + name


# words a headline puts before a plan's name that are no part of it (关于印发X, 解读X)
_NOT_A_NAME_PREFIX = re.compile(r"关于|印发|转发|发布|解读|出台|通过|审议|图解|一图读懂")


# the verbs of _CITED that only cite (not 实施/结合/围绕, which also name a text's own work)
_BASIS_VERB = re.compile(r"根据|按照|依据|贯彻|落实|参照|遵循")
_CLAUSE_MARK = re.compile(r"[,，。;；:：!！?？]")
# how far before a book title or a type's name the verb that cites it may stand (both
# _basis_before and _BASIS_BEFORE)
BASIS_CHARS = 30


def _basis_before(line: str, at: int) -> bool:
    """Whether the clause before a book title at `at` cites it as a basis (贯彻落实X省人民政府
    关于《…》): the plan a text carries out, not the text's own title."""
    head = line[max(0, at - BASIS_CHARS) : at]
    marks = list(_CLAUSE_MARK.finditer(head))
    return _BASIS_VERB.search(head, marks[-1].end() if marks else 0) is not None


def _cited_notice(line: str, at: int) -> bool:
    """Whether the notice at `at` is a basis the text cites: 为贯彻落实《…关于印发X的通知》,
    特制定本方案 is not X."""
    opened = line.rfind("《", 0, at)
    if opened <= line.rfind("》", 0, at):
        return False
    return _CITED.search(line, max(0, opened - 8), opened) is not None or _basis_before(
        line, opened
    )


OPENING_SELF_CHARS = 800  # a plan names itself (特制定本方案) at the end of its first paragraph
TITLE_LINE_CHARS = 100  # a notice or title line is short; a longer line is running text
OPENING_CHARS = 300  # a news item names the plan it is about in its headline or first lines
_SENTENCE_DONE = re.compile(r"[。!！?？;；]")
_GOALS_FOLLOW = re.compile(r"[^。;；]{0,12}(?:目标|到\s*(?:19|20)\d{2}\s*年|提出)")


def _near_top(header: list[str]) -> list[int]:
    """How much visible text comes before each header line (markup and spaces not counted);
    a line after a paragraph of full sentences (…均居全区首位。) opens no text, whatever its
    offset."""
    out, pos, after_paragraph = [], 0, False
    for line in header:
        out.append(pos + (OPENING_CHARS + 1 if after_paragraph else 0))
        pos += _visible(line)
        after_paragraph = after_paragraph or (_visible(line) > TITLE_LINE_CHARS and "。" in line)
    return out


def _visible(text: str) -> int:
    """How many characters of `text` show: markup and white space not counted."""
    if "<" in text:
        text = _MARKUP.sub("", text)
    return len("".join(text.split()))


_MARKUP = re.compile(r"<[^<>]{0,400}>")


def _own_title_position(line: str, at: int, end: int, line_offset: int, headline: str = "") -> bool:
    """A plan named alone (not in a list of policies) in a title or notice line, in the first
    sentence of an opening paragraph, or with its goals right after it (印发《…方案》,目标到
    2023年…) may be the text's own; one named deep in running text (…印发实施《…规划》;
    新认定…) is a plan it mentions."""
    if _POLICY_LIST.match(line, end):
        return False  # 先后出台了《…措施》《…方案》等政策文件: policies listed, not the subject
    paragraph = _MARKUP.split(line[:at])[-1]  # <p>…</p><p>: markup paragraphs in one line
    short = _visible(line) <= TITLE_LINE_CHARS
    if line_offset > OPENING_CHARS:
        # after the opening paragraph, a plan that opens its line as a title or with its goals
        # (《…要点》明确主要目标) is the text's, and so is one its headline names
        # (某省将实施科技强省行动 … 即将印发《某省科技强省三年行动方案》,目标到2023年); else the
        # text mentions it (…出台了《研发投入攻坚行动实施方案》,目标是… under a headline on
        # small firms)
        goals = _GOALS_FOLLOW.match(line, end) is not None
        if not paragraph.strip():
            return short or goals
        return goals and _shares_words(line[at:end], headline)
    if short:
        return True
    if not _SENTENCE_DONE.search(paragraph):
        return True  # the first sentence of an opening paragraph: 近日,某区印发《…方案》
    return _GOALS_FOLLOW.match(line, end) is not None


HEADLINE_WORD_CHARS = 4  # a run this long shared by a plan's name and a headline names it


def _above_first_paragraph(lines: list[str]) -> list[str]:
    """The short lines above a text's first paragraph: its headline, with any chrome."""
    out = []
    for line in lines:
        if _visible(line) > TITLE_LINE_CHARS:
            break
        out.append(line)
    return out


def _shares_words(name: str, headline: str) -> bool:
    """Whether a headline holds a run of HEADLINE_WORD_CHARS characters of a plan's name."""
    n = HEADLINE_WORD_CHARS
    return any(name[i : i + n] in headline for i in range(len(name) - n + 1))


# 《X市科技创新“十四五”规划》明确提出,…: a plan the text quotes, not the text itself
_QUOTED_AS_SOURCE = re.compile(r"\s*(?:中)?(?:明确|已|也)?(?:提出|指出|要求|强调|规定|显示)")
_CITED = re.compile(
    r"(?:根据|按照|依据|贯彻|落实|实施|参照|对照|结合|围绕|遵循|实现|完成)[^。;；]{0,6}$|》[、和及与]?$"
)


def _squeeze(text: str) -> str:
    """Drop spaces a web page put inside a Chinese title or its years (20 22 —202 4)."""
    text = text.strip()
    if not _ANY_SPACE.search(text):
        return text  # nothing to drop: both patterns need white space (a quick scan)
    return _SPACE_IN_YEARS.sub("", _SPACE_IN_WORDS.sub("", text))


_ANY_SPACE = re.compile(r"\s")


def _issuer(header: list[str], lines: list[str], tags: Tags, cleaned: list[str]) -> None:
    """The issuing organ: a metadata field, the organ of a notice line, or a signature line.
    (`cleaned`: the first lines of the text, each _clean-ed; the header is a prefix of them.)"""
    organ = _organ_re()
    for line in lines[:HEADER_LINES]:
        m = _ISSUER_FIELD.search(line)
        if m:
            tags.set("issuer", m.group(2), "metadata")
            return
    for line in cleaned[: len(header)]:
        m = organ.match(line)
        if m and _NOTICE_VERB.match(line[m.end() :]) and not _BASIS_VERB.search(m.group(1)):
            # (贯彻落实X省人民政府关于《…》: the organ of the plan a text carries out)
            tags.set("issuer", m.group(1), "notice")
            return
    for cand in cleaned[: len(header)]:
        m = organ.match(cand)
        rest = cand[m.end() :].strip() if m else None
        if m and (not rest or DATE_RE.fullmatch(rest)):
            tags.set("issuer", m.group(1), "signature")
            return


def _dates(lines: list[str], tags: Tags, cleaned: list[str]) -> None:
    """Issue and publication dates: metadata fields, else a signature date line. (`cleaned`:
    the first lines of the text, each _clean-ed.)"""
    for line in lines[:HEADER_LINES]:
        m = _ISSUED_FIELD.search(line)
        if m and parse_date(m.group(2)) and "issued" not in tags.values:
            tags.set("issued", parse_date(m.group(2)).isoformat(), "metadata")
        m = _PUBLISHED_FIELD.search(line)
        if m and parse_date(m.group(2)) and "published" not in tags.values:
            tags.set("published", parse_date(m.group(2)).isoformat(), "metadata")
    if "issued" in tags.values:
        return
    organ = _organ_re()
    for cand in cleaned:
        m = DATE_RE.search(cand) if "日" in cand else None  # a date ends with 日: a quick test
        signed = m and (m.start() == 0 or organ.match(cand[: m.start()].strip() or "x"))
        if signed and not cand[m.end() :].strip():
            date = make_date(m["y"], m["m"], m["d"])
            if date:
                tags.set("issued", date.isoformat(), "signature")
                return
        d = _DIGIT_DATE_LINE.match(cand)
        if d:
            date = recover_digit_date(d.group(1))
            if date:
                tags.set("issued", date.isoformat(), "signature (damaged)")
                tags.warnings.append(
                    f"damaged date {d.group(1)!r}: 年/月/日 lost, read as {date.isoformat()}"
                )
                return
            tags.warnings.append(f"damaged date {d.group(1)!r} could not be read")


DATE_LINE_CHARS = 80  # a byline or a signature, not a paragraph
_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?([0-3]\d)(?!\d)"
    r"|/((?:19|20)\d{2})[-/](0?[1-9]|1[0-2])/"
)
# 04.02.2015  10:49: a date line with the year last; whether the day or the month comes first
# is not known, so only the year is kept
_YEAR_LAST_DATE_LINE = re.compile(
    r"^\s*\d{1,2}[./]\d{1,2}[./]((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


# a portal's furniture that holds no date of the text: its menus, controls, rules, comment box
# and copyright (not its metadata or editor's line, which may)
_UNDATED_CHROME = frozenset(
    {"breadcrumb", "page_controls", "separator", "comment_box", "copyright"}
)


DATE_LINES = 6  # the lines at the top and foot of a text a date line may stand on


def _end_lines(lines: list[str], lines_nonbody: dict[int, str]) -> tuple[list[str], list[str]]:
    """The first and the last DATE_LINES lines of a text, not counting a portal's undated
    furniture among them (which stays in, as a control line may carry the date)."""
    out, order = [], range(len(lines))
    for step in (order, reversed(order)):
        taken, counted = [], 0
        for i in step:
            if counted == DATE_LINES:
                break
            taken.append(lines[i])
            counted += lines_nonbody.get(i) not in _UNDATED_CHROME
        out.append(taken)
    return out[0], out[1]


def _doc_date(
    lines: list[str], tags: Tags, source: str | None, lines_nonbody: dict[int, str]
) -> None:
    """When the text was written, if no issue or publication date says: a date line at its
    top or foot (2019-07-11, 2023年3月25日), a journal issue (2021年第3期), its page address.
    A portal's menus and controls above or below the text do not push the line out of reach."""
    if tags.values.get("issued") or tags.values.get("published"):
        return
    head, tail = _end_lines(lines, lines_nonbody)
    ends = [line for line in head + tail[::-1] if len(line.strip()) <= DATE_LINE_CHARS]
    for line in ends:  # (a date inside a paragraph is an event's: 2022年11月17日,上海市被…)
        m = ISO_RE.search(line) or (DATE_RE.search(line) if "日" in line else None)
        if m:
            date = make_date(m["y"], m["m"], m["d"])
            if date:
                tags.set("doc_date", date.isoformat(), "date line")
                return
    for line in ends:
        m = ISSUE_RE.search(line) or _YEAR_LAST_DATE_LINE.match(line)
        if m:
            source_name = "journal issue" if m.re is ISSUE_RE else "date line (year only)"
            tags.set("doc_date", m.group(1), source_name)
            return
    m = _URL_DATE.search(source or "")
    if m:
        y, mo = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(5))
        tags.set("doc_date", f"{y}-{int(mo):02d}", "page address")
        return
    held = next(filter(None, map(_MEETING_HELD.search, lines[:6])), None)
    if held:  # 2024年X省科技工作会议6日在长春召开: news of the day the meeting was held
        tags.set("doc_date", held.group(1), "the meeting its lead reports held")


# a meeting of a year (MEETING_AFTER) that the lead reports held (召开, 举行): the news is
# written that year
_MEETING_HELD = re.compile(
    r"((?:19|20)\d{2})" + MEETING_AFTER.pattern + r"[^，,。；;]{0,12}?(?:召开|举行|开幕)"
)


def _doc_number(header: list[str], tags: Tags, cleaned: list[str]) -> None:
    """The document number (X〔2021〕3号) of a header line, or a warning for a damaged one.
    (`cleaned`: the first lines of the text, each _clean-ed; the header is a prefix of them.)"""
    for line, cand in zip(header, cleaned, strict=False):
        m = _DOC_NUMBER.match(cand)
        if m:
            tags.set("doc_number", f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}号", "header")
            return
        d = _DAMAGED_DOC_NUMBER.search(line) if "〔" in line else None  # the scan is slow
        if d:
            guess = f"{d.group(1) or ''}〔{d.group(2)}〕{d.group(3)}号"
            tags.warnings.append(
                f"damaged document number {d.group().strip()!r} (probably {guess})"
            )
            return


def _status(text: str, tags: Tags) -> None:
    for status in ("expired", "valid"):
        for pattern in _status_res()[status]:
            m = pattern.search(text)
            if m:
                tags.set("status", status, f"mark {m.group().strip()!r}")
                return
    tags.set("status", "unknown", "no validity mark")


def _news(lines: list[str], nonbody: dict[int, str], tags: Tags) -> None:
    cues = _news_res()
    hits = []
    for i, line in enumerate(lines[:HEADER_LINES]):
        if i in nonbody:
            continue
        stripped = line.strip()
        hits += [m.group().strip() for c in cues for m in [c.search(stripped)] if m]
    tags.values["is_news"] = bool(hits)
    if hits:
        tags.warnings.append(
            "news repost, not the document as issued (" + "; ".join(hits[:3]) + ")"
        )


# a document the text works from, not what it is: 年初根据省…计划及市政府工作报告目标
_BASIS_BEFORE = re.compile(r"(?:根据|按照|依据|对照)[^。;；!！?？\n]*$")


def _lead_doc_type(lead: str, tags: Tags, opening: str = "") -> None:
    """What a text without a plan title is, from its headline and lead: a bulletin, a work
    summary, a report, or news of a plan it names as just issued; else a plan that names
    itself in its opening paragraphs (…,特制定本方案; 现提出如下意见)."""
    said = [
        (m.start(), doc_type)
        for doc_type, p in _lead_doc_type_res()
        for m in [p.search(lead)]
        if m and not _BASIS_BEFORE.search(lead, max(0, m.start() - BASIS_CHARS), m.start())
    ]
    if said:  # 政府工作报告在总结2024年工作时指出: the kind of text named first
        tags.set("doc_type", min(said)[1], "lead")
        return
    quoted, unquoted = _plan_reference_res()
    first_sentence = lead[: lead.find("。") + 1 or len(lead)]
    # a plan named without book-title marks counts in the first sentence only (组织实施…培育
    # 计划 later on is a programme the text reports on)
    for reference, where in ((quoted, lead), (unquoted, first_sentence)):
        for m in reference.finditer(where):
            line_start = where.rfind("\n", 0, m.start()) + 1
            line_end = where.find("\n", m.end())
            line = where[line_start : line_end if line_end != -1 else len(where)]
            if not _own_title_position(line, m.start() - line_start, m.end() - line_start, 0):
                continue  # 印发实施《…规划》 as one item of a report: a plan it mentions
            if _BASIS_BEFORE.search(where, max(0, m.start() - BASIS_CHARS), m.start()):
                continue  # 根据日前X局发布的《…公报》,…: the source a news item cites
            found = _named_type(m.group(1) or m.group(2))
            if found:
                tags.set("doc_type", found, "plan named in the lead")
                return
    for doc_type, pattern in _lead_doc_type_res():
        if doc_type not in REPORT_TYPES and pattern.search(opening):
            tags.set("doc_type", doc_type, "the plan names itself in its opening")
            return


_NOTICE = re.compile(r"(?:印发|下达|转发|发布)\s*(.+?)的?通知$")


def _named_type(name: str) -> str | None:
    """The type of a plan named in a text; a notice that issues one (关于下达2020年…计划的通知)
    has the type of what it issues."""
    found = doc_type_of(name)
    if found is None and (m := _NOTICE.search(name.strip())):
        found = doc_type_of(m.group(1).rstrip("的"))
    return found


# 到2025年, 力争在2027年, 目标是在2027年实现…: a goal's year
_GOAL_YEAR_BEFORE = re.compile(r"(?:展望|到|至|力争|计划|预计|争取|目标是|目标为)\s*(?:在|于)?\s*$")
_REVIEWED_YEAR = re.compile(
    r"(?:总结|回顾)(?:了)?\s*((?:19|20)\d{2})\s*年"
    r"|对\s*((?:19|20)\d{2})\s*年(?:度)?(?:的)?(?:全[省市县区州]|各项)?工作(?:进行|作)?了?(?:总结|回顾)"
)
_MASKED_SUMMARY = re.compile(
    r"(?:19|20)[xX×*＊]{2}\s*年度?[^。,，\n\d]{0,8}?总结\s*(?:及|暨|和|与)\s*((?:19|20)\d{2})\s*年"
)
_RANGE_END = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*$")
_POLICY_LIST = re.compile(r"\s*(?:、?\s*《|等)")
# 是“十二五”末的4倍: the end of a five-year plan is a base to compare with, not the period
_PLAN_AS_BASE = re.compile(r"[”\"']?\s*(?:末|期末|时期末)")
# the nation's plan a place's report cites (被列入国家“十三五”规划考核的主要指标): not its term
_NATION_BEFORE = re.compile(r"国家\s*[“\"']?$")
# a plan that states its own term: 规划期限为:2016-2020年, 实施期为2023—2025年
_OWN_TERM = re.compile(
    r"(?:规划|实施|执行|行动)(?:期限|期|时限)\s*[为是:：]\s*[:：]?\s*" + _YEAR_RANGE.pattern
)
# a line that is only a period in brackets, (2023—2025年), as printed under a plan's title
_RANGE_LINE = re.compile(
    r"^[ \t]*[(（][ \t]*((?:19|20)\d{2})[ \t]*年?[ \t]*[-—–~～至到]+[ \t]*((?:19|20)\d{2})"
    r"[ \t]*年?[ \t]*[)）][ \t]*$",
    re.M,
)
RANGE_LINE_CHARS = 300  # the title block: where a plan prints its period under its name
# the reform era's first S&T programmes: a year written before it is history (始建于1932年), never
# the year a plan or a report of ours covers
HISTORY_BEFORE = 1978
_FIVE_YEAR_SPELLED = re.compile(r"第?十([一二三四五])个五年")


def _reported_year_before(lead: str, end: int) -> bool:
    """Whether the lead names a year before `end` other than a goal's (目标是在2027年实现…)."""
    return any(
        not _GOAL_YEAR_BEFORE.search(lead, 0, m.start())
        and not DATE_RE.match(lead, m.start())
        and not ISSUE_RE.match(lead, m.start())
        and not _in_book_title(lead, m.start())
        for m in _SINGLE_YEAR.finditer(lead, 0, end)
    )  # (not a date: 2026年1月16日,…举行“‘十四五’…成就”发布会 reviews the plan; not a cited
    # name: 依据《…第十四个五年规划和2035年远景目标纲要》编制,对“十四五”期间…)


def _reported_year(lead: str, tags: Tags) -> int | None:
    """The year a report or news item is about: the year it says it reviews (总结2023年工作),
    else the first year its lead names (2018年烟台新培育…), or the year before its own date
    when it opens with 去年."""
    masked = _MASKED_SUMMARY.search(lead)
    if masked:  # 区科技局20XX年工作总结及2024年工作要点: a copy that masked the year reviewed,
        return int(masked.group(1)) - 1  # the year before the one planned
    reviewed = _REVIEWED_YEAR.search(lead)
    if reviewed:
        return int(
            reviewed.group(1) or reviewed.group(2)
        )  # 召开2024年科技工作会议…总结2023年工作成效: 2023
    dated = meeting = None
    published = _published_year(tags)
    now = anniversary_year(lead)  # 今年是新中国成立75周年: the text's own year
    for m in _LEAD_YEAR.finditer(lead):
        before = lead[max(0, m.start() - 2) : m.start()]
        if _COMPARED_BEFORE.search(before) or _GOAL_YEAR_BEFORE.search(lead, 0, m.start()):
            continue  # 较2019年, 展望2020年, 到2025年: a base or a goal, not the year reported
        if m.group(1) and MULTIPLE_OF.match(lead, m.start() + 4):
            continue  # 是2016年的3.6倍: the base of a multiple
        if m.group(1) and _RANGE_END.search(lead, max(0, m.start() - 8), m.start()):
            continue  # “2023—2025年度创新驱动示范市”: the end of a span in a name
        if m.group(1) and founding_year(lead, m.start()):
            continue  # 1992年经国务院批准成为国家级高新区: its history
        if m.group(1) and _ASIDE_OPEN.search(lead, max(0, m.start() - ASIDE_CHARS), m.start()):
            continue  # 增长了近110倍(1991年时22家): a base in an aside, not the year reported
        if m.group(1) and int(m.group(1)) < HISTORY_BEFORE:
            continue  # 始建于民国…N年: history; no S&T plan or result of ours dates from then
        if m.group(1) and now and int(m.group(1)) < now - 1:
            continue  # 今年是…75周年,…1992年是一个关键节点: history before the year it calls now
        if m.group(1) and _AWARD_AFTER.match(lead, m.start() + 4):
            continue  # 荣获2018年省科技进步一等奖: an award's name, not the year reported
        if m.group(1) and published and int(m.group(1)) > published:
            continue  # 2025年建成… in a text of 2021: a goal, not a year already reported
        if m.group(1) and (DATE_RE.match(lead, m.start()) or ISSUE_RE.match(lead, m.start())):
            dated = dated or int(m.group(1))  # 2018年1月16日, 2022年3期: the day or issue it
            continue  # was published or signed; the year reported only when the lead names no
            # other
        if m.group(1) and MEETING_AFTER.match(lead, m.start() + 4):
            if meeting is None and _LATE_IN_YEAR.search(lead, max(0, m.start() - 24), m.start()):
                # 11月7日,…召开2020年度全市高新技术企业培育工作会: held late in the year before
                # to launch its work; the text is of that year
                return int(m.group(1)) - 1
            meeting = meeting or int(m.group(1))  # 召开2017年度全市…工作会。去年以来,…: the
            continue  # meeting's year; its 去年 is the year reported
        if m.group(1):
            year = int(m.group(1))
            if _GOAL_AFTER.match(lead, m.end()) and _names_year_before(lead, year):
                return year - 1  # 2013年…力争达到N亿元 … 2012年…达到M亿元: last year's
                # results and this year's goal (the goal's year follows: see _planned_after)
            return year
        if meeting:
            return meeting - 1
        return published - 1 if published else None
    if meeting and _REVIEWS.search(lead):
        return meeting - 1  # 2023年全省科技工作会议召开…会议指出,过去五年…: the conference
        # reviews the year before (and plans its own: see _planned_after)
    if _ONE_YEAR_REVIEW.search(lead[:LEAD_CHARS]):
        return _reviewed_year(tags) or meeting or dated or now  # 过去一年来,…新增高企75家
    return meeting or dated or now


# a change from one year to a later one, in one clause: 从2016年的1829家增长到2020年的6198家
_FROM_TO_YEARS = re.compile(
    r"[从由]\s*((?:19|20)\d{2})\s*年[^,，。;；:：!！?？]{0,24}?"
    r"(?:增长|增加|提高|提升|上升|增至|发展|扩大|跃升)?(?:到|至)\s*((?:19|20)\d{2})\s*年"
)


_NAMED_SPAN = re.compile(r"度|[^,，。;；]{0,16}[”\"]")
REPORTED_SPAN = "reported_span"  # the tag of the years a report's lead spans
_YEAR_OR_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-—–~～至到]+\s*(?:19|20)\d{2}\s*年)")


def _reported_span(lead: str, tags: Tags) -> tuple[int, int] | None:
    """The years a report's lead opens with when the first is the start of a span (2018—2020年,
    云南省高新技术企业数量分别为…; 从2016年的1829家增长到2020年的6198家): the period it covers.
    None when the span ends after the text's own date (a goal) or is part of a name."""
    first = _YEAR_OR_SPAN.search(lead, 0, LEAD_CHARS)
    if first is None or _in_book_title(lead, first.start()) or _NAMED_SPAN.match(lead, first.end()):
        return None  # “2023—2025年度创新驱动示范市”: a span in a name
    found = _YEAR_RANGE.match(lead, first.start()) or _FROM_TO_YEARS.search(
        lead, max(0, first.start() - 1), first.end() + 40
    )
    if found is None or found.start(1) != first.start(1):
        return None
    a, b = int(found.group(1)), int(found.group(2))
    published = _published_year(tags)
    if not a < b or (published and b > published):
        return None
    return a, b


def _written(tags: Tags) -> str:
    """The text's own date or the page's publication date (2019-07-11, 2019-07, 2019), or ""."""
    return str(tags.values.get("doc_date") or tags.values.get("published") or "")


def _published_year(tags: Tags) -> int | None:
    """The year of the text's own date or the page's publication date, where it has one."""
    written = _written(tags)[:4]
    return int(written) if written.isdigit() else None


def _reviewed_year(tags: Tags) -> int | None:
    """The year a dated text reviews as 过去一年 (see timing.year_reviewed)."""
    written = _written(tags)
    if not written[:4].isdigit():
        return None
    return year_reviewed(int(written[:4]), int(written[5:7]) if written[5:7].isdigit() else None)


# a lead that reviews one year it does not name: 过去一年来,…; 一年来,…
_ONE_YEAR_REVIEW = re.compile(r"过去(?:的)?一年|一年来")


def _conference_after(lead: str, reported: int) -> int | None:
    """The year after the one reported, when the lead's own meeting is that year's work
    conference and looks back (2023年全省科技工作会议召开…过去五年…): it plans its year."""
    for m in _LEAD_YEAR.finditer(lead):
        if m.group(1) and MEETING_AFTER.match(lead, m.start() + 4):
            meeting = int(m.group(1))
            return meeting if meeting == reported + 1 and _REVIEWS.search(lead) else None
    return None


# a lead that looks back: 过去一年, 过去五年, 一年来, 回顾, 总结
_REVIEWS = re.compile(r"过去[一二三四五两]?年|[一二三四五两]年来|回顾|总结")


# an aside opened before a year and not closed: 增长了近110倍(1991年时22家)
_ASIDE_OPEN = re.compile(r"[(（][^()（）]*$")
ASIDE_CHARS = 12

# a day in the last quarter written before a meeting named by its year: 11月7日,…召开2020年度…
_LATE_IN_YEAR = re.compile(r"(?<!\d)1[0-2]月\d{1,2}日")
# a year whose clause goes on to a goal: 2013年X省高新技术产业力争达到…
_GOAL_AFTER = re.compile(r"[^,，。;；!！?？\n\d]{0,16}?(?:力争|确保|争取|目标)")


def _names_year_before(lead: str, year: int) -> bool:
    """Whether a lead names the year before `year` as a year reported (2012年…, 去年…)."""
    return f"{year - 1}年" in lead or "去年" in lead


def _period(text: str, tags: Tags, lead: str = "") -> None:
    title = tags.values.get("title", "")
    m = _YEAR_RANGE.search(title)
    if m and int(m.group(1)) <= int(m.group(2)):
        _set_period(tags, int(m.group(1)), int(m.group(2)), "title")
        return
    named = _plans_named(title)
    if named:  # “十二五”成就和“十三五”规划: from the first plan's start to the last one's end
        first, last = min(named), max(named)
        names = first[2] if first == last else f"{first[2]}, {last[2]}"
        _set_period(tags, first[0], last[1], f"title ({names})")
        return
    own_line = _RANGE_LINE.search(text, 0, RANGE_LINE_CHARS) if title else None
    if own_line and int(own_line.group(1)) <= int(own_line.group(2)):
        # X省…实施方案 / (2023—2025年): a title's period on the line under it
        _set_period(tags, int(own_line.group(1)), int(own_line.group(2)), "line under the title")
        return
    years = sorted({int(y) for y in _SINGLE_YEAR.findall(title)})
    if years:  # 2022年科技工作总结及2023年工作思路: from the year reported to the year planned
        start = years[0]
        if len(years) == 1 and _reviews_year_before(tags, lead, start):
            start -= 1  # 2025年X市政府工作报告: 2024年,全市…(the year before) and 2025's tasks
        masked = _MASKED_SUMMARY.search(title)
        if masked and len(years) == 1:
            start = int(masked.group(1)) - 1  # 20XX年工作总结及2024年工作要点: 2023 and 2024
        _set_period(tags, start, years[-1], "title")
        return
    term = _OWN_TERM.search(lead)
    if term and int(term.group(1)) <= int(term.group(2)):  # 规划期限为:2016-2020年
        _set_period(tags, int(term.group(1)), int(term.group(2)), "term stated in the lead")
        return
    planned = states_goals(tags.values.get("doc_type"))
    implemented = _implemented_period(title, lead) if planned else None
    if implemented:  # X市落实科技强省行动实施方案 under 〈科技强省三年行动方案(2021—2023年)〉
        _set_period(tags, *implemented, "the plan it implements")
        return
    cited = _own_plan_cited(title, lead) if planned else None
    if cited:  # 日照出台建设国家创新型城市三年行动方案 … 《…三年行动方案(2022—2024年)》
        _set_period(tags, *cited, "the plan its title names, cited with its years")
        return
    reported = not planned  # a report, bulletin or news item, or a text of no stated type
    if not title or reported:
        plans = _cues()["five_year_plans"]
        local = reported and tags.values.get("province") is not None  # a place's report
        first = min(
            (
                (m.start(), name)
                for name in plans
                for m in re.finditer(re.escape(name), lead[:LEAD_CHARS])
                if not _PLAN_AS_BASE.match(lead, m.end())
                and (reported or not _in_book_title(lead, m.start()))
                and not (local and _NATION_BEFORE.search(lead, 0, m.start()))
            ),
            default=None,
        )
        if (
            first
            and not _reported_year_before(lead, first[0])
            and not _ONE_YEAR_REVIEW.search(lead, 0, first[0])
        ):
            a, b = plans[first[1]]  # 奋进…“十四五”, no year before it: a review of the plan
            if PLAN_FIRST_YEAR.match(lead, first[0] + len(first[1])):
                b = a  # “十三五”开局之年,X市将…: the plan's first year alone
            _set_period(tags, a, b, f"lead ({first[1]})")
            return
        span = _reported_span(lead, tags)
        if span:  # 陕西高新技术企业数量从2016年的1829家增长到2020年的6198家: the years it spans,
            # shown as its period; resolution still dates its figures by the year reported
            tags.set(REPORTED_SPAN, span, "the span the lead reports")
        year = _reported_year(lead, tags)
        if year:
            end = _planned_after(text, lead, year, tags) or _conference_after(lead, year)
            _set_period(tags, year, end or year, "the year the lead reports")
            return
    issued = tags.values.get("issued")  # not the page's date: reposts carry their own
    issued_year = int(issued[:4]) if issued else None
    years, goals_only = [], True
    for m in _TARGET_YEAR.finditer(text):
        y = int(m.group(1) or m.group(2))
        if founding_year(text, m.start(1) if m.group(1) else m.start(2)):
            continue  # X高新区成立于1993年,…: its history, not a year it covers
        if issued_year is None or issued_year - 1 <= y <= issued_year + 15:
            years.append(y)
            goals_only = goals_only and m.group(1) is not None
    if years:
        start = issued_year if issued_year and issued_year <= max(years) else min(years)
        dated = _published_year(tags)
        ahead = not dated or dated < max(years)  # goals still ahead of the page
        goal_text = planned or (tags.values.get("doc_type") is None and goals_only and ahead)
        if goal_text and issued_year is None and len(set(years)) == 1:
            # a plan's 到2020年 alone, or news that quotes only goals still ahead, says when
            # it ends, not when it began…
            start = _plan_ending(text, max(years))  # …unless a five-year plan it names does
        _set_period(tags, start, max(years), "target years in the body")
        return
    year = _year_of_own_campaign(text[:OPENING_SELF_CHARS], tags)
    if year:  # 市委、市政府决定,2024年在全市开展“科技创新年”活动,现制定如下实施方案
        _set_period(tags, year, year, "the year the plan names for itself")


def _plans_named(text: str) -> list[tuple[int, int, str]]:
    """(first year, last year, name) of each five-year plan `text` names, also spelled out
    (第十四个五年规划)."""
    spelled = _FIVE_YEAR_SPELLED.sub(lambda m: f"十{m.group(1)}五", text)
    return [(a, b, name) for name, (a, b) in _cues()["five_year_plans"].items() if name in spelled]


def _plan_ending(text: str, end: int) -> int | None:
    """The first year of the five-year plan a text names that ends in `end` (“十四五”时期…,
    到2025年: 2021), or None."""
    return next((a for a, b, _ in _plans_named(text) if b == end), None)


# 2024年在全市开展…活动: the year a plan says its own work takes place
_OWN_CAMPAIGN_YEAR = re.compile(
    r"(?<![到至较比与])((?:19|20)\d{2})\s*年\s*(?:在|于)?\s*(?:全市|全县|全区|全省|全州)\s*(?:开展|实施|组织)"
)


def _year_of_own_campaign(opening: str, tags: Tags) -> int | None:
    """A plan without a period elsewhere whose opening says in which year its work is done."""
    if not states_goals(tags.values.get("doc_type")):
        return None
    found = {int(m.group(1)) for m in _OWN_CAMPAIGN_YEAR.finditer(opening)}
    return found.pop() if len(found) == 1 else None


# a goal's year: 到2025年, 力争2023年, 2024年的主要目标, 2023年力争, 部署2024年工作
_GOAL_YEAR = re.compile(
    r"(?:(?:到|至|力争|确保|争取|计划|目标是?)\s*(?:在|于)?\s*((?:19|20)\d{2})\s*年)"
    r"|(?:((?:19|20)\d{2})\s*年[^。,，;；:：\d]{0,8}?(?:目标|任务|重点工作))"
    r"|(?:((?:19|20)\d{2})\s*年\s*[,，]?\s*(?:[^,，。;；\d]{2,8}?)?(?:力争|确保|争取|计划|要|将))"
    # a year's work planned: 部署2024年工作, 谋划2024年工作任务
    r"|(?:(?:部署|谋划|安排)了?\s*((?:19|20)\d{2})\s*年)"
    # a year's plan named: 2023年国民经济和社会发展计划(草案)
    r"|(?:((?:19|20)\d{2})\s*年[^。,，;；\n\d]{0,12}?发展计划)"
    # a year's expected goals announced: 公布2026年上海经济社会发展主要预期目标
    r"|(?:((?:19|20)\d{2})\s*年[^。,，;；:：\n\d]{0,14}?预期目标)"
)
# a year announced as ahead, and what will be done in it: 2023年是…关键之年。市工信局将…
_YEAR_AHEAD = re.compile(
    r"((?:19|20)\d{2})\s*年是[^。;；\n]{2,30}?之年"
    r"(?:[^。;；!！?？\n]*?[,，]|[^。;；!！?？\n]*[。;；]\s*)[^,，。;；!！?？\n\d]{0,12}?(?:将|要|力争)"
)


def _reviews_year_before(tags: Tags, lead: str, year: int) -> bool:
    """Whether a report titled with one year (2025年政府工作报告) opens by reviewing the year
    before it (2024年,全市上下…; 过去一年): such a report is given as its year begins."""
    if tags.values.get("doc_type") != "报告":
        return False
    body = lead.split("\n", 1)[1] if "\n" in lead else ""
    first = _SINGLE_YEAR.search(body)
    review = _LAST_YEAR_REVIEWED.search(body)
    if review is not None and (first is None or review.start() < first.start()):
        return True  # 一年来,…。2024年主要目标: it reviews before it names its own year
    if first is not None and _at_sentence_start(body, first.start()):
        return int(first.group(1)) == year - 1
    return review is not None


_LAST_YEAR_REVIEWED = re.compile(
    r"过去一年|(?:过去的|刚刚过去的)\s*一年|(?<![\d〇零一二三四五六七八九十])一年来"
)


def _at_sentence_start(text: str, at: int) -> bool:
    """Whether `at` opens the text, a line or a sentence."""
    return at == 0 or text[at - 1] in "\n。;；!！?？ 　"


def _planned_after(text: str, lead: str, reported: int, tags: Tags) -> int | None:
    """The next year, when a report or news item sets goals for it after reporting a year
    (2022年…取得; 2023年力争…): its period runs from the year reported to the year planned.
    Goals further ahead (到2025年) are the horizon of another plan it quotes."""
    for m in chain(_GOAL_YEAR.finditer(text), _YEAR_AHEAD.finditer(text)):
        year = int(next(g for g in m.groups() if g))
        if year == reported + 1 and not _in_book_title(text, m.start()):
            return year
    report = tags.values.get("doc_type") == "报告"
    if report and re.search(rf"(?:^|[\n。])\s*{reported + 1}\s*年\s*[,，]", text):
        return reported + 1  # a work report: 2022年,…取得…。2023年,…继续…: the year it plans
    reviews = _REVIEWED_YEAR.search(lead, 0, LEAD_CHARS) or report
    if reviews and _THIS_YEAR_GOAL.search(text):
        # 报告对2023年工作进行回顾…今年…提出新目标; 作政府工作报告。…今年的主要预期目标是:…
        # 2025年是…的一年: the report reviews the year before the one it plans
        return reported + 1
    published = _published_year(tags)
    if published == reported + 1 and _DEPLOYS_THIS_YEAR.search(lead):
        return reported + 1  # 2月27日,…工作会议召开,总结去年工作,部署今年任务: both years
    ahead = _THIS_YEAR_PLANS if published == reported + 1 else None
    if published in (None, reported) and not states_goals(tags.values.get("doc_type")):
        ahead = _NEXT_YEAR_PLANS  # 明年,我们将…: a text of the year it reports plans the next
    if ahead is not None and any(_at_sentence_start(text, m.start()) for m in ahead.finditer(text)):
        return reported + 1  # published in 2019 on 2018: 今年,我市将…: its own year's plans
    return None


# a meeting that sets out this year's work (部署今年任务, 安排新一年工作)
_DEPLOYS_THIS_YEAR = re.compile(r"(?:部署|谋划|安排)了?\s*(?:今年|本年度|新一年|新的一年)")
# a sentence that opens on what this year or next year will bring: 今年,我市将…; 明年,我们将…
_PLANS_AHEAD = r"[^。;；!！?？\n\d]{0,12}?(?:将|要|力争|确保|争取|计划|目标)"
_THIS_YEAR_PLANS = re.compile(r"今年" + _PLANS_AHEAD)
_NEXT_YEAR_PLANS = re.compile(r"明年" + _PLANS_AHEAD)


# goals a text sets for its own year: 今年,X市又提出新目标; 今年力争…; 提出今年…主要预期目标
_THIS_YEAR_GOAL = re.compile(
    r"今年[^。;；\n]{0,8}?(?:目标|力争|提出|计划|确保|争取)"
    r"|(?:提出|明确|部署)\s*今年[^。;；\n]{0,20}?(?:目标|任务)"
)


_IMPLEMENTS = re.compile(r"落实|贯彻")
_CITED_RANGE = re.compile(
    r"[《〈][^《》〈〉]{2,60}?" + _YEAR_RANGE.pattern + r"[^《》〈〉]{0,4}[》〉]"
)


def _implemented_period(title: str, lead: str) -> tuple[int, int] | None:
    """A plan titled as implementing another (落实…实施方案) runs over the period of the plan it
    cites with its years in book-title marks; the first such citation in the lead."""
    if not title or not _IMPLEMENTS.search(title):
        return None
    m = _CITED_RANGE.search(lead)
    if m is None:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if start <= end else None


SHARED_NAME_CHARS = 6  # a title and a cited plan's name that share this much name one plan


def _own_plan_cited(title: str, lead: str) -> tuple[int, int] | None:
    """The years of the plan a title names (news of its release: X出台…三年行动方案), where the
    lead cites it in book-title marks with its years and the two names share a long stretch."""
    if not title:
        return None
    for m in _CITED_RANGE.finditer(lead):
        name = m.group(0)
        shared = SequenceMatcher(None, title, name).find_longest_match(0, len(title), 0, len(name))
        if shared.size >= SHARED_NAME_CHARS and int(m.group(1)) <= int(m.group(2)):
            return int(m.group(1)), int(m.group(2))
    return None


def _in_book_title(text: str, at: int) -> bool:
    """Whether `at` lies inside 《…》: a plan that cites 《…“十四五”科技创新规划》 as its basis
    does not take that plan's period."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def _set_period(tags: Tags, start: int, end: int, source: str) -> None:
    tags.set("period_start", start, source)
    tags.set("period_end", end, source)


def _lead(lines: list[str], nonbody: dict[int, str]) -> str:
    """The headline and first body lines (portal chrome skipped), up to LEAD_CHARS."""
    out: list[str] = []
    for i, line in enumerate(lines[:HEADER_LINES]):
        if i in nonbody or not line.strip():
            continue
        out.append(line.strip())
        if sum(map(len, out)) >= LEAD_CHARS:
            break
    return "\n".join(out)[: LEAD_CHARS * 2]


def _place(
    text: str,
    header: list[str],
    tags: Tags,
    lead: str,
    source: str | None,
    crumbs: list[str] | None = None,
) -> None:
    """The jurisdiction: the issuer's place, else the title's, else what the body and the
    page address support (locate.py); a zone named as the subject makes a zone document. A
    text that calls itself 我市 without naming its city takes the city its page's breadcrumb
    files it under (河南新闻 > X新闻)."""
    header_text = "\n".join(header)
    found = locate(text, "\n".join(filter(None, [tags.values.get("title", ""), lead])), source)
    if found is not None and found.zone:
        _set_place(tags, found.place, "zone", found.province, found.zone)
        return
    for field_name in ("issuer", "title"):
        value = tags.values.get(field_name)
        if not value:
            continue
        matches = gazetteer.find_places(value)
        if matches:
            place = _most_specific(matches, header_text + "\n" + text, tags)
            if place:
                _set_place(tags, place, field_name)
                return
    if found is not None and found.place is None and found.level in ("prefecture", "county"):
        filed = _crumb_place(crumbs or [], found.level, found.province)
        if filed is not None:
            _set_place(tags, filed, "breadcrumb")
            tags.warnings.append(f"place from the page's breadcrumb: {filed.name}")
            return
    if found is not None and (found.place or found.province):
        zone = _generic_zone_headline(lead, found.place)
        place = city_proper(found.place) if zone else found.place  # a district's zone: its city's
        _set_place(tags, place, found.source, found.province, zone)
        if found.level and found.place is None:
            tags.set("admin_level", found.level, "self-reference (我市/全县)")
        if found.source != "body" or found.place is None:
            return
        tags.warnings.append(f"place inferred from the text: {found.place.name}")
        return
    if _publisher_place(header_text, lead, tags, found):
        return
    if found is not None and found.note:
        if found.level:
            tags.set("admin_level", found.level, "self-reference (我市/全县)")
        tags.warnings.append(f"no city: {found.note}")
        return
    tags.warnings.append("no city found in the title, issuer, text or page address")


_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|》|»|→|/|＞)\s*")


def _crumb_place(crumbs: list[str], level: str, province: str | None) -> gazetteer.Place | None:
    """The deepest section of a breadcrumb that opens with a place of `level` (in `province`,
    when it is known): X新闻 under 河南新闻."""
    for crumb in crumbs:
        for section in reversed(_CRUMB_SEPARATOR.split(crumb)):
            place = place_in_name(section.strip())
            if place is None or place.level != level:
                continue
            if province is None or place.province == province:
                return place
    return None


# the publisher a portal names over a text: 来源:X市高新区科技局, 来源:X日报
_PUBLISHER_FIELD = re.compile(r"来源\s*[:：]\s*([\u4e00-\u9fff]{2,24})")
# a byline that ends with a local medium (©原创 12-12 11:14 X市融媒体中心)
_MEDIA_LINE = re.compile(
    r"(?m)([\u4e00-\u9fff]{2,12}?(?:融媒体中心|日报社|日报|新闻网|广播电视台|电视台))\s*$"
)
# a headline whose subject is a zone of the kind only (高新区科技创新局获评…, 市高新区…报告)
_ZONE_HEADLINE = re.compile(
    r"^[^,，。\n]{0,12}?(?<![\u4e00-\u9fff])市?(高新区|经开区|开发区)(?![、和与及])"
)


def _generic_zone_headline(lead: str, place) -> str | None:
    """高新区科创局:科技赋能打造新高地 over a text of X市: a zone of the kind only heading the
    headline makes it X高新区's text (not a province's: its zones are many)."""
    generic = _ZONE_HEADLINE.match(lead.split("\n", 1)[0])
    if generic is None or place is None or place.level == "province":
        return None
    return name_stem(city_proper(place).name) + generic.group(1)


def _publisher_place(header_text: str, lead: str, tags: Tags, found) -> bool:
    """A text that names no place of its own takes its publisher's (a local paper or bureau
    named in the portal's 来源 field, or a local medium ending a byline); a zone the publisher
    names, or a zone of the kind only that heads the headline (高新区…获评…), makes it that
    zone's text."""
    m = _PUBLISHER_FIELD.search(header_text) or _MEDIA_LINE.search(header_text)
    if m is None or (found is not None and (found.place or found.province or found.zone)):
        return False
    from cityplans.scope import canonical_zone, is_generic_zone, zone_names  # scope needs tagging

    publisher = m.group(1)
    place = place_in_name(publisher)
    if place is None:
        return False
    zone = next(
        (
            canonical_zone(z)
            for _, _, z in zone_names(publisher, organs=True)
            if not is_generic_zone(z)
        ),
        None,
    )
    generic = zone is None and _generic_zone_headline(lead, place)
    if generic:  # 高新区…获评 over a district paper's page: its city's zone
        zone, place = generic, city_proper(place)
    _set_place(tags, place, "publisher (来源)", zone=zone)
    return True


def _most_specific(
    matches: list[gazetteer.PlaceMatch], context: str, tags: Tags
) -> gazetteer.Place | None:
    """Pick the most specific place consistent with the others named; None if ambiguous."""
    chosen: list[gazetteer.Place] = []
    for match in matches:
        cands = list(match.candidates)
        if len(cands) > 1:
            others = [p for m in matches if m is not match for p in m.candidates]
            inside = [c for c in cands if any(c.within(o) and o != c for o in others)]
            if not inside:
                inside = _inside_named(cands, context)
            if len(inside) != 1:
                tags.warnings.append(
                    f"ambiguous place name {match.name}: " + ", ".join(c.full_name for c in cands)
                )
                return None
            cands = inside
        chosen.append(cands[0])
    rank = {"province": 0, "prefecture": 1, "county": 2, "district": 2}
    return max(chosen, key=lambda p: rank[p.level])


def _inside_named(cands, context: str) -> list[gazetteer.Place]:
    """The candidates of a shared name (海州区) whose city or province the text names, by full
    name or stem (盐城新闻, 阜新市)."""
    from cityplans.locate import named_places

    named = named_places(context)
    return [c for c in cands if c.prefecture in named or c.province in named]


def _set_place(
    tags: Tags,
    place: gazetteer.Place | None,
    source: str,
    province: str | None = None,
    zone: str | None = None,
) -> None:
    """Record a jurisdiction; a province-level text has no city, a zone its own level."""
    if place is not None and place.level == "province" and not place.name.endswith("市"):
        province, place = place.province, None  # a province's own text names no city
    if place is not None:
        tags.set("city", place.name, source)
        tags.set("province", place.province, "gazetteer")
        tags.set("prefecture", place.prefecture, "gazetteer")
        tags.set("adcode", place.adcode, "gazetteer")
        tags.set("admin_level", "zone" if zone else place.level, "gazetteer")
    else:
        tags.set("province", province, source)
        tags.set("admin_level", "zone" if zone else ("province" if province else None), source)
        own = gazetteer.lookup(province) if province else ()
        if len(own) == 1 and not zone:
            tags.set("adcode", own[0].adcode, "gazetteer")
    tags.set("zone", zone, source)
