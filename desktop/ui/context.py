"""What every page is handed: the open register, the background runner, language and signals."""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.domain.officer import Officer
from desktop.services.register_access import Store
from desktop.ui.task_runner import TaskRunner


class AppSignals(QObject):
    """App-wide notices; one instance lives as long as the main window."""

    # The new language code ("vi" or "en"), after the translators were swapped.
    language_changed = Signal(str)
    # The name of a table that was written ("child", "home_visit", ...); pages refresh on it.
    data_changed = Signal(str)
    # The register is about to close; drafts were already saved.
    locked = Signal()
    # The app settings file changed (language, auto-lock, data folder).
    settings_changed = Signal()
    # True while work that must not be interrupted by the idle lock is on screen (a re-keying
    # and the new recovery key it shows once); False when it is over.
    keep_unlocked = Signal(bool)


@dataclass
class AppContext:
    """Made afresh at every unlock (the officer may differ); pages never keep the store longer."""

    store: Store
    runner: TaskRunner
    lang: str
    officer: Officer
    signals: AppSignals
