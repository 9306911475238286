"""A form that keeps a draft, and the real navigation with it in place of Home visits."""

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.ui.context import AppContext
from desktop.ui.drafts import DraftAutosave
from desktop.ui.pages import PAGES, NavPage


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
