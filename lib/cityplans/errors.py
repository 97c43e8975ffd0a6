"""Every exception cityplans raises, in one place, each with a message a user can act on."""

from __future__ import annotations


class CityplansError(Exception):
    """Base class for all cityplans errors."""


class DocumentError(CityplansError):
    """A file could not be read as a plan; carries the path and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestError(CityplansError):
    """A manifest.csv row or column is malformed."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnknownIndicatorError(CityplansError, KeyError):
    """An indicator id is not in the registry; lists the valid ids."""

    def __init__(self, indicator: str, valid_ids: list[str]) -> None:
        self.indicator = indicator
        self.valid_ids = sorted(valid_ids)
        super().__init__(f"unknown indicator {indicator!r}; valid ids: {', '.join(self.valid_ids)}")

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.args[0]


class DataFileError(CityplansError):
    """A packaged data file (YAML dictionary, registry) is missing or malformed."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"data file {name}: {reason}")
