"""The app shell: first run or unlock, the main window, lock (button, Ctrl+L, idle) and unlock."""

from pathlib import Path

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.paths import APP_NAME, database_path, keyring_path
from desktop.services.register_access import (
    Keyring,
    KeyringCorrupt,
    KeyringMissing,
    Store,
    StoreOptions,
)
from desktop.services.settings import AppSettings, load_app_settings
from desktop.ui.application import load_keyring, make_app, no_register_box
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.first_run.wizard import FirstRunWizard
from desktop.ui.language import DEFAULT_LANGUAGE, current_language
from desktop.ui.lock_idle import IdleWatcher
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES, NavPage
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from desktop.ui.unlock.errors import describe_key_notice


class Shell(QObject):
    """Owns the main window and the dialog in front of it; `finished` when BVTE should exit."""

    unlocked = Signal()
    locked = Signal()
    finished = Signal()

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        *,
        demo_password: str | None = None,
        options: StoreOptions | None = None,
        pages: tuple[NavPage, ...] = PAGES,
        idle_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.signals = AppSignals(self)
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.settings: AppSettings = load_app_settings()
        self._demo_password = demo_password
        self._options = options
        self._pages = pages
        self._idle_ms = idle_ms
        self._last_page: str | None = None
        self._geometry: QRect | None = None
        self.idle = IdleWatcher(self._timeout_ms(), self)
        self.idle.idle.connect(self.lock)
        self.signals.settings_changed.connect(self._settings_changed)
        self.signals.keep_unlocked.connect(self._keep_unlocked)
        # What the key file needed mending, told after an unlock (see _open_window).
        self.notice_box: QMessageBox | None = None

    # --- start -----------------------------------------------------------------------------------

    def start(self) -> bool:
        """Show the first-run wizard or the unlock dialog; False if the folder is unusable."""
        if not database_path(self.folder).exists() and not keyring_path(self.folder).exists():
            wizard = FirstRunWizard(self.folder, self.runner, options=self._options)
            wizard.accepted.connect(lambda: self._open_window(wizard.store))
            wizard.rejected.connect(self._finish)
            self._present(wizard)
            return True
        try:
            # Read once: a key file mended here is said so on the unlock dialog.
            keyring = load_keyring(self.folder)
        except (KeyringMissing, KeyringCorrupt) as exc:
            no_register_box(self.folder, exc).exec()
            return False
        self._show_unlock(locked=False, keyring=keyring)
        return True

    @property
    def is_locked(self) -> bool:
        return self.window is None or self.window.ctx is None

    # --- lock and unlock -------------------------------------------------------------------------

    def lock(self) -> None:
        """Save drafts, close the register, hide the window, ask for a password again."""
        window = self.window
        if window is None or window.ctx is None:
            return
        officer_id = window.ctx.store.slot_id  # the slot to unlock again with
        self.idle.stop()
        self._geometry = window.geometry()
        self._last_page = window.detach()
        window.hide()
        self._show_unlock(locked=True, officer_id=officer_id)
        self.locked.emit()

    def _show_unlock(
        self, *, locked: bool, officer_id: str | None = None, keyring: Keyring | None = None
    ) -> None:
        try:
            keyring = keyring or load_keyring(self.folder)
        except (KeyringMissing, KeyringCorrupt) as exc:
            no_register_box(self.folder, exc).exec()
            self._finish()
            return
        dialog = UnlockDialog(
            self.folder,
            keyring.officers(),
            self.runner,
            demo_password=None if locked else self._demo_password,
            options=self._options,
            locked=locked,
            officer_id=officer_id,
            notices=keyring.notices,
        )
        dialog.accepted.connect(lambda: self._open_window(dialog.store))
        dialog.rejected.connect(self._finish)
        self._present(dialog)

    def _present(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.show()
        _bring_to_front(dialog)

    def _open_window(self, store: Store | None) -> None:
        if store is None:
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        ctx = AppContext(store, self.runner, current_language(), store.officer, self.signals)
        if self.window is None:
            self.window = MainWindow(ctx, pages=self._pages)
            self.window.lock_requested.connect(self.lock)
            self.window.closed.connect(self._finish)
        else:
            self.window.attach(ctx, start=self._last_page)
        self.window.show()
        if self._geometry is not None:
            # Back exactly where the officer left it (some window managers move a shown window).
            self.window.setGeometry(self._geometry)
        _bring_to_front(self.window)
        self.idle.start()
        self._tell_key_notices(store)
        self.unlocked.emit()

    def _tell_key_notices(self, store: Store) -> None:
        """The key file needed mending when the register was opened (after the unlock dialog
        had read it): say so over the window."""
        if not store.keyring.notices:
            return
        assert self.window is not None
        text = "\n\n".join(describe_key_notice(code) for code in store.keyring.notices)
        store.keyring.notices.clear()
        self.notice_box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self.window
        )
        self.notice_box.setObjectName("keyNoticeBox")
        self.notice_box.open()

    def _keep_unlocked(self, keep: bool) -> None:
        """Re-keying, and the new recovery key it shows once, are not cut short by idle time."""
        if keep:
            self.idle.stop()
        elif not self.is_locked:
            self.idle.start()

    # --- settings and exit -----------------------------------------------------------------------

    def _timeout_ms(self) -> int:
        if self._idle_ms is not None:
            return self._idle_ms
        return self.settings.auto_lock_minutes * 60_000

    def _settings_changed(self) -> None:
        self.settings = load_app_settings()
        self.idle.set_timeout(self._timeout_ms())

    def _finish(self) -> None:
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Close everything this shell opened; drafts are saved first."""
        self.idle.stop()
        if self.window is not None:
            self.window.detach()
            self.window.hide()
        if self.dialog is not None:
            store = getattr(self.dialog, "store", None)
            if isinstance(store, Store) and (self.window is None or self.window.ctx is None):
                # A wizard or dialog that opened the register but never handed it over.
                self.runner.wait()
                store.close()
            self.dialog.hide()


def _bring_to_front(widget: QWidget) -> None:
    # Test and headless platforms cannot raise windows and say so in a warning.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        widget.raise_()
        widget.activateWindow()


def run(
    folder: Path,
    demo_password: str | None = None,
    *,
    language: str = DEFAULT_LANGUAGE,
) -> int:
    """First run or unlock on the register in `folder`, then the main window; the exit code."""
    app = make_app(language)
    # The window hides while locked and dialogs come and go: the shell says when to exit.
    app.setQuitOnLastWindowClosed(False)
    folder = Path(folder)
    runner = TaskRunner()
    shell = Shell(folder, runner, demo_password=demo_password)
    shell.finished.connect(app.quit)
    try:
        if not shell.start():
            return 2
        return app.exec()
    finally:
        shell.shutdown()
        runner.shutdown()
