"""Tables of casework: the case and intake, informant, assessments, isolation, plans, review."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

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
from desktop.storage.schema.base import Base, SyncedMixin
from desktop.storage.types import JsonList, UtcDateTime, code_enum


def _case_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("case_file.id"), nullable=False, index=True)


class CaseRow(SyncedMixin, Base):
    __tablename__ = "case_file"
    __table_args__ = (Index(None, "commune_code", "code"), Index(None, "stage"))

    commune_code: Mapped[str] = mapped_column(String(5), nullable=False)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    code_confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    stage: Mapped[CaseStage] = mapped_column(code_enum(CaseStage), nullable=False)
    child_id: Mapped[str | None] = mapped_column(ForeignKey("child.id"), index=True)
    unidentified_description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    officer_id: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    channel: Mapped[IntakeChannel] = mapped_column(code_enum(IntakeChannel), nullable=False)
    hotline_ref: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[IntakeCategory] = mapped_column(code_enum(IntakeCategory), nullable=False)
    abuse_types: Mapped[list[AbuseType]] = mapped_column(JsonList(AbuseType), nullable=False)
    place: Mapped[str] = mapped_column(Text, nullable=False, default="")
    situation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    likely_outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    actions_taken: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risk_level: Mapped[RiskLevel | None] = mapped_column(code_enum(RiskLevel))
    emergency: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    perpetrator_relationship: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sexual_abuse_details: Mapped[str] = mapped_column(Text, nullable=False, default="")
    transfer_target: Mapped[TransferTarget | None] = mapped_column(code_enum(TransferTarget))
    transfer_to_commune: Mapped[str] = mapped_column(String(5), nullable=False, default="")


class InformantRow(SyncedMixin, Base):
    __tablename__ = "informant"

    case_id: Mapped[str] = _case_fk()
    full_name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(Text, nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    consents_to_record: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class InitialAssessmentRow(SyncedMixin, Base):
    __tablename__ = "initial_assessment"

    case_id: Mapped[str] = _case_fk()
    assessed_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    risk_level: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel), nullable=False)
    emergency: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    harm_description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    safety_measures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    officer_id: Mapped[str | None] = mapped_column(String(36))


class DetailedAssessmentRow(SyncedMixin, Base):
    __tablename__ = "detailed_assessment"

    case_id: Mapped[str] = _case_fk()
    assessed_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    physical_emotional: Mapped[str] = mapped_column(Text, nullable=False, default="")
    family_capacity: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risk_factors: Mapped[str] = mapped_column(Text, nullable=False, default="")
    schooling_self_protection: Mapped[str] = mapped_column(Text, nullable=False, default="")
    community_safety: Mapped[str] = mapped_column(Text, nullable=False, default="")
    needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    child_views: Mapped[str] = mapped_column(Text, nullable=False, default="")
    parent_views: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risk_level: Mapped[RiskLevel | None] = mapped_column(code_enum(RiskLevel))
    officer_id: Mapped[str | None] = mapped_column(String(36))


class CaseMeetingRow(SyncedMixin, Base):
    __tablename__ = "case_meeting"

    case_id: Mapped[str] = _case_fk()
    held_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    chaired_by: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attendees: Mapped[list[str]] = mapped_column(JsonList(), nullable=False)
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class IsolationRow(SyncedMixin, Base):
    __tablename__ = "isolation"

    case_id: Mapped[str] = _case_fk()
    decision_number: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    safe_place: Mapped[str] = mapped_column(Text, nullable=False, default="")
    carer_name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    revoked_on: Mapped[date | None] = mapped_column(Date)


class IsolationExtensionRow(SyncedMixin, Base):
    __tablename__ = "isolation_extension"

    isolation_id: Mapped[str] = mapped_column(
        ForeignKey("isolation.id"), nullable=False, index=True
    )
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    new_end_date: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SupportPlanRow(SyncedMixin, Base):
    __tablename__ = "support_plan"

    case_id: Mapped[str] = _case_fk()
    version_no: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[PlanStatus] = mapped_column(code_enum(PlanStatus), nullable=False)
    drafted_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PlanTaskRow(SyncedMixin, Base):
    __tablename__ = "plan_task"

    plan_id: Mapped[str] = mapped_column(ForeignKey("support_plan.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    task: Mapped[str] = mapped_column(Text, nullable=False)
    responsible: Mapped[str] = mapped_column(Text, nullable=False, default="")
    provider: Mapped[str] = mapped_column(Text, nullable=False, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    expected_end: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[TaskStatus] = mapped_column(code_enum(TaskStatus), nullable=False)
    progress_note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ApprovalDecisionRow(SyncedMixin, Base):
    __tablename__ = "approval_decision"

    case_id: Mapped[str] = _case_fk()
    plan_id: Mapped[str] = mapped_column(ForeignKey("support_plan.id"), nullable=False, index=True)
    decision_number: Mapped[str] = mapped_column(Text, nullable=False)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    signer_name: Mapped[str] = mapped_column(Text, nullable=False)
    signer_is_deputy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ReviewRow(SyncedMixin, Base):
    __tablename__ = "review"

    case_id: Mapped[str] = _case_fk()
    reviewed_on: Mapped[date] = mapped_column(Date, nullable=False)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    harm_still_serious: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel), nullable=False)
    abuser_access: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel), nullable=False)
    care_obstacles: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel), nullable=False)
    self_protection: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel), nullable=False)
    recovery: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel), nullable=False)
    conclusion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcome: Mapped[ReviewOutcome] = mapped_column(code_enum(ReviewOutcome), nullable=False)


class ClosureRow(SyncedMixin, Base):
    __tablename__ = "closure"

    case_id: Mapped[str] = _case_fk()
    closed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CaseEventRow(SyncedMixin, Base):
    __tablename__ = "case_event"

    case_id: Mapped[str] = _case_fk()
    at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    from_stage: Mapped[CaseStage | None] = mapped_column(code_enum(CaseStage))
    to_stage: Mapped[CaseStage] = mapped_column(code_enum(CaseStage), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Added by 0003_case_workflow: which step the event records (intake, meeting, approval...).
    action: Mapped[str] = mapped_column(String(32), nullable=False, default="", server_default="")
