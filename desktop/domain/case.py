"""A case (vụ việc) from intake to closure, Decree 56/2017 Art. 25-32."""

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.enums import (
    AbuseType,
    CaseStage,
    IntakeCategory,
    IntakeChannel,
    PlanStatus,
    ReviewOutcome,
    RiskLevel,
    TaskStatus,
    TransferTarget,
)
from desktop.domain.records import Record


@dataclass(kw_only=True)
class Case(Record):
    """The case and its intake (Mẫu 01 content); the informant is kept apart."""

    commune_code: str
    code: str  # "0007/2026": provisional until the server confirms it
    code_confirmed: bool = False
    stage: CaseStage = CaseStage.RECEIVED
    child_id: str | None = None  # None until an unidentified child is registered
    unidentified_description: str = ""
    officer_id: str | None = None
    received_at: datetime
    channel: IntakeChannel
    hotline_ref: str = ""
    category: IntakeCategory
    abuse_types: list[AbuseType] = field(default_factory=list)
    place: str = ""
    situation: str = ""
    likely_outcome: str = ""
    actions_taken: str = ""
    risk_level: RiskLevel | None = None
    emergency: bool = False
    perpetrator_relationship: str = ""  # restricted field
    sexual_abuse_details: str = ""  # restricted field
    transfer_target: TransferTarget | None = None
    transfer_to_commune: str = ""


@dataclass(kw_only=True)
class Informant(Record):
    """Who reported (Decree 56 Art. 24: confidential); stored apart from the case."""

    case_id: str
    full_name: str = ""
    phone: str = ""
    address: str = ""
    consents_to_record: bool = False


@dataclass(kw_only=True)
class InitialAssessment(Record):
    """Mẫu 02: the first look at risk and harm, and the safety measures taken."""

    case_id: str
    assessed_at: datetime
    risk_level: RiskLevel
    emergency: bool = False
    harm_description: str = ""
    safety_measures: str = ""
    officer_id: str | None = None


@dataclass(kw_only=True)
class DetailedAssessment(Record):
    """Mẫu 03: the items a-h of Decree 56 Art. 27."""

    case_id: str
    assessed_at: datetime
    physical_emotional: str = ""  # a
    family_capacity: str = ""  # b
    risk_factors: str = ""  # c
    schooling_self_protection: str = ""  # d
    community_safety: str = ""  # e
    needs: str = ""  # f
    child_views: str = ""  # g
    parent_views: str = ""  # h
    risk_level: RiskLevel | None = None
    officer_id: str | None = None


@dataclass(kw_only=True)
class CaseMeeting(Record):
    """The meeting the Chairman chairs before a plan (Art. 27), with its minutes."""

    case_id: str
    held_at: datetime
    chaired_by: str = ""
    attendees: list[str] = field(default_factory=list)
    minutes: str = ""


@dataclass(kw_only=True)
class Isolation(Record):
    """Mẫu 07: temporary isolation and alternative care (Art. 32), at most 15 days."""

    case_id: str
    decision_number: str = ""
    decided_at: datetime
    start_date: date
    end_date: date
    safe_place: str = ""
    carer_name: str = ""
    revoked_on: date | None = None


@dataclass(kw_only=True)
class IsolationExtension(Record):
    isolation_id: str
    decided_at: datetime
    new_end_date: date
    reason: str = ""


@dataclass(kw_only=True)
class PlanTask(Record):
    """One row of the plan (Art. 28.3): task, who, provider, dates and cost."""

    plan_id: str
    position: int = 0
    task: str
    responsible: str = ""
    provider: str = ""
    start_date: date | None = None
    expected_end: date | None = None
    cost: int = 0  # VND
    status: TaskStatus = TaskStatus.PLANNED
    progress_note: str = ""


@dataclass(kw_only=True)
class SupportPlan(Record):
    """Mẫu 04: one version of the support and intervention plan."""

    case_id: str
    version_no: int = 1
    status: PlanStatus = PlanStatus.DRAFT
    drafted_at: datetime
    submitted_at: datetime | None = None
    goals: str = ""
    tasks: list[PlanTask] = field(default_factory=list)

    @property
    def total_cost(self) -> int:
        return sum(task.cost for task in self.tasks)


@dataclass(kw_only=True)
class ApprovalDecision(Record):
    """Mẫu 05: the Chairman's (or a deputy's) decision approving one plan version."""

    case_id: str
    plan_id: str
    decision_number: str
    decided_on: date
    signer_name: str
    signer_is_deputy: bool = False


@dataclass(kw_only=True)
class Review(Record):
    """Mẫu 06: ratings of remaining harm and of the child's capacity, then the proposal."""

    case_id: str
    reviewed_on: date
    officer_id: str | None = None
    harm_still_serious: RiskLevel
    abuser_access: RiskLevel
    care_obstacles: RiskLevel
    self_protection: RiskLevel
    recovery: RiskLevel
    conclusion: str = ""
    outcome: ReviewOutcome


@dataclass(kw_only=True)
class Closure(Record):
    case_id: str
    closed_on: date
    reason: str = ""


@dataclass(kw_only=True)
class CaseEvent(Record):
    """One step of a case's history: who moved it, from which stage to which, when."""

    case_id: str
    at: datetime
    officer_id: str | None = None
    from_stage: CaseStage | None = None
    to_stage: CaseStage
    note: str = ""
    action: str = ""  # what was done (desktop.domain.case_flow_file.Step); "" before 0003
