"""Drafts in forms: pages that hold edits save them on lock, and as the officer types."""

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer

from desktop.services import drafts
from desktop.ui.context import AppContext

SAVE_DELAY_MS = 500


@runtime_checkable
class DraftHolder(Protocol):
    """A page with unsaved edits; the window calls save_drafts() before it locks or closes.

    save_drafts() may queue its work on the context's runner: the window waits for the runner
    to go idle before it closes the register.
    """

    def save_drafts(self) -> None: ...


class DraftAutosave(QObject):
    """Saves one form's draft ~500 ms after the last change, off the GUI thread.

    `collect()` returns the form's contents as plain JSON data; call `changed()` from the
    form's edit signals, `flush()` from save_drafts(), `discard()` once the record is saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        key: str,
        collect: Callable[[], dict],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self.key = key
        self._collect = collect
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Queue the save now if anything changed since the last one."""
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        store, kind, key, payload = self._ctx.store, self.kind, self.key, self._collect()
        self._ctx.write(
            lambda: drafts.save_draft(store, kind, key, payload), changes={"draft"}, context=self
        )

    def restore(self, on_found: Callable[[dict], None]) -> None:
        """Load the saved draft, if any, and hand it to `on_found` on the GUI thread."""
        store, kind, key = self._ctx.store, self.kind, self.key

        def deliver(payload: dict | None) -> None:
            if payload is not None:
                on_found(payload)

        self._ctx.read(lambda: drafts.load_draft(store, kind, key), deliver, context=self)

    def discard(self) -> None:
        self._timer.stop()
        self._dirty = False
        store, kind, key = self._ctx.store, self.kind, self.key
        self._ctx.write(
            lambda: drafts.discard_draft(store, kind, key), changes={"draft"}, context=self
        )


def save_all_drafts(root: QObject) -> int:
    """Call save_drafts() on `root` and every descendant that holds edits; returns how many."""
    holders = [root, *root.findChildren(QObject)]
    count = 0
    for obj in holders:
        if isinstance(obj, DraftHolder):
            obj.save_drafts()
            count += 1
    return count
