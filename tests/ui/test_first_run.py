"""First run: commune search, first officer, the register made in the background, its key."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from desktop.reference.communes import find_commune
from desktop.services.settings import load_app_settings
from desktop.storage.store import Store
from desktop.ui.first_run.commune_page import matches
from desktop.ui.first_run.recovery_page import grouped
from desktop.ui.first_run.wizard import FirstRunWizard
from desktop.ui.task_runner import TaskRunner
from tests.helpers.registers import FAST

PASSWORD = "Mật-khẩu-2026!"
# Fixtures: a private settings folder, a runner, the Vietnamese catalogue.
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]


def test_commune_search_folds_vietnamese() -> None:
    hong_bang = find_commune("Phường Hồng Bàng")
    assert hong_bang is not None
    assert matches(hong_bang, "hong bang")
    assert matches(hong_bang, "HỒNG bàng")
    assert matches(hong_bang, hong_bang.code)
    assert not matches(hong_bang, "le chan")


def test_recovery_key_is_shown_in_two_lines_of_three_groups() -> None:
    key = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567"
    assert grouped(key) == "ABCDE  FGHJK  MNPQR\nSTVWX  YZ012  34567"


def finish_wizard(qtbot, folder: Path, worker: TaskRunner) -> FirstRunWizard:
    wizard = FirstRunWizard(folder, worker, options=FAST)
    qtbot.addWidget(wizard)
    wizard.show()
    communes = wizard.commune_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(communes.search, "hong bang")
    assert communes.visible_names() == ["Phường Hồng Bàng"]
    qtbot.keyClick(communes.search, Qt.Key.Key_Down)
    assert communes.list.currentItem().text() == "Phường Hồng Bàng"
    assert communes.commune is not None
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()

    officer = wizard.officer_page
    assert wizard.currentPage() is officer
    officer.full_name.setText("Trần Thị Mai")  # keyClicks types ASCII only
    assert officer.username.text() == "tran.thi.mai"
    officer.fields.password.setText("matkhau")
    assert not officer.isComplete()
    assert "ít nhất 10 ký tự" in officer.fields.reasons.text()
    officer.fields.password.setText(PASSWORD)
    officer.fields.repeat.setText(PASSWORD + "x")
    assert "hai mật khẩu chưa giống nhau" in officer.fields.reasons.text()
    assert not officer.isComplete()
    officer.fields.repeat.setText(PASSWORD)
    assert officer.isComplete()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Tạo sổ theo dõi"
    wizard.next()

    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15_000)
    return wizard


def test_first_run_creates_a_register_that_opens_by_password_and_by_key(
    qtbot,
    tmp_path: Path,
    runner: TaskRunner,
    vi: None,
) -> None:
    folder = tmp_path / "data"
    wizard = finish_wizard(qtbot, folder, runner)
    key = wizard.recovery_key
    assert key is not None
    page = wizard.recovery_page
    assert page.key_label.text() == grouped(key)
    # The password is not kept in the form once the register exists.
    assert wizard.officer_page.fields.text() == ""

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # leaving before the key is acknowledged is refused
    assert wizard.isVisible()
    page.confirm.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted

    store = wizard.store
    assert store is not None
    assert store.commune_code == find_commune("Phường Hồng Bàng").code
    assert store.officer.full_name == "Trần Thị Mai"
    officer_id = store.officer.id
    store.close()

    by_password = Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)
    assert by_password.officer.username == "tran.thi.mai"
    by_password.close()
    by_key = Store.open(folder, officer_id=officer_id, recovery_key=key, opts=FAST)
    assert by_key.officer.id == officer_id
    by_key.close()


def test_recovery_key_prints_to_a_sheet_with_the_key(
    qtbot,
    tmp_path: Path,
    runner: TaskRunner,
    vi: None,
) -> None:
    wizard = finish_wizard(qtbot, tmp_path / "data", runner)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "key.pdf"
    printer.setOutputFileName(str(target))
    wizard.recovery_page.print_to(printer)
    # Words come out separated by tabs or newlines; compare with single spaces.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert wizard.recovery_key is not None
    for group in wizard.recovery_key.split("-"):
        assert group in text
    assert "Khóa khôi phục của sổ theo dõi" in text
    assert "Phường Hồng Bàng" in text
    wizard.recovery_page.confirm.setChecked(True)
    wizard.accept()
    wizard.store.close()


def test_the_wizard_switches_language_from_its_first_page(
    qtbot, tmp_path: Path, runner: TaskRunner, vi: None
) -> None:
    wizard = FirstRunWizard(tmp_path / "data", runner, options=FAST)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.commune_page
    assert page.title() == "Xã, phường của bạn"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Tiếp theo >"
    page.language.setCurrentIndex(page.language.findData("en"))
    QApplication.processEvents()
    assert page.title() == "Your commune"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Next >"
    assert wizard.officer_page.role.itemText(0) == "Child-protection officer"
    assert load_app_settings().language == "en"
    page.language.setCurrentIndex(page.language.findData("vi"))
    QApplication.processEvents()
    assert page.title() == "Xã, phường của bạn"
    assert wizard.officer_page.role.itemText(0) == "Cán bộ bảo vệ trẻ em"
