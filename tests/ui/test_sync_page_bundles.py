"""Issue 13 item 10: the island officer's way on the Sync page, by its buttons and by typing in
the file dialogs as a person does: enrol by file, export, carry on another commune's PC
(logging in when asked), import the answer; the register ends equal to the server."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.services import sync as service
from desktop.ui.sync.bundle_dialogs import EnrolFileDialog
from desktop.ui.sync.bundles import BundleBox
from desktop.ui.sync.dialogs import PasswordDialog
from desktop.ui.task_runner import TaskRunner
from server import enrolment
from tests.helpers.communes import CODE_COUNTER, SERVER_PASSWORD, Commune, commune_codes
from tests.helpers.live_server import SyncServer, live_server
from tests.helpers.pages import open_sync_page
from tests.sync.helpers import add_child, child, pending
from tests.sync.island_support import differs_from_server

# The offscreen platform cannot raise a dialog or let a list of suggestions grab the keys.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
NATIVE = Qt.ApplicationAttribute.AA_DontUseNativeDialogs


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory) -> Iterator[SyncServer]:
    with live_server("sqlite", tmp_path_factory.mktemp("ui-bundles")) as live:
        yield live


@pytest.fixture
def qt_dialogs(qapp: QApplication) -> Iterator[None]:
    """Qt's own file dialog, as on a PC without a desktop's native one, so keys reach it."""
    before = QApplication.testAttribute(NATIVE)
    QApplication.setAttribute(NATIVE, True)
    yield
    QApplication.setAttribute(NATIVE, before)


def _commune(server: SyncServer, folder: Path) -> Commune:
    codes = commune_codes()
    return Commune(server, codes[next(CODE_COUNTER) % len(codes)], folder)


def _shown(qtbot, box: BundleBox, kind: type, name: str = ""):
    def found():
        for widget in box.findChildren(kind):
            if widget.isVisible() and (not name or widget.objectName() == name):
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def _type_path(qtbot, box: BundleBox, name: str, path: Path) -> None:
    """Into the dialog's file name field, by keyboard, then Enter."""
    dialog = _shown(qtbot, box, QFileDialog, name)
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    # The pointer rests on the dialog's title corner: a list of matching names that opened
    # under it would take the name it hovers as the typed text.
    qtbot.mouseMove(dialog, QPoint(2, 2))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, str(path))
    suggestions = field.completer().popup() if field.completer() else None
    if suggestions is not None and suggestions.isVisible():
        # The list of matching names is dismissed as a click elsewhere would: while it shows,
        # the field leaves Enter to it (and Enter there takes the highlighted name instead).
        suggestions.hide()
    assert Path(dialog.directory().absoluteFilePath(field.text())) == path
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def _type_and_enter(qtbot, field: QLineEdit, text: str) -> None:
    """Key by key; a Vietnamese letter arrives as a keyboard layout (or input method) sends
    it, a key event carrying its text (QTest only knows ASCII keys)."""
    field.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    assert field.text() == text
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _says(qtbot, box: BundleBox, text: str) -> None:
    qtbot.waitUntil(lambda: text in box.message.text(), timeout=30_000)


def test_the_island_way_through_the_sync_page_s_buttons(
    qtbot, sqlite_server: SyncServer, runner: TaskRunner, vi: None, qt_dialogs: None,
    tmp_path: Path,
) -> None:
    island_commune = _commune(sqlite_server, tmp_path / "dao")
    other = _commune(sqlite_server, tmp_path / "bo")
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        island = island_commune.register("dao", enrol=False)
        carrier = other.register("chuyen")
        issued = enrolment.issue(sqlite_server.engine, island_commune.code,
                                 island_commune.username, server_url=sqlite_server.url)
        (usb / "dao.bvte-enrol").write_bytes(issued.blob)
        page = open_sync_page(qtbot, island, runner)
        box = page.bundles
        assert not box.export_button.isEnabled() and box.enrol_button.isEnabled()
        assert box.title() == "Không có mạng: đồng bộ bằng tệp"

        qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
        _type_path(qtbot, box, "enrolFileChooser", usb / "dao.bvte-enrol")
        asked = _shown(qtbot, box, EnrolFileDialog)
        _type_and_enter(qtbot, asked.code, issued.code)
        _says(qtbot, box, "Máy này đã đăng ký bằng tệp cho")
        qtbot.waitUntil(lambda: box.export_button.isEnabled(), timeout=5_000)
        assert page.enrol_state.text().startswith("đã đăng ký bằng tệp")
        # Unconfirmed: the server does not know this PC yet, so nothing goes online.
        assert not box.forward_button.isEnabled() and not page.sync_button.isEnabled()

        made = add_child(island, "Nguyễn Thị Biển")
        qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
        _type_path(qtbot, box, "bundleExportDialog", usb / "gui-thanh-pho.bvte")
        _says(qtbot, box, "đã mã hóa: chỉ máy chủ thành phố đọc được")
        assert "hoàn tất việc đăng ký" in box.message.text()

        # On a connected PC of another commune, whose server login has expired meanwhile.
        service._TOKENS.clear()
        carrying = open_sync_page(qtbot, carrier, runner)
        other_box = carrying.bundles
        qtbot.mouseClick(other_box.forward_button, Qt.MouseButton.LeftButton)
        _type_path(qtbot, other_box, "forwardSourceDialog", usb / "gui-thanh-pho.bvte")
        _type_path(qtbot, other_box, "forwardAnswerDialog", usb / "tra-loi.bvte")
        login = _shown(qtbot, other_box, PasswordDialog)
        _type_and_enter(qtbot, login.password, SERVER_PASSWORD)
        _says(qtbot, other_box, "Máy chủ đã nhận tệp: ")
        assert f"của xã {island_commune.code}" in other_box.message.text()
        assert (usb / "tra-loi.bvte").stat().st_size > 0

        qtbot.mouseClick(box.answer_button, Qt.MouseButton.LeftButton)
        _type_path(qtbot, box, "answerImportDialog", usb / "tra-loi.bvte")
        _says(qtbot, box, "Đã nhập tệp trả lời")
        assert "Thành phố đã xác nhận đăng ký của máy này." in box.message.text()
        qtbot.waitUntil(lambda: page.enrol_state.text() == "đã đăng ký", timeout=5_000)
        assert page.sync_button.isEnabled()
        qtbot.waitUntil(lambda: page.pending.text() == "0", timeout=5_000)
        assert pending(island) == 0 and child(island, made.id) is not None
        assert differs_from_server(island, sqlite_server) == []

        # The same answer again: refused, and the page says why.
        qtbot.mouseClick(box.answer_button, Qt.MouseButton.LeftButton)
        _type_path(qtbot, box, "answerImportDialog", usb / "tra-loi.bvte")
        _says(qtbot, box, "không dành cho máy này (hoặc đã được nhập rồi)")
    finally:
        island_commune.close()
        other.close()
