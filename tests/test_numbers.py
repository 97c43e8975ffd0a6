"""The number parser: golden cases phrase by phrase, and properties over any string."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cityplans.normalise import normalise
from cityplans.numbers import convert_money, find_quantities, parse_number

D = Decimal
# (phrase, surface, value, value_max, unit, comparator) — one case per rule
GOLDEN = [
    ("技术合同成交额16.4亿元", "16.4亿元", D("16.4"), None, "亿元", "="),
    ("科技型中小企业数量达到1,025家以上", "1,025家以上", D(1025), None, "家", ">="),
    ("认定2-3家", "2-3家", D(2), D(3), "家", "="),
    ("认定2至3家", "2至3家", D(2), D(3), "家", "="),
    ("培育两到三家", "两到三家", D(2), D(3), "家", "="),
    ("建设两三个平台", "两三个", D(2), D(3), "个", "="),  # never 23
    ("十八至三十万元", "十八至三十万元", D(18), D(30), "万元", "="),
    ("引进三千人", "三千人", D(3000), None, "人", "="),
    ("增长一点五倍", "一点五倍", D("1.5"), None, "倍", "="),
    ("占比百分之二十", "百分之二十", D(20), None, "%", "="),
    ("研发投入增幅20%", "20%", D(20), None, "%", "="),
    ("同比增长20%以上", "20%以上", D(20), None, "%", ">="),
    ("力争达到0.5%以上", "0.5%以上", D("0.5"), None, "%", ">="),
    ("科技特派员总数稳定在1200名左右", "1200名左右", D(1200), None, "名", "~"),
    ("约50家", "约50家", D(50), None, "家", "~"),
    ("近700万元", "近700万元", D(700), None, "万元", "~"),
    ("培育50余家", "50余家", D(50), None, "家", ">"),
    ("3000多个", "3000多个", D(3000), None, "个", ">"),
    ("不低于300个", "不低于300个", D(300), None, "个", ">="),
    ("予以单个项目不超过50万元", "不超过50万元", D(50), None, "万元", "<="),
    ("经济总量翻一番", "翻一番", D(2), None, "倍", "="),
    ("新增1.3万家", "1.3万家", D(13000), None, "家", "="),
    ("总数突破1.8 万家", "突破1.8 万家", D(18000), None, "家", ">"),  # a PDF copy's space
    ("投入达 3 亿元", "3 亿元", D(3), None, "亿元", "="),
    ("提高2个百分点", "2个百分点", D(2), None, "个百分点", "="),
    ("千家工商注册企业", "千家", D(1000), None, "家", "="),
    ("提高百分之三到五", "百分之三到五", D(3), D(5), "%", "="),
    ("提高百分之三至百分之五", "百分之三至百分之五", D(3), D(5), "%", "="),
    ("增长3%-5%", "3%-5%", D(3), D(5), "%", "="),
    ("增长5%至10%左右", "5%至10%左右", D(5), D(10), "%", "~"),
    ("占三分之一", "三分之一", D("33.33"), None, "%", "="),
    ("拥有量增长超过1/3,", "超过1/3", D("33.33"), None, "%", ">"),
    ("占比1/10以上", "1/10以上", D(10), None, "%", ">="),
    # 万亿 is one magnitude; 超 before it is a floor passed (首超: passed for the first time)
    ("产值首超6万亿,占", "超6万亿", D(60000), None, "亿", ">"),
    ("高新技术企业超3000家", "超3000家", D(3000), None, "家", ">"),  # a headline's 超过
    ("成交额破3000亿元", "破3000亿元", D(3000), None, "亿元", ">"),
    ("科技型中小企业逾千家", "逾千家", D(1000), None, "家", ">"),
    ("总产值1.2万亿元", "1.2万亿元", D(12000), None, "亿元", "="),
    # 万亿元 with no one before it is one 万亿, as 千亿元 is one 千亿
    ("研发经费投入突破万亿元", "突破万亿元", D(10000), None, "亿元", ">"),
    # 兆元: a trillion yuan as Taiwan and Hong Kong write it; 兆瓦 is megawatts, no multiplier
    ("成交额达人民币1.89兆元", "1.89兆元", D(18900), None, "亿元", "="),
    ("装机容量100兆瓦", "100", D(100), None, None, "="),
    # a yearbook's thousands space, decimals after it
    ("成交额为37 294.3亿元", "37 294.3亿元", D("37294.3"), None, "亿元", "="),
]


@pytest.mark.parametrize(("phrase", "surface", "value", "value_max", "unit", "cmp"), GOLDEN)
def test_golden(phrase, surface, value, value_max, unit, cmp):
    qs = find_quantities(phrase)
    assert len(qs) == 1, qs
    q = qs[0]
    assert q.surface == surface
    assert phrase[q.start : q.end] == surface
    assert (q.value, q.value_max, q.unit, q.comparator) == (value, value_max, unit, cmp)


def test_bare_columns_of_a_table_row_are_two_numbers_not_one_with_a_thousands_space():
    assert [q.value for q in find_quantities("成交额 亿元 120 300.5 预期性")] == [
        D(120),
        D("300.5"),
    ]


def test_slash_dates_and_improper_slashes_are_not_fractions():
    assert [q.surface for q in find_quantities("2023/1/3发布")] == ["2023", "1", "3"]
    assert [q.surface for q in find_quantities("比分3/2")] == ["3", "2"]


def test_money_is_decimal_exact():
    q = find_quantities("16.4亿元")[0]
    assert q.value * 100_000_000 == D(1_640_000_000)  # not 1639999999
    assert convert_money(D(100), "万元") == D("0.01")
    assert convert_money(D("16.4"), "亿元", "元") == D(1_640_000_000)


@pytest.mark.parametrize(
    ("text", "value"),
    [("三千", 3000), ("两", 2), ("1,025", 1025), ("一百九十万零三千", 1903000), ("0.87", "0.87")],
)
def test_parse_number(text, value):
    assert parse_number(text) == D(str(value))


@pytest.mark.parametrize("text", ["", "abc", "点", "统一", "1.2.3"])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["增加值增速实现“破百”,达到", "进一步统一", "成交额近百,"])
def test_a_bare_numeral_with_only_a_qualifier_is_no_quantity(text):
    """破百 and 近百 with no unit are figures of speech (增速实现“破百”), not figures."""
    assert find_quantities(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text):
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.surface
        assert q.value_max is None or q.value_max >= q.value


_units = st.sampled_from(["家", "个", "亿元", "万元", "%", "件", "名"])


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False), _units)
def test_round_trips_printed_values(value, unit):
    printed = f"{value:f}{unit}"
    qs = find_quantities(f"达到{printed}")
    assert len(qs) == 1
    assert qs[0].value == value and qs[0].unit == unit


def test_a_quantity_never_starts_or_ends_on_a_line_break():
    qs = find_quantities("目标\n千家工商注册企业\n30家\n")
    assert [q.surface for q in qs] == ["千家", "30家"]


def test_the_number_caches_are_bounded():
    """A large file of distinct numbers must not grow the caches without limit."""
    from cityplans.numbers import NUMBER_CACHE, _cn_number, parse_number

    for cached in (parse_number, _cn_number):
        assert cached.cache_info().maxsize == NUMBER_CACHE
    for n in range(3 * NUMBER_CACHE):
        assert parse_number(f"{n}.5") == Decimal(f"{n}.5")
    assert parse_number.cache_info().currsize <= NUMBER_CACHE


def test_bare_numbers_listed_before_a_unit_share_it():
    """29.92、29.64、30.75亿元: the list's one unit is every number's; no multiplier is shared."""
    found = find_quantities("经费投入分别29.92、29.64、30.75亿元,拥有量1.86、2.29和2.96件")
    assert [(str(q.value), q.unit) for q in found] == [
        ("29.92", "亿元"),
        ("29.64", "亿元"),
        ("30.75", "亿元"),
        ("1.86", "件"),
        ("2.29", "件"),
        ("2.96", "件"),
    ]
    multiplied = find_quantities("分别为1.2、1.5万家")
    assert [(str(q.value), q.unit) for q in multiplied] == [("1.2", None), ("15000", "家")]


def test_full_time_equivalents_are_read_with_their_unit():
    """85人年 is one quantity in 人年 (R&D personnel's full-time equivalents), so 以上 after it
    and the next value of a pair are read as theirs."""
    found = [
        (q.value, q.unit) for q in find_quantities("研发人员达到85人年以上,分别增加6人年和2.1件")
    ]
    assert found == [(Decimal("85"), "人年"), (Decimal("6"), "人年"), (Decimal("2.1"), "件")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("≥20家", "at_least"), ("＞45家", "more_than"), ("≤3%", "at_most"), ("<1.5%", "less_than")],
)
def test_the_signs_a_target_list_writes_are_bounds(text, qualifier):
    found = find_quantities(normalise(text).text)
    assert [q.qualifier for q in found] == [qualifier]
