"""The navigation registry: one entry per page, in the order the officer sees them."""

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.context import AppContext

PageFactory = Callable[[AppContext, QWidget], QWidget]

NAV_CONTEXT = "Navigation"


@dataclass(frozen=True)
class NavPage:
    """`title` is the English source text; show it through `NavPage.label()`."""

    key: str
    title: str
    factory: PageFactory

    def label(self) -> str:
        return QCoreApplication.translate(NAV_CONTEXT, self.title)


def lazy(module: str, name: str) -> PageFactory:
    """A factory that imports `module.name` only when the page is first built.

    The page class is called as `cls(ctx, parent)`.
    """

    def build(ctx: AppContext, parent: QWidget) -> QWidget:
        return getattr(importlib.import_module(module), name)(ctx, parent)

    return build


class PlaceholderPage(QWidget):
    """Stands in for a page not built yet, so the navigation is whole from day one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("placeholderText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.label.setText(
            self.tr("This part of the register is coming in a later version of BVTE.")
        )


def placeholder(ctx: AppContext, parent: QWidget) -> QWidget:
    return PlaceholderPage(ctx, parent)


# Each screen points its own line at its page class, e.g. lazy("desktop.ui.cases.page", "...");
# one line per page (a long one ends with a noqa for E501), so edits to pages never clash.
# fmt: off
PAGES: tuple[NavPage, ...] = (
    NavPage("overview", QT_TRANSLATE_NOOP("Navigation", "Overview"), lazy("desktop.ui.overview.page", "OverviewPage")),  # noqa: E501
    NavPage("children", QT_TRANSLATE_NOOP("Navigation", "Children"), lazy("desktop.ui.children.view", "register_page")),  # noqa: E501
    NavPage("cases", QT_TRANSLATE_NOOP("Navigation", "Cases"), lazy("desktop.ui.cases.page", "CasesPage")),  # noqa: E501
    NavPage("visits", QT_TRANSLATE_NOOP("Navigation", "Home visits"), lazy("desktop.ui.visits.page", "VisitsPage")),  # noqa: E501
    NavPage("tasks", QT_TRANSLATE_NOOP("Navigation", "Tasks"), lazy("desktop.ui.tasks.page", "TasksPage")),  # noqa: E501
    NavPage("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), placeholder),
    NavPage("sync", QT_TRANSLATE_NOOP("Navigation", "Sync"), lazy("desktop.ui.sync.page", "SyncPage")),  # noqa: E501
    NavPage("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), lazy("desktop.ui.settings.page", "SettingsPage")),  # noqa: E501
)
# fmt: on
