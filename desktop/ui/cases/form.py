"""A dialog for one case step, built from a list of fields, with its draft kept as one types."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deadlines import LOCAL_TZ
from desktop.ui.cases.texts import enum_label, error_text
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField, first_problem
from desktop.ui.drafts import DraftAutosave

_ICT = QTimeZone(b"Asia/Ho_Chi_Minh")


@dataclass
class Field:
    """One input: kind is line, text, lines, date, datetime, enum, enums, bool or int."""

    name: str
    label: str
    kind: str = "line"
    choices: Sequence[Enum] = ()
    default: Any = None
    extra: dict = field(default_factory=dict)


class StepDialog(QDialog):
    """Collects a step's data, calls `submit(values)` on the runner, closes when it is stored.

    While open, the form is saved as a draft ~500 ms after each change, so closing the app
    or locking the register loses nothing; the draft is dropped once the step is stored.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict], Any],
        *,
        draft_key: str,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(title)
        self._ctx = ctx
        self._submit = submit
        self._now = now
        self.fields = list(fields)
        self.widgets: dict[str, QWidget] = {}
        self._pending_pick: dict[str, Any] = {}
        self.result_value: Any = None
        self.drafts = DraftAutosave(ctx, "case_step", draft_key, self.values_json, self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.fields:
            widget = self._make(spec)
            widget.setObjectName(f"field_{spec.name}")
            self.widgets[spec.name] = widget
            if spec.kind == "bool":
                form.addRow("", widget)
            else:
                form.addRow(spec.label, widget)
        self.error = QLabel(self)
        self.error.setObjectName("stepError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        self.drafts.restore(self.load_json)

    # --- widgets ---------------------------------------------------------------------------------

    def _make(self, spec: Field) -> QWidget:
        kind, default = spec.kind, spec.default
        if kind in ("text", "lines"):
            widget = QPlainTextEdit(self)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(72)
            if default:
                widget.setPlainText("\n".join(default) if kind == "lines" else str(default))
            widget.textChanged.connect(self.drafts.changed)
        elif kind == "date":
            widget = DateField(self, optional=bool(spec.extra.get("optional")))
            widget.set_value(default or self._now.astimezone(LOCAL_TZ).date())
            widget.changed.connect(self.drafts.changed)
        elif kind == "datetime":
            widget = QDateTimeEdit(self)
            widget.setCalendarPopup(True)
            widget.setTimeZone(_ICT)
            widget.setDisplayFormat("dd/MM/yyyy HH:mm")
            moment = (default or self._now).astimezone(LOCAL_TZ)
            widget.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), _ICT))
            widget.dateTimeChanged.connect(self.drafts.changed)
        elif kind == "enum":
            widget = QComboBox(self)
            for member in spec.choices:
                widget.addItem(enum_label(member), member.value)
            if default is not None:
                widget.setCurrentIndex(widget.findData(default.value))
            widget.currentIndexChanged.connect(self.drafts.changed)
        elif kind == "enums":
            widget = QWidget(self)
            grid = QGridLayout(widget)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, member in enumerate(spec.choices):
                box = QCheckBox(enum_label(member), widget)
                box.setObjectName(f"choice_{member.value}")
                box.setChecked(member in (default or ()))
                box.toggled.connect(self.drafts.changed)
                grid.addWidget(box, i // 3, i % 3)
        elif kind == "pick":
            # Chosen among many (a child of the register): type part of a name to narrow it.
            widget = QComboBox(self)
            widget.setEditable(True)
            widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            widget.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            widget.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            widget.addItem(spec.extra.get("none", ""), None)
            widget.currentIndexChanged.connect(self.drafts.changed)
        elif kind == "bool":
            widget = QCheckBox(spec.label, self)
            widget.setChecked(bool(default))
            widget.toggled.connect(self.drafts.changed)
        elif kind == "int":
            widget = QSpinBox(self)
            widget.setRange(0, 2_000_000_000)
            widget.setSingleStep(100_000)
            widget.setGroupSeparatorShown(True)
            widget.setValue(int(default or 0))
            widget.valueChanged.connect(self.drafts.changed)
        else:
            widget = QLineEdit(self)
            widget.setText(str(default or ""))
            widget.textChanged.connect(self.drafts.changed)
        return widget

    # --- values ----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.fields:
            w = self.widgets[spec.name]
            if spec.kind == "text":
                out[spec.name] = w.toPlainText()
            elif spec.kind == "lines":
                out[spec.name] = [x.strip() for x in w.toPlainText().splitlines() if x.strip()]
            elif spec.kind == "date":
                out[spec.name] = w.value()
            elif spec.kind == "datetime":
                secs = w.dateTime().toSecsSinceEpoch()
                out[spec.name] = datetime.fromtimestamp(secs, LOCAL_TZ)
            elif spec.kind == "enum":
                code = w.currentData()
                out[spec.name] = next(m for m in spec.choices if m.value == code)
            elif spec.kind == "enums":
                out[spec.name] = [
                    m
                    for m in spec.choices
                    if w.findChild(QCheckBox, f"choice_{m.value}").isChecked()
                ]
            elif spec.kind == "bool":
                out[spec.name] = w.isChecked()
            elif spec.kind == "pick":
                out[spec.name] = w.currentData() if w.currentIndex() > 0 else None
            elif spec.kind == "int":
                out[spec.name] = w.value()
            else:
                out[spec.name] = w.text()
        return out

    def values_json(self) -> dict:
        """The form as a draft; a date keeps its typed text when it is not (yet) a date."""

        def plain(value: Any) -> Any:
            if isinstance(value, Enum):
                return value.value
            if isinstance(value, date | datetime):
                return value.isoformat()
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        out = {name: plain(value) for name, value in self.values().items()}
        for spec in self.fields:
            if spec.kind == "date":
                out[spec.name] = self.widgets[spec.name].to_json()
        return out

    def load_json(self, payload: dict) -> None:
        """Put a saved draft back into the form."""
        for spec in self.fields:
            if spec.name not in payload:
                continue
            value, w = payload[spec.name], self.widgets[spec.name]
            if spec.kind == "text":
                w.setPlainText(value)
            elif spec.kind == "lines":
                w.setPlainText("\n".join(value))
            elif spec.kind == "date":
                w.from_json(value)
            elif spec.kind == "datetime":
                moment = datetime.fromisoformat(value)
                w.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), _ICT))
            elif spec.kind == "enum":
                w.setCurrentIndex(max(0, w.findData(value)))
            elif spec.kind == "enums":
                for m in spec.choices:
                    w.findChild(QCheckBox, f"choice_{m.value}").setChecked(m.value in value)
            elif spec.kind == "bool":
                w.setChecked(bool(value))
            elif spec.kind == "pick":
                self._pending_pick[spec.name] = value
                w.setCurrentIndex(max(0, w.findData(value)))
            elif spec.kind == "int":
                w.setValue(int(value))
            else:
                w.setText(value)
        self.drafts.changed()

    def set_choices(self, name: str, items: Sequence[tuple[str, str]]) -> None:
        """Fill a pick field with (value, text) pairs, keeping a choice restored from a draft."""
        w = self.widgets[name]
        w.blockSignals(True)
        for value, text in items:
            w.addItem(text, value)
        pending = self._pending_pick.get(name)
        if pending is not None:
            w.setCurrentIndex(max(0, w.findData(pending)))
        w.blockSignals(False)

    def set_value(self, name: str, value: Any) -> None:
        """Fill one field programmatically (tests, and defaults computed later)."""
        w = self.widgets[name]
        if isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(value) if isinstance(value, list) else value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(w.findData(value.value if isinstance(value, Enum) else value))
        elif isinstance(w, DateField):
            w.set_value(value)
        elif isinstance(w, QSpinBox):
            w.setValue(value)
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _ICT))
        else:
            for m in next(s for s in self.fields if s.name == name).choices:
                w.findChild(QCheckBox, f"choice_{m.value}").setChecked(m in value)

    # --- saving ----------------------------------------------------------------------------------

    def save_drafts(self) -> None:
        self.drafts.flush()

    def save(self) -> None:
        dates = [w for w in self.widgets.values() if isinstance(w, DateField)]
        bad = first_problem(dates)
        if bad is not None:
            self.error.setText(bad.problem())
            self.error.show()
            return
        values = self.values()
        self.buttons.setEnabled(False)
        self.error.hide()
        self._ctx.write(
            lambda: self._submit(values), self._saved, self._failed,
            changes={"case_file"}, context=self,
        )  # fmt: skip

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self.drafts.discard()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field must not save a half-filled legal record by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
