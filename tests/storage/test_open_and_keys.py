"""Opening a register: passwords, recovery key, several officers, and clear failures."""

import sqlite3
from pathlib import Path

import pytest

from desktop.paths import database_path, keyring_path
from desktop.services.accounts import add_officer
from desktop.storage.errors import StoreCorrupt, StoreExists, StoreMissing
from desktop.storage.keyring import KeyringMissing, WrongPassword
from desktop.storage.store import Store
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store


def reopen(folder: Path, officer_id: str, password: str = PASSWORD) -> Store:
    return Store.open(folder, officer_id=officer_id, password=password, opts=FAST)


def test_created_register_reopens_with_its_data(folder: Path) -> None:
    store, _ = create_store(folder)
    child = add_child(store, "Phạm Thị Thu")
    officer_id = store.officer.id
    store.close()

    again = reopen(folder, officer_id)
    with again.unit_of_work() as uow:
        assert uow.children.get(child.id).full_name == "Phạm Thị Thu"
    assert again.officer.full_name == "Trần Thị Mai"
    again.close()


def test_wrong_password_is_refused(store: Store) -> None:
    store.close()
    with pytest.raises(WrongPassword):
        reopen(store.folder, store.officer.id, "not the password")


def test_plain_sqlite_cannot_read_the_file(store: Store) -> None:
    store.close()
    conn = sqlite3.connect(database_path(store.folder))
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()


def test_password_change_keeps_the_file_and_drops_the_old_password(store: Store) -> None:
    store.close()
    store.keyring.change_password(store.officer.id, PASSWORD, "Mật khẩu mới 2027!")
    with pytest.raises(WrongPassword):
        reopen(store.folder, store.officer.id)
    reopen(store.folder, store.officer.id, "Mật khẩu mới 2027!").close()


def test_recovery_key_opens_the_file_and_resets_the_password(folder: Path) -> None:
    store, recovery_key = create_store(folder)
    add_child(store, "Đỗ Minh Khôi")
    store.close()

    recovered = Store.open(
        folder, officer_id=store.officer.id, recovery_key=recovery_key, opts=FAST
    )
    with recovered.unit_of_work() as uow:
        assert [c.full_name for c in uow.search_children("do minh khoi")] == ["Đỗ Minh Khôi"]
    recovered.close()
    recovered.keyring.reset_password(recovery_key, store.officer.id, "Quên rồi đặt lại 99!")
    reopen(folder, store.officer.id, "Quên rồi đặt lại 99!").close()


def test_two_officers_open_one_file(store: Store) -> None:
    second = add_officer(
        store, full_name="Vũ Văn Hùng", username="vu.van.hung", password="Hùng-bảo-vệ-trẻ-em-1"
    )
    add_child(store, "Bùi Thị Lan")
    store.close()

    first = reopen(store.folder, store.officer.id)
    first.close()
    other = reopen(store.folder, second.id, "Hùng-bảo-vệ-trẻ-em-1")
    assert other.officer.full_name == "Vũ Văn Hùng"
    with other.unit_of_work() as uow:
        assert len(uow.search_children("bui thi lan")) == 1
    other.close()
    with pytest.raises(WrongPassword):
        reopen(store.folder, second.id, PASSWORD)


def test_create_refuses_an_existing_register(store: Store) -> None:
    with pytest.raises(StoreExists):
        create_store(store.folder)


def test_missing_register_and_missing_keyring(store: Store) -> None:
    store.close()
    database_path(store.folder).rename(store.folder / "moved.db")
    with pytest.raises(StoreMissing):
        reopen(store.folder, store.officer.id)
    with pytest.raises(KeyringMissing):
        reopen(store.folder.parent / "nowhere", store.officer.id)


def test_truncated_file_is_reported_as_corrupt(store: Store) -> None:
    for i in range(50):
        add_child(store, f"Trẻ số {i}")
    store.close()
    path = database_path(store.folder)
    data = path.read_bytes()
    path.write_bytes(data[:8192])
    with pytest.raises(StoreCorrupt):
        reopen(store.folder, store.officer.id)


def test_flipped_byte_in_the_first_page_is_reported_as_corrupt(store: Store) -> None:
    store.close()
    path = database_path(store.folder)
    data = bytearray(path.read_bytes())
    data[2000] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt):
        reopen(store.folder, store.officer.id)


def test_keyring_is_separate_from_the_database(store: Store) -> None:
    assert keyring_path(store.folder).exists()
    assert keyring_path(store.folder).read_bytes() != b""
