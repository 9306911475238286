"""Helpers for the app-shell tests: built catalogues, language switching, a form with drafts."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.ui.context import AppContext
from desktop.ui.drafts import DraftAutosave
from desktop.ui.language import set_language
from desktop.ui.pages import PAGES, NavPage

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


class DraftForm(QWidget):
    """A form that keeps its one field as a draft, as the real forms do."""

    KIND = "test_form"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("draftField")
        self.autosave = DraftAutosave(
            ctx, self.KIND, "new", lambda: {"text": self.edit.text()}, self
        )
        self.edit.textEdited.connect(lambda _text: self.autosave.changed())
        self.restored = False
        self.autosave.restore(self._restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)

    def _restore(self, payload: dict) -> None:
        self.edit.setText(payload["text"])
        self.restored = True

    def save_drafts(self) -> None:
        self.autosave.flush()


def pages_with_draft_form() -> tuple[NavPage, ...]:
    """The real navigation with Home visits replaced by the draft form."""
    return tuple(
        NavPage(page.key, page.title, DraftForm) if page.key == "visits" else page for page in PAGES
    )
