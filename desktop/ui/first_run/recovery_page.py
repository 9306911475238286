"""The recovery key, shown once, large and grouped, to print, copy or write down: the first-run
page, and the view the re-keying dialog shows the new key in."""

import html
from datetime import date

from PySide6.QtCore import QEvent, QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

GROUPS_PER_LINE = 3


def grouped(recovery_key: str) -> str:
    """ "AAAAA-BBBBB-…" as two lines of three groups, easy to copy by hand without losing place."""
    groups = [group for group in recovery_key.split("-") if group]
    lines = [
        "  ".join(groups[start : start + GROUPS_PER_LINE])
        for start in range(0, len(groups), GROUPS_PER_LINE)
    ]
    return "\n".join(lines)


def key_font(point_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(point_size)
    font.setBold(True)
    return font


class RecoveryKeyView(QWidget):
    """The key, large and grouped, with what it is for, and a way to print or copy it.

    Shown once by the first-run wizard and again after a re-keying (`reissued`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = ""
        self.commune_name = ""
        self.reissued = False
        self.key_label = QLabel(self)
        self.key_label.setObjectName("recoveryKeyText")
        self.key_label.setFont(key_font(max(18.0, self.font().pointSizeF() * 1.8)))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setFrameShape(QFrame.Shape.Box)
        self.key_label.setMargin(14)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self.print_key)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyRecoveryKey")
        self.copy_button.clicked.connect(self.copy_key)
        self.copied = QLabel(self)
        self.copied.setObjectName("recoveryKeyCopied")
        self.copied.hide()
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.copied)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        self._retranslate()

    def show_key(self, recovery_key: str, commune_name: str, *, reissued: bool = False) -> None:
        self.recovery_key = recovery_key
        self.commune_name = commune_name
        self.reissued = reissued
        self.key_label.setText(grouped(recovery_key))

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print one A4 sheet: what the key is for, the key itself, where to keep it."""
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(25, 20, 20, 20),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        document.setDefaultFont(QFont(self.font().family(), 12))
        document.setHtml(self.sheet_html())
        document.print_(printer)

    def copy_key(self) -> None:
        """To paste into a password manager; forget() takes it off the clipboard again."""
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.copied.setText(self.tr("Copied."))
        self.copied.show()

    def forget(self) -> None:
        """Clear the clipboard if it still holds the key: it must not outlive this screen."""
        clipboard = QGuiApplication.clipboard()
        if self.recovery_key and clipboard.text() == self.recovery_key:
            clipboard.clear()

    def sheet_html(self) -> str:
        title = self.tr("BVTE — Recovery key of the register")
        unit = self.tr("Unit: {unit}").format(unit=html.escape(self.commune_name))
        made = self.tr("Made on: {day}").format(day=date.today().strftime("%d/%m/%Y"))
        key_lines = grouped(self.recovery_key).replace("\n", "<br>")
        replaces = ""
        if self.reissued:
            note = self.tr("This key replaces every earlier recovery key of the register.")
            replaces = f"<p><b>{html.escape(note)}</b></p>"
        return (
            f"<h2>{html.escape(title)}</h2><p>{unit}<br>{made}</p>"
            "<p style='font-family: monospace; font-size: 22pt; font-weight: bold; "
            f"margin: 18pt 0'>{key_lines}</p>{replaces}"
            f"<p>{html.escape(self.warning.text())}</p>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.warning.setText(
            self.tr(
                "Keep the paper locked away, apart from this PC. Anyone with this key can read "
                "the children's records."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.copy_button.setText(self.tr("Copy"))
        if self.copied.isVisible():
            self.copied.setText(self.tr("Copied."))


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWizardPage | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryPage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.view = RecoveryKeyView(self)
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("recoveryConfirmed")
        self.confirm.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        self._retranslate()

    @property
    def recovery_key(self) -> str:
        return self.view.recovery_key

    @property
    def key_label(self) -> QLabel:
        return self.view.key_label

    def show_key(self, recovery_key: str, commune_name: str) -> None:
        self.view.show_key(recovery_key, commune_name)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def print_to(self, printer: QPrinter) -> None:
        self.view.print_to(printer)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("Step 4 of 4"))
        self.intro.setText(
            self.tr(
                "If every password is forgotten, only this key opens the register. It is shown "
                "only now: print it or write it down exactly."
            )
        )
        self.confirm.setText(self.tr("I have written down or printed the recovery key"))
