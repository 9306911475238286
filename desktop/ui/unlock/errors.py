"""What went wrong opening the register, said so that the officer knows what to do next."""

from PySide6.QtCore import QCoreApplication

from desktop.services.register_access import (
    BACKUP_REPAIRED,
    RESTORED_FROM_BACKUP,
    KeyringCorrupt,
    KeyringMissing,
    StoreCorrupt,
    StoreLocked,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
    UnknownOfficer,
)


def describe_key_notice(code: str) -> str:
    """What loading the key file found and mended (Keyring.notices), for the officer to know."""
    if code == RESTORED_FROM_BACKUP:
        return QCoreApplication.translate(
            "UnlockDialog",
            "The key file (register.keys) was damaged or missing. It was rebuilt from its backup "
            "copy (register.keys.bak); the register's data is not affected. Tell the technical "
            "team: the disk may be failing.",
        )
    if code == BACKUP_REPAIRED:
        return QCoreApplication.translate(
            "UnlockDialog",
            "The backup copy of the key file (register.keys.bak) was damaged or missing and was "
            "written again from the key file. The register's data is not affected. If this "
            "happens again, tell the technical team.",
        )
    return code


def describe_open_error(exc: Exception) -> str:
    """What went wrong when opening the register, and what the officer can do about it."""
    if isinstance(exc, StoreMissing | KeyringMissing):
        return QCoreApplication.translate(
            "UnlockDialog",
            "No register was found in this folder. Check the folder, or create a register "
            "with 'bvte init' (or open the sample register with 'bvte demo').",
        )
    if isinstance(exc, StoreReadOnly):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The data folder cannot be written (a read-only folder, a locked USB stick or a "
            "network folder without write rights). The register is not damaged and nothing was "
            "changed: do not restore a backup. Copy the whole folder somewhere you can write "
            "(for example Documents), or ask the technical team for write rights, and try again.",
        )
    if isinstance(exc, StoreTooNew):
        return QCoreApplication.translate(
            "UnlockDialog",
            "This register was updated by a newer version of BVTE. Nothing was changed and no "
            "restore is needed. Install the latest BVTE update on this PC, then open it again.",
        )
    if isinstance(exc, KeyringCorrupt):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The key file (register.keys) is damaged and its backup copy cannot be used. "
            "Restore register.keys from your latest backup.",
        )
    if isinstance(exc, StoreCorrupt):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The register file is damaged or unreadable. Nothing was changed. "
            "Restore it from the latest backup and tell the technical team.",
        )
    if isinstance(exc, StoreLocked):
        return QCoreApplication.translate(
            "UnlockDialog",
            "The register is being used by another program. "
            "Close that program (or wait a moment) and try again.",
        )
    if isinstance(exc, UnknownOfficer):
        return QCoreApplication.translate(
            "UnlockDialog", "This officer is no longer in the register. Choose another officer."
        )
    return QCoreApplication.translate(
        "UnlockDialog",
        "The register could not be opened ({0}). Nothing was changed. "
        "Run 'bvte doctor' and tell the technical team.",
    ).format(type(exc).__name__)
