"""Numbered sections, and the unnumbered chapter lines of a yearly report above them."""

from cityplans.segment import enclosing, segment


def test_chapter_lines_hold_the_numbered_sections_below_them():
    text = (
        "2019年某市政府工作报告\n2018年工作回顾\n一、创新驱动\n高新技术企业达到860家。\n"
        "2019年工作安排\n一、主要目标\n研发投入占比达到2.9%。"
    )
    clauses = segment(text)
    first = [c.heading for c in enclosing(clauses, text.index("860"))]
    second = [c.heading for c in enclosing(clauses, text.index("2.9"))]
    assert first == ["2018年工作回顾", "创新驱动"]
    assert second == ["2019年工作安排", "主要目标"]


def test_a_title_or_a_sentence_with_a_year_is_no_chapter():
    text = "2019年某市政府工作报告\n2018年,全市高新技术企业达到860家,完成年度计划。"
    assert segment(text) == []
