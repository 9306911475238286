"""The 12-hour countdown through the services, with the device clock set back after intake."""

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.case_tasks import PlanClockStart, TaskKind
from desktop.domain.enums import CaseStage, DeadlineState
from desktop.services import cases
from desktop.services.cases import tasks as case_tasks
from desktop.services.cases.settings import get_plan_clock, set_plan_clock
from tests.services.case_helpers import Clock, intake, make_store, step_to


@pytest.fixture
def world(tmp_path: Path):
    clock = Clock()
    store = make_store(tmp_path / "register", clock)
    yield store, clock
    store.close()


def _emergency(store, case_id):
    now, items = case_tasks.list_tasks(store)
    mine = [
        i.task for i in items if i.task.case_id == case_id and i.task.kind is TaskKind.EMERGENCY
    ]
    return now, (mine[0] if mine else None)


def test_countdown_turns_due_soon_then_overdue_and_stops_on_measures(world) -> None:
    store, clock = world
    case_id = intake(store, in_danger=True)
    with store.unit_of_work(write=False) as uow:
        received = uow.cases.get(case_id).received_at
    _now, task = _emergency(store, case_id)
    assert task.due == received + timedelta(hours=12)
    assert task.state is DeadlineState.OK
    clock.now = received + timedelta(hours=10, minutes=30)
    assert _emergency(store, case_id)[1].state is DeadlineState.DUE_SOON
    clock.now = received + timedelta(hours=12, minutes=1)
    assert _emergency(store, case_id)[1].state is DeadlineState.OVERDUE
    overview = case_tasks.overview(store)
    assert [item.task.case_id for item in overview.emergencies] == [case_id]
    cases.record_emergency_measures(store, case_id, "Công an xã đưa trẻ đến trạm y tế")
    assert _emergency(store, case_id)[1] is None


def test_device_clock_set_back_after_intake_does_not_extend_the_deadline(world) -> None:
    store, clock = world
    case_id = intake(store, in_danger=True)
    with store.unit_of_work(write=False) as uow:
        received = uow.cases.get(case_id).received_at
    clock.now = received + timedelta(hours=11)
    _seen, task = _emergency(store, case_id)
    assert task.state is DeadlineState.DUE_SOON
    clock.now = received - timedelta(days=2)  # someone sets the PC's clock back two days
    now, task = _emergency(store, case_id)
    assert task.due == received + timedelta(hours=12)
    assert now >= received + timedelta(hours=11)
    assert task.state is DeadlineState.DUE_SOON
    clock.now = received + timedelta(hours=12, minutes=5)
    assert _emergency(store, case_id)[1].state is DeadlineState.OVERDUE
    clock.now = received + timedelta(hours=1)  # and back again: still overdue
    assert _emergency(store, case_id)[1].state is DeadlineState.OVERDUE


def test_the_draft_clock_start_is_a_setting(world) -> None:
    store, clock = world
    assert get_plan_clock(store) is PlanClockStart.DETAILED_ASSESSMENT
    case_id = intake(store)
    step_to(store, case_id, CaseStage.DETAILED_ASSESSMENT, clock)

    def draft_due():
        _now, items = case_tasks.list_tasks(store)
        return next(i.task.due for i in items if i.task.kind is TaskKind.PLAN_DRAFT)

    by_assessment = draft_due()
    set_plan_clock(store, PlanClockStart.INTAKE)
    assert get_plan_clock(store) is PlanClockStart.INTAKE
    assert draft_due() <= by_assessment


def test_overview_counts_open_cases_by_stage(world) -> None:
    store, clock = world
    first, second = intake(store), intake(store)
    step_to(store, second, CaseStage.PLANNING, clock)
    third = intake(store)
    step_to(store, third, CaseStage.CLOSED_NO_ACTION, clock)
    overview = case_tasks.overview(store)
    assert overview.open_by_stage == {CaseStage.RECEIVED: 1, CaseStage.PLANNING: 1}
    assert {row.id for row in overview.cases} == {first, second}
