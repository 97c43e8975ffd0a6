"""Progress bars: drawn on a terminal, never into a pipe, a log or CI's console."""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios

from tests.conftest import BAZHOU, ROOT, SEEDS


def _in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run `python -m cityplans ARGS` with its output on a pseudo-terminal; what it wrote."""
    leader, follower = pty.openpty()
    # a terminal of 24 x 100 (a new pseudo-terminal has no size, and tqdm draws nothing then)
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cityplans", *args],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(leader)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    return {**env, **extra}


def test_build_draws_a_bar_on_a_terminal(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(SEEDS / BAZHOU, plans / BAZHOU)
    shown = _in_terminal(["build", str(plans), "--out", str(tmp_path / "data")], _env())
    assert "building (local)" in shown and "1/1" in shown


def test_no_bar_in_ci_even_on_a_terminal(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(SEEDS / BAZHOU, plans / BAZHOU)
    shown = _in_terminal(["build", str(plans), "--out", str(tmp_path / "data")], _env(CI="true"))
    assert "building (local)" not in shown and "1 documents (1 processed" in shown


def test_no_bar_into_a_pipe(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "cityplans", "build", str(SEEDS / BAZHOU), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=_env(),
    )
    assert proc.returncode == 0 and proc.stderr == ""
