"""Compile every Qt Linguist catalogue in this folder (.ts) into the .qm files the app loads."""

import shutil
import subprocess
import sys
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
    """Run lrelease on each .ts; returns the .qm files written."""
    sources = sorted(folder.glob("*.ts"))
    if sources:
        subprocess.run([lrelease(), "-silent", *map(str, sources)], check=True)
    return [source.with_suffix(".qm") for source in sources]


if __name__ == "__main__":
    for built in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(built)
