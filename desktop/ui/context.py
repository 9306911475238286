"""What every page is handed: the open register, the background runner, language and signals."""

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from desktop.domain.officer import Officer
from desktop.services.register_access import Store
from desktop.ui.navigator import Navigator
from desktop.ui.task_runner import Report, Task, TaskRunner


class AppSignals(QObject):
    """App-wide notices; one instance lives as long as the main window."""

    # The new language code ("vi" or "en"), after the translators were swapped.
    language_changed = Signal(str)
    # The name of a table that was written ("child", "home_visit", ...); pages refresh on it.
    # Emitted by AppContext.write once a write succeeded, never by a page.
    data_changed = Signal(str)
    # The register is about to close; drafts were already saved.
    locked = Signal()
    # The app settings file changed (language, auto-lock, data folder).
    settings_changed = Signal()
    # True while work that must not be interrupted by the idle lock is on screen (a re-keying
    # and the new recovery key it shows once); False when it is over.
    keep_unlocked = Signal(bool)


# Tables no page lists: a page that refreshes on any change can skip them.
SCRATCH = frozenset({"draft", "audit_event"})


@dataclass
class AppContext:
    """Made afresh at every unlock (the officer may differ); pages never keep the store longer."""

    store: Store
    runner: TaskRunner
    lang: str
    officer: Officer
    signals: AppSignals
    navigator: Navigator = field(default_factory=Navigator)

    # --- background work -------------------------------------------------------------------------

    def read(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> Task:
        """Run a service call that changes nothing the pages show; nobody is told."""
        return self.runner.run(fn, on_done, on_error, context=context)

    def write(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        changes: Collection[str],
        context: QObject | None = None,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Task:
        """Run a service call that writes the tables named in `changes`.

        Once it succeeds, `data_changed` is emitted for each table (before `on_done`), so every
        open page refreshes, even when the page that asked was closed meanwhile. A failed or
        cancelled write tells nobody. With `on_progress`, `fn` is called with a report function.
        """
        if not changes:
            raise ValueError("a write names the tables it changes")
        signals, tables = self.signals, sorted(set(changes))

        def announce() -> None:
            for table in tables:
                signals.data_changed.emit(table)

        if on_progress is not None:
            report_fn: Callable[[Report], Any] = fn
            return self.runner.run_with_progress(
                report_fn, on_progress, on_done, on_error, context=context, announce=announce
            )
        return self.runner.run(fn, on_done, on_error, context=context, announce=announce)

    # --- other screens ---------------------------------------------------------------------------

    def open_child(self, child_id: str | None) -> QDialog:
        """The child's profile window (one per child, raised if open); None: a new child."""
        return self.navigator.open_child(self, child_id)

    def open_case(self, case_id: str) -> bool:
        """Switch the main window to Cases and show the case; False without a main window."""
        return self.navigator.open_case(case_id)
