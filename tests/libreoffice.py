"""Running LibreOffice headless in tests: the deck and the workbook must open in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice")
# skipped only where LibreOffice is not installed (.ci/run installs it for CI)
needs_soffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed: apt-get install libreoffice-impress libreoffice-calc",
)


def convert(path: Path, target: str, outdir: Path) -> Path:
    """Convert `path` with `soffice --headless --convert-to target`; the converted file.
    A file LibreOffice cannot open (or would need to repair) converts to nothing."""
    profile = outdir / "lo-profile"  # its own profile: runs never share a lock
    proc = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    suffix = target.split(":")[0]
    # one sheet of a workbook as CSV is named after the sheet: NAME-SHEET.csv
    made = [outdir / f"{path.stem}.{suffix}", *outdir.glob(f"{path.stem}-*.{suffix}")]
    made = [p for p in made if p.is_file()]
    assert proc.returncode == 0 and len(made) == 1, (proc.stdout, proc.stderr)
    return made[0]
