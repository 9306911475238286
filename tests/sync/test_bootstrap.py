"""A new PC's first sync: one transaction, the register and its search index whole and exact."""

import pytest
from sqlalchemy import text

from desktop.domain.child import Carer
from desktop.domain.enums import CarerRelation
from desktop.protocol import PulledRow, SnapshotPage
from desktop.services.sync import messages as sync_messages
from desktop.storage import capture, search_index
from desktop.storage.store import Store
from desktop.sync import apply, checksums, held
from desktop.sync.errors import SyncError
from desktop.sync.snapshot_load import SnapshotLoad
from desktop.sync.values import content, read_rows
from server import models as m
from tests.helpers.communes import Commune
from tests.sync.helpers import add_case, add_child, edit_child, state, sums
from tests.sync.support import make_store, raw


def _add_carer(store: Store, child_id: str, name: str, personal_id: str | None = None) -> None:
    with store.unit_of_work() as uow:
        uow.carers.add(
            Carer(
                child_id=child_id,
                full_name=name,
                relation=CarerRelation.GRANDPARENT,
                personal_id=personal_id,
            )
        )


def _schema(store: Store) -> list[dict]:
    return raw(
        store,
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name",
    )


def _entries(store: Store) -> list[dict]:
    return raw(
        store,
        "SELECT child_id, name, id_number, carers, place FROM child_search ORDER BY child_id",
    )


def _fts_consistent(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.session.execute(
            text(
                "INSERT INTO child_search_fts(child_search_fts, rank) "
                "VALUES ('integrity-check', 1)"
            )
        )


def _names(store: Store, query: str) -> set[str]:
    with store.unit_of_work(write=False) as uow:
        return {found.full_name for found in uow.search_children(query)}


def test_a_new_pc_gets_the_whole_register_its_indexes_and_an_exact_search_index(
    commune: Commune,
) -> None:
    a = commune.register("a")
    kids = [add_child(a, f"Phạm Thị Hằng {k}", village=f"Thôn {k % 3}") for k in range(30)]
    _add_carer(a, kids[0].id, "Đỗ Văn Quý", "031204000123")
    _add_carer(a, kids[0].id, "Lương Thị Nga")
    gone = add_child(a, "Vũ Đức Tài")
    add_case(a, kids[1].id)
    with a.unit_of_work() as uow:
        uow.children.delete(gone.id)
    commune.sync(a)
    b = commune.register("b")
    fresh_schema = _schema(b)

    report = commune.sync(b, pull_limit=7)

    assert report.bootstrapped and report.verify.ok and report.pages > 3
    # The sums taken while the rows were written equal the server's: nothing to repair.
    assert report.verify.mismatched_tables == [] and report.verify.repaired_rows == 0
    loaded_tables = ("child", "carer", "case_file", "household")
    assert state(a, loaded_tables) == state(b, loaded_tables)
    # Indexes and capture triggers dropped for the load are back, exactly as made.
    assert _schema(b) == fresh_schema
    with b.engine.connect() as conn:
        assert capture.check_capture(conn) == []
    # The search index made during the load is the one a rebuild makes.
    _fts_consistent(b)
    loaded = _entries(b)
    with b.unit_of_work() as uow:
        search_index.rebuild(uow.session)
    assert _entries(b) == loaded and len(loaded) == 30
    assert _names(b, "do van quy") == {"Phạm Thị Hằng 0"}
    assert _names(b, "031204") == {"Phạm Thị Hằng 0"}
    assert _names(b, "vu duc tai") == set()
    # Edits after the load are captured as usual.
    edit_child(b, kids[2].id, school="Trường THCS Cát Bi")
    with b.engine.connect() as conn:
        waiting = conn.execute(text("SELECT table_name, row_id FROM sync_outbox")).all()
    assert ("child", kids[2].id) in [tuple(row) for row in waiting]
    for store in (b, a, b):
        commune.sync(store)
    assert state(a) == state(b) and sums(a) == sums(b)


def test_snapshot_rows_without_their_parent_are_left_out_and_reported(commune: Commune) -> None:
    a = commune.register("a")
    kept, lost = add_child(a, "Ngô Thị Lan"), add_child(a, "Hoàng Văn Nam")
    _add_carer(a, lost.id, "Hoàng Thị Huệ")
    commune.sync(a)
    # A server whose data lost a child but kept its carer.
    with commune.server.engine.begin() as conn:
        row = m.sync_row.c
        conn.execute(m.sync_row.delete().where(row.table_name == "child", row.row_id == lost.id))
    b = commune.register("b")
    with pytest.raises(SyncError) as caught:
        commune.sync(b)
    assert caught.value.code == "sync.orphan_rows" and caught.value.detail == "1"
    assert "thiếu bản ghi gốc" in sync_messages.explain(caught.value)
    with b.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM carer")).scalar_one() == 0
        kept_rows = conn.execute(text("SELECT id FROM child")).scalars().all()
        assert kept_rows == [kept.id]
        bootstrapped = conn.execute(text("SELECT bootstrapped FROM sync_state")).scalar_one()
    assert not bootstrapped
    assert _names(b, "ngo thi lan") == {"Ngô Thị Lan"}
    _fts_consistent(b)


def _pulled(store: Store, table: str, seq: int) -> list[PulledRow]:
    with store.unit_of_work(write=False) as uow:
        return [
            PulledRow(table, raw["id"], seq, raw["version"], False, content(table, raw))
            for raw in read_rows(uow.session, table)
        ]


def test_a_carer_arriving_after_its_child_still_reaches_the_child_s_entry(tmp_path) -> None:
    source = make_store(tmp_path / "source")
    made = add_child(source, "Trịnh Minh Khôi")
    _add_carer(source, made.id, "Trịnh Văn Sáng")
    children, carers = _pulled(source, "child", 1), _pulled(source, "carer", 2)
    target = make_store(tmp_path / "target", username="le.van.hung")
    with (
        target.unit_of_work() as uow,
        apply.guarded(uow.session),
        SnapshotLoad(uow.session, target.device_id) as load,
    ):
        # The other order than a server sends: the child's entry is written first.
        for rows in (children, carers):
            load.write(load.prepare(SnapshotPage(rows, 2, "", False)))
        assert load.finish() == 0
        # The sums taken as rows were written are those of the tables as they now are.
        known = load.checksums()
        assert known["child"].count == known["carer"].count == 1
        assert known == {t: checksums.quick_checksum(uow.session, t) for t in known}
    assert _names(target, "trinh van sang") == {"Trịnh Minh Khôi"}
    _fts_consistent(target)
    loaded = _entries(target)
    with target.unit_of_work() as uow:
        search_index.rebuild(uow.session)
    assert _entries(target) == loaded
    source.close()
    target.close()


def test_a_snapshot_row_lacking_required_columns_is_held_back(tmp_path) -> None:
    source = make_store(tmp_path / "source")
    whole, cut = add_child(source, "Mai Văn Tiến"), add_child(source, "Mai Thị Thu")
    rows = _pulled(source, "child", 1)
    rows = [
        row
        if row.row_id == whole.id
        else PulledRow("child", row.row_id, 1, 1, False, {"full_name": "Mai Thị Thu"})
        for row in rows
    ]
    assert [held.problem(row) is None for row in rows] == [row.row_id == whole.id for row in rows]
    target = make_store(tmp_path / "target", username="le.van.hung")
    with (
        target.unit_of_work() as uow,
        apply.guarded(uow.session),
        SnapshotLoad(uow.session, target.device_id) as load,
    ):
        assert load.write(load.prepare(SnapshotPage(rows, 1, "", False))) == 1
        assert load.finish() == 0
    assert [r["id"] for r in raw(target, "SELECT id FROM child")] == [whole.id]
    assert [(r["row_id"], r["kind"], r["reason_code"]) for r in raw(
        target, "SELECT * FROM sync_quarantine")] == [(cut.id, "pulled", "sync.missing_value")]
    assert _names(target, "mai") == {"Mai Văn Tiến"}
    assert cut.id not in {r["child_id"] for r in _entries(target)}
    source.close()
    target.close()
