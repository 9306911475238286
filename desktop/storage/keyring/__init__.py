"""Keyring: the register's random data key, wrapped per officer and by a recovery key."""

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from argon2 import low_level as argon2_low_level
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.domain.passwords import require_strong_password
from desktop.storage.errors import StoreReadOnly
from desktop.storage.files import atomic_write, is_not_writable
from desktop.storage.keyring import file as keyring_file
from desktop.storage.keyring.errors import (
    InvalidRecoveryKey,
    KeyringCorrupt,
    KeyringError,
    KeyringMissing,
    LastOfficer,
    OfficerExists,
    OfficerRemoved,
    PasswordChangeRequired,
    SamePassword,
    TooManyAttempts,
    UnknownOfficer,
    WrongDataKey,
    WrongPassword,
)
from desktop.storage.keyring.file import Failures, KeyringDocument, Slot, backup_path
from desktop.storage.keyring.params import (
    CHECK_BYTES,
    DATA_KEY_BYTES,
    DEFAULT_BACKOFF,
    DEFAULT_KDF,
    FORMAT,
    KEY_CHECK_BYTES,
    NONCE_BYTES,
    OFFICER,
    RECOVERY,
    SALT_BYTES,
    VERSION,
    BackoffPolicy,
    KdfParams,
)
from desktop.storage.keyring.recovery import generate_recovery_key, recovery_secret

# Callers import the whole keyring vocabulary from here.
__all__ = [
    "BACKUP_REPAIRED",
    "DEFAULT_BACKOFF",
    "DEFAULT_KDF",
    "RESTORED_FROM_BACKUP",
    "BackoffPolicy",
    "InvalidRecoveryKey",
    "KdfParams",
    "Keyring",
    "KeyringCorrupt",
    "KeyringError",
    "KeyringMissing",
    "LastOfficer",
    "OfficerExists",
    "OfficerRemoved",
    "OfficerSlot",
    "PasswordChangeRequired",
    "SamePassword",
    "TooManyAttempts",
    "UnknownOfficer",
    "WrongDataKey",
    "WrongPassword",
    "backup_path",
]


# Notices a load can leave: the main file was unreadable and was rebuilt from the .bak copy;
# the .bak copy was missing or unreadable and was rebuilt from the main file.
RESTORED_FROM_BACKUP = "keyring.restored_from_backup"
BACKUP_REPAIRED = "keyring.backup_repaired"


@dataclass(frozen=True)
class OfficerSlot:
    """What the unlock screen lists for one officer."""

    officer_id: str
    display_name: str
    # The slot holds a temporary password that its officer must replace at the next unlock.
    must_change: bool = False


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


class Keyring:
    """The slots of one keyring file; it never holds the data key itself. Use create() or load().

    Every slot given a new password refuses a weak one (DomainError "password.weak"), so no
    caller can skip the rule of desktop.domain.passwords.
    """

    def __init__(
        self,
        path: Path,
        file_id: str,
        key_check: bytes,
        slots: list[Slot],
        failures: dict[str, Failures],
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
        # What loading found and mended, for the officer to be told (RESTORED_FROM_BACKUP...).
        self.notices: list[str] = []

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
        require_strong_password(password)
        secret = _password_secret(password)
        file_id = secrets.token_hex(16)
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        recovery_key = generate_recovery_key()
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
            keyring._seal(RECOVERY, None, None, recovery_secret(recovery_key), data_key, kdf)
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
            document = keyring_file.read(path)
        except KeyringMissing:
            main_problem: KeyringError = KeyringMissing(f"no keyring at {path}")
        except KeyringCorrupt as error:
            main_problem = error
        else:
            keyring = cls._from_document(path, document, **options)
            keyring._repair_backup(document)
            return keyring
        try:
            document = keyring_file.read(backup_path(path))
            keyring = cls._from_document(path, document, restored_from_backup=True, **options)
        except KeyringMissing:
            raise main_problem from None
        except KeyringCorrupt as error:
            raise KeyringCorrupt(f"keyring and its backup are both unreadable: {error}") from None
        keyring.notices.append(RESTORED_FROM_BACKUP)
        # The main file is written back from the copy now, not at the next password change.
        with contextlib.suppress(StoreReadOnly, OSError):
            keyring._save()
        return keyring

    def _repair_backup(self, document: KeyringDocument) -> None:
        """Rewrite a missing, damaged or stale .bak from the main file just read."""
        try:
            backup = keyring_file.read(backup_path(self._path))
        except (KeyringMissing, KeyringCorrupt):
            self.notices.append(BACKUP_REPAIRED)
        else:
            if backup == document:
                return
        # A stale copy is normal after a stop between the two writes; only a bad one is told.
        with contextlib.suppress(OSError):
            atomic_write(backup_path(self._path), keyring_file.to_json(document))

    # --- reading ---------------------------------------------------------------------------------

    @property
    def file_id(self) -> str:
        return self._file_id

    @property
    def path(self) -> Path:
        return self._path

    def officers(self) -> list[OfficerSlot]:
        return [
            OfficerSlot(slot.officer_id, slot.display_name or "", slot.must_change)
            for slot in self._slots
            if slot.kind == OFFICER and slot.officer_id is not None
        ]

    def must_change(self, officer_id: str) -> bool:
        """Whether this officer's password is a temporary one, to be replaced at unlock."""
        return self._officer_slot(officer_id).must_change

    # --- unlocking -------------------------------------------------------------------------------

    def unlock(self, officer_id: str, password: str) -> bytes:
        """The data key, if this officer's password is right."""
        slot = self._officer_slot(officer_id)
        return self._attempt(slot, _password_secret(password))

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The data key, from the recovery key shown at set-up."""
        secret = recovery_secret(recovery_key)
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
        must_change: bool = False,
    ) -> None:
        """Give another officer a slot; `kdf` defaults to the cost already used in this file.

        With `must_change`, the password is a temporary one: unlocking with it is refused until
        the officer chooses their own (see Store.open).
        """
        self._require_data_key(data_key)
        _check_officer(officer_id, display_name)
        if any(slot.officer_id == officer_id for slot in self._slots):
            raise OfficerExists()
        require_strong_password(password)
        secret = _password_secret(password)
        kdf = kdf or self._recovery_slot().kdf
        self._slots.append(
            self._seal(
                OFFICER, officer_id, display_name, secret, data_key, kdf, must_change=must_change
            )
        )
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
        """Rewrap the data key under a new password; only this officer's slot changes.

        A temporary password (must_change) cannot be "changed" to itself: SamePassword.
        """
        slot = self._officer_slot(officer_id)
        new_secret = _password_secret(new_password)
        old_secret = _password_secret(old_password)
        data_key = self._attempt(slot, old_secret)
        if slot.must_change and hmac.compare_digest(new_secret, old_secret):
            raise SamePassword()
        require_strong_password(new_password)
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
        secret = recovery_secret(recovery_key)
        slot = self._officer_slot(officer_id)
        new_secret = _password_secret(new_password)
        data_key = self._attempt(self._recovery_slot(), secret)
        require_strong_password(new_password)
        self._failures.pop(slot.slot_id, None)
        self._rewrap_officer(slot, new_secret, data_key, kdf)

    def new_recovery_key(self, data_key: bytes, *, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot; the old recovery key stops working."""
        self._require_data_key(data_key)
        old = self._recovery_slot()
        recovery_key = generate_recovery_key()
        new = self._seal(
            RECOVERY, None, None, recovery_secret(recovery_key), data_key, kdf or old.kdf
        )
        self._slots[self._slots.index(old)] = new
        self._failures.pop(old.slot_id, None)
        self._save()
        return recovery_key

    # --- internals -------------------------------------------------------------------------------

    def _officer_slot(self, officer_id: str) -> Slot:
        for slot in self._slots:
            if slot.kind == OFFICER and slot.officer_id == officer_id:
                return slot
        raise UnknownOfficer()

    def _recovery_slot(self) -> Slot:
        return next(slot for slot in self._slots if slot.kind == RECOVERY)

    def _require_data_key(self, data_key: bytes) -> None:
        if not isinstance(data_key, bytes | bytearray) or len(data_key) != DATA_KEY_BYTES:
            raise WrongDataKey()
        if not hmac.compare_digest(_key_check(bytes(data_key), self._file_id), self._key_check):
            raise WrongDataKey()

    def _associated_data(
        self, slot_id: str, kind: str, officer_id: str | None, must_change: bool = False
    ) -> bytes:
        # Binds the wrapped key to this file and to whose slot it is, so it cannot be moved; and
        # to a temporary password's flag, so editing the file cannot make that password last.
        # (Appended only when set, so every slot written before the flag existed still opens.)
        bound: list[object] = [FORMAT, VERSION, self._file_id, slot_id, kind, officer_id]
        if must_change:
            bound.append("must_change")
        return json.dumps(bound).encode("ascii")

    def _seal(
        self,
        kind: str,
        officer_id: str | None,
        display_name: str | None,
        secret: bytes,
        data_key: bytes,
        kdf: KdfParams,
        slot_id: str | None = None,
        *,
        must_change: bool = False,
    ) -> Slot:
        slot_id = slot_id or secrets.token_hex(8)
        salt = secrets.token_bytes(SALT_BYTES)
        kek, check = _derive(secret, salt, kdf)
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapped = AESGCM(kek).encrypt(
            nonce, bytes(data_key), self._associated_data(slot_id, kind, officer_id, must_change)
        )
        if display_name is not None:
            display_name = unicodedata.normalize("NFC", display_name)
        return Slot(
            slot_id, kind, officer_id, display_name, kdf, salt, check, nonce, wrapped, must_change
        )

    def _open(self, slot: Slot, secret: bytes) -> bytes | None:
        """The data key; None for a wrong secret; KeyringCorrupt when the right secret fails."""
        kek, check = _derive(secret, slot.salt, slot.kdf)
        aad = self._associated_data(slot.slot_id, slot.kind, slot.officer_id, slot.must_change)
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

    def _attempt(self, slot: Slot, secret: bytes) -> bytes:
        self._refuse_if_locked_out(slot)
        data_key = self._open(slot, secret)
        if data_key is None:
            self._fail(slot)
        if self._failures.pop(slot.slot_id, None) is not None:
            self._save()
        return data_key

    def _refuse_if_locked_out(self, slot: Slot) -> None:
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
            self._failures[slot.slot_id] = Failures(failures.count, now)
            self._save()
            raise TooManyAttempts(lockout)
        remaining = failures.last + lockout - now
        if remaining > 0:
            raise TooManyAttempts(remaining)

    def _fail(self, slot: Slot) -> NoReturn:
        previous = self._failures.get(slot.slot_id)
        count = (previous.count if previous else 0) + 1
        failed_at = self._clock()
        self._failures[slot.slot_id] = Failures(count, failed_at)
        # Saved before the delay, so closing the app mid-delay does not erase the miss.
        try:
            self._save()
        except StoreReadOnly:
            # The miss cannot be written down, but it still costs the wait (and this process
            # remembers it); the officer is told the folder cannot be written.
            self._sleep(self._policy.base_delay)
            raise
        self._sleep(self._policy.base_delay)
        lockout = self._policy.lockout(count)
        retry_after = 0.0
        if lockout > 0:
            retry_after = min(lockout, max(0.0, failed_at + lockout - self._clock()))
        raise WrongPassword(retry_after)

    def _rewrap_officer(
        self, slot: Slot, secret: bytes, data_key: bytes, kdf: KdfParams | None
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

    # --- file ------------------------------------------------------------------------------------

    def _save(self) -> None:
        document = KeyringDocument(self._file_id, self._key_check, self._slots, self._failures)
        try:
            keyring_file.save(self._path, document)
        except OSError as exc:
            if is_not_writable(exc):
                raise StoreReadOnly(str(self._path.parent)) from None
            raise

    @classmethod
    def _from_document(
        cls,
        path: Path,
        document: KeyringDocument,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        policy: BackoffPolicy,
        restored_from_backup: bool = False,
    ) -> "Keyring":
        return cls(
            path,
            document.file_id,
            document.key_check,
            list(document.slots),
            dict(document.failures),
            clock=clock,
            sleep=sleep,
            policy=policy,
            restored_from_backup=restored_from_backup,
        )
