"""Languages for UI tests: built catalogues, switching language, removing the translators."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.ui.language import install_translators, set_language

ROOT = Path(__file__).resolve().parents[2]
_built = False


def build_catalogues() -> None:
    global _built
    if not _built:
        subprocess.run([sys.executable, str(ROOT / "i18n" / "build.py")], check=True)
        _built = True


def use_language(language: str) -> None:
    build_catalogues()
    set_language(language)


def drop_language() -> None:
    """Remove the catalogues set_language() installed, leaving the app as other tests expect."""
    app = QCoreApplication.instance()
    for translator in getattr(app, "_bvte_translators", []):
        app.removeTranslator(translator)
    app._bvte_translators = []


def vietnamese_catalogue(qapp):
    """Build and install the Vietnamese catalogue; returns the translators to remove after."""
    build = ROOT / "i18n" / "build.py"
    subprocess.run([sys.executable, str(build)], check=True, capture_output=True)
    return install_translators(qapp, "vi")
