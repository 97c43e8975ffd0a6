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


def test_a_plans_chapters_and_sections_hold_the_numbered_sections_below_them():
    text = (
        "某省科学技术发展“十四五”规划\n第一章 发展基础\n第一节 发展成就\n一、创新实力\n"
        "全省近2500户高新技术企业。\n第二章 总体要求\n第一节 发展目标\n"
        "到2025年,研发投入强度达到2%。"
    )
    clauses = segment(text)
    first = [c.heading for c in enclosing(clauses, text.index("2500"))]
    second = [c.heading for c in enclosing(clauses, text.index("2%"))]
    assert first == ["发展基础", "发展成就", "创新实力"]
    assert second == ["总体要求", "发展目标"]


def test_a_chapter_named_inside_a_sentence_is_no_marker():
    text = "规划的第二章提出了目标,本节的第一节课程安排如下。"
    assert segment(text) == []
