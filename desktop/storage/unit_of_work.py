"""One short session per piece of work: repositories, audit, derived index; commit or roll back."""

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.domain import case as c
from desktop.domain import child as ch
from desktop.domain import officer as o
from desktop.domain import visit as v
from desktop.domain.enums import AuditAction
from desktop.storage import search_index
from desktop.storage.repositories import (
    AppendOnlyRepository,
    ChildLinkedRepository,
    ChildRepository,
    RecordRepository,
)
from desktop.storage.schema import admin, cases, field_records, register


class UnitOfWork:
    def __init__(
        self,
        session: Session,
        *,
        officer_id: str | None,
        device_id: str,
        clock: Callable[[], datetime],
    ) -> None:
        self.session = session
        self.officer_id = officer_id
        self.device_id = device_id
        self._clock = clock
        self.dirty_children: set[str] = set()

        self.households = RecordRepository(self, register.HouseholdRow, ch.Household)
        self.children = ChildRepository(self, register.ChildRow, ch.Child)
        self.carers = ChildLinkedRepository(self, register.CarerRow, ch.Carer)
        self.groups = RecordRepository(self, register.GroupMembershipRow, ch.GroupMembership)
        self.allowances = RecordRepository(self, register.AllowanceRow, ch.Allowance)

        self.cases = RecordRepository(self, cases.CaseRow, c.Case)
        self.informants = RecordRepository(self, cases.InformantRow, c.Informant)
        self.initial_assessments = RecordRepository(
            self, cases.InitialAssessmentRow, c.InitialAssessment
        )
        self.detailed_assessments = RecordRepository(
            self, cases.DetailedAssessmentRow, c.DetailedAssessment
        )
        self.meetings = RecordRepository(self, cases.CaseMeetingRow, c.CaseMeeting)
        self.isolations = RecordRepository(self, cases.IsolationRow, c.Isolation)
        self.isolation_extensions = RecordRepository(
            self, cases.IsolationExtensionRow, c.IsolationExtension
        )
        self.plans = RecordRepository(self, cases.SupportPlanRow, c.SupportPlan)
        self.plan_tasks = RecordRepository(self, cases.PlanTaskRow, c.PlanTask)
        self.approvals = RecordRepository(self, cases.ApprovalDecisionRow, c.ApprovalDecision)
        self.reviews = RecordRepository(self, cases.ReviewRow, c.Review)
        self.closures = RecordRepository(self, cases.ClosureRow, c.Closure)
        self.case_events = AppendOnlyRepository(self, cases.CaseEventRow, c.CaseEvent)

        self.visits = AppendOnlyRepository(self, field_records.HomeVisitRow, v.HomeVisit)
        self.notes = AppendOnlyRepository(self, field_records.CaseNoteRow, v.CaseNote)

        self.officers = RecordRepository(self, admin.OfficerRow, o.Officer)
        self.audit_events = AppendOnlyRepository(self, admin.AuditEventRow, o.AuditEvent)

    def now(self) -> datetime:
        return self._clock()

    def audit(
        self, action: AuditAction, entity: str, entity_id: str | None = None, detail: str = ""
    ) -> None:
        """Write who did what to which record; `detail` must never carry a child's data."""
        self.audit_events.add(
            o.AuditEvent(
                at=self.now(),
                officer_id=self.officer_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=detail,
            )
        )

    def search_children(self, query: str, *, limit: int = 50, offset: int = 0) -> list[ch.Child]:
        ids = search_index.search(self.session, query, limit=limit, offset=offset)
        return self.children.get_many(ids)

    def finish(self) -> None:
        """Bring derived data in step before the commit, inside the same transaction."""
        if self.dirty_children:
            search_index.refresh(self.session, self.dirty_children)
            self.dirty_children.clear()
