"""The checksums made in SQL equal the exact ones, and a form they miss is settled exactly."""

import unicodedata
from pathlib import Path

from sqlalchemy import text

from desktop.services.seed import seed_register
from desktop.storage.synced_tables import SYNCED_TABLES
from desktop.sync import apply, checksums
from tests.helpers.communes import Commune
from tests.helpers.registers import create_store
from tests.sync.helpers import add_child, scalar, sums


def test_quick_sums_equal_exact_sums_on_every_table_of_a_seeded_register(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "data")
    try:
        seed_register(store, children=60, seed=5)
        with store.unit_of_work(write=False) as uow:
            filled = [
                table
                for table in SYNCED_TABLES
                if uow.session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            ]
            # Booleans, datetimes, dates, lists and numbers all take part.
            assert {"child", "case_file", "home_visit", "allowance", "case_meeting"} <= set(filled)
            for table in SYNCED_TABLES:
                exact = checksums.local_checksum(uow.session, table)
                assert checksums.quick_checksum(uow.session, table) == exact, table
    finally:
        store.close()


def test_a_value_stored_decomposed_is_no_mismatch_and_is_left_alone(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Nguyễn Thị Thủy", village="Thôn Hạ")
    for store in (a, b, a):
        commune.sync(store)
    # B holds the same village in NFD: the same text, which the SQL sums cannot see.
    with b.unit_of_work() as uow, apply.guarded(uow.session):
        uow.session.execute(
            text("UPDATE child SET village = :v WHERE id = :i"),
            {"v": unicodedata.normalize("NFD", "Thôn Hạ"), "i": made.id},
        )
        quick = checksums.quick_checksum(uow.session, "child")
        exact = checksums.local_checksum(uow.session, "child")
    assert quick != exact
    report = commune.sync(b, force_verify=True)
    assert report.verify.compared and report.verify.mismatched_tables == []
    assert report.verify.repaired_rows == 0
    stored = scalar(b, "SELECT village FROM child WHERE id = :i", i=made.id)
    assert unicodedata.normalize("NFC", stored) == "Thôn Hạ"
    assert sums(a) == sums(b)


def test_sums_of_rows_by_id_add_up_to_the_exact_table_sums(tmp_path: Path) -> None:
    """The block a new PC's pages are added up from (one UTF-8 line a row), split in parts."""
    store, _ = create_store(tmp_path / "data")
    try:
        seed_register(store, children=60, seed=7)
        with store.unit_of_work(write=False) as uow:
            for table in SYNCED_TABLES:
                ids = checksums.row_ids(uow.session, table)
                parts = [checksums.quick_sum(uow.session, table, ids[i::3]) for i in range(3)]
                count, total = sum(c for c, _ in parts), sum(t for _, t in parts)
                added = checksums.of_sum(table, count, total)
                assert added == checksums.local_checksum(uow.session, table), table
            assert checksums.quick_sum(uow.session, "child", []) == (0, 0)
    finally:
        store.close()


def test_a_line_break_in_an_id_is_summed_row_by_row(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "data")
    try:
        seed_register(store, children=5, seed=3)
        with store.unit_of_work() as uow, apply.guarded(uow.session):
            first = checksums.row_ids(uow.session, "child")[0]
            # Rolled back below: the rows pointing at the child never see the odd id.
            uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
            uow.session.execute(
                text("UPDATE child SET id = :new WHERE id = :old"),
                {"new": first + "\nx", "old": first},
            )
            ids = checksums.row_ids(uow.session, "child")
            assert checksums.quick_sum(uow.session, "child", ids) == checksums.quick_sum(
                uow.session, "child"
            )
            uow.session.rollback()
    finally:
        store.close()
