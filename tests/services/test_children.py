"""Child profile service: validation, duplicate warning, create and version-checked save."""

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.child import Carer, ChildFile, GroupMembership
from desktop.domain.enums import (
    AuditAction,
    CarerRelation,
    Role,
    Sex,
    SpecialGroup,
)
from desktop.domain.permissions import MASK
from desktop.services import children as svc
from desktop.storage.errors import StaleRecord
from desktop.storage.schema.admin import AuditEventRow
from desktop.storage.store import Store
from tests.helpers.registers import a_file, create_store

TODAY = date.today()


@pytest.fixture
def store(tmp_path: Path):
    created, _ = create_store(tmp_path / "r")
    yield created
    created.close()


def codes(file: ChildFile) -> set[str]:
    return {p.code for p in svc.validate(file, TODAY)}


def test_validation_names_required_fields_future_dates_and_id_contradictions() -> None:
    assert codes(a_file()) == set()
    bad = a_file(full_name="  ", sex=Sex.UNKNOWN, date_of_birth=None)
    assert codes(bad) >= {"child.name_required", "child.sex_required", "child.dob_required"}
    assert "date.future" in codes(a_file(date_of_birth=TODAY + timedelta(days=1)))
    # The 4th digit says male (even), the child is a girl: a warning, not an error.
    problems = svc.validate(a_file(personal_id="031216004321"), TODAY)
    assert [(p.code, p.severity) for p in problems] == [("id.sex_mismatch", "warning")]
    assert ("id.not_12_digits", "error") in {
        (p.code, p.severity) for p in svc.validate(a_file(personal_id="0313"), TODAY)
    }
    # An estimated birth date a year off the ID's year is accepted.
    assert codes(a_file(date_of_birth=date(2017, 7, 1), dob_estimated=True)) == set()
    assert "id.year_mismatch" in codes(a_file(date_of_birth=date(2017, 7, 1)))
    file = a_file()
    file.groups[0] = replace(file.groups[0], subgroup="a1")
    file.allowances[0] = replace(file.allowances[0], end_date=date(2023, 1, 1))
    assert codes(file) >= {"group.subgroup_mismatch", "date.end_before_start"}


def test_invalid_file_is_refused_with_every_problem(store: Store) -> None:
    with pytest.raises(svc.ChildInvalid) as raised:
        svc.create_child(store, a_file(full_name="", date_of_birth=None))
    assert {p.where for p in raised.value.problems} == {"full_name", "date_of_birth"}


def test_create_then_duplicate_by_id_and_by_folded_name_and_birth(store: Store) -> None:
    first = svc.create_child(store, a_file())
    assert first.child.household_id == first.household.id
    same_id = a_file(full_name="Trần Thị Lan", personal_id="0313 1600 4321")
    with pytest.raises(svc.DuplicateFound) as raised:
        svc.create_child(store, same_id)
    [match] = raised.value.matches
    assert (match.id, match.reason) == (first.child.id, "personal_id")
    same_name = a_file(full_name="nguyen thi  HOA", personal_id=None)
    with pytest.raises(svc.DuplicateFound) as raised:
        svc.create_child(store, same_name)
    assert [(m.id, m.reason) for m in raised.value.matches] == [(first.child.id, "name_and_birth")]
    assert (
        svc.find_duplicates(store, a_file(personal_id=None, date_of_birth=date(2016, 4, 3)).child)
        == []
    )
    # The officer says it is a different child: saved anyway.
    twin = svc.create_child(store, same_name, allow_duplicate=True)
    assert twin.child.id != first.child.id


def test_save_checks_the_version_and_keeps_sub_records_in_step(store: Store) -> None:
    created = svc.create_child(store, a_file())
    profile = svc.load_profile(store, created.child.id)
    file = profile.file
    edited = replace(
        file,
        child=replace(file.child, village="Thôn Nam"),
        carers=[*file.carers, Carer(child_id=file.child.id, full_name="Lê Thị Mơ",
                                    relation=CarerRelation.MOTHER)],
        groups=[],
    )  # fmt: skip
    saved = svc.save_child(store, edited)
    again = svc.load_profile(store, created.child.id).file
    assert again.child.village == "Thôn Nam" and again.child.version == saved.child.version == 2
    assert sorted(c.full_name for c in again.carers) == ["Lê Thị Mơ", "Nguyễn Văn Nam"]
    assert again.groups == [] and len(again.allowances) == 1
    # A second edit made from the old copy is stale: refused, nothing overwritten.
    with pytest.raises(StaleRecord):
        svc.save_child(store, replace(edited, child=replace(file.child, school="Trường A")))
    assert svc.load_profile(store, created.child.id).file.child.school == ""


def test_history_lists_create_view_and_update_without_child_data(store: Store) -> None:
    created = svc.create_child(store, a_file())
    profile = svc.load_profile(store, created.child.id)
    svc.save_child(store, replace(profile.file, child=replace(profile.file.child, school="B")))
    history = svc.child_history(store, created.child.id)
    assert [h.action for h in history] == [
        AuditAction.UPDATE,
        AuditAction.VIEW,
        AuditAction.CREATE,
    ]
    assert all(h.officer == "Trần Thị Mai" for h in history)
    assert json.loads(history[0].detail)["fields"] == ["school"]
    with store.unit_of_work(write=False) as uow:
        details = " ".join(uow.session.scalars(select(AuditEventRow.detail)))
    assert "Hoa" not in details and "031316004321" not in details
    assert svc.child_cases(store, created.child.id) == []


@pytest.mark.parametrize("role", [Role.COLLABORATOR, Role.VIEWER])
def test_a_childs_file_hides_ethnicity_and_hiv_from_roles_without_the_right(
    tmp_path: Path, role: Role
) -> None:
    from tests.helpers.registers import add_child
    from tests.services.case_helpers import act_as

    store, _ = create_store(tmp_path / "r")
    child = add_child(store, "Lò Thị Mai", ethnicity="Thái", hiv_positive=True)
    with store.unit_of_work() as uow:
        for group in (SpecialGroup.DD, SpecialGroup.A):
            uow.groups.add(GroupMembership(child_id=child.id, group=group))
    whole = svc.open_child_file(store, child.id)
    assert (whole.child.ethnicity, whole.child.hiv_positive) == ("Thái", True)
    assert {g.group for g in whole.groups} == {SpecialGroup.DD, SpecialGroup.A}

    act_as(store, role)
    seen = svc.open_child_file(store, child.id)
    assert seen.child.ethnicity == MASK
    assert seen.child.hiv_positive is None
    assert [g.group for g in seen.groups] == [SpecialGroup.A]
    with store.unit_of_work(write=False) as uow:
        stored = uow.children.get(child.id)
    assert (stored.ethnicity, stored.hiv_positive) == ("Thái", True)
    store.close()
