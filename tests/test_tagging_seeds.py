"""Tags of the five seeds, field by field, against values read off each file."""

from __future__ import annotations

import pytest

from tests.conftest import BAZHOU, DINGXI, PANJIN, SEED_FILES, ZHENGZHOU, ZHUMADIAN, raw_of

# Read from the files:
# 000 驻马店: "4月28日,驻马店市政府网站发布《驻马店市2021年科技创新行动方案》" — a news repost,
#     no issuer line, no signature date, no validity mark.
# 001 郑州: "• 发布机构:郑州市科学技术局", "• 成文日期:2015-02-27", "《2015年全市科技工作要点》".
# 002 霸州: "效力状态:有效 发布时间:2020-04-30", "霸州市人民政府办公室" then "2020年4月29日";
#     霸州市 is a county-level city under 廊坊市 (adcode 131081).
# 003 盘锦: "(此文件已失效)盤錦市人民政府辦公室印發關于推進科技創新加快產校地企融協同發展(2019—2021)
#     實施意見的通知", "發布時間:2019-11-13", "盤政辦發〔201929", signature date "201974".
# 004 定西: "定西市人民政府办公室 2020年9月4日"; its goals are all "2020年…" / "2020年底…".
EXPECTED = {
    ZHUMADIAN: dict(
        city="驻马店市",
        province="河南省",
        adcode="411700",
        admin_level="prefecture",
        prefecture="驻马店市",
        doc_type="方案",
        title="驻马店市2021年科技创新行动方案",
        issuer=None,
        issued=None,
        published=None,
        period_start=2021,
        period_end=2021,
        status="unknown",
        script="simplified",
        is_news=True,
    ),
    ZHENGZHOU: dict(
        city="郑州市",
        province="河南省",
        adcode="410100",
        admin_level="prefecture",
        prefecture="郑州市",
        doc_type="要点",
        title="2015年全市科技工作要点",
        issuer="郑州市科学技术局",
        issued="2015-02-27",
        published="2015-02-27",
        period_start=2015,
        period_end=2015,
        status="unknown",
        script="simplified",
        is_news=False,
    ),
    BAZHOU: dict(
        city="霸州市",
        province="河北省",
        adcode="131081",
        admin_level="county",
        prefecture="廊坊市",
        doc_type="方案",
        title="霸州市2020年度科技创新跃升工作方案",
        issuer="霸州市人民政府办公室",
        issued="2020-04-29",
        published="2020-04-30",
        period_start=2020,
        period_end=2020,
        status="valid",
        script="simplified",
        is_news=False,
    ),
    PANJIN: dict(
        city="盘锦市",
        province="辽宁省",
        adcode="211100",
        admin_level="prefecture",
        prefecture="盘锦市",
        doc_type="意见",
        title="关于推进科技创新加快产校地企融协同发展(2019—2021)实施意见",
        issuer="盘锦市人民政府办公室",
        issued="2019-07-04",
        published="2019-11-13",
        period_start=2019,
        period_end=2021,
        status="expired",
        script="traditional",
        is_news=False,
    ),
    DINGXI: dict(
        city="定西市",
        province="甘肃省",
        adcode="621100",
        admin_level="prefecture",
        prefecture="定西市",
        doc_type="方案",
        title="定西市创新助力拓存创增促进经济社会发展实施方案",
        issuer="定西市人民政府办公室",
        issued="2020-09-04",
        published=None,
        period_start=2020,
        period_end=2020,
        status="unknown",
        script="simplified",
        is_news=False,
    ),
}

CASES = [(doc, field, value) for doc, fields in EXPECTED.items() for field, value in fields.items()]


@pytest.mark.parametrize(("doc", "field", "expected"), CASES)
def test_seed_field(corpus, doc, field, expected):
    row = corpus.documents.set_index("doc").loc[doc]
    value = row[field]
    if expected is None:
        assert value is None or value != value, f"{doc} {field}: expected empty, got {value!r}"
    else:
        assert value == expected, f"{doc} {field}"


@pytest.mark.parametrize("doc", SEED_FILES)
def test_checksum_and_length_describe_the_file(corpus, seeds_dir, doc):
    import hashlib

    row = corpus.documents.set_index("doc").loc[doc]
    assert row["sha256"] == hashlib.sha256((seeds_dir / doc).read_bytes()).hexdigest()
    assert row["n_chars"] == len(raw_of(doc))
    assert row["encoding"] == "utf-8"


def _warnings(corpus, doc):
    return " | ".join(corpus.documents.set_index("doc").loc[doc]["warnings"])


def test_panjin_damage_is_warned(corpus):
    w = _warnings(corpus, PANJIN)
    assert "〔201929" in w and "〔2019〕29号" in w
    assert "'201974'" in w and "2019-07-04" in w
    assert "spam" in w


def test_zhumadian_is_flagged_as_news_repost(corpus):
    assert "news repost" in _warnings(corpus, ZHUMADIAN)


@pytest.mark.parametrize("doc", [ZHENGZHOU, BAZHOU, DINGXI])
def test_clean_plans_have_no_warnings(corpus, doc):
    assert _warnings(corpus, doc) == ""


def test_field_sources_say_where_values_came_from(corpus):
    sources = corpus.get(ZHENGZHOU).field_sources
    assert sources["issuer"] == "metadata" and sources["issued"] == "metadata"
    assert corpus.get(BAZHOU).field_sources["issued"] == "signature"
    assert corpus.get(DINGXI).field_sources["period_end"] == "target years in the body"
    assert corpus.get(PANJIN).field_sources["status"] == "mark '(此文件已失效)'"
