"""Tasks and deadlines derived from a case's records; computed on demand, never stored."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.domain.case_flow_file import CaseFile, Step
from desktop.domain.deadlines import (
    DEFAULT_RULES,
    LOCAL_TZ,
    DeadlineRules,
    approval_deadline,
    deadline_state,
    emergency_deadline,
    plan_draft_deadline,
)
from desktop.domain.enums import CaseStage, DeadlineState, PlanStatus, RiskLevel, TaskStatus
from desktop.domain.workdays import WorkCalendar

S = CaseStage


class TaskKind(StrEnum):
    INITIAL_ASSESSMENT = "initial_assessment"  # within the 12 hours, to know if it is urgent
    EMERGENCY = "emergency"  # Art. 26.3 / 31: measures or isolation within 12 hours
    PLAN_DRAFT = "plan_draft"  # Art. 28.1: 5 working days
    PLAN_APPROVAL = "plan_approval"  # Art. 28.2: 2 working days
    ISOLATION_END = "isolation_end"  # Art. 32: the decision's last day
    PLAN_TASK = "plan_task"  # Art. 28.3a: each task's expected end
    HOME_VISIT = "home_visit"  # the next visit the last one asked for


class PlanClockStart(StrEnum):
    """What starts the 5 working days to draft the plan; Art. 28.1 leaves it open."""

    INTAKE = "intake"
    INITIAL_ASSESSMENT = "initial_assessment"
    DETAILED_ASSESSMENT = "detailed_assessment"
    MEETING = "meeting"


DEFAULT_PLAN_CLOCK = PlanClockStart.DETAILED_ASSESSMENT
HOUR_KINDS = frozenset({TaskKind.INITIAL_ASSESSMENT, TaskKind.EMERGENCY})
_RISK_PRIORITY = {RiskLevel.HIGH: 1, RiskLevel.MEDIUM: 2, RiskLevel.LOW: 3}
_STATE_ORDER = {
    DeadlineState.OVERDUE: 0,
    DeadlineState.DUE_SOON: 1,
    DeadlineState.OK: 2,
    DeadlineState.DONE: 3,
}


@dataclass(frozen=True)
class CaseTask:
    """One thing to do on a case by a moment; `detail` names a plan task, never the child."""

    case_id: str
    case_code: str
    kind: TaskKind
    due: datetime
    state: DeadlineState
    priority: int  # 0 = a child in danger, then by risk level: 1 high ... 3 low
    ref_id: str | None = None
    detail: str = ""

    @property
    def by_the_hour(self) -> bool:
        return self.kind in HOUR_KINDS

    def sort_key(self) -> tuple:
        return (_STATE_ORDER[self.state], self.priority, self.due, self.case_code)


def end_of_day(day: date, rules: DeadlineRules = DEFAULT_RULES) -> datetime:
    return datetime.combine(day, rules.day_end, tzinfo=LOCAL_TZ)


def priority_of(file: CaseFile, kind: TaskKind) -> int:
    """A child in danger waiting for the 12-hour measures comes first; then by risk level."""
    if kind is TaskKind.EMERGENCY or (kind in HOUR_KINDS and file.case.emergency):
        return 0
    return _RISK_PRIORITY.get(file.case.risk_level, 2) if file.case.risk_level else 2


def plan_clock_started(file: CaseFile, start: PlanClockStart) -> datetime | None:
    """When the current plan cycle's drafting clock started, or None if not yet."""
    cycles = file.events_of(Step.NEW_CYCLE)
    if cycles:
        return max(event.at for event in cycles)
    if start is PlanClockStart.INTAKE:
        return file.case.received_at
    if start is PlanClockStart.INITIAL_ASSESSMENT:
        moments = [a.assessed_at for a in file.initial_assessments]
    elif start is PlanClockStart.MEETING:
        moments = [m.held_at for m in file.meetings]
    else:
        moments = [a.assessed_at for a in file.detailed_assessments]
    return min(moments, default=None)


def derive_tasks(
    file: CaseFile,
    now: datetime,
    cal: WorkCalendar,
    rules: DeadlineRules = DEFAULT_RULES,
    plan_clock: PlanClockStart = DEFAULT_PLAN_CLOCK,
) -> list[CaseTask]:
    """The open tasks of one case at `now` (pass a monotonic `now`, see deadlines.py)."""
    if not file.is_open:
        return []
    case, stage = file.case, file.case.stage
    tasks: list[CaseTask] = []

    def add(kind: TaskKind, due: datetime, *, warn: timedelta, ref: str | None = None, detail=""):
        state = deadline_state(due, now, due_soon=warn)
        priority = priority_of(file, kind)
        tasks.append(CaseTask(case.id, case.code, kind, due, state, priority, ref, detail))

    twelve = emergency_deadline(file.clock_start(), rules)
    if case.emergency and not file.emergency_met():
        add(TaskKind.EMERGENCY, twelve, warn=rules.hours_warning)
    elif stage is S.RECEIVED and not file.initially_assessed():
        add(TaskKind.INITIAL_ASSESSMENT, twelve, warn=rules.hours_warning)

    if stage in (S.INITIAL_ASSESSMENT, S.EMERGENCY, S.ISOLATION, S.DETAILED_ASSESSMENT, S.PLANNING):
        started = plan_clock_started(file, plan_clock)
        needs_plan = stage in (S.DETAILED_ASSESSMENT, S.PLANNING) or (
            plan_clock is PlanClockStart.INTAKE and case.risk_level is not RiskLevel.LOW
        )
        if started is not None and needs_plan:
            due = plan_draft_deadline(started, cal, rules)
            add(TaskKind.PLAN_DRAFT, due, warn=rules.days_warning)
    if stage is S.AWAITING_APPROVAL:
        submitted = file.plan_in(PlanStatus.SUBMITTED)
        if submitted is not None and submitted.submitted_at is not None:
            due = approval_deadline(submitted.submitted_at, cal, rules)
            add(TaskKind.PLAN_APPROVAL, due, warn=rules.days_warning, ref=submitted.id)

    isolation = file.active_isolation()
    if isolation is not None:
        due = end_of_day(file.isolation_end(isolation), rules)
        add(TaskKind.ISOLATION_END, due, warn=rules.days_warning, ref=isolation.id)

    approved = file.plan_in(PlanStatus.APPROVED)
    if approved is not None and stage in (S.IMPLEMENTING, S.REVIEW):
        for task in approved.tasks:
            if task.expected_end and task.status in (TaskStatus.PLANNED, TaskStatus.IN_PROGRESS):
                due = end_of_day(task.expected_end, rules)
                add(TaskKind.PLAN_TASK, due, warn=rules.days_warning, ref=task.id, detail=task.task)

    next_visit = file.next_visit_on()
    if next_visit is not None:
        add(TaskKind.HOME_VISIT, end_of_day(next_visit, rules), warn=rules.days_warning)
    return sorted(tasks, key=CaseTask.sort_key)
