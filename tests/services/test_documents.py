"""Every document printed from a seeded register carries its data, masked by role and audited."""

import unicodedata
from pathlib import Path

import pytest

from desktop.domain.case import Case
from desktop.domain.enums import AuditAction, CaseStage, Role, SpecialGroup
from desktop.printing.templates import load_template, used_fields
from desktop.services import documents as d
from desktop.services.document_data import DocumentError
from desktop.services.document_settings import (
    DocumentSettings,
    load_document_settings,
    save_document_settings,
)
from desktop.services.seed import seed_register
from desktop.storage.store import Store
from tests.helpers.registers import create_store
from tests.printing.pdf_text import squash, text

CHILDREN = 60  # enough for the seed to put a case in every stage


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    made, _ = create_store(tmp_path_factory.mktemp("documents") / "data")
    seed_register(made, children=CHILDREN, seed=3)
    yield made
    made.close()


def _cases(store: Store) -> list[Case]:
    with store.unit_of_work(write=False) as uow:
        return sorted(uow.cases.where(), key=lambda c: c.code)


def _printable(store: Store, form: str) -> Case:
    """The first case that holds the record this form prints."""
    for case in _cases(store):
        try:
            d.document_data(store, form, case.id)
        except DocumentError:
            continue
        return case
    raise AssertionError(f"the seed made no case printable as {form}")


def _assert_everything_printed(form: str, data: object, pdf: bytes) -> None:
    whole = text(pdf)
    assert unicodedata.is_normalized("NFC", whole)
    values, lists, tables = used_fields(load_template(form))
    filled = {k: v for k, v in data.values.items() if k in values and v.strip()}
    assert filled, "nothing filled"
    for key, value in filled.items():
        assert squash(value) in whole, f"{form}: {key}={value[:40]!r} missing"
    for name in lists:
        for item in data.lists.get(name, []):
            assert squash(item) in whole, f"{form}: list {name} item missing"
    for name in tables:
        for row in data.tables.get(name, []):
            for cell in row.values():
                assert squash(cell) in whole, f"{form}: table {name} cell {cell!r} missing"


@pytest.mark.parametrize("form", d.CASE_FORMS)
def test_every_case_form_prints_all_its_filled_fields(store: Store, form: str) -> None:
    case = _printable(store, form)
    data = d.document_data(store, form, case.id)
    rendered = d.render_document(store, form, case.id)
    assert rendered.pdf.startswith(b"%PDF")
    _assert_everything_printed(form, data, rendered.pdf)
    assert data.values["commune_name"] in text(rendered.pdf)


def test_the_plan_prints_each_stored_task_and_the_decision_its_signer(store: Store) -> None:
    case = _printable(store, "mau05")
    with store.unit_of_work(write=False) as uow:
        decision = uow.approvals.where(case_id=case.id)[0]
        tasks = uow.plan_tasks.where(plan_id=decision.plan_id)
        stored = uow.cases.get(case.id)
    whole = text(d.render_document(store, "mau05", case.id).pdf)
    assert f"Số: {int(decision.decision_number.split('/')[0]):02d}/QĐ-UBND" in whole
    assert decision.signer_name in whole
    assert ("KT. CHỦ TỊCH" in whole) == decision.signer_is_deputy
    for task in tasks:
        assert squash(task.task) in whole and squash(task.responsible) in whole
    total = f"{sum(t.cost for t in tasks):,}".replace(",", ".")
    assert f"Tổng cộng {total}" in whole
    assert stored.code in whole


def test_profile_sheet_and_register_extract(store: Store) -> None:
    child_id = _cases(store)[0].child_id
    data = d.document_data(store, "ho_so_tre", child_id)
    rendered = d.render_document(store, "ho_so_tre", child_id)
    _assert_everything_printed("ho_so_tre", data, rendered.pdf)
    extract = d.register_extract(store)
    whole = text(extract.pdf)
    with store.unit_of_work(write=False) as uow:
        children = uow.children.where()
    assert f"Tổng số trẻ em trong danh sách: {len(children)}." in whole
    for child in children:
        assert child.full_name in whole
    village = children[0].village
    only = text(d.register_extract(store, d.RegisterFilter(village=village)).pdf)
    wanted = [c for c in children if c.village == village]
    assert f"Tổng số trẻ em trong danh sách: {len(wanted)}." in only


def _audits(store: Store) -> list:
    with store.unit_of_work(write=False) as uow:
        return [e for e in uow.audit_events.where() if e.action is AuditAction.PRINT]


def _case_with_perpetrator(store: Store) -> Case:
    return next(c for c in _cases(store) if c.perpetrator_relationship)


def test_printing_restricted_fields_is_audited_without_the_childs_data(store: Store) -> None:
    case = _case_with_perpetrator(store)
    before = len(_audits(store))
    rendered = d.render_document(store, "mau01", case.id)
    assert "perpetrator" in rendered.restricted_shown
    assert case.perpetrator_relationship in text(rendered.pdf)
    events = _audits(store)[before:]
    assert len(events) == 1
    assert events[0].entity_id == case.id
    assert "restricted=" in events[0].detail and "perpetrator" in events[0].detail
    assert case.perpetrator_relationship not in events[0].detail


def test_a_collaborator_gets_restricted_fields_masked(tmp_path: Path) -> None:
    helper, _ = create_store(tmp_path / "data", role=Role.COLLABORATOR)
    try:
        seed_register(helper, children=CHILDREN, seed=3)
        case = _case_with_perpetrator(helper)
        rendered = d.render_document(helper, "mau01", case.id)
        whole = text(rendered.pdf)
        assert case.perpetrator_relationship not in whole
        assert d.MASK in whole
        assert rendered.restricted_masked and not rendered.restricted_shown
        assert "masked=" in _audits(helper)[-1].detail
        with helper.unit_of_work(write=False) as uow:
            child = next(c for c in uow.children.where() if c.ethnicity)
        profile = text(d.render_document(helper, "ho_so_tre", child.id).pdf)
        assert f"Dân tộc: {d.MASK}" in profile
        assert f"Dân tộc: {child.ethnicity}" not in profile
    finally:
        helper.close()


def test_an_approver_prints_the_facts_but_not_the_informant(tmp_path: Path) -> None:
    """As on screen: the Chairman sees the perpetrator, the informant stays with the receiver."""
    chairman, _ = create_store(tmp_path / "data", role=Role.APPROVER)
    try:
        seed_register(chairman, children=CHILDREN, seed=3)
        with chairman.unit_of_work(write=False) as uow:
            named = [i for i in uow.informants.where() if i.consents_to_record and i.full_name]
        assert named, "the seed recorded no named informant"
        informant = named[0]
        rendered = d.render_document(chairman, "mau01", informant.case_id)
        whole = text(rendered.pdf)
        assert "informant_name" in rendered.restricted_masked
        assert "informant_name" not in rendered.restricted_shown
        assert squash(informant.full_name) not in whole and d.MASK in whole
        case = next(c for c in _cases(chairman) if c.id == informant.case_id)
        if case.perpetrator_relationship:
            assert "perpetrator" in rendered.restricted_shown
            assert squash(case.perpetrator_relationship) in whole
    finally:
        chairman.close()


def test_signers_and_numbers_come_from_settings(store: Store) -> None:
    settings = load_document_settings(store)
    assert settings.commune_name and settings.place_name
    save_document_settings(
        store,
        DocumentSettings(
            commune_name=settings.commune_name,
            place_name="Thủy Nguyên",
            chairman_name="Đỗ Văn Quyết",
            deputy_names=["Lê Thị Hòa"],
        ),
    )
    assert load_document_settings(store).deputy_names == ["Lê Thị Hòa"]
    isolation = _printable(store, "mau07")
    assert "Đỗ Văn Quyết" in text(d.render_document(store, "mau07", isolation.id).pdf)
    case = _printable(store, "mau02")
    first = text(d.render_document(store, "mau02", case.id, issue_number=True).pdf)
    second = text(d.render_document(store, "mau02", case.id, issue_number=True).pdf)
    assert "Số: 01/BC-UBND" in first and "Số: 02/BC-UBND" in second
    assert "Thủy Nguyên, ngày" in first


def test_a_case_without_the_record_says_so(store: Store) -> None:
    received = next(c for c in _cases(store) if c.stage is CaseStage.RECEIVED)
    with pytest.raises(DocumentError) as caught:
        d.render_document(store, "mau04", received.id)
    assert caught.value.code == "documents.no_record"
    with pytest.raises(DocumentError) as missing:
        d.render_document(store, "mau01", "khong-co")
    assert missing.value.code == "documents.not_found"
    with pytest.raises(DocumentError):
        d.render_document(store, "mau99", received.id)


def test_home_visit_record_from_the_visit_the_case_or_the_child(store: Store) -> None:
    with store.unit_of_work(write=False) as uow:
        visit = max(
            (v for v in uow.visits.where() if v.case_id and v.observations),
            key=lambda v: v.visited_at,
        )
        latest_of_child = max(uow.visits.where(child_id=visit.child_id), key=lambda v: v.visited_at)
    by_visit = text(d.render_document(store, "tham_gia_dinh", visit.id).pdf)
    assert squash(visit.observations) in by_visit
    by_child = text(d.render_document(store, "tham_gia_dinh", visit.child_id).pdf)
    assert squash(latest_of_child.observations) in by_child
    assert "BIÊN BẢN" in by_child and "Thăm gia đình trẻ em" in by_child


@pytest.mark.parametrize("role", [Role.OFFICER, Role.COLLABORATOR])
def test_group_d_with_hiv_is_restricted_in_the_extract_and_the_profile(
    tmp_path: Path, role: Role
) -> None:
    from desktop.domain.child import GroupMembership
    from desktop.reference.groups import group_label
    from tests.helpers.registers import add_child

    helper, _ = create_store(tmp_path / "data", role=role)
    try:
        child = add_child(helper, "Phạm Thị Hoa", village="Thôn 2", ethnicity="Tày")
        with helper.unit_of_work() as uow:
            uow.groups.add(GroupMembership(child_id=child.id, group=SpecialGroup.DD))
        extract = d.register_extract(helper)
        profile = d.render_document(helper, "ho_so_tre", child.id)
        hiv_text = group_label(SpecialGroup.DD)
        if role is Role.OFFICER:
            assert extract.restricted_shown == ("hiv",)
            assert hiv_text in text(profile.pdf) and "Tày" in text(profile.pdf)
            assert set(profile.restricted_shown) == {"hiv", "ethnicity"}
        else:
            assert extract.restricted_masked == ("hiv",)
            assert hiv_text not in text(profile.pdf) and "Tày" not in text(profile.pdf)
            assert set(profile.restricted_masked) == {"hiv", "ethnicity"}
        assert "Phạm Thị Hoa" in text(extract.pdf)
        details = [e.detail for e in _audits(helper)]
        assert any("form=so_theo_doi" in x and "hiv" in x for x in details)
        assert not any("Phạm" in x or "Tày" in x for x in details)
    finally:
        helper.close()
