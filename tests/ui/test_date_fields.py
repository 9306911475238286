"""Dates are typed: every date field of the app takes dd/mm/yyyy as typed and saves that day."""

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt

from desktop.domain.enums import CaseStage, Sex, SpecialGroup
from desktop.services import children as svc
from desktop.services import register, visits
from desktop.services.cases.store import load_file
from desktop.storage.store import Store
from desktop.ui.cases.page import CasesPage
from desktop.ui.cases.plan_model import END, START
from desktop.ui.child.dialog import ChildProfileDialog
from desktop.ui.date_field import DateField, full_year, parse
from desktop.ui.task_runner import TaskRunner
from desktop.ui.visits.form import VisitForm
from tests.helpers.pages import context
from tests.helpers.registers import add_child, make_register
from tests.services.case_helpers import intake, step_to

# The offscreen platform cannot raise a popup or grab the keyboard for it; it shows it all the same.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

IMPOSSIBLE = "Không có ngày này: 31/02/2026. Kiểm tra lại ngày và tháng."


@pytest.fixture
def profile(store: Store, runner: TaskRunner):
    """A new child's profile window, closed at the end without the "discard changes?" box."""
    dialog = ChildProfileDialog(context(store, runner), None)
    dialog.show()
    yield dialog
    if shiboken6.isValid(dialog):
        dialog._dirty = False
        dialog.close()


@pytest.fixture
def store(tmp_path: Path):
    opened = make_register(tmp_path / "r")
    yield opened
    opened.close()


def retype(qtbot, field: DateField, text: str) -> None:
    """Select what the field holds and type over it, key by key."""
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    assert field.text() == ""
    qtbot.keyClicks(field.line, text)
    assert field.text() == text  # what was typed is what the field shows


def test_typed_forms_read_as_one_day() -> None:
    today = date(2026, 5, 1)
    for text in ("15/03/2014", "15032014", "15-3-2014", "15.3.2014", "15 3 2014", "150314"):
        assert parse(text, today) == (date(2014, 3, 15), ""), text
    assert parse("08/12/2026", today) == (date(2026, 12, 8), "")
    assert parse("1/1/40", today) == (date(2040, 1, 1), "")  # a plan's end, ahead of today
    assert parse("1/1/60", today) == (date(1960, 1, 1), "")  # a birth year, long past
    assert full_year(46, today) == 2046 and full_year(47, today) == 1947
    assert parse("31/02/2026", today) == (None, "impossible")
    assert parse("1532014", today) == (None, "format")
    assert parse("15/03/1800", today) == (None, "year")
    assert parse("  ", today) == (None, "")


def test_profile_dates_typed_are_saved_birth_groups_and_allowances(
    qtbot, vi, store: Store, runner: TaskRunner, profile: ChildProfileDialog
) -> None:
    dialog = profile
    general = dialog.general.fields
    general["full_name"].set_value("Lê Thị Thu")
    general["sex"].set_value(Sex.FEMALE)
    born = general["date_of_birth"].input
    assert born.text() == "" and born.value() is None  # empty, not 01/01/1900
    retype(qtbot, born, "150314")  # no separators, two-digit year
    dialog.tabs.setCurrentIndex(dialog.GROUPS)
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    dialog.groups.fields["group"].set_value(SpecialGroup.C)
    dialog.groups._edited("group")
    dialog.groups.fields["subgroup"].input.setCurrentIndex(1)
    retype(qtbot, dialog.groups.fields["start_date"].input, "1-6-2020")
    retype(qtbot, dialog.groups.fields["end_date"].input, "31.12.2030")
    dialog.tabs.setCurrentIndex(dialog.ALLOWANCES)
    qtbot.mouseClick(dialog.allowances.add_button, Qt.MouseButton.LeftButton)
    allowance = dialog.allowances.fields
    allowance["category"].set_value(dialog.allowances.records()[0].category)
    dialog.allowances._edited("category")  # the monthly amount from the rate tables
    retype(qtbot, allowance["decision_date"].input, "20052020")
    retype(qtbot, allowance["start_date"].input, "1/6/20")
    retype(qtbot, allowance["end_date"].input, "31/05/2032")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.child_id or dialog.problems.isVisible()), timeout=10_000)
    assert dialog.child_id is not None, dialog.problems.text()
    assert born.text() == "15/03/2014"  # the two-digit year shown in full
    assert allowance["start_date"].input.text() == "01/06/2020"
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    file = svc.open_child_file(store, dialog.child_id)
    assert file.child.date_of_birth == date(2014, 3, 15)
    [group] = file.groups
    assert (group.start_date, group.end_date) == (date(2020, 6, 1), date(2030, 12, 31))
    [paid] = file.allowances
    assert paid.decision_date == date(2020, 5, 20)
    assert (paid.start_date, paid.end_date) == (date(2020, 6, 1), date(2032, 5, 31))


def test_an_impossible_birth_date_is_shown_at_the_field_and_nothing_is_saved(
    qtbot, vi, store: Store, runner: TaskRunner, profile: ChildProfileDialog
) -> None:
    dialog = profile
    dialog.general.fields["full_name"].set_value("Lê Văn Sáu")
    dialog.general.fields["sex"].set_value(Sex.MALE)
    born = dialog.general.fields["date_of_birth"].input
    retype(qtbot, born, "31/02/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert born.message.isVisible() and born.message.text() == IMPOSSIBLE
    assert IMPOSSIBLE in dialog.problems.text()
    assert born.text() == "31/02/2026"  # kept as typed, to be corrected
    assert dialog.general.fields["full_name"].value() == "Lê Văn Sáu"
    qtbot.wait(300)
    assert not runner.busy and dialog.child_id is None
    assert register.fetch_page(store, register.RegisterView(query="le van sau")).rows == []
    retype(qtbot, born, "28/02/2016")
    assert not born.message.isVisible()  # gone once the date is good
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert svc.open_child_file(store, saved.args[0]).child.date_of_birth == date(2016, 2, 28)


def test_a_typed_next_visit_is_saved_and_an_impossible_one_keeps_the_form(
    qtbot, vi, store: Store, runner: TaskRunner
) -> None:
    child = add_child(store, "Đào Thị Bảy")
    form = VisitForm(context(store, runner), child.id, child.full_name)
    qtbot.addWidget(form)
    form.show()
    form.observations.insertPlainText("Trẻ khoẻ")
    assert form.next_visit.text() == ""
    retype(qtbot, form.next_visit, "31/02/2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_label.isVisible() and form.error_label.text() == IMPOSSIBLE
    assert form.next_visit.message.text() == IMPOSSIBLE
    assert form.next_visit.text() == "31/02/2026" and form.isVisible()
    qtbot.wait(300)
    assert visits.visits_of_child(store, child.id) == []
    ahead = date.today().replace(day=1)
    ahead = ahead.replace(year=ahead.year + 1)
    retype(qtbot, form.next_visit, ahead.strftime("%d%m%Y"))
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    [line] = visits.visits_of_child(store, child.id)
    assert line.visit.next_visit_on == ahead


def test_the_calendar_opens_at_today_when_empty_and_at_the_value_otherwise(qtbot, vi) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_F4)
    assert field.popup.isVisible()
    assert field.popup.calendar.selectedDate() == QDate.currentDate()
    qtbot.keyClick(field.popup.calendar, Qt.Key.Key_Escape)
    assert not field.popup.isVisible() and field.value() is None
    qtbot.keyClicks(field.line, "15.3.2014")
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup.isVisible()
    assert field.popup.calendar.selectedDate() == QDate(2014, 3, 15)
    calendar = field.popup.calendar
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.value() == date(2014, 3, 16) and field.text() == "16/03/2014"
    assert field.button.toolTip() != "" and field.line.placeholderText() == "nn/tt/nnnn"


def _open_case(qtbot, ctx, case_id: str):
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_case(case_id)
    qtbot.waitUntil(lambda: page.case_page.view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    return page


def _typed_step(qtbot, ctx, page, key: str, dates: dict[str, str], **values) -> object:
    case_page = page.case_page
    button = case_page.findChild(type(case_page.back), f"step_{key}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = case_page.dialog
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    for name, value in values.items():
        dialog.set_value(name, value)
    for name, text in dates.items():
        retype(qtbot, dialog.widgets[name], text)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    return dialog


def test_case_form_dates_are_typed_isolation_decision_and_review(qtbot, vi, ctx, clock) -> None:
    case_id = intake(ctx.store)
    page = _open_case(qtbot, ctx, case_id)
    dialog = _typed_step(
        qtbot, ctx, page, "isolation", {"start_date": "31/02/2026"},
        decision_number="01/QĐ", safe_place="Nhà bà ngoại", carer_name="Bà ngoại",
    )  # fmt: skip
    assert dialog.error.text() == IMPOSSIBLE and dialog.isVisible()
    assert dialog.widgets["start_date"].text() == "31/02/2026"
    assert dialog.widgets["safe_place"].text() == "Nhà bà ngoại"
    with ctx.store.unit_of_work(write=False) as uow:
        assert load_file(uow, case_id).isolations == []
    retype(qtbot, dialog.widgets["start_date"], "02-03-2026")
    retype(qtbot, dialog.widgets["end_date"], "9.3.26")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result_value is not None, dialog.error.text()
    assert dialog.widgets["end_date"].text() == "09/03/2026"
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    with ctx.store.unit_of_work(write=False) as uow:
        [isolation] = load_file(uow, case_id).isolations
    assert (isolation.start_date, isolation.end_date) == (date(2026, 3, 2), date(2026, 3, 9))

    case_id = intake(ctx.store)
    step_to(ctx.store, case_id, CaseStage.AWAITING_APPROVAL, clock)
    page = _open_case(qtbot, ctx, case_id)
    dialog = _typed_step(
        qtbot, ctx, page, "plan_approve", {"decided_on": "02032026"},
        decision_number="12/QĐ-UBND", signer_name="Phạm Văn Chủ",
    )  # fmt: skip
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result_value is not None, dialog.error.text()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    page = _open_case(qtbot, ctx, case_id)
    dialog = _typed_step(qtbot, ctx, page, "review", {"reviewed_on": "2/3/26"})
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result_value is not None, dialog.error.text()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)

    with ctx.store.unit_of_work(write=False) as uow:
        file = load_file(uow, case_id)
    assert file.approvals[-1].decided_on == date(2026, 3, 2)
    assert file.reviews[-1].reviewed_on == date(2026, 3, 2)


def test_plan_task_dates_are_typed_in_the_table(qtbot, vi, ctx, clock) -> None:
    case_id = intake(ctx.store)
    step_to(ctx.store, case_id, CaseStage.PLANNING, clock)
    page = _open_case(qtbot, ctx, case_id)
    editor = page.case_page.plan
    table, model = editor.table, editor.model

    def edit(col: int, text: str) -> DateField:
        index = model.index(0, col)
        table.setCurrentIndex(index)
        table.edit(index)
        field = editor.dates.editors[-1]
        assert field.value() == getattr(model.lines[0], "start_date" if col == START else
                                        "expected_end")  # fmt: skip
        retype(qtbot, field, text)
        return field

    edit(START, "3/3/2026")
    qtbot.keyClick(editor.dates.editors[-1].line, Qt.Key.Key_Return)
    assert model.lines[0].start_date == date(2026, 3, 3)
    field = edit(END, "31/02/2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert shiboken6.isValid(field) and field.message.text() == IMPOSSIBLE  # still open
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == IMPOSSIBLE and field.text() == "31/02/2026"
    qtbot.wait(300)
    assert not ctx.runner.busy
    retype(qtbot, field, "08/12/2026")  # read as d/M/yy before: stored as 2012
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert model.lines[0].expected_end == date(2026, 12, 8)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    with ctx.store.unit_of_work(write=False) as uow:
        file = load_file(uow, case_id)
    task = file.plans[-1].tasks[0]
    assert (task.start_date, task.expected_end) == (date(2026, 3, 3), date(2026, 12, 8))
