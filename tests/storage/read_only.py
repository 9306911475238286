"""Make a folder and its files truly read-only, even for root (who ignores permission bits)."""

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Inside the block nothing in `folder` can be written, made or removed."""
    paths = [*sorted(folder.iterdir()), folder]
    if os.geteuid() != 0:
        modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
        for path in paths:
            path.chmod(modes[path] & ~0o222)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(modes[path])
        return
    # Root writes through any mode bits; the immutable attribute stops even root.
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is needed to make a folder read-only for root")
    made = subprocess.run([chattr, "+i", *map(str, paths)], capture_output=True, check=False)
    if made.returncode != 0:
        subprocess.run([chattr, "-i", *map(str, paths)], capture_output=True, check=False)
        pytest.skip(f"this filesystem has no immutable attribute: {made.stderr!r}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *map(str, paths)], check=True)
