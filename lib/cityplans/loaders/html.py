"""HTML pages: the main content by trafilatura, the portal's metadata and breadcrumbs by lxml.

The raw text of a page is written in the order a reader meets it: the page's <title>, its
breadcrumb trail, the portal's metadata block (索引号, 发布机构, 成文日期, 发布日期, 文号, one
`label:value` line each, under these canonical labels), then the main content, paragraphs on
lines and tables as `| a | b |` rows. Title, breadcrumbs and metadata are flagged as non-body,
so tagging reads them (title, issuer, dates, place) and extraction never does. The encoding is
the page's own declaration (<meta charset>, GB2312 pages included) when the bytes agree with
it, else detected as for text files.
"""

from __future__ import annotations

import re

from cityplans.doc_tables import TextBuilder
from cityplans.encoding import decode
from cityplans.errors import DocumentError
from cityplans.loaders import Loaded

_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)
_CHARSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030"}
# Portal metadata labels -> the canonical label the raw text uses, and the document field.
_LABELS = {
    "索引号": ("索引号", "index_no"),
    "发布机构": ("发布机构", "issuer"),
    "发文机关": ("发布机构", "issuer"),
    "发布单位": ("发布机构", "issuer"),
    "发文单位": ("发布机构", "issuer"),
    "成文日期": ("成文日期", "issued"),
    "发布日期": ("发布日期", "published"),
    "发布时间": ("发布日期", "published"),
    "文号": ("文号", "doc_number"),
    "发文字号": ("文号", "doc_number"),
}
_LABEL = re.compile(
    r"[\[【]?\s*(" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")\s*[\]】]?\s*[:：]?\s*"
)
_META_NAMES = {"pubdate": "发布日期", "firstpublishedtime": "发布日期"}
_CRUMB_CLASS = re.compile(r"crumb|position|location|weizhi|dqwz|curpos|current|bread|navpath", re.I)
_CRUMB_TEXT = re.compile(r"^(当前位置|您的位置|您现在的位置|所在位置|当前的位置)")
_CRUMB_SEP = re.compile(r"[>›»/]|&gt;")
BASELINE_SHARE = 0.8  # one paragraph with this share of the page's text: the page run together
MIN_MAIN_CHARS = 40  # less main content than this: trafilatura missed it, read the whole body
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article"}


def load_html(data: bytes, path: str) -> Loaded:
    """Read an HTML page (see the module docstring)."""
    text, encoding = _decode(data, path)
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise DocumentError(path, f"cannot parse the HTML: {exc}") from exc
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    title = _squash(" ".join(tree.xpath("//title//text()")))
    crumbs = _breadcrumbs(tree)
    fields, labelled = _metadata(tree)
    out = TextBuilder()
    if title:
        out.line(title, "page_title")
    if crumbs:
        out.line(crumbs, "breadcrumb")
    for label, value in labelled:
        out.line(f"{label}:{value}", "portal_metadata")
    if not _main_content(text, out, _content_tables(tree), len(_squash(tree.text_content()))):
        _whole_body(tree, out)
    raw = out.text()
    if not raw.strip():
        raise DocumentError(path, "the HTML page holds no text")
    return Loaded(
        raw=raw,
        format="html",
        encoding=encoding,
        nonbody=out.nonbody,
        tables=out.tables,
        fields=fields,
    )


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """The page's text: by its declared charset when the bytes decode with it, else detected."""
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        encoding = _CHARSETS.get(declared, declared.replace("-", "_"))
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return decode(data, path)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _breadcrumbs(tree) -> str:
    """The breadcrumb trail (首页 > 政务公开 > 政策文件), from an element named for it or a
    text that starts with 当前位置."""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        name = f"{el.get('class', '')} {el.get('id', '')}"
        if _CRUMB_CLASS.search(name):
            text = _squash(el.text_content())
            if 2 <= len(text) <= 150 and (_CRUMB_SEP.search(text) or "首页" in text):
                return _crumb_text(el, text)
    for text in tree.xpath("//body//text()"):
        text = _squash(text)
        if _CRUMB_TEXT.match(text):
            return text if len(text) <= 150 else ""
    return ""


def _crumb_text(el, text: str) -> str:
    """A trail whose links carry no separators is joined with >."""
    if _CRUMB_SEP.search(text):
        return text
    links = [_squash(a.text_content()) for a in el.iter("a")]
    links = [t for t in links if t]
    return " > ".join(links) if len(links) >= 2 else text


def _metadata(tree) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The portal's metadata: fields by name, and (canonical label, value) lines in page order.

    Values sit after their label in the same text (索引号:001) or in the next text of the page
    (a table cell); <meta name="PubDate"> fills in a publication date the page does not show.
    """
    fragments = [t for t in (_squash(t) for t in tree.xpath("//body//text()")) if t]
    fields: dict[str, str] = {}
    lines: list[tuple[str, str]] = []
    for i, fragment in enumerate(fragments):
        matches = list(_LABEL.finditer(fragment))
        if not matches or matches[0].start() > 1:
            continue
        for j, m in enumerate(matches):
            end = matches[j + 1].start() if j + 1 < len(matches) else len(fragment)
            value = fragment[m.end() : end].strip(" |:：")
            if not value and j + 1 == len(matches) and i + 1 < len(fragments):
                following = fragments[i + 1]
                if not _LABEL.match(following):
                    value = following.strip(" |:：")
            label, name = _LABELS[m.group(1)]
            if value and name not in fields and len(value) <= 60:
                fields[name] = value
                lines.append((label, value))
    for meta in tree.xpath("//meta[@name]"):
        label = _META_NAMES.get(meta.get("name", "").lower())
        content = _squash(meta.get("content", ""))
        if label and content and _LABELS[label][1] not in fields:
            fields[_LABELS[label][1]] = content
            lines.append((label, content))
    return fields, lines


def _is_metadata(cells: list[str]) -> bool:
    """A table row or paragraph that is the portal's metadata block, already written."""
    return any(_LABEL.fullmatch(c) or (_LABEL.match(c) and len(c) < 40) for c in cells if c)


def _content_tables(tree) -> int:
    """Tables of content in the page (two rows or more, no table inside), not metadata."""
    count = 0
    for table in tree.iter("table"):
        rows = table.findall(".//tr")
        if len(rows) >= 2 and not table.findall(".//table"):
            cells = [_squash(c.text_content()) for c in rows[0].iter("td", "th")]
            count += not _is_metadata(cells)
    return count


def _main_content(html: str, out: TextBuilder, tables: int, page_chars: int) -> bool:
    """Write trafilatura's main content (paragraphs, headings, lists, tables); False when it
    found none worth the name: nothing, a few characters, the whole page run together in one
    paragraph (its last-resort baseline), or content tables flattened into text."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_formatting=False,
        favor_recall=True,
    )
    if not xml:
        return False
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        return False
    chars = sum(len(t) for t in main.itertext())
    if chars < MIN_MAIN_CHARS:
        return False
    children = list(main)
    if len(children) == 1 and children[0].tag == "p" and chars >= BASELINE_SHARE * page_chars:
        return False
    if len(main.findall(".//table")) < tables:
        return False
    for el in main:
        if el.tag == "table":
            rows = [[_squash("".join(c.itertext())) for c in row.iter("cell")] for row in el]
            rows = [r for r in rows if not _is_metadata(r)]
            if rows:
                out.table(rows)
        elif el.tag == "list":
            for item in el.iter("item"):
                _paragraph(out, "".join(item.itertext()))
        else:
            text = "".join(el.itertext())
            if not _is_metadata([_squash(text)]):
                _paragraph(out, text)
    return True


def _paragraph(out: TextBuilder, text: str) -> None:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.line(line)


def _whole_body(tree, out: TextBuilder) -> None:
    """Every block of the body as a line, tables as rows: the fallback when trafilatura
    finds no main content (a short page, an unusual layout). Chrome rules flag the rest."""
    body = tree.find("body")
    if body is None:
        return
    tables: dict[str, list[list[str]]] = {}
    for table in list(body.iter("table")):
        rows = [[_squash(c.text_content()) for c in tr.iter("td", "th")] for tr in table.iter("tr")]
        marker = f"@@table{len(tables)}@@"
        tables[marker] = [r for r in rows if not _is_metadata(r)]
        tail = table.tail
        table.clear()
        table.tag, table.text, table.tail = "div", marker, tail
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    for line in body.text_content().split("\n"):
        line = _squash(line)
        if line in tables:
            out.table(tables.pop(line))
        elif line and not _is_metadata([line]):
            out.line(line)
