"""The keyring itself refuses a weak password for any slot it writes, whoever the caller."""

from pathlib import Path

import pytest

from desktop.domain.errors import DomainError
from desktop.paths import keyring_path
from desktop.storage.keyring import WrongPassword
from tests.storage.keyring_support import OTHER_PASSWORD, PASSWORD, load, make, read_json

WEAK = "1234567890"


def test_create_refuses_a_weak_password_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        make(tmp_path, password=WEAK)
    assert caught.value.code == "password.weak"
    assert "password.all_digits" in caught.value.params["reasons"]
    assert not keyring_path(tmp_path).exists()


def test_add_change_and_reset_refuse_a_weak_password(tmp_path: Path) -> None:
    keyring, data_key, recovery_key = make(tmp_path)
    before = read_json(keyring_path(tmp_path))

    for attempt in (
        lambda: keyring.add_officer(data_key, "off-2", "Bình", WEAK),
        lambda: keyring.change_password("off-1", PASSWORD, WEAK),
        lambda: keyring.reset_password(recovery_key, "off-1", "matkhau123"),
    ):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == "password.weak"

    assert read_json(keyring_path(tmp_path))["slots"] == before["slots"]
    reloaded = load(tmp_path)
    assert [slot.officer_id for slot in reloaded.officers()] == ["off-1"]
    assert reloaded.unlock("off-1", PASSWORD) == data_key
    with pytest.raises(WrongPassword):
        reloaded.unlock("off-1", WEAK)


def test_a_wrong_old_password_is_told_before_a_weak_new_one(tmp_path: Path) -> None:
    keyring, _, _ = make(tmp_path)
    with pytest.raises(WrongPassword):
        keyring.change_password("off-1", OTHER_PASSWORD, WEAK)
