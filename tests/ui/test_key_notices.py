"""A key file mended from its copy (or a copy rewritten) is told to the officer in the app, not
only by the command line: on the unlock dialog, or over the window if found while opening."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.paths import keyring_path
from desktop.storage.keyring import backup_path
from desktop.ui.shell import Shell
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from tests.helpers.keyboard import type_text
from tests.helpers.registers import FAST, PASSWORD, create_store

# Fixtures: a private settings folder, a runner, the Vietnamese catalogue.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "register"
    store, _ = create_store(folder)
    store.close()
    return folder


def start(qtbot, folder: Path, worker: TaskRunner) -> tuple[Shell, UnlockDialog]:
    shell = Shell(folder, worker, options=FAST)
    assert shell.start()
    qtbot.addWidget(shell.dialog)
    assert isinstance(shell.dialog, UnlockDialog)
    return shell, shell.dialog


def unlock(qtbot, shell: Shell, dialog: UnlockDialog) -> None:
    type_text(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=15_000)
    qtbot.addWidget(shell.window)


def test_a_damaged_key_file_is_mended_from_its_copy_and_the_unlock_dialog_says_so(
    qtbot, folder: Path, runner: TaskRunner, vi: None
) -> None:
    keys = keyring_path(folder)
    keys.write_bytes(keys.read_bytes()[:100])
    shell, dialog = start(qtbot, folder, runner)
    assert dialog.notice_label.isVisible()
    text = dialog.notice_label.text()
    assert "Tệp khóa (register.keys) bị hỏng hoặc bị mất" in text
    assert "bộ phận kỹ thuật" in text
    assert keys.read_bytes() == backup_path(keys).read_bytes()
    unlock(qtbot, shell, dialog)
    assert shell.notice_box is None  # said once, not again after the unlock
    shell.shutdown()


def test_a_damaged_backup_copy_is_rewritten_and_the_unlock_dialog_says_so(
    qtbot, folder: Path, runner: TaskRunner, vi: None
) -> None:
    keys = keyring_path(folder)
    backup_path(keys).write_bytes(b"\x00garbage")
    shell, dialog = start(qtbot, folder, runner)
    assert dialog.notice_label.isVisible()
    assert "register.keys.bak) bị hỏng hoặc bị mất" in dialog.notice_label.text()
    assert backup_path(keys).read_bytes() == keys.read_bytes()
    shell.shutdown()


def test_a_sound_key_file_shows_no_notice(qtbot, folder: Path, runner: TaskRunner) -> None:
    shell, dialog = start(qtbot, folder, runner)
    assert not dialog.notice_label.isVisible()
    unlock(qtbot, shell, dialog)
    assert shell.notice_box is None
    shell.shutdown()


def test_damage_found_while_opening_is_told_over_the_window(
    qtbot, folder: Path, runner: TaskRunner, vi: None
) -> None:
    shell, dialog = start(qtbot, folder, runner)
    assert not dialog.notice_label.isVisible()
    # Damaged after the unlock dialog read it (e.g. while the lock screen waited).
    keys = keyring_path(folder)
    keys.write_bytes(b"{}")
    unlock(qtbot, shell, dialog)
    box = shell.notice_box
    assert box is not None and box.isVisible()
    assert "Tệp khóa (register.keys) bị hỏng hoặc bị mất" in box.text()
    assert keys.read_bytes() == backup_path(keys).read_bytes()
    shell.shutdown()
