"""The Qt application: translations, a Vietnamese-capable font, unlock, then the main window."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import APP_NAME, i18n_dir, resources_dir
from desktop.services import register_access
from desktop.services.register_access import Keyring, KeyringMissing, OfficerSlot
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import describe_open_error

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
# Each language named in itself, so anyone can find their way back to theirs.
LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))
CATALOGUE = "bvte"
MIN_POINT_SIZE = 10.0
# Checked in order when the platform's default font lacks Vietnamese; the first is Windows'.
FONT_FAMILIES = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Tahoma")

# Qt ships no Vietnamese catalogue for its own widgets, so its standard buttons and the line
# edit's menu get their text from bvte_vi.ts, under the contexts Qt's own sources use.
QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QFileDialog", "Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Print"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Print"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Printer"),
    QT_TRANSLATE_NOOP("QPrintDialog", "&Name:"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Copies"),
)


def install_translators(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Qt's own catalogue if one exists, then ours (installed last, so it is searched first).

    A missing .qm is not an error: the English source strings are shown instead.
    """
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"{CATALOGUE}_{language}", None)):
        translator = QTranslator(app)
        where = folder if folder is not None else str(i18n_dir())
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation catalogue %s in %s", name, where)
    return installed


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


def set_language(language: str) -> None:
    """Swap the installed catalogues; Qt then sends LanguageChange to every widget.

    Widgets retranslate in changeEvent(), so an open window changes language without a restart.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a running application")
    for old in getattr(app, "_bvte_translators", []):
        app.removeTranslator(old)
    # Kept on the app: a translator that Python collects silently stops translating.
    app._bvte_translators = install_translators(app, language)  # type: ignore[attr-defined]
    app._bvte_language = language  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale("vi_VN" if language == "vi" else "en_GB"))


def current_language() -> str:
    app = QCoreApplication.instance()
    return getattr(app, "_bvte_language", DEFAULT_LANGUAGE) if app else DEFAULT_LANGUAGE


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


def run(
    folder: Path,
    demo_password: str | None = None,
    *,
    language: str = DEFAULT_LANGUAGE,
) -> int:
    """First run or unlock on the register in `folder`, then the main window; the exit code."""
    from desktop.ui.lock_cycle import Shell

    app = make_app(language)
    # The window hides while locked and dialogs come and go: the shell says when to exit.
    app.setQuitOnLastWindowClosed(False)
    folder = Path(folder)
    runner = TaskRunner()
    shell = Shell(folder, runner, demo_password=demo_password)
    shell.finished.connect(app.quit)
    try:
        if not shell.start():
            return 2
        return app.exec()
    finally:
        shell.shutdown()
        runner.shutdown()
