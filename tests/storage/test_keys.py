"""Keyring: wrapping the register's data key per officer, password changes, and backoff."""

from pathlib import Path

import pytest

from desktop.paths import keyring_path
from desktop.storage.keyring import (
    DEFAULT_KDF,
    BackoffPolicy,
    KdfParams,
    Keyring,
    KeyringError,
    LastOfficer,
    OfficerExists,
    OfficerSlot,
    TooManyAttempts,
    UnknownOfficer,
    WrongDataKey,
    WrongPassword,
)
from tests.storage.keyring_support import (
    OTHER_PASSWORD,
    PASSWORD,
    RECOVERY_PATTERN,
    Argon2Counter,
    FakeClock,
    SleepRecorder,
    backup_of,
    load,
    make,
    read_json,
)


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


def test_unlock_uses_the_default_argon2_cost(tmp_path: Path) -> None:
    """The unlock's time is measured in benchmarks/ui.py, not here: a timed test fails on a
    busy machine."""
    _, data_key, _ = Keyring.create(keyring_path(tmp_path), "off-1", "An", PASSWORD)
    keyring = Keyring.load(keyring_path(tmp_path))
    assert read_json(keyring_path(tmp_path))["slots"][0]["kdf"]["memory_cost"] == 65536

    assert keyring.unlock("off-1", PASSWORD) == data_key
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

    keyring.change_password("off-1", PASSWORD, "Mật khẩu mới 2027")

    after = read_json(keyring_path(tmp_path))
    assert after["slots"][1:] == before["slots"][1:]
    assert after["slots"][0]["slot_id"] == before["slots"][0]["slot_id"]
    assert after["slots"][0]["wrapped_key"] != before["slots"][0]["wrapped_key"]
    reloaded = load(tmp_path)
    assert reloaded.unlock("off-1", "Mật khẩu mới 2027") == data_key
    with pytest.raises(WrongPassword):
        reloaded.unlock("off-1", PASSWORD)


def test_change_password_needs_the_old_password(tmp_path: Path) -> None:
    keyring, data_key, _ = make(tmp_path)
    with pytest.raises(WrongPassword):
        keyring.change_password("off-1", "wrong old", "new one")
    assert load(tmp_path).unlock("off-1", PASSWORD) == data_key


