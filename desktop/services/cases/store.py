"""Reading whole case files in a few queries, and storing what a step returns."""

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select

from desktop.domain import case as c
from desktop.domain.case_flow_file import CaseFile, StepResult
from desktop.domain.deadlines import monotonic_now
from desktop.domain.enums import AuditAction
from desktop.domain.visit import CaseNote, HomeVisit
from desktop.storage.mapping import to_record
from desktop.storage.schema import admin, cases, field_records
from desktop.storage.unit_of_work import UnitOfWork

HIGH_WATER_KEY = "clock.high_water"  # the latest time this register has seen, local only

# Which repository of the unit of work holds each kind of record a step may return.
_REPOSITORY = {
    c.Informant: "informants",
    c.InitialAssessment: "initial_assessments",
    c.DetailedAssessment: "detailed_assessments",
    c.CaseMeeting: "meetings",
    c.Isolation: "isolations",
    c.IsolationExtension: "isolation_extensions",
    c.SupportPlan: "plans",
    c.PlanTask: "plan_tasks",
    c.ApprovalDecision: "approvals",
    c.Review: "reviews",
    c.Closure: "closures",
    CaseNote: "notes",
}

_CHILD_TABLES = (
    ("events", cases.CaseEventRow, c.CaseEvent, "at"),
    ("initial_assessments", cases.InitialAssessmentRow, c.InitialAssessment, "assessed_at"),
    ("detailed_assessments", cases.DetailedAssessmentRow, c.DetailedAssessment, "assessed_at"),
    ("meetings", cases.CaseMeetingRow, c.CaseMeeting, "held_at"),
    ("isolations", cases.IsolationRow, c.Isolation, "decided_at"),
    ("plans", cases.SupportPlanRow, c.SupportPlan, "version_no"),
    ("approvals", cases.ApprovalDecisionRow, c.ApprovalDecision, "decided_on"),
    ("reviews", cases.ReviewRow, c.Review, "reviewed_on"),
    ("closures", cases.ClosureRow, c.Closure, "closed_on"),
    ("visits", field_records.HomeVisitRow, HomeVisit, "visited_at"),
    ("notes", field_records.CaseNoteRow, CaseNote, "written_at"),
)


def _live(row_cls: type):
    return select(row_cls).where(row_cls.deleted_at.is_(None))


def load_files(uow: UnitOfWork, case_ids: Iterable[str] | None = None) -> list[CaseFile]:
    """Case files with every record on them; all cases when `case_ids` is None."""
    query = _live(cases.CaseRow)
    if case_ids is not None:
        ids = list(case_ids)
        if not ids:
            return []
        query = query.where(cases.CaseRow.id.in_(ids))
    files = {
        row.id: CaseFile(case=to_record(row, c.Case))
        for row in uow.session.scalars(query.order_by(cases.CaseRow.received_at))
    }
    if not files:
        return []
    wanted = list(files)
    for attr, row_cls, record_cls, order in _CHILD_TABLES:
        rows = uow.session.scalars(
            _live(row_cls).where(row_cls.case_id.in_(wanted)).order_by(getattr(row_cls, order))
        )
        for row in rows:
            getattr(files[row.case_id], attr).append(to_record(row, record_cls))
    _attach_plan_rows(uow, files.values())
    return list(files.values())


def _attach_plan_rows(uow: UnitOfWork, files: Iterable[CaseFile]) -> None:
    plans = {plan.id: plan for file in files for plan in file.plans}
    isolations = {iso.id: file for file in files for iso in file.isolations}
    if plans:
        tasks = uow.session.scalars(
            _live(cases.PlanTaskRow)
            .where(cases.PlanTaskRow.plan_id.in_(list(plans)))
            .order_by(cases.PlanTaskRow.position)
        )
        for row in tasks:
            plans[row.plan_id].tasks.append(to_record(row, c.PlanTask))
    if isolations:
        extensions = uow.session.scalars(
            _live(cases.IsolationExtensionRow)
            .where(cases.IsolationExtensionRow.isolation_id.in_(list(isolations)))
            .order_by(cases.IsolationExtensionRow.decided_at)
        )
        for row in extensions:
            isolations[row.isolation_id].extensions.append(to_record(row, c.IsolationExtension))


def load_file(uow: UnitOfWork, case_id: str) -> CaseFile:
    files = load_files(uow, [case_id])
    if not files:
        uow.cases.get(case_id)  # raises RecordNotFound with the table's code
    return files[0]


def store_step(uow: UnitOfWork, result: StepResult, *, new_case: bool = False) -> None:
    """Write a step in the caller's unit of work: the case, its records, the event, the audit."""
    if new_case:
        uow.cases.add(result.case)
    elif result.case_changed:
        uow.cases.update(result.case)
    for record in result.removed:
        getattr(uow, _REPOSITORY[type(record)]).delete(record.id)
    for record in result.changed:
        getattr(uow, _REPOSITORY[type(record)]).update(record)
    for record in result.added:
        getattr(uow, _REPOSITORY[type(record)]).add(record)
    uow.case_events.add(result.event)
    action = AuditAction.CREATE if new_case else AuditAction.UPDATE
    uow.audit(action, "case", result.case.id, detail=result.event.action)


def last_seen(uow: UnitOfWork) -> datetime | None:
    """The latest moment this register has recorded, by the device or the server."""
    moments = [
        uow.session.scalar(select(admin.AuditEventRow.at).order_by(admin.AuditEventRow.at.desc())),
        uow.session.scalar(select(cases.CaseEventRow.at).order_by(cases.CaseEventRow.at.desc())),
        uow.session.scalar(
            select(cases.CaseRow.server_updated_at).order_by(
                cases.CaseRow.server_updated_at.desc().nulls_last()
            )
        ),
    ]
    mark = uow.session.get(admin.LocalSettingRow, HIGH_WATER_KEY)
    if mark is not None:
        moments.append(datetime.fromisoformat(mark.value))
    known = [moment for moment in moments if moment is not None]
    return max(known, default=None)


def safe_now(uow: UnitOfWork, *, remember: bool = False) -> datetime:
    """The device clock, never earlier than what was already recorded (clock set back).

    With `remember` (a writing unit of work) the moment is kept, so a clock set back later
    in the day cannot make a late task look in time again.
    """
    now = monotonic_now(uow.now(), last_seen(uow))
    if remember:
        mark = uow.session.get(admin.LocalSettingRow, HIGH_WATER_KEY)
        if mark is None:
            uow.session.add(admin.LocalSettingRow(key=HIGH_WATER_KEY, value=now.isoformat()))
        elif datetime.fromisoformat(mark.value) < now:
            mark.value = now.isoformat()
    return now
