"""Tasks: every deadline derived from the cases, most urgent first, by state and officer."""

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_tasks import PlanClockStart
from desktop.domain.enums import DeadlineState
from desktop.domain.permissions import Action, can
from desktop.services.cases import settings as cases_settings
from desktop.services.cases import tasks as case_tasks
from desktop.ui.cases.texts import TASKS, enum_label, error_text, fmt_time, tr
from desktop.ui.context import SCRATCH, AppContext

_COLOUR = {DeadlineState.OVERDUE: "#b00020", DeadlineState.DUE_SOON: "#a15c00"}


class TasksPage(QWidget):

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPage")
        self._ctx = ctx
        self.items: list[case_tasks.TaskItem] = []
        self.mine = QComboBox(self)
        self.mine.setObjectName("tasksOfficer")
        self.late = QCheckBox(self)
        self.late.setObjectName("tasksLateOnly")
        self.count = QLabel(self)
        # Art. 28.1 leaves open what starts the 5 working days; the commune chooses, audited.
        self.clock_label = QLabel(self)
        self.plan_clock = QComboBox(self)
        self.plan_clock.setObjectName("tasksPlanClock")
        self.plan_clock.setEnabled(can(ctx.officer.role, Action.PLAN_EDIT))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("tasksTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addWidget(self.late)
        top.addStretch(1)
        top.addWidget(self.clock_label)
        top.addWidget(self.plan_clock)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self._retranslate()
        self.mine.currentIndexChanged.connect(self.refresh)
        self.plan_clock.activated.connect(self._set_plan_clock)
        store = ctx.store
        ctx.read(lambda: cases_settings.get_plan_clock(store), self._got_clock, context=self)
        self.late.toggled.connect(self.refresh)
        ctx.signals.data_changed.connect(self._data_changed)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_rows()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.mine.blockSignals(True)
        current = self.mine.currentIndex()
        self.mine.clear()
        self.mine.addItem(self.tr("All officers"), None)
        self.mine.addItem(self.tr("My cases"), self._ctx.officer.id)
        self.mine.setCurrentIndex(max(0, current))
        self.mine.blockSignals(False)
        self.late.setText(self.tr("Overdue and due soon only"))
        self.clock_label.setText(self.tr("5 working days to draft a plan count from:"))
        current = self.plan_clock.currentData()
        self.plan_clock.blockSignals(True)
        self.plan_clock.clear()
        for start, text in (
            (PlanClockStart.INTAKE, self.tr("the report")),
            (PlanClockStart.INITIAL_ASSESSMENT, self.tr("the initial assessment")),
            (PlanClockStart.DETAILED_ASSESSMENT, self.tr("the detailed assessment")),
            (PlanClockStart.MEETING, self.tr("the case meeting")),
        ):
            self.plan_clock.addItem(text, start.value)
        self.plan_clock.setCurrentIndex(max(0, self.plan_clock.findData(current)))
        self.plan_clock.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("State"),
                self.tr("Due"),
                self.tr("Case"),
                self.tr("Child"),
                self.tr("Priority"),
                self.tr("Task"),
            ]
        )

    def _got_clock(self, start: PlanClockStart) -> None:
        self.plan_clock.setCurrentIndex(max(0, self.plan_clock.findData(start.value)))

    def _set_plan_clock(self, _index: int) -> None:
        store, start = self._ctx.store, PlanClockStart(self.plan_clock.currentData())
        self._ctx.write(
            lambda: cases_settings.set_plan_clock(store, start),
            None,
            lambda exc: self.error.setText(error_text(exc)),
            changes={"local_setting"},
            context=self,
        )

    def _data_changed(self, table: str) -> None:
        if table not in SCRATCH:
            self.refresh()

    def refresh(self) -> None:
        store, officer = self._ctx.store, self.mine.currentData()
        states = {DeadlineState.OVERDUE, DeadlineState.DUE_SOON} if self.late.isChecked() else None
        self._ctx.read(
            lambda: case_tasks.list_tasks(store, officer_id=officer, states=states),
            self._listed,
            lambda exc: self.error.setText(error_text(exc)),
            context=self,
        )

    def _listed(self, result) -> None:
        _now, self.items = result
        self.error.clear()
        self._show_rows()

    def _priority(self, value: int) -> str:
        return (
            self.tr("Child in danger"),
            self.tr("High"),
            self.tr("Medium"),
            self.tr("Low"),
        )[min(value, 3)]

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            task = item.task
            name = tr(TASKS[task.kind]) + (f": {task.detail}" if task.detail else "")
            values = (
                enum_label(task.state),
                fmt_time(task.due),
                task.case_code,
                item.child_name,
                self._priority(task.priority),
                name,
            )
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if task.state in _COLOUR and c == 0:
                    cell.setForeground(QColor(_COLOUR[task.state]))
                self.table.setItem(r, c, cell)
        self.count.setText(self.tr("%n task(s)", "", len(self.items)))

    def _activated(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.items):
            self._ctx.open_case(self.items[row].task.case_id)
