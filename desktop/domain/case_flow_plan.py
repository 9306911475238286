"""Case steps from the plan to closure (Decree 56 Art. 28-30), transfer and reopening."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from desktop.domain.case import ApprovalDecision, Closure, PlanTask, Review, SupportPlan
from desktop.domain.case_flow import guard, needs, step_result
from desktop.domain.case_flow_file import OPEN_STAGES, CaseFile, Step, StepResult
from desktop.domain.enums import (
    CaseStage,
    PlanStatus,
    ReviewOutcome,
    RiskLevel,
    Role,
    TaskStatus,
    TransferTarget,
)
from desktop.domain.errors import DomainError
from desktop.domain.officer import Officer
from desktop.domain.permissions import Action, require
from desktop.domain.visit import CaseNote

S = CaseStage
CLOSED_STAGES = frozenset({S.CLOSED, S.CLOSED_NO_ACTION, S.TRANSFERRED})


def _checked_tasks(plan_id: str, tasks: Iterable[PlanTask]) -> list[PlanTask]:
    rows = []
    for position, task in enumerate(tasks, start=1):
        if not task.task.strip():
            raise DomainError("plan.task_empty", position=position)
        if task.cost < 0:
            raise DomainError("plan.cost_negative", position=position)
        if task.start_date and task.expected_end and task.expected_end < task.start_date:
            raise DomainError("plan.task_ends_before_start", position=position)
        # id="" gives a fresh id: a task row belongs to exactly one plan version.
        rows.append(replace(task, id="", plan_id=plan_id, position=position, version=0))
    return rows


def _new_version(
    file: CaseFile, at: datetime, goals: str, tasks: Iterable[PlanTask]
) -> SupportPlan:
    latest = file.latest_plan()
    plan = SupportPlan(
        case_id=file.case.id,
        version_no=(latest.version_no + 1) if latest else 1,
        status=PlanStatus.DRAFT,
        drafted_at=at,
        goals=goals.strip(),
    )
    plan.tasks = _checked_tasks(plan.id, tasks)
    return plan


def start_plan(
    file: CaseFile, actor: Officer, at: datetime, *, goals: str = "", tasks: Iterable[PlanTask] = ()
) -> StepResult:
    """Mẫu 04, first version: needs the detailed assessment and the meeting (Art. 27-28)."""
    require(actor.role, Action.PLAN_EDIT)
    guard(file, Step.PLAN_START, {S.DETAILED_ASSESSMENT})
    if not file.detailed_assessments:
        raise DomainError("plan.assessment_missing")
    if not file.meetings:
        raise DomainError("plan.meeting_missing")
    plan = _new_version(file, at, goals, tasks)
    result = step_result(file, actor, at, Step.PLAN_START, to=S.PLANNING)
    result.added.extend([plan, *plan.tasks])
    return result


def edit_plan(
    file: CaseFile, actor: Officer, at: datetime, *, goals: str, tasks: Iterable[PlanTask]
) -> StepResult:
    """Rewrite the draft's rows; a plan once submitted is never edited, only versioned."""
    require(actor.role, Action.PLAN_EDIT)
    guard(file, Step.PLAN_EDIT, {S.PLANNING})
    draft = file.plan_in(PlanStatus.DRAFT)
    if draft is None:
        raise DomainError("plan.no_draft")
    plan = replace(draft, goals=goals.strip())
    plan.tasks = _checked_tasks(plan.id, tasks)
    result = step_result(file, actor, at, Step.PLAN_EDIT)
    result.changed.append(plan)
    result.removed.extend(draft.tasks)
    result.added.extend(plan.tasks)
    return result


def submit_plan(file: CaseFile, actor: Officer, at: datetime) -> StepResult:
    """Send the draft to the Chairman: every row needs who does it and from when to when."""
    require(actor.role, Action.PLAN_SUBMIT)
    guard(file, Step.PLAN_SUBMIT, {S.PLANNING})
    draft = file.plan_in(PlanStatus.DRAFT)
    if draft is None:
        raise DomainError("plan.no_draft")
    if not draft.tasks:
        raise DomainError("plan.no_tasks")
    for task in draft.tasks:
        if not (task.responsible.strip() and task.start_date and task.expected_end):
            raise DomainError("plan.task_incomplete", position=task.position)
    result = step_result(file, actor, at, Step.PLAN_SUBMIT, to=S.AWAITING_APPROVAL)
    result.changed.append(replace(draft, status=PlanStatus.SUBMITTED, submitted_at=at))
    return result


def approve_plan(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    decision_number: str,
    decided_on: date,
    signer_name: str,
    signer_is_deputy: bool = False,
) -> StepResult:
    """Mẫu 05: the Chairman's (or a deputy's) decision; the plan it replaces is kept."""
    require(actor.role, Action.PLAN_APPROVE)
    guard(file, Step.PLAN_APPROVE, {S.AWAITING_APPROVAL})
    submitted = file.plan_in(PlanStatus.SUBMITTED)
    if submitted is None:
        raise DomainError("plan.not_submitted")
    number = needs(decision_number, "approval.number_missing")
    signer = needs(signer_name, "approval.signer_missing")
    if submitted.submitted_at and decided_on < submitted.submitted_at.date():
        raise DomainError("approval.before_submission")
    result = step_result(file, actor, at, Step.PLAN_APPROVE, to=S.IMPLEMENTING, note=number)
    previous = file.plan_in(PlanStatus.APPROVED)
    if previous is not None:
        result.changed.append(replace(previous, status=PlanStatus.SUPERSEDED))
    result.changed.append(replace(submitted, status=PlanStatus.APPROVED))
    result.added.append(
        ApprovalDecision(
            case_id=file.case.id,
            plan_id=submitted.id,
            decision_number=number,
            decided_on=decided_on,
            signer_name=signer,
            signer_is_deputy=signer_is_deputy,
        )
    )
    return result


def return_plan(file: CaseFile, actor: Officer, at: datetime, *, reason: str) -> StepResult:
    """The Chairman sends the plan back; the returned version stays, a new draft is made."""
    require(actor.role, Action.PLAN_RETURN)
    guard(file, Step.PLAN_RETURN, {S.AWAITING_APPROVAL})
    submitted = file.plan_in(PlanStatus.SUBMITTED)
    if submitted is None:
        raise DomainError("plan.not_submitted")
    text = needs(reason, "plan.return_reason_missing")
    redraft = _new_version(file, at, submitted.goals, submitted.tasks)
    result = step_result(file, actor, at, Step.PLAN_RETURN, to=S.PLANNING, note=text)
    result.changed.append(replace(submitted, status=PlanStatus.SUPERSEDED))
    result.added.extend([redraft, *redraft.tasks])
    return result


def record_task_progress(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    task_id: str,
    status: TaskStatus,
    progress_note: str = "",
) -> StepResult:
    """Art. 29: the worker follows each task of the approved plan."""
    require(actor.role, Action.TASK_PROGRESS)
    guard(file, Step.TASK_PROGRESS, {S.IMPLEMENTING})
    plan = file.plan_in(PlanStatus.APPROVED)
    task = next((t for t in plan.tasks if t.id == task_id), None) if plan else None
    if task is None:
        raise DomainError("plan.task_not_found")
    result = step_result(file, actor, at, Step.TASK_PROGRESS, note=progress_note.strip())
    result.changed.append(replace(task, status=status, progress_note=progress_note.strip()))
    return result


def add_note(file: CaseFile, actor: Officer, at: datetime, *, text: str) -> StepResult:
    """A progress note; notes are append-only, a correction is a new revision."""
    require(actor.role, Action.NOTE)
    body = needs(text, "note.empty")
    result = step_result(file, actor, at, Step.NOTE)
    result.added.append(
        CaseNote(case_id=file.case.id, written_at=at, author_id=actor.id, text=body)
    )
    return result


def record_review(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    reviewed_on: date,
    ratings: dict[str, RiskLevel],
    conclusion: str,
    outcome: ReviewOutcome,
) -> StepResult:
    """Mẫu 06: five ratings, then closure or a new cycle; closing an unsafe child is refused."""
    require(actor.role, Action.REVIEW)
    guard(file, Step.REVIEW, {S.IMPLEMENTING})
    names = ("harm_still_serious", "abuser_access", "care_obstacles", "self_protection", "recovery")
    if set(ratings) != set(names):
        raise DomainError("review.ratings_incomplete")
    unsafe = ratings["harm_still_serious"] is RiskLevel.HIGH or (
        ratings["abuser_access"] is RiskLevel.HIGH
    )
    if outcome is ReviewOutcome.CLOSE and unsafe:
        raise DomainError("review.close_while_unsafe")
    result = step_result(file, actor, at, Step.REVIEW, to=S.REVIEW, note=outcome.value)
    result.added.append(
        Review(
            case_id=file.case.id,
            reviewed_on=reviewed_on,
            officer_id=actor.id,
            conclusion=conclusion.strip(),
            outcome=outcome,
            **ratings,
        )
    )
    return result


def new_plan_cycle(file: CaseFile, actor: Officer, at: datetime, *, goals: str = "") -> StepResult:
    """Art. 30: the child is not yet safe, so a new plan version starts from the open tasks."""
    require(actor.role, Action.PLAN_EDIT)
    guard(file, Step.NEW_CYCLE, {S.REVIEW})
    review = file.latest_review()
    if review is None or review.outcome is not ReviewOutcome.NEW_CYCLE:
        raise DomainError("case.review_not_new_cycle")
    current = file.plan_in(PlanStatus.APPROVED)
    carried = [
        replace(task, status=TaskStatus.PLANNED, progress_note="")
        for task in (current.tasks if current else [])
        if task.status not in (TaskStatus.DONE, TaskStatus.CANCELLED)
    ]
    plan = _new_version(file, at, goals or (current.goals if current else ""), carried)
    result = step_result(file, actor, at, Step.NEW_CYCLE, to=S.PLANNING)
    result.added.extend([plan, *plan.tasks])
    return result


def close_case(
    file: CaseFile, actor: Officer, at: datetime, *, closed_on: date, reason: str
) -> StepResult:
    """Art. 30: the review found the child safe and stable."""
    require(actor.role, Action.CLOSE)
    guard(file, Step.CLOSE, {S.REVIEW})
    review = file.latest_review()
    if review is None or review.outcome is not ReviewOutcome.CLOSE:
        raise DomainError("case.review_not_close")
    if file.active_isolation() is not None:
        raise DomainError("case.isolation_active")
    text = needs(reason, "case.reason_missing")
    result = step_result(file, actor, at, Step.CLOSE, to=S.CLOSED, note=text)
    result.added.append(Closure(case_id=file.case.id, closed_on=closed_on, reason=text))
    return result


def close_no_action(
    file: CaseFile, actor: Officer, at: datetime, *, closed_on: date, reason: str
) -> StepResult:
    """The assessment found no risk that calls for a plan; never for a child in danger."""
    require(actor.role, Action.CLOSE)
    guard(file, Step.CLOSE_NO_ACTION, {S.INITIAL_ASSESSMENT, S.DETAILED_ASSESSMENT})
    if file.case.emergency or file.case.risk_level is RiskLevel.HIGH:
        raise DomainError("case.too_risky_to_close")
    if file.active_isolation() is not None:
        raise DomainError("case.isolation_active")
    text = needs(reason, "case.reason_missing")
    result = step_result(file, actor, at, Step.CLOSE_NO_ACTION, to=S.CLOSED_NO_ACTION, note=text)
    result.added.append(Closure(case_id=file.case.id, closed_on=closed_on, reason=text))
    return result


def transfer_case(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    target: TransferTarget,
    reason: str,
    to_commune: str = "",
) -> StepResult:
    """To the commune where it happened (Art. 26.1) or to the police for a crime (Art. 25)."""
    require(actor.role, Action.TRANSFER)
    guard(file, Step.TRANSFER, OPEN_STAGES)
    commune = to_commune.strip()
    if target is TransferTarget.OTHER_COMMUNE:
        if not (len(commune) == 5 and commune.isdigit()):
            raise DomainError("transfer.commune_missing")
        if commune == file.case.commune_code:
            raise DomainError("transfer.same_commune")
    else:
        commune = ""
    text = needs(reason, "case.reason_missing")
    case = replace(file.case, transfer_target=target, transfer_to_commune=commune)
    return step_result(file, actor, at, Step.TRANSFER, to=S.TRANSFERRED, note=text, case=case)


def reopen_case(
    file: CaseFile, actor: Officer, at: datetime, *, reason: str, in_danger: bool = False
) -> StepResult:
    """New information on a closed case: back to intake, with a fresh 12-hour clock."""
    require(actor.role, Action.REOPEN)
    guard(file, Step.REOPEN, CLOSED_STAGES)
    text = needs(reason, "case.reason_missing")
    case = replace(file.case, emergency=in_danger, transfer_target=None, transfer_to_commune="")
    if actor.role is Role.OFFICER:
        case.officer_id = actor.id
    return step_result(file, actor, at, Step.REOPEN, to=S.RECEIVED, note=text, case=case)
