"""Shared pieces of the keyring tests: a fake clock, a sleep recorder, file helpers."""

import json
import re
from pathlib import Path

import argon2.low_level
import pytest

from desktop.paths import keyring_path
from desktop.storage.keyring import (
    BackoffPolicy,
    KdfParams,
    Keyring,
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
