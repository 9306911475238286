"""The register's tables; importing this package registers every table on `Base.metadata`."""

from desktop.storage.schema import (  # noqa: F401
    admin,
    cases,
    drafts,
    field_records,
    register,
    sync,
)
from desktop.storage.schema.base import Base, SyncedMixin

__all__ = ["Base", "SyncedMixin"]
