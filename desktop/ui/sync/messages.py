"""Sync problems in the UI's language: the services' marked texts through the catalogues."""

from PySide6.QtCore import QCoreApplication

from desktop.services.sync import messages as sync_messages
from desktop.sync.errors import SyncError

CONTEXT = "SyncMessages"


def show(text: sync_messages.Text) -> str:
    """A service's marked text, translated, then filled in; the server's own words as they are."""
    template, params = text
    if params is None:
        return template
    return QCoreApplication.translate(CONTEXT, template).format(**params)


def explain(exc: SyncError) -> str:
    return show(sync_messages.explanation(exc))


def held_reason(code: str, column: str) -> str:
    sentence, what, column_name = sync_messages.held_text(code, column)
    what = QCoreApplication.translate(CONTEXT, what).format(column=column_name)
    return QCoreApplication.translate(CONTEXT, sentence).format(what=what)
