"""Keyring errors: each has a stable code the UI and CLI turn into translated text."""


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


class OfficerRemoved(UnknownOfficer):
    """The password was right, but the officer was since removed from the register."""

    code = "keyring.officer_removed"


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


class PasswordChangeRequired(KeyringError):
    """The password was right but is a temporary one: the officer chooses their own first."""

    code = "keyring.must_change_password"


class SamePassword(KeyringError):
    """The new password for a temporary slot is the temporary password itself."""

    code = "keyring.same_password"
