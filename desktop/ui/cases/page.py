"""The Cases page: the list with filters, a new report, and one case opened in place."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_flow_file import OPEN_STAGES
from desktop.domain.enums import CaseStage, RiskLevel
from desktop.domain.permissions import Action, can
from desktop.services.cases import views as cases_views
from desktop.ui.cases.case_page import CasePage
from desktop.ui.cases.intake import open_intake_dialog
from desktop.ui.cases.list_model import CASE_ID_ROLE, CaseListModel
from desktop.ui.cases.texts import enum_label, error_text
from desktop.ui.context import AppContext

ALL, OPEN = "all", "open"


class CasesPage(QWidget):
    """`open_case(case_id)` shows one case; other pages (child profile, overview) call it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self._ctx = ctx
        self.model = CaseListModel(self)
        self.dialog = None

        self.stage = QComboBox(self)
        self.stage.setObjectName("filterStage")
        self.risk = QComboBox(self)
        self.risk.setObjectName("filterRisk")
        self.officer = QComboBox(self)
        self.officer.setObjectName("filterOfficer")
        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("filterOverdue")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newIntake")
        self.new_button.setEnabled(can(ctx.officer.role, Action.INTAKE))
        self.count = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.case_page = CasePage(ctx, self)
        self.case_page.back_requested.connect(self.show_list)

        filters = QHBoxLayout()
        self.filter_label = QLabel(self)
        for widget in (self.filter_label, self.stage, self.risk, self.officer, self.overdue):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count)
        filters.addWidget(self.new_button)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.error)
        list_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.case_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._fill_filters()
        for combo in (self.stage, self.risk, self.officer):
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_intake)
        ctx.signals.data_changed.connect(self._data_changed)
        self._officers: list[tuple[str, str]] = []
        store = ctx.store
        ctx.read(lambda: cases_views.officer_choices(store), self._got_officers, context=self)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_filters()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        self.filter_label.setText(self.tr("Show:"))
        self.overdue.setText(self.tr("Overdue only"))
        self.new_button.setText(self.tr("New report…"))
        for combo in (self.stage, self.risk, self.officer):
            combo.blockSignals(True)
        stage, risk = self.stage.currentData(), self.risk.currentData()
        self.stage.clear()
        self.stage.addItem(self.tr("Open cases"), OPEN)
        self.stage.addItem(self.tr("All stages"), ALL)
        for member in CaseStage:
            self.stage.addItem(enum_label(member), member.value)
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
        self.risk.clear()
        self.risk.addItem(self.tr("Any risk"), None)
        for member in (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW):
            self.risk.addItem(enum_label(member), member.value)
        self.risk.setCurrentIndex(max(0, self.risk.findData(risk)))
        officer = self.officer.currentData()
        self.officer.clear()
        self.officer.addItem(self.tr("All officers"), None)
        self.officer.addItem(self.tr("My cases"), self._ctx.officer.id)
        for officer_id, name in getattr(self, "_officers", []):
            if officer_id != self._ctx.officer.id:
                self.officer.addItem(name, officer_id)
        self.officer.setCurrentIndex(max(0, self.officer.findData(officer)))
        for combo in (self.stage, self.risk, self.officer):
            combo.blockSignals(False)

    def _got_officers(self, officers: list[tuple[str, str]]) -> None:
        self._officers = officers
        self._fill_filters()

    # --- list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        stage = self.stage.currentData()
        stages = (
            set(OPEN_STAGES)
            if stage == OPEN
            else None
            if stage in (ALL, None)
            else {CaseStage(stage)}
        )
        risk = RiskLevel(self.risk.currentData()) if self.risk.currentData() else None
        officer, overdue = self.officer.currentData(), self.overdue.isChecked()
        store = self._ctx.store
        self._ctx.read(
            lambda: cases_views.list_cases(
                store, stages=stages, risk=risk, overdue_only=overdue, officer_id=officer
            ),
            self._listed,
            self._failed,
            context=self,
        )

    def _listed(self, rows) -> None:
        self.error.clear()
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n case(s)", "", len(rows)))

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc))

    def _data_changed(self, table: str) -> None:
        if table in ("case_file", "home_visit", "child"):
            self.refresh()

    def _activated(self, index) -> None:
        self.open_case(self.model.data(index, CASE_ID_ROLE))

    # --- navigation ------------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        self.case_page.open_case(case_id)
        self.stack.setCurrentWidget(self.case_page)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()

    def new_intake(self) -> None:
        now = self._ctx.store.options.clock()
        self.dialog = open_intake_dialog(self._ctx, now, self)
        self.dialog.accepted.connect(self._intake_stored)
        self.dialog.open()

    def _intake_stored(self) -> None:
        done = self.dialog.result_value if self.dialog else None
        if done is not None:
            self.open_case(done.case_id)

    def save_drafts(self) -> None:
        self.case_page.save_drafts()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.save_drafts()
