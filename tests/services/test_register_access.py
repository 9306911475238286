"""Getting into a register through the one service: create, open, change and reset a password."""

from pathlib import Path

import pytest

from desktop.domain.errors import DomainError
from desktop.paths import database_path, keyring_path
from desktop.services import register_access as access
from tests.helpers.registers import COMMUNE, FAST, PASSWORD

NEW = "Mật-khẩu-mới-2027!"


def _create(folder: Path, password: str = PASSWORD):
    return access.create_register(
        folder,
        commune_code=COMMUNE,
        full_name="Trần Thị Mai",
        username="tran.thi.mai",
        password=password,
        opts=FAST,
    )


def test_a_weak_password_makes_no_register(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        _create(tmp_path, password="matkhau123")
    assert caught.value.code == "password.weak"
    assert not access.has_register(tmp_path)
    assert not database_path(tmp_path).exists() and not keyring_path(tmp_path).exists()


def test_create_open_change_and_reset(tmp_path: Path) -> None:
    store, recovery_key = _create(tmp_path)
    me = store.slot_id
    store.close()
    assert access.has_register(tmp_path)
    assert [slot.officer_id for slot in access.load_register_keyring(tmp_path).officers()] == [me]

    with pytest.raises(DomainError):
        access.change_password(tmp_path, me, PASSWORD, "1234567890")
    with pytest.raises(access.WrongPassword):
        access.change_password(tmp_path, me, NEW, PASSWORD + "x")
    access.change_password(tmp_path, me, PASSWORD, NEW)
    access.open_register(tmp_path, me, password=NEW, opts=FAST).close()
    with pytest.raises(access.WrongPassword):
        access.open_register(tmp_path, me, password=PASSWORD, opts=FAST)

    with pytest.raises(DomainError):
        access.reset_password(tmp_path, me, recovery_key, "qwertyuiop")
    access.reset_password(tmp_path, me, recovery_key, PASSWORD)
    store = access.open_register(tmp_path, me, password=PASSWORD, opts=FAST)
    assert store.officer.full_name == "Trần Thị Mai"
    store.close()


def test_without_a_register_file_the_keyring_counts_as_missing(tmp_path: Path) -> None:
    store, _ = _create(tmp_path)
    store.close()
    database_path(tmp_path).unlink()
    with pytest.raises(access.KeyringMissing):
        access.load_register_keyring(tmp_path)
    assert access.load_keyring(tmp_path).officers()
