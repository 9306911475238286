"""Keyring recovery key: typed any way it unlocks; typos are caught before Argon2 runs."""

import unicodedata
from pathlib import Path

import pytest

from desktop.paths import keyring_path
from desktop.storage.keyring import (
    InvalidRecoveryKey,
    UnknownOfficer,
    WrongDataKey,
    WrongPassword,
)
from tests.storage.keyring_support import (
    CROCKFORD,
    PASSWORD,
    Argon2Counter,
    SleepRecorder,
    load,
    make,
    read_json,
)


def test_recovery_key_unlocks_however_it_is_typed(tmp_path: Path) -> None:
    _, data_key, recovery_key = make(tmp_path)
    keyring = load(tmp_path)

    assert keyring.unlock_with_recovery(recovery_key) == data_key
    sloppy = recovery_key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keyring.unlock_with_recovery(sloppy) == data_key
    assert keyring.unlock_with_recovery(recovery_key.replace("-", "").replace("1", "I")) == data_key


def test_reset_password_with_recovery_key_lifts_the_lockout(tmp_path: Path) -> None:
    _, data_key, recovery_key = make(tmp_path)
    keyring = load(tmp_path)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            keyring.unlock("off-1", "forgotten")

    keyring.reset_password(recovery_key, "off-1", "Mật khẩu mới 2027")

    reloaded = load(tmp_path)
    assert reloaded.unlock("off-1", "Mật khẩu mới 2027") == data_key
    with pytest.raises(WrongPassword):
        reloaded.unlock("off-1", PASSWORD)
    with pytest.raises(UnknownOfficer):
        reloaded.reset_password(recovery_key, "nobody", "x")


def test_new_recovery_key_replaces_the_old_one(tmp_path: Path) -> None:
    keyring, data_key, old_key = make(tmp_path)
    with pytest.raises(WrongDataKey):
        keyring.new_recovery_key(bytes(32))

    new_key = keyring.new_recovery_key(data_key)

    assert new_key != old_key
    reloaded = load(tmp_path)
    assert reloaded.unlock_with_recovery(new_key) == data_key
    with pytest.raises(WrongPassword):
        reloaded.unlock_with_recovery(old_key)
    assert reloaded.unlock("off-1", PASSWORD) == data_key


def test_recovery_key_typo_is_caught_before_any_argon2_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, recovery_key = make(tmp_path)
    sleep = SleepRecorder()
    keyring = load(tmp_path, sleep=sleep)
    argon2_runs = Argon2Counter(monkeypatch)
    symbols = recovery_key.replace("-", "")

    typos = []
    for index, symbol in enumerate(symbols):
        replacement = CROCKFORD[(CROCKFORD.index(symbol) + 7) % 32]
        typos.append(symbols[:index] + replacement + symbols[index + 1 :])
    for index in range(len(symbols) - 1):
        if symbols[index] != symbols[index + 1]:
            swapped = symbols[index + 1] + symbols[index]
            typos.append(symbols[:index] + swapped + symbols[index + 2 :])
    typos += [symbols[:-1], symbols + "0", symbols[:-1] + "U", "", "ABCDE-FGHJK"]
    for typo in typos:
        with pytest.raises(InvalidRecoveryKey) as caught:
            keyring.unlock_with_recovery(typo)
        assert caught.value.code == "keyring.bad_recovery_key"

    assert argon2_runs.calls == 0
    assert sleep.calls == []
    assert read_json(keyring_path(tmp_path))["failures"] == {}
    keyring.unlock_with_recovery(recovery_key)
    assert argon2_runs.calls == 1


def test_well_formed_but_wrong_recovery_key_is_a_wrong_password(tmp_path: Path) -> None:
    make(tmp_path / "ours")
    _, _, someone_elses_key = make(tmp_path / "theirs")
    sleep = SleepRecorder()
    keyring = load(tmp_path / "ours", sleep=sleep)

    with pytest.raises(WrongPassword):
        keyring.unlock_with_recovery(someone_elses_key)
    assert sleep.calls == [0.5]
    with pytest.raises(WrongPassword):
        keyring.reset_password(someone_elses_key, "off-1", "new")
    assert keyring.unlock("off-1", PASSWORD)


def test_nfd_password_unlocks_an_nfc_slot(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Mật khẩu của An")
    nfd = unicodedata.normalize("NFD", "Mật khẩu của An")
    assert nfc != nfd
    _, data_key, _ = make(tmp_path, password=nfc)
    assert load(tmp_path).unlock("off-1", nfd) == data_key


