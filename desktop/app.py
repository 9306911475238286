"""Composition root: the register folder -> unlock -> store -> services -> main window."""

from pathlib import Path


def run_app(folder: Path, *, demo_password: str | None = None) -> int:
    """Start the Qt app on this register folder; returns the process exit code."""
    from desktop.ui.application import run

    return run(folder, demo_password=demo_password)
