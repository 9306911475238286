"""The register's filter bar: HCĐB group, age band, sex, thôn/tổ, open case, risk, allowance."""

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from desktop.domain.age import DEFAULT_AGE_BANDS
from desktop.domain.enums import RiskLevel, Sex, SpecialGroup
from desktop.reference.groups import group_label
from desktop.reference.labels import label
from desktop.services.register import RegisterFilter

_PER_ROW = 4
_ELIDE_AT = 48


def _short(text: str) -> str:
    return text if len(text) <= _ELIDE_AT else text[: _ELIDE_AT - 1].rstrip() + "…"


class FilterBar(QWidget):
    """Drop-down lists; every change emits the whole filter at once."""

    changed = Signal(object)  # RegisterFilter

    def __init__(self, *, lang: str, sensitive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerFilters")
        self._lang = lang
        self._sensitive = sensitive
        self._filling = False
        self.group = self._combo("filterGroup")
        self.age = self._combo("filterAge")
        self.sex = self._combo("filterSex")
        self.village = self._combo("filterVillage")
        self.open_case = self._combo("filterOpenCase")
        self.risk = self._combo("filterRisk")
        self.allowance = self._combo("filterAllowance")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("filterClear")
        self.clear_button.clicked.connect(self.clear)
        self._labels: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields = [self.age, self.sex, self.village, self.open_case, self.risk, self.allowance]
        if sensitive:
            fields.insert(0, self.group)
        else:
            # Group membership is sensitive: a collaborator may not list children by it.
            self.group.hide()
        for i, combo in enumerate(fields):
            caption = QLabel(self)
            caption.setBuddy(combo)
            self._labels.append(caption)
            row, col = divmod(i, _PER_ROW)
            grid.addWidget(caption, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
        grid.addWidget(self.clear_button, (len(fields) - 1) // _PER_ROW, _PER_ROW * 2 - 1)
        self._fields = fields
        self._villages: list[str] = []
        self._retranslate()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._retranslate()

    def set_villages(self, villages: list[str]) -> None:
        self._villages = villages
        self._fill(self.village, [(self.tr("All"), None), *((v, v) for v in villages)])

    def filters(self) -> RegisterFilter:
        # Qt hands enum members back as their plain codes, so they are rebuilt here.
        group, sex, risk = (c.currentData() for c in (self.group, self.sex, self.risk))
        return RegisterFilter(
            groups=frozenset({SpecialGroup(group)}) if group and self._sensitive else frozenset(),
            age_band=self.age.currentData(),
            sex=Sex(sex) if sex else None,
            village=self.village.currentData(),
            open_case=self.open_case.currentData(),
            risk=RiskLevel(risk) if risk else None,
            allowance=self.allowance.currentData(),
        )

    def clear(self) -> None:
        self._filling = True
        for combo in (self.group, *self._fields):
            combo.setCurrentIndex(0)
        self._filling = False
        self._emit()

    def _emit(self, *_args: Any) -> None:
        if not self._filling:
            self.changed.emit(self.filters())

    def _fill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """Replace the entries and keep the chosen value, without a change signal per entry."""
        chosen = combo.currentData()
        self._filling = True
        combo.clear()
        for text, data in items:
            combo.addItem(_short(text), data)
            if text != _short(text):
                combo.setItemData(combo.count() - 1, text, 3)  # ToolTipRole: the whole label
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        self._filling = False

    def _retranslate(self) -> None:
        lang, any_ = self._lang, self.tr("All")
        yes_no = [(any_, None), (self.tr("Yes"), True), (self.tr("No"), False)]
        self._fill(
            self.group,
            [(any_, None), *((f"{g.value}) {group_label(g, lang)}", g) for g in SpecialGroup)],
        )
        self._fill(
            self.age,
            [(any_, None), *((self.tr("%1 years").replace("%1", b.code), b.code)
                             for b in DEFAULT_AGE_BANDS)],
        )  # fmt: skip
        self._fill(self.sex, [(any_, None), *((label(s, lang), s) for s in (Sex.MALE, Sex.FEMALE))])
        self._fill(self.open_case, yes_no)
        self._fill(self.risk, [(any_, None), *((label(r, lang), r) for r in RiskLevel)])
        self._fill(self.allowance, list(yes_no))
        self.set_villages(self._villages)
        captions = {
            self.group: self.tr("&Group"),
            self.age: self.tr("A&ge"),
            self.sex: self.tr("Se&x"),
            self.village: self.tr("&Village"),
            self.open_case: self.tr("Open &case"),
            self.risk: self.tr("&Risk"),
            self.allowance: self.tr("All&owance"),
        }
        for caption, combo in zip(self._labels, self._fields, strict=True):
            caption.setText(captions[combo])
        self.clear_button.setText(self.tr("Clear filters"))
