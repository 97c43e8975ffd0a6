"""The gazetteer: divisions as they are today, the names earlier plans used, and no rows that
would turn ordinary words into places."""

from __future__ import annotations

from cityplans import gazetteer
from cityplans.corpus import build_document


def _codes(name: str) -> list[str]:
    return [p.adcode for p in gazetteer.lookup(name)]


def test_divisions_created_after_2016_are_known():
    # 神木县 became 神木市 (2017), 水城县 became 水城区 (2020): plans since use the new names
    assert _codes("神木市") == ["610881"]
    assert _codes("水城区") == ["520204"]
    assert gazetteer.lookup("神木市")[0].prefecture == "榆林市"


def test_former_names_resolve_to_the_division_today():
    assert _codes("神木县") == _codes("神木市")
    assert _codes("水城县") == _codes("水城区")


def test_a_district_sharing_its_name_with_one_elsewhere_is_kept():
    # 江北区 is both 宁波's (330205) and 重庆's (500105); the current table lacks 重庆's
    assert sorted(_codes("江北区")) == ["330205", "500105"]
    assert {p.province for p in gazetteer.lookup("江北区")} == {"浙江省", "重庆市"}


def test_a_municipality_is_one_place():
    assert [p.level for p in gazetteer.lookup("北京市")] == ["province"]
    assert [p.level for p in gazetteer.lookup("重庆市")] == ["province"]


def test_rows_that_are_no_mainland_division_are_left_out():
    # Taiwan's 东区 or 新社区 would match ordinary words; 苏州工业园区 is a development zone
    for name in ("东区", "新社区", "苏鲁交界", "苏州工业园区"):
        assert gazetteer.lookup(name) == ()
    found = [m.name for m in gazetteer.find_places("新社区建设和东区改造")]
    assert found == []
    # nor do they come back as divisions of the older table with no successor today
    assert not [p for p in gazetteer.places().values() if p.adcode.startswith("71")]


def test_a_national_portals_address_does_not_name_a_province():
    doc = build_document(
        "科技 全年研究与试验发展(R&D)经费支出334.1亿元,比上年增长16.2%。",
        doc="bulletin.txt",
        source="http://taiwan.cn/xwzx/zxzt/lnx/201205/t20120523_2691247.htm",
    )
    assert doc.tags.get("province") is None


def test_a_province_short_name_run_into_its_city_names_the_city():
    found = [
        (m.name, m.candidates[0].name)
        for m in gazetteer.find_compound_places("四川绵阳2014年,江苏苏州的企业,广西桂林市,河南苏州")
    ]
    # 广西桂林市: the full name is find_places' to read; 河南苏州: 苏州 is no city of 河南
    assert found == [("四川绵阳", "绵阳市"), ("江苏苏州", "苏州市")]


def test_the_divisions_inside_a_place_are_those_within_it():
    (hangzhou,) = gazetteer.lookup("杭州市")
    (zhejiang,) = gazetteer.lookup("浙江省")
    (tonglu,) = gazetteer.lookup("桐庐县")
    inside_city = {p.name for p in gazetteer.inside(hangzhou)}
    assert {"杭州市", "桐庐县", "建德市"} <= inside_city
    assert "宁波市" not in inside_city and "浙江省" not in inside_city
    assert {"杭州市", "宁波市", "桐庐县", "浙江省"} <= {p.name for p in gazetteer.inside(zhejiang)}
    assert gazetteer.inside(tonglu) == (tonglu,)
    # the lookup agrees with Place.within over the whole table, in the table's order
    for outer in (hangzhou, zhejiang, tonglu):
        walked = tuple(p for p in gazetteer.places().values() if p.within(outer))
        assert gazetteer.inside(outer) == walked
