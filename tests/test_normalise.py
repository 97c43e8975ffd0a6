"""The normalised text, and the offset map from it back to the raw text."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityplans.normalise import digit_years, normalise, soft_wraps, to_halfwidth, to_simplified
from cityplans.numbers import find_quantities
from tests.conftest import PANJIN, SEED_FILES, raw_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("２０２１年研发投入增幅２０％", "2021年研发投入增幅20%"),
        ("（一）总体目标：到２０２５年", "(一)总体目标:到2025年"),
        ("ＲＡＤ　经费", "RAD 经费"),
        ("盤錦市人民政府辦公室", "盘锦市人民政府办公室"),
        # a variant OpenCC leaves as it is (陜, U+965C, for 陝): from the variants data
        ("陜西高新技術企業數量", "陕西高新技术企业数量"),
        ("全社會研究與開發(R&D)經費", "全社会研究与开发(R&D)经费"),
        ("  一、总体要求 \n\n\n  (一)指导思想", "一、总体要求\n(一)指导思想"),
        # a no-break space is a space: between words it folds to one, at a number it goes
        ("科技\xa0\xa0创新", "科技 创新"),
        ("达到\xa0\xa063家", "达到63家"),
        ("科技\u200b创新", "科技创新"),
        # runs of @ a copying site strews between words go; an address's one @ stays
        (
            "重庆@@市高新技术企业突破@@@@1万家@@。邮箱:kjj@163.com",
            "重庆市高新技术企业突破1万家。邮箱:kjj@163.com",
        ),
        # spaces a PDF copy puts at a number go; a space between words or numbers stays
        ("强度达 1.94 %,2022 年排在前 3 位", "强度达1.94%,2022年排在前3位"),
        ("R&D 经费 26.38 亿元", "R&D 经费26.38亿元"),
        ("1 745 家", "1 745家"),
        # pinyin a reposting site inserted, with tones or as whole syllables without them
        ("技術(shù)合同成交額達(dá)到", "技术合同成交额达到"),
        ("重(zhong)慶(qing)高新(xin)(xin)區規劃建(jian)設(she)", "重庆高新区规划建设"),
        # years in Chinese digits read as years; other Chinese numbers stay for the parser
        (
            "公布二○二六年目标,二〇〇八年、一九九七年和二00八年",
            "公布2026年目标,2008年、1997年和2008年",
        ),
        ("新增二十家,一二三四年级,二〇二五", "新增二十家,一二三四年级,二〇二五"),
        # …and so does one a PDF copy spaced (二 00 七年), its spaces gone
        ("記者獲悉,二 00 七年鄭州市高新技術產業", "记者获悉,2007年郑州市高新技术产业"),
        # English and list marks stay: no syllable (gdp), one letter (a), not pinyin (r&d)
        (
            "地区生产总值(gdp)比重,指标(a)与(b),(r&d)经费",
            "地区生产总值(gdp)比重,指标(a)与(b),(r&d)经费",
        ),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw).text.strip() == expected


def test_lengths_preserved_by_char_steps():
    raw = raw_of(PANJIN)
    assert len(to_simplified(raw)) == len(raw)
    assert len(to_halfwidth(raw)) == len(raw)
    assert len(digit_years("二○二六年,一九九七年")) == len("二○二六年,一九九七年")


def _check_span(raw: str, norm, start: int, end: int) -> None:
    """The raw span of a normalised span normalises to it. A line break the whole text joins
    as a wrap (…A\n5% : a number goes on with its unit) may stay in a slice that ends before
    the unit (…A\n5: a bare number at the end keeps its break), so breaks are compared apart."""
    a, b = norm.raw_span(start, end)
    alone = normalise(raw[a:b]).text
    if alone != norm.text[start:end]:
        assert _BREAKS.sub("", alone) == _BREAKS.sub("", norm.text[start:end])


_BREAKS = re.compile(r"[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*")


@pytest.mark.parametrize("doc", SEED_FILES)
def test_every_line_maps_back(doc):
    raw = raw_of(doc)
    norm = normalise(raw)
    pos = 0
    for line in norm.text.split("\n"):
        if line.strip():
            _check_span(raw, norm, pos, pos + len(line))
        pos += len(line) + 1


@pytest.mark.parametrize("doc", SEED_FILES)
def test_every_number_span_maps_back(doc):
    """Every digit run (what extraction will quote) maps to raw text that normalises to it."""
    raw = raw_of(doc)
    norm = normalise(raw)
    spans = [m.span() for m in re.finditer(r"\d+(?:\.\d+)?[%万亿元家件个项]*", norm.text)]
    assert spans
    for a, b in spans:
        ra, rb = norm.raw_span(a, b)
        assert normalise(raw[ra:rb]).text == norm.text[a:b]


def test_traditional_quote_points_into_raw():
    raw = raw_of(PANJIN)
    norm = normalise(raw)
    i = norm.text.index("高新技术企业总数达到140家")
    a, b = norm.raw_span(i, i + len("高新技术企业总数达到140家"))
    assert raw[a:b] == "高新技術企業總數達到140家"


_texts = st.text(
    alphabet=st.sampled_from(
        list("盤錦科技創新發展２０二一年 \n\u3000\xa0（）：，%.5A\u200b\ufeff")
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(_texts, st.data())
def test_random_spans_map_back(raw, data):
    norm = normalise(raw)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    _check_span(raw, norm, start, end)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)


def test_invisible_characters_are_read_around_and_spans_keep_them():
    raw = "到2025年,研\u200b发投入强度达到2.\u200b5%,高新技术企\ufeff业达到\n\u200b120家"
    norm = normalise(raw)
    assert norm.text == "到2025年,研发投入强度达到2.5%,高新技术企业达到120家"
    i = norm.text.index("研发投入强度达到2.5%")
    a, b = norm.raw_span(i, i + len("研发投入强度达到2.5%"))
    assert raw[a:b] == "研\u200b发投入强度达到2.\u200b5%"
    assert norm.aligned == "到2025年,研发投入强度达到2.5%,高新技术企业达到\n120家"
    assert norm.aligned_offsets is not None
    assert [raw[k] for k in norm.aligned_offsets] == list(norm.aligned)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a line that goes on with a number, a unit or a word no line starts with: joined
        ("经费投入总量达到\n3.2亿元、强度达到\n1.6%;", "经费投入总量达到3.2亿元、强度达到1.6%;"),
        ("技术合同交易额\n0.6\n亿元,增长\n20%以上;", "技术合同交易额0.6亿元,增长20%以上;"),
        ("同比增长17.\n4%;", "同比增长17.4%;"),
        # a bare number at the very end: what would follow is not known, the break stays
        ("A\n5", "A\n5"),
        ("经费投入总量达到\n3.2 亿元、强度达到\n1.6 %;", "经费投入总量达到3.2亿元、强度达到1.6%;"),
        ("全社会研发投入\n占比达2.95%", "全社会研发投入占比达2.95%"),
        # a heading, a list item, a date, a blank line: the break stays
        ("(二)主要目标\n2022年力争实现", "(二)主要目标\n2022年力争实现"),
        ("主要目标\n1.全社会研发投入", "主要目标\n1.全社会研发投入"),
        ("成果拍卖会现场 记者 摄\n16日,浙江官方公布", "成果拍卖会现场 记者 摄\n16日,浙江官方公布"),
        ("一、总体要求\n\n(一)指导思想", "一、总体要求\n(一)指导思想"),
        # a break inside a word after a line as long as wrapped lines are: a wrap, however few
        # lines show the width (but a headline's words never run into a labelled line)
        (
            "截至10月底,全市有效发明专利42673件;全市万人发明专利拥\n有量55.18件。",
            "截至10月底,全市有效发明专利42673件;全市万人发明专利拥有量55.18件。",
        ),
        (
            "西安技术合同成交额位列全国副省级城市第三-环球消息\n来源:西安发布",
            "西安技术合同成交额位列全国副省级城市第三-环球消息\n来源:西安发布",
        ),
        ("主要目标\n标志性成果", "主要目标\n标志性成果"),
    ],
)
def test_soft_line_breaks_are_joined(raw, expected):
    assert normalise(raw).text == expected


def test_a_text_wrapped_at_one_width_is_joined_back():
    """A PDF copy wrapped every 20 characters mid-word reads as one paragraph again."""
    para = (
        "2021年科技和产业创新步伐明显加快。全社会研发投入占比达2.95%、万人发明专利拥有量达41.2件、"
        "约为全国平均水平的2倍。高新技术企业累计超过3.7万家,新增国家专精特新小巨人企业172家。"
    )
    wrapped = "\n".join(para[i : i + 20] for i in range(0, len(para), 20))
    assert "\n" in wrapped and normalise(wrapped).text == para
    n = normalise(wrapped)
    at = n.text.index("3.7万家")
    start, end = n.raw_span(at, at + len("3.7万家"))
    assert wrapped[start:end].replace("\n", "") == "3.7万家"


def test_a_full_line_that_ends_a_sentence_has_its_paragraph_go_on():
    """A paragraph's last line is rarely full: after a full line ending with 。 the paragraph
    goes on (the year of the sentence before still holds); an item (一是…) opens its own."""
    para = (
        "2015年高新技术产业产值4.77万亿元,占规上工业总产值的比重达32.51%。全省高新技术企业达到3903家,"
        "创新型产业集群不断发展,青岛数字家电等5个集群产值已达千亿规模,"
        "全省技术合同成交额达到400亿元。"
    )
    lines = [para[i : i + 20] for i in range(0, len(para), 20)]
    assert lines[1].endswith("。")  # the full stop falls at the width
    assert normalise("\n".join(lines)).text == para
    item = "一是知识产权工作成效明显,专利申请量和授权量增幅均跃居全市第一。"
    items = [para[:40], item]  # the item after a full line that ends a sentence
    wrapped = "\n".join([*lines[:2], item, *lines[2:]])
    assert normalise(wrapped).text.startswith("\n".join(items))


def test_an_indented_paragraph_wrapped_at_one_width_is_joined_back():
    """Its first line holds the indent and fewer characters; it is a wrapped line all the same."""
    paras = [
        "科技创新综合实力进一步加强。2015年,全社会研究与试验发展经费支出占生产总值的比重达到2.27%,"
        "比上年提高0.1个百分点。",
        "企业创新主体地位更加突出。全省高新技术企业达到4500家,科技型中小企业入库1.2万家,"
        "技术合同成交额达到339.74亿元。",
    ]
    lines = []
    for para in paras:
        text = "    " + para  # an indented first line, wrapped at 24 characters with its indent
        lines += [text[i : i + 24] for i in range(0, len(text), 24)]
    assert normalise("\n".join(lines)).text.strip() == "\n".join(paras)


def test_a_full_stop_between_the_digits_of_a_number_before_its_unit_is_a_point():
    norm = normalise("每万人发明专利拥有量14 。08件,居全市前列。入库520。20家企业获评")
    assert "拥有量14.08件" in norm.text
    assert "入库520。20家" in norm.text  # a count that lost its unit, then the next sentence
    start = norm.text.index("14.08")
    assert norm.raw_span(start, start + 5) == (10, 16)  # 14 。08 in the raw text


def test_a_table_of_contents_sets_no_wrap_width():
    """Entries of a table of contents (…科技攻关 11) end with their page: however alike their
    lengths, they are no wrapped lines, and the title above them is not joined to its next line."""
    text = "\n".join(
        [
            "文档介绍:广西壮族自治区科学技术发展",
            "“十二五”规划",
            "二〇一一年八月",
            "目录",
            "(一)加强科技基础能力建设工作 8",
            "(二)加快千亿元产业科技攻关 11",
            "(三)积极培育发展战略性新兴产业 15",
            "(四)强化农业科技创新能力建设 19",
            "(五)加快推动现代服务业科技创新 23",
            "(六)建设高水平创新人才队伍 27",
            "(七)建立健全有利科技创新体制 30",
            "(八)深入实施知识产权战略部署 32",
            "为深入贯彻落实科学发展观,加快建设创新型省份,制定本规划。",
        ]
    )
    assert soft_wraps(text) == set()
    assert normalise(text).text.startswith("文档介绍:广西壮族自治区科学技术发展\n“十二五”规划\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("主要目标： 2025 年，达到 3.2 亿元", "主要目标:2025年,达到3.2亿元"),
        ("全年， 2021 年", "全年,2021年"),
        ("分别为12, 345家", "分别为12, 345家"),  # a list of numbers keeps its space
    ],
)
def test_a_space_after_full_width_punctuation_at_a_number_is_dropped(raw, expected):
    """，：； are ,:; by the time spaces at numbers are dropped: the space after one goes as it
    does after a Chinese character, unless a digit stands before the mark."""
    assert normalise(raw).text == expected


def test_headings_of_one_length_among_many_short_lines_set_no_wrap_width():
    """Four headings and a portal's menu line of 16 characters each, among list items and
    finished paragraphs, are no text wrapped at 16: no line is joined to the next (a width
    found among many short lines must be a page's, 20 characters or more)."""
    heads = [
        "一、发展基础与面临形势的分析研判",
        "二、总体要求和主要的发展目标设定",
        "三、重点任务和主要的工作举措安排",
        "四、保障措施和组织的实施工作要求",
        "首页 > 政务公开 > 通知公告",
    ]
    items = [f"({i})第{i}项工作" for i in range(1, 25)]
    para = "全市科技创新工作取得明显成效,高新技术企业达到120家,技术合同成交额达到19.42亿元。"
    lines = [heads[4], heads[0], *items[:8], para, para, heads[1], *items[8:16], para, para]
    lines += [heads[2], *items[16:], para, para, heads[3]]
    assert soft_wraps("\n".join(lines)) == set()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("全市高新技 术企业达到120家", "全市高新技术企业达到120家"),
        ("高新技术产业总产 值达到100亿元", "高新技术产业总产值达到100亿元"),
        ("郁南 县", "郁南县"),
        # a space between words stays: a headline's two parts, a name after a count
        ("百强榜单发布 宜昌高新区位列全国第89位", "百强榜单发布 宜昌高新区位列全国第89位"),
        ("新增高新技术企业147家 市科技局党组书记", "新增高新技术企业147家 市科技局党组书记"),
        ("科技创新 成为产业升级", "科技创新 成为产业升级"),
    ],
)
def test_a_space_inside_a_word_goes_and_one_between_words_stays(raw, expected):
    """A PDF copy puts spaces inside words (高新技 术企业): one between two Chinese characters
    goes when the tokenizer finds a word across it, and stays where it parts two words."""
    assert normalise(raw).text == expected


def test_in_a_text_spaced_throughout_every_space_in_running_text_goes():
    """A PDF copy spaces words and phrases alike: once its spaces inside words show the
    damage, those between words in its running text go too; a headline keeps its own."""
    head = "百强榜单发布 宜昌高新区位列全国第89位"
    body = (
        "2022年,全市高新技 术企业达到1200家,技术合同 成交额达到19.42亿元,"
        "高新技术产业总产 值达到100亿元,研发投入 强度达到2.1%,全市 每万人发明专利拥有量"
        "达到12.5件,科技型中小企业 评价入库2300家。"
    )
    norm = normalise(head + "\n" + body).text
    assert norm == head + "\n" + body.replace(" ", "")
    # the same spaces between words alone, without the damage: they stay
    alone = "2022年,全市科技工作成效显著 技术合同成交额达到19.42亿元,研发投入强度达到2.1%。"
    assert normalise(alone).text == alone


def test_a_number_s_decimals_on_the_next_line_join_it():
    """A PDF copy may break a line inside a number, before its decimal point (达到3\n.2亿元)."""
    assert normalise("全市研发经费投入达到3\n.2亿元。").text == "全市研发经费投入达到3.2亿元。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # inside a sentence: the page's number goes and the sentence runs on
        ("企业数量达到\n— 3 —\n1200家。", "企业数量达到1200家。"),
        ("企业数量达到\n第3页 共12页\n1200家。", "企业数量达到1200家。"),
        # after a finished paragraph: the number goes, the paragraph's end stays
        ("取得明显成效。\n- 12 -\n二、主要目标", "取得明显成效。\n二、主要目标"),
        # a bare number on its own line may be a table's cell: it stays
        ("高新技术企业(家)\n1200\n1350", "高新技术企业(家)\n1200\n1350"),
    ],
)
def test_a_page_number_line_of_a_pdf_copy_goes(raw, expected):
    """A copy of a PDF keeps each page's number on a line of its own (— 3 —, 第3页 共12页),
    often inside a sentence the page break cut."""
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("比一九九一年增加0点八七个百分点", [Decimal("0.87")]),  # 〇 typed as a digit
        ("二00八年全国研发经费投入强度为一点五二%", [Decimal("1.52")]),
        ("提高0.8个百分点,增长10点", [Decimal("0.8"), Decimal("10")]),  # digits stay digits
    ],
)
def test_a_zero_typed_as_a_digit_inside_chinese_numerals_is_read_as_its_numeral(text, values):
    """二0一五年, 0点八七: a copy that typed 〇 as the digit 0 still reads the number whole,
    and the offsets stay one to one (the same length)."""
    norm = normalise(text)
    assert len(norm.text) == len(text)
    got = [q.value for q in find_quantities(norm.text) if q.value < 1900]
    assert got == values


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("由“十一五 ”期末0.56件", "由“十一五”期末0.56件"),
        ("实施“ 双倍增”行动", "实施“双倍增”行动"),
        ("“十四五”规划 主要目标", "“十四五”规划 主要目标"),  # a space outside the quotes stays
    ],
)
def test_spaces_inside_quotation_marks_at_the_quoted_word_go(raw, expected):
    assert normalise(raw).text == expected
