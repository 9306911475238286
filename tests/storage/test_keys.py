"""Keyring: wrapping the register's data key per officer and by the recovery key, with backoff."""

import base64
import json
import re
import time
import unicodedata
from pathlib import Path

import argon2.low_level
import pytest

from desktop.paths import keyring_path
from desktop.storage.keys import (
    DEFAULT_KDF,
    BackoffPolicy,
    InvalidRecoveryKey,
    KdfParams,
    Keyring,
    KeyringCorrupt,
    KeyringError,
    KeyringMissing,
    LastOfficer,
    OfficerExists,
    OfficerSlot,
    TooManyAttempts,
    UnknownOfficer,
    WrongDataKey,
    WrongPassword,
)

FAST_KDF = KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
PASSWORD = "mật khẩu của An"
OTHER_PASSWORD = "hai phong 2026"
RECOVERY_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$")
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class SleepRecorder:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


class Argon2Counter:
    """Counts Argon2 runs by wrapping the library function, leaving our code untouched."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = argon2.low_level.hash_secret_raw

        def counting(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(argon2.low_level, "hash_secret_raw", counting)


def make(folder: Path, officer_id: str = "off-1", password: str = PASSWORD):
    return Keyring.create(keyring_path(folder), officer_id, "Nguyễn Văn An", password, kdf=FAST_KDF)


def load(folder: Path, clock=None, sleep=None, policy=None) -> Keyring:
    return Keyring.load(
        keyring_path(folder),
        clock=clock or FakeClock(),
        sleep=sleep or SleepRecorder(),
        policy=policy or BackoffPolicy(),
    )


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, document: dict) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def backup_of(folder: Path) -> Path:
    return keyring_path(folder).with_name("register.keys.bak")


def test_create_then_unlock_from_a_fresh_load(tmp_path: Path) -> None:
    keyring, data_key, recovery_key = make(tmp_path)

    assert len(data_key) == 32
    assert RECOVERY_PATTERN.match(recovery_key)
    assert keyring.unlock("off-1", PASSWORD) == data_key
    reloaded = load(tmp_path)
    assert reloaded.unlock("off-1", PASSWORD) == data_key
    assert reloaded.file_id == keyring.file_id
    assert reloaded.officers() == [OfficerSlot("off-1", "Nguyễn Văn An")]
    assert reloaded.restored_from_backup is False
    document = read_json(keyring_path(tmp_path))
    assert (document["format"], document["version"]) == ("bvte-keyring", 1)
    assert backup_of(tmp_path).read_bytes() == keyring_path(tmp_path).read_bytes()


def test_unlock_with_default_cost_takes_under_a_second(tmp_path: Path) -> None:
    _, data_key, _ = Keyring.create(keyring_path(tmp_path), "off-1", "An", PASSWORD)
    keyring = Keyring.load(keyring_path(tmp_path))
    assert read_json(keyring_path(tmp_path))["slots"][0]["kdf"]["memory_cost"] == 65536

    started = time.perf_counter()
    assert keyring.unlock("off-1", PASSWORD) == data_key
    assert time.perf_counter() - started < 1.0
    assert KdfParams(time_cost=3, memory_cost=65536, parallelism=2) == DEFAULT_KDF


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    make(tmp_path)
    before = keyring_path(tmp_path).read_bytes()
    with pytest.raises(FileExistsError):
        make(tmp_path, password=OTHER_PASSWORD)
    assert keyring_path(tmp_path).read_bytes() == before

    # A backup alone would still be loaded, so it blocks create too.
    keyring_path(tmp_path).unlink()
    with pytest.raises(FileExistsError):
        make(tmp_path)


def test_wrong_password_waits_before_raising(tmp_path: Path) -> None:
    _, data_key, _ = make(tmp_path)
    sleep = SleepRecorder()
    keyring = load(tmp_path, sleep=sleep)

    with pytest.raises(WrongPassword) as caught:
        keyring.unlock("off-1", "not my password")
    assert sleep.calls == [0.5]
    assert caught.value.code == "keyring.wrong_password"
    assert caught.value.retry_after == 0.0
    assert isinstance(caught.value, KeyringError)
    assert keyring.unlock("off-1", PASSWORD) == data_key
    assert sleep.calls == [0.5]


def test_backoff_locks_out_then_doubles_and_success_resets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, data_key, _ = make(tmp_path)
    clock, sleep = FakeClock(), SleepRecorder()
    keyring = load(tmp_path, clock=clock, sleep=sleep)

    retry_afters = []
    for _ in range(3):
        with pytest.raises(WrongPassword) as caught:
            keyring.unlock("off-1", "guess")
        retry_afters.append(caught.value.retry_after)
        clock.now += 1
    assert retry_afters == [0.0, 0.0, 5.0]

    argon2_runs = Argon2Counter(monkeypatch)
    with pytest.raises(TooManyAttempts) as caught:
        keyring.unlock("off-1", PASSWORD)  # even the right password is not tried
    assert caught.value.code == "keyring.locked_out"
    assert caught.value.retry_after == pytest.approx(4.0)
    assert argon2_runs.calls == 0
    assert len(sleep.calls) == 3

    # Restarting the app does not clear the lockout: failures live in the file.
    with pytest.raises(TooManyAttempts):
        load(tmp_path, clock=clock).unlock("off-1", PASSWORD)

    clock.now += 4.5
    with pytest.raises(WrongPassword) as caught:
        keyring.unlock("off-1", "guess")
    assert caught.value.retry_after == 10.0
    clock.now += 10
    with pytest.raises(WrongPassword) as caught:
        keyring.unlock("off-1", "guess")
    assert caught.value.retry_after == 20.0
    clock.now += 19
    with pytest.raises(TooManyAttempts):
        keyring.unlock("off-1", PASSWORD)
    clock.now += 1

    assert keyring.unlock("off-1", PASSWORD) == data_key
    assert read_json(keyring_path(tmp_path))["failures"] == {}
    with pytest.raises(WrongPassword) as caught:
        keyring.unlock("off-1", "guess")
    assert caught.value.retry_after == 0.0


def test_lockout_is_capped() -> None:
    policy = BackoffPolicy()
    assert [policy.lockout(n) for n in range(1, 7)] == [0.0, 0.0, 5.0, 10.0, 20.0, 40.0]
    assert policy.lockout(9) == 300.0
    assert policy.lockout(10_000) == 300.0


def test_clock_set_backwards_restarts_the_lockout_from_now(tmp_path: Path) -> None:
    _, data_key, _ = make(tmp_path)
    clock = FakeClock(1_000_000.0)
    keyring = load(tmp_path, clock=clock)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            keyring.unlock("off-1", "guess")

    clock.now = 500_000.0  # wound back by days
    with pytest.raises(TooManyAttempts) as caught:
        keyring.unlock("off-1", PASSWORD)
    assert caught.value.retry_after == 5.0

    clock.now += 3
    with pytest.raises(TooManyAttempts) as caught:
        load(tmp_path, clock=clock).unlock("off-1", PASSWORD)
    assert caught.value.retry_after == pytest.approx(2.0)

    # The wait ends 5 s after the clock went back, not when it catches up with the old time.
    clock.now += 2.5
    assert keyring.unlock("off-1", PASSWORD) == data_key


def test_failures_on_one_officer_do_not_lock_another(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    keyring.add_officer(data_key, "off-2", "Trần Thị Bình", OTHER_PASSWORD)
    keyring = load(tmp_path)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            keyring.unlock("off-1", "guess")
    with pytest.raises(TooManyAttempts):
        keyring.unlock("off-1", PASSWORD)
    assert keyring.unlock("off-2", OTHER_PASSWORD) == data_key


def test_two_officers_unlock_the_same_data_key(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    keyring.add_officer(data_key, "off-2", "Trần Thị Bình", OTHER_PASSWORD)

    reloaded = load(tmp_path)
    assert reloaded.officers() == [
        OfficerSlot("off-1", "Nguyễn Văn An"),
        OfficerSlot("off-2", "Trần Thị Bình"),
    ]
    assert reloaded.unlock("off-1", PASSWORD) == data_key
    assert reloaded.unlock("off-2", OTHER_PASSWORD) == data_key
    with pytest.raises(WrongPassword):
        reloaded.unlock("off-2", PASSWORD)


def test_add_officer_checks_the_data_key_and_duplicates(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    with pytest.raises(WrongDataKey):
        keyring.add_officer(bytes(32), "off-2", "Bình", OTHER_PASSWORD)
    with pytest.raises(OfficerExists):
        keyring.add_officer(data_key, "off-1", "An again", OTHER_PASSWORD)
    assert [slot.officer_id for slot in load(tmp_path).officers()] == ["off-1"]


def test_remove_officer_but_never_the_last(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    keyring.add_officer(data_key, "off-2", "Bình", OTHER_PASSWORD)
    keyring.remove_officer("off-2")

    reloaded = load(tmp_path)
    with pytest.raises(UnknownOfficer) as caught:
        reloaded.unlock("off-2", OTHER_PASSWORD)
    assert caught.value.code == "keyring.unknown_officer"
    with pytest.raises(LastOfficer):
        reloaded.remove_officer("off-1")
    assert reloaded.unlock("off-1", PASSWORD) == data_key


def test_change_password_rewrites_only_that_slot(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    keyring.add_officer(data_key, "off-2", "Bình", OTHER_PASSWORD)
    before = read_json(keyring_path(tmp_path))

    keyring.change_password("off-1", PASSWORD, "mật khẩu mới")

    after = read_json(keyring_path(tmp_path))
    assert after["slots"][1:] == before["slots"][1:]
    assert after["slots"][0]["slot_id"] == before["slots"][0]["slot_id"]
    assert after["slots"][0]["wrapped_key"] != before["slots"][0]["wrapped_key"]
    reloaded = load(tmp_path)
    assert reloaded.unlock("off-1", "mật khẩu mới") == data_key
    with pytest.raises(WrongPassword):
        reloaded.unlock("off-1", PASSWORD)


def test_change_password_needs_the_old_password(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    with pytest.raises(WrongPassword):
        keyring.change_password("off-1", "wrong old", "new one")
    assert load(tmp_path).unlock("off-1", PASSWORD) == data_key


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

    keyring.reset_password(recovery_key, "off-1", "mật khẩu mới")

    reloaded = load(tmp_path)
    assert reloaded.unlock("off-1", "mật khẩu mới") == data_key
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
    nfc = unicodedata.normalize("NFC", "mật khẩu")
    nfd = unicodedata.normalize("NFD", "mật khẩu")
    assert nfc != nfd
    _, data_key, _ = make(tmp_path, password=nfc)
    assert load(tmp_path).unlock("off-1", nfd) == data_key


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
    make(tmp_path / "a", password="password of a")
    _, data_key_b, recovery_key_b = make(tmp_path / "b", password="password of b")
    path_a, path_b = keyring_path(tmp_path / "a"), keyring_path(tmp_path / "b")
    document_b = read_json(path_b)
    document_b["slots"][0] = read_json(path_a)["slots"][0]  # same officer id and slot id
    write_json(path_b, document_b)

    with pytest.raises(KeyringCorrupt):
        load(tmp_path / "b").unlock("off-1", "password of a")
    assert load(tmp_path / "a").unlock("off-1", "password of a")
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
