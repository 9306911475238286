"""Overview: a child in danger shows a live 12-hour countdown that warns, then turns overdue."""

from datetime import timedelta

import pytest

from desktop.domain.enums import CaseStage, DeadlineState
from desktop.services import cases
from desktop.ui.main_window import MainWindow
from desktop.ui.overview.page import OverviewPage
from desktop.ui.tasks.page import TasksPage
from tests.services.case_helpers import intake, step_to

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def idle(qtbot, ctx) -> None:
    """Wait until the background worker has run and delivered everything queued."""
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def test_danger_countdown_shows_warns_two_hours_before_and_turns_overdue(qtbot, vi, ctx, clock):
    case_id = intake(ctx.store, in_danger=True)
    with ctx.store.unit_of_work(write=False) as uow:
        received = uow.cases.get(case_id).received_at
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    idle(qtbot, ctx)
    assert len(page.cards) == 1
    card = page.cards[0]
    assert card.item.task.case_id == case_id

    shown = {"now": clock()}
    page.clock = lambda: shown["now"]  # the screen's time, driven by the test
    page.tick()
    assert card.clock.text() == "còn 11:40:00"
    assert card.clock.property("state") == DeadlineState.OK.value
    assert not page.alert.isVisible()

    shown["now"] = received + timedelta(hours=10, minutes=1)
    with qtbot.waitSignal(page.alert_raised, timeout=1000) as raised:
        page.tick()
    assert raised.args == [case_id]
    assert card.clock.text() == "còn 01:59:00"
    assert card.clock.property("state") == DeadlineState.DUE_SOON.value
    assert page.alert.isVisible() and "dưới 2 giờ" in page.alert.text()

    shown["now"] = received + timedelta(hours=12, minutes=0, seconds=30)
    page.tick()
    assert card.clock.text() == "quá hạn 00:00:30"
    assert card.clock.property("state") == DeadlineState.OVERDUE.value
    assert "quá thời hạn 12 giờ" in page.alert.text()

    # Measures recorded: the refreshed overview has no countdown left.
    clock.now = received + timedelta(hours=12, minutes=5)
    cases.record_emergency_measures(ctx.store, case_id, "Công an xã đưa trẻ đến trạm y tế")
    ctx.signals.data_changed.emit("case_file")
    qtbot.waitUntil(lambda: not page.cards, timeout=10_000)
    assert page.no_emergency.isVisible()


def test_overview_counts_and_tasks_open_their_case(qtbot, vi, ctx, clock) -> None:
    window = MainWindow(ctx)  # where a case is shown
    qtbot.addWidget(window)
    first = intake(ctx.store)
    second = intake(ctx.store)
    step_to(ctx.store, second, CaseStage.AWAITING_APPROVAL, clock)
    clock.advance(days=10)  # the 2 working days to approve have passed
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    counts = {
        stage: page.findChild(type(page.heading), f"count_{stage.value}").text()
        for stage in (CaseStage.RECEIVED, CaseStage.AWAITING_APPROVAL, CaseStage.PLANNING)
    }
    assert counts == {
        CaseStage.RECEIVED: "1",
        CaseStage.AWAITING_APPROVAL: "1",
        CaseStage.PLANNING: "0",
    }
    assert page.shown_tasks[0].task.state is DeadlineState.OVERDUE
    page._task_activated(0)
    assert window.current_key() == "cases"
    assert window.page("cases").case_page.case_id in {first, second}

    tasks = TasksPage(ctx)
    qtbot.addWidget(tasks)
    qtbot.waitUntil(lambda: bool(tasks.items), timeout=10_000)
    assert tasks.table.item(0, 0).text() == "Quá hạn"
    tasks.late.setChecked(True)
    idle(qtbot, ctx)
    assert all(i.task.state is not DeadlineState.OK for i in tasks.items)
    assert {i.task.case_id for i in tasks.items} == {first, second}
    window.show_page("overview")
    tasks._activated(1)
    assert window.current_key() == "cases"
    assert window.page("cases").case_page.case_id == tasks.items[1].task.case_id


def test_tasks_page_sets_what_starts_the_plan_clock(qtbot, vi, ctx) -> None:
    from desktop.domain.case_tasks import PlanClockStart
    from desktop.services.cases.settings import get_plan_clock

    tasks = TasksPage(ctx)
    qtbot.addWidget(tasks)
    idle(qtbot, ctx)
    combo = tasks.plan_clock
    assert combo.currentData() == PlanClockStart.DETAILED_ASSESSMENT.value
    assert combo.currentText() == "đánh giá cụ thể"
    combo.setCurrentIndex(combo.findData(PlanClockStart.MEETING.value))
    combo.activated.emit(combo.currentIndex())
    idle(qtbot, ctx)
    assert get_plan_clock(ctx.store) is PlanClockStart.MEETING


def test_a_visit_due_outside_any_case_opens_the_childs_profile(qtbot, vi, ctx, clock) -> None:
    from desktop.domain.visit import HomeVisit
    from tests.helpers.registers import add_child

    child = add_child(ctx.store, "Hà Văn Khải")
    with ctx.store.unit_of_work() as uow:
        now = uow.now()
        uow.visits.add(
            HomeVisit(
                child_id=child.id,
                visited_at=now - timedelta(days=40),
                next_visit_on=(now - timedelta(days=10)).date(),
            )
        )
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    row = [v.child_id for v in page.data.visits_due].index(child.id)
    page._visit_activated(row, 0)
    qtbot.waitUntil(lambda: page.profile.child_id == child.id and page.profile.file is not None)
    page.profile._dirty = False
    page.profile.close()
    idle(qtbot, ctx)
