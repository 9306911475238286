"""Roles on cases: who may take which step, and restricted fields masked, revealed, audited."""

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.enums import AbuseType, AuditAction, CaseStage, RiskLevel, Role, Sex
from desktop.domain.errors import DomainError
from desktop.domain.permissions import MASK, RestrictedField
from desktop.services import cases
from desktop.services.cases import views as cases_views
from desktop.storage.schema.admin import AuditEventRow
from tests.helpers.registers import add_child
from tests.services.case_helpers import Clock, act_as, intake, make_store, step_to

F = RestrictedField


@pytest.fixture
def world(tmp_path: Path):
    clock = Clock()
    store = make_store(tmp_path / "register", clock)
    owner = store.officer
    child = add_child(store, "Phạm Thị Lan", sex=Sex.FEMALE, ethnicity="Tày", hiv_positive=True)
    case_id = intake(
        store,
        child_id=child.id,
        abuse_types=[AbuseType.SEXUAL],
        sexual_abuse_details="Dâm ô",
        perpetrator_relationship="Hàng xóm",
    )
    yield store, clock, case_id, owner
    store.close()


def _restricted_views(store, case_id) -> list[str]:
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.scalars(
            select(AuditEventRow).where(
                AuditEventRow.entity_id == case_id,
                AuditEventRow.action == AuditAction.VIEW_RESTRICTED,
            )
        ).all()
        return [(row.detail, row.officer_id) for row in rows]


EXPECTED = {
    F.INFORMANT: "Lê Văn Báo · 0912345678",
    F.PERPETRATOR: "Hàng xóm",
    F.SEXUAL_ABUSE_DETAILS: "Dâm ô",
    F.HIV_STATUS: "positive",
    F.ETHNICITY: "Tày",
}


@pytest.mark.parametrize("restricted", list(F))
def test_officer_sees_each_restricted_field_only_on_reveal_and_it_is_audited(
    world, restricted
) -> None:
    store, _clock, case_id, owner = world
    view = cases_views.open_case(store, case_id)
    assert view.perpetrator == MASK and view.sexual_abuse_details == MASK
    assert restricted in view.visible
    assert _restricted_views(store, case_id) == []
    assert cases_views.reveal(store, case_id, restricted) == EXPECTED[restricted]
    assert _restricted_views(store, case_id) == [(restricted.value, owner.id)]


@pytest.mark.parametrize("role", [Role.COLLABORATOR, Role.VIEWER])
@pytest.mark.parametrize("restricted", list(F))
def test_roles_without_the_right_never_see_restricted_fields(world, role, restricted) -> None:
    store, _clock, case_id, _owner = world
    act_as(store, role)
    view = cases_views.open_case(store, case_id)
    assert restricted not in view.visible
    assert "Hàng xóm" not in repr(view) and "Dâm ô" not in repr(view)
    with pytest.raises(DomainError) as caught:
        cases_views.reveal(store, case_id, restricted)
    assert caught.value.code == "permission.restricted"
    assert _restricted_views(store, case_id) == []


def test_approver_sees_the_case_facts_but_not_the_informant(world) -> None:
    store, _clock, case_id, _owner = world
    chair = act_as(store, Role.APPROVER)
    assert cases_views.reveal(store, case_id, F.PERPETRATOR) == "Hàng xóm"
    with pytest.raises(DomainError, match=r"permission\.restricted"):
        cases_views.reveal(store, case_id, F.INFORMANT)
    assert _restricted_views(store, case_id) == [(F.PERPETRATOR.value, chair.id)]


def test_collaborator_records_an_intake_but_takes_no_casework_step(world) -> None:
    store, _clock, _case_id, _owner = world
    act_as(store, Role.COLLABORATOR)
    new_case = intake(store)
    with store.unit_of_work(write=False) as uow:
        assert uow.cases.get(new_case).officer_id is None  # waits for an officer
    with pytest.raises(DomainError, match=r"permission\.denied"):
        cases.record_initial_assessment(store, new_case, risk_level=RiskLevel.LOW, emergency=False)
    cases.add_note(store, new_case, "Đã gặp trẻ ở trường")


def test_viewer_cannot_record_anything(world) -> None:
    store, _clock, case_id, _owner = world
    act_as(store, Role.VIEWER)
    with pytest.raises(DomainError, match=r"permission\.denied"):
        intake(store)
    with pytest.raises(DomainError, match=r"permission\.denied"):
        cases.add_note(store, case_id, "x")


def test_the_chairman_approves_and_returns_but_does_not_draft(world) -> None:
    store, clock, case_id, owner = world
    step_to(store, case_id, CaseStage.AWAITING_APPROVAL, clock)
    chair = act_as(store, Role.APPROVER)
    with pytest.raises(DomainError, match=r"permission\.denied"):
        cases.submit_plan(store, case_id)
    done = cases.approve_plan(
        store, case_id, decision_number="30/QĐ-UBND", decided_on=clock().date(),
        signer_name=chair.full_name,
    )  # fmt: skip
    assert done.stage is CaseStage.IMPLEMENTING
    with store.unit_of_work(write=False) as uow:
        events = uow.case_events.where(case_id=case_id, order_by="at")
    assert events[-1].officer_id == chair.id
    assert {e.officer_id for e in events[:-1]} == {owner.id}
