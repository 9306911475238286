"""The checksums made in SQL equal the exact ones, and a form they miss is settled exactly."""

import unicodedata
from pathlib import Path

from sqlalchemy import text

from desktop.services.seed import seed_register
from desktop.sync import apply, checksums
from desktop.sync.tables import SYNCED_TABLES
from tests.storage.support import create_store
from tests.sync.conftest import Commune
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
