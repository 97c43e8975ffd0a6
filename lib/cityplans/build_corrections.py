"""The analyst's decisions as a build applies them: to one document's serialised targets at a
time, as the build streams them from its cache (which keeps them as extracted), and the
decisions table at the end. Apart from corrections.py, which table_io reads its schema from."""

from __future__ import annotations

from pathlib import Path

from cityplans.corrections import Decisions, apply_to_document, decision_rows
from cityplans.table_io import SCHEMAS, serialize


class BuildCorrections:
    """The decisions a build applies: one document's targets piece at a time (as the build
    streams them), and the decisions table at the end."""

    def __init__(self) -> None:
        self.store = Decisions()
        self.states: list[dict] = []

    def targets_piece(self, path: str, sha256: str, piece):
        """A document's serialised targets with its decisions applied (unchanged when none)."""
        decisions = self.store.of(path)
        if not decisions:
            return piece
        table, _ = piece
        rows, states = apply_to_document(
            table.to_pylist(), decisions, sha256, str(Path(path).parent)
        )
        self.states += states
        return serialize(SCHEMAS["targets"], rows)

    def rows(self) -> list[dict]:
        """The decisions table's rows."""
        return decision_rows(self.states)

    def errors(self) -> list[dict]:
        """Corrections files that could not be read, as rows of the errors table."""
        return [
            {"path": e.path, "reason": f"row {e.row}: {e.reason}" if e.row else e.reason}
            for e in self.store.errors
        ]
