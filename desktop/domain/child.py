"""The register: children, their households, carers, special-circumstance groups and allowances."""

from dataclasses import dataclass, field
from datetime import date

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
from desktop.domain.records import Record


@dataclass(kw_only=True)
class Household(Record):
    commune_code: str
    head_name: str
    village: str = ""
    address: str = ""
    phone: str = ""
    poverty: HouseholdPoverty = HouseholdPoverty.NONE


@dataclass(kw_only=True)
class Child(Record):
    commune_code: str
    full_name: str
    sex: Sex = Sex.UNKNOWN
    date_of_birth: date | None = None
    dob_estimated: bool = False
    personal_id: str | None = None
    household_id: str | None = None
    ethnicity: str = ""  # sensitive (Decree 356/2025): restricted field
    birth_registration: BirthRegistration = BirthRegistration.UNKNOWN
    village: str = ""
    permanent_address: str = ""
    current_address: str = ""
    school: str = ""
    disability: DisabilityLevel = DisabilityLevel.NONE
    hiv_positive: bool | None = None  # restricted field
    health_insurance_card: str = ""
    alternative_care: AlternativeCare = AlternativeCare.NONE
    collaborator: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class Carer(Record):
    child_id: str
    full_name: str
    relation: CarerRelation
    status: CarerStatus = CarerStatus.LIVING_WITH
    birth_year: int | None = None
    occupation: str = ""
    personal_id: str | None = None
    phone: str = ""


@dataclass(kw_only=True)
class GroupMembership(Record):
    """A child's membership of one Art. 10 group, with the Decree 56 subgroup and its dates."""

    child_id: str
    group: SpecialGroup
    subgroup: str = ""
    start_date: date | None = None
    end_date: date | None = None
    evidence: str = ""

    def active_on(self, day: date) -> bool:
        starts = self.start_date is None or self.start_date <= day
        ends = self.end_date is None or day <= self.end_date
        return starts and ends


@dataclass(kw_only=True)
class Allowance(Record):
    child_id: str
    category: AllowanceCategory
    coefficient: float
    monthly_amount: int  # VND
    decision_number: str = ""
    decision_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(kw_only=True)
class ChildFile:
    """A child with everything the profile shows; assembled by the repository."""

    child: Child
    household: Household | None = None
    carers: list[Carer] = field(default_factory=list)
    groups: list[GroupMembership] = field(default_factory=list)
    allowances: list[Allowance] = field(default_factory=list)
