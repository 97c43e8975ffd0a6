"""The report pages' CJK font: a font stack, and a subset of Noto Sans CJK SC embedded as a
web font, so that page text never shows as boxes on a machine without Chinese fonts.

The subset holds only the characters the pages use (a few hundred: tens of kilobytes), taken
from the font the charts fall back on (mplfonts' Noto Sans CJK SC, a pinned dependency).
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Iterable
from pathlib import Path

EMBEDDED_FAMILY = "cityplans CJK"
# Latin text first in the system's own face; Chinese in a simplified-Chinese system font when
# there is one, else in the embedded subset, and never in a generic fallback that may be a
# Japanese font (other glyph forms) or none at all (boxes). Not system-ui: Chromium takes it
# to cover every character and shows boxes for the first Chinese text of a page without a
# Chinese system font, before it tries the fonts after it.
FONT_STACK = (
    '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", '
    f'"Source Han Sans SC", "WenQuanYi Micro Hei", "{EMBEDDED_FAMILY}", sans-serif'
)
_NOT_TEXT = re.compile(
    r"<style\b.*?</style>|<script\b.*?</script>|data:[^\"')\s]+", re.S | re.IGNORECASE
)


def font_path() -> Path:
    """The OpenType file the subset is cut from."""
    import mplfonts

    return Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"


def page_characters(page: str) -> set[str]:
    """The non-ASCII characters a page shows (style sheets, scripts and data URIs left out,
    entities such as &#x4e2d; read)."""
    text = html.unescape(_NOT_TEXT.sub(" ", page))
    return {ch for ch in text if ord(ch) > 127 and not ch.isspace()}


def subset_woff(characters: Iterable[str]) -> bytes:
    """A WOFF font holding the glyphs of `characters` (those the font has)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"  # zlib: no extra dependency (WOFF2 needs brotli)
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = []  # no OpenType features: Chinese text needs none; half the size
    out = io.BytesIO()
    with TTFont(str(font_path()), lazy=True) as font:  # closes the font file when done
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted({ord(ch) for ch in characters}))
        subsetter.subset(font)
        font.flavor = "woff"
        font.save(out)
    return out.getvalue()


def font_css(woff: bytes) -> str:
    """A <style> block: the embedded font and the font stack for the page, its tables and
    its footer (JupyterLab's own stack names no Chinese font)."""
    data = base64.b64encode(woff).decode("ascii")
    return (
        "<style>"
        f'@font-face{{font-family:"{EMBEDDED_FAMILY}";font-style:normal;font-weight:400;'
        f'src:url(data:font/woff;base64,{data}) format("woff");}}'
        f":root{{--jp-content-font-family:{FONT_STACK};--jp-ui-font-family:{FONT_STACK};}}"
        f"body,footer,.cp-table,.cp-note,.cp-warn{{font-family:{FONT_STACK};}}"
        "</style>"
    )
