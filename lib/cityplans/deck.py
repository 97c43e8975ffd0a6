"""A 16:9 briefing deck (PowerPoint, python-pptx) of the charts the reports draw.

A title slide, then one slide per chart: a headline sentence stating the finding, the chart
as a picture at slide resolution, and speaker notes naming the sources and the caveats (kinds,
scopes, analysts' decisions). All text is set in the charts' CJK font, East Asian typeface
included, so Chinese shows in PowerPoint and LibreOffice alike.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cityplans.names import slug

SLIDE_W, SLIDE_H = 40 / 3, 7.5  # inches: PowerPoint's widescreen 16:9 (12192000 x 6858000 EMU)
MARGIN = 0.35
HEADLINE_TOP, HEADLINE_H = 0.2, 1.0
HEADLINE_SIZES = (28, 24, 20, 18)  # points: the largest that fits in two lines is used
DARK = (0x1F, 0x2D, 0x3A)


@dataclass
class DeckResult:
    """The deck written and its slides' headlines (the title slide first)."""

    path: Path
    headlines: list[str]


def write_deck(
    tables,
    out: str | Path,
    cities: Iterable[str] | None = None,
    indicators: Iterable[str] | None = None,
    actuals: str | None = None,
    progress: bool | None = None,
) -> DeckResult:
    """Write the deck of `tables` (cityplans.Tables, cities labelled) to `out` (.pptx)."""
    import matplotlib.pyplot as plt
    from pptx import Presentation
    from pptx.util import Inches

    from cityplans.charts import DPI, SLIDE, cjk_font
    from cityplans.deck_findings import full_width, plan_slides
    from cityplans.progress import bar
    from cityplans.writing import write_atomic

    font = cjk_font()
    out = Path(out)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    plans = plan_slides(tables, cities, indicators, actuals)
    headlines = [_title_slide(prs, tables, cities, indicators, font)]
    progress_bar = bar(len(plans), "drawing slides", "slide", progress)
    with tempfile.TemporaryDirectory() as tmp:
        for number, plan in enumerate(plans, start=1):
            finding = plan.draw()
            picture = Path(tmp) / f"{number:02d}_{slug(plan.name)}.png"
            finding.figure.set_size_inches(*SLIDE)
            finding.figure.savefig(picture, dpi=DPI)
            plt.close(finding.figure)
            headline = full_width(finding.headline)
            _chart_slide(prs, headline, picture, finding.notes, plan.section, font)
            headlines.append(headline)
            progress_bar.update(1)
        progress_bar.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    deck = io.BytesIO()
    prs.save(deck)
    write_atomic(out, deck.getvalue())
    return DeckResult(out, headlines)


def _text(frame, text: str, size: int, font: str, bold: bool = False, color=DARK) -> None:
    """Put `text` in a text frame, one paragraph a line, in the CJK font."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = RGBColor(*color)
        set_font(run, font)


def set_font(run, font: str) -> None:
    """Set the run's Latin, East Asian and complex-script typefaces to `font`: a Chinese
    character takes the East Asian one, which python-pptx's font.name does not set."""
    from pptx.oxml.ns import qn

    run.font.name = font
    properties = run._r.get_or_add_rPr()
    for tag in ("a:ea", "a:cs"):
        element = properties.find(qn(tag))
        if element is None:
            element = properties.makeelement(qn(tag), {})
            properties.append(element)
        element.set("typeface", font)


def headline_size(text: str, width_in: float) -> int:
    """The largest size of HEADLINE_SIZES at which `text` fits in two lines of `width_in`
    inches (a Chinese character is about one em wide, a Latin one about half)."""
    from cityplans.names import display_width

    columns = display_width(text)
    for size in HEADLINE_SIZES:
        per_line = width_in * 72 / size * 2 * 0.96  # display columns a line holds
        if columns <= 2 * per_line:
            return size
    return HEADLINE_SIZES[-1]


def _textbox(slide, left: float, top: float, width: float, height: float):
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    box.text_frame.margin_left = box.text_frame.margin_right = 0
    return box.text_frame


def _chart_slide(prs, headline: str, picture: Path, notes: str, section: str, font: str):
    from pptx.util import Inches

    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    width = SLIDE_W - 2 * MARGIN
    frame = _textbox(slide, MARGIN, HEADLINE_TOP, width, HEADLINE_H)
    _text(frame, headline, headline_size(headline, width), font, bold=True)
    top = HEADLINE_TOP + HEADLINE_H + 0.05
    height = SLIDE_H - top - 0.1
    pic_w = height * 16 / 9
    slide.shapes.add_picture(
        str(picture), Inches((SLIDE_W - pic_w) / 2), Inches(top), Inches(pic_w), Inches(height)
    )
    label = _textbox(slide, SLIDE_W - MARGIN - 3.2, SLIDE_H - 0.32, 3.2, 0.3)
    _text(label, section, 9, font, color=(0x80, 0x80, 0x80))
    label.paragraphs[0].alignment = 3  # right
    _text(slide.notes_slide.notes_text_frame, notes, 12, font)
    return slide


def _title_slide(prs, tables, cities, indicators, font: str) -> str:
    from cityplans import __version__

    documents = tables.documents
    if cities:
        documents = documents[documents["city"].isin(list(cities))]
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    title = "城市科技创新规划目标比较"
    _text(_textbox(slide, 0.9, 2.2, SLIDE_W - 1.8, 1.2), title, 40, font, bold=True)
    names = "、".join(sorted(documents["city"].dropna().unique()))
    years = documents[["period_start", "period_end"]].stack().dropna()
    span = f"{int(years.min())}–{int(years.max())}" if len(years) else "年份未识别"
    lines = [
        f"{len(documents)} 份规划 · {names}",
        f"规划年份 {span} · 生成于 {dt.date.today().isoformat()} · cityplans {__version__}",
    ]
    if indicators:
        lines.append(f"指标:{'、'.join(indicators)}")
    _text(
        _textbox(slide, 0.9, 3.6, SLIDE_W - 1.8, 1.6),
        "\n".join(lines),
        20,
        font,
        color=(0x44, 0x44, 0x44),
    )
    notes = [
        "每页:标题句陈述图中的发现;图表自带标题、单位和来源行;备注列出来源文件与口径注意事项。",
        "所有数字均来自规划原文(引文与偏移量见工作簿 outputs/data/cityplans.xlsx)。",
        "",
        "输入文件(sha256):",
        *(f"- {r.doc}: {r.sha256}" for r in documents.itertuples()),
    ]
    _text(slide.notes_slide.notes_text_frame, "\n".join(notes), 12, font)
    return title
