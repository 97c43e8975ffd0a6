"""Web chrome and spam are flagged as non-body, kept in the text, and excluded from analysis."""

from __future__ import annotations

import pytest

from cityplans.chrome import classify_line, find_nonbody
from tests.conftest import BAZHOU, DINGXI, PANJIN, ZHENGZHOU, ZHUMADIAN

# (document, a line or fragment from it, expected non-body kind)
FLAGGED = [
    (PANJIN, "国产免费无码一区二区三区", "spam"),
    (PANJIN, "发布时间:2019-11-13", "portal_metadata"),
    (ZHENGZHOU, "• 发布机构:郑州市科学技术局", "portal_metadata"),
    (ZHENGZHOU, "• 废止日期", "portal_metadata"),
    # as the analysis text reads it: the page's spaces at the number are normalised away
    (ZHENGZHOU, "留言与评论(共有0条评论)", "comment_box"),
    (ZHENGZHOU, "验证码:", "comment_box"),
    (ZHENGZHOU, '<?xml:namespace prefix="st1"?>', "markup"),
    (BAZHOU, "您的位置:首页 >政务公开>霸州市规范性文件>详细内容", "breadcrumb"),
    (BAZHOU, "【打印正文】 【关闭正文】 【返回顶部】", "page_controls"),
    (ZHUMADIAN, "责编:陶纪燕 | 审核:李震 | 总监:万军伟", "editor_line"),
    (ZHUMADIAN, "版权声明:本文内容由互联网用户自发贡献", "copyright"),
    (DINGXI, "| 责任编辑:马洁 |", "editor_line"),
    (DINGXI, "| [ 打印本页 | 关闭窗口 ] |", "page_controls"),
    (DINGXI, "| 分享到: |", "page_controls"),
]


@pytest.mark.parametrize(("doc", "fragment", "kind"), FLAGGED)
def test_chrome_is_flagged_and_kept(corpus, doc, fragment, kind):
    d = corpus.get(doc)
    hits = [n for n in d.nonbody if fragment in d.text[n.start : n.end] or fragment in n.text]
    assert hits, f"{fragment!r} not flagged in {doc}"
    assert hits[0].kind == kind
    assert fragment not in d.analysis_text  # excluded from analysis
    a, b = d.raw_span(hits[0].start, hits[0].end)
    assert b > a  # still there in the raw text


@pytest.mark.parametrize(
    ("doc", "body_line"),
    [
        (PANJIN, "二、重點工作任務"),
        (ZHENGZHOU, "3.全市每万人发明专利拥有量达到6.8件,同比增长20%以上。"),
        (BAZHOU, "2020年我市高新技术企业数量达到63家以上"),
        (DINGXI, "2020年底,高新技术企业总数达到38家"),
        (ZHUMADIAN, "2021年认定国家高新技术企业20家"),
    ],
)
def test_body_is_not_flagged(corpus, doc, body_line):
    from cityplans.normalise import to_simplified

    assert to_simplified(body_line) in corpus.get(doc).analysis_text


@pytest.mark.parametrize(
    "line",
    [
        "一、总体要求",
        "(二)强化资金保障。市政府设立发展高新技术产业科技专项资金",
        "发布机构改革方案的通知要求各单位",  # 发布机构 not followed by a colon: body text
        "来源于企业的研发投入达到10亿元",
        "欧美国家的创新体系",  # one spam word is not spam
        "中小企业",  # the sizes of a font control are words too
        "大 中 小",
    ],
)
def test_ordinary_lines_are_body(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    ["字号:[ 大 中 小 ] 打印本页 关闭窗口", "【字体:大 中 小】【打印】【关闭】", "打印"],
)
def test_a_line_of_page_controls_only_is_chrome(line):
    """A portal's row of controls (font size, print, close) is no headline of the text."""
    assert classify_line(line) == "page_controls"


def test_a_row_of_page_controls_above_a_zone_news_item_leaves_it_the_zone_s():
    """With the portal's menu and controls above its headline, a zone's news item is still the
    zone's own text (宜昌高新区, admin_level zone), as it is without them."""
    from tests.test_generalise import _tags

    text = (
        "2023园区高质量发展百强榜单发布 宜昌高新区位列全国第89位\n2023-07-12 10:20:07 九派新闻\n"
        "近日,赛迪顾问发布2023园区高质量发展百强榜单,宜昌高新区上榜。2022年,宜昌高新区高新技术"
        "企业达到420家。\n"
    )
    expected = {"city": "宜昌市", "admin_level": "zone", "zone": "宜昌高新区"}
    for page in (text, "首页 > 新闻中心 > 园区动态\n字号:[ 大 中 小 ] 打印本页 关闭窗口\n" + text):
        tags = _tags(page)
        assert {k: tags[k] for k in expected} == expected


def test_analysis_text_keeps_offsets(corpus):
    for d in corpus.docs:
        assert len(d.analysis_text) == len(d.text)


@pytest.mark.parametrize(
    "line",
    [
        # a government disclosure table copied with its pipes: its dates are the page's
        "信息索引号 | 01404053X/2020-00514 | 生成日期 | 2020-03-05 | 公开日期 | 2020-03-05 |",
        "文件编号 | 公开时限 | 长期公开 | 发布机构 | 江阴市科学技术局 | |",
        "有效期 | 长期 | 公开程序 | 部门编制,经办公室审核后公开 | 体裁 | 其他 |",
    ],
)
def test_a_disclosure_table_row_is_portal_metadata(line):
    assert classify_line(line) == "portal_metadata"


def test_a_table_row_of_figures_is_body():
    row = "| 指标 | 2020年 | 2025年 | 属性 |"
    assert classify_line(row) is None
    assert classify_line("| 发布机构 | 2020年 | 达到12家 |") is None  # one label is no table head


def test_a_breadcrumb_copied_from_a_numbered_list_is_chrome():
    """1. 协会 / 2. / / 3. 新闻中心 …: a portal's path copied one item per line, its separators
    items of their own; a numbered list of the text's own (no separator items) stays body."""
    menu = "1. 云南省工业园区协会\n2. /\n3. 新闻中心\n4. /\n5. 园区动态\n"
    body = "临沧工业园区抓高企培育\n1. 高新技术企业达到21户。\n2. 高新技术产业产值16.07亿元。\n"
    found = find_nonbody(menu + body)
    assert [(n.kind, n.text) for n in found] == [
        ("breadcrumb", "1. 云南省工业园区协会"),
        ("breadcrumb", "2. /"),
        ("breadcrumb", "3. 新闻中心"),
        ("breadcrumb", "4. /"),
        ("breadcrumb", "5. 园区动态"),
    ]
    assert find_nonbody(body) == []
