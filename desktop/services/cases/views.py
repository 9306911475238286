"""What case screens show: the list, one case with its timeline, and restricted fields on demand."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.domain.case import Isolation, SupportPlan
from desktop.domain.case_flow_file import CaseFile, Step
from desktop.domain.case_tasks import CaseTask, derive_tasks
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import (
    AbuseType,
    AuditAction,
    CaseStage,
    DeadlineState,
    IntakeCategory,
    IntakeChannel,
    RiskLevel,
)
from desktop.domain.permissions import (
    Action,
    RestrictedField,
    can,
    can_see,
    masked,
    require,
    require_sight,
)
from desktop.reference.calendar import load_work_calendar
from desktop.services.cases.settings import plan_clock
from desktop.services.cases.store import load_file, load_files, safe_now
from desktop.storage.schema.admin import OfficerRow
from desktop.storage.schema.register import ChildRow
from desktop.storage.store import Store
from desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list; nothing restricted."""

    id: str
    code: str
    code_confirmed: bool
    stage: CaseStage
    child_id: str | None
    child_name: str  # "" for a child not yet identified
    received_at: datetime
    channel: IntakeChannel
    category: IntakeCategory
    risk_level: RiskLevel | None
    emergency: bool
    officer_id: str | None
    officer_name: str
    next_due: datetime | None
    overdue: int
    due_soon: int


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # a Step value, or "visit"
    officer_name: str
    from_stage: CaseStage | None
    to_stage: CaseStage | None
    note: str = ""
    facts: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class PlanVersion:
    plan: SupportPlan  # with its tasks
    decision_number: str = ""
    decided_on: date | None = None
    signer_name: str = ""

    @property
    def total_cost(self) -> int:
        return self.plan.total_cost


@dataclass(frozen=True)
class CaseView:
    """One case as its page shows it; restricted values masked until revealed."""

    summary: CaseSummary
    hotline_ref: str
    unidentified_description: str
    abuse_types: list[AbuseType]
    place: str
    situation: str
    likely_outcome: str
    actions_taken: str
    perpetrator: str  # masked
    sexual_abuse_details: str  # masked
    has_informant: bool
    transfer_to_commune: str
    isolation: Isolation | None
    isolation_end: date | None
    plans: list[PlanVersion]
    timeline: list[TimelineEntry]
    tasks: list[CaseTask]
    allowed: frozenset[Action]
    visible: frozenset[RestrictedField]
    now: datetime


def _names(uow: UnitOfWork, table: type, ids: set[str]) -> dict[str, str]:
    ids.discard(None)
    if not ids:
        return {}
    rows = uow.session.execute(select(table.id, table.full_name).where(table.id.in_(ids)))
    return {row[0]: row[1] for row in rows}


def _summary(file: CaseFile, tasks: list[CaseTask], children: dict, officers: dict) -> CaseSummary:
    case = file.case
    pending = [task for task in tasks if task.state is not DeadlineState.DONE]
    return CaseSummary(
        id=case.id,
        code=case.code,
        code_confirmed=case.code_confirmed,
        stage=case.stage,
        child_id=case.child_id,
        child_name=children.get(case.child_id, "") if case.child_id else "",
        received_at=case.received_at,
        channel=case.channel,
        category=case.category,
        risk_level=case.risk_level,
        emergency=case.emergency,
        officer_id=case.officer_id,
        officer_name=officers.get(case.officer_id, "") if case.officer_id else "",
        next_due=min((task.due for task in pending), default=None),
        overdue=sum(task.state is DeadlineState.OVERDUE for task in pending),
        due_soon=sum(task.state is DeadlineState.DUE_SOON for task in pending),
    )


def summaries(uow: UnitOfWork, files: list[CaseFile], now: datetime) -> list[CaseSummary]:
    cal, clock = load_work_calendar(), plan_clock(uow)
    children = _names(uow, ChildRow, {f.case.child_id for f in files if f.case.child_id})
    officers = _names(uow, OfficerRow, {f.case.officer_id for f in files if f.case.officer_id})
    return [
        _summary(file, derive_tasks(file, now, cal, plan_clock=clock), children, officers)
        for file in files
    ]


def list_cases(
    store: Store,
    *,
    stages: set[CaseStage] | None = None,
    risk: RiskLevel | None = None,
    overdue_only: bool = False,
    officer_id: str | None = None,
    child_id: str | None = None,
) -> list[CaseSummary]:
    """Cases newest first, filtered by stage, risk, lateness, officer or child."""
    require(store.officer.role, Action.VIEW_CASE)
    with store.unit_of_work(write=False) as uow:
        files = [
            file
            for file in load_files(uow)
            if (not stages or file.case.stage in stages)
            and (risk is None or file.case.risk_level is risk)
            and (officer_id is None or file.case.officer_id == officer_id)
            and (child_id is None or file.case.child_id == child_id)
        ]
        rows = summaries(uow, files, safe_now(uow))
    if overdue_only:
        rows = [row for row in rows if row.overdue]
    return sorted(rows, key=lambda row: row.received_at, reverse=True)


def _facts(file: CaseFile) -> dict[tuple[str, datetime], tuple[tuple[str, object], ...]]:
    """What each step recorded, keyed by (step, moment) as the event carries them."""
    facts: dict[tuple[str, datetime], tuple[tuple[str, object], ...]] = {}
    for a in file.initial_assessments:
        facts[(Step.INITIAL_ASSESSMENT, a.assessed_at)] = (
            ("risk_level", a.risk_level),
            ("emergency", a.emergency),
        )
    for d in file.detailed_assessments:
        facts[(Step.DETAILED_ASSESSMENT, d.assessed_at)] = (("risk_level", d.risk_level),)
    for m in file.meetings:
        facts[(Step.MEETING, m.held_at)] = (
            ("chaired_by", m.chaired_by),
            ("attendees", len(m.attendees)),
        )
    for iso in file.isolations:
        facts[(Step.ISOLATION, iso.decided_at)] = (
            ("decision_number", iso.decision_number),
            ("end_date", iso.end_date),
        )
    for ext in file.extensions:
        facts[(Step.ISOLATION_EXTENSION, ext.decided_at)] = (("end_date", ext.new_end_date),)
    for plan in file.plans:
        key = Step.PLAN_START if plan.version_no == 1 else Step.NEW_CYCLE
        facts.setdefault((key, plan.drafted_at), (("version", plan.version_no),))
        if plan.submitted_at:
            facts[(Step.PLAN_SUBMIT, plan.submitted_at)] = (
                ("version", plan.version_no),
                ("total_cost", plan.total_cost),
            )
    # Reviews and approvals carry a date, not a moment: found by the event's local day.
    for r in file.reviews:
        facts[(Step.REVIEW, r.reviewed_on)] = (("outcome", r.outcome),)
    for a in file.approvals:
        facts[(Step.PLAN_APPROVE, a.decided_on)] = (
            ("decision_number", a.decision_number),
            ("signer", a.signer_name),
        )
    return facts


_BY_DAY = frozenset({Step.REVIEW, Step.PLAN_APPROVE})


def _facts_of(facts: dict, action: str, at: datetime) -> tuple[tuple[str, object], ...]:
    if action in _BY_DAY:
        return facts.get((action, at.astimezone(LOCAL_TZ).date()), ())
    return facts.get((action, at), ())


def timeline(file: CaseFile, officers: dict[str, str]) -> list[TimelineEntry]:
    facts = _facts(file)
    entries = [
        TimelineEntry(
            at=event.at,
            kind=event.action or "stage",
            officer_name=officers.get(event.officer_id or "", ""),
            from_stage=event.from_stage,
            to_stage=event.to_stage,
            note=event.note,
            facts=_facts_of(facts, event.action, event.at),
        )
        for event in file.events
    ]
    # Records that came without their own event (older data, or another device's steps).
    stepped = {(e.action, e.at) for e in file.events}
    for m in file.meetings:
        if (Step.MEETING, m.held_at) not in stepped:
            entries.append(
                TimelineEntry(
                    m.held_at, Step.MEETING.value, "", None, None, m.minutes,
                    facts[(Step.MEETING, m.held_at)],
                )
            )  # fmt: skip
    for ext in file.extensions:
        if (Step.ISOLATION_EXTENSION, ext.decided_at) not in stepped:
            entries.append(
                TimelineEntry(
                    ext.decided_at, Step.ISOLATION_EXTENSION.value, "", None, None, ext.reason,
                    facts[(Step.ISOLATION_EXTENSION, ext.decided_at)],
                )
            )  # fmt: skip
    note_steps = {(e.at, e.officer_id) for e in file.events if e.action == Step.NOTE}
    for note in file.notes:
        if (note.written_at, note.author_id) in note_steps:
            entry = next(x for x in entries if x.kind == Step.NOTE and x.at == note.written_at)
            entries[entries.index(entry)] = TimelineEntry(
                entry.at, entry.kind, entry.officer_name, None, None, note.text
            )
        else:
            entries.append(
                TimelineEntry(
                    note.written_at,
                    Step.NOTE.value,
                    officers.get(note.author_id or "", ""),
                    None,
                    None,
                    note.text,
                )
            )
    for visit in file.visits:
        entries.append(
            TimelineEntry(
                at=visit.visited_at,
                kind="visit",
                officer_name=officers.get(visit.author_id or "", ""),
                from_stage=None,
                to_stage=None,
                note=visit.observations,
                facts=(("child_seen", visit.child_seen), ("next_visit_on", visit.next_visit_on)),
            )
        )
    return sorted(entries, key=lambda entry: entry.at)


def _plan_versions(file: CaseFile) -> list[PlanVersion]:
    decisions = {a.plan_id: a for a in file.approvals}
    versions = []
    for plan in sorted(file.plans, key=lambda p: p.version_no, reverse=True):
        decision = decisions.get(plan.id)
        versions.append(
            PlanVersion(
                plan=plan,
                decision_number=decision.decision_number if decision else "",
                decided_on=decision.decided_on if decision else None,
                signer_name=decision.signer_name if decision else "",
            )
        )
    return versions


def open_case(store: Store, case_id: str) -> CaseView:
    """One case with everything on it; opening it is written to the audit trail."""
    role = store.officer.role
    require(role, Action.VIEW_CASE)
    with store.unit_of_work() as uow:
        file = load_file(uow, case_id)
        now = safe_now(uow, remember=True)
        cal, clock = load_work_calendar(), plan_clock(uow)
        tasks = derive_tasks(file, now, cal, plan_clock=clock)
        ids = {e.officer_id for e in file.events} | {n.author_id for n in file.notes}
        ids |= {v.author_id for v in file.visits} | {file.case.officer_id}
        officers = _names(uow, OfficerRow, {i for i in ids if i})
        children = _names(uow, ChildRow, {file.case.child_id} if file.case.child_id else set())
        informant = uow.informants.where(case_id=case_id)
        uow.audit(AuditAction.VIEW, "case", case_id)
    case = file.case
    isolation = file.active_isolation()
    return CaseView(
        summary=_summary(file, tasks, children, officers),
        hotline_ref=case.hotline_ref,
        unidentified_description=case.unidentified_description,
        abuse_types=list(case.abuse_types),
        place=case.place,
        situation=case.situation,
        likely_outcome=case.likely_outcome,
        actions_taken=case.actions_taken,
        perpetrator=masked(case.perpetrator_relationship),
        sexual_abuse_details=masked(case.sexual_abuse_details),
        has_informant=bool(informant),
        transfer_to_commune=case.transfer_to_commune,
        isolation=isolation,
        isolation_end=file.isolation_end(isolation) if isolation else None,
        plans=_plan_versions(file),
        timeline=timeline(file, officers),
        tasks=tasks,
        allowed=frozenset(action for action in Action if can(role, action)),
        visible=frozenset(f for f in RestrictedField if can_see(role, f)),
        now=now,
    )


def reveal(store: Store, case_id: str, restricted: RestrictedField) -> str:
    """The clear value of one restricted field, for a role allowed to see it; audited."""
    require_sight(store.officer.role, restricted)
    with store.unit_of_work() as uow:
        case = uow.cases.get(case_id)
        if restricted is RestrictedField.INFORMANT:
            people = uow.informants.where(case_id=case_id)
            value = "\n".join(
                " · ".join(part for part in (p.full_name, p.phone, p.address) if part)
                for p in people
            )
        elif restricted is RestrictedField.PERPETRATOR:
            value = case.perpetrator_relationship
        elif restricted is RestrictedField.SEXUAL_ABUSE_DETAILS:
            value = case.sexual_abuse_details
        else:
            if not case.child_id:
                return ""
            child = uow.children.get(case.child_id)
            if restricted is RestrictedField.ETHNICITY:
                value = child.ethnicity
            else:
                value = {True: "positive", False: "negative", None: ""}[child.hiv_positive]
        uow.audit(AuditAction.VIEW_RESTRICTED, "case", case_id, detail=restricted.value)
        return value


def child_choices(store: Store, *, limit: int = 20000) -> list[tuple[str, str, date | None]]:
    """(id, name, date of birth) of the register's children, to pick the child of a report."""
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            select(ChildRow.id, ChildRow.full_name, ChildRow.date_of_birth)
            .where(ChildRow.deleted_at.is_(None))
            .order_by(ChildRow.full_name, ChildRow.id)
            .limit(limit)
        )
        return [(row[0], row[1], row[2]) for row in rows]


def officer_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the register's officers, for the officer filter."""
    with store.unit_of_work(write=False) as uow:
        return [(o.id, o.full_name) for o in uow.officers.where(order_by="full_name") if o.active]
