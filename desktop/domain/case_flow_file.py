"""A case with everything recorded on it, and what a step hands back to be stored."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.case import (
    ApprovalDecision,
    Case,
    CaseEvent,
    CaseMeeting,
    Closure,
    DetailedAssessment,
    InitialAssessment,
    Isolation,
    IsolationExtension,
    Review,
    SupportPlan,
)
from desktop.domain.enums import CaseStage, PlanStatus
from desktop.domain.records import Record
from desktop.domain.visit import CaseNote, HomeVisit


class Step(StrEnum):
    """The steps of Decree 56 Art. 25-32 as recorded in case_event.action."""

    INTAKE = "intake"
    LINK_CHILD = "link_child"
    INITIAL_ASSESSMENT = "initial_assessment"
    EMERGENCY = "emergency"
    ISOLATION = "isolation"
    ISOLATION_EXTENSION = "isolation_extension"
    ISOLATION_END = "isolation_end"
    DETAILED_ASSESSMENT = "detailed_assessment"
    MEETING = "meeting"
    PLAN_START = "plan_start"
    PLAN_EDIT = "plan_edit"
    PLAN_SUBMIT = "plan_submit"
    PLAN_APPROVE = "plan_approve"
    PLAN_RETURN = "plan_return"
    TASK_PROGRESS = "task_progress"
    NOTE = "note"
    REVIEW = "review"
    NEW_CYCLE = "new_cycle"
    CLOSE = "close"
    CLOSE_NO_ACTION = "close_no_action"
    TRANSFER = "transfer"
    REOPEN = "reopen"


OPEN_STAGES = frozenset(CaseStage) - {
    CaseStage.CLOSED,
    CaseStage.CLOSED_NO_ACTION,
    CaseStage.TRANSFERRED,
}

# Steps that meet the 12-hour limit of Art. 26.3 / 31 / 32.
EMERGENCY_STEPS = frozenset({Step.EMERGENCY, Step.ISOLATION})


@dataclass
class CaseFile:
    """Everything recorded on one case, oldest first; read-only input to the rules."""

    case: Case
    events: list[CaseEvent] = field(default_factory=list)
    initial_assessments: list[InitialAssessment] = field(default_factory=list)
    detailed_assessments: list[DetailedAssessment] = field(default_factory=list)
    meetings: list[CaseMeeting] = field(default_factory=list)
    isolations: list[Isolation] = field(default_factory=list)
    extensions: list[IsolationExtension] = field(default_factory=list)
    plans: list[SupportPlan] = field(default_factory=list)  # with their tasks
    approvals: list[ApprovalDecision] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    closures: list[Closure] = field(default_factory=list)
    visits: list[HomeVisit] = field(default_factory=list)
    notes: list[CaseNote] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.case.stage in OPEN_STAGES

    def events_of(self, *steps: Step) -> list[CaseEvent]:
        wanted = {step.value for step in steps}
        return [event for event in self.events if event.action in wanted]

    def clock_start(self) -> datetime:
        """When the current 12-hour clock started: the intake, or the latest reopening."""
        reopened = self.events_of(Step.REOPEN)
        if reopened:
            return max(event.at for event in reopened)
        return self.case.received_at

    def emergency_met(self) -> bool:
        start = self.clock_start()
        return any(event.at >= start for event in self.events_of(*EMERGENCY_STEPS))

    def initially_assessed(self) -> bool:
        start = self.clock_start()
        return any(event.at >= start for event in self.events_of(Step.INITIAL_ASSESSMENT))

    def latest_plan(self) -> SupportPlan | None:
        return max(self.plans, key=lambda plan: plan.version_no, default=None)

    def plan_in(self, *statuses: PlanStatus) -> SupportPlan | None:
        matching = [plan for plan in self.plans if plan.status in statuses]
        return max(matching, key=lambda plan: plan.version_no, default=None)

    def active_isolation(self) -> Isolation | None:
        live = [iso for iso in self.isolations if iso.revoked_on is None]
        return max(live, key=lambda iso: iso.decided_at, default=None)

    def isolation_end(self, isolation: Isolation) -> date:
        """The end date in force: the latest extension's, or the decision's own."""
        mine = [ext for ext in self.extensions if ext.isolation_id == isolation.id]
        if not mine:
            return isolation.end_date
        return max(mine, key=lambda ext: ext.decided_at).new_end_date

    def latest_review(self) -> Review | None:
        return max(self.reviews, key=lambda review: (review.reviewed_on, review.id), default=None)

    def next_visit_on(self) -> date | None:
        """The next home visit the latest visit asked for."""
        latest = max(self.visits, key=lambda visit: visit.visited_at, default=None)
        return latest.next_visit_on if latest else None


@dataclass
class StepResult:
    """What one step changes: the case (when it moves), new and changed records, the event."""

    case: Case
    event: CaseEvent
    added: list[Record] = field(default_factory=list)
    changed: list[Record] = field(default_factory=list)
    removed: list[Record] = field(default_factory=list)  # only rows of a plan still in draft
    case_changed: bool = True
