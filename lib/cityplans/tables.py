"""The tables of a corpus, one type whether they were built or are computed now.

`Tables` holds documents, targets, mentions, clauses, incentives, terms and the inputs that
failed. `Tables.read` opens what `cityplans build` wrote (Parquet); `Tables.of` computes the
same tables from parsed documents, each on first use, so a notebook that needs only the
targets never tokenises. `load_tables` takes the built tables when they cover exactly the
plans asked for, unchanged, and parses the plans otherwise. Notebooks and reports read
tables; a `Corpus` is always parsed documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from cityplans import build
from cityplans.clauses import clauses
from cityplans.corpus import Corpus, load_corpus
from cityplans.errors import DocumentError
from cityplans.incentives import incentives
from cityplans.keywords import keyword_table, similarity_matrix, term_counts_of, terms
from cityplans.targets import extract_targets, mentions

NAMES = ("documents", "targets", "mentions", "clauses", "incentives", "terms", "corrections")
# integer columns that may be empty, as the library makes them (pandas' nullable Int64)
NULLABLE_INTS = {
    "documents": ("period_start", "period_end"),
    "targets": ("year", "period_start", "period_end", "page", "cell_start", "cell_end"),
}


_COMPUTE: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "documents": lambda corpus: corpus.documents,
    "mentions": mentions,
    "clauses": clauses,
    "incentives": incentives,
    "terms": terms,
}


@dataclass(frozen=True)
class _Computed:
    """Tables made from parsed documents."""

    corpus: Corpus

    @cached_property
    def _corrected(self):
        """The targets with the analyst's decisions beside the plans applied, and those
        decisions: made once for both tables."""
        from cityplans.corrections import apply_corrections

        return apply_corrections(extract_targets(self.corpus), self.corpus.documents)

    def __call__(self, name: str) -> pd.DataFrame:
        if name == "targets":
            return self._corrected.targets
        if name == "corrections":
            return self._corrected.decisions
        return _COMPUTE[name](self.corpus)


@dataclass(frozen=True)
class _Read:
    """Tables read from a build's folder."""

    folder: Path

    def __call__(self, name: str) -> pd.DataFrame:
        return read_table(self.folder, name)


@dataclass(frozen=True)
class _Mapped:
    """Another source's tables, each passed through `fn`."""

    source: Callable[[str], pd.DataFrame]
    fn: Callable[[pd.DataFrame], pd.DataFrame]

    def __call__(self, name: str) -> pd.DataFrame:
        return self.fn(self.source(name))


class Tables:
    """Documents, targets, mentions, clauses, incentives and terms of a corpus (each read or
    computed once, on first use; every access returns a copy), its errors and notices."""

    def __init__(
        self,
        source: Callable[[str], pd.DataFrame] | None,
        errors: Iterable[DocumentError] = (),
        notices: Iterable[str] = (),
        frames: dict[str, pd.DataFrame] | None = None,
    ) -> None:
        self._source = source
        self._frames = dict(frames or {})
        self.errors = list(errors)  # inputs that could not be read
        self.notices = list(notices)  # files skipped, with the reason

    @classmethod
    def of(cls, corpus: Corpus) -> Tables:
        """The tables of parsed documents, computed when first asked for."""
        return cls(_Computed(corpus), corpus.errors, corpus.notices)

    @classmethod
    def read(cls, folder: str | Path) -> Tables:
        """The tables `cityplans build` wrote to `folder`."""
        folder = Path(folder)
        failed = read_table(folder, "errors")
        errors = [DocumentError(r.path, r.reason) for r in failed.itertuples()]
        return cls(_Read(folder), errors)

    def table(self, name: str) -> pd.DataFrame:
        """One table by name (documents, targets, mentions, clauses, incentives, terms)."""
        if name not in NAMES:
            raise KeyError(f"no table {name!r}; the tables are {', '.join(NAMES)}")
        if name not in self._frames:
            self._frames[name] = self._source(name)
        return self._frames[name].copy()

    @property
    def documents(self) -> pd.DataFrame:
        """One row per document (the columns of corpus.DOCUMENT_COLUMNS)."""
        return self.table("documents")

    @property
    def targets(self) -> pd.DataFrame:
        """One row per goal or reported fact (cityplans.extract_targets)."""
        return self.table("targets")

    @property
    def mentions(self) -> pd.DataFrame:
        """Every number of every body, with its role (cityplans.mentions)."""
        return self.table("mentions")

    @property
    def clauses(self) -> pd.DataFrame:
        """One row per numbered clause (cityplans.clauses)."""
        return self.table("clauses")

    @property
    def incentives(self) -> pd.DataFrame:
        """One row per money incentive (cityplans.incentives)."""
        return self.table("incentives")

    @property
    def terms(self) -> pd.DataFrame:
        """Content-word counts: doc, term, count."""
        return self.table("terms")

    @property
    def corrections(self) -> pd.DataFrame:
        """Every decision stored beside these plans, with its state (applied, stale,
        superseded) and the reason (cityplans.corrections)."""
        return self.table("corrections")

    @property
    def error_table(self) -> pd.DataFrame:
        """One row per input that failed: path and reason."""
        rows = [{"path": e.path, "reason": e.reason} for e in self.errors]
        return pd.DataFrame(rows, columns=["path", "reason"])

    def keywords(self, top: int = 15) -> pd.DataFrame:
        """The `top` TF-IDF keywords of each plan (cityplans.keywords)."""
        documents = self.documents
        return keyword_table(term_counts_of(self.terms, documents["doc"]), documents, top)

    def similarity(self) -> pd.DataFrame:
        """Cosine similarity of the plans' TF-IDF vectors (cityplans.similarity)."""
        documents = self.documents
        return similarity_matrix(term_counts_of(self.terms, documents["doc"]), documents)

    def map(self, fn: Callable[[pd.DataFrame], pd.DataFrame]) -> Tables:
        """These tables, each passed through `fn` (on first use, like the tables themselves)."""
        frames = {name: fn(frame) for name, frame in self._frames.items()}
        return Tables(_Mapped(self._source, fn), self.errors, self.notices, frames)

    def loaded(self) -> Tables:
        """Every table made now, kept in memory only: to pickle, or to share between runs."""
        frames = {name: self.table(name) for name in NAMES}
        return Tables(None, self.errors, self.notices, frames)


def read_table(folder: str | Path, name: str) -> pd.DataFrame:
    """One built table as the library makes it: list columns as Python lists, integer
    columns that may be empty as Int64, the decision marks of undecided targets ''."""
    path = Path(folder) / f"{name}.parquet"
    if name == "corrections" and not path.exists():  # a build from before decisions
        from cityplans.corrections import DECISION_COLUMNS

        return pd.DataFrame(columns=DECISION_COLUMNS)
    frame = pd.read_parquet(path)
    for col in frame.columns:
        if frame[col].dtype == object and len(frame) and _is_array(frame[col].iloc[0]):
            frame[col] = frame[col].map(_as_list)
    for col in NULLABLE_INTS.get(name, ()):
        frame[col] = frame[col].astype("Int64")
    if name == "targets":
        from cityplans.corrections import TARGET_MARKS

        for col in TARGET_MARKS:
            frame[col] = frame[col].fillna("") if col in frame.columns else ""
    return frame


def _is_array(value) -> bool:
    return hasattr(value, "tolist") and not isinstance(value, str)


def _as_list(value):
    if value is None:
        return []
    return [_as_list(v) if _is_array(v) else v for v in value.tolist()]


def built_tables(paths: Iterable[str | Path] | None, built: str | Path) -> Tables | None:
    """The tables built at `built` if they cover exactly the plans at `paths`, unchanged
    (same files, same sha256, same pipeline version); None when stale or missing."""
    return Tables.read(built) if build.is_current(paths, built) else None


def load_tables(
    paths: Iterable[str | Path] | str | Path | None = None, built: str | Path | None = None
) -> Tables:
    """The tables of the plans at `paths` (default seeds/): those built at `built` (a folder
    written by `cityplans build`) when they cover exactly these plans, unchanged; else the
    plans are parsed and the tables computed on first use. No document at all is an
    EmptyCorpusError, as for load_corpus."""
    if paths is None or isinstance(paths, str | Path):
        paths = None if paths is None else [paths]
    else:
        paths = list(paths)
    if built is not None:
        found = built_tables(paths, built)
        if found is not None and not found.documents.empty:
            return found
    return Tables.of(load_corpus(paths))
