"""The home-visit form: quick entry, a draft saved as the officer types, append-only once saved."""

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.visit import HomeVisit
from desktop.services import visits
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField, first_problem
from desktop.ui.drafts import DraftAutosave

DRAFT_KIND = "home_visit"


def draft_key(child_id: str, revision_of: str | None) -> str:
    return f"revise:{revision_of}" if revision_of else f"new:{child_id}"


def visit_problem_text(code: str) -> str:
    texts = {
        "visit.future": QCoreApplication.translate(
            "VisitForm", "The visit time is in the future. Check the date and time."
        ),
        "visit.visitors_required": QCoreApplication.translate(
            "VisitForm", "Enter who made the visit."
        ),
        "visit.content_required": QCoreApplication.translate(
            "VisitForm", "Write what you observed or what was done."
        ),
        "visit.next_before_visit": QCoreApplication.translate(
            "VisitForm", "The next visit must be after the day of this visit."
        ),
        "visit.already_revised": QCoreApplication.translate(
            "VisitForm", "This visit was already corrected; correct the latest revision instead."
        ),
    }
    return texts.get(code, code)


class VisitForm(QDialog):
    """New visit to a child, or a correction (a new revision) of a saved one."""

    saved = Signal(object)  # the HomeVisit written

    def __init__(
        self,
        ctx: AppContext,
        child_id: str,
        child_name: str,
        *,
        revise: HomeVisit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitForm")
        self.ctx = ctx
        self.child_id, self.child_name = child_id, child_name
        self.revise = revise
        self._saving = False

        self.title = QLabel(self)
        self.title.setObjectName("visitTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.draft_label = QLabel(self)
        self.draft_label.setObjectName("visitDraftNote")
        self.draft_label.setWordWrap(True)
        self.draft_label.hide()
        self.day = DateField(self, optional=False)
        self.clock = QTimeEdit(self)
        self.clock.setDisplayFormat("HH:mm")
        self.visitors = QLineEdit(self)
        self.people_met = QLineEdit(self)
        self.child_seen = QCheckBox(self)
        self.child_seen.setChecked(True)
        self.observations = QPlainTextEdit(self)
        self.observations.setTabChangesFocus(True)
        self.flag_boxes = [QCheckBox(flag, self) for flag in visits.COMMON_RISK_FLAGS]
        self.other_flags = QLineEdit(self)
        self.actions = QPlainTextEdit(self)
        self.actions.setTabChangesFocus(True)
        self.next_visit = DateField(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("visitError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.discard_button = QPushButton(self)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.discard_button.clicked.connect(self.discard)

        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.clock)
        when.addStretch()
        flags = QGridLayout()
        for i, box in enumerate(self.flag_boxes):
            flags.addWidget(box, i // 2, i % 2)
        flags.addWidget(self.other_flags, (len(self.flag_boxes) + 1) // 2, 0, 1, 2)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._captions = [QLabel(self) for _ in range(8)]
        rows: list[Any] = [when, self.visitors, self.people_met, self.child_seen,
                           self.observations, flags, self.actions, self.next_visit]  # fmt: skip
        for caption, field in zip(self._captions, rows, strict=True):
            self.form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.draft_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.resize(760, 640)

        self._fill_defaults()
        key = draft_key(child_id, revise.id if revise else None)
        self.autosave = DraftAutosave(ctx, DRAFT_KIND, key, self.collect, parent=self)
        for signal in (
            self.day.changed, self.clock.timeChanged, self.visitors.textChanged,
            self.people_met.textChanged, self.child_seen.toggled, self.observations.textChanged,
            self.other_flags.textChanged, self.actions.textChanged, self.next_visit.changed,
            *(box.toggled for box in self.flag_boxes),
        ):  # fmt: skip
            signal.connect(self.autosave.changed)
        self.autosave.restore(self.apply_draft)
        self.observations.setFocus()

    # --- drafts ----------------------------------------------------------------------------------

    def collect(self) -> dict:
        """The form as plain JSON data (what the draft keeps)."""
        return {
            "child_id": self.child_id,
            "child_name": self.child_name,
            "revision_of": self.revise.id if self.revise else None,
            "date": self.day.to_json(),
            "time": self.clock.time().toString("HH:mm"),
            "visitors": self.visitors.text(),
            "people_met": self.people_met.text(),
            "child_seen": self.child_seen.isChecked(),
            "observations": self.observations.toPlainText(),
            "flags": self.flags(),
            "actions_taken": self.actions.toPlainText(),
            "next_visit_on": self.next_visit.to_json(),
        }

    def apply_draft(self, payload: dict) -> None:
        self.day.from_json(payload.get("date"))
        self.clock.setTime(QTime.fromString(payload["time"], "HH:mm"))
        self.visitors.setText(payload.get("visitors", ""))
        self.people_met.setText(payload.get("people_met", ""))
        self.child_seen.setChecked(bool(payload.get("child_seen", True)))
        self.observations.setPlainText(payload.get("observations", ""))
        flags = list(payload.get("flags", []))
        for box in self.flag_boxes:
            box.setChecked(box.text() in flags)
        self.other_flags.setText(", ".join(f for f in flags if f not in visits.COMMON_RISK_FLAGS))
        self.actions.setPlainText(payload.get("actions_taken", ""))
        self.next_visit.from_json(payload.get("next_visit_on"))
        self.draft_label.setText(
            self.tr("Restored the unsaved entry you were making. Check it, then save.")
        )
        self.draft_label.show()

    def save_drafts(self) -> None:
        """Called by the window before it locks or closes: keep what was typed."""
        self.autosave.flush()

    def flags(self) -> list[str]:
        ticked = [box.text() for box in self.flag_boxes if box.isChecked()]
        typed = [f.strip() for f in self.other_flags.text().split(",") if f.strip()]
        return ticked + [f for f in typed if f not in ticked]

    # --- saving ----------------------------------------------------------------------------------

    def visit(self) -> HomeVisit:
        day = self.day.value() or date.today()
        moment = datetime.combine(day, time.fromisoformat(self.clock.time().toString("HH:mm")))
        return HomeVisit(
            child_id=self.child_id,
            case_id=self.revise.case_id if self.revise else None,
            visited_at=moment.astimezone(),
            visitors=self.visitors.text().strip(),
            people_met=self.people_met.text().strip(),
            child_seen=self.child_seen.isChecked(),
            observations=self.observations.toPlainText().strip(),
            risk_flags=self.flags(),
            actions_taken=self.actions.toPlainText().strip(),
            next_visit_on=self.next_visit.value(),
        )

    def save(self) -> None:
        if self._saving:
            return
        bad = first_problem([self.day, self.next_visit])
        if bad is not None:
            self.error_label.setText(bad.problem())
            self.error_label.show()
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.error_label.hide()
        store, visit, original = self.ctx.store, self.visit(), self.revise

        def work() -> HomeVisit:
            if original is not None:
                return visits.revise_visit(store, original.id, visit)
            return visits.add_visit(store, visit)

        self.ctx.write(work, self._saved, self._failed, changes={"home_visit"}, context=self)

    def _saved(self, visit: HomeVisit) -> None:
        self._saving = False
        self.autosave.discard()
        self.saved.emit(visit)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            codes = exc.params.get("problems") or [exc.code]
            text = "\n".join(visit_problem_text(str(code)) for code in codes)
        else:
            text = self.tr(
                "The visit could not be saved ({0}). What you typed is kept as a draft; "
                "try again in a moment."
            ).format(type(exc).__name__)
        self.error_label.setText(text)
        self.error_label.show()

    def discard(self) -> None:
        self.autosave.discard()
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush()
        super().closeEvent(event)

    def reject(self) -> None:
        self.autosave.flush()
        super().reject()

    # --- texts -----------------------------------------------------------------------------------

    def _fill_defaults(self) -> None:
        now = datetime.now()
        source = self.revise
        if source is not None:
            now = source.visited_at.astimezone().replace(tzinfo=None)
            self.visitors.setText(source.visitors)
            self.people_met.setText(source.people_met)
            self.child_seen.setChecked(source.child_seen)
            self.observations.setPlainText(source.observations)
            for box in self.flag_boxes:
                box.setChecked(box.text() in source.risk_flags)
            others = [f for f in source.risk_flags if f not in visits.COMMON_RISK_FLAGS]
            self.other_flags.setText(", ".join(others))
            self.actions.setPlainText(source.actions_taken)
            self.next_visit.set_value(source.next_visit_on)
        else:
            self.visitors.setText(self.ctx.officer.full_name)
        self.day.set_value(now.date())
        self.clock.setTime(QTime(now.hour, now.minute))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.revise is None:
            self.setWindowTitle(self.tr("New home visit"))
            self.title.setText(self.tr("Home visit to %1").replace("%1", self.child_name))
        else:
            self.setWindowTitle(self.tr("Correct a home visit"))
            self.title.setText(
                self.tr(
                    "Correction of the visit to %1. The visit as first saved is kept; "
                    "this correction is saved beside it."
                ).replace("%1", self.child_name)
            )
        captions = (
            self.tr("Date and time"), self.tr("Visitors"), self.tr("People met"), "",
            self.tr("Observations"), self.tr("Risk flags"), self.tr("Actions taken"),
            self.tr("Next visit"),
        )  # fmt: skip
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.child_seen.setText(self.tr("The child was seen"))
        self.other_flags.setPlaceholderText(self.tr("Other flags, separated by commas"))
        self.discard_button.setText(self.tr("Discard draft"))
        self.close_button.setToolTip(self.tr("Close; what you typed is kept as a draft"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_S)
