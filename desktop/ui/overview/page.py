"""Overview: emergency countdowns first, then today's and overdue tasks, counts, visits due."""

from datetime import datetime, timedelta

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_flow_file import OPEN_STAGES
from desktop.domain.deadlines import LOCAL_TZ, deadline_state
from desktop.domain.enums import CaseStage, DeadlineState
from desktop.services.cases import tasks as case_tasks
from desktop.services.cases.tasks import Overview, TaskItem
from desktop.ui.cases.texts import (
    TASKS,
    enum_label,
    error_text,
    fmt_countdown,
    fmt_date,
    fmt_time,
    tr,
)
from desktop.ui.context import SCRATCH, AppContext

REFRESH_MS = 60_000
ALERT_BEFORE = timedelta(hours=2)
_COLOUR = {
    DeadlineState.OVERDUE: "#b00020",
    DeadlineState.DUE_SOON: "#a15c00",
    DeadlineState.OK: "#1b5e20",
}


class CountdownCard(QFrame):
    """One child in danger: the case, the time left to the 12-hour limit, a button to open it."""

    def __init__(self, item: TaskItem, parent: QWidget) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("countdownCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("countdownClock")
        self.open_button = QPushButton(self.tr("Open case"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.clock)
        layout.addWidget(self.open_button)
        child = item.child_name or self.tr("child not yet identified")
        self.title.setText(f"<b>{item.task.case_code}</b> · {child}<br>{tr(TASKS[item.task.kind])}")

    def tick(self, now: datetime) -> DeadlineState:
        state = deadline_state(self.item.task.due, now)
        self.clock.setText(fmt_countdown(self.item.task.due - now))
        colour = _COLOUR.get(state, "#000")
        self.clock.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")
        self.setStyleSheet(f"#countdownCard {{ border: 2px solid {colour}; border-radius: 6px; }}")
        self.clock.setProperty("state", state.value)
        return state


class OverviewPage(QWidget):
    alert_raised = Signal(str)  # case id, once per case, two hours before its 12-hour limit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._ctx = ctx
        self.data: Overview | None = None
        self.cards: list[CountdownCard] = []
        self.alerted: set[str] = set()
        self.shown_tasks: list[TaskItem] = []
        self.clock = None  # tests set a callable; otherwise the judged moment plus elapsed time
        self._since = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)
        self._reload = QTimer(self)
        self._reload.setInterval(REFRESH_MS)
        self._reload.timeout.connect(self.refresh)

        self.alert = QLabel(self)
        self.alert.setObjectName("overviewAlert")
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(
            "background: #fdecea; color: #b00020; font-weight: bold;"
            " padding: 8px; border-radius: 4px;"
        )
        self.alert.hide()
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.emergency_title = QLabel(self)
        self.emergency_title.setStyleSheet("font-weight: bold;")
        self.cards_box = QHBoxLayout()
        self.no_emergency = QLabel(self)
        self.tasks_title = QLabel(self)
        self.tasks_title.setStyleSheet("font-weight: bold;")
        self.tasks = QTableWidget(0, 5, self)
        self.tasks.setObjectName("overviewTasks")
        self.tasks.verticalHeader().hide()
        self.tasks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tasks.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tasks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.horizontalHeader().setStretchLastSection(True)
        self.tasks.cellActivated.connect(self._task_activated)
        self.tasks.cellDoubleClicked.connect(self._task_activated)
        self.counts_title = QLabel(self)
        self.counts_title.setStyleSheet("font-weight: bold;")
        self.counts = QGridLayout()
        self._build_counts()
        self.special = QLabel(self)
        self.special.setObjectName("overviewSpecial")
        self.visits_title = QLabel(self)
        self.visits_title.setStyleSheet("font-weight: bold;")
        self.visits = QTableWidget(0, 2, self)
        self.visits.setObjectName("overviewVisits")
        self.visits.verticalHeader().hide()
        self.visits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.visits.horizontalHeader().setStretchLastSection(True)
        self.visits.cellDoubleClicked.connect(self._visit_activated)

        left = QVBoxLayout()
        left.addWidget(self.emergency_title)
        left.addLayout(self.cards_box)
        self.cards_box.addStretch(1)
        left.addWidget(self.no_emergency)
        left.addWidget(self.tasks_title)
        left.addWidget(self.tasks, 1)
        right = QVBoxLayout()
        right.addWidget(self.counts_title)
        right.addLayout(self.counts)
        right.addWidget(self.special)
        right.addWidget(self.visits_title)
        right.addWidget(self.visits, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.alert)
        column.addWidget(self.heading)
        column.addWidget(self.error)
        column.addLayout(body, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        ctx.signals.data_changed.connect(self._data_changed)
        self._retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.data is not None:
                self._show(self.data)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.emergency_title.setText(
            self.tr("12-hour limit: reports to assess and children in danger")
        )
        self.no_emergency.setText(self.tr("No child is waiting for emergency measures."))
        self.tasks_title.setText(self.tr("Overdue and due soon first"))
        self.counts_title.setText(self.tr("Open cases by stage"))
        self.visits_title.setText(self.tr("Home visits overdue or due within 7 days"))
        self.tasks.setHorizontalHeaderLabels(
            [self.tr("State"), self.tr("Due"), self.tr("Case"), self.tr("Child"), self.tr("Task")]
        )
        self.visits.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Child")])

    # --- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self._ctx.store
        self._ctx.read(
            lambda: case_tasks.overview(store), self._show, self._failed, context=self
        )

    def _data_changed(self, table: str) -> None:
        if table not in SCRATCH:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    def now(self) -> datetime:
        if self.clock is not None:
            return self.clock()
        assert self.data is not None
        # Elapsed time, not the wall clock: setting the PC clock back cannot buy time.
        return self.data.now + timedelta(milliseconds=self._since.elapsed())

    def _show(self, data: Overview) -> None:
        self.data = data
        self._since.start()
        self.error.clear()
        today = data.now.astimezone(LOCAL_TZ).date()
        self.heading.setText(self.tr("Today, {0}").format(fmt_date(today)))
        for card in self.cards:
            # Taken out of the page now and freed with its last reference, not by a later
            # deferred delete that could meet a layout already rebuilt around it.
            card.hide()
            card.setParent(None)
        self.cards = []
        for item in (i for i in data.tasks if i.task.by_the_hour):
            card = CountdownCard(item, self)
            card.open_button.clicked.connect(self._card_clicked)
            self.cards.append(card)
            self.cards_box.insertWidget(len(self.cards) - 1, card)
        self.no_emergency.setVisible(not self.cards)
        shown = [
            i for i in data.tasks
            if not i.task.by_the_hour
            and (i.task.state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON)
                 or i.task.due.astimezone(LOCAL_TZ).date() <= today + timedelta(days=7))
        ]  # fmt: skip
        self.shown_tasks = shown
        self.tasks.setRowCount(len(shown))
        for r, item in enumerate(shown):
            task = item.task
            name = tr(TASKS[task.kind]) + (f": {task.detail}" if task.detail else "")
            values = (
                enum_label(task.state),
                fmt_time(task.due),
                task.case_code,
                item.child_name,
                name,
            )
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if c == 0:
                    cell.setForeground(QColor(_COLOUR.get(task.state, "#000")))
                self.tasks.setItem(r, c, cell)
        self._show_counts(data)
        self.special.setText(
            self.tr("Children in special circumstances: {0}").format(data.special_children)
        )
        self.visits.setRowCount(len(data.visits_due))
        for r, visit in enumerate(data.visits_due):
            self.visits.setItem(r, 0, QTableWidgetItem(fmt_date(visit.due_on)))
            self.visits.setItem(r, 1, QTableWidgetItem(visit.child_name))
        self.tick()
        self._run_timers()

    def _run_timers(self) -> None:
        """Tick and reload only while the page is on screen: a hidden page costs nothing."""
        visible = self.isVisible()
        if visible and self.cards:
            self._tick.start()
        else:
            self._tick.stop()
        if visible:
            if not self._reload.isActive():
                self._reload.start()
        else:
            self._reload.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.data is not None:
            self.refresh()
        self._run_timers()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._run_timers()

    def _build_counts(self) -> None:
        """One name and one number per open stage, made once; refreshes change the text."""
        self.count_names: dict[CaseStage, QLabel] = {}
        self.count_numbers: dict[CaseStage, QLabel] = {}
        stages = [s for s in CaseStage if s in OPEN_STAGES]
        for i, stage in enumerate(stages):
            name = QLabel(self)
            number = QLabel("0", self)
            number.setObjectName(f"count_{stage.value}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.counts.addWidget(name, i, 0)
            self.counts.addWidget(number, i, 1)
            self.count_names[stage], self.count_numbers[stage] = name, number
        self.count_total = QLabel(self)
        self.count_total.setStyleSheet("font-weight: bold;")
        self.counts.addWidget(self.count_total, len(stages), 0, 1, 2)

    def _show_counts(self, data: Overview) -> None:
        for stage, label in self.count_names.items():
            label.setText(enum_label(stage))
            self.count_numbers[stage].setText(str(data.open_by_stage.get(stage, 0)))
        total = sum(data.open_by_stage.values())
        self.count_total.setText(self.tr("Total open: {0}").format(total))

    def _card_clicked(self) -> None:
        card = self.sender().parent() if self.sender() else None
        if isinstance(card, CountdownCard):
            self._ctx.open_case(card.item.task.case_id)

    def tick(self) -> None:
        if self.data is None:
            return
        now = self.now()
        soon = []
        for card in self.cards:
            state = card.tick(now)
            if state is not DeadlineState.OVERDUE and card.item.task.due - now <= ALERT_BEFORE:
                soon.append(card.item)
        overdue = [
            c.item for c in self.cards if c.clock.property("state") == DeadlineState.OVERDUE.value
        ]
        messages = []
        if overdue:
            messages.append(
                self.tr(
                    "The 12-hour limit has passed for case(s) {0}: act and record it now."
                ).format(", ".join(i.task.case_code for i in overdue))
            )
        if soon:
            messages.append(
                self.tr(
                    "Less than 2 hours left for case(s) {0} to take emergency measures."
                ).format(", ".join(i.task.case_code for i in soon))
            )
            for item in soon:
                if item.task.case_id not in self.alerted:
                    self.alerted.add(item.task.case_id)
                    self.alert_raised.emit(item.task.case_id)
        self.alert.setText("\n".join(messages))
        self.alert.setVisible(bool(messages))

    def _task_activated(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.shown_tasks):
            self._ctx.open_case(self.shown_tasks[row].task.case_id)

    def _visit_activated(self, row: int, _column: int) -> None:
        if self.data and 0 <= row < len(self.data.visits_due):
            visit = self.data.visits_due[row]
            if visit.case_id:
                self._ctx.open_case(visit.case_id)
            else:
                self.open_child(visit.child_id)

    def open_child(self, child_id: str) -> None:
        """A visit due outside any case opens the child's profile, where the visit is logged."""
        self.profile = self._ctx.open_child(child_id)
