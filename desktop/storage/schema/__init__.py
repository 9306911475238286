"""The register's tables; importing this package registers every table on `Base.metadata`."""

from desktop.storage.schema import admin, cases, field_records, register  # noqa: F401
from desktop.storage.schema.base import Base, SyncedMixin

__all__ = ["Base", "SyncedMixin"]
