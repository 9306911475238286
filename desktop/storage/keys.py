"""Keyring: the register's random data key, wrapped per officer and by a recovery key."""

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import math
import os
import secrets
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from argon2 import low_level as argon2_low_level
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = "bvte-keyring"
VERSION = 1
BACKUP_SUFFIX = ".bak"

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
KEY_CHECK_BYTES = 16
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
MAX_FILE_BYTES = 1 << 20

OFFICER = "officer"
RECOVERY = "recovery"


class KeyringError(Exception):
    """Any keyring failure; `code` is stable and the UI turns it into translated text."""

    code = "keyring.error"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.code)


class KeyringMissing(KeyringError):
    code = "keyring.missing"


class KeyringCorrupt(KeyringError):
    """The file (or one slot of it) is unreadable or has been altered."""

    code = "keyring.corrupt"


class WrongPassword(KeyringError):
    """The password or recovery key was wrong; `retry_after` is 0 while tries are free."""

    code = "keyring.wrong_password"

    def __init__(self, retry_after: float = 0.0) -> None:
        super().__init__(f"{self.code} (retry_after={retry_after:.1f}s)")
        self.retry_after = retry_after


class TooManyAttempts(KeyringError):
    """Too many misses in a row on this slot; nothing is tried until `retry_after` seconds pass."""

    code = "keyring.locked_out"

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"{self.code} (retry_after={retry_after:.1f}s)")
        self.retry_after = retry_after


class UnknownOfficer(KeyringError):
    code = "keyring.unknown_officer"


class InvalidRecoveryKey(KeyringError):
    """The typed recovery key is malformed or fails its check symbols (a typo)."""

    code = "keyring.bad_recovery_key"


class OfficerExists(KeyringError):
    code = "keyring.officer_exists"


class LastOfficer(KeyringError):
    """Removing this slot would leave only the recovery key able to open the register."""

    code = "keyring.last_officer"


class WrongDataKey(KeyringError):
    """The data key handed in is not the one this keyring protects."""

    code = "keyring.wrong_data_key"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; memory_cost is in KiB."""

    time_cost: int = 3
    memory_cost: int = 65536
    parallelism: int = 2

    def __post_init__(self) -> None:
        for name in ("time_cost", "memory_cost", "parallelism"):
            value = getattr(self, name)
            if type(value) is not int:
                raise ValueError(f"{name} must be an int")
        # Upper bounds stop an edited file from making unlock allocate gigabytes or run for hours.
        if not 1 <= self.time_cost <= 64:
            raise ValueError("time_cost out of range")
        if not 1 <= self.parallelism <= 64:
            raise ValueError("parallelism out of range")
        if not 8 * self.parallelism <= self.memory_cost <= 1 << 20:
            raise ValueError("memory_cost out of range")


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class BackoffPolicy:
    """What a miss costs: a fixed delay, then lockouts doubling from lockout_base up to the cap."""

    base_delay: float = 0.5
    free_attempts: int = 3
    lockout_base: float = 5.0
    lockout_cap: float = 300.0

    def lockout(self, failures: int) -> float:
        """Seconds refused after `failures` consecutive misses on one slot."""
        if failures < self.free_attempts:
            return 0.0
        doublings = min(failures - self.free_attempts, 32)  # keeps 2**n finite for huge counts
        return min(self.lockout_cap, self.lockout_base * 2**doublings)


DEFAULT_BACKOFF = BackoffPolicy()


@dataclass(frozen=True)
class OfficerSlot:
    """What the unlock screen lists for one officer."""

    officer_id: str
    display_name: str


@dataclass(frozen=True)
class _Slot:
    slot_id: str
    kind: str
    officer_id: str | None
    display_name: str | None
    kdf: KdfParams
    salt: bytes
    check: bytes
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class _Failures:
    count: int
    last: float


# Recovery keys: 130 random bits plus a 20-bit CRC, as 30 Crockford base32 symbols in groups of 5.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_VALUES = {
    **{symbol: value for value, symbol in enumerate(_CROCKFORD)},
    "O": 0,
    "I": 1,
    "L": 1,
}
_RECOVERY_DATA_BITS = 130
_RECOVERY_CHECK_BITS = 20
_RECOVERY_SYMBOLS = (_RECOVERY_DATA_BITS + _RECOVERY_CHECK_BITS) // 5
_RECOVERY_GROUP = 5
# x^20 + x^3 + 1 is primitive, so the CRC catches every error within 4 neighbouring symbols
# (any one wrong symbol, any swap of neighbours) and misses other typos 1 time in a million.
_RECOVERY_CRC_POLY = (1 << 20) | (1 << 3) | 1
_RECOVERY_SEPARATORS = frozenset(" \t\r\n-\u2010\u2011\u2012\u2013\u2014")


def _crc_remainder(value: int) -> int:
    """`value` modulo the CRC polynomial, over GF(2)."""
    for shift in range(value.bit_length() - 1, _RECOVERY_CHECK_BITS - 1, -1):
        if value >> shift & 1:
            value ^= _RECOVERY_CRC_POLY << (shift - _RECOVERY_CHECK_BITS)
    return value


def _format_recovery_key(codeword: int) -> str:
    symbols = "".join(
        _CROCKFORD[(codeword >> (5 * index)) & 31] for index in reversed(range(_RECOVERY_SYMBOLS))
    )
    return "-".join(
        symbols[start : start + _RECOVERY_GROUP]
        for start in range(0, _RECOVERY_SYMBOLS, _RECOVERY_GROUP)
    )


def _generate_recovery_key() -> str:
    shifted = secrets.randbits(_RECOVERY_DATA_BITS) << _RECOVERY_CHECK_BITS
    return _format_recovery_key(shifted | _crc_remainder(shifted))


def _recovery_secret(recovery_key: str) -> bytes:
    """The canonical symbols of a typed key, or InvalidRecoveryKey before any Argon2 work."""
    if not isinstance(recovery_key, str):
        raise InvalidRecoveryKey()
    symbols = [ch for ch in recovery_key if ch not in _RECOVERY_SEPARATORS]
    # Checked before upper() because some non-ASCII letters upper-case into valid symbols.
    if len(symbols) != _RECOVERY_SYMBOLS or not all(ch.isascii() for ch in symbols):
        raise InvalidRecoveryKey()
    codeword = 0
    for ch in symbols:
        value = _CROCKFORD_VALUES.get(ch.upper())
        if value is None:
            raise InvalidRecoveryKey()
        codeword = codeword << 5 | value
    if _crc_remainder(codeword) != 0:
        raise InvalidRecoveryKey()
    return _format_recovery_key(codeword).replace("-", "").encode("ascii")


def _password_secret(password: str) -> bytes:
    """NFC first, so the same words typed by an NFD input method open the slot."""
    if not isinstance(password, str):
        raise TypeError("password must be a str")
    if not password:
        raise ValueError("password must not be empty")
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _derive(secret: bytes, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    """Key-encryption key and a separate check value, both from one Argon2id run."""
    raw = argon2_low_level.hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=DATA_KEY_BYTES + CHECK_BYTES,
        type=argon2_low_level.Type.ID,
        version=argon2_low_level.ARGON2_VERSION,
    )
    return raw[:DATA_KEY_BYTES], raw[DATA_KEY_BYTES:]


def _key_check(data_key: bytes, file_id: str) -> bytes:
    """A fingerprint that confirms a data key belongs to this file without revealing it."""
    message = json.dumps(["bvte-keyring-key-check", VERSION, file_id]).encode("ascii")
    return hmac.new(data_key, message, hashlib.sha256).digest()[:KEY_CHECK_BYTES]


def _check_officer(officer_id: str, display_name: str) -> None:
    if not isinstance(officer_id, str) or not officer_id:
        raise ValueError("officer_id must be a non-empty str")
    if not isinstance(display_name, str):
        raise ValueError("display_name must be a str")


def backup_path(path: str | os.PathLike[str]) -> Path:
    """The second copy kept beside the keyring: register.keys.bak."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Keyring:
    """The slots of one keyring file; it never holds the data key itself. Use create() or load()."""

    def __init__(
        self,
        path: Path,
        file_id: str,
        key_check: bytes,
        slots: list[_Slot],
        failures: dict[str, _Failures],
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        policy: BackoffPolicy,
        restored_from_backup: bool = False,
    ) -> None:
        self._path = path
        self._file_id = file_id
        self._key_check = key_check
        self._slots = slots
        self._failures = failures
        self._clock = clock
        self._sleep = sleep
        self._policy = policy
        self.restored_from_backup = restored_from_backup

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        officer_id: str,
        display_name: str,
        password: str,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        policy: BackoffPolicy = DEFAULT_BACKOFF,
    ) -> tuple["Keyring", bytes, str]:
        """A new keyring with one officer; returns it, the new data key and the recovery key."""
        path = Path(path)
        # A leftover .bak alone would still be loaded, so it counts as an existing keyring too.
        for existing in (path, backup_path(path)):
            if existing.exists():
                raise FileExistsError(f"keyring already exists: {existing}")
        _check_officer(officer_id, display_name)
        secret = _password_secret(password)
        file_id = secrets.token_hex(16)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery_key = _generate_recovery_key()
        keyring = cls(
            path,
            file_id,
            _key_check(data_key, file_id),
            [],
            {},
            clock=clock,
            sleep=sleep,
            policy=policy,
        )
        keyring._slots.append(
            keyring._seal(OFFICER, officer_id, display_name, secret, data_key, kdf)
        )
        keyring._slots.append(
            keyring._seal(RECOVERY, None, None, _recovery_secret(recovery_key), data_key, kdf)
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        keyring._save()
        return keyring, data_key, recovery_key

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str],
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        policy: BackoffPolicy = DEFAULT_BACKOFF,
    ) -> "Keyring":
        """Read the keyring, falling back to the .bak copy when the main file is missing or bad."""
        path = Path(path)
        options = {"clock": clock, "sleep": sleep, "policy": policy}
        try:
            return cls._from_document(path, _read_document(path), **options)
        except KeyringMissing:
            main_problem: KeyringError = KeyringMissing(f"no keyring at {path}")
        except KeyringCorrupt as error:
            main_problem = error
        try:
            document = _read_document(backup_path(path))
            keyring = cls._from_document(path, document, restored_from_backup=True, **options)
        except KeyringMissing:
            raise main_problem from None
        except KeyringCorrupt as error:
            raise KeyringCorrupt(f"keyring and its backup are both unreadable: {error}") from None
        return keyring

    # --- reading ---------------------------------------------------------------------------------

    @property
    def file_id(self) -> str:
        return self._file_id

    @property
    def path(self) -> Path:
        return self._path

    def officers(self) -> list[OfficerSlot]:
        return [
            OfficerSlot(slot.officer_id, slot.display_name or "")
            for slot in self._slots
            if slot.kind == OFFICER and slot.officer_id is not None
        ]

    # --- unlocking -------------------------------------------------------------------------------

    def unlock(self, officer_id: str, password: str) -> bytes:
        """The data key, if this officer's password is right."""
        slot = self._officer_slot(officer_id)
        return self._attempt(slot, _password_secret(password))

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The data key, from the recovery key shown at set-up."""
        secret = _recovery_secret(recovery_key)
        return self._attempt(self._recovery_slot(), secret)

    # --- changing slots --------------------------------------------------------------------------

    def add_officer(
        self,
        data_key: bytes,
        officer_id: str,
        display_name: str,
        password: str,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        """Give another officer a slot; `kdf` defaults to the cost already used in this file."""
        self._require_data_key(data_key)
        _check_officer(officer_id, display_name)
        if any(slot.officer_id == officer_id for slot in self._slots):
            raise OfficerExists()
        secret = _password_secret(password)
        kdf = kdf or self._recovery_slot().kdf
        self._slots.append(self._seal(OFFICER, officer_id, display_name, secret, data_key, kdf))
        self._save()

    def remove_officer(self, officer_id: str) -> None:
        slot = self._officer_slot(officer_id)
        if sum(1 for other in self._slots if other.kind == OFFICER) == 1:
            raise LastOfficer()
        self._slots.remove(slot)
        self._failures.pop(slot.slot_id, None)
        self._save()

    def change_password(
        self,
        officer_id: str,
        old_password: str,
        new_password: str,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        """Rewrap the data key under a new password; only this officer's slot changes."""
        slot = self._officer_slot(officer_id)
        new_secret = _password_secret(new_password)
        data_key = self._attempt(slot, _password_secret(old_password))
        self._rewrap_officer(slot, new_secret, data_key, kdf)

    def reset_password(
        self,
        recovery_key: str,
        officer_id: str,
        new_password: str,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        """Set a forgotten password with the recovery key; also lifts that officer's lockout."""
        secret = _recovery_secret(recovery_key)
        slot = self._officer_slot(officer_id)
        new_secret = _password_secret(new_password)
        data_key = self._attempt(self._recovery_slot(), secret)
        self._failures.pop(slot.slot_id, None)
        self._rewrap_officer(slot, new_secret, data_key, kdf)

    def new_recovery_key(self, data_key: bytes, *, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot; the old recovery key stops working."""
        self._require_data_key(data_key)
        old = self._recovery_slot()
        recovery_key = _generate_recovery_key()
        new = self._seal(
            RECOVERY, None, None, _recovery_secret(recovery_key), data_key, kdf or old.kdf
        )
        self._slots[self._slots.index(old)] = new
        self._failures.pop(old.slot_id, None)
        self._save()
        return recovery_key

    # --- internals -------------------------------------------------------------------------------

    def _officer_slot(self, officer_id: str) -> _Slot:
        for slot in self._slots:
            if slot.kind == OFFICER and slot.officer_id == officer_id:
                return slot
        raise UnknownOfficer()

    def _recovery_slot(self) -> _Slot:
        return next(slot for slot in self._slots if slot.kind == RECOVERY)

    def _require_data_key(self, data_key: bytes) -> None:
        if not isinstance(data_key, bytes | bytearray) or len(data_key) != DATA_KEY_BYTES:
            raise WrongDataKey()
        if not hmac.compare_digest(_key_check(bytes(data_key), self._file_id), self._key_check):
            raise WrongDataKey()

    def _associated_data(self, slot_id: str, kind: str, officer_id: str | None) -> bytes:
        # Binds the wrapped key to this file and to whose slot it is, so it cannot be moved.
        return json.dumps([FORMAT, VERSION, self._file_id, slot_id, kind, officer_id]).encode(
            "ascii"
        )

    def _seal(
        self,
        kind: str,
        officer_id: str | None,
        display_name: str | None,
        secret: bytes,
        data_key: bytes,
        kdf: KdfParams,
        slot_id: str | None = None,
    ) -> _Slot:
        slot_id = slot_id or secrets.token_hex(8)
        salt = secrets.token_bytes(SALT_BYTES)
        kek, check = _derive(secret, salt, kdf)
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapped = AESGCM(kek).encrypt(
            nonce, bytes(data_key), self._associated_data(slot_id, kind, officer_id)
        )
        if display_name is not None:
            display_name = unicodedata.normalize("NFC", display_name)
        return _Slot(slot_id, kind, officer_id, display_name, kdf, salt, check, nonce, wrapped)

    def _open(self, slot: _Slot, secret: bytes) -> bytes | None:
        """The data key; None for a wrong secret; KeyringCorrupt when the right secret fails."""
        kek, check = _derive(secret, slot.salt, slot.kdf)
        aad = self._associated_data(slot.slot_id, slot.kind, slot.officer_id)
        try:
            data_key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, aad)
        except InvalidTag:
            # The check value tells "wrong password" from "right password, altered or moved slot",
            # which the GCM tag alone cannot; it is no easier to guess against than the tag.
            if hmac.compare_digest(check, slot.check):
                raise KeyringCorrupt("keyring slot is damaged or was altered") from None
            return None
        if len(data_key) != DATA_KEY_BYTES or not hmac.compare_digest(
            _key_check(data_key, self._file_id), self._key_check
        ):
            raise KeyringCorrupt("keyring slot holds a key for another register")
        return data_key

    def _attempt(self, slot: _Slot, secret: bytes) -> bytes:
        self._refuse_if_locked_out(slot)
        data_key = self._open(slot, secret)
        if data_key is None:
            self._fail(slot)
        if self._failures.pop(slot.slot_id, None) is not None:
            self._save()
        return data_key

    def _refuse_if_locked_out(self, slot: _Slot) -> None:
        failures = self._failures.get(slot.slot_id)
        if failures is None:
            return
        lockout = self._policy.lockout(failures.count)
        if lockout <= 0:
            return
        now = self._clock()
        if now < failures.last:
            # The clock went back: restart the lockout from now, and remember that, so the wait is
            # neither skipped nor stretched until the clock catches up with the old failure time.
            self._failures[slot.slot_id] = _Failures(failures.count, now)
            self._save()
            raise TooManyAttempts(lockout)
        remaining = failures.last + lockout - now
        if remaining > 0:
            raise TooManyAttempts(remaining)

    def _fail(self, slot: _Slot) -> NoReturn:
        previous = self._failures.get(slot.slot_id)
        count = (previous.count if previous else 0) + 1
        failed_at = self._clock()
        self._failures[slot.slot_id] = _Failures(count, failed_at)
        # Saved before the delay, so closing the app mid-delay does not erase the miss.
        self._save()
        self._sleep(self._policy.base_delay)
        lockout = self._policy.lockout(count)
        retry_after = 0.0
        if lockout > 0:
            retry_after = min(lockout, max(0.0, failed_at + lockout - self._clock()))
        raise WrongPassword(retry_after)

    def _rewrap_officer(
        self, slot: _Slot, secret: bytes, data_key: bytes, kdf: KdfParams | None
    ) -> None:
        new = self._seal(
            OFFICER,
            slot.officer_id,
            slot.display_name,
            secret,
            data_key,
            kdf or slot.kdf,
            slot_id=slot.slot_id,
        )
        self._slots[self._slots.index(slot)] = new
        self._save()

    # --- file format -----------------------------------------------------------------------------

    def _document(self) -> dict[str, Any]:
        slots = []
        for slot in self._slots:
            entry: dict[str, Any] = {"slot_id": slot.slot_id, "kind": slot.kind}
            if slot.kind == OFFICER:
                entry["officer_id"] = slot.officer_id
                entry["display_name"] = slot.display_name
            entry["kdf"] = {
                "name": "argon2id",
                "version": argon2_low_level.ARGON2_VERSION,
                "time_cost": slot.kdf.time_cost,
                "memory_cost": slot.kdf.memory_cost,
                "parallelism": slot.kdf.parallelism,
                "salt": _b64(slot.salt),
            }
            entry["check"] = _b64(slot.check)
            entry["nonce"] = _b64(slot.nonce)
            entry["wrapped_key"] = _b64(slot.wrapped_key)
            slots.append(entry)
        return {
            "format": FORMAT,
            "version": VERSION,
            "file_id": self._file_id,
            "key_check": _b64(self._key_check),
            "slots": slots,
            "failures": {
                slot_id: {"count": record.count, "last": record.last}
                for slot_id, record in self._failures.items()
            },
        }

    def _save(self) -> None:
        data = (json.dumps(self._document(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        # Main file first: if we stop between the two writes the main file is already current.
        _atomic_write(self._path, data)
        _atomic_write(backup_path(self._path), data)

    @classmethod
    def _from_document(
        cls,
        path: Path,
        document: Any,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        policy: BackoffPolicy,
        restored_from_backup: bool = False,
    ) -> "Keyring":
        doc = _expect_dict(document, "keyring")
        if doc.get("format") != FORMAT:
            raise KeyringCorrupt("not a BVTE keyring")
        version = doc.get("version")
        if type(version) is not int or version != VERSION:
            raise KeyringCorrupt(f"unsupported keyring version: {version!r}")
        file_id = doc.get("file_id")
        if not _is_hex(file_id, 32):
            raise KeyringCorrupt("bad file_id")
        key_check = _expect_bytes(doc.get("key_check"), KEY_CHECK_BYTES, "key_check")
        raw_slots = doc.get("slots")
        if not isinstance(raw_slots, list):
            raise KeyringCorrupt("bad slots")
        slots = [_slot_from_document(entry) for entry in raw_slots]
        slot_ids = [slot.slot_id for slot in slots]
        officer_ids = [slot.officer_id for slot in slots if slot.kind == OFFICER]
        if len(set(slot_ids)) != len(slot_ids) or len(set(officer_ids)) != len(officer_ids):
            raise KeyringCorrupt("duplicate slots")
        if not officer_ids or sum(1 for slot in slots if slot.kind == RECOVERY) != 1:
            raise KeyringCorrupt("keyring needs officer slots and exactly one recovery slot")
        failures: dict[str, _Failures] = {}
        for slot_id, record in _expect_dict(doc.get("failures"), "failures").items():
            record = _expect_dict(record, "failure record")
            count, last = record.get("count"), record.get("last")
            if slot_id not in slot_ids or type(count) is not int or count < 1:
                raise KeyringCorrupt("bad failure record")
            if type(last) not in (int, float) or not math.isfinite(last):
                raise KeyringCorrupt("bad failure record")
            failures[slot_id] = _Failures(count, float(last))
        return cls(
            path,
            file_id,
            key_check,
            slots,
            failures,
            clock=clock,
            sleep=sleep,
            policy=policy,
            restored_from_backup=restored_from_backup,
        )


def _read_document(path: Path) -> Any:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyringMissing(f"no keyring at {path}") from None
    if len(data) > MAX_FILE_BYTES:
        raise KeyringCorrupt("keyring file is too large")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyringCorrupt("keyring file is not valid JSON") from None


def _slot_from_document(entry: Any) -> _Slot:
    entry = _expect_dict(entry, "slot")
    slot_id, kind = entry.get("slot_id"), entry.get("kind")
    if not _is_hex(slot_id, 16) or kind not in (OFFICER, RECOVERY):
        raise KeyringCorrupt("bad slot id or kind")
    officer_id = display_name = None
    if kind == OFFICER:
        officer_id, display_name = entry.get("officer_id"), entry.get("display_name")
        if not isinstance(officer_id, str) or not officer_id or not isinstance(display_name, str):
            raise KeyringCorrupt("bad officer slot")
    kdf_entry = _expect_dict(entry.get("kdf"), "kdf")
    if kdf_entry.get("name") != "argon2id" or kdf_entry.get("version") != (
        argon2_low_level.ARGON2_VERSION
    ):
        raise KeyringCorrupt("unsupported key derivation")
    try:
        kdf = KdfParams(
            time_cost=kdf_entry.get("time_cost"),
            memory_cost=kdf_entry.get("memory_cost"),
            parallelism=kdf_entry.get("parallelism"),
        )
    except ValueError:
        raise KeyringCorrupt("bad key derivation parameters") from None
    return _Slot(
        slot_id=slot_id,
        kind=kind,
        officer_id=officer_id,
        display_name=display_name,
        kdf=kdf,
        salt=_expect_bytes(kdf_entry.get("salt"), SALT_BYTES, "salt"),
        check=_expect_bytes(entry.get("check"), CHECK_BYTES, "check"),
        nonce=_expect_bytes(entry.get("nonce"), NONCE_BYTES, "nonce"),
        wrapped_key=_expect_bytes(entry.get("wrapped_key"), WRAPPED_KEY_BYTES, "wrapped_key"),
    )


def _expect_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise KeyringCorrupt(f"bad {what}")
    return value


def _expect_bytes(value: Any, length: int, what: str) -> bytes:
    if not isinstance(value, str):
        raise KeyringCorrupt(f"bad {what}")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise KeyringCorrupt(f"bad {what}") from None
    if len(data) != length:
        raise KeyringCorrupt(f"bad {what}")
    return data


def _is_hex(value: Any, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(ch in "0123456789abcdef" for ch in value)
    )


_REPLACE_TRIES = 5


def _atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, rename over it: readers see old or new, never half."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(_REPLACE_TRIES):
            try:
                os.replace(temp_name, path)
                break
            except PermissionError:
                # On Windows a scanner or indexer briefly holding the target blocks the rename.
                if attempt == _REPLACE_TRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open a folder for fsync."""
    if os.name != "posix":
        return
    # Some filesystems (network shares) refuse a folder fsync; the rename has already happened.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
