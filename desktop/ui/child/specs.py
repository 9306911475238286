"""The fields of each profile tab, their captions and their choices."""

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.age import age_on
from desktop.domain.child import Allowance, Carer, GroupMembership
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
from desktop.reference.errors import MissingReferenceError
from desktop.reference.groups import group_label, subgroups_of
from desktop.reference.labels import label
from desktop.reference.rates import coefficient, monthly_amount
from desktop.ui.child.fields import Spec

C = "ChildProfile"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChildProfile", text)


def enum_choices(members: Iterable[Enum], lang: str) -> Any:
    items = [(label(member, lang), member) for member in members]
    return lambda _record: items


def date_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def general_specs(lang: str, sensitive: bool) -> list[Spec]:
    pick = QCoreApplication.translate("ChildProfile", "— choose —")
    specs = [
        Spec("full_name", QCoreApplication.translate("ChildProfile", "Full name *")),
        Spec(
            "sex",
            QCoreApplication.translate("ChildProfile", "Sex *"),
            "choice",
            lambda _r: [
                (pick, Sex.UNKNOWN),
                (label(Sex.MALE, lang), Sex.MALE),
                (label(Sex.FEMALE, lang), Sex.FEMALE),
            ],
        ),
        Spec(
            "date_of_birth", QCoreApplication.translate("ChildProfile", "Date of birth *"), "date"
        ),
        Spec(
            "dob_estimated",
            QCoreApplication.translate("ChildProfile", "Estimated (only the year or age is known)"),
            "bool",
        ),
        Spec("personal_id", QCoreApplication.translate("ChildProfile", "ID number")),
        Spec("ethnicity", QCoreApplication.translate("ChildProfile", "Ethnicity")),
        Spec(
            "birth_registration",
            QCoreApplication.translate("ChildProfile", "Birth registration"),
            "choice",
            enum_choices(BirthRegistration, lang),
        ),
        Spec("village", QCoreApplication.translate("ChildProfile", "Village/residential group")),
        Spec("current_address", QCoreApplication.translate("ChildProfile", "Current address")),
        Spec("permanent_address", QCoreApplication.translate("ChildProfile", "Permanent address")),
        Spec("school", QCoreApplication.translate("ChildProfile", "School")),
        Spec(
            "disability",
            QCoreApplication.translate("ChildProfile", "Disability"),
            "choice",
            enum_choices(DisabilityLevel, lang),
        ),
        Spec(
            "health_insurance_card",
            QCoreApplication.translate("ChildProfile", "Health insurance card"),
        ),
        Spec(
            "alternative_care",
            QCoreApplication.translate("ChildProfile", "Alternative care"),
            "choice",
            enum_choices(AlternativeCare, lang),
        ),
        Spec(
            "collaborator",
            QCoreApplication.translate("ChildProfile", "Collaborator following the child"),
        ),
        Spec("notes", QCoreApplication.translate("ChildProfile", "Notes"), "long"),
    ]
    if not sensitive:
        # Sensitive data (Decree 356/2025) stays off the screen for collaborators and viewers.
        specs = [s for s in specs if s.name not in ("personal_id", "ethnicity")]
    return specs


def household_specs(lang: str) -> list[Spec]:
    return [
        Spec("head_name", QCoreApplication.translate("ChildProfile", "Head of household")),
        Spec("village", QCoreApplication.translate("ChildProfile", "Village/residential group")),
        Spec("address", QCoreApplication.translate("ChildProfile", "Address")),
        Spec("phone", QCoreApplication.translate("ChildProfile", "Phone")),
        Spec(
            "poverty",
            QCoreApplication.translate("ChildProfile", "Poverty status"),
            "choice",
            enum_choices(HouseholdPoverty, lang),
        ),
    ]


def carer_specs(lang: str, sensitive: bool) -> list[Spec]:
    specs = [
        Spec("full_name", QCoreApplication.translate("ChildProfile", "Full name *")),
        Spec(
            "relation",
            QCoreApplication.translate("ChildProfile", "Relation"),
            "choice",
            enum_choices(CarerRelation, lang),
        ),
        Spec(
            "status",
            QCoreApplication.translate("ChildProfile", "Situation"),
            "choice",
            enum_choices(CarerStatus, lang),
        ),
        Spec("birth_year", QCoreApplication.translate("ChildProfile", "Year of birth"), "int"),
        Spec("occupation", QCoreApplication.translate("ChildProfile", "Occupation")),
        Spec("personal_id", QCoreApplication.translate("ChildProfile", "ID number")),
        Spec("phone", QCoreApplication.translate("ChildProfile", "Phone")),
    ]
    if not sensitive:
        specs = [s for s in specs if s.name not in ("personal_id", "phone")]
    return specs


def group_specs(lang: str) -> list[Spec]:
    groups = [(f"{g.value}) {group_label(g, lang)}", g) for g in SpecialGroup]

    def subgroups(record: GroupMembership | None) -> list[tuple[str, str]]:
        if record is None:
            return []
        return [("—", "")] + [
            (f"{s.code}. {s.label(lang)}", s.code) for s in subgroups_of(record.group)
        ]

    return [
        Spec(
            "group",
            QCoreApplication.translate("ChildProfile", "Group (Law on Children, Art. 10)"),
            "choice",
            lambda _r: groups,
        ),
        Spec(
            "subgroup",
            QCoreApplication.translate("ChildProfile", "Subgroup (Decree 56)"),
            "choice",
            subgroups,
            depends_on="group",
        ),
        Spec("start_date", QCoreApplication.translate("ChildProfile", "From"), "date"),
        Spec("end_date", QCoreApplication.translate("ChildProfile", "To"), "date"),
        Spec(
            "evidence", QCoreApplication.translate("ChildProfile", "Evidence / documents"), "long"
        ),
    ]


def allowance_specs(lang: str) -> list[Spec]:
    return [
        Spec(
            "category",
            QCoreApplication.translate("ChildProfile", "Category (Decree 20/2021)"),
            "choice",
            enum_choices(AllowanceCategory, lang),
        ),
        Spec("coefficient", QCoreApplication.translate("ChildProfile", "Coefficient"), "float"),
        Spec(
            "monthly_amount", QCoreApplication.translate("ChildProfile", "Monthly amount"), "money"
        ),
        Spec("decision_number", QCoreApplication.translate("ChildProfile", "Decision number")),
        Spec("decision_date", QCoreApplication.translate("ChildProfile", "Decision date"), "date"),
        Spec("start_date", QCoreApplication.translate("ChildProfile", "From"), "date"),
        Spec("end_date", QCoreApplication.translate("ChildProfile", "To"), "date"),
    ]


def with_rate(record: Allowance, dob: date | None, today: date) -> Allowance:
    """Coefficient and amount from the rate tables for the child's age, when they have a row."""
    if dob is None or dob > today:
        return record
    age = age_on(dob, today)
    try:
        factor = coefficient(record.category, age, day=today)
        amount = monthly_amount(record.category, age, today)
    except MissingReferenceError:
        return record
    return Allowance(**{**record.__dict__, "coefficient": float(factor), "monthly_amount": amount})


def new_carer(child_id: str) -> Carer:
    return Carer(child_id=child_id, full_name="", relation=CarerRelation.MOTHER)


def new_group(child_id: str) -> GroupMembership:
    return GroupMembership(child_id=child_id, group=SpecialGroup.A, start_date=date.today())


def new_allowance(child_id: str) -> Allowance:
    return Allowance(
        child_id=child_id, category=AllowanceCategory.K1, coefficient=0, monthly_amount=0
    )
