"""Files beside the register: private permissions, whole-or-nothing writes, writability."""

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from desktop.storage.errors import StoreReadOnly

# Owner read and write only: a register, its WAL and its keys are nobody else's business.
PRIVATE = stat.S_IRUSR | stat.S_IWUSR
_REPLACE_TRIES = 5
# Errors that mean "this place cannot be written", as opposed to a damaged file.
_NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, rename over it: readers see old or new, never half.

    The file is private (0600) from its first byte, and removed on any failure.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(_REPLACE_TRIES):
            try:
                os.replace(temp_name, path)
                break
            except PermissionError:
                # On Windows a scanner or indexer briefly holding the target blocks the rename.
                if attempt == _REPLACE_TRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; Windows cannot open a folder for fsync."""
    if os.name != "posix":
        return
    # Some filesystems (network shares) refuse a folder fsync; the rename has already happened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create_private(path: Path) -> None:
    """An empty file only the owner can read, made before SQLite opens it.

    SQLite gives the -wal and -shm files it creates the mode of the database file, so this one
    call keeps all three private whatever the process umask is.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    os.close(fd)


def make_private(paths: list[Path]) -> None:
    """Take group and other permissions off files an older version made readable by all."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                with contextlib.suppress(OSError):
                    os.chmod(path, mode & ~(stat.S_IRWXG | stat.S_IRWXO))


def is_not_writable(exc: OSError) -> bool:
    return exc.errno in _NOT_WRITABLE


def require_writable(folder: Path, files: list[Path]) -> None:
    """StoreReadOnly unless a file can be made in `folder` and each existing file opened to write.

    Asked of the filesystem itself rather than of permission bits: an administrator, a
    read-only share or a write-protected stick each answer differently to os.access.
    """
    try:
        fd, probe = tempfile.mkstemp(prefix=".bvte-write-check.", dir=folder)
        os.close(fd)
        os.unlink(probe)
        for path in files:
            if path.exists():
                with open(path, "r+b"):
                    pass
    except OSError as exc:
        if is_not_writable(exc):
            raise StoreReadOnly(str(folder)) from None
        raise
