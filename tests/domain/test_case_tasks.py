"""Deadlines derived from a case's records: 12 clock hours, working days across weekends and Tết."""

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.case import (
    Case,
    CaseEvent,
    CaseMeeting,
    DetailedAssessment,
    Isolation,
    IsolationExtension,
    PlanTask,
    SupportPlan,
)
from desktop.domain.case_flow_file import CaseFile, Step
from desktop.domain.case_tasks import PlanClockStart, TaskKind, derive_tasks
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import (
    CaseStage,
    DeadlineState,
    IntakeCategory,
    IntakeChannel,
    PlanStatus,
    RiskLevel,
    TaskStatus,
)
from desktop.reference.calendar import load_work_calendar

CAL = load_work_calendar()
S = CaseStage


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=LOCAL_TZ)


def file_at(stage: CaseStage, received: datetime, **case_fields) -> CaseFile:
    case = Case(
        commune_code="11560",
        code="0001/2026",
        stage=stage,
        received_at=received,
        channel=IntakeChannel.HOTLINE_111,
        category=IntakeCategory.ABUSED,
        **case_fields,
    )
    intake = CaseEvent(case_id=case.id, at=received, to_stage=S.RECEIVED, action=Step.INTAKE)
    return CaseFile(case=case, events=[intake])


def kinds(tasks) -> dict:
    return {task.kind: task for task in tasks}


def test_twelve_clock_hours_run_through_a_weekend_night() -> None:
    friday_night = local(2026, 3, 6, 20, 0)
    file = file_at(S.RECEIVED, friday_night, emergency=True)
    task = kinds(derive_tasks(file, friday_night, CAL))[TaskKind.EMERGENCY]
    assert task.due == local(2026, 3, 7, 8, 0)  # Saturday morning, no working-day pause
    assert task.priority == 0
    assert task.state is DeadlineState.OK
    state_at = lambda m: kinds(derive_tasks(file, m, CAL))[TaskKind.EMERGENCY].state  # noqa: E731
    assert state_at(local(2026, 3, 7, 6, 0)) is DeadlineState.DUE_SOON
    assert state_at(local(2026, 3, 7, 8, 0)) is DeadlineState.DUE_SOON  # met at exactly 12 h
    assert state_at(local(2026, 3, 7, 8, 1)) is DeadlineState.OVERDUE


def test_emergency_measures_end_the_twelve_hour_task() -> None:
    received = local(2026, 3, 6, 20, 0)
    file = file_at(S.EMERGENCY, received, emergency=True)
    file.events.append(
        CaseEvent(case_id=file.case.id, at=received + timedelta(hours=3), to_stage=S.EMERGENCY,
                  action=Step.EMERGENCY)
    )  # fmt: skip
    assert TaskKind.EMERGENCY not in kinds(derive_tasks(file, received + timedelta(hours=20), CAL))


def test_a_report_not_yet_assessed_gets_the_twelve_hours_for_its_first_look() -> None:
    received = local(2026, 3, 2, 9, 0)
    tasks = kinds(derive_tasks(file_at(S.RECEIVED, received), received, CAL))
    assert set(tasks) == {TaskKind.INITIAL_ASSESSMENT}
    assert tasks[TaskKind.INITIAL_ASSESSMENT].due == received + timedelta(hours=12)


def _assessed(stage: CaseStage, when: datetime) -> CaseFile:
    file = file_at(stage, when - timedelta(days=1), risk_level=RiskLevel.MEDIUM)
    file.detailed_assessments.append(
        DetailedAssessment(case_id=file.case.id, assessed_at=when, needs="Tư vấn")
    )
    return file


def test_five_working_days_to_draft_skip_the_weekend() -> None:
    friday = local(2026, 3, 6, 15, 0)
    task = kinds(derive_tasks(_assessed(S.DETAILED_ASSESSMENT, friday), friday, CAL))
    assert task[TaskKind.PLAN_DRAFT].due.date() == date(2026, 3, 13)
    assert task[TaskKind.PLAN_DRAFT].priority == 2


def test_five_working_days_to_draft_skip_tet() -> None:
    before_tet = local(2026, 2, 13, 10, 0)  # Friday; Tết holidays 16-20/2/2026
    task = kinds(derive_tasks(_assessed(S.PLANNING, before_tet), before_tet, CAL))
    assert task[TaskKind.PLAN_DRAFT].due.date() == date(2026, 2, 27)


def test_two_working_days_to_approve_skip_tet() -> None:
    submitted = local(2026, 2, 12, 10, 0)  # Thursday before Tết
    file = _assessed(S.AWAITING_APPROVAL, submitted - timedelta(days=2))
    file.plans.append(
        SupportPlan(case_id=file.case.id, status=PlanStatus.SUBMITTED, drafted_at=submitted,
                    submitted_at=submitted)
    )  # fmt: skip
    task = kinds(derive_tasks(file, submitted, CAL))[TaskKind.PLAN_APPROVAL]
    assert task.due.date() == date(2026, 2, 23)
    assert TaskKind.PLAN_DRAFT not in kinds(derive_tasks(file, submitted, CAL))
    assert task.state is DeadlineState.OK
    assert (
        kinds(derive_tasks(file, local(2026, 2, 24, 0, 1), CAL))[TaskKind.PLAN_APPROVAL].state
        is DeadlineState.OVERDUE
    )


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (PlanClockStart.INTAKE, date(2026, 3, 9)),  # intake Mon 2/3 -> Mon 9/3
        (PlanClockStart.DETAILED_ASSESSMENT, date(2026, 3, 11)),  # Wed 4/3 -> Wed 11/3
        (PlanClockStart.MEETING, date(2026, 3, 12)),  # Thu 5/3 -> Thu 12/3
    ],
)
def test_the_draft_clock_starts_where_the_setting_says(start, due) -> None:
    file = file_at(S.DETAILED_ASSESSMENT, local(2026, 3, 2, 9, 0), risk_level=RiskLevel.HIGH)
    file.detailed_assessments.append(
        DetailedAssessment(case_id=file.case.id, assessed_at=local(2026, 3, 4, 9, 0))
    )
    file.meetings.append(CaseMeeting(case_id=file.case.id, held_at=local(2026, 3, 5, 14, 0)))
    task = kinds(derive_tasks(file, local(2026, 3, 5, 15, 0), CAL, plan_clock=start))
    assert task[TaskKind.PLAN_DRAFT].due.date() == due
    assert task[TaskKind.PLAN_DRAFT].priority == 1  # high risk


def test_isolation_end_follows_the_latest_extension_and_plan_tasks_their_end() -> None:
    now = local(2026, 3, 10, 9, 0)
    file = file_at(S.IMPLEMENTING, local(2026, 3, 1, 9, 0), risk_level=RiskLevel.LOW)
    iso = Isolation(case_id=file.case.id, decided_at=now, start_date=date(2026, 3, 2),
                    end_date=date(2026, 3, 8))  # fmt: skip
    file.isolations.append(iso)
    file.extensions.append(
        IsolationExtension(isolation_id=iso.id, decided_at=now, new_end_date=date(2026, 3, 11))
    )
    plan = SupportPlan(case_id=file.case.id, status=PlanStatus.APPROVED, drafted_at=now)
    plan.tasks = [
        PlanTask(plan_id=plan.id, task="Tư vấn", expected_end=date(2026, 3, 9)),
        PlanTask(plan_id=plan.id, task="Học phí", expected_end=date(2026, 3, 1),
                 status=TaskStatus.DONE),
    ]  # fmt: skip
    file.plans.append(plan)
    tasks = derive_tasks(file, now, CAL)
    by_kind = kinds(tasks)
    assert by_kind[TaskKind.ISOLATION_END].due.date() == date(2026, 3, 11)
    assert by_kind[TaskKind.ISOLATION_END].state is DeadlineState.OK
    plan_tasks = [t for t in tasks if t.kind is TaskKind.PLAN_TASK]
    assert [(t.detail, t.state) for t in plan_tasks] == [("Tư vấn", DeadlineState.OVERDUE)]
    assert tasks[0].kind is TaskKind.PLAN_TASK  # overdue first


def test_closed_cases_have_no_tasks() -> None:
    file = file_at(S.CLOSED, datetime(2026, 3, 1, tzinfo=UTC), emergency=True)
    assert derive_tasks(file, datetime(2026, 3, 5, tzinfo=UTC), CAL) == []


def test_priority_follows_risk_once_the_twelve_hours_are_met() -> None:
    now = local(2026, 3, 10, 9, 0)
    file = file_at(S.ISOLATION, local(2026, 3, 9, 9, 0), risk_level=RiskLevel.HIGH, emergency=True)
    file.events.append(
        CaseEvent(case_id=file.case.id, at=now, to_stage=S.ISOLATION, action=Step.ISOLATION)
    )
    file.isolations.append(
        Isolation(case_id=file.case.id, decided_at=now, start_date=date(2026, 3, 10),
                  end_date=date(2026, 3, 20))
    )  # fmt: skip
    (task,) = derive_tasks(file, now, CAL)
    assert (task.kind, task.priority) == (TaskKind.ISOLATION_END, 1)
