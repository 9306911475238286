"""The plan editor: versions, goals, the task table with its total cost, save and submit."""

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import CaseStage, PlanStatus, TaskStatus
from desktop.domain.permissions import Action
from desktop.services import cases
from desktop.services.cases.views import CaseView, PlanVersion
from desktop.ui.cases.form import Field, StepDialog
from desktop.ui.cases.plan_model import END, START, PlanTaskModel, TaskLine
from desktop.ui.cases.texts import enum_label, error_text, fmt_date, fmt_money
from desktop.ui.context import AppContext
from desktop.ui.date_delegate import DateDelegate
from desktop.ui.drafts import DraftAutosave


def _line(task) -> TaskLine:
    return TaskLine(
        task=task.task,
        responsible=task.responsible,
        provider=task.provider,
        start_date=task.start_date,
        expected_end=task.expected_end,
        cost=task.cost,
        status=task.status,
        id=task.id,
    )


class PlanEditor(QWidget):
    """Edits the draft version only; submitted, approved and older versions are read-only."""

    changed = Signal()  # a step was stored: the case page reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self._ctx = ctx
        self.view: CaseView | None = None
        self.model = PlanTaskModel(self)
        self.drafts: DraftAutosave | None = None

        self.versions = QComboBox(self)
        self.versions.setObjectName("planVersions")
        self.versions.currentIndexChanged.connect(self._show_version)
        self.decision = QLabel(self)
        self.decision.setObjectName("planDecision")
        self.goals_label = QLabel(self)
        self.goals = QPlainTextEdit(self)
        self.goals.setObjectName("planGoals")
        self.goals.setFixedHeight(56)
        self.goals.setTabChangesFocus(True)
        self.table = QTableView(self)
        self.table.setObjectName("planTasks")
        self.table.setModel(self.model)
        self.dates = DateDelegate(self.table)
        for col in (START, END):
            self.table.setItemDelegateForColumn(col, self.dates)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setColumnWidth(0, 300)
        for col, width in ((1, 200), (2, 210), (3, 95), (4, 125), (5, 125)):
            self.table.setColumnWidth(col, width)
        self.total = QLabel(self)
        self.total.setObjectName("planTotal")
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("planSave")
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("planSubmit")
        self.progress_button = QPushButton(self)
        self.progress_button.setObjectName("planProgress")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.progress_button.clicked.connect(self._progress)
        self.model.total_changed.connect(self._show_total)
        self.model.dataChanged.connect(self._edited)
        self.model.rowsInserted.connect(self._edited)
        self.model.rowsRemoved.connect(self._edited)
        self.goals.textChanged.connect(self._edited)

        top = QHBoxLayout()
        top.addWidget(self.versions)
        top.addWidget(self.decision, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        actions = QHBoxLayout()
        actions.addWidget(self.error, 1)
        for button in (self.progress_button, self.save_button, self.submit_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.goals_label)
        layout.addWidget(self.goals)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(actions)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.goals_label.setText(self.tr("Goals"))
        self.add_button.setText(self.tr("Add task"))
        self.remove_button.setText(self.tr("Remove task"))
        self.save_button.setText(self.tr("Save draft plan"))
        self.submit_button.setText(self.tr("Submit to the Chairman"))
        self.progress_button.setText(self.tr("Record progress"))
        self._show_total(self.model.total)

    # --- showing ---------------------------------------------------------------------------------

    def set_view(self, view: CaseView) -> None:
        self.view = view
        self.error.clear()
        key = f"{view.summary.id}:plan"
        if self.drafts is None or self.drafts.key != key:
            self.drafts = DraftAutosave(self._ctx, "case_plan", key, self._collect, self)
        self.versions.blockSignals(True)
        self.versions.clear()
        for version in view.plans:
            plan = version.plan
            self.versions.addItem(
                self.tr("Version {0} · {1}").format(plan.version_no, enum_label(plan.status))
            )
        self.versions.blockSignals(False)
        self._show_version(0)

    @property
    def shown(self) -> PlanVersion | None:
        index = self.versions.currentIndex()
        if self.view is None or not 0 <= index < len(self.view.plans):
            return None
        return self.view.plans[index]

    def _show_version(self, _index: int) -> None:
        version, view = self.shown, self.view
        editable = bool(
            view
            and version
            and version.plan.status is PlanStatus.DRAFT
            and view.summary.stage is CaseStage.PLANNING
            and Action.PLAN_EDIT in view.allowed
        )
        self._loading = True
        self.goals.setPlainText(version.plan.goals if version else "")
        self.goals.setReadOnly(not editable)
        self.model.set_lines([_line(t) for t in version.plan.tasks] if version else [], editable)
        self.table.resizeRowsToContents()
        self._loading = False
        if version and version.decision_number:
            self.decision.setText(
                self.tr("Decision {0} of {1}, signed by {2}").format(
                    version.decision_number, fmt_date(version.decided_on), version.signer_name
                )
            )
        else:
            self.decision.setText(
                "" if version else self.tr("No plan yet: it starts after the case meeting.")
            )
        for button in (self.add_button, self.remove_button, self.save_button):
            button.setEnabled(editable)
        self.submit_button.setEnabled(editable and Action.PLAN_SUBMIT in view.allowed)
        self.progress_button.setEnabled(
            bool(
                view
                and version
                and version.plan.status is PlanStatus.APPROVED
                and view.summary.stage is CaseStage.IMPLEMENTING
                and Action.TASK_PROGRESS in view.allowed
            )
        )
        if editable and self.drafts is not None:
            self.drafts.restore(self._restore)

    def _show_total(self, total: int) -> None:
        self.total.setText(self.tr("Total cost: {0}").format(fmt_money(total)))

    # --- editing ---------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not getattr(self, "_loading", False) and self.model.editable and self.drafts:
            self.drafts.changed()

    def _add(self) -> None:
        row = self.model.add_line()
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def _remove(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        answer = QMessageBox.question(self, self.tr("Remove task"), self.tr("Remove this task?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.model.remove_line(row)

    def _collect(self) -> dict:
        return {
            "goals": self.goals.toPlainText(),
            "tasks": [
                {
                    "task": x.task,
                    "responsible": x.responsible,
                    "provider": x.provider,
                    "start_date": x.start_date.isoformat() if x.start_date else None,
                    "expected_end": x.expected_end.isoformat() if x.expected_end else None,
                    "cost": x.cost,
                }
                for x in self.model.lines
            ],
        }

    def _restore(self, payload: dict) -> None:
        if not self.model.editable:
            return
        self._loading = True
        self.goals.setPlainText(payload.get("goals", ""))
        lines = [
            TaskLine(
                task=t["task"],
                responsible=t["responsible"],
                provider=t["provider"],
                start_date=date.fromisoformat(t["start_date"]) if t["start_date"] else None,
                expected_end=date.fromisoformat(t["expected_end"]) if t["expected_end"] else None,
                cost=int(t["cost"]),
            )
            for t in payload.get("tasks", [])
        ]
        self.model.set_lines(lines, True)
        self._loading = False

    def rows(self) -> list[cases.TaskRow]:
        return [
            cases.TaskRow(
                task=x.task,
                responsible=x.responsible,
                provider=x.provider,
                start_date=x.start_date,
                expected_end=x.expected_end,
                cost=x.cost,
            )
            for x in self.model.lines
        ]

    def save_drafts(self) -> None:
        if self.drafts is not None:
            self.drafts.flush()

    def save(self, then_submit: bool = False) -> None:
        assert self.view is not None
        bad = self.dates.open_problem()
        if bad is not None:
            self.error.setText(bad.problem())
            return
        self.dates.commit_open()
        store, case_id = self._ctx.store, self.view.summary.id
        goals, rows = self.goals.toPlainText(), self.rows()

        def work():
            done = cases.edit_plan(store, case_id, goals=goals, tasks=rows)
            return cases.submit_plan(store, case_id) if then_submit else done

        self.error.clear()
        self._ctx.write(work, self._stored, self._failed, changes={"case_file"}, context=self)

    def submit(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Submit the plan"),
            self.tr(
                "Submit this plan to the Chairman for approval? "
                "It can no longer be edited unless it is returned."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save(then_submit=True)

    def _stored(self, _done: object = None) -> None:
        if self.drafts is not None:
            self.drafts.discard()
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    def _progress(self) -> None:
        row = self.table.currentIndex().row()
        version = self.shown
        if row < 0 or version is None or self.view is None:
            self.error.setText(self.tr("Choose a task in the table first."))
            return
        task_id = self.model.lines[row].id
        store, case_id = self._ctx.store, self.view.summary.id
        dialog = StepDialog(
            self._ctx,
            self.tr("Task progress"),
            [
                Field(
                    "status", self.tr("Status"), "enum", tuple(TaskStatus), TaskStatus.IN_PROGRESS
                ),
                Field("progress_note", self.tr("Progress"), "text"),
            ],
            lambda x: cases.record_task_progress(store, case_id, task_id=task_id, **x),
            draft_key=f"{case_id}:progress:{task_id}",
            now=self.view.now,
            parent=self,
        )
        dialog.accepted.connect(self._stored)
        dialog.open()
