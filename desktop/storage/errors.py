"""Storage failures with stable codes, so the UI and CLI can say what happened and what to do."""


class StorageError(Exception):
    code = "store.error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class StoreMissing(StorageError):
    code = "store.missing"


class StoreExists(StorageError):
    code = "store.exists"


class StoreCorrupt(StorageError):
    code = "store.corrupt"


class StoreLocked(StorageError):
    code = "store.locked"


class StoreReadOnly(StorageError):
    """The data folder or a file in it cannot be written (read-only share, stick or rights)."""

    code = "store.read_only"


class StoreTooNew(StorageError):
    """The register was last opened by a newer BVTE whose schema this version does not know."""

    code = "store.too_new"


class StaleRecord(StorageError):
    """Someone saved the record after it was read; the edit must be redone on the new version."""

    code = "store.stale"


class RecordNotFound(StorageError):
    code = "store.not_found"


class AppendOnly(StorageError):
    code = "store.append_only"


def classify(exc: BaseException) -> StorageError | None:
    """Map a driver error to what it means for the officer, or None if it is a bug."""
    text = str(exc).lower()
    if "database is locked" in text or "database table is locked" in text:
        return StoreLocked(text)
    if "file is not a database" in text or "malformed" in text or "disk image" in text:
        return StoreCorrupt(text)
    if "append-only" in text:
        return AppendOnly(text)
    return None
