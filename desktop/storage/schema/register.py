"""Tables of the register: households, children, carers, group memberships, allowances."""

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import (
    AllowanceCategory,
    AlternativeCare,
    BirthRegistration,
    CarerRelation,
    CarerStatus,
    DisabilityLevel,
    HouseholdPoverty,
    Sex,
    SpecialGroup,
)
from desktop.storage.schema.base import Base, SyncedMixin
from desktop.storage.types import code_enum


class HouseholdRow(SyncedMixin, Base):
    __tablename__ = "household"

    commune_code: Mapped[str] = mapped_column(String(5), nullable=False)
    head_name: Mapped[str] = mapped_column(Text, nullable=False)
    village: Mapped[str] = mapped_column(Text, nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(Text, nullable=False, default="")
    poverty: Mapped[HouseholdPoverty] = mapped_column(code_enum(HouseholdPoverty), nullable=False)


class ChildRow(SyncedMixin, Base):
    __tablename__ = "child"
    __table_args__ = (
        Index(None, "personal_id"),
        Index(None, "household_id"),
        Index(None, "commune_code", "village"),
        Index(None, "date_of_birth", "id"),  # keyset paging by birth date and age
    )

    commune_code: Mapped[str] = mapped_column(String(5), nullable=False)
    full_name: Mapped[str] = mapped_column(Text, nullable=False)
    sex: Mapped[Sex] = mapped_column(code_enum(Sex), nullable=False)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    dob_estimated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    personal_id: Mapped[str | None] = mapped_column(String(12))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"))
    ethnicity: Mapped[str] = mapped_column(Text, nullable=False, default="")
    birth_registration: Mapped[BirthRegistration] = mapped_column(
        code_enum(BirthRegistration), nullable=False
    )
    village: Mapped[str] = mapped_column(Text, nullable=False, default="")
    permanent_address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    current_address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    school: Mapped[str] = mapped_column(Text, nullable=False, default="")
    disability: Mapped[DisabilityLevel] = mapped_column(code_enum(DisabilityLevel), nullable=False)
    hiv_positive: Mapped[bool | None] = mapped_column(Boolean)
    health_insurance_card: Mapped[str] = mapped_column(Text, nullable=False, default="")
    alternative_care: Mapped[AlternativeCare] = mapped_column(
        code_enum(AlternativeCare), nullable=False
    )
    collaborator: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CarerRow(SyncedMixin, Base):
    __tablename__ = "carer"

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), nullable=False, index=True)
    full_name: Mapped[str] = mapped_column(Text, nullable=False)
    relation: Mapped[CarerRelation] = mapped_column(code_enum(CarerRelation), nullable=False)
    status: Mapped[CarerStatus] = mapped_column(code_enum(CarerStatus), nullable=False)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    occupation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    personal_id: Mapped[str | None] = mapped_column(String(12))
    phone: Mapped[str] = mapped_column(Text, nullable=False, default="")


class GroupMembershipRow(SyncedMixin, Base):
    __tablename__ = "group_membership"

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), nullable=False, index=True)
    group: Mapped[SpecialGroup] = mapped_column(code_enum(SpecialGroup), nullable=False)
    subgroup: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AllowanceRow(SyncedMixin, Base):
    __tablename__ = "allowance"

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), nullable=False, index=True)
    category: Mapped[AllowanceCategory] = mapped_column(
        code_enum(AllowanceCategory), nullable=False
    )
    coefficient: Mapped[float] = mapped_column(Float, nullable=False)
    monthly_amount: Mapped[int] = mapped_column(Integer, nullable=False)
    decision_number: Mapped[str] = mapped_column(Text, nullable=False, default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
