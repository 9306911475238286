"""The main window: navigation, shortcuts, status bar, and switching language without restart."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.services.sync.status_bar import sync_status
from desktop.storage.keyring import OfficerSlot
from desktop.storage.store import Store
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.language import current_language
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES, PlaceholderPage
from desktop.ui.pages import placeholder as placeholder_factory
from desktop.ui.settings.page import SettingsPage
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from tests.helpers.languages import use_language
from tests.helpers.registers import add_child, create_store

# Fixtures: a private settings folder, a runner, the Vietnamese catalogue.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]

VI_NAV = [
    "Tổng quan",
    "Trẻ em",
    "Vụ việc",
    "Thăm gia đình",
    "Công việc",
    "Báo cáo",
    "Đồng bộ",
    "Cài đặt",
]
EN_NAV = ["Overview", "Children", "Cases", "Home visits", "Tasks", "Reports", "Sync", "Settings"]


@pytest.fixture
def store(tmp_path: Path):
    opened, _ = create_store(tmp_path / "register")
    yield opened
    opened.close()


def open_window(qtbot, store: Store, worker: TaskRunner) -> MainWindow:
    ctx = AppContext(store, worker, current_language(), store.officer, AppSignals())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_navigation_lists_the_eight_pages_in_order_in_vietnamese(
    qtbot,
    store: Store,
    runner: TaskRunner,
    vi: None,
) -> None:
    assert [page.key for page in PAGES] == [
        "overview",
        "children",
        "cases",
        "visits",
        "tasks",
        "reports",
        "sync",
        "settings",
    ]
    window = open_window(qtbot, store, runner)
    assert nav_texts(window) == VI_NAV
    assert window.current_key() == "children"
    assert window.lock_button.text() == "Khóa (Ctrl+L)"


def test_ctrl_number_switches_pages(qtbot, store: Store, runner: TaskRunner) -> None:
    window = open_window(qtbot, store, runner)
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    for number, page in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == page.key
        assert window.stack.currentWidget() is window.page(page.key)
    assert isinstance(window.page("settings"), SettingsPage)


def test_status_bar_shows_officer_commune_pending_changes_and_last_sync(
    qtbot, store: Store, runner: TaskRunner, vi: None
) -> None:
    add_child(store, "Nguyễn Văn Ân")
    pending = sync_status(store).pending
    window = open_window(qtbot, store, runner)
    assert "Trần Thị Mai" in window.officer_label.text()
    assert "Phường" in window.officer_label.text() or "Xã" in window.officer_label.text()
    expected = f"Chưa đồng bộ: {pending} thay đổi"
    qtbot.waitUntil(lambda: window.pending_label.text() == expected, timeout=5_000)
    assert window.last_sync_label.text() == "Chưa đồng bộ lần nào"

    # A page reports a write: the count and the last sync follow.
    add_child(store, "Lê Thị Hoà")
    with store.unit_of_work() as uow:
        uow.session.execute(
            text("INSERT INTO local_setting VALUES ('sync.last_success_at', :at)"),
            {"at": "2026-11-20T09:30:00+00:00"},
        )
    after = sync_status(store).pending
    assert after > pending  # change capture puts each write in the outbox
    window.signals.data_changed.emit("child")
    expected = f"Chưa đồng bộ: {after} thay đổi"
    qtbot.waitUntil(lambda: window.pending_label.text() == expected, timeout=5_000)
    assert window.last_sync_label.text().startswith("Đồng bộ lần cuối: 20/11/2026")


def test_switching_language_retranslates_the_open_window(
    qtbot,
    store: Store,
    runner: TaskRunner,
    vi: None,
) -> None:
    window = open_window(qtbot, store, runner)
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    # Any page still waiting for its screen shows the placeholder; it retranslates too.
    waiting = [page.key for page in PAGES if page.factory is placeholder_factory]
    placeholder = window.page(waiting[0]) if waiting else None
    assert placeholder is None or isinstance(placeholder, PlaceholderPage)
    dialog = UnlockDialog(store.folder, [OfficerSlot(store.officer.id, "Trần Thị Mai")], runner)
    qtbot.addWidget(dialog)
    assert nav_texts(window) == VI_NAV
    assert settings.heading.text() == "Cài đặt"
    assert dialog.forgot_button.text() == "Quên mật khẩu?"

    settings.language.setCurrentIndex(settings.language.findData("en"))
    QApplication.processEvents()
    assert current_language() == "en"
    assert nav_texts(window) == EN_NAV
    assert window.lock_button.text() == "Lock (Ctrl+L)"
    assert settings.heading.text() == "Settings"
    assert settings.language_box.title() == "Language"
    assert window.officer_label.text().startswith("Officer:")
    assert placeholder is None or "later version" in placeholder.label.text()
    assert dialog.forgot_button.text() == "Forgot your password?"

    settings.language.setCurrentIndex(settings.language.findData("vi"))
    QApplication.processEvents()
    assert nav_texts(window) == VI_NAV
    assert window.lock_button.text() == "Khóa (Ctrl+L)"
    assert settings.heading.text() == "Cài đặt"
    assert dialog.forgot_button.text() == "Quên mật khẩu?"
    use_language("vi")


def test_every_page_built_in_code_follows_a_language_switch(
    qtbot,
    store: Store,
    runner: TaskRunner,
    vi: None,
) -> None:
    window = open_window(qtbot, store, runner)
    window.show_page("sync")
    window.show_page("children")
    sync, children = window.page("sync"), window.page("children")
    assert sync.sync_button.text() == "Đồng bộ ngay"
    assert children.filter_button.text() == "&Lọc"
    settings = window.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    QApplication.processEvents()
    assert sync.sync_button.text() == "Sync now"
    assert sync.tabs.tabText(0) == "Sync"
    assert children.filter_button.text() == "&Filters"
    settings.language.setCurrentIndex(settings.language.findData("vi"))
    QApplication.processEvents()
    assert sync.sync_button.text() == "Đồng bộ ngay"
    use_language("vi")
