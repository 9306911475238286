"""Writing records: hostile text kept intact, versions, soft delete, append-only history."""

import pytest
from sqlalchemy import text

from desktop.domain.child import Child
from desktop.domain.visit import HomeVisit
from desktop.storage.errors import AppendOnly, StaleRecord
from desktop.storage.store import Store
from tests.helpers.registers import add_child

HOSTILE = [
    'O\'Brien "quoted" `back`',
    "Robert'); DROP TABLE child;--",
    "1 OR 1=1; SELECT * FROM officer",
    "tab\tnew\nline\rcarriage\x00nul\x07bell\x1b[31m",
    "emoji 👧🏻 and RTL \u202eevil\u202c and zero\u200bwidth",
    "x" * 1_000_000,
    "Ân" * 500_000,
]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_stored_and_found_intact(store: Store, value: str) -> None:
    child = add_child(store, "Lò Văn Sáng", notes=value, village=value[:5000])
    with store.unit_of_work(write=False) as uow:
        again = uow.children.get(child.id)
        assert again.notes == value
        assert again.village == value[:5000]
        assert [c.id for c in uow.search_children("lo van sang")] == [child.id]
        assert uow.session.execute(text("SELECT count(*) FROM child")).scalar_one() == 1


def test_huge_name_is_searchable(store: Store) -> None:
    huge = "Trịnh " + "Thị " * 200_000 + "Mơ"
    child = add_child(store, huge)
    with store.unit_of_work(write=False) as uow:
        assert uow.children.get(child.id).full_name == huge
        assert [c.id for c in uow.search_children("trinh thi mo")] == [child.id]


def test_update_bumps_version_and_a_stale_copy_is_refused(store: Store, family: Child) -> None:
    with store.unit_of_work() as uow:
        first = uow.children.get(family.id)
    with store.unit_of_work() as uow:
        first.school = "Trường Tiểu học Thủy Đường"
        saved = uow.children.update(first)
    assert saved.version == first.version + 1
    first.school = "a lost edit"
    with pytest.raises(StaleRecord), store.unit_of_work() as uow:
        uow.children.update(first)
    with store.unit_of_work(write=False) as uow:
        assert uow.children.get(family.id).school == "Trường Tiểu học Thủy Đường"


def test_delete_is_soft_and_keeps_the_row(store: Store, family: Child) -> None:
    with store.unit_of_work() as uow:
        uow.children.delete(family.id)
    with store.unit_of_work(write=False) as uow:
        assert uow.children.find(family.id) is None
        kept = uow.children.get(family.id, include_deleted=True)
        assert kept.deleted_at is not None


def test_a_failed_unit_of_work_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        uow.children.add(Child(commune_code="11560", full_name="Hà Văn Tạm"))
        raise RuntimeError("interrupted")
    with store.unit_of_work(write=False) as uow:
        assert uow.search_children("ha van tam") == []
        assert uow.session.execute(text("SELECT count(*) FROM child")).scalar_one() == 0


def test_visits_are_append_only_and_corrections_keep_both(store: Store, family: Child) -> None:
    when = store.options.clock()
    with store.unit_of_work() as uow:
        visit = uow.visits.add(HomeVisit(child_id=family.id, visited_at=when, observations="Ổn"))
    with pytest.raises(AppendOnly), store.unit_of_work() as uow:
        uow.visits.update(visit)
    with pytest.raises(AppendOnly), store.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE home_visit SET observations = 'sửa lén' WHERE id = :id"), {"id": visit.id}
        )
    with pytest.raises(AppendOnly), store.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM home_visit"))
    with store.unit_of_work() as uow:
        fixed = HomeVisit(child_id=family.id, visited_at=when, observations="Ổn, đã gặp trẻ")
        uow.visits.revise(visit.id, fixed)
    with store.unit_of_work(write=False) as uow:
        kept = uow.visits.where(child_id=family.id)
    assert [v.observations for v in kept] == ["Ổn", "Ổn, đã gặp trẻ"]
    assert kept[1].revision_of == visit.id


def test_audit_trail_cannot_be_rewritten(store: Store) -> None:
    with pytest.raises(AppendOnly), store.unit_of_work() as uow:
        uow.session.execute(text("UPDATE audit_event SET detail = 'x'"))
    with store.unit_of_work(write=False) as uow:
        actions = [e.action for e in uow.audit_events.where(order_by="at")]
    assert actions[0].value == "tao"


def test_every_synced_table_carries_the_sync_columns() -> None:
    from desktop.storage.schema import Base
    from desktop.storage.schema.base import SYNC_COLUMNS, is_local

    assert is_local(Base.metadata.tables["local_setting"])
    for name, table in Base.metadata.tables.items():
        if is_local(table):
            continue
        assert set(table.columns.keys()) >= SYNC_COLUMNS, name
        assert table.primary_key.columns.keys() == ["id"], name


def test_the_sync_columns_are_the_protocol_s_bookkeeping_columns() -> None:
    # One list: what the register declares is exactly what the wire leaves out of content.
    from desktop.protocol import META_COLUMNS
    from desktop.storage.schema.base import SYNC_COLUMNS, SyncedMixin

    assert SYNC_COLUMNS == META_COLUMNS
    assert set(SyncedMixin.__annotations__) == META_COLUMNS
