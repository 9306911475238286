"""Compile every Qt Linguist catalogue in this folder (.ts) into the .qm files the app loads."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> str:
    """pyside6-lrelease from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def build(folder: Path = HERE) -> list[Path]:
    """Run lrelease on each .ts; returns the .qm files (written, or already up to date).

    A running app (or test) maps its loaded .qm into memory, and lrelease truncates the file
    it writes: rewritten in place, a mapped catalogue would read as empty mid-write and crash
    the reader. So each .qm is made beside its target and moved over it in one rename, which
    leaves any existing mapping on the old file; a .qm newer than its .ts is left alone.
    """
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        built.append(target)
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=folder)
        os.close(handle)
        try:
            subprocess.run([lrelease(), "-silent", str(source), "-qm", temporary], check=True)
            os.chmod(temporary, 0o644)  # catalogues are not secret; every account reads them
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
    return built


if __name__ == "__main__":
    for built in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(built)
