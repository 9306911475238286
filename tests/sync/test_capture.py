"""Change capture: every local edit reaches the outbox in its own transaction, once."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.child import Carer
from desktop.domain.enums import CarerRelation
from desktop.domain.visit import HomeVisit
from desktop.storage.capture import check_capture, install_capture_triggers
from desktop.storage.synced_tables import SYNCED_TABLES, tables_with_sync_columns
from desktop.sync import apply
from tests.helpers.registers import add_child
from tests.sync.support import make_store, outbox


@pytest.fixture
def store(tmp_path: Path):
    made = make_store(tmp_path / "r")
    with made.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))
    yield made
    made.close()


def test_the_protocol_lists_exactly_the_tables_that_carry_sync_columns() -> None:
    assert set(SYNCED_TABLES) == tables_with_sync_columns()


def test_a_new_register_has_every_trigger(store) -> None:
    with store.engine.connect() as conn:
        assert check_capture(conn) == []


def test_insert_then_edits_fold_into_one_change_and_a_later_edit_keeps_the_base(store) -> None:
    child = add_child(store, "Nguyễn Văn An", village="Thôn 1")
    with store.unit_of_work() as uow:
        record = uow.children.get(child.id)
        record.school = "Trường Tiểu học Hải An"
        uow.children.update(record)
    entries = outbox(store)
    assert [(e["table_name"], e["kind"], e["base_json"]) for e in entries] == [
        ("child", "upsert", None)
    ]
    # Once the change is in a batch, a further edit is a new change whose base is that state.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE sync_outbox SET batch_id = 'b', op_id = 'o'"))
    with store.unit_of_work() as uow:
        record = uow.children.get(child.id)
        record.village = "Thôn 2"
        uow.children.update(record)
    with store.unit_of_work() as uow:
        record = uow.children.get(child.id)
        record.notes = "đã chuyển trường"
        uow.children.update(record)
    later = [e for e in outbox(store) if e["batch_id"] is None]
    assert len(later) == 1
    assert later[0]["base_json"]["village"] == "Thôn 1"
    assert later[0]["new_json"]["village"] == "Thôn 2"
    assert later[0]["new_json"]["notes"] == "đã chuyển trường"
    assert later[0]["base_version"] == 2


def test_soft_delete_is_a_delete_change(store) -> None:
    child = add_child(store, "Lê Thị Bình")
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))
    with store.unit_of_work() as uow:
        uow.children.delete(child.id)
    assert [e["kind"] for e in outbox(store) if e["table_name"] == "child"] == ["delete"]


def test_append_only_rows_are_appends_and_a_failed_edit_leaves_nothing(store) -> None:
    child = add_child(store, "Phạm Văn Cường")
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        uow.carers.add(
            Carer(child_id=child.id, full_name="Phạm Thị D", relation=CarerRelation.MOTHER)
        )
        raise RuntimeError("officer cancelled")
    assert outbox(store) == []
    with store.unit_of_work() as uow:
        uow.visits.add(HomeVisit(child_id=child.id, visited_at=datetime.now(UTC)))
    assert [(e["table_name"], e["kind"]) for e in outbox(store)] == [("home_visit", "append")]


def test_a_remote_apply_does_not_echo(store) -> None:
    child = add_child(store, "Vũ Thị Em")
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))
    with store.unit_of_work() as uow, apply.guarded(uow.session):
        uow.session.execute(
            text("UPDATE child SET village = 'Thôn 9' WHERE id = :i"), {"i": child.id}
        )
    assert outbox(store) == []
    # The guard was only for that transaction.
    with store.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE child SET village = 'Thôn 8' WHERE id = :i"), {"i": child.id}
        )
    assert len(outbox(store)) == 1


def test_the_check_finds_a_missing_trigger_and_a_column_added_later(store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql('DROP TRIGGER "carer_sync_au"')
        conn.exec_driver_sql("ALTER TABLE child ADD COLUMN nickname TEXT")
        problems = [str(p) for p in check_capture(conn)]
    assert "sync capture: carer has no trigger carer_sync_au" in problems
    assert any("child_sync_au" in p and "nickname" in p for p in problems)
    with store.engine.begin() as conn:
        install_capture_triggers(conn, ["carer", "child"])
        assert check_capture(conn) == []
        # And the reinstalled trigger carries the new column.
        conn.exec_driver_sql("UPDATE child SET nickname = 'Bé' WHERE 0")
