"""The Sync page: sync now with progress, conflicts side by side and settled, quarantine."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services.sync import review as sync_review
from desktop.ui.sync.models import ConflictModel, QuarantineModel
from desktop.ui.task_runner import TaskRunner
from tests.helpers.communes import Commune
from tests.helpers.live_server import SyncServer, live_server
from tests.helpers.pages import open_sync_page
from tests.sync.helpers import add_child, child, edit_child, pending

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory) -> Iterator[SyncServer]:
    with live_server("sqlite", tmp_path_factory.mktemp("ui-server")) as live:
        yield live


@pytest.fixture
def commune(sqlite_server: SyncServer, tmp_path: Path) -> Iterator[Commune]:
    from tests.helpers.communes import CODE_COUNTER, commune_codes

    codes = commune_codes()
    made = Commune(sqlite_server, codes[next(CODE_COUNTER) % len(codes)], tmp_path)
    yield made
    made.close()


def test_sync_now_shows_progress_and_the_result(
    qtbot, commune: Commune, runner: TaskRunner, vi: None
) -> None:
    store = commune.register("a")
    add_child(store, "Nguyễn Văn Tâm")
    page = open_sync_page(qtbot, store, runner)
    assert page.enrol_state.text() == "đã đăng ký"
    assert int(page.pending.text()) >= 2
    stages: list[str] = []
    shown = page._on_progress

    def record(item: object) -> None:
        shown(item)
        stages.append(page.stage.text())

    page._on_progress = record  # read when the sync starts
    page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_F5)  # the keyboard way; the button does the same
    qtbot.waitUntil(lambda: page.message.text().startswith("Đồng bộ xong"), timeout=20_000)
    assert "Đang gửi thay đổi" in stages and "Đang đối chiếu với máy chủ" in stages
    assert page.progress.value() == page.progress.maximum()
    qtbot.waitUntil(lambda: page.pending.text() == "0", timeout=5_000)
    assert page.last_sync.text() != "chưa bao giờ"
    assert pending(store) == 0
    add_child(store, "Nguyễn Thị Tuyết")
    page.message.setText("")
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Đồng bộ xong"), timeout=20_000)
    assert pending(store) == 0


def test_a_conflict_is_shown_side_by_side_and_settled_for_every_device(
    qtbot, commune: Commune, runner: TaskRunner, vi: None
) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Lê Thị Hạnh")
    for store in (a, b, a):
        commune.sync(store)
    edit_child(a, made.id, village="Thôn Hạ")
    edit_child(b, made.id, village="Thôn Thượng")
    commune.sync(a)
    commune.sync(b)
    page = open_sync_page(qtbot, b, runner)
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 1, timeout=5_000)
    assert page.tabs.tabText(1) == "Xung đột (1)"
    row = [page.conflict_model.index(0, c).data() for c in range(4)]
    assert row == ["Trẻ em", "Thôn/tổ", "Thôn Thượng", "Thôn Hạ"]
    page.tabs.setCurrentIndex(1)
    page.conflict_view.selectRow(0)
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflict_model.rowCount() == 0, timeout=5_000)
    for store in (b, a):
        commune.sync(store)
    assert child(a, made.id).village == child(b, made.id).village == "Thôn Thượng"
    assert sync_review.list_conflicts(a) == []


def test_sync_models_pass_the_model_tester(qtmodeltester, commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Đặng Văn Quý")
    for store in (a, b):
        commune.sync(store)
    edit_child(a, made.id, school="X", notes="1")
    edit_child(b, made.id, school="Y", notes="2")
    commune.sync(a)
    commune.sync(b)
    conflicts = ConflictModel()
    conflicts.set_items(sync_review.list_conflicts(b))
    assert conflicts.rowCount() == 2
    qtmodeltester.check(conflicts)
    from sqlalchemy import text

    stray = add_child(a, "Sai xã")
    with a.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE child SET commune_code = '99999' WHERE id = :i"), {"i": stray.id}
        )
    commune.sync(a)
    quarantined = QuarantineModel()
    quarantined.set_items(sync_review.list_quarantine(a))
    assert quarantined.rowCount() == 1
    qtmodeltester.check(quarantined)


def test_probing_stops_when_the_task_runner_shuts_down(qtbot, commune: Commune) -> None:
    """The app closing shuts the runner down; a probe due later must not ask it for work."""
    store = commune.register("a")
    runner = TaskRunner()
    page = open_sync_page(qtbot, store, runner)
    assert page.auto.probe_timer.isActive() and page.auto.reminder_timer.isActive()
    runner.shutdown()
    assert not page.auto.probe_timer.isActive() and not page.auto.reminder_timer.isActive()


def test_item12_the_enrol_dialog_refuses_an_unencrypted_address(qtbot, vi: None) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.sync.dialogs import EnrolDialog

    dialog = EnrolDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText("http://bvte.haiphong.gov.vn")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "không được mã hóa" in dialog.problem.text() and "https://" in dialog.problem.text()
    dialog.url.setText("https://bvte.haiphong.gov.vn")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
