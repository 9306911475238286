"""A lost laptop leaks nothing: no seeded name, ID or phone in any file the register writes."""

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from desktop.domain.text import fold
from desktop.services.seed import seed_register
from tests.helpers.registers import create_store, secrets_of


def test_no_seeded_value_is_readable_in_any_file(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, recovery_key = create_store(folder)
    seed_register(store, children=300, seed=11)
    values = secrets_of(store)
    assert len(values) > 600
    # The WAL still holds the latest pages while the store is open: read it now, and after.
    open_files = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    store.close()
    closed_files = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    assert "register.db-wal" in open_files
    assert {"register.db", "register.keys", "register.keys.bak"} <= set(closed_files)

    needles = set()
    for value in values:
        for form in (value, unicodedata.normalize("NFD", value), fold(value)):
            if len(form) >= 6:  # shorter strings turn up by chance in random bytes
                needles.add(form.encode("utf-8"))
                needles.add(form.encode("utf-16-le"))
    needles.add(recovery_key.encode("ascii"))
    needles.add(recovery_key.replace("-", "").encode("ascii"))
    for files in (open_files, closed_files):
        for name, data in files.items():
            assert not data.startswith(b"SQLite format 3"), name
            leaked = [needle for needle in needles if needle in data]
            assert leaked == [], f"{name} holds {len(leaked)} readable values"


def test_plain_sqlite_sees_no_tables(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    seed_register(store, children=20, seed=3)
    store.close()
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(folder / "register.db") as plain:
        plain.execute("SELECT name FROM sqlite_master").fetchall()
