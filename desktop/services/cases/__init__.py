"""Case use cases the UI and CLI call: one unit of work each, plain data back.

The officer acting is the one who unlocked the register (`store.officer`); each step is
checked in the domain (stage, role, data) and appends a case event and an audit entry.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.domain import case_flow as flow
from desktop.domain import case_flow_plan as plan_flow
from desktop.domain.case import Informant, PlanTask
from desktop.domain.case_flow_file import StepResult
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import (
    AbuseType,
    CaseStage,
    IntakeCategory,
    IntakeChannel,
    ReviewOutcome,
    RiskLevel,
    TaskStatus,
    TransferTarget,
)
from desktop.services.cases.store import load_file, safe_now, store_step
from desktop.storage.schema.cases import CaseRow
from desktop.storage.store import Store
from desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StepDone:
    """What the screen needs after a step: where the case now stands."""

    case_id: str
    code: str
    stage: CaseStage
    event_id: str


@dataclass(frozen=True)
class TaskRow:
    """One row of the plan editor's table, as plain data."""

    task: str
    responsible: str = ""
    provider: str = ""
    start_date: date | None = None
    expected_end: date | None = None
    cost: int = 0


def next_case_code(uow: UnitOfWork, commune_code: str, year: int) -> str:
    """ "0007/2026": the next number of the commune's year; provisional until the server says."""
    suffix = f"/{year}"
    codes = uow.session.scalars(
        select(CaseRow.code).where(
            CaseRow.commune_code == commune_code, CaseRow.code.like(f"%{suffix}")
        )
    )
    numbers = [int(code.split("/")[0]) for code in codes if code.split("/")[0].isdigit()]
    return f"{max(numbers, default=0) + 1:04d}{suffix}"


def _done(result: StepResult) -> StepDone:
    return StepDone(result.case.id, result.case.code, result.case.stage, result.event.id)


def _step(
    store: Store,
    case_id: str,
    make: Callable[..., StepResult],
    *args: object,
    **params: object,
) -> StepDone:
    """One legal step in one unit of work: `make(file, officer, now, *args, **params)`."""
    with store.unit_of_work() as uow:
        file = load_file(uow, case_id)
        result = make(file, store.officer, safe_now(uow), *args, **params)
        store_step(uow, result)
        return _done(result)


def open_intake(
    store: Store,
    *,
    received_at: datetime,
    channel: IntakeChannel,
    category: IntakeCategory,
    hotline_ref: str = "",
    child_id: str | None = None,
    unidentified_description: str = "",
    abuse_types: Iterable[AbuseType] = (),
    place: str = "",
    situation: str = "",
    likely_outcome: str = "",
    actions_taken: str = "",
    in_danger: bool = False,
    perpetrator_relationship: str = "",
    sexual_abuse_details: str = "",
    informant_name: str = "",
    informant_phone: str = "",
    informant_address: str = "",
    informant_consents: bool = False,
) -> StepDone:
    """Mẫu 01: a new case numbered for the commune's year; the informant kept apart."""
    informant = Informant(
        case_id="",
        full_name=informant_name.strip(),
        phone=informant_phone.strip(),
        address=informant_address.strip(),
        consents_to_record=informant_consents,
    )
    with store.unit_of_work() as uow:
        now = safe_now(uow)
        year = received_at.astimezone(LOCAL_TZ).year
        result = flow.open_intake(
            store.officer,
            now=now,
            commune_code=store.commune_code,
            code=next_case_code(uow, store.commune_code, year),
            received_at=received_at,
            channel=channel,
            category=category,
            hotline_ref=hotline_ref,
            child_id=child_id,
            unidentified_description=unidentified_description,
            abuse_types=abuse_types,
            place=place,
            situation=situation,
            likely_outcome=likely_outcome,
            actions_taken=actions_taken,
            in_danger=in_danger,
            perpetrator_relationship=perpetrator_relationship,
            sexual_abuse_details=sexual_abuse_details,
            informant=informant,
        )
        store_step(uow, result, new_case=True)
        return _done(result)


def link_child(store: Store, case_id: str, child_id: str) -> StepDone:
    return _step(store, case_id, flow.link_child, child_id)


def record_initial_assessment(
    store: Store,
    case_id: str,
    *,
    risk_level: RiskLevel,
    emergency: bool,
    harm_description: str = "",
    safety_measures: str = "",
) -> StepDone:
    return _step(
        store,
        case_id,
        flow.record_initial_assessment,
        risk_level=risk_level,
        emergency=emergency,
        harm_description=harm_description,
        safety_measures=safety_measures,
    )


def record_emergency_measures(store: Store, case_id: str, measures: str) -> StepDone:
    return _step(
        store,
        case_id,
        flow.record_emergency_measures,
        measures=measures,
    )


def decide_isolation(
    store: Store,
    case_id: str,
    *,
    decision_number: str,
    start_date: date,
    end_date: date,
    safe_place: str,
    carer_name: str,
    ordered_by_authority: bool = False,
) -> StepDone:
    return _step(
        store,
        case_id,
        flow.decide_isolation,
        decision_number=decision_number,
        start_date=start_date,
        end_date=end_date,
        safe_place=safe_place,
        carer_name=carer_name,
        ordered_by_authority=ordered_by_authority,
    )


def extend_isolation(
    store: Store,
    case_id: str,
    *,
    new_end_date: date,
    reason: str,
    ordered_by_authority: bool = False,
) -> StepDone:
    return _step(
        store,
        case_id,
        flow.extend_isolation,
        new_end_date=new_end_date,
        reason=reason,
        ordered_by_authority=ordered_by_authority,
    )


def end_isolation(store: Store, case_id: str, *, on: date, reason: str) -> StepDone:
    return _step(
        store,
        case_id,
        flow.end_isolation,
        on=on,
        reason=reason,
    )


def record_detailed_assessment(
    store: Store, case_id: str, *, items: dict[str, str], risk_level: RiskLevel | None = None
) -> StepDone:
    return _step(
        store,
        case_id,
        flow.record_detailed_assessment,
        items=items,
        risk_level=risk_level,
    )


def record_meeting(
    store: Store,
    case_id: str,
    *,
    held_at: datetime,
    chaired_by: str,
    attendees: Iterable[str],
    minutes: str,
) -> StepDone:
    people = list(attendees)
    return _step(
        store,
        case_id,
        flow.record_meeting,
        held_at=held_at,
        chaired_by=chaired_by,
        attendees=people,
        minutes=minutes,
    )


def _plan_tasks(rows: Iterable[TaskRow]) -> list[PlanTask]:
    return [
        PlanTask(
            plan_id="",
            task=row.task,
            responsible=row.responsible,
            provider=row.provider,
            start_date=row.start_date,
            expected_end=row.expected_end,
            cost=row.cost,
        )
        for row in rows
    ]


def start_plan(
    store: Store, case_id: str, *, goals: str = "", tasks: Iterable[TaskRow] = ()
) -> StepDone:
    rows = _plan_tasks(tasks)
    return _step(
        store,
        case_id,
        plan_flow.start_plan,
        goals=goals,
        tasks=rows,
    )


def edit_plan(store: Store, case_id: str, *, goals: str, tasks: Iterable[TaskRow]) -> StepDone:
    rows = _plan_tasks(tasks)
    return _step(
        store,
        case_id,
        plan_flow.edit_plan,
        goals=goals,
        tasks=rows,
    )


def submit_plan(store: Store, case_id: str) -> StepDone:
    return _step(store, case_id, plan_flow.submit_plan)


def approve_plan(
    store: Store,
    case_id: str,
    *,
    decision_number: str,
    decided_on: date,
    signer_name: str,
    signer_is_deputy: bool = False,
) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.approve_plan,
        decision_number=decision_number,
        decided_on=decided_on,
        signer_name=signer_name,
        signer_is_deputy=signer_is_deputy,
    )


def return_plan(store: Store, case_id: str, *, reason: str) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.return_plan,
        reason=reason,
    )


def record_task_progress(
    store: Store, case_id: str, *, task_id: str, status: TaskStatus, progress_note: str = ""
) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.record_task_progress,
        task_id=task_id,
        status=status,
        progress_note=progress_note,
    )


def add_note(store: Store, case_id: str, text: str) -> StepDone:
    return _step(store, case_id, plan_flow.add_note, text=text)


def record_review(
    store: Store,
    case_id: str,
    *,
    reviewed_on: date,
    ratings: dict[str, RiskLevel],
    conclusion: str,
    outcome: ReviewOutcome,
) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.record_review,
        reviewed_on=reviewed_on,
        ratings=ratings,
        conclusion=conclusion,
        outcome=outcome,
    )


def new_plan_cycle(store: Store, case_id: str, *, goals: str = "") -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.new_plan_cycle,
        goals=goals,
    )


def close_case(store: Store, case_id: str, *, closed_on: date, reason: str) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.close_case,
        closed_on=closed_on,
        reason=reason,
    )


def close_no_action(store: Store, case_id: str, *, closed_on: date, reason: str) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.close_no_action,
        closed_on=closed_on,
        reason=reason,
    )


def transfer_case(
    store: Store, case_id: str, *, target: TransferTarget, reason: str, to_commune: str = ""
) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.transfer_case,
        target=target,
        reason=reason,
        to_commune=to_commune,
    )


def reopen_case(store: Store, case_id: str, *, reason: str, in_danger: bool = False) -> StepDone:
    return _step(
        store,
        case_id,
        plan_flow.reopen_case,
        reason=reason,
        in_danger=in_danger,
    )
