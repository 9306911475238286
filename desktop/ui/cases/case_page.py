"""One case: header with its countdown, the steps allowed now, timeline, report, plan, tasks."""

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deadlines import deadline_state
from desktop.domain.enums import DeadlineState
from desktop.domain.permissions import RestrictedField
from desktop.services.cases import views as cases_views
from desktop.services.cases.views import CaseView
from desktop.ui.cases import editors
from desktop.ui.cases.plan_editor import PlanEditor
from desktop.ui.cases.texts import (
    FACTS,
    RESTRICTED,
    TASKS,
    enum_label,
    error_text,
    fmt_countdown,
    fmt_date,
    fmt_money,
    fmt_time,
    step_name,
    tr,
)
from desktop.ui.context import AppContext
from desktop.ui.printing.menu import case_print_menu

_STATE_COLOUR = {
    DeadlineState.OVERDUE: "#b00020",
    DeadlineState.DUE_SOON: "#a15c00",
    DeadlineState.OK: "#1b5e20",
}


def fact_text(name: str, value: object) -> str:
    if isinstance(value, bool):
        value = (
            QCoreApplication.translate("CaseText", "yes")
            if value
            else QCoreApplication.translate("CaseText", "no")
        )
    elif hasattr(value, "value") and hasattr(value, "name"):
        value = enum_label(value)
    elif name == "total_cost" and isinstance(value, int):
        value = fmt_money(value)
    elif hasattr(value, "strftime"):
        value = fmt_date(value)
    return f"{tr(FACTS.get(name, name))}: {value}"


class CasePage(QWidget):
    """Loads a case through the runner; each step reloads it, so the page shows what is stored."""

    back_requested = Signal()
    loaded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self._ctx = ctx
        self.view: CaseView | None = None
        self.case_id: str | None = None
        self.dialog = None
        self._last_step = ""
        # The countdown runs from the service's judged moment on a monotonic timer,
        # so changing the PC clock while the page is open moves nothing.
        self._since = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_countdown)
        self.clock = None  # tests set a callable returning the moment to judge by

        self.back = QPushButton(self)
        self.back.setObjectName("caseBack")
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("caseCountdown")
        self.countdown.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("caseSubtitle")
        self.subtitle.setWordWrap(True)
        self.steps = QHBoxLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.tabs = QTabWidget(self)
        self.timeline = QTableWidget(0, 4, self)
        self.timeline.setObjectName("caseTimeline")
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.timeline.setColumnWidth(1, 340)
        self.report = QWidget(self)
        self.report_form = QFormLayout(self.report)
        self.plan = PlanEditor(ctx, self)
        self.plan.changed.connect(self.reload)
        self.task_table = QTableWidget(0, 3, self)
        self.task_table.setObjectName("caseTasks")
        self.task_table.verticalHeader().hide()
        self.task_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.task_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.report, "")
        self.tabs.addTab(self.plan, "")
        self.tabs.addTab(self.task_table, "")

        # Mẫu 01-07, minutes and visits of this case; the menu follows the case shown.
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("casePrint")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setEnabled(False)

        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        head.addWidget(self.countdown)
        head.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.steps)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.view is not None:
                self._show(self.view)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.back.setText(self.tr("← Cases"))
        self.print_button.setText(self.tr("Print…"))
        # Room for the menu arrow beside the text, which QToolButton does not reserve.
        self.print_button.setMinimumWidth(
            self.print_button.fontMetrics().horizontalAdvance(self.print_button.text()) + 40
        )
        self.print_button.setToolTip(self.tr("Preview, print or save this case's forms as PDF"))
        for i, text in enumerate(
            (self.tr("Timeline"), self.tr("Report"), self.tr("Plan"), self.tr("Tasks"))
        ):
            self.tabs.setTabText(i, text)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Details")]
        )
        self.task_table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Due"), self.tr("State")]
        )

    # --- loading ---------------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        store, case_id = self._ctx.store, self.case_id
        self._ctx.read(
            lambda: cases_views.open_case(store, case_id), self._show, self._failed, context=self
        )

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))
        self.error.setVisible(True)

    def _show(self, view: CaseView) -> None:
        if self.view is None or self.view.summary.id != view.summary.id:
            self.print_button.setMenu(case_print_menu(self._ctx, view.summary.id, self))
            self.print_button.setEnabled(True)
        self.view = view
        self.error.clear()
        self.error.hide()
        s = view.summary
        child = s.child_name or view.unidentified_description or self.tr("child not yet identified")
        self.title.setText(self.tr("Case {0} · {1}").format(s.code, child))
        parts = [
            enum_label(s.stage),
            self.tr("risk: {0}").format(enum_label(s.risk_level)) if s.risk_level else "",
            self.tr("emergency case") if s.emergency else "",
            self.tr("received {0} via {1}").format(fmt_time(s.received_at), enum_label(s.channel)),
            self.tr("officer: {0}").format(s.officer_name) if s.officer_name else "",
        ]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self._show_steps(view)
        self._show_timeline(view)
        self._show_report(view)
        self._show_tasks(view)
        self.plan.set_view(view)
        self._since.start()
        self._update_countdown()
        self._run_tick()
        self.loaded.emit(s.id)

    def now(self) -> datetime:
        if self.clock is not None:
            return self.clock()
        assert self.view is not None
        return self.view.now + timedelta(milliseconds=self._since.elapsed())

    def _update_countdown(self) -> None:
        urgent = [t for t in self.view.tasks if t.by_the_hour] if self.view else []
        if not urgent:
            self.countdown.clear()
            return
        task = urgent[0]
        now = self.now()
        state = deadline_state(task.due, now)
        self.countdown.setText(f"{tr(TASKS[task.kind])}: {fmt_countdown(task.due - now)}")
        self.countdown.setStyleSheet(
            f"font-size: 13pt; font-weight: bold; color: {_STATE_COLOUR.get(state, '#000')};"
        )
        self.countdown.setProperty("state", state.value)

    def _show_steps(self, view: CaseView) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setObjectName("")  # gone at once for lookups; deleted when Qt is idle
                widget.deleteLater()
        for editor in editors.available(view):
            button = QPushButton(tr(editor.button), self)
            button.setObjectName(f"step_{editor.key}")
            button.clicked.connect(lambda _=False, key=editor.key: self.start_step(key))
            self.steps.addWidget(button)
        self.steps.addStretch(1)

    def start_step(self, key: str) -> None:
        """Open the editor of one step; the case reloads once it is stored."""
        assert self.view is not None
        self._last_step = key
        self.dialog = editors.open_editor(self._ctx, self.view, key, self)
        self.dialog.accepted.connect(self._step_stored)
        self.dialog.open()

    def _step_stored(self) -> None:
        if self._last_step in (editors.Step.PLAN_START, editors.Step.NEW_CYCLE):
            self.tabs.setCurrentWidget(self.plan)
        self.reload()

    def _show_timeline(self, view: CaseView) -> None:
        rows = list(reversed(view.timeline))
        self.timeline.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            step = step_name(entry.kind)
            if entry.to_stage is not None and entry.to_stage != entry.from_stage:
                step = f"{step} → {enum_label(entry.to_stage)}"
            details = [fact_text(n, v) for n, v in entry.facts if v not in ("", None)]
            if entry.note:
                details.append(entry.note)
            for c, text in enumerate(
                (fmt_time(entry.at), step, entry.officer_name, "; ".join(details))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.timeline.setItem(r, c, item)
        self.timeline.resizeRowsToContents()

    def _run_tick(self) -> None:
        urgent = self.view is not None and any(t.by_the_hour for t in self.view.tasks)
        if urgent and self.isVisible():
            self._tick.start()
        else:
            self._tick.stop()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._tick.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._run_tick()
        # Wrapped rows need the final column widths, known only once the page is laid out.
        QTimer.singleShot(0, self.timeline.resizeRowsToContents)

    def _show_report(self, view: CaseView) -> None:
        while self.report_form.rowCount():
            self.report_form.removeRow(0)
        s = view.summary
        rows = [
            (self.tr("Channel"), enum_label(s.channel)),
            (self.tr("Hotline 111 reference"), view.hotline_ref),
            (self.tr("Category"), enum_label(s.category)),
            (self.tr("Forms of abuse"), ", ".join(enum_label(a) for a in view.abuse_types)),
            (self.tr("Place"), view.place),
            (self.tr("Situation"), view.situation),
            (self.tr("Likely outcome without help"), view.likely_outcome),
            (self.tr("Already done"), view.actions_taken),
        ]
        if view.isolation is not None:
            rows.append(
                (
                    self.tr("Temporary isolation"),
                    self.tr("{0} until {1} at {2}").format(
                        view.isolation.decision_number,
                        fmt_date(view.isolation_end),
                        view.isolation.safe_place,
                    ),
                )
            )
        for name, value in rows:
            if value:
                label = QLabel(value, self.report)
                label.setWordWrap(True)
                self.report_form.addRow(name, label)
        shown = {
            RestrictedField.INFORMANT: view.has_informant,
            RestrictedField.PERPETRATOR: bool(view.perpetrator),
            RestrictedField.SEXUAL_ABUSE_DETAILS: bool(view.sexual_abuse_details),
            RestrictedField.HIV_STATUS: bool(s.child_id),
            RestrictedField.ETHNICITY: bool(s.child_id),
        }
        for restricted, present in shown.items():
            if not present:
                continue
            self.report_form.addRow(tr(RESTRICTED[restricted]), self._restricted_row(restricted))

    def _restricted_row(self, restricted: RestrictedField) -> QWidget:
        box = QWidget(self.report)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        value = QLabel("••••••", box)
        value.setObjectName(f"restricted_{restricted.value}")
        row.addWidget(value, 1)
        assert self.view is not None
        if restricted in self.view.visible:
            button = QPushButton(self.tr("Show (recorded in the audit log)"), box)
            button.setObjectName(f"reveal_{restricted.value}")
            button.clicked.connect(lambda: self.reveal(restricted, value))
            row.addWidget(button)
        else:
            value.setText(self.tr("Hidden for your role"))
        return box

    def reveal(self, restricted: RestrictedField, target: QLabel) -> None:
        store, case_id = self._ctx.store, self.case_id

        def shown(text: str) -> None:
            if restricted is RestrictedField.HIV_STATUS:
                text = {
                    "positive": self.tr("HIV positive"),
                    "negative": self.tr("HIV negative"),
                }.get(text, self.tr("not recorded"))
            target.setText(text or self.tr("not recorded"))
            target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._ctx.read(
            lambda: cases_views.reveal(store, case_id, restricted),
            shown,
            self._failed,
            context=self,
        )

    def _show_tasks(self, view: CaseView) -> None:
        self.task_table.setRowCount(len(view.tasks))
        for r, task in enumerate(view.tasks):
            name = tr(TASKS[task.kind]) + (f": {task.detail}" if task.detail else "")
            for c, text in enumerate((name, fmt_time(task.due), enum_label(task.state))):
                item = QTableWidgetItem(text)
                if c == 2 and task.state in _STATE_COLOUR:
                    item.setForeground(
                        Qt.GlobalColor.darkRed
                        if task.state is DeadlineState.OVERDUE
                        else Qt.GlobalColor.black
                    )
                self.task_table.setItem(r, c, item)
        self.task_table.resizeColumnsToContents()

    def save_drafts(self) -> None:
        self.plan.save_drafts()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.save_drafts()
