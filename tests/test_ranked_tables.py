"""Place tables under a two-level header, read by their rank column (ranked_tables.py)."""

from __future__ import annotations

import cityplans as cp
from cityplans.corpus import build_document
from cityplans.ranked_tables import ranked_place_tables

CAPTION = "2023年6月江西省有效发明专利统计表"
# the header's second line splits 职务 into four columns: eleven header cells, nine columns
PIPES = "\n".join(
    [
        f"{CAPTION} | ||||||",
        "地 区 | 有效发明 专利量 |",
        "职 务 | 非职务 | 常住人口 (万人) |",
        "专利密度 (件/万人) |",
        "排名 | |||",
        "大专院校 | 科研单位 | 工矿企业 | 个人 | ||||",
        "南昌市 | 30100 | 9100 | 800 | 19000 | 1200 | 656.82 | 45.83 | 1 |",
        "九江市 | 5200 | 400 | 60 | 4500 | 240 | 455.69 | 11.41 | 2 |",
        "赣州市 | 6000 | 700 | 20 | 4900 | 380 | 897.82 | 6.68 | 4 |",
        "宜春市 | 4100 | 300 | 10 | 3600 | 190 | 500.79 | 8.19 | 3 |",
        "全 省 | 52000 | 11000 | 900 | 37000 | 3100 | 4515.01 | 11.52 | |",
    ]
)
SPACED = "\n".join(
    [
        CAPTION,
        "地 区 2023年 职 务 非职务 常住人口 专利密度 排名",
        "6月 大专院校 科研单位 工矿企业 个人 (万人) (件/万人)",
        "南昌市 30100 9100 800 19000 1200 656.82 45.83 1",
        "九江市 5200 400 60 4500 240 455.69 11.41 2",
        "赣州市 6000 700 20 4900 380 897.82 6.68 4",
        "宜春市 4100 300 10 3600 190 500.79 8.19 3",
    ]
)
# the same table with every cell on a line of its own
ONE_PER_LINE = "\n".join(
    [
        *(CAPTION, "地 区", "2023年", "职 务", "非职务", "常住人口", "专利密度", "排名", "6月"),
        *("大专院校", "科研单位", "工矿企业", "个人", "(万人)", "(件/万人)"),
        *("南昌市", "30100", "9100", "800", "19000", "1200", "656.82", "45.83", "1"),
        *("九江市", "5200", "400", "60", "4500", "240", "455.69", "11.41", "2"),
        *("赣州市", "6000", "700", "20", "4900", "380", "897.82", "6.68", "4"),
        *("宜春市", "4100", "300", "10", "3600", "190", "500.79", "8.19", "3"),
        *("全 省", "52000", "11000", "900", "37000", "3100", "4515.01", "11.52"),
    ]
)
CITIES = {
    ("南昌市", 45.83),
    ("九江市", 11.41),
    ("赣州市", 6.68),
    ("宜春市", 8.19),
}


def _densities(text: str) -> set[tuple]:
    corpus = cp.Corpus(docs=[build_document(text, doc="zhuanli.txt")])
    frame = cp.extract_targets(corpus)
    rows = frame[frame.indicator == "invention_patents_per_10k"]
    assert set(rows.year) == {2023} and set(rows.status) == {"actual"}
    return {(r.scope, r.value) for r in rows.itertuples()}


def test_a_pipe_copy_with_its_header_wrapped_reads_the_ranked_column_for_each_place():
    # the whole province's row (全省, no rank) is the text's own area
    assert _densities(PIPES) == CITIES | {("city", 11.52)}


def test_a_copy_laid_out_with_spaces_reads_the_same_column():
    assert _densities(SPACED) == CITIES


def test_a_copy_with_one_cell_per_line_reads_the_same_column():
    assert _densities(ONE_PER_LINE) == CITIES | {("city", 11.52)}


def test_a_row_whose_values_run_on_into_unlabelled_rows_keeps_its_own():
    # the copy lost the labels of the last two rows: their cells follow 宜春市's
    text = SPACED + "\n3 0 0 2 0 1 - -\n52000 11000 900 37000 3100 4515.01 11.52"
    assert ("宜春市", 8.19) in _densities(text)


def test_without_a_column_of_ranks_in_the_values_nothing_is_guessed():
    # the last column repeats a number: not ranks, so no column is known to be 专利密度's
    text = SPACED.replace("897.82 6.68 4", "897.82 6.68 2")
    assert ranked_place_tables(text) == []


def test_a_rank_head_without_a_measure_before_it_reads_nothing():
    text = SPACED.replace("专利密度 排名", "排名")
    assert not _densities_or_empty(text)


def _densities_or_empty(text: str) -> set[tuple]:
    corpus = cp.Corpus(docs=[build_document(text, doc="zhuanli.txt")])
    frame = cp.extract_targets(corpus)
    return set(frame[frame.indicator == "invention_patents_per_10k"].value)


def test_a_caption_without_the_shared_word_does_not_qualify_the_head():
    # 专利密度 alone names no indicator; a caption about firms does not make it patents'
    text = SPACED.replace(CAPTION, "2023年6月江西省企业统计表")
    assert not _densities_or_empty(text)
