"""Bulk loading: indexes and triggers of empty tables back exactly, few statements, any values."""

import unicodedata

import pytest
from sqlalchemy import Connection

from desktop.storage import bulk_load
from desktop.storage.store import Store
from tests.helpers.registers import add_child

_SCHEMA = (
    "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? "
    "AND type IN ('index', 'trigger') ORDER BY type, name"
)


def _schema_of(conn: Connection, table: str) -> list[tuple[str, str, str | None]]:
    return [tuple(row) for row in conn.exec_driver_sql(_SCHEMA, (table,))]


def _schema(store: Store, table: str) -> list[tuple[str, str, str | None]]:
    with store.engine.connect() as conn:
        return _schema_of(conn, table)


def test_an_empty_table_loses_its_plain_indexes_and_named_triggers_until_the_end(
    store: Store,
) -> None:
    before = _schema(store, "case_file")
    plain = [n for kind, n, sql in before if kind == "index" and sql and "UNIQUE" not in sql]
    assert plain, "case_file should have plain indexes to defer"
    with store.unit_of_work() as uow:
        conn = uow.session.connection()
        with bulk_load.deferred_upkeep(uow.session, ["case_file", "child"], ["case_file_sync_ai"]):
            inside = {
                name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master")
            }
            assert not set(plain) & inside
            assert "case_file_sync_ai" not in inside
            # A key's own index and the other triggers stay.
            assert "case_file_sync_au" in inside
            assert any(n.startswith("sqlite_autoindex_case_file") for n in inside)
    assert _schema(store, "case_file") == before


def test_a_table_holding_rows_keeps_everything(store: Store) -> None:
    add_child(store, "Nguyễn Văn An")
    before = _schema(store, "child")
    with (
        store.unit_of_work() as uow,
        bulk_load.deferred_upkeep(uow.session, ["child"], ["child_sync_ai"]) as empty,
    ):
        assert empty == []
        assert _schema_of(uow.session.connection(), "child") == before
    assert _schema(store, "child") == before


def test_an_error_inside_rolls_the_drop_back_with_the_rows(store: Store) -> None:
    before = _schema(store, "case_file")
    with (
        pytest.raises(RuntimeError),
        store.unit_of_work() as uow,
        bulk_load.deferred_upkeep(uow.session, ["case_file"], ["case_file_sync_ai"]),
    ):
        raise RuntimeError("the load failed")
    assert _schema(store, "case_file") == before


def _scratch(uow, columns: int) -> list[str]:
    names = [f"c{i}" for i in range(columns)]
    uow.session.connection().exec_driver_sql(
        f"CREATE TEMP TABLE scratch (k INTEGER PRIMARY KEY, {', '.join(names)})"
    )
    return ["k", *names]


HOSTILE = [
    "Robert'); DROP TABLE child;--",
    "x" * 200_000,
    unicodedata.normalize("NFD", "Nguyễn Thị Ánh"),
    "",
    None,
    "😀 \u2028 \x00 tail",
]


def test_insert_rows_writes_every_row_exactly_across_statements(store: Store) -> None:
    with store.unit_of_work() as uow:
        columns = _scratch(uow, 3)
        rows = [(k, HOSTILE[k % len(HOSTILE)], k * 1.5, -k) for k in range(1234)]
        bulk_load.insert_rows(uow.session, "scratch", columns, rows)
        got = uow.session.connection().exec_driver_sql("SELECT * FROM scratch ORDER BY k").all()
        assert [tuple(r) for r in got] == rows
        # The ON CONFLICT suffix applies to every statement.
        bulk_load.insert_rows(
            uow.session,
            "scratch",
            columns,
            [(k, "again", 0.0, 0) for k in range(0, 1234, 2)],
            suffix=" ON CONFLICT (k) DO UPDATE SET c0 = excluded.c0",
        )
        again = uow.session.connection().exec_driver_sql(
            "SELECT count(*) FROM scratch WHERE c0 = 'again'"
        )
        assert again.scalar() == 617


def test_insert_rows_falls_back_when_sqlite_takes_fewer_parameters(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if this SQLite took more than it does: the first statement is refused whole.
    monkeypatch.setattr(bulk_load, "MAX_PARAMS", 80_000)
    with store.unit_of_work() as uow:
        columns = _scratch(uow, 79)
        rows = [(k, *([f"v{k}"] * 79)) for k in range(500)]
        bulk_load.insert_rows(uow.session, "scratch", columns, rows)
        count = uow.session.connection().exec_driver_sql("SELECT count(*), sum(k) FROM scratch")
        assert tuple(count.one()) == (500, sum(range(500)))


def test_none_binds_as_null_and_what_cannot_bind_is_still_refused(store: Store) -> None:
    """The driver's NULL shortcut (storage.engine) changes no stored value and lets no odd
    value through."""
    with store.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT typeof(?), ? IS NULL, typeof(?)", (None, None, 0))
        assert tuple(found.one()) == ("null", 1, "integer")
        with pytest.raises(Exception, match=r"(?i)type|adapt|support"):
            conn.exec_driver_sql("SELECT ?", ({"a": 1},))
