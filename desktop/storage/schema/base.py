"""Declarative base and the columns every synced table carries."""

from datetime import datetime

from sqlalchemy import BigInteger, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.storage.types import UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


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


SYNC_COLUMNS = frozenset(
    {
        "id",
        "version",
        "device_id",
        "created_at",
        "updated_at",
        "server_seq",
        "server_updated_at",
        "deleted_at",
    }
)
