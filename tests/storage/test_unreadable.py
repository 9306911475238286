"""Rows holding a value the app cannot read back are found, by table, row id and column."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.case import Case
from desktop.domain.enums import IntakeCategory, IntakeChannel
from desktop.domain.visit import HomeVisit
from desktop.services.seed import seed_register
from desktop.storage import unreadable
from desktop.storage.doctor import unreadable_rows
from desktop.storage.store import Store
from tests.helpers.registers import COMMUNE, add_child, create_store

NOW = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    made, _ = create_store(tmp_path / "reg")
    yield made
    made.close()


def _set(store: Store, table: str, row_id: str, column: str, value: object) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(f'UPDATE "{table}" SET "{column}" = :v WHERE id = :i'),
                     {"v": value, "i": row_id})


def _found(store: Store) -> set[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        shown, _totals = unreadable.find(conn)
    return {(row.table, row.row_id, row.column) for row in shown}


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("child", "sex", "alien"),
        ("child", "date_of_birth", "not-a-date"),
        ("child", "date_of_birth", "2015-02-30"),
        ("child", "dob_estimated", 2),
        ("child", "created_at", "hôm qua"),
        ("child", "version", "một"),
        ("case_file", "received_at", "2026-02-30 10:00:00.000000"),
        ("case_file", "abuse_types", '["danh_dap"]'),
        ("case_file", "abuse_types", "bao_luc"),
        ("case_file", "abuse_types", '{"bao_luc": 1}'),
        ("case_file", "emergency", "có"),
    ],
)
def test_each_kind_of_unreadable_value_is_found(store: Store, table: str, column: str,
                                               value: object) -> None:
    kid = add_child(store, "Nguyễn Thị Hạnh")
    with store.unit_of_work() as uow:
        case = uow.cases.add(Case(commune_code=COMMUNE, code="0001/2026", child_id=kid.id,
                                  received_at=NOW, channel=IntakeChannel.IN_PERSON,
                                  category=IntakeCategory.AT_RISK))
        # Append-only rows cannot be edited at all; their values are read like any other.
        uow.visits.add(HomeVisit(child_id=kid.id, case_id=case.id, visited_at=NOW))
    assert _found(store) == set()
    row_id = {"child": kid.id, "case_file": case.id}[table]
    _set(store, table, row_id, column, value)
    assert _found(store) == {(table, row_id, column)}


def test_a_whole_seeded_register_reads_back_and_many_bad_rows_are_counted(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "seeded")
    try:
        seed_register(store, children=80, seed=5)
        assert unreadable_rows(store.engine) == []
        with store.engine.begin() as conn:
            ids = list(conn.execute(text("SELECT id FROM child ORDER BY id LIMIT 25")).scalars())
            conn.execute(text("UPDATE child SET sex = 'alien' WHERE id IN "
                              "(SELECT id FROM child ORDER BY id LIMIT 25)"))
        lines = unreadable_rows(store.engine)
        assert lines[:20] == [
            f"giá trị không đọc được: bảng child, bản ghi {row_id}, cột sex" for row_id in ids[:20]
        ]
        assert lines[20:] == ["giá trị không đọc được: bảng child, và 5 bản ghi nữa"]
    finally:
        store.close()
