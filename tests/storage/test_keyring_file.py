"""Keyring file: missing, damaged, altered or moved slots give clear errors; the backup helps."""

import base64
from pathlib import Path

import pytest

from desktop.paths import keyring_path
from desktop.storage.keyring import (
    KeyringCorrupt,
    KeyringMissing,
    WrongPassword,
)
from tests.storage.keyring_support import (
    OTHER_PASSWORD,
    PASSWORD,
    backup_of,
    load,
    make,
    read_json,
    write_json,
)


def test_missing_keyring(tmp_path: Path) -> None:
    with pytest.raises(KeyringMissing) as caught:
        load(tmp_path)
    assert caught.value.code == "keyring.missing"


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"",
        lambda raw: b"\xff\xfe not json",
        lambda raw: raw.replace(b'"version": 1', b'"version": 2'),
        lambda raw: raw.replace(b'"format": "bvte-keyring"', b'"format": "other"'),
        lambda raw: raw.replace(b'"kind": "recovery"', b'"kind": "officer"'),
        lambda raw: raw.replace(b'"memory_cost": 8192', b'"memory_cost": 99999999999'),
    ],
    ids=["truncated", "empty", "not-json", "version", "format", "no-recovery", "kdf-bounds"],
)
def test_damaged_file_without_backup_is_corrupt(tmp_path: Path, damage) -> None:
    make(tmp_path)
    backup_of(tmp_path).unlink()
    path = keyring_path(tmp_path)
    path.write_bytes(damage(path.read_bytes()))

    with pytest.raises(KeyringCorrupt) as caught:
        load(tmp_path)
    assert caught.value.code == "keyring.corrupt"


def test_bad_field_is_corrupt(tmp_path: Path) -> None:
    make(tmp_path)
    backup_of(tmp_path).unlink()
    document = read_json(keyring_path(tmp_path))
    document["slots"][0]["nonce"] = base64.b64encode(b"short").decode()
    write_json(keyring_path(tmp_path), document)
    with pytest.raises(KeyringCorrupt):
        load(tmp_path)


def test_corrupt_main_file_is_restored_from_backup(tmp_path: Path) -> None:
    _, data_key, _ = make(tmp_path)
    path = keyring_path(tmp_path)
    path.write_bytes(path.read_bytes()[:40])

    keyring = load(tmp_path)

    assert keyring.restored_from_backup is True
    assert keyring.unlock("off-1", PASSWORD) == data_key
    # The next write puts a good main file back.
    keyring.change_password("off-1", PASSWORD, OTHER_PASSWORD)
    assert load(tmp_path).restored_from_backup is False


def test_missing_main_file_is_restored_from_backup(tmp_path: Path) -> None:
    _, data_key, _ = make(tmp_path)
    keyring_path(tmp_path).unlink()
    keyring = load(tmp_path)
    assert keyring.restored_from_backup is True
    assert keyring.unlock("off-1", PASSWORD) == data_key


def test_main_and_backup_both_corrupt(tmp_path: Path) -> None:
    make(tmp_path)
    keyring_path(tmp_path).write_bytes(b"{")
    backup_of(tmp_path).write_bytes(b"{")
    with pytest.raises(KeyringCorrupt):
        load(tmp_path)


def flip_wrapped_key_byte(path: Path, slot_index: int) -> None:
    document = read_json(path)
    wrapped = bytearray(base64.b64decode(document["slots"][slot_index]["wrapped_key"]))
    wrapped[5] ^= 0x01
    document["slots"][slot_index]["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    write_json(path, document)


def test_flipped_byte_in_a_slot(tmp_path: Path) -> None:
    # The slot's Argon2 check value tells the two cases apart: the right password on an altered
    # slot is KeyringCorrupt (not counted as a miss); any other password stays WrongPassword.
    _, data_key, recovery_key = make(tmp_path)
    flip_wrapped_key_byte(keyring_path(tmp_path), 0)
    keyring = load(tmp_path)

    with pytest.raises(KeyringCorrupt):
        keyring.unlock("off-1", PASSWORD)
    assert read_json(keyring_path(tmp_path))["failures"] == {}
    with pytest.raises(WrongPassword):
        keyring.unlock("off-1", "guess")

    # The recovery key rewrites the damaged slot.
    keyring.reset_password(recovery_key, "off-1", PASSWORD)
    assert load(tmp_path).unlock("off-1", PASSWORD) == data_key


def test_slot_copied_into_another_keyring_fails(tmp_path: Path) -> None:
    make(tmp_path / "a", password="Password of a, 1")
    _, data_key_b, recovery_key_b = make(tmp_path / "b", password="Password of b, 2")
    path_a, path_b = keyring_path(tmp_path / "a"), keyring_path(tmp_path / "b")
    document_b = read_json(path_b)
    document_b["slots"][0] = read_json(path_a)["slots"][0]  # same officer id and slot id
    write_json(path_b, document_b)

    with pytest.raises(KeyringCorrupt):
        load(tmp_path / "b").unlock("off-1", "Password of a, 1")
    assert load(tmp_path / "a").unlock("off-1", "Password of a, 1")
    assert load(tmp_path / "b").unlock_with_recovery(recovery_key_b) == data_key_b


def test_slot_cannot_be_relabelled_as_another_officer(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    keyring.add_officer(data_key, "off-2", "Bình", OTHER_PASSWORD)
    document = read_json(keyring_path(tmp_path))
    first, second = (slot for slot in document["slots"] if slot["kind"] == "officer")
    first["officer_id"], second["officer_id"] = second["officer_id"], first["officer_id"]
    write_json(keyring_path(tmp_path), document)

    with pytest.raises(KeyringCorrupt):
        load(tmp_path).unlock("off-2", PASSWORD)


def test_file_holds_no_password_and_no_data_key(tmp_path: Path) -> None:
    keyring, data_key, recovery_key = make(tmp_path)
    keyring.add_officer(data_key, "off-2", "Bình", OTHER_PASSWORD)
    with pytest.raises(WrongPassword):
        keyring.unlock("off-1", "typed wrong")

    for path in (keyring_path(tmp_path), backup_of(tmp_path)):
        raw = path.read_bytes()
        for secret in (PASSWORD, OTHER_PASSWORD, "typed wrong"):
            assert secret.encode("utf-8") not in raw
        assert recovery_key.encode() not in raw
        assert recovery_key.replace("-", "").encode() not in raw
        for encoded in (data_key, base64.b64encode(data_key), data_key.hex().encode()):
            assert encoded not in raw
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["register.keys", "register.keys.bak"]
