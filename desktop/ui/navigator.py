"""Opening another screen from any page: a child's profile (one window per child) or a case."""

import importlib
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.front import bring_to_front

# The profile window is found by name when first opened: it shows pages that open profiles
# themselves, so importing it here would make a circle.
PROFILE = ("desktop.ui.child.dialog", "ChildProfileDialog")


class Navigator:
    """Made with each context; the main window tells it where windows live and shows cases."""

    def __init__(self) -> None:
        # Both held weakly: a context outlives its window (a crash, a test), and must not keep
        # the window's wrapper alive.
        self._host: weakref.ref[QWidget] | None = None
        self._show_case: weakref.WeakMethod[Callable[[str], None]] | None = None
        self._profiles: list[QDialog] = []

    def attach(self, host: QWidget, show_case: Callable[[str], None]) -> None:
        """`host` parents the profile windows (the main window's page area), so a lock saves
        their drafts with the pages'; `show_case` (a method of the window) shows a case."""
        self._host = weakref.ref(host)
        self._show_case = weakref.WeakMethod(show_case)

    @property
    def host(self) -> QWidget | None:
        host = self._host() if self._host is not None else None
        return host if host is not None and shiboken6.isValid(host) else None

    def open_child(self, ctx: Any, child_id: str | None) -> QDialog:
        """The child's profile window, raised if it is open already; None: a new child."""
        if child_id is not None:
            for dialog in self.profiles():
                if dialog.child_id == child_id:
                    dialog.show()
                    bring_to_front(dialog)
                    return dialog
        module, name = PROFILE
        dialog = getattr(importlib.import_module(module), name)(ctx, child_id, parent=self.host)
        self._profiles.append(dialog)
        dialog.show()
        bring_to_front(dialog)
        return dialog

    def open_case(self, case_id: str) -> bool:
        """Show the case on the Cases page; False where there is no main window (a lone page)."""
        show_case = self._show_case() if self._show_case is not None else None
        if show_case is None or self.host is None:
            return False
        show_case(case_id)
        return True

    def profiles(self) -> list[QDialog]:
        """The profile windows still open."""
        self._profiles = [d for d in self._profiles if shiboken6.isValid(d) and d.isVisible()]
        return list(self._profiles)

    def close_all(self) -> None:
        """The register is closing: drafts were saved, so the windows go without asking."""
        for dialog in self.profiles():
            dialog.hide()
            dialog.deleteLater()
        self._profiles.clear()
        self._host = self._show_case = None
