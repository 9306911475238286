"""First-run page: find the commune among Hai Phong's 114 units, accents optional."""

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.domain.text import fold
from desktop.reference.communes import Commune, load_communes
from desktop.services.settings import load_app_settings, save_app_settings
from desktop.ui.language import LANGUAGE_NAMES, current_language, set_language


def matches(commune: Commune, query: str) -> bool:
    """Every word typed appears in the name (accents, case and order of typing ignored)."""
    words = fold(query).split()
    if not words:
        return True
    if query.strip() == commune.code:
        return True
    name = fold(commune.name)
    return all(word in name for word in words)


class CommunePage(QWizardPage):
    def __init__(self, parent: QWizardPage | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("firstRunLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.search = QLineEdit(self)
        self.search.setObjectName("communeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("communeList")
        for commune in load_communes():
            item = QListWidgetItem(commune.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, commune.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, commune)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemActivated.connect(lambda _item: self._next())
        self.search.returnPressed.connect(self._pick_first)
        self.search.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("communeCount")
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        self._retranslate()

    @property
    def commune(self) -> Commune | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole + 1)

    def visible_names(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the search box walks into the list, as in any search-and-pick field.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            if self.list.currentItem() is None or self.list.currentItem().isHidden():
                self._pick_first()
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def isComplete(self) -> bool:
        return self.commune is not None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your commune"))
        self.setSubTitle(self.tr("Step 1 of 4"))
        self.intro.setText(
            self.tr(
                "Choose the commune, ward or special zone whose register this PC will keep. "
                "Type part of the name; accents are not needed (for example “hong bang”)."
            )
        )
        self.search.setPlaceholderText(self.tr("Search: name or code"))
        self._filter()

    def _filter(self) -> None:
        query = self.search.text()
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not matches(item.data(Qt.ItemDataRole.UserRole + 1), query)
            item.setHidden(hidden)
            shown += not hidden
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            self.list.setCurrentItem(None)
        if shown == 1:
            self._pick_first()
        self.count_label.setText(self.tr("%n unit(s) found", "", shown))
        self.completeChanged.emit()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code != current_language():
            save_app_settings(replace(load_app_settings(), language=code))
            set_language(code)

    def _pick_first(self) -> None:
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return

    def _next(self) -> None:
        if self.wizard() is not None and self.isComplete():
            self.wizard().next()
