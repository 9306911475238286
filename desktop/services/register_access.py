"""Getting into a register: create it, list who can unlock it, open it, set a password."""

from pathlib import Path

from desktop.domain.enums import Role
from desktop.domain.passwords import require_strong_password
from desktop.paths import database_path, keyring_path
from desktop.storage.errors import (
    StaleRecord,
    StorageError,
    StoreCorrupt,
    StoreExists,
    StoreLocked,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
)
from desktop.storage.files import require_writable
from desktop.storage.keyring import (
    BACKUP_REPAIRED,
    RESTORED_FROM_BACKUP,
    InvalidRecoveryKey,
    Keyring,
    KeyringCorrupt,
    KeyringError,
    KeyringMissing,
    OfficerRemoved,
    OfficerSlot,
    PasswordChangeRequired,
    SamePassword,
    TooManyAttempts,
    UnknownOfficer,
    WrongPassword,
)
from desktop.storage.store import Store, StoreOptions, register_files

# Screens and the command line name these without reaching into storage themselves.
__all__ = [
    "BACKUP_REPAIRED",
    "RESTORED_FROM_BACKUP",
    "InvalidRecoveryKey",
    "Keyring",
    "KeyringCorrupt",
    "KeyringError",
    "KeyringMissing",
    "OfficerRemoved",
    "OfficerSlot",
    "PasswordChangeRequired",
    "SamePassword",
    "StaleRecord",
    "StorageError",
    "Store",
    "StoreCorrupt",
    "StoreExists",
    "StoreLocked",
    "StoreMissing",
    "StoreOptions",
    "StoreReadOnly",
    "StoreTooNew",
    "TooManyAttempts",
    "UnknownOfficer",
    "WrongPassword",
    "change_password",
    "check_writable",
    "create_register",
    "has_register",
    "load_keyring",
    "load_register_keyring",
    "open_register",
    "require_strong_password",
    "reset_password",
]


def has_register(folder: Path) -> bool:
    """Whether `folder` holds a register or its key file (so the first-run wizard is not due)."""
    return database_path(folder).exists() or keyring_path(folder).exists()


def load_keyring(folder: Path) -> Keyring:
    """The register's key file, mended if need be (its `notices` say so); its `officers()` are
    who can unlock. Raises KeyringMissing or KeyringCorrupt."""
    return Keyring.load(keyring_path(folder))


def load_register_keyring(folder: Path) -> Keyring:
    """As load_keyring, but KeyringMissing too when the register file itself is not there."""
    if not database_path(folder).exists():
        raise KeyringMissing(str(database_path(folder)))
    return load_keyring(folder)


def create_register(
    folder: Path,
    *,
    commune_code: str,
    full_name: str,
    username: str,
    password: str,
    role: Role = Role.OFFICER,
    opts: StoreOptions | None = None,
) -> tuple[Store, str]:
    """A new encrypted register with its first officer; returns it open and the recovery key.

    Errors: password.weak (DomainError), store.exists."""
    require_strong_password(password)
    return Store.create(
        folder,
        commune_code=commune_code,
        full_name=full_name,
        username=username,
        password=password,
        role=role,
        opts=opts,
    )


def open_register(
    folder: Path,
    officer_id: str,
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    new_password: str | None = None,
    opts: StoreOptions | None = None,
) -> Store:
    """Unlock with an officer's password, or the recovery key; a temporary password opens only
    with the officer's own `new_password` (else PasswordChangeRequired). See Store.open."""
    if new_password is not None:
        require_strong_password(new_password)
    return Store.open(
        folder,
        officer_id=officer_id,
        password=password,
        recovery_key=recovery_key,
        new_password=new_password,
        opts=opts,
    )


def check_writable(folder: Path) -> None:
    """StoreReadOnly unless the register's files can take a changed slot; asked before any
    password, so nobody types one that cannot be saved."""
    require_writable(folder, register_files(folder))


def change_password(folder: Path, officer_id: str, old: str, new: str) -> None:
    """The officer's slot takes `new`; the data is not re-encrypted."""
    require_strong_password(new)
    load_keyring(folder).change_password(officer_id, old, new)


def reset_password(folder: Path, officer_id: str, recovery_key: str, new: str) -> None:
    """A forgotten password replaced with the printed recovery key; lifts the officer's wait."""
    require_strong_password(new)
    load_keyring(folder).reset_password(recovery_key, officer_id, new)
