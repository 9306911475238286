"""Settings, as an officer uses it: re-key the register, remove an officer and re-key right after,
give a colleague left out a temporary password that they replace at their first unlock."""

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.paths import database_path, keyring_path
from desktop.services import rekey
from desktop.services.accounts import add_officer
from desktop.services.rekey import STAGES
from desktop.storage.engine import make_engine
from desktop.storage.errors import StoreCorrupt
from desktop.storage.keyring import Keyring, PasswordChangeRequired, UnknownOfficer, WrongPassword
from desktop.storage.store import Store
from desktop.ui.first_run.recovery_page import grouped
from desktop.ui.settings.give_password import GivePasswordDialog
from desktop.ui.settings.officers import OfficersBox
from desktop.ui.settings.page import SettingsPage
from desktop.ui.settings.rekey_dialog import CONFIRM, DONE, RekeyDialog
from desktop.ui.shell import Shell
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from desktop.ui.unlock.own_password import OwnPasswordDialog
from tests.helpers.keyboard import type_text
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store

# Fixtures: a private settings folder, a runner, the Vietnamese catalogue.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]

COLLEAGUE = "Đồng-nghiệp-2026!"
TEMPORARY = "Tạm-thời-2026-xyz"
OWN = "Của-riêng-tôi-2027!"
HAI, BA = "Cao Văn Hai", "Bùi Thị Ba"


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """Mai, two colleagues and a child; a copy of the key file taken today lies in `leaked/`."""
    folder = tmp_path / "register"
    store, _ = create_store(folder)
    add_child(store, "Mạc Thị Lan")
    add_officer(store, full_name=HAI, username="cao.van.hai", password=COLLEAGUE)
    add_officer(store, full_name=BA, username="bui.thi.ba", password=COLLEAGUE)
    store.close()
    (tmp_path / "leaked").mkdir()
    shutil.copy(keyring_path(folder), tmp_path / "leaked" / "register.keys")
    return folder


def opens_with(folder: Path, keys: Path, name: str, password: str) -> bool:
    keyring = Keyring.load(keys)
    [slot] = [s for s in keyring.officers() if s.display_name == name]
    try:
        key = keyring.unlock(slot.officer_id, password)
        make_engine(database_path(folder), key).dispose()
    except (WrongPassword, StoreCorrupt):
        return False
    return True


def officer_id(folder: Path, name: str) -> str:
    return next(s.officer_id for s in Keyring.load(keyring_path(folder)).officers()
                if s.display_name == name)  # fmt: skip


def start_and_unlock(qtbot, folder: Path, worker: TaskRunner, name: str, password: str) -> Shell:
    shell = Shell(folder, worker, options=FAST)
    assert shell.start()
    qtbot.addWidget(shell.dialog)
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.officer_box.setCurrentIndex(dialog.officer_box.findText(name))
    type_text(dialog.password, password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=15_000)
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    return shell


def settings_page(qtbot, shell: Shell) -> SettingsPage:
    assert shell.window is not None
    shell.window.show_page("settings")
    page = shell.window.page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.officer_list.count() > 0, timeout=5_000)
    return page


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_officer(qtbot, box: OfficersBox, name: str) -> None:
    listing = box.officer_list
    row = next(i for i in range(listing.count()) if listing.item(i).text().startswith(name))
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert listing.currentRow() == row


def button_named(box: QMessageBox, name: str) -> QPushButton:
    found = box.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_an_officer_rekeys_from_settings_and_keeps_the_new_recovery_key(
    qtbot, register: Path, runner: TaskRunner, vi: None
) -> None:
    shell = start_and_unlock(qtbot, register, runner, "Trần Thị Mai", PASSWORD)
    held: list[bool] = []
    shell.signals.keep_unlocked.connect(held.append)
    page = settings_page(qtbot, shell)
    assert page.key_box.rekey.text() == "Đổi khóa mã hóa…"
    click(qtbot, page.key_box.rekey)
    dialog = page.findChild(RekeyDialog)
    assert isinstance(dialog, RekeyDialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=5_000)
    # What it does and why, in Vietnamese, before anything is done.
    assert "mã hóa lại toàn bộ hồ sơ" in dialog.what.text()
    assert "bản sao tệp khóa (register.keys) lấy từ trước vẫn mở được sổ" in dialog.why.text()
    assert "vừa xóa một cán bộ" in dialog.what.text()
    assert not dialog.start_button.isEnabled()

    type_text(dialog.password, PASSWORD)
    assert dialog.start_button.isEnabled()
    [hai] = [row for row in dialog.rows if row.slot.display_name == HAI]
    type_text(hai.edit, "ngắn")
    assert hai.reasons.isVisible() and "ít nhất 10 ký tự" in hai.reasons.text()
    assert not dialog.start_button.isEnabled()
    hai.edit.selectAll()
    type_text(hai.edit, TEMPORARY)
    assert dialog.start_button.isEnabled()  # Ba is left out: her field stays empty

    stages: list[int] = []
    dialog.bar.valueChanged.connect(stages.append)
    click(qtbot, dialog.start_button)
    assert not dialog.cancel_button.isVisible()
    dialog.reject()  # cannot be left while the register is being re-encrypted
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=60_000)
    assert stages == list(range(1, len(STAGES) + 1))
    assert dialog.stage_label.text() == "Xong"
    outcome = dialog.outcome
    assert outcome is not None
    assert dialog.key_view.key_label.text() == grouped(outcome.recovery_key)
    assert HAI in dialog.summary.text() and "mật khẩu tạm" in dialog.summary.text()
    assert BA in dialog.summary.text() and "Chưa mở được sổ" in dialog.summary.text()
    # The idle lock waits while the key is on screen, so it is not lost half-read.
    assert held == [True] and not shell.idle.active

    # Printed as the wizard prints it, saying the old key is dead.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    sheet = register.parent / "key.pdf"
    printer.setOutputFileName(str(sheet))
    dialog.key_view.print_to(printer)
    printed = " ".join(" ".join(pg.extract_text() for pg in PdfReader(sheet).pages).split())
    assert all(group in printed for group in outcome.recovery_key.split("-"))
    assert "Phường Thủy Nguyên" in printed and "thay thế mọi khóa khôi phục trước đây" in printed
    sheet.unlink()

    click(qtbot, dialog.key_view.copy_button)
    assert QGuiApplication.clipboard().text() == outcome.recovery_key
    assert not dialog.start_button.isEnabled()
    dialog.reject()  # the key must be acknowledged first
    assert dialog.isVisible()
    dialog.confirm.click()
    assert dialog.start_button.text() == "Đóng"
    click(qtbot, dialog.start_button)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert held == [True, False] and shell.idle.active

    # The page shows who can open the register now; the app goes on with the new key.
    listing = page.officers_box.officer_list
    qtbot.waitUntil(
        lambda: any("chưa mở được sổ" in listing.item(i).text() for i in range(listing.count())),
        timeout=5_000,
    )
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert any(t.startswith(BA) and "chưa mở được sổ trên máy này" in t for t in texts)
    assert any(t.startswith(HAI) and "mật khẩu tạm" in t for t in texts)
    store = shell.window.ctx.store
    with store.unit_of_work(write=False) as uow:
        assert [c.full_name for c in uow.search_children("lan")] == ["Mạc Thị Lan"]
    shell.shutdown()

    # What was stored: the copy taken before opens nothing; the new key and passwords do.
    leaked = register.parent / "leaked" / "register.keys"
    assert not opens_with(register, leaked, "Trần Thị Mai", PASSWORD)
    assert not opens_with(register, leaked, BA, COLLEAGUE)
    assert opens_with(register, keyring_path(register), "Trần Thị Mai", PASSWORD)
    keyring = Keyring.load(keyring_path(register))
    keyring.unlock_with_recovery(outcome.recovery_key)
    with pytest.raises(PasswordChangeRequired):
        Store.open(register, officer_id=officer_id(register, HAI), password=TEMPORARY, opts=FAST)
    assert BA not in {slot.display_name for slot in keyring.officers()}


def test_a_wrong_password_in_the_rekey_dialog_changes_nothing(
    qtbot, register: Path, runner: TaskRunner, vi: None
) -> None:
    shell = start_and_unlock(qtbot, register, runner, "Trần Thị Mai", PASSWORD)
    page = settings_page(qtbot, shell)
    dialog = page.key_box.open_rekey()
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=5_000)
    type_text(dialog.password, "Không-phải-mật-khẩu-1")
    click(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=30_000)
    assert dialog.pages.currentIndex() == CONFIRM
    assert dialog.error_label.text() == (
        "Mật khẩu của bạn không đúng. Chưa có gì thay đổi; hãy nhập lại."
    )
    assert dialog.password.text() == ""
    assert shell.idle.active
    dialog.reject()
    assert not dialog.isVisible()
    shell.shutdown()
    leaked = register.parent / "leaked" / "register.keys"
    assert opens_with(register, leaked, BA, COLLEAGUE)


def test_removing_an_officer_offers_rekeying_right_after(
    qtbot, register: Path, runner: TaskRunner, vi: None
) -> None:
    shell = start_and_unlock(qtbot, register, runner, "Trần Thị Mai", PASSWORD)
    page = settings_page(qtbot, shell)
    box = page.officers_box
    qtbot.waitUntil(lambda: box.officer_list.count() == 3, timeout=5_000)
    choose_officer(qtbot, box, "Trần Thị Mai")
    assert not box.remove_officer.isEnabled()  # not herself
    choose_officer(qtbot, box, BA)
    click(qtbot, box.remove_officer)
    asked = box.remove_box
    assert asked is not None and asked.text() == f"Xóa {BA} khỏi sổ?"
    click(qtbot, button_named(asked, "removeOfficerConfirm"))
    qtbot.waitUntil(lambda: box.rekey_offer is not None, timeout=10_000)
    offer = box.rekey_offer
    assert offer.text() == f"Đã xóa {BA} khỏi sổ."
    assert "bản sao tệp khóa (register.keys)" in offer.informativeText()
    qtbot.waitUntil(lambda: box.officer_list.count() == 2, timeout=5_000)

    click(qtbot, button_named(offer, "rekeyOfferNow"))
    dialog = box.findChild(RekeyDialog)
    assert isinstance(dialog, RekeyDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: len(dialog.rows) == 1, timeout=5_000)
    assert dialog.rows[0].slot.display_name == HAI
    dialog.reject()
    shell.shutdown()

    # Stored: Ba is inactive and has no password here; her old copy still opens the register
    # until a re-keying, which is why it is offered.
    with pytest.raises(UnknownOfficer):
        Store.open(register, officer_id=officer_id(register.parent / "leaked", BA),
                   password=COLLEAGUE, opts=FAST)  # fmt: skip
    assert opens_with(register, register.parent / "leaked" / "register.keys", BA, COLLEAGUE)


def test_a_colleague_left_out_is_given_a_password_and_chooses_their_own_at_unlock(
    qtbot, register: Path, runner: TaskRunner, vi: None
) -> None:
    store = Store.open(register, officer_id=officer_id(register, "Trần Thị Mai"),
                       password=PASSWORD, opts=FAST)  # fmt: skip
    rekey.apply_rekey(store, rekey.prepare_rekey(store, password=PASSWORD, temporary={}))
    store.close()
    shell = start_and_unlock(qtbot, register, runner, "Trần Thị Mai", PASSWORD)
    page = settings_page(qtbot, shell)
    box = page.officers_box
    qtbot.waitUntil(lambda: box.officer_list.count() == 3, timeout=5_000)
    choose_officer(qtbot, box, "Trần Thị Mai")
    assert not box.give_password.isEnabled()  # she can open it already
    choose_officer(qtbot, box, HAI)
    click(qtbot, box.give_password)
    dialog = box.findChild(GivePasswordDialog)
    assert isinstance(dialog, GivePasswordDialog)
    assert "Cao Văn Hai chưa mở được sổ trên máy này" in dialog.intro.text()
    type_text(dialog.fields.password, TEMPORARY)
    type_text(dialog.fields.repeat, TEMPORARY)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: dialog.given is not None, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            box.officer_list.item(i).text().startswith(HAI)
            and "mật khẩu tạm" in box.officer_list.item(i).text()
            for i in range(box.officer_list.count())
        ),
        timeout=5_000,
    )

    # Hai signs in at the lock screen with the temporary password: he must choose his own.
    shell.lock()
    unlock = shell.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.officer_box.setCurrentIndex(unlock.officer_box.findText(HAI))
    type_text(unlock.password, TEMPORARY)
    click(qtbot, unlock.unlock_button)
    qtbot.waitUntil(lambda: unlock.findChild(OwnPasswordDialog) is not None, timeout=15_000)
    own = unlock.findChild(OwnPasswordDialog)
    assert isinstance(own, OwnPasswordDialog)
    assert shell.is_locked
    assert "mật khẩu tạm" in own.intro.text()
    type_text(own.fields.password, TEMPORARY)
    type_text(own.fields.repeat, TEMPORARY)
    click(qtbot, own.ok_button)
    qtbot.waitUntil(lambda: own.error_label.isVisible(), timeout=15_000)
    assert own.error_label.text() == "Hãy chọn mật khẩu khác với mật khẩu tạm."
    for edit in (own.fields.password, own.fields.repeat):
        edit.selectAll()
        type_text(edit, OWN)
    click(qtbot, own.ok_button)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=15_000)
    assert shell.window.ctx.officer.full_name == HAI
    shell.shutdown()

    hai = officer_id(register, HAI)
    Store.open(register, officer_id=hai, password=OWN, opts=FAST).close()
    with pytest.raises(WrongPassword):
        Store.open(register, officer_id=hai, password=TEMPORARY, opts=FAST)
