"""Writing outputs safely: one writer per folder, unique temporary files, atomic replacement,
and every OS error turned into an OutputError that names the path and the reason.

A build or a report first takes the lock of its output folder (`folder_lock`), so a second
one into the same folder stops at once with a clear message instead of racing on the same
files. Every file is written under a unique temporary name beside its target and moved into
place when complete, so a reader, or a run that fails half-way, never sees half a file.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cityplans.errors import OutputError, OutputLockedError

LOCK_NAME = ".cityplans.lock"

# what a user can do about the usual failures, after the system's own words
_HINTS = {
    errno.ENOSPC: "the disk is full: free some space or write elsewhere with --out",
    errno.EDQUOT: "the disk quota is used up: free some space or write elsewhere with --out",
    errno.EROFS: "the file system is read-only: write elsewhere with --out",
    errno.EACCES: "no permission to write here: write elsewhere with --out",
    errno.EPERM: "no permission to write here: write elsewhere with --out",
}


def reason(exc: OSError) -> str:
    """The reason of an OS error in words, with what to do for the usual ones."""
    said = exc.strerror or str(exc) or type(exc).__name__
    hint = _HINTS.get(exc.errno) if exc.errno is not None else None
    return f"{said} ({hint})" if hint else said


@contextmanager
def output_errors(default: str | Path) -> Iterator[None]:
    """Turn an OSError raised inside into OutputError(path, reason); the path is the file the
    system names, else `default` (the output folder)."""
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        path = exc.filename if exc.filename is not None else default
        raise OutputError(os.fsdecode(path), reason(exc)) from exc


@contextmanager
def folder_lock(folder: Path, what: str = "build") -> Iterator[None]:
    """Hold `folder`'s lock while the block runs; OutputLockedError when another process (a
    build or report into the same folder) holds it. The system frees the lock when the holder
    exits, however it exits, so a killed run never leaves the folder locked."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / LOCK_NAME, "a+b")  # noqa: SIM115 (held until the block ends)
    try:
        if not _try_lock(handle):
            raise OutputLockedError(str(folder), what)
        yield
    finally:
        handle.close()  # closing releases the lock


def _try_lock(handle) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another holds it."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def temp_path(target: Path) -> Path:
    """A new, unique, empty file beside `target` (same folder, so moving it there is atomic);
    hidden, so a half-written one is never taken for an output. Created as open() creates
    files (permissions from the umask, unlike mkstemp's private ones)."""
    while True:
        path = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            with open(path, "xb"):
                return path
        except FileExistsError:
            continue


_TEMP = re.compile(r"^\..+\.\d+\.[0-9a-f]{8}\.tmp$")  # the names temp_path makes


def remove_stale_temps(folder: Path) -> int:
    """Remove the temporary files a killed run left in `folder` (call it holding the folder's
    lock: then no other run is writing one); how many there were."""
    stale = [p for p in folder.glob(".*.tmp") if _TEMP.match(p.name)]
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` (text as UTF-8) to `path` through a unique temporary file: readers and a
    run interrupted half-way see the old file or the new one, never a part."""
    tmp = temp_path(path)
    try:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
