"""Load plans from files and folders into Documents and the documents table.

Reading files is this module's job and nobody else's: later stages get Documents in memory.
A file that cannot be read becomes a DocumentError in `Corpus.errors`; the rest still load.
"""

from __future__ import annotations

import bisect
import errno
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from cityplans import chrome, gazetteer, loaders
from cityplans.context import DocContext, states_goals
from cityplans.corrections import CORRECTIONS_NAME
from cityplans.doc_tables import Table, at_offsets, indicator_table, text_tables
from cityplans.errors import DocumentError, EmptyCorpusError, ManifestError
from cityplans.figure_years import (
    first_figures_of,
    period_of_figures,
    reports_for,
    sets_goals_for,
    year_of_date_line,
)
from cityplans.loaders import Loaded
from cityplans.manifest import MANIFEST_NAME, read_manifest
from cityplans.mention import Mention
from cityplans.normalise import Normalised, normalise, without_surrogates
from cityplans.place_tables import (
    closed_cell_tables,
    open_cell_tables,
    place_figures,
    spaced_place_tables,
)
from cityplans.ranked_tables import ranked_place_tables
from cityplans.resolve import Target, resolve_document
from cityplans.resources import project_root
from cityplans.tagging import REPORTED_SPAN, doc_type_of, tag
from cityplans.year_tables import year_figures, year_row_tables

DEFAULT_PATH = Path("seeds")
# A file larger than this is refused: plans run to tens of kilobytes, rarely one megabyte, and
# loading and extracting costs about 1 s of CPU and 30 MB of memory per megabyte (make bench).
MAX_FILE_BYTES = 10_000_000
PLAN_SUFFIXES = loaders.SUFFIXES  # read from a folder: text, HTML, Word, PDF (and refused kinds)
SOURCE_SUFFIX = ".src"  # a sidecar beside a plan: one line, the address it was copied from
TRADITIONAL_SHARE = (
    0.05  # share of Chinese characters OpenCC changes above which a text is traditional
)
DOCUMENT_COLUMNS = [
    "doc",
    "path",
    "city",
    "province",
    "adcode",
    "admin_level",
    "doc_type",
    "title",
    "issuer",
    "issued",
    "period_start",
    "period_end",
    "status",
    "script",
    "n_chars",
    "sha256",
    "warnings",
    "prefecture",
    "published",
    "doc_number",
    "is_news",
    "encoding",
    "source",
    "field_sources",
    "zone",
    "doc_date",
    "format",
    "pages",
    "index_no",
]


@dataclass
class Document:
    """One plan: raw text exactly as read, normalised text with offset map, non-body spans, tags."""

    doc: str
    path: str
    raw: str
    encoding: str
    sha256: str
    norm: Normalised
    nonbody: list[chrome.NonBody]
    tags: dict[str, object]
    field_sources: dict[str, str]
    warnings: list[str]
    _resolved: object = field(default=None, repr=False, compare=False)  # extraction cache
    format: str = "text"  # text | html | docx | pdf
    pages: int | None = None  # a PDF's page count
    page_starts: list[int] = field(default_factory=list)  # raw offset where each page starts
    tables: list[Table] = field(default_factory=list)  # tables, with raw-text spans

    def page_of(self, raw_offset: int) -> int | None:
        """The 1-based page a raw-text offset is on (None for files without pages)."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, raw_offset))

    @property
    def text(self) -> str:
        """The normalised text (simplified, half-width, white space folded)."""
        return self.norm.text

    @cached_property
    def analysis_text(self) -> str:
        """The normalised text with non-body spans blanked; offsets equal those of `text`."""
        return chrome.blank(self.norm.text, self.nonbody)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the raw text."""
        return self.norm.raw_span(start, end)

    def resolved(self) -> tuple[list[Mention], list[Target]]:
        """(mentions, targets) of this document, resolved once and kept."""
        if self._resolved is None:
            context = DocContext.from_tags(self.tags)
            self._resolved = resolve_document(self.analysis_text, context)
        return self._resolved

    def shown_tags(self) -> tuple[dict[str, object], dict[str, str]]:
        """(tags, where each came from) as the tables show them: a period the title and lead
        leave open comes from the years of the figures (figure_years.py). The tags themselves,
        which resolution reads, are left as tagging found them."""
        tags, sources = self.tags, self.field_sources
        start, end = tags.get("period_start"), tags.get("period_end")
        period, told = None, "the years of its figures"
        if tags.get(REPORTED_SPAN):  # 从2016年的1829家增长到2020年的6198家 in the lead
            period, told = tags[REPORTED_SPAN], sources.get(REPORTED_SPAN, "lead")
        elif start is None and end is None:
            period = period_of_figures(self.resolved()[1], self.analysis_text)
            dated = (
                None
                if period or states_goals(tags.get("doc_type"))
                else year_of_date_line(self.resolved()[1], tags.get("doc_date"))
            )
            if dated:  # 日期:2023-12-05 … 头灶镇今年通过…: its date line's year
                period, told = (dated, dated), "the year of its date line and its figures"
        elif (
            start == end
            and not states_goals(tags.get("doc_type"))
            and (
                sets_goals_for(self.resolved()[1], end + 1, self.analysis_text)
                or first_figures_of(self.resolved()[1], end + 1, self.analysis_text)
            )
        ):  # a report or news item on one year that sets goals for the next, or gives the
            # next year's first figures, covers both
            period = (start, end + 1)
        elif (
            start == end
            and reports_for(self.resolved()[1], end - 1, self.analysis_text)
            and (
                tags.get("doc_type") == "报告"
                or (
                    not states_goals(tags.get("doc_type"))
                    and sets_goals_for(self.resolved()[1], end, self.analysis_text)
                )
            )
        ):  # a 政府工作报告 of a year looks back on the year before and plans its own; so
            # does news of a year's goals that also reports the year before (2018年…将新增…;
            # 据了解,2017年…新增超千家), as one that reports first and plans after
            period = (end - 1, end)
        if period:
            tags = {**tags, "period_start": period[0], "period_end": period[1]}
            sources = {**sources, "period_start": told, "period_end": told}
        return tags, sources

    def row(self) -> dict[str, object]:
        """This document as a row of the documents table."""
        tags, sources = self.shown_tags()
        row = {c: tags.get(c) for c in DOCUMENT_COLUMNS}
        row.update(
            doc=self.doc,
            path=self.path,
            sha256=self.sha256,
            encoding=self.encoding,
            format=self.format,
            pages=self.pages,
            n_chars=len(self.raw),
            warnings=list(self.warnings),
            field_sources="; ".join(f"{k}={v}" for k, v in sorted(sources.items())),
        )
        return row


@dataclass
class Corpus:
    """The loaded documents, the documents table, and every input that could not be loaded."""

    docs: list[Document] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def documents(self) -> pd.DataFrame:
        """The documents table (architecture.md), one row per loaded document."""
        frame = pd.DataFrame([d.row() for d in self.docs], columns=DOCUMENT_COLUMNS)
        for col in ("period_start", "period_end"):
            frame[col] = frame[col].astype("Int64")
        return frame

    @property
    def error_table(self) -> pd.DataFrame:
        """One row per input that failed: path and reason."""
        return pd.DataFrame(
            [{"path": e.path, "reason": e.reason} for e in self.errors], columns=["path", "reason"]
        )

    def get(self, doc: str) -> Document:
        """The document with this file name."""
        for d in self.docs:
            if d.doc == doc:
                return d
        raise KeyError(f"no document {doc!r}; loaded: {', '.join(d.doc for d in self.docs)}")


def load_corpus(paths: Iterable[str | Path] | str | Path | None = None) -> Corpus:
    """Load plans from files and folders (default seeds/ of the working folder).

    A file that cannot be read goes to `Corpus.errors` and the rest still load; when nothing
    loads at all, EmptyCorpusError names every path looked at and why. (The tables of a
    `cityplans build`, instead of parsing again: cityplans.load_tables.)
    """
    if paths is None:
        paths = [DEFAULT_PATH]
    elif isinstance(paths, str | Path):
        paths = [paths]
    paths = list(paths)
    corpus = Corpus()
    for path in map(Path, paths):
        listed: set[str] | None = set() if path.is_dir() else None  # the sidecars a folder has
        for file, manifest in _expand(path, corpus, listed):
            look = listed is None or _sidecar_key(file) in listed  # else none to open
            try:
                corpus.docs.append(load_document(file, manifest, look_for_source=look))
            except DocumentError as exc:
                corpus.errors.append(exc)
    if not corpus.docs:
        raise _nothing_loaded(paths, corpus.errors)
    return corpus


def _nothing_loaded(paths: list, errors: list[DocumentError]) -> EmptyCorpusError:
    """The error for a corpus of no documents, with absolute paths and where the seeds are."""
    looked = [Path(p).absolute() for p in paths]
    absolute = [DocumentError(str(Path(e.path).absolute()), e.reason) for e in errors]
    seeds = project_root() / DEFAULT_PATH
    hint = ""
    # realpath, not resolve(): a path that is a symbolic link loop must not raise here
    if seeds.is_dir() and seeds.resolve() not in {Path(os.path.realpath(p)) for p in looked}:
        hint = f"The project's plans are in {seeds}: load_corpus({str(seeds)!r})"
    return EmptyCorpusError([str(p) for p in looked], absolute, hint)


def _expand(
    path: Path, corpus: Corpus, sidecars: set[str] | None = None
) -> list[tuple[Path, dict]]:
    """The files to load under `path`, each with its folder's manifest row (or {}). For a
    folder, the `.src` sidecars listed in it are added to `sidecars` (see _sidecar_key)."""
    if not path.exists():
        reason = _link_problem(path) if path.is_symlink() else None
        corpus.errors.append(DocumentError(str(path), reason or "no such file or folder"))
        return []
    if path.is_file():
        return [(path, _manifest_row(path.parent, path.name, corpus, {}))]
    entries = [p for p in path.rglob("*") if not _hidden(p, path)]
    _report_links(sorted(p for p in entries if p.is_symlink()), corpus)
    files = sorted(p for p in entries if p.is_file())
    if sidecars is not None:
        sidecars.update(str(p).casefold() for p in files if p.suffix.lower() == SOURCE_SUFFIX)
    plans = [p for p in files if p.suffix.lower() in PLAN_SUFFIXES]
    stems = {p.with_suffix("") for p in plans}
    for other in files:
        sidecar = other.suffix.lower() == SOURCE_SUFFIX and other.with_suffix("") in stems
        if (
            other.suffix.lower() not in PLAN_SUFFIXES
            and other.name not in (MANIFEST_NAME, CORRECTIONS_NAME)
            and not sidecar
        ):
            corpus.notices.append(
                f"{other}: skipped, not a plan file ({other.suffix or 'no suffix'}); "
                "give it by name to read it anyway"
            )
    if not plans:
        corpus.errors.append(
            DocumentError(str(path), "folder holds no plan files (.txt, .md, .html, .docx, .pdf)")
        )
    manifests: dict[Path, dict] = {}  # each folder's manifest read (and its error said) once
    return [(p, _manifest_row(p.parent, p.name, corpus, manifests)) for p in plans]


def _link_problem(link: Path) -> str | None:
    """Why a symbolic link cannot be followed (a loop, a missing target), or None."""
    try:
        link.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (it leads back to itself): not read"
        if exc.errno == errno.ENOENT:
            return f"broken symbolic link (to {os.readlink(link)}, which does not exist): not read"
        return f"cannot follow symbolic link: {exc.strerror or exc}"
    return None


def _report_links(links: list[Path], corpus: Corpus) -> None:
    """Links in a folder that are not followed, said rather than skipped in silence: one
    that cannot be resolved is an error, one to a folder a notice (a loop when it leads back
    to a folder it is in)."""
    for link in links:
        problem = _link_problem(link)
        if problem:
            corpus.errors.append(DocumentError(str(link), problem))
        elif link.is_dir():
            target, home = link.resolve(), link.parent.resolve()
            what = (
                "symbolic link loop (it leads back to a folder it is in)"
                if target == home or target in home.parents
                else "symbolic link to a folder"
            )
            corpus.notices.append(f"{link}: {what}: not followed; give {target} by name to read it")


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in p.relative_to(root).parts)


def _manifest_row(folder: Path, name: str, corpus: Corpus, manifests: dict[Path, dict]) -> dict:
    """The manifest row of a file, from its folder's manifest.csv read once per load."""
    if folder not in manifests:
        manifests[folder] = _folder_manifest(folder, corpus)
    return manifests[folder].get(name, {})


def _folder_manifest(folder: Path, corpus: Corpus) -> dict:
    """A folder's manifest rows by file name; {} when it has none or it cannot be read (an
    error naming it)."""
    file = folder / MANIFEST_NAME
    if not file.is_file():
        return {}
    try:
        return read_manifest(file)
    except ManifestError as exc:
        corpus.errors.append(DocumentError(exc.path, exc.reason))
        return {}


def _sidecar_key(plan: Path) -> str:
    """The name of a plan's `.src` sidecar as a folder listing is matched against: case
    folded, so a file system that ignores case is never told there is none."""
    return str(plan.with_suffix(SOURCE_SUFFIX)).casefold()


def load_document(
    path: str | Path, manifest: dict | None = None, look_for_source: bool = True
) -> Document:
    """Read (text, HTML, Word or PDF, by content), normalise and tag one file; raise
    DocumentError when it cannot be read. (`look_for_source` False: its folder's listing
    shows no `.src` sidecar, so none is opened.)"""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(str(path), _too_large(size))
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    loaded = loaders.load(path, data)
    return build_document(
        loaded.raw,
        doc=path.name,
        path=str(path),
        encoding=loaded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        manifest=manifest or {},
        source=read_source(path) if look_for_source else None,
        loaded=loaded,
    )


def _too_large(size: int) -> str:
    return (
        f"too large: {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit for one "
        "file (a plan is rarely over 1 MB): check that it is one plan, or split it"
    )


def read_source(path: Path) -> str | None:
    """The address in the `.src` sidecar of a plan file, if it has one."""
    sidecar = path.with_suffix(SOURCE_SUFFIX)
    try:
        lines = sidecar.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return None
    first = lines[0].strip()
    return first or None


def build_document(
    raw: str,
    doc: str,
    path: str = "",
    encoding: str = "utf-8",
    sha256: str = "",
    manifest: dict | None = None,
    source: str | None = None,
    loaded: Loaded | None = None,
) -> Document:
    """Make a Document from text already in memory (used by tests and by load_document).

    `source` is the address the text was copied from (a `.src` sidecar); it is kept and is
    evidence for the place and date when the text itself does not say. `loaded` carries
    what a loader of another format found: non-body spans, tables, pages, page metadata.
    """
    raw = without_surrogates(raw)
    # a loader that read pages (PDF) flagged their numbers itself: they stay, as non-body
    norm = normalise(raw, page_numbers=loaded is None or loaded.pages is None)
    nonbody = chrome.find_nonbody(norm.text)
    tables = loaded.tables if loaded is not None else None
    if tables is None:  # read from the aligned text: a table in traditional script or in
        # full-width digits reads as one in simplified and ASCII, at the raw offsets
        view = norm.aligned
        tables = text_tables(view) + closed_cell_tables(view) + open_cell_tables(view)
        tables += spaced_place_tables(view) + year_row_tables(view)
        tables += ranked_place_tables(view)
        if norm.aligned_offsets is not None:  # the view lost invisible characters
            tables = at_offsets(tables, norm.aligned_offsets)
    extra = list(loaded.nonbody) if loaded is not None else []
    extra += [(t.start, t.end, "indicator_table") for t in tables if indicator_table(t)]
    extra += [
        (t.start, t.end, "place_table") for t in tables if place_figures(t) or year_figures(t)
    ]
    if extra:
        nonbody = _merge_nonbody(nonbody, norm, extra)
    body = chrome.blank(norm.text, [n for n in nonbody if n.kind == "markup"])
    line_kinds = _line_kinds(body, nonbody)  # lines of the body: a tag's line breaks are gone
    analysis = chrome.blank(norm.text, nonbody)
    tags = tag(body, line_kinds, source, analysis)
    values, sources, warnings = tags.values, tags.sources, tags.warnings
    if source:
        values["source"] = source
        sources["source"] = "sidecar"
    values["script"] = (
        "traditional"
        if norm.cjk_chars and norm.converted_chars / norm.cjk_chars > TRADITIONAL_SHARE
        else "simplified"
    )
    sources["script"] = f"{norm.converted_chars} of {norm.cjk_chars} characters converted by OpenCC"
    spam = [n for n in nonbody if n.kind == "spam"]
    if spam:
        warnings.append(f"{len(spam)} spam line(s) flagged and excluded: {spam[0].text[:20]}…")
    if loaded is not None:
        _apply_loaded(loaded, values, sources, warnings)
    markup = chrome.html_markup(nonbody)
    if markup:
        first = " ".join(markup[0].text.split())
        warnings.append(
            f"{len(markup)} HTML tag(s) or comment(s) in the text, flagged and read around: "
            f"{first[:40]}{'…' if len(first) > 40 else ''}"
        )
    _apply_manifest(manifest or {}, sha256, values, sources, warnings)
    document = Document(doc, path, raw, encoding, sha256, norm, nonbody, values, sources, warnings)
    document.tables = tables
    if loaded is not None:
        document.format = loaded.format
        document.pages = loaded.pages
        document.page_starts = list(loaded.page_starts)
    document.__dict__["analysis_text"] = analysis  # the cached property, computed once here
    return document


def _merge_nonbody(
    found: list[chrome.NonBody], norm: Normalised, raw_spans: list[tuple[int, int, str]]
) -> list[chrome.NonBody]:
    """Add non-body spans given in raw offsets (a loader's page furniture, indicator tables)
    to those chrome found, in normalised offsets. Chrome's spans inside an added one (the
    pipes of a table row) are dropped: blanking fills overlapping spans only once."""
    added = []
    for raw_start, raw_end, kind in raw_spans:
        start = bisect.bisect_left(norm.starts, raw_start)
        end = bisect.bisect_left(norm.starts, raw_end)
        if end > start:
            added.append(chrome.NonBody(start, end, kind, norm.text[start:end]))
    kept = [n for n in found if not any(a.start <= n.start and n.end <= a.end for a in added)]
    out = kept + [a for a in added if not any(a.start >= k.start and a.end <= k.end for k in kept)]
    out.sort(key=lambda nb: nb.start)
    return out


# Page metadata (HTML portals) -> document fields read directly; dates are tagged from the
# metadata lines the loader wrote (成文日期:…), so tagging's own date rules apply to them.
_LOADED_FIELDS = ("doc_number", "index_no")


def _apply_loaded(loaded: Loaded, values: dict, sources: dict, warnings: list[str]) -> None:
    """Fields a page states about itself, and the loader's warnings."""
    for key in _LOADED_FIELDS:
        if loaded.fields.get(key):
            values[key] = loaded.fields[key]
            sources[key] = "page metadata"
    if loaded.fields.get("issuer") and sources.get("issuer") != "metadata":
        values["issuer"] = loaded.fields["issuer"]
        sources["issuer"] = "page metadata"
    warnings.extend(loaded.warnings)


def _line_kinds(text: str, nonbody: list[chrome.NonBody]) -> dict[int, str]:
    starts = {}
    pos = 0
    for i, line in enumerate(text.split("\n")):
        starts[pos] = i
        pos += len(line) + 1
    return {starts[n.start]: n.kind for n in nonbody if n.start in starts and n.kind != "markup"}


def _apply_manifest(
    row: dict, sha256: str, values: dict, sources: dict, warnings: list[str]
) -> None:
    """Manifest cells override detected fields; a place override also sets its gazetteer facts."""
    if not row:
        return
    if row.get("source"):
        values["source"] = row["source"]
    expected = row.get("sha256")
    if expected and sha256 and expected != sha256:
        warnings.append(f"sha256 differs from manifest.csv ({expected[:12]}…): the file changed")
    for key, value in row.items():
        if key in {"file", "source", "sha256"}:
            continue
        values[key] = value
        sources[key] = "manifest"
    if "adcode" in row or "city" in row:
        place = gazetteer.by_adcode(str(row["adcode"])) if "adcode" in row else None
        if place is None and "city" in row:
            found = gazetteer.lookup(str(row["city"]))
            place = found[0] if len(found) == 1 else None
        if place:
            for key, value in (
                ("city", place.name),
                ("province", place.province),
                ("prefecture", place.prefecture),
                ("adcode", place.adcode),
                ("admin_level", place.level),
            ):
                if key not in row:
                    values[key] = value
                    sources[key] = "manifest via gazetteer"
            warnings[:] = [w for w in warnings if not w.startswith("no city found")]
    if "title" in row and "doc_type" not in row:
        values["doc_type"] = doc_type_of(str(row["title"]))
        sources["doc_type"] = "manifest title"
