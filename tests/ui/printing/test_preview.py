"""The preview dialog: shows the rendered PDF, prints every page through QPrinter, saves it."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.domain.enums import AuditAction
from desktop.services import documents
from desktop.services.seed import seed_register
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.printing.preview import DocumentPreviewDialog
from desktop.ui.printing.show import error_text, show_document_preview
from desktop.ui.task_runner import TaskRunner
from tests.helpers.registers import create_store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    store, _ = create_store(tmp_path_factory.mktemp("preview") / "data")
    seed_register(store, children=60, seed=7)
    yield store
    store.close()


def _plan(store) -> documents.RenderedDocument:
    with store.unit_of_work(write=False) as uow:
        case_id = uow.plans.where()[0].case_id
    return documents.render_document(store, "mau04", case_id)


def test_preview_shows_every_page_and_saves_the_same_bytes(qtbot, seeded, tmp_path: Path) -> None:
    rendered = _plan(seeded)
    dialog = DocumentPreviewDialog(rendered)
    qtbot.addWidget(dialog)
    pages = len(PdfReader(io.BytesIO(rendered.pdf)).pages)
    assert dialog.document.pageCount() == pages
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.zoom(2.0)
    assert dialog.view.zoomMode() is dialog.view.ZoomMode.Custom
    zoomed = dialog.view.zoomFactor()
    dialog.zoom(0.5)
    assert dialog.view.zoomFactor() < zoomed
    dialog.fit_page()
    saved = dialog.save_as(tmp_path / "ke_hoach.pdf")
    assert saved is not None and saved.read_bytes() == rendered.pdf


def test_printing_sends_every_page_to_the_printer(qtbot, seeded, tmp_path: Path) -> None:
    extract = documents.register_extract(seeded)
    dialog = DocumentPreviewDialog(extract)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer)
    printed = PdfReader(str(out))
    assert len(printed.pages) == dialog.document.pageCount() > 1
    first = printed.pages[0].mediabox
    assert float(first.width) > float(first.height), "the landscape extract printed portrait"


def test_show_document_preview_renders_in_the_background(qtbot, seeded, tmp_path: Path) -> None:
    runner = TaskRunner()
    context = AppContext(
        store=seeded, runner=runner, lang="vi", officer=seeded.officer, signals=AppSignals()
    )
    try:
        with seeded.unit_of_work(write=False) as uow:
            child_id = uow.children.where()[0].id
        show_document_preview(context, "ho_so_tre", child_id)
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, DocumentPreviewDialog)
                for w in QApplication.topLevelWidgets()
                if w.isVisible()
            ),
            timeout=10_000,
        )
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, DocumentPreviewDialog) and w.isVisible()
        )
        assert dialog.document.pageCount() >= 1
        assert dialog.save_as(tmp_path / "ho_so.pdf") is not None
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        dialog.close()
        with seeded.unit_of_work(write=False) as uow:
            events = [e for e in uow.audit_events.where() if e.entity_id == child_id]
        actions = [e.action for e in sorted(events, key=lambda e: e.at)]
        # Opening the preview is a view; saving it to a file is an export.
        assert actions[-2:] == [AuditAction.VIEW, AuditAction.EXPORT]
    finally:
        runner.shutdown()


def test_errors_read_as_advice() -> None:
    missing = documents.DocumentError("documents.no_record", form="mau04")
    assert "print again" in error_text(missing) or "in lại" in error_text(missing)


def test_print_menus_list_each_document_and_open_its_preview(qtbot, seeded) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.printing.menu import case_print_menu, child_print_menu

    runner = TaskRunner()
    context = AppContext(
        store=seeded, runner=runner, lang="vi", officer=seeded.officer, signals=AppSignals()
    )
    host = QWidget()
    qtbot.addWidget(host)
    try:
        with seeded.unit_of_work(write=False) as uow:
            case = uow.cases.get(uow.plans.where()[0].case_id)
        menu = case_print_menu(context, case.id, host)
        names = [a.objectName() for a in menu.actions()]
        assert names == [f"print_{form}" for form in documents.CASE_FORMS]
        assert menu.actions()[4].text().startswith("Mẫu 04")
        child_menu = child_print_menu(context, case.child_id, host)
        assert [a.objectName() for a in child_menu.actions()] == [
            "print_ho_so_tre",
            "print_tham_gia_dinh",
        ]
        menu.actions()[4].trigger()
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, DocumentPreviewDialog) and w.rendered.form == "mau04"
                for w in QApplication.topLevelWidgets()
            ),
            timeout=10_000,
        )
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, DocumentPreviewDialog):
                widget.close()
    finally:
        runner.shutdown()


def test_document_settings_dialog_saves_the_signers(qtbot, tmp_path: Path) -> None:
    from desktop.services.document_settings import load_document_settings
    from desktop.ui.printing.settings_dialog import DocumentSettingsDialog

    store, _ = create_store(tmp_path / "data")
    runner = TaskRunner()
    context = AppContext(
        store=store, runner=runner, lang="vi", officer=store.officer, signals=AppSignals()
    )
    try:
        dialog = DocumentSettingsDialog(context)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
        assert dialog.commune.text() == "Phường Thủy Nguyên"
        dialog.chairman.setText("Đỗ Văn Quyết")
        dialog.deputies.setPlainText("Lê Thị Hòa\n\n  Phạm Văn Bình ")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.save()
        saved = load_document_settings(store)
        assert saved.chairman_name == "Đỗ Văn Quyết"
        assert saved.deputy_names == ["Lê Thị Hòa", "Phạm Văn Bình"]
        assert saved.place_name == "Thủy Nguyên"
    finally:
        runner.shutdown()
        store.close()


def _answer_modal(qtbot, answer) -> list[str]:
    """Answer the next modal dialog as a person would; returns its class name once seen."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or seen:
            if not seen:
                QTimer.singleShot(50, poll)
            return
        seen.append(type(modal).__name__)
        answer(modal)

    QTimer.singleShot(50, poll)
    return seen


# The offscreen platform cannot raise or grab for the modal file and print dialogs.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_preview_button_works_when_clicked(qtbot, seeded, tmp_path: Path) -> None:
    rendered = _plan(seeded)
    dialog = DocumentPreviewDialog(rendered)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    done: list[str] = []
    dialog.output_done.connect(done.append)
    target = tmp_path / "bam_nut.pdf"

    def type_file_name(modal) -> None:
        name = modal.findChild(QLineEdit, "fileNameEdit") or modal.findChild(QLineEdit)
        name.selectAll()
        qtbot.keyClicks(name, str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    seen = _answer_modal(qtbot, type_file_name)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: done == ["save"], timeout=10000)
    assert seen == ["QFileDialog"]
    assert target.read_bytes() == rendered.pdf

    # Ctrl+S asks the same way; cancelling it writes nothing.
    seen = _answer_modal(qtbot, lambda modal: qtbot.keyClick(modal, Qt.Key.Key_Escape))
    dialog.activateWindow()  # a window shortcut needs its window active, as on a desktop
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seen == ["QFileDialog"], timeout=10000)
    assert done == ["save"]

    # Print opens the print dialog; cancelling it prints nothing.
    seen = _answer_modal(qtbot, lambda modal: modal.reject())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen == ["QPrintDialog"], timeout=10000)
    assert done == ["save"]

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
