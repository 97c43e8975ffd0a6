"""Build the analysis text from the raw text, with a map of every character back to the raw.

Invisible characters (zero-width spaces and joiners, a byte-order mark inside the text) are
taken out first, so no rule sees them. Then, in order: traditional -> simplified (OpenCC t2s),
corner quotes -> the quotes simplified text uses (「」 -> “”) and look-alike dashes -> the dash
meant, full-width forms and no-break spaces -> ASCII, years in Chinese digits -> Arabic digits
(二○二六年 -> 2026年), Windows and old Mac line ends -> one line break each; then white-space
runs folded to one space (or one newline when the run holds a line break), line breaks that
only wrap a line joined (PDF copies), a PDF copy's page numbers and the spaces it puts at
numbers, inside words and inside years (强度达 1.94 %, 高新技 术, 二 00 七年) dropped, pinyin
annotations that reposting sites insert (技術(shù), 重(zhong)慶) and runs of @ strewn between words
(重庆@@市) dropped. The first steps keep the length (their result is `Normalised.aligned`, where
a page's number between two table rows is blanked); folding and dropping move offsets, and the
map records where.
"""

from __future__ import annotations

import operator
import re
from array import array
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import numpy as np

from cityplans.chrome import fill_spans
from cityplans.resources import load_yaml

# U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E; U+3000 is the ideographic space.
# (and the no-break space of web pages, U+00A0, is a plain space too)
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}
# Pinyin that a reposting site inserted after characters (技術(shù), 達(dá)到): dropped from the
# analysis text, kept in the raw. A tone mark or ü says it is pinyin, not an English aside.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# (the parenthesis is matched first and the character before it looked back at: a pattern that
# opens with a look-behind is tried at every position of a text, one that opens with "(" is not)
# Some sites write it without tones (重(zhong)庆, 高新(xin)(xin)): then it must be one whole
# syllable of two letters or more (not a list mark such as (a)).
_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|ve|er|a|o|e|i|u|v)"
)
_AFTER_PAREN = (
    rf"(?<=[\u4e00-\u9fff)]\()"
    rf"(?:(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,7}}|(?=[a-z]{{2,6}}\)){_SYLLABLE})\)"
)
_PINYIN = re.compile(rf"\({_AFTER_PAREN}")
# Characters a web page or a word processor leaves that show nothing: zero-width space, non-joiner,
# joiner, word joiner, and a byte-order mark inside the text (one every few characters defeats
# any rule that reads two characters side by side: 研\u200b发投入)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_INVISIBLE_POINTS = np.array([ord(c) for c in _INVISIBLE], dtype=np.uint32)
# What normalising changes, for the offset map: runs of two or more white-space characters,
# one white-space character other than a space or a line break (a tab, \r), pinyin, and runs
# of two or more @ that a copying site strews between words (重庆@@市高新技术企业, 超过@@@@7110家:
# no address or handle has two in a row). A lone space or line break stays as it is, so it needs
# no entry. (Each alternative takes its first character in one class and looks back at it, so
# the engine skips to those characters instead of trying the alternatives at every position.)
_CHANGED = re.compile(rf"[\s(@](?:(?<=\s)\s+|(?<=[^\S \n])|(?<=@)@+|{_AFTER_PAREN})")
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e\u3000\u00a0]+")
# Spaces a PDF copy puts between a number and the words around it (强度达 1.94 %, 2022 年,
# 前 3 位, 目标： 2025 年): dropped, so the number reads as in running text. Only spaces: a tab
# may part the cells of a table row. (This runs on the half-width text, where ，：； are
# already ,:;: after one of those the space goes, unless three digits follow, as a thousands
# group may: 12, 345.)
_CJK = r"\u4e00-\u9fff"
_SPACE_AT_NUMBER = re.compile(
    rf" (?:(?<=[{_CJK}“”、。][ ])[ ]*(?=\d)|(?<=[,:;][ ])[ ]*(?=\d)(?!\d{{3}}(?!\d))"
    rf"|(?<=\d[ ])[ ]*(?=[{_CJK}%‰]|\.\d))"
)

# Spaces a copy put inside quotation marks, at the quoted word (“十一五 ”期末, “ 双倍增”): no
# part of the name
_SPACE_IN_QUOTES = re.compile(rf"(?<=[{_CJK}])[ ]+(?=”)|(?<=“)[ ]+(?=[{_CJK}])")


@dataclass(frozen=True)
class Normalised:
    """The normalised text and, per character, its [start, end) in the raw text."""

    text: str
    starts: array
    ends: array
    converted_chars: int  # characters OpenCC changed (traditional -> simplified)
    cjk_chars: int
    # the raw text after the steps that keep its length (simplified, plain quotes, half-width,
    # digit years, decimal stops, one kind of line end, a copy's page-number lines blanked):
    # read where raw offsets must hold, as by the table readers
    aligned: str = ""
    # the raw offset of each character of `aligned` when the raw text held invisible
    # characters (taken out of `aligned` too); None when `aligned` is at the raw offsets
    aligned_offsets: array | None = None

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the raw text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self._raw_len()
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def _raw_len(self) -> int:
        return self.ends[-1] if len(self.ends) else 0


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _variants() -> dict[str, str]:
    """Variant characters OpenCC leaves (陜 for 陝) and the characters meant."""
    return load_yaml("variant_chars.yaml")["variants"]


def plain_punctuation(text: str) -> str:
    """Punctuation the rules read in another form (「十四五」 -> “十四五”), from data; the same
    length."""
    for form, meant in load_yaml("variant_chars.yaml")["punctuation"].items():
        if form in text:
            text = text.replace(form, meant)
    return text


def to_simplified(text: str) -> str:
    """Traditional -> simplified with OpenCC (and the variants it leaves, from data),
    guaranteed to keep the length of `text`."""
    out = _to_simplified(text)
    for variant, meant in _variants().items():
        if variant in out:  # a substring search, far cheaper than translating every text
            out = out.replace(variant, meant)
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with any lone surrogate (a text broken in memory; no file decodes to one) as
    U+FFFD: neither OpenCC nor a UTF-8 table can take one, and the offsets stay."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _to_simplified(text: str) -> str:
    converter = _t2s()
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    # Phrase rules changed a length somewhere: convert line by line, char by char where needed.
    parts = []
    for line in text.splitlines(keepends=True):
        conv = converter.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c) == 1 else ch for ch in line for c in [converter.convert(ch)])
        parts.append(conv)
    return "".join(parts)


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters, punctuation, the ideographic space and the no-break space
    -> ASCII.

    Only the runs of full-width characters are translated: str.translate looks up every
    character of a text, and a plan is mostly Chinese characters it leaves alone."""
    return _FULL_WIDTH.sub(lambda m: m.group().translate(_WIDTH), text)


# A year written in Chinese digits (二○二六年, 二〇〇八年, 一九九七年; 二00八年 mixes them, and a
# PDF copy may space them: 二 00 七年): the analysis text writes it in Arabic digits, as every
# rule reads years, one digit per character (the spaces go, as others at numbers do).
_HAN_YEAR = re.compile(r"(?:一 ?九|二 ?[〇○零0O])(?: ?[〇○零一二三四五六七八九0O]){2}(?=\s*年)")
_HAN_DIGITS = str.maketrans("〇○零0O一二三四五六七八九", "00000123456789")


def digit_years(text: str) -> str:
    """Years written in Chinese digits -> Arabic digits (the same length)."""
    return _digit_years(text)[0]


def _digit_years(text: str) -> tuple[str, set[tuple[int, int]]]:
    """digit_years(text), and the spaces inside those years (二 00 七年), which normalising
    drops: one pass over the text."""
    spaces: set[tuple[int, int]] = set()

    def digits(m: re.Match[str]) -> str:
        spaces.update((m.start() + i, m.start() + i + 1) for i, ch in enumerate(m[0]) if ch == " ")
        return m[0].translate(_HAN_DIGITS)

    return _HAN_YEAR.sub(digits, text), spaces


# A decimal point a damaged copy prints as a spaced full stop inside a number before its unit
# (每万人发明专利拥有量14 。08件): read as the point it is (not 入库520。20家企业…, a count that
# lost its unit and the next sentence)
_STOP_IN_NUMBER = re.compile(r"(?<=\d)([ ]+)。(?=[ ]*\d+[ ]*(?:件|家|户|个|项|%|亿|万|元|人))")


def decimal_stops(text: str) -> str:
    """A spaced full stop between the digits of a number before its unit -> a point (the same
    length)."""
    return _STOP_IN_NUMBER.sub(lambda m: m.group(1) + ".", text)


# A zero typed as a digit inside a number written in Chinese numerals (二0一五年, 0点八七个百分点,
# 一九九0年): the 〇 it stands for, so the number reads whole
_CN_DIGITS = "〇零一二三四五六七八九"
_ZERO_IN_CHINESE = re.compile(
    rf"(?<=[{_CN_DIGITS}])0+(?=[{_CN_DIGITS}十百千万亿年点])|(?<![\d.])0(?=点[{_CN_DIGITS}])"
)


def chinese_zeros(text: str) -> str:
    """Each digit 0 inside a number of Chinese numerals -> 〇 (the same length)."""
    return _ZERO_IN_CHINESE.sub(lambda m: "〇" * len(m.group()), text)


def cjk_count(text: str) -> int:
    """How many characters of `text` are CJK unified ideographs (U+4E00..U+9FFF), counted
    over its code points as one array rather than by a regex that copies the text."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(np.count_nonzero(points - 0x4E00 <= 0x9FFF - 0x4E00))  # below wraps around


def normalise(raw: str, page_numbers: bool = True) -> Normalised:
    """Normalise `raw` for analysis and keep the offset map back to it. `page_numbers`: drop
    the page-number lines a copy of a PDF keeps (not when a loader read the pages itself and
    flagged them)."""
    if _INVISIBLE_CHAR.search(raw) is None:
        return _normalise(raw, page_numbers)
    # read the text without its invisible characters, then map every offset past them
    points = np.frombuffer(raw.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    visible = np.flatnonzero(~np.isin(points, _INVISIBLE_POINTS)).astype(np.int32)
    norm = _normalise(_INVISIBLE_CHAR.sub("", raw), page_numbers)
    starts = np.frombuffer(norm.starts, dtype=np.dtype("i"))
    ends = np.frombuffer(norm.ends, dtype=np.dtype("i"))
    return replace(
        norm,
        starts=_int_array(visible[starts]),
        ends=_int_array(visible[ends - 1] + 1),
        aligned_offsets=_int_array(visible),
    )


def _normalise(raw: str, page_numbers: bool) -> Normalised:
    simplified = to_simplified(raw)
    converted = 0 if simplified == raw else sum(map(operator.ne, raw, simplified))
    cjk = cjk_count(simplified)
    # the same length as `raw`; \r\n and \r as \n, so every step sees one kind of line end
    years, year_spaces = _digit_years(to_halfwidth(plain_punctuation(simplified)))
    half = _unix_lines(chinese_zeros(decimal_stops(years)))
    pieces: list[str] = []
    kept = np.ones(len(half), dtype=np.bool_)  # characters of `half` that stay
    runs: list[tuple[int, int]] = []  # white-space runs folded to their first character
    pos = 0
    changes = [m.span() for m in _CHANGED.finditer(half)]
    tight = {m.span() for m in _SPACE_AT_NUMBER.finditer(half)} | spaces_in_words(half)
    tight |= year_spaces | {m.span() for m in _SPACE_IN_QUOTES.finditer(half)}
    if tight:  # a lone space is no change of its own; one at a number is
        changes = sorted(set(changes) | tight)
    soft = soft_wraps(half)
    if soft:  # a lone line break is no change of its own; a soft one is
        changed, starts = set(changes), {a for a, _ in changes}
        soft = {(a, b) for a, b in soft if (a, b) in changed or (b - a == 1 and a not in starts)}
        changes = sorted(changed | soft)
    furniture = page_number_lines(half) if page_numbers else set()
    if furniture:  # a page's number between two lines: it goes, with the break it opens
        changes = sorted({c for c in changes if not _overlaps(c, furniture)} | furniture)
    for a, b in changes:
        if a > pos:
            pieces.append(half[pos:a])
        run = half[a:b]
        if (a, b) in soft or (a, b) in tight or (a, b) in furniture or run[0] in "(@":
            kept[a:b] = False  # a soft wrap, a space at a number, pinyin, strewn @: dropped
        else:
            pieces.append("\n" if ("\n" in run or "\r" in run) else " ")
            kept[a + 1 : b] = False
            if b - a > 1:
                runs.append((a, b))
        pos = b
    if pos < len(half):
        pieces.append(half[pos:])
    starts, ends = _offset_map(kept, runs)
    # a page's number and the break before it as spaces: a table split by it reads as one
    aligned = fill_spans(half, furniture, lambda seg: " " * len(seg)) if furniture else half
    return Normalised("".join(pieces), starts, ends, converted, cjk, aligned)


# One space between two Chinese characters: a PDF copy's damage when it falls inside a word
# (高新技 术企业, 总产 值), a separator when it falls between words (…榜单发布 宜昌高新区…)
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_HAN_CHAR = re.compile(rf"[{_CJK}]")
WORD_WINDOW = 4  # characters on each side the tokenizer reads to see the words at the space


def spaces_in_words(text: str) -> set[tuple[int, int]]:
    """The (start, end) of each single space between two Chinese characters that the words
    around it run across once it is gone: the tokenizer finds a word spanning the join. In a
    text that shows that damage throughout (a PDF copy), every such space inside a line of
    running text goes: the damage falls between words as often as inside them."""
    out, between = set(), set()
    for m in _SPACE_BETWEEN_HAN.finditer(text):
        a = m.start()
        left = text[max(0, a - WORD_WINDOW) : a]
        right = text[a + 1 : a + 1 + WORD_WINDOW]
        if _spans_join(left + right, len(left)):
            out.add((a, a + 1))
        else:
            between.add((a, a + 1))
    if len(out) >= SPACED_WORDS_MIN and len(out) >= SPACED_WORDS_SHARE * (len(out) + len(between)):
        out |= {(a, b) for a, b in between if _in_running_text(text, a)}
    return out


SPACED_WORDS_MIN = 3  # spaces inside words that show a text is spaced throughout…
SPACED_WORDS_SHARE = 0.3  # …when they are this share of its spaces between Chinese characters


def _line_at(text: str, at: int) -> str:
    """The line of `text` that holds offset `at` (without its line break)."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end != -1 else len(text)]


def _in_running_text(text: str, at: int) -> bool:
    """Whether `at` lies in a line long enough to be running text (not a headline or menu,
    whose spaces part phrases: 榜单发布 宜昌高新区)."""
    line = _line_at(text, at)
    return len(line) >= RUNNING_LINE_MIN and line.count(" ") * 8 < len(line)


RUNNING_LINE_MIN = 40  # a headline or a menu is shorter


@lru_cache(maxsize=4096)
def _spans_join(window: str, join: int) -> bool:
    from cityplans.tokens import tokenizer

    return any(s < join < e for _, s, e in tokenizer().tokenize(window, HMM=False))


# A line that is only a page's number, as a copy of a PDF keeps it (— 3 —, - 12 -, 第3页,
# 第3页 共12页): decorated, since a bare number on its own line may be a table's cell
_PAGE_NUMBER_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-—–－]+[ \t]*\d{1,4}[ \t]*[-—–－]+"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t]*$"
)


def page_number_lines(text: str) -> set[tuple[int, int]]:
    """The span to drop for each page-number line inside the text: the line and the break
    before it. The break after it is then judged as a wrap of the line before the number
    (…达到 / — 3 — / 1200家 on three lines reads 达到1200家; …成效。 / - 12 - / 二、 keeps its
    paragraph's end)."""
    out = set()
    for m in _PAGE_NUMBER_LINE.finditer(text):
        a, b = m.span()
        if a > 0 and b < len(text) and text[a - 1] == "\n" and text[b] == "\n":
            out.add((a - 1, b))
    return out


def _overlaps(span: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _unix_lines(text: str) -> str:
    """`text` with Windows and old Mac line ends as one line break each, the same length: the
    CR of CR LF as a space before it, a lone CR as LF (a table's rows end as they do on Unix)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


# A line break that only wraps a line, copied from a PDF or a fixed-width page: the analysis
# text joins the lines. A break is soft when the next line goes on with a number (达到\n3.2亿元),
# a unit after a number (0.6\n亿元) or a word no sentence or heading starts with (\n占比达…), or
# when the text is wrapped at one width and the line before is full and not finished.
# one line break; a blank line ends a paragraph (written to open with one class, \s, so the
# engine skips to white space: [^\S\n]*\n[^\S\n]*)
_BREAK = re.compile(r"\s(?:(?<=\n)|(?<=[^\S\n])[^\S\n]*\n)[^\S\n]*")
# a quantity (3.2亿元, 1.6%, 20%以上) or a bare number ending the line (not the text: what follows
# is not known); not a date (16日, 2019年)
_OPENS_NUMBER = re.compile(
    r"\d[\d.,]*(?: ?(?:%|亿|万|千|元|家|件|个|项|户|人|名|倍)|[^\S\n]*(?=\n)|[,，;；、])"
)
_OPENS_UNIT = re.compile(r"(?:%|亿|万|千|元|家|件|个|项|户|人|名|倍|个百分点)")
_OPENS_DECIMALS = re.compile(r"\.\d")  # 达到3\n.2亿元: a number's decimals on the next line
_OPENS_CONTINUATION = re.compile(r"(?:占比|占|达到|同比|以上|左右|增长\d|比上年|较上年)")
_FINISHED_MARKS = tuple("。!?;:！？；：”」』)）|")  # a line ending with one is finished
# …unless it is a full line of a wrapped text and the quote or bracket closes inside a sentence
# (由“十一五”\n末的0.7件, 研究与开发(R&D)\n经费), or a semicolon parts two of its clauses
# (居全省第4位;\n较上年增长26.9%; a list's next item opens with its mark and stays apart)
_CLOSED_MID_SENTENCE = re.compile(r"[^。!?;:！？；：\s][”」』)）]$")
_CLAUSE_MARK_END = re.compile(r"[;；]$")
# …or it ends a sentence: a paragraph's last line is rarely full, so a full line that ends with
# a full stop has the paragraph go on below it (…提高6.4个百分点。\n全省高新技术企业达到3903家:
# the year of the sentence before still holds)
_ENDS_SENTENCE = re.compile(r"[。!?！？]$")
_MARKER = re.compile(
    r"[(（]?[一二三四五六七八九十\d]{1,3}(?:[)）、]|[.．](?!\d))|第[一二三四五六七八九十]+[章节条]"
    r"|[●■◆•·—-]|[一二三四五六七八九十]是"  # 一是…, 二是…: a report's items
)
# an entry of a table of contents: its page number after a space or dot leaders (发展目标 6,
# 主要任务……8)
_CONTENTS_ENTRY = re.compile(r"(?:\s|[.…·]{2,})\d{1,3}$")
# a line that gives a label and its value (发布时间:2023年02月25日, 政策文号:…) or a portal's
# path (首页 > 政务公开 > 通知公告): a page's furniture, however alike their lengths
_LABELLED_LINE = re.compile(r"^\s*[^\s:：,，。]{1,6}[:：]|\s>\s")
WRAP_MIN_LINES = 4  # a text wrapped at one width shows it over several unfinished lines
WRAP_SHARE = 0.3  # … at least this share of its lines at the width
WRAP_MIN_WIDTH = 16  # titles and menus are shorter than a wrapped line of running text
WRAP_PAGE_WIDTH = 20  # a page or PDF column holds more characters than this


def soft_wraps(text: str) -> set[tuple[int, int]]:
    """The (start, end) of each line break in `text` (with the spaces around it) that wraps a
    line rather than ending it."""
    out = set()
    width = _wrap_width(text)
    for m in _BREAK.finditer(text):
        a, b = m.span()
        if a == 0 or b >= len(text):
            continue
        line_start, line_end = text.rfind("\n", 0, a) + 1, a
        if line_start > 0 and _PAGE_NUMBER_LINE.match(text, line_start):
            line_end = line_start - 1  # after a page's number: the break is judged as a wrap
            line_start = text.rfind("\n", 0, line_end) + 1  # of the line before the number
        before = text[line_start:line_end]
        full = width and len(before.rstrip()) >= width - 1 and "|" not in before
        if not before or _MARKER.match(text, b):
            continue
        mid_sentence = _CLOSED_MID_SENTENCE.search(before) or _CLAUSE_MARK_END.search(before)
        goes_on = mid_sentence or _ENDS_SENTENCE.search(before)
        if before.endswith(_FINISHED_MARKS) and not (full and goes_on):
            continue
        prev = before[-1]
        if (
            (_OPENS_NUMBER.match(text, b) and not prev.isdigit())
            or (prev.isdigit() and (_OPENS_UNIT.match(text, b) or _OPENS_DECIMALS.match(text, b)))
            or _OPENS_CONTINUATION.match(text, b)
            or full
            or _wraps_a_word(text, before, b)
        ):
            out.add((a, b))
    return out


def _wraps_a_word(text: str, before: str, b: int) -> bool:
    """A break that falls inside a word (全市万人发明专利拥 / 有量55.18件 on two lines) after a
    line as long as wrapped lines are, the next line opening at `b`: it wraps the line, whatever
    width the text is wrapped at (a short text has too few lines to show one). Headings and
    titles are shorter, or end a word."""
    if len(before.strip()) < WRAP_MIN_WIDTH or not _HAN_CHAR.match(before[-1]):
        return False
    if b >= len(text) or not _HAN_CHAR.match(text[b]):
        return False
    if _LABELLED_LINE.search(_line_at(text, b)):
        return False  # …环球消息 / 来源:西安发布: a page's labelled line, however the words run
    left = before[-WORD_WINDOW:]
    return _spans_join(left + text[b : b + WORD_WINDOW], len(left))


def _wrap_width(text: str) -> int | None:
    """The width a text is wrapped at: the line length that many lines have while they stop
    mid-sentence; else None."""
    # a paragraph's first line is indented: its width counts the indent
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    # (headings, list items and table cells are shorter than a wrapped line, however many;
    # entries of a table of contents end with their page; a page's labelled lines are no prose)
    open_lengths = [
        len(line)
        for line in lines
        if len(line) >= WRAP_MIN_WIDTH
        and (not line.endswith(_FINISHED_MARKS) or _CLOSED_MID_SENTENCE.search(line))
        and not _CONTENTS_ENTRY.search(line)
        and not _LABELLED_LINE.search(line)
    ]
    if len(open_lengths) < WRAP_MIN_LINES:
        return None
    width = max(set(open_lengths), key=lambda n: sum(abs(x - n) <= 1 for x in open_lengths))
    near = sum(abs(x - width) <= 1 for x in open_lengths)
    if width < WRAP_MIN_WIDTH or near < WRAP_MIN_LINES:
        return None
    if near >= WRAP_SHARE * len(lines):
        return width
    # among many short lines (headings, list items, table cells, a portal's menus) a width
    # long enough to be a page's is evidence enough when the lines long enough to be wrapped
    # are mostly at it
    wrappable = sum(len(line) >= WRAP_MIN_WIDTH for line in lines)
    if width < WRAP_PAGE_WIDTH or near < WRAP_SHARE * wrappable:
        return None
    return width


def _offset_map(kept: np.ndarray, runs: list[tuple[int, int]]) -> tuple[array, array]:
    """Per character of the normalised text, its [start, end) in the raw text: a kept
    character covers itself, a folded run all of the run. Built in numpy, as one pass in
    Python per character costs more than the rest of normalising."""
    starts = np.flatnonzero(kept).astype(np.int32)
    ends = starts + 1
    if runs:
        spans = np.array(runs, dtype=np.int32)
        ends[np.searchsorted(starts, spans[:, 0])] = spans[:, 1]
    return _int_array(starts), _int_array(ends)


def _int_array(values: np.ndarray) -> array:
    out = array("i")
    out.frombytes(values.astype(np.dtype("i"), copy=False).tobytes())
    return out
