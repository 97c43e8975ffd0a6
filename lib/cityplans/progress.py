"""Progress bars for long commands: shown on a terminal, quiet in CI and in piped output.

A bar drawn into a log file or a CI console is noise (carriage returns, one line per update),
so a bar is shown only when its stream is a terminal and the environment is not CI.
"""

from __future__ import annotations

import os
import sys
from typing import IO


def wanted(stream: IO | None = None) -> bool:
    """Whether a progress bar belongs on `stream` (default stderr): a terminal, not in CI."""
    stream = sys.stderr if stream is None else stream
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or not a real file
        return False


def bar(total: int, desc: str, unit: str, enabled: bool | None = None):
    """A tqdm bar on stderr; `enabled` None means shown only where `wanted()` says."""
    from tqdm import tqdm

    show = wanted() if enabled is None else enabled
    return tqdm(total=total, desc=desc, unit=unit, disable=not show, file=sys.stderr)
