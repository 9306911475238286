"""Composition root: paths -> app settings -> first run or unlock -> main window."""

import os
from pathlib import Path

from desktop.paths import DATA_DIR_ENV, data_dir


def choose_folder(folder: Path | None, settings_folder: str | None) -> Path:
    """--data-dir, then $BVTE_DATA_DIR, then the folder chosen in Settings, then the default."""
    if folder is not None and Path(folder) != data_dir():
        return Path(folder)
    if os.environ.get(DATA_DIR_ENV):
        return data_dir()
    if settings_folder:
        return Path(settings_folder).expanduser()
    return Path(folder) if folder is not None else data_dir()


def run_app(folder: Path | None = None, *, demo_password: str | None = None) -> int:
    """Start the Qt app; returns the process exit code."""
    from desktop.services.settings import load_app_settings
    from desktop.ui.shell import run

    settings = load_app_settings()
    # A demo register is always opened where it was made, whatever Settings say.
    if demo_password and folder is not None:
        target = Path(folder)
    else:
        target = choose_folder(folder, settings.data_folder)
    return run(target, demo_password=demo_password, language=settings.language)
