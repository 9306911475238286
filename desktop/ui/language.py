"""The app's language: Qt's and BVTE's catalogues installed, swapped and asked for."""

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from desktop.paths import i18n_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
# Each language named in itself, so anyone can find their way back to theirs.
LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))
CATALOGUE = "bvte"
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
    app._bvte_translators = install_translators(app, language)
    app._bvte_language = language
    QLocale.setDefault(QLocale("vi_VN" if language == "vi" else "en_GB"))


def current_language() -> str:
    app = QCoreApplication.instance()
    return getattr(app, "_bvte_language", DEFAULT_LANGUAGE) if app else DEFAULT_LANGUAGE
