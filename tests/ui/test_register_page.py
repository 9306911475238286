"""The register page: filters, header sort, column chooser (remembered), keyboard, export."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.domain.enums import AuditAction, Role, Sex
from desktop.services.accounts import add_officer
from desktop.services.register import Column
from desktop.storage.schema.admin import AuditEventRow
from desktop.storage.store import Store
from desktop.ui.children.model import COLUMNS, RegisterTableModel
from desktop.ui.children.view import RegisterWidget, register_page
from desktop.ui.task_runner import TaskRunner
from tests.helpers.pages import context
from tests.helpers.registers import PASSWORD, make_register, reopen

SEEDED = 260
pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("vietnamese"),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("page") / "r"
    make_register(where, SEEDED).close()
    return where


@pytest.fixture
def store(folder: Path):
    from desktop.ui.application import load_officers

    officer = load_officers(folder)[0]
    opened = reopen(folder, officer.officer_id)
    yield opened
    opened.close()


def page(qtbot, store: Store, runner: TaskRunner) -> RegisterWidget:
    widget = register_page(context(store, runner))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitUntil(
        lambda: widget.model.rowCount() > 0 and bool(widget.model.total), timeout=10_000
    )
    return widget


def names(model: RegisterTableModel) -> list[str]:
    return [model.child_at(row).full_name for row in range(model.rowCount())]


def test_filters_narrow_the_list_and_the_count(qtbot, store: Store, runner: TaskRunner) -> None:
    widget = page(qtbot, store, runner)
    assert widget.model.total == SEEDED + 1
    qtbot.mouseClick(widget.filter_button, Qt.MouseButton.LeftButton)
    assert widget.filters.isVisible()
    sex = widget.filters.sex
    with qtbot.waitSignal(widget.model.total_changed, timeout=10_000):
        sex.setCurrentIndex(sex.findData(Sex.FEMALE))
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0 and not runner.busy, timeout=10_000)
    girls = widget.model.total
    assert 0 < girls < SEEDED
    assert all(widget.model.child_at(r).sex == Sex.FEMALE for r in range(widget.model.rowCount()))
    assert widget.count_label.text() == f"{girls} trẻ em khớp bộ lọc"
    with qtbot.waitSignal(widget.model.total_changed, timeout=10_000):
        widget.filters.clear()
    assert widget.model.total == SEEDED + 1


def test_header_click_sorts_by_that_column(qtbot, store: Store, runner: TaskRunner) -> None:
    widget = page(qtbot, store, runner)
    header = widget.table.horizontalHeader()
    age = COLUMNS.index(Column.AGE)
    where = QPoint(header.sectionViewportPosition(age) + 10, header.height() // 2)
    orders = []
    for _click in (1, 2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: widget.model.view.sort == Column.AGE, timeout=5000)
        qtbot.waitUntil(lambda: widget.model.rowCount() > 0 and not runner.busy, timeout=10_000)
        ages = [widget.model.child_at(r).age for r in range(widget.model.rowCount())]
        known = [a for a in ages if a is not None]
        descending = widget.model.view.descending
        assert known == sorted(known, reverse=descending) and known[0] != known[-1]
        assert header.sortIndicatorSection() == age
        orders.append(descending)
    assert orders in ([False, True], [True, False])


def test_column_chooser_hides_columns_and_remembers_per_officer(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    widget = page(qtbot, store, runner)
    carers = COLUMNS.index(Column.CARERS)
    assert not widget.table.isColumnHidden(carers)
    action = next(a for a in widget.columns_menu.actions() if a.data() == Column.CARERS.value)
    action.setChecked(False)
    assert widget.table.isColumnHidden(carers)
    runner.wait()
    qtbot.wait(50)
    again = page(qtbot, store, runner)
    qtbot.waitUntil(lambda: again.table.isColumnHidden(carers), timeout=5000)
    # The name cannot be hidden; it is not offered.
    assert Column.NAME.value not in [a.data() for a in again.columns_menu.actions()]
    again.set_hidden_columns(frozenset())
    runner.wait()


def test_keyboard_search_enter_opens_profile_and_ctrl_n_new_child(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    widget = page(qtbot, store, runner)
    widget.table.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is widget.search
    with qtbot.waitSignal(widget.model.search_finished, timeout=10_000):
        qtbot.keyClicks(widget.search, "031215001234")
    assert widget.model.child_at(0).full_name == "Nguyễn Văn Ân"
    qtbot.keyClick(widget.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(widget.open_child, timeout=2000) as opened:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args == [widget.model.child_at(0).id]
    profile = widget.profile
    qtbot.waitUntil(lambda: profile.file is not None and profile.title.text() == "Nguyễn Văn Ân")
    profile._dirty = False
    profile.close()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    with qtbot.waitSignal(widget.new_child, timeout=2000):
        qtbot.keyClick(widget.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert widget.profile.child_id is None
    widget.profile.close()


def test_export_writes_the_visible_columns_of_the_view_and_audits(
    qtbot, store: Store, runner: TaskRunner, tmp_path: Path
) -> None:
    widget = page(qtbot, store, runner)
    with qtbot.waitSignal(widget.model.search_finished, timeout=10_000):
        widget.search.setText("nguyen van an")
    out = tmp_path / "xuat.xlsx"
    job = widget.export_to(out)
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        pass
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    shown = [c for i, c in enumerate(COLUMNS) if not widget.table.isColumnHidden(i)]
    assert rows[0][0] == "Họ và tên" and len(rows[0]) == len(shown)
    assert rows[1][0] == "Nguyễn Văn Ân"
    assert len(rows) - 1 == done.args[0] == widget.model.total
    box = widget.findChild(QMessageBox, "exportResult")
    assert box is not None and "xuat.xlsx" in box.text()
    box.close()
    with store.unit_of_work(write=False) as uow:
        event = uow.session.scalars(
            select(AuditEventRow).where(AuditEventRow.action == AuditAction.EXPORT)
        ).all()[-1]
    detail = json.loads(event.detail)
    assert detail["rows"] == done.args[0] and detail["searched"] is True
    assert detail["columns"] == [c.value for c in shown]


def test_collaborator_sees_no_sensitive_column_and_no_group_filter(
    qtbot, folder: Path, runner: TaskRunner
) -> None:
    from desktop.ui.application import load_officers

    first = reopen(folder, load_officers(folder)[0].officer_id)
    helper = add_officer(
        first, full_name="Ngô Thị Cúc", username=f"ngo.{id(runner)}", password=PASSWORD,
        role=Role.COLLABORATOR,
    )  # fmt: skip
    first.close()
    store = reopen(folder, helper.id)
    try:
        widget = page(qtbot, store, runner)
        for column in (Column.PERSONAL_ID, Column.ETHNICITY, Column.GROUPS, Column.CARER_PHONES):
            assert widget.table.isColumnHidden(COLUMNS.index(column))
        offered = {a.data() for a in widget.columns_menu.actions()}
        assert Column.PERSONAL_ID.value not in offered and Column.CARERS.value in offered
        assert widget.filters.group.isHidden()
        assert widget.model.child_at(0).personal_id is None
        runner.wait()
    finally:
        store.close()


def test_model_passes_the_model_tester_with_filters_and_sort(
    qtbot, qtmodeltester, store: Store, runner: TaskRunner
) -> None:
    model = RegisterTableModel(store, runner)
    model.sort(COLUMNS.index(Column.OPEN_CASE), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
            model.fetchMore(QModelIndex())
    assert len({model.child_at(r).id for r in range(model.rowCount())}) == SEEDED + 1
    runner.wait()
