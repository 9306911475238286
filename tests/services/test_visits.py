"""Home visits: append-only with revisions kept, per-child and commune lists, due and overdue."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.visit import HomeVisit
from desktop.services import visits as svc
from desktop.storage.errors import AppendOnly
from desktop.storage.store import Store
from tests.helpers.registers import add_child, create_store


@pytest.fixture
def store(tmp_path: Path):
    created, _ = create_store(tmp_path / "r")
    yield created
    created.close()


def visit(child_id: str, days_ago: int, next_in: int | None, **extra: object) -> HomeVisit:
    now = datetime.now(UTC)
    values: dict[str, object] = {
        "child_id": child_id,
        "visited_at": now - timedelta(days=days_ago),
        "visitors": "Trần Thị Mai",
        "observations": "Trẻ khỏe mạnh.",
        "next_visit_on": None if next_in is None else now.astimezone().date() + timedelta(next_in),
    }
    values.update(extra)
    return HomeVisit(**values)


def test_a_visit_is_validated(store: Store) -> None:
    child = add_child(store, "Vũ Văn Hải")
    for bad, code in (
        (visit(child.id, -2, None), "visit.future"),
        (visit(child.id, 1, None, visitors=" "), "visit.visitors_required"),
        (visit(child.id, 1, None, observations=""), "visit.content_required"),
        (visit(child.id, 1, -3), "visit.next_before_visit"),
    ):
        with pytest.raises(DomainError) as raised:
            svc.add_visit(store, bad)
        assert code in raised.value.params["problems"]


def test_a_correction_is_a_new_revision_and_both_are_kept(store: Store) -> None:
    child = add_child(store, "Vũ Văn Hải")
    first = svc.add_visit(store, visit(child.id, 3, 20, risk_flags=["thiếu ăn"]))
    with store.unit_of_work() as uow, pytest.raises(AppendOnly):
        uow.visits.update(first)
    fixed = svc.revise_visit(store, first.id, visit(child.id, 3, 20, observations="Trẻ gầy."))
    assert fixed.id != first.id and fixed.revision_of == first.id
    lines = svc.visits_of_child(store, child.id)
    assert {line.visit.id for line in lines} == {first.id, fixed.id}
    old = next(line for line in lines if line.visit.id == first.id)
    assert old.superseded and old.visit.observations == "Trẻ khỏe mạnh."
    assert old.visit.risk_flags == ["thiếu ăn"]
    assert not next(line for line in lines if line.visit.id == fixed.id).superseded
    with pytest.raises(DomainError):
        svc.revise_visit(store, first.id, visit(child.id, 3, 20))


def test_commune_lists_recent_and_due_by_each_childs_latest_visit(store: Store) -> None:
    overdue = add_child(store, "An")
    soon = add_child(store, "Bình")
    later = add_child(store, "Chi")
    moved_on = add_child(store, "Dũng")
    svc.add_visit(store, visit(overdue.id, 40, -10))
    svc.add_visit(store, visit(soon.id, 10, 3))
    svc.add_visit(store, visit(later.id, 5, 30))
    # An old visit named a date now past, but a newer visit has been made since.
    svc.add_visit(store, visit(moved_on.id, 60, -20))
    svc.add_visit(store, visit(moved_on.id, 2, 40))
    due = svc.visits_due(store)
    assert [(line.child_name, line.state) for line in due] == [
        ("An", svc.VisitState.OVERDUE),
        ("Bình", svc.VisitState.DUE_SOON),
    ]
    recent = svc.recent_visits(store, days=30)
    assert [line.child_name for line in recent] == ["Dũng", "Chi", "Bình"]


def test_next_visit_state() -> None:
    today = date(2026, 5, 10)
    assert svc.next_visit_state(None, today) == svc.VisitState.NONE
    assert svc.next_visit_state(date(2026, 5, 9), today) == svc.VisitState.OVERDUE
    assert svc.next_visit_state(date(2026, 5, 17), today) == svc.VisitState.DUE_SOON
    assert svc.next_visit_state(date(2026, 5, 18), today) == svc.VisitState.PLANNED
