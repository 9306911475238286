"""Declarative base and the columns every synced table carries."""

from datetime import datetime

from sqlalchemy import BigInteger, Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.protocol import META_COLUMNS
from desktop.storage.types import UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Table info that marks a table as this PC's own (drafts, settings, indexes, sync state): it
# never syncs and so carries no sync columns. Use as `__table_args__ = {"info": LOCAL_ONLY}`.
LOCAL_ONLY = {"local": True}


def is_local(table: Table) -> bool:
    return bool(table.info.get("local"))


class SyncedMixin:
    """Device-made UUIDv7 key, edit version, device and server times, soft delete.

    Sync adds change capture on top of these columns without reshaping any table.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    server_updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


# The bookkeeping columns SyncedMixin declares: the protocol's own list, never merged or sent
# as content.
SYNC_COLUMNS = META_COLUMNS
