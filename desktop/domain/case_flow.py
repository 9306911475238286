"""Case steps from intake to the detailed assessment (Decree 56 Art. 25-27, 31-32).

Each step checks the stage, the role and its own data, and returns what to store; an illegal
step raises DomainError with a code the UI turns into Vietnamese text. Nothing is overwritten:
every step appends a CaseEvent.
"""

from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from desktop.domain.case import (
    Case,
    CaseEvent,
    CaseMeeting,
    DetailedAssessment,
    Informant,
    InitialAssessment,
    Isolation,
    IsolationExtension,
)
from desktop.domain.case_flow_file import CaseFile, Step, StepResult
from desktop.domain.deadlines import DEFAULT_RULES, DeadlineRules, check_isolation_period
from desktop.domain.enums import (
    AbuseType,
    CaseStage,
    IntakeCategory,
    IntakeChannel,
    RiskLevel,
    Role,
)
from desktop.domain.errors import DomainError
from desktop.domain.officer import Officer
from desktop.domain.permissions import Action, require

S = CaseStage
# A clock a few minutes fast on the receiving phone is not an error worth refusing.
_FUTURE_TOLERANCE = timedelta(minutes=5)
DETAILED_ITEMS = (
    "physical_emotional",
    "family_capacity",
    "risk_factors",
    "schooling_self_protection",
    "community_safety",
    "needs",
    "child_views",
    "parent_views",
)


def aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DomainError("time.naive", field=name)
    return moment


def guard(file: CaseFile, step: Step, stages: Collection[CaseStage]) -> None:
    if file.case.stage not in stages:
        raise DomainError("case.illegal_step", step=step.value, stage=file.case.stage.value)


def needs(value: str, code: str) -> str:
    value = value.strip()
    if not value:
        raise DomainError(code)
    return value


def step_result(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    step: Step,
    *,
    to: CaseStage | None = None,
    note: str = "",
    case: Case | None = None,
) -> StepResult:
    """The event for `step`, moving the case to `to` (or leaving its stage as it is)."""
    aware(at, "at")
    before = file.case
    after = replace(case or before, stage=to or before.stage)
    event = CaseEvent(
        case_id=before.id,
        at=at,
        officer_id=actor.id,
        from_stage=before.stage,
        to_stage=after.stage,
        note=note,
        action=step.value,
    )
    return StepResult(case=after, event=event, case_changed=after != before)


def open_intake(
    actor: Officer,
    *,
    now: datetime,
    commune_code: str,
    code: str,
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
    informant: Informant | None = None,
) -> StepResult:
    """Mẫu 01: the report as received, to the minute; the informant goes to its own table."""
    require(actor.role, Action.INTAKE)
    aware(received_at, "received_at")
    if received_at > aware(now, "now") + _FUTURE_TOLERANCE:
        raise DomainError("intake.received_in_future")
    if channel is IntakeChannel.HOTLINE_111 and not hotline_ref.strip():
        raise DomainError("intake.hotline_ref_missing")
    if not child_id and not unidentified_description.strip():
        raise DomainError("intake.child_missing")
    types = list(dict.fromkeys(abuse_types))
    if category is IntakeCategory.ABUSED and not types:
        raise DomainError("intake.abuse_type_missing")
    if sexual_abuse_details.strip() and AbuseType.SEXUAL not in types:
        raise DomainError("intake.sexual_details_without_type")
    case = Case(
        commune_code=commune_code,
        code=code,
        stage=S.RECEIVED,
        child_id=child_id or None,
        unidentified_description=unidentified_description.strip(),
        # A collaborator's report waits for an officer to take it on.
        officer_id=actor.id if actor.role is Role.OFFICER else None,
        received_at=received_at.replace(second=0, microsecond=0),
        channel=channel,
        hotline_ref=hotline_ref.strip(),
        category=category,
        abuse_types=types,
        place=place.strip(),
        situation=situation.strip(),
        likely_outcome=likely_outcome.strip(),
        actions_taken=actions_taken.strip(),
        emergency=in_danger,
        perpetrator_relationship=perpetrator_relationship.strip(),
        sexual_abuse_details=sexual_abuse_details.strip(),
    )
    event = CaseEvent(
        case_id=case.id,
        at=now,
        officer_id=actor.id,
        from_stage=None,
        to_stage=S.RECEIVED,
        action=Step.INTAKE.value,
    )
    added = []
    if informant is not None and (informant.full_name or informant.phone or informant.address):
        added.append(replace(informant, case_id=case.id))
    return StepResult(case=case, event=event, added=added)


def link_child(file: CaseFile, actor: Officer, at: datetime, child_id: str) -> StepResult:
    """An unidentified child, registered later, is tied to the case."""
    require(actor.role, Action.LINK_CHILD)
    if file.case.child_id:
        raise DomainError("case.child_already_linked")
    return step_result(file, actor, at, Step.LINK_CHILD, case=replace(file.case, child_id=child_id))


def record_initial_assessment(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    risk_level: RiskLevel,
    emergency: bool,
    harm_description: str = "",
    safety_measures: str = "",
) -> StepResult:
    """Mẫu 02: risk level and whether the child needs emergency measures."""
    require(actor.role, Action.ASSESS)
    guard(file, Step.INITIAL_ASSESSMENT, {S.RECEIVED, S.INITIAL_ASSESSMENT})
    owner = file.case.officer_id or actor.id
    case = replace(file.case, risk_level=risk_level, emergency=emergency, officer_id=owner)
    result = step_result(
        file, actor, at, Step.INITIAL_ASSESSMENT, to=S.INITIAL_ASSESSMENT, case=case
    )
    result.added.append(
        InitialAssessment(
            case_id=file.case.id,
            assessed_at=at,
            risk_level=risk_level,
            emergency=emergency,
            harm_description=harm_description.strip(),
            safety_measures=safety_measures.strip(),
            officer_id=actor.id,
        )
    )
    return result


def record_emergency_measures(
    file: CaseFile, actor: Officer, at: datetime, *, measures: str
) -> StepResult:
    """Art. 31: police involved, first aid, evidence kept; this meets the 12-hour limit."""
    require(actor.role, Action.EMERGENCY)
    guard(file, Step.EMERGENCY, {S.RECEIVED, S.INITIAL_ASSESSMENT})
    text = needs(measures, "emergency.measures_missing")
    case = replace(file.case, emergency=True, officer_id=file.case.officer_id or actor.id)
    return step_result(file, actor, at, Step.EMERGENCY, to=S.EMERGENCY, note=text, case=case)


def decide_isolation(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    decision_number: str,
    start_date: date,
    end_date: date,
    safe_place: str,
    carer_name: str,
    ordered_by_authority: bool = False,
    rules: DeadlineRules = DEFAULT_RULES,
) -> StepResult:
    """Mẫu 07: the Chairman's decision to isolate the child, with a safe place and a carer."""
    require(actor.role, Action.ISOLATE)
    guard(file, Step.ISOLATION, {S.RECEIVED, S.INITIAL_ASSESSMENT, S.EMERGENCY})
    if actor.role is not Role.APPROVER:
        needs(decision_number, "isolation.decision_number_missing")
    if file.active_isolation() is not None:
        raise DomainError("isolation.already_active")
    place = needs(safe_place, "isolation.safe_place_missing")
    carer = needs(carer_name, "isolation.carer_missing")
    check_isolation_period(start_date, end_date, rules, ordered_by_authority=ordered_by_authority)
    case = replace(file.case, emergency=True, officer_id=file.case.officer_id or actor.id)
    result = step_result(file, actor, at, Step.ISOLATION, to=S.ISOLATION, case=case)
    result.added.append(
        Isolation(
            case_id=file.case.id,
            decision_number=decision_number.strip(),
            decided_at=at,
            start_date=start_date,
            end_date=end_date,
            safe_place=place,
            carer_name=carer,
        )
    )
    return result


def extend_isolation(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    new_end_date: date,
    reason: str,
    ordered_by_authority: bool = False,
    rules: DeadlineRules = DEFAULT_RULES,
) -> StepResult:
    """Art. 32: a longer isolation, still within 15 days of its start unless ordered."""
    require(actor.role, Action.ISOLATE)
    isolation = file.active_isolation()
    if isolation is None or not file.is_open:
        raise DomainError("isolation.none_active")
    if new_end_date <= file.isolation_end(isolation):
        raise DomainError("isolation.extension_not_later")
    text = needs(reason, "isolation.reason_missing")
    check_isolation_period(
        isolation.start_date, new_end_date, rules, ordered_by_authority=ordered_by_authority
    )
    result = step_result(file, actor, at, Step.ISOLATION_EXTENSION, note=text)
    result.added.append(
        IsolationExtension(
            isolation_id=isolation.id, decided_at=at, new_end_date=new_end_date, reason=text
        )
    )
    return result


def end_isolation(
    file: CaseFile, actor: Officer, at: datetime, *, on: date, reason: str
) -> StepResult:
    """The decision is revoked once a new detailed assessment finds the home safe (Art. 32)."""
    require(actor.role, Action.ISOLATE)
    isolation = file.active_isolation()
    if isolation is None:
        raise DomainError("isolation.none_active")
    if not any(a.assessed_at >= isolation.decided_at for a in file.detailed_assessments):
        raise DomainError("isolation.reassessment_missing")
    if on < isolation.start_date:
        raise DomainError("isolation.end_before_start", start=isolation.start_date, end=on)
    text = needs(reason, "isolation.reason_missing")
    result = step_result(file, actor, at, Step.ISOLATION_END, note=text)
    result.changed.append(replace(isolation, revoked_on=on))
    return result


def record_detailed_assessment(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    items: dict[str, str],
    risk_level: RiskLevel | None = None,
) -> StepResult:
    """Mẫu 03: items a-h of Art. 27; emergency measures must come first when needed."""
    require(actor.role, Action.ASSESS)
    guard(
        file,
        Step.DETAILED_ASSESSMENT,
        {S.INITIAL_ASSESSMENT, S.EMERGENCY, S.ISOLATION, S.DETAILED_ASSESSMENT, S.PLANNING},
    )
    if file.case.emergency and not file.emergency_met():
        raise DomainError("case.emergency_first")
    unknown = set(items) - set(DETAILED_ITEMS)
    if unknown:
        raise DomainError("assessment.unknown_item", items=sorted(unknown))
    filled = {name: items.get(name, "").strip() for name in DETAILED_ITEMS}
    if not any(filled.values()):
        raise DomainError("assessment.empty")
    case = replace(file.case, risk_level=risk_level or file.case.risk_level)
    stage = file.case.stage if file.case.stage is S.PLANNING else S.DETAILED_ASSESSMENT
    result = step_result(file, actor, at, Step.DETAILED_ASSESSMENT, to=stage, case=case)
    result.added.append(
        DetailedAssessment(
            case_id=file.case.id,
            assessed_at=at,
            risk_level=risk_level,
            officer_id=actor.id,
            **filled,
        )
    )
    return result


def record_meeting(
    file: CaseFile,
    actor: Officer,
    at: datetime,
    *,
    held_at: datetime,
    chaired_by: str,
    attendees: Iterable[str],
    minutes: str,
) -> StepResult:
    """The meeting the Chairman chairs before a plan (Art. 27), with who came and the minutes."""
    require(actor.role, Action.MEETING)
    guard(file, Step.MEETING, {S.DETAILED_ASSESSMENT, S.PLANNING, S.REVIEW})
    chair = needs(chaired_by, "meeting.chair_missing")
    people = [name.strip() for name in attendees if name.strip()]
    if not people:
        raise DomainError("meeting.attendees_missing")
    result = step_result(file, actor, at, Step.MEETING)
    result.added.append(
        CaseMeeting(
            case_id=file.case.id,
            held_at=aware(held_at, "held_at"),
            chaired_by=chair,
            attendees=people,
            minutes=minutes.strip(),
        )
    )
    return result
