"""The Qt application and what opening a folder needs: a Vietnamese-capable font, the key file."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import APP_NAME, resources_dir
from desktop.services import register_access
from desktop.services.register_access import Keyring, KeyringMissing, OfficerSlot
from desktop.ui.language import DEFAULT_LANGUAGE, set_language
from desktop.ui.unlock.dialog import describe_open_error

log = logging.getLogger(__name__)

MIN_POINT_SIZE = 10.0
# Checked in order when the platform's default font lacks Vietnamese; the first is Windows'.
FONT_FAMILIES = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Tahoma")


def vietnamese_font(base: QFont) -> QFont:
    """`base` if its family draws Vietnamese, else the first installed family that does."""
    fonts_folder = resources_dir() / "fonts"
    if fonts_folder.is_dir():
        for font_file in sorted(fonts_folder.glob("*.[ot]tf")):
            QFontDatabase.addApplicationFont(str(font_file))
    font = QFont(base)
    vietnamese = QFontDatabase.WritingSystem.Vietnamese
    if vietnamese not in QFontDatabase.writingSystems(font.family()):
        available = set(QFontDatabase.families(vietnamese))
        for family in FONT_FAMILIES:
            if family in available:
                font.setFamily(family)
                break
    # Stacked marks (ầ, ệ, ỗ) blur below 10 pt on the low-resolution screens communes use.
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def load_keyring(folder: Path) -> Keyring:
    """The register's key file, mended if need be (its `notices` say so, to be shown); raises
    KeyringMissing if there is no register."""
    return register_access.load_register_keyring(folder)


def load_officers(folder: Path) -> list[OfficerSlot]:
    """The officers who can open this register; raises KeyringMissing if there is none."""
    return load_keyring(folder).officers()


def make_app(language: str = DEFAULT_LANGUAGE) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    set_language(language)
    app.setFont(vietnamese_font(app.font()))
    return app


def no_register_box(folder: Path, problem: Exception) -> QMessageBox:
    """Tells the officer the folder holds no usable register, and which command makes one."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "")
    if isinstance(problem, KeyringMissing):
        box.setText(
            QCoreApplication.translate("Application", "There is no register in this folder yet.")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Application",
                "Folder: {folder}\n\nTo create a register, run 'bvte init'. "
                "To try the app with sample children, run 'bvte demo'.",
            ).format(folder=folder)
        )
    else:
        box.setText(
            QCoreApplication.translate(
                "Application", "The register in this folder cannot be opened."
            )
        )
        box.setInformativeText(f"{folder}\n\n{describe_open_error(problem)}")
    return box
