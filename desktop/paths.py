"""Where BVTE finds its resources and keeps its data, from source or a frozen bundle."""

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "BVTE"
DATA_DIR_ENV = "BVTE_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding resources/ and i18n/: the repo from source, _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def reference_dir() -> Path:
    return resources_dir() / "reference"


def i18n_dir() -> Path:
    return bundle_root() / "i18n"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "storage" / "migrations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The register folder: `--data-dir`, else $BVTE_DATA_DIR, else the platform's user data dir."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / "register.db"


def keyring_path(folder: Path) -> Path:
    return folder / "register.keys"
