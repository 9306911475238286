"""The document preview: the rendered PDF on screen, then the system print dialog or a file."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.documents import RenderedDocument

# Enough for sharp 13 pt text; a 600 dpi A4 bitmap would take ~140 MB per page.
MAX_PRINT_DPI = 300


class DocumentPreviewDialog(QDialog):
    """Shows every page; Print sends them through QPrinter, Save writes the same PDF bytes."""

    # "print" or "save", after the document went to the printer or to a file.
    output_done = Signal(str)

    def __init__(self, rendered: RenderedDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered = rendered
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", rendered.name))
        self.resize(900, 720)
        self._bytes = QByteArray(rendered.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)

        pages = self.document.pageCount()
        note = self.tr("%n page(s)", "", pages)
        if rendered.restricted_masked:
            note += " · " + self.tr("Restricted information is hidden for your account.")
        self.info = QLabel(note, self)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_document)
        # clicked(bool) would hand its checked flag to save_as as the path: ask for the file.
        self.save_button.clicked.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.choose_and_save)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.zoom(0.8))
        QShortcut(QKeySequence("Ctrl+0"), self, activated=self.fit_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)

    def zoom(self, factor: float) -> None:
        """Ctrl++ and Ctrl+- zoom from what is shown now; Ctrl+0 shows a whole page again."""
        current = self.view.zoomFactor()
        if self.view.zoomMode() is not QPdfView.ZoomMode.Custom:
            size = self.document.pagePointSize(0)
            viewport = self.view.viewport().size()
            # The effective factor of a fitted page, so the first step starts from it.
            current = min(viewport.width() / size.width(), viewport.height() / size.height())
            current *= 72 / self.logicalDpiX()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.rendered.name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted and self.print_to(printer):
            self.output_done.emit("print")

    def print_to(self, printer: QPrinter) -> bool:
        """Each PDF page as a bitmap on its own sheet, in the page's own orientation."""
        count = self.document.pageCount()
        if count == 0:
            return False
        printer.setFullPage(True)  # the PDF carries the Decree 30 margins itself
        first = self.document.pagePointSize(0)
        orientation = (
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(orientation)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(count):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, size)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.topLeft(), image.scaled(scaled, mode=_SMOOTH))
        finally:
            painter.end()
        return True

    def choose_and_save(self) -> Path | None:
        """Ask where to save, then save there."""
        return self.save_as()

    def save_as(self, path: str | Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as PDF"),
                str(Path.home() / self.rendered.file_name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_bytes(self.rendered.pdf)
            partial.replace(target)
        except OSError:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr(
                    "The file could not be written. Choose another folder (for example "
                    "Documents) and check that the disk is not full."
                ),
            )
            return None
        self.output_done.emit("save")
        return target


_SMOOTH = Qt.TransformationMode.SmoothTransformation
