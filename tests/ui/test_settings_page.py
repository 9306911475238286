"""Settings: server address in the register, auto-lock, data folder for next start, officers."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.app import choose_folder
from desktop.domain.enums import Role
from desktop.services.accounts import add_officer
from desktop.services.settings import AppSettings, load_app_settings, server_url
from desktop.storage.store import Store
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.language import current_language
from desktop.ui.settings.add_officer import AddOfficerDialog
from desktop.ui.settings.page import SettingsPage
from desktop.ui.shell import Shell
from desktop.ui.task_runner import TaskRunner
from tests.helpers.registers import FAST, PASSWORD, create_store

# Fixtures: a private settings folder, a runner, the Vietnamese catalogue.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]

VIEWER_PASSWORD = "Người-xem-2026!"


@pytest.fixture
def store(tmp_path: Path):
    opened, _ = create_store(tmp_path / "register")
    yield opened
    opened.close()


def open_page(qtbot, store: Store, worker: TaskRunner, signals: AppSignals | None = None):
    ctx = AppContext(store, worker, current_language(), store.officer, signals or AppSignals())
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.officer_list.count() > 0, timeout=5_000)
    return page


def test_server_address_is_checked_and_kept_in_the_register(
    qtbot, store: Store, runner: TaskRunner, vi: None
) -> None:
    page = open_page(qtbot, store, runner)
    assert page.server.text() == ""
    page.server.setText("bvte.haiphong.gov.vn")
    page.server_save.click()
    qtbot.waitUntil(lambda: "không phải địa chỉ máy chủ" in page.server_status.text())
    assert server_url(store) == ""

    page.server.setText(" https://bvte.haiphong.gov.vn/ ")
    qtbot.mouseClick(page.server_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.server_status.text() == "Đã lưu địa chỉ.")
    assert page.server.text() == "https://bvte.haiphong.gov.vn"
    assert server_url(store) == "https://bvte.haiphong.gov.vn"


def test_item12_settings_refuse_an_unencrypted_server_address(
    qtbot, store: Store, runner: TaskRunner, vi: None
) -> None:
    page = open_page(qtbot, store, runner)
    page.server.setText("http://bvte.haiphong.gov.vn")
    page.server_save.click()
    qtbot.waitUntil(lambda: "không được mã hóa" in page.server_status.text())
    assert "https://" in page.server_status.text()
    assert server_url(store) == ""
    page.server.setText("http://127.0.0.1:8740")  # a server on this PC, as the demo runs it
    page.server_save.click()
    qtbot.waitUntil(lambda: page.server_status.text() == "Đã lưu địa chỉ.")
    assert server_url(store) == "http://127.0.0.1:8740"


def test_auto_lock_minutes_are_saved_and_applied_at_once(
    qtbot, tmp_path: Path, runner: TaskRunner
) -> None:
    folder = tmp_path / "register"
    created, _ = create_store(folder)
    created.close()
    shell = Shell(folder, runner, options=FAST)
    assert shell.idle.timeout_ms == 10 * 60_000  # the default
    assert shell.start()
    qtbot.addWidget(shell.dialog)
    shell.dialog.password.setText(PASSWORD)
    shell.dialog.unlock()
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    shell.window.show_page("settings")
    page = shell.window.page("settings")
    assert isinstance(page, SettingsPage)
    assert page.auto_lock.value() == 10
    page.auto_lock.setValue(3)
    assert load_app_settings().auto_lock_minutes == 3
    assert shell.idle.timeout_ms == 3 * 60_000
    shell.shutdown()


def test_data_folder_is_remembered_for_the_next_start(
    qtbot, store: Store, runner: TaskRunner, tmp_path: Path, vi: None
) -> None:
    page = open_page(qtbot, store, runner)
    assert page.folder_now.text() == str(store.folder)
    elsewhere = tmp_path / "usb" / "bvte"
    page._set_folder(str(elsewhere))
    assert load_app_settings().data_folder == str(elsewhere)
    assert str(elsewhere) in page.folder_note.text()
    assert "lần mở sau" in page.folder_note.text()
    assert choose_folder(None, str(elsewhere)) == elsewhere
    page._set_folder(None)
    assert load_app_settings() == AppSettings()


def test_an_officer_adds_a_colleague_who_then_unlocks_with_their_own_password(
    qtbot, store: Store, runner: TaskRunner, vi: None
) -> None:
    signals = AppSignals()
    page = open_page(qtbot, store, runner, signals)
    assert page.officer_list.count() == 1
    assert page.add_officer.isEnabled()
    dialog = page.open_add_officer()
    assert isinstance(dialog, AddOfficerDialog)
    dialog.full_name.setText("Phạm Văn Bình")
    assert dialog.username.text() == "pham.van.binh"
    dialog.role.setCurrentIndex(dialog.role.findData(Role.VIEWER))
    dialog.fields.password.setText(VIEWER_PASSWORD)
    assert not dialog.ok_button.isEnabled()
    dialog.fields.repeat.setText(VIEWER_PASSWORD)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.added is not None, timeout=10_000)
    qtbot.waitUntil(lambda: page.officer_list.count() == 2, timeout=5_000)
    added = dialog.added
    assert added is not None
    assert "Phạm Văn Bình" in page.officer_list.item(0).text()
    assert "Người xem" in page.officer_list.item(0).text()

    viewer = Store.open(store.folder, officer_id=added.id, password=VIEWER_PASSWORD, opts=FAST)
    try:
        assert viewer.officer.role == Role.VIEWER
        viewer_page = open_page(qtbot, viewer, runner)
        assert not viewer_page.add_officer.isEnabled()
        assert viewer_page.officers_note.text() == "Vai trò của bạn không được thêm cán bộ."
    finally:
        runner.wait()
        viewer.close()


def test_a_taken_sign_in_name_is_refused_in_vietnamese(
    qtbot, store: Store, runner: TaskRunner, vi: None
) -> None:
    add_officer(store, full_name="Phạm Văn Bình", username="binh", password=VIEWER_PASSWORD)
    page = open_page(qtbot, store, runner)
    dialog = page.open_add_officer()
    dialog.full_name.setText("Phạm Văn Bình")
    dialog.username.setText("BINH")
    dialog.fields.password.setText(VIEWER_PASSWORD)
    dialog.fields.repeat.setText(VIEWER_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.error_label.text() == "Tên đăng nhập “BINH” đã có người dùng. Hãy chọn tên khác."
    assert dialog.added is None
