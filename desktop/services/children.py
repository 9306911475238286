"""A child's profile: validate, find likely duplicates, create, save (version-checked), history."""

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import or_, select

from desktop.domain.case import Case
from desktop.domain.child import Child, ChildFile
from desktop.domain.enums import AuditAction, CaseStage, RiskLevel, Role, Sex, SpecialGroup
from desktop.domain.errors import DomainError
from desktop.domain.permissions import RestrictedField, can_see, masked
from desktop.domain.personal_id import check_personal_id, normalise_personal_id
from desktop.domain.text import fold
from desktop.reference.errors import MissingReferenceError
from desktop.reference.groups import subgroup
from desktop.storage.schema.admin import AuditEventRow, ChildSearchRow, OfficerRow
from desktop.storage.schema.cases import CaseRow
from desktop.storage.schema.field_records import HomeVisitRow
from desktop.storage.schema.register import ChildRow
from desktop.storage.store import Store

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding on the form: `where` names the field ("full_name", "carers.0.full_name")."""

    code: str
    where: str
    severity: Severity = "error"
    params: dict[str, Any] = field(default_factory=dict, compare=False)


class ChildInvalid(DomainError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("child.invalid", count=len(problems))
        self.problems = problems


@dataclass(frozen=True)
class DuplicateMatch:
    """A child already in the register who may be the same person."""

    id: str
    full_name: str
    date_of_birth: date | None
    village: str
    reason: Literal["personal_id", "name_and_birth"]


class DuplicateFound(DomainError):
    def __init__(self, matches: list[DuplicateMatch]) -> None:
        super().__init__("child.duplicate", count=len(matches))
        self.matches = matches


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    officer: str
    action: AuditAction
    entity: str
    detail: str


@dataclass(frozen=True)
class CaseLine:
    id: str
    code: str
    stage: CaseStage
    risk: RiskLevel | None
    received_at: datetime


@dataclass(frozen=True)
class ChildProfile:
    file: ChildFile
    cases: list[CaseLine]
    history: list[HistoryEntry]


# --- validation ----------------------------------------------------------------------------------


def _dates(where: str, start: date | None, end: date | None, today: date) -> list[Problem]:
    found = []
    if start is not None and start > today:
        found.append(Problem("date.future", f"{where}.start_date"))
    if start is not None and end is not None and end < start:
        found.append(Problem("date.end_before_start", f"{where}.end_date"))
    return found


def validate(file: ChildFile, today: date) -> list[Problem]:
    """Everything wrong with the form; "error" blocks saving, "warning" asks to check."""
    child, found = file.child, []
    if not child.full_name.strip():
        found.append(Problem("child.name_required", "full_name"))
    if child.sex == Sex.UNKNOWN:
        found.append(Problem("child.sex_required", "sex"))
    if child.date_of_birth is None:
        found.append(Problem("child.dob_required", "date_of_birth"))
    elif child.date_of_birth > today:
        found.append(Problem("date.future", "date_of_birth"))
    if child.personal_id:
        for p in check_personal_id(
            child.personal_id, child.sex, child.date_of_birth, child.dob_estimated
        ):
            found.append(Problem(p.code, "personal_id", p.severity, dict(p.params)))
    for i, carer in enumerate(file.carers):
        if not carer.full_name.strip():
            found.append(Problem("carer.name_required", f"carers.{i}.full_name"))
        if carer.birth_year is not None and not 1900 <= carer.birth_year <= today.year:
            found.append(Problem("carer.bad_birth_year", f"carers.{i}.birth_year"))
    for i, member in enumerate(file.groups):
        if member.subgroup:
            try:
                if subgroup(member.subgroup).group != member.group:
                    found.append(Problem("group.subgroup_mismatch", f"groups.{i}.subgroup"))
            except MissingReferenceError:
                found.append(Problem("group.subgroup_unknown", f"groups.{i}.subgroup"))
        found += _dates(f"groups.{i}", member.start_date, member.end_date, today)
    for i, allowance in enumerate(file.allowances):
        if allowance.monthly_amount <= 0:
            found.append(Problem("allowance.amount_required", f"allowances.{i}.monthly_amount"))
        if allowance.decision_date is not None and allowance.decision_date > today:
            found.append(Problem("date.future", f"allowances.{i}.decision_date"))
        found += _dates(f"allowances.{i}", allowance.start_date, allowance.end_date, today)
    return found


# --- duplicates ----------------------------------------------------------------------------------


def find_duplicates(store: Store, child: Child) -> list[DuplicateMatch]:
    """Same ID number, or same folded name and birth date in the commune (not the child itself)."""
    conditions = []
    number = normalise_personal_id(child.personal_id or "")
    if number:
        conditions.append(ChildRow.personal_id == number)
    if child.full_name.strip() and child.date_of_birth is not None:
        conditions.append(
            (ChildSearchRow.name == fold(child.full_name))
            & (ChildRow.date_of_birth == child.date_of_birth)
            & (ChildRow.commune_code == child.commune_code)
        )
    if not conditions:
        return []
    query = (
        select(ChildRow.id, ChildRow.full_name, ChildRow.date_of_birth, ChildRow.village,
               ChildRow.personal_id)
        .join(ChildSearchRow, ChildSearchRow.child_id == ChildRow.id)
        .where(ChildRow.deleted_at.is_(None), ChildRow.id != child.id, or_(*conditions))
        .limit(20)
    )  # fmt: skip
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(query).all()
    matches = [
        DuplicateMatch(
            id=row.id,
            full_name=row.full_name,
            date_of_birth=row.date_of_birth,
            village=row.village,
            reason="personal_id" if number and row.personal_id == number else "name_and_birth",
        )
        for row in rows
    ]
    # A match on the ID number is the surer one, so it comes first.
    return sorted(matches, key=lambda m: m.reason != "personal_id")


# --- writing -------------------------------------------------------------------------------------


def _clean(file: ChildFile) -> ChildFile:
    child = replace(
        file.child,
        full_name=" ".join(file.child.full_name.split()),
        personal_id=normalise_personal_id(file.child.personal_id or "") or None,
    )
    return replace(file, child=child)


def _check(store: Store, file: ChildFile) -> None:
    errors = [p for p in validate(file, store.options.clock().date()) if p.severity == "error"]
    if errors:
        raise ChildInvalid(errors)


def create_child(store: Store, file: ChildFile, *, allow_duplicate: bool = False) -> ChildFile:
    """Add a child with household, carers, groups and allowances in one transaction.

    Raises ChildInvalid on any error, DuplicateFound when a likely match exists (unless the
    officer confirmed it is a different child).
    """
    file = _clean(file)
    _check(store, file)
    if not allow_duplicate:
        matches = find_duplicates(store, file.child)
        if matches:
            raise DuplicateFound(matches)
    with store.unit_of_work() as uow:
        child = file.child
        household = None
        if file.household is not None:
            household = uow.households.add(file.household)
            child = replace(child, household_id=household.id)
        child = uow.children.add(child)
        carers = [uow.carers.add(replace(c, child_id=child.id)) for c in file.carers]
        groups = [uow.groups.add(replace(g, child_id=child.id)) for g in file.groups]
        allowances = [uow.allowances.add(replace(a, child_id=child.id)) for a in file.allowances]
        uow.audit(AuditAction.CREATE, "child", child.id, detail=_counts(file))
    return ChildFile(
        child=child, household=household, carers=carers, groups=groups, allowances=allowances
    )


def save_child(store: Store, file: ChildFile) -> ChildFile:
    """Save edits with the version check: StaleRecord if anyone saved in between (nothing lost:
    the form keeps the edits and the officer reopens the newer version)."""
    file = _clean(file)
    _check(store, file)
    with store.unit_of_work() as uow:
        before = uow.children.get(file.child.id)
        changed = [
            name for name in ("full_name", "sex", "date_of_birth", "personal_id", "village",
                              "ethnicity", "school", "notes", "current_address")
            if getattr(before, name) != getattr(file.child, name)
        ]  # fmt: skip
        child = file.child
        household = file.household
        wrote = []
        if household is not None:
            repo = uow.households
            saved = repo.add(household) if household.version == 0 else repo.update(household)
            wrote.append(saved.version != household.version)
            household = saved
            child = replace(child, household_id=household.id)
        child = uow.children.update(child)
        wrote.append(child.version != file.child.version)
        carers = _sync(uow.carers, child.id, file.carers, wrote)
        groups = _sync(uow.groups, child.id, file.groups, wrote)
        allowances = _sync(uow.allowances, child.id, file.allowances, wrote)
        if any(wrote):  # a save that changed nothing leaves no trace to sync
            detail = json.dumps({"fields": changed, **json.loads(_counts(file))}, sort_keys=True)
            uow.audit(AuditAction.UPDATE, "child", child.id, detail=detail)
    return ChildFile(
        child=child, household=household, carers=carers, groups=groups, allowances=allowances
    )


def _sync(repo: Any, child_id: str, wanted: list[Any], wrote: list[bool]) -> list[Any]:
    """Bring the child's records in line with the form: add new, update changed, remove gone;
    appends to `wrote` whether anything was written."""
    existing = {r.id: r for r in repo.where(child_id=child_id)}
    kept = []
    for record in wanted:
        record = replace(record, child_id=child_id)
        if record.id in existing:
            if record != existing[record.id]:
                saved = repo.update(record)
                wrote.append(saved.version != record.version)
                record = saved
            kept.append(record)
        else:
            kept.append(repo.add(record))
            wrote.append(True)
    gone = set(existing) - {r.id for r in wanted}
    for record_id in gone:
        repo.delete(record_id)
    wrote.append(bool(gone))
    return kept


def _counts(file: ChildFile) -> str:
    # Only how many, never what: the audit detail holds no child's data.
    return json.dumps(
        {"carers": len(file.carers), "groups": len(file.groups),
         "allowances": len(file.allowances)},
        sort_keys=True,
    )  # fmt: skip


# --- reading -------------------------------------------------------------------------------------


def load_profile(store: Store, child_id: str) -> ChildProfile:
    """The child's file (opening it is audited), cases and history, for the profile screen."""
    file = open_child_file(store, child_id)
    return ChildProfile(file, child_cases(store, child_id), child_history(store, child_id))


def child_cases(store: Store, child_id: str) -> list[CaseLine]:
    with store.unit_of_work(write=False) as uow:
        cases: list[Case] = uow.cases.where(child_id=child_id, order_by="received_at")
    return [CaseLine(c.id, c.code, c.stage, c.risk_level, c.received_at) for c in reversed(cases)]


def child_history(store: Store, child_id: str, *, limit: int = 500) -> list[HistoryEntry]:
    """The audit trail of this child: the file, its visits and its cases, newest first."""
    visits = select(HomeVisitRow.id).where(HomeVisitRow.child_id == child_id)
    cases = select(CaseRow.id).where(CaseRow.child_id == child_id)
    query = (
        select(AuditEventRow, OfficerRow.full_name)
        .outerjoin(OfficerRow, OfficerRow.id == AuditEventRow.officer_id)
        .where(
            or_(
                (AuditEventRow.entity == "child") & (AuditEventRow.entity_id == child_id),
                (AuditEventRow.entity == "home_visit") & AuditEventRow.entity_id.in_(visits),
                (AuditEventRow.entity == "case") & AuditEventRow.entity_id.in_(cases),
            )
        )
        .order_by(AuditEventRow.at.desc(), AuditEventRow.id.desc())
        .limit(limit)
    )
    with store.unit_of_work(write=False) as uow:
        return [
            HistoryEntry(row.at, name or "", row.action, row.entity, row.detail)
            for row, name in uow.session.execute(query)
        ]


def open_child_file(store: Store, child_id: str) -> ChildFile:
    """The whole profile of one child, restricted fields masked for roles without the right.

    Opening it is written to the audit trail, so every sight of what it shows is recorded.
    """
    with store.unit_of_work() as uow:
        child = uow.children.get(child_id)
        household = uow.households.find(child.household_id) if child.household_id else None
        uow.audit(AuditAction.VIEW, "child", child_id)
        return _restricted_for(
            store.officer.role,
            ChildFile(
                child=child,
                household=household,
                carers=uow.carers.where(child_id=child_id),
                groups=uow.groups.where(child_id=child_id),
                allowances=uow.allowances.where(child_id=child_id),
            ),
        )


def _restricted_for(role: Role, file: ChildFile) -> ChildFile:
    child, groups = file.child, file.groups
    if not can_see(role, RestrictedField.ETHNICITY):
        child = replace(child, ethnicity=masked(child.ethnicity))
    if not can_see(role, RestrictedField.HIV_STATUS):
        # Group đ (children affected by HIV/AIDS) would tell the HIV status by itself.
        child = replace(child, hiv_positive=None)
        groups = [g for g in groups if g.group is not SpecialGroup.DD]
    return replace(file, child=child, groups=groups)
