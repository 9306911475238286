"""Lock by button, Ctrl+L and idle time; drafts saved and restored; backoff; several officers."""

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.paths import keyring_path
from desktop.services.accounts import add_officer
from desktop.services.drafts import load_draft
from desktop.storage.keyring import Keyring, WrongPassword
from desktop.storage.store import Store
from desktop.ui.shell import Shell
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from desktop.ui.unlock.recovery import RecoveryDialog
from tests.helpers.draft_form import DraftForm, pages_with_draft_form
from tests.helpers.registers import FAST, PASSWORD, create_store

OTHER = "Phạm Văn Bình"
OTHER_PASSWORD = "Bình-mật-khẩu-99"
# Fixtures: a private settings folder, a runner, the Vietnamese catalogue.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]


@pytest.fixture
def register(tmp_path: Path) -> tuple[Path, str]:
    """A register with two officers; returns its folder and the recovery key."""
    folder = tmp_path / "register"
    store, recovery_key = create_store(folder)
    add_officer(store, full_name=OTHER, username="pham.van.binh", password=OTHER_PASSWORD)
    store.close()
    return folder, recovery_key


def unlock(qtbot, shell: Shell, password: str, officer: str | None = None) -> None:
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    if officer is not None:
        dialog.officer_box.setCurrentIndex(dialog.officer_box.findText(officer))
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)


def start_shell(qtbot, folder: Path, worker: TaskRunner, **options: object) -> Shell:
    shell = Shell(folder, worker, options=FAST, pages=pages_with_draft_form(), **options)
    assert shell.start()
    qtbot.addWidget(shell.dialog)
    return shell


def type_into_form(qtbot, shell: Shell, text: str) -> DraftForm:
    assert shell.window is not None
    shell.window.show_page("visits")
    form = shell.window.page("visits")
    assert isinstance(form, DraftForm)
    qtbot.keyClicks(form.edit, text)
    return form


def draft_in_file(folder: Path, officer_id: str, password: str) -> dict | None:
    store = Store.open(folder, officer_id=officer_id, password=password, opts=FAST)
    try:
        return load_draft(store, DraftForm.KIND, "new")
    finally:
        store.close()


def test_lock_button_keeps_the_draft_and_unlock_brings_it_back(
    qtbot,
    register: tuple[Path, str],
    runner: TaskRunner,
    vi: None,
) -> None:
    folder, _ = register
    shell = start_shell(qtbot, folder, runner)
    unlock(qtbot, shell, PASSWORD, "Trần Thị Mai")
    window = shell.window
    assert window is not None
    qtbot.addWidget(window)
    officer_id = window.ctx.officer.id
    type_into_form(qtbot, shell, "gap me va be")
    place = window.geometry()

    # Locked before the half-second autosave: the lock itself must save the draft.
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert shell.is_locked
    assert not window.isVisible()
    assert window.store is None
    lock_screen = shell.dialog
    assert isinstance(lock_screen, UnlockDialog)
    assert lock_screen.windowTitle() == "BVTE đang khóa"
    assert lock_screen.officer_box.currentText() == "Trần Thị Mai"
    assert draft_in_file(folder, officer_id, PASSWORD) == {"text": "gap me va be"}

    unlock(qtbot, shell, PASSWORD)
    assert window.isVisible()
    assert window.geometry() == place
    assert window.current_key() == "visits"
    form = window.page("visits")
    qtbot.waitUntil(lambda: form.restored, timeout=5_000)
    assert form.edit.text() == "gap me va be"
    shell.shutdown()


def test_ctrl_l_locks(qtbot, register: tuple[Path, str], runner: TaskRunner) -> None:
    folder, _ = register
    shell = start_shell(qtbot, folder, runner)
    unlock(qtbot, shell, PASSWORD)
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    shell.window.activateWindow()
    shell.window.lock_action.trigger()
    assert shell.is_locked
    shell.shutdown()


def test_idle_time_locks_and_saves_the_draft(
    qtbot,
    register: tuple[Path, str],
    runner: TaskRunner,
) -> None:
    folder, _ = register
    shell = start_shell(qtbot, folder, runner, idle_ms=400)
    unlock(qtbot, shell, PASSWORD)
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    officer_id = shell.window.ctx.officer.id
    # Typing counts as use; the lock comes only once the officer stops.
    type_into_form(qtbot, shell, "ghi chu do dang")
    qtbot.waitUntil(lambda: shell.is_locked, timeout=10_000)
    assert not shell.window.isVisible()
    assert draft_in_file(folder, officer_id, PASSWORD) == {"text": "ghi chu do dang"}
    shell.shutdown()


def test_two_officers_each_unlock_with_their_own_password_and_drafts(
    qtbot,
    register: tuple[Path, str],
    runner: TaskRunner,
) -> None:
    folder, _ = register
    shell = start_shell(qtbot, folder, runner)
    unlock(qtbot, shell, OTHER_PASSWORD, OTHER)
    window = shell.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.officer.full_name == OTHER
    assert OTHER in window.officer_label.text()
    type_into_form(qtbot, shell, "cua anh Binh")
    shell.lock()

    # Mai's password does not open Bình's slot.
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.officer_box.currentText() == OTHER
    dialog.password.setText(PASSWORD)
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert shell.is_locked

    unlock(qtbot, shell, PASSWORD, "Trần Thị Mai")
    assert window.ctx.officer.full_name == "Trần Thị Mai"
    assert "Trần Thị Mai" in window.officer_label.text()
    form = window.page("visits")
    # Bình's draft is his own: Mai's form opens empty.
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert not form.restored
    assert form.edit.text() == ""
    shell.shutdown()


def test_wrong_passwords_back_off_with_a_countdown(
    qtbot,
    register: tuple[Path, str],
    runner: TaskRunner,
    vi: None,
) -> None:
    folder, _ = register
    shell = start_shell(qtbot, folder, runner)
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    officer_id = dialog.officer_id
    assert officer_id is not None
    # Two misses straight on the keyring (without its half-second delay), one through the dialog.
    keyring = Keyring.load(keyring_path(folder), sleep=lambda _seconds: None)
    for _ in range(2):
        with contextlib.suppress(WrongPassword):
            keyring.unlock(officer_id, "mat-khau-sai")
    dialog.password.setText("mat-khau-sai")
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.waiting, timeout=10_000)
    text = dialog.error_label.text()
    assert "quá nhiều lần" in text
    assert "giây" in text
    assert "khóa khôi phục" in text
    dialog.password.setText(PASSWORD)
    assert not dialog.unlock_button.isEnabled()
    # The other officer's slot is not locked out.
    dialog.officer_box.setCurrentIndex(dialog.officer_box.findText(OTHER))
    assert not dialog.waiting
    assert dialog.unlock_button.isEnabled()
    assert dialog.forgot_button.text() == "Quên mật khẩu?"
    shell.shutdown()


def test_forgotten_password_is_reset_with_the_recovery_key(
    qtbot,
    register: tuple[Path, str],
    runner: TaskRunner,
    vi: None,
) -> None:
    folder, recovery_key = register
    shell = start_shell(qtbot, folder, runner)
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.officer_box.setCurrentIndex(dialog.officer_box.findText("Trần Thị Mai"))
    dialog.recover()
    recovery = dialog.findChild(RecoveryDialog)
    assert recovery is not None
    new_password = "Mật-khẩu-mới-2027"

    recovery.key_edit.setText("AAAAA-BBBBB")
    recovery.fields.password.setText(new_password)
    recovery.fields.repeat.setText(new_password)
    recovery.submit()
    qtbot.waitUntil(lambda: recovery.error_label.isVisible(), timeout=10_000)
    assert "không hợp lệ" in recovery.error_label.text()

    recovery.key_edit.setText(recovery_key.lower())
    ok = recovery.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    officer_id = shell.window.ctx.officer.id
    shell.shutdown()

    Store.open(folder, officer_id=officer_id, password=new_password, opts=FAST).close()
    with pytest.raises(WrongPassword):
        Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)


def test_typing_saves_a_draft_that_survives_a_crash(
    qtbot, register: tuple[Path, str], runner: TaskRunner
) -> None:
    folder, _ = register
    shell = start_shell(qtbot, folder, runner)
    unlock(qtbot, shell, PASSWORD, "Trần Thị Mai")
    window = shell.window
    assert window is not None
    qtbot.addWidget(window)
    store = window.store
    assert store is not None
    form = type_into_form(qtbot, shell, "tre o nha ba ngoai")
    # No lock and no save: the debounced autosave alone writes the draft.
    qtbot.waitUntil(lambda: not form.autosave.dirty and not runner.busy, timeout=5_000)
    assert load_draft(store, DraftForm.KIND, "new") == {"text": "tre o nha ba ngoai"}

    # A crash: nothing is saved or closed in order; the window is simply gone.
    window.ctx = None
    window.deleteLater()
    store.close()
    shell.window = None

    again = start_shell(qtbot, folder, runner)
    unlock(qtbot, again, PASSWORD, "Trần Thị Mai")
    assert again.window is not None
    qtbot.addWidget(again.window)
    again.window.show_page("visits")
    restored = again.window.page("visits")
    qtbot.waitUntil(lambda: restored.restored, timeout=5_000)
    assert restored.edit.text() == "tre o nha ba ngoai"
    again.shutdown()
