"""The briefing deck: 16:9, a title slide and one slide per chart, each with a headline that
states the finding, the chart at slide resolution and sources and caveats in the notes;
Chinese in a CJK font; opens in LibreOffice and its pages render."""

from __future__ import annotations

import io
import subprocess

import pytest
from PIL import Image
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from cityplans.charts import DPI, SLIDE, cjk_font
from cityplans.deck import HEADLINE_SIZES, headline_size
from cityplans.names import display_width
from tests.conftest import DINGXI, SEEDS, run_cli
from tests.libreoffice import convert, needs_soffice

# the five seed plans' cities, as their titles and issuers name them
CITIES = ["驻马店市", "郑州市", "霸州市", "盘锦市", "定西市"]


def deck_cli(*args: str) -> subprocess.CompletedProcess:
    return run_cli("deck", *args)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    out = tmp_path_factory.mktemp("deck") / "briefing.pptx"
    proc = deck_cli(str(SEEDS), "--out", str(out), "--built", str(out.parent / "none"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress bar into a pipe
    return out


def _headline(slide) -> str:
    return slide.shapes[0].text_frame.text


def _section(slide) -> str:
    return slide.shapes[-1].text_frame.text


def test_16_9_with_a_title_slide_and_every_kind_of_chart(deck):
    prs = Presentation(str(deck))
    assert prs.slide_width * 9 == prs.slide_height * 16
    slides = list(prs.slides)
    assert "城市科技创新规划目标比较" in slides[0].shapes[0].text_frame.text
    sections = [_section(s) for s in slides[1:]]
    for section in ("comparison", "city profile", "themes", "promised vs achieved"):
        assert any(section in s for s in sections), section
    profiles = [_headline(s) for s in slides[1:] if "city profile" in _section(s)]
    assert sorted(h.split("与其他城市")[0] for h in profiles) == sorted(CITIES)


def test_headlines_state_the_finding_with_unit_kind_year(deck):
    headlines = [_headline(s) for s in Presentation(str(deck)).slides]
    # hand-read from the seeds: 盘锦 高新技術企業達到140家以上 (2021), 霸州 63家以上 (2020),
    # 定西 总数达到38家 (2020); the kind is 总量 (level), the scope the whole city
    assert (
        "高新技术企业（总量/水平，家）：3 个城市设定了全市目标，"
        "最高为盘锦市 ≥140家（2021年），最低为定西市 38家（2020年）"
    ) in headlines


def test_each_chart_is_a_picture_at_slide_resolution_inside_the_slide(deck):
    prs = Presentation(str(deck))
    for slide in list(prs.slides)[1:]:
        pictures = [s for s in slide.shapes if s.shape_type == 13]
        assert len(pictures) == 1
        image = Image.open(io.BytesIO(pictures[0].image.blob))
        assert image.size == (int(SLIDE[0] * DPI), int(SLIDE[1] * DPI))  # 2000 x 1125 px
        for shape in slide.shapes:  # nothing runs off the slide
            assert shape.left >= 0 and shape.left + shape.width <= prs.slide_width
            assert shape.top >= 0 and shape.top + shape.height <= prs.slide_height


def test_headlines_fit_in_two_lines(deck):
    prs = Presentation(str(deck))
    for slide in list(prs.slides)[1:]:
        frame = slide.shapes[0]
        size = frame.text_frame.paragraphs[0].runs[0].font.size.pt
        text = frame.text_frame.text
        width_pt = Emu(frame.width).pt
        assert display_width(text) * size / 2 <= 2 * width_pt, text
        assert size == headline_size(text, Emu(frame.width).inches)


def test_a_long_headline_gets_a_smaller_size():
    assert headline_size("短标题", 12.6) == HEADLINE_SIZES[0]
    assert headline_size("长" * 80, 12.6) < HEADLINE_SIZES[0]


def test_chinese_is_set_in_the_cjk_font(deck):
    font = cjk_font()
    for slide in Presentation(str(deck)).slides:
        for run in slide.shapes[0].text_frame.paragraphs[0].runs:
            properties = run._r.find(qn("a:rPr"))
            assert properties.find(qn("a:ea")).get("typeface") == font
            assert properties.find(qn("a:latin")).get("typeface") == font


def test_notes_name_the_sources_and_the_caveats(deck):
    slides = list(Presentation(str(deck)).slides)
    for slide in slides[1:]:
        notes = slide.notes_slide.notes_text_frame.text
        assert "来源" in notes and "口径与注意" in notes
    comparison = next(s for s in slides if "comparison" in _section(s))
    notes = comparison.notes_slide.notes_text_frame.text
    assert DINGXI in notes and "类型" in notes and "范围" in notes


def test_cities_and_indicators_narrow_the_deck(tmp_path):
    out = tmp_path / "one.pptx"
    proc = deck_cli(
        str(SEEDS), "--out", str(out), "--cities", "郑州市", "--indicators", "hte_count"
    )
    assert proc.returncode == 0, proc.stderr
    headlines = [_headline(s) for s in Presentation(str(out)).slides]
    assert any(h.startswith("高新技术企业") and "郑州市" in h for h in headlines)
    assert not any("盘锦市" in h for h in headlines[1:])


def test_an_unknown_city_is_named_with_the_nearest(tmp_path):
    proc = deck_cli(str(SEEDS), "--out", str(tmp_path / "x.pptx"), "--cities", "郑州")
    assert proc.returncode == 1
    assert "did you mean '郑州市'" in proc.stderr
    assert not (tmp_path / "x.pptx").exists()


@needs_soffice
def test_libreoffice_opens_it_and_every_page_renders(deck, tmp_path):
    pdf = convert(deck, "pdf", tmp_path)
    slides = len(Presentation(str(deck)).slides)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(info.split("Pages:")[1].split()[0]) == slides  # poppler-utils, with LibreOffice
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == slides
    for page in pages:
        image = Image.open(page).convert("L")
        low, high = image.getextrema()
        assert low < 100 < high, page  # dark text and charts on a light page, not blank
