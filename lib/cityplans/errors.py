"""Every exception cityplans raises, in one place, each with a message a user can act on."""

from __future__ import annotations


class CityplansError(Exception):
    """Base class for all cityplans errors."""

    def __reduce__(self):
        # Exception pickles as cls(*args), which fails for our constructors (args holds only
        # the message); restore the message and attributes instead. A report hands the corpus,
        # with its errors, to the notebooks' kernels through a pickle.
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type[CityplansError], args: tuple, state: dict) -> CityplansError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class _PathReason:
    """Mixin of the errors about one file: the path and the reason (before CityplansError in
    the bases, so that it sets the message)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class _RowReason:
    """Mixin of the errors about one row of a file: the path, the row as a spreadsheet numbers
    it (the header is row 1), the column and the reason."""

    def __init__(self, path: str, row: int, column: str, reason: str) -> None:
        self.path = str(path)
        self.row = row
        self.column = column
        self.reason = reason
        super().__init__(f"{self.path}: row {row}, column {column}: {reason}")


class DocumentError(_PathReason, CityplansError):
    """A file could not be read as a plan; carries the path and the reason."""


class EmptyCorpusError(CityplansError, ValueError):
    """No plan could be loaded: names every path looked at (absolute) and why it gave nothing."""

    def __init__(self, paths: list[str], errors: list[DocumentError], hint: str = "") -> None:
        self.paths = [str(p) for p in paths]
        self.reasons = [(e.path, e.reason) for e in errors]
        said = {path for path, _ in self.reasons}
        reasons = self.reasons + [(p, "no plan read") for p in self.paths if p not in said]
        listed = "; ".join(f"{path}: {reason}" for path, reason in reasons)
        super().__init__(f"no plans loaded: {listed}" + (f". {hint}" if hint else ""))


class ManifestError(_PathReason, CityplansError):
    """A manifest.csv row or column is malformed."""


def _nearest(name: str, valid: list[str]) -> str | None:
    """The valid name a mistyped one most likely meant: the only one that contains it or that
    it contains (杭州 → 杭州市, hte → hte_count), else the closest spelling, if close enough."""
    import difflib

    containing = [v for v in valid if name and (name in v or v in name)]
    if len(containing) == 1:
        return containing[0]
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
    return close[0] if close else None


def _did_you_mean(name: str, valid: list[str]) -> str:
    guess = _nearest(name, valid)
    return f"did you mean {guess!r}? " if guess else ""


class UnknownIndicatorError(CityplansError, KeyError):
    """An indicator id is not in the registry; suggests the nearest and lists the valid ids."""

    def __init__(self, indicator: str, valid_ids: list[str]) -> None:
        self.indicator = indicator
        self.valid_ids = sorted(valid_ids)
        super().__init__(
            f"unknown indicator {indicator!r}; {_did_you_mean(indicator, self.valid_ids)}"
            f"valid ids: {', '.join(self.valid_ids)}"
        )

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.args[0]


class UnknownCityError(CityplansError, KeyError):
    """A city is not in the corpus; suggests the nearest and lists the cities that are."""

    def __init__(self, city: str, valid: list[str]) -> None:
        self.city = city
        self.valid = sorted(valid)
        super().__init__(
            f"unknown city {city!r}; {_did_you_mean(city, self.valid)}"
            f"cities in this corpus: {', '.join(self.valid)}"
        )

    def __str__(self) -> str:
        return self.args[0]


class ParameterError(CityplansError, ValueError):
    """A notebook or report parameter has a value that cannot be used."""


class ReportError(CityplansError):
    """A notebook failed while rendering: which notebook, which cell, what error."""

    def __init__(self, notebook: str, cell: int | None, error: str) -> None:
        self.notebook = notebook
        self.cell = cell
        self.error = error
        where = f"cell {cell}" if cell is not None else "before any cell ran"  # 1-based
        super().__init__(f"{notebook}: {where}: {error}")


class DataFileError(CityplansError):
    """A packaged data file (YAML dictionary, registry) is missing or malformed."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"data file {name}: {reason}")


class GoldFileError(CityplansError):
    """A gold file for `evaluate` is unreadable or has a malformed row; names file and line."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class OutputError(_PathReason, CityplansError):
    """An output could not be written (disk full, read-only folder): the path and the reason."""


class OutputLockedError(OutputError):
    """Another build or report is writing into the same output folder right now."""

    def __init__(self, path: str, what: str = "build") -> None:
        self.path = str(path)
        self.what = what
        self.reason = f"another {what} is writing here"
        CityplansError.__init__(
            self, f"{self.reason}: {self.path} (wait for it to finish, then run again)"
        )


class ActualsFileError(_PathReason, CityplansError):
    """An actuals file cannot be used at all (unreadable, wrong format, a required column
    missing); names the file and what to do."""


class ActualsRowError(_RowReason, CityplansError):
    """One row of an actuals file is unusable; names the file, the row as a spreadsheet
    numbers it (the header is row 1), the column and why. The file's other rows are used."""


class MixedComparisonError(CityplansError, ValueError):
    """A normalisation or ranking would put unlike rows on one scale (several kinds or units);
    names what is mixed and how to narrow the request."""

    def __init__(self, indicator: str, what: str, values: list[str], hint: str) -> None:
        self.indicator = indicator
        self.what = what
        self.values = sorted(values)
        super().__init__(
            f"{indicator}: the rows mix {what}s ({', '.join(self.values)}); "
            f"values of different {what}s are never put on one scale: {hint}"
        )


class CorrectionsFileError(CityplansError):
    """A stored corrections file (corrections.csv beside the plans) is unreadable or has a
    malformed row; names the file and the row (the header is row 1)."""

    def __init__(self, path: str, row: int, reason: str) -> None:
        self.path = str(path)
        self.row = row
        self.reason = reason
        where = f"{self.path}: row {row}" if row else self.path
        super().__init__(f"{where}: {reason}")


class ReviewFileError(_PathReason, CityplansError):
    """A review file given to `review apply` cannot be used at all (unreadable, not .xlsx or
    .csv, a required column missing); names the file and what to do."""


class ReviewRowError(_RowReason, CityplansError):
    """One row of a review file cannot be stored (unknown target id, a changed quote, a bad
    value); names the file, the row as a spreadsheet numbers it (the header is row 1), the
    column and what to do."""
