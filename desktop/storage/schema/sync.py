"""This PC's sync bookkeeping: the outbox, the pull cursor, conflicts, quarantine, apply guard."""

from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.schema.base import LOCAL_ONLY, Base
from desktop.storage.types import UtcDateTime


class OutboxRow(Base):
    """One pending local change; it leaves only when the server has acknowledged it.

    Filled by triggers in the same transaction as the edit. `base_json` holds the row's content
    before the first unsent edit (the three-way merge base, NULL for a new row), `new_json` the
    content after the last edit; the values sent are read from the row itself at push time, so
    a column added later travels too. `batch_id` is set when the change is first put in a
    batch, whose request body `sync_batch` keeps, so a retry after a lost reply sends the very
    same thing. `op_id` is kept on the entry only when a change goes back unanswered (and on
    entries frozen before batches were kept whole, with their `change_json`).
    """

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index(None, "table_name", "row_id"),
        Index(None, "batch_id"),
        {"info": LOCAL_ONLY},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    base_json: Mapped[str | None] = mapped_column(Text)
    new_json: Mapped[str | None] = mapped_column(Text)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    device_time: Mapped[str | None] = mapped_column(String(32))
    op_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    batch_id: Mapped[str | None] = mapped_column(String(36))
    change_json: Mapped[str | None] = mapped_column(Text)
    resolves: Mapped[str | None] = mapped_column(String(36))


class SyncBatchRow(Base):
    """A frozen push batch: its request body (JSON, the changes in outbox order), until the
    server's reply has settled it."""

    __tablename__ = "sync_batch"
    __table_args__ = {"info": LOCAL_ONLY}

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class SyncStateRow(Base):
    """The pull cursor per commune, saved in the same transaction as the rows it brought."""

    __tablename__ = "sync_state"
    __table_args__ = {"info": LOCAL_ONLY}

    commune_code: Mapped[str] = mapped_column(String(5), primary_key=True)
    cursor: Mapped[str] = mapped_column(Text, nullable=False, default="")
    bootstrapped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ConflictRow(Base):
    """Fields changed on both sides (the server's conflict): both values kept until settled.

    `fields_json` maps each field to {base, server, device}; every device of the commune gets
    the conflict, and the change that settles it reaches them all.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index(None, "table_name", "row_id"), {"info": LOCAL_ONLY})

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    fields_json: Mapped[str] = mapped_column(Text, nullable=False)
    server_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    found_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolution: Mapped[str] = mapped_column(String(8), nullable=False, default="")


class QuarantineRow(Base):
    """A change the server refused, kept whole with the reason until fixed or discarded."""

    __tablename__ = "sync_quarantine"
    __table_args__ = {"info": LOCAL_ONLY}

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    change_json: Mapped[str] = mapped_column(Text, nullable=False)
    reason_code: Mapped[str] = mapped_column(String(64), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    quarantined_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)


class ApplyGuardRow(Base):
    """One row; `active` is 1 only inside a remote-apply transaction, so triggers stay quiet."""

    __tablename__ = "sync_apply_guard"
    __table_args__ = {"info": LOCAL_ONLY}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    active: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class MovedRow(Base):
    """A row that left this commune with a transferred case; kept here, out of the checksums.

    Append-only history cannot be deleted from the register, so what moved away is marked
    deleted and listed here until (if ever) it comes back.
    """

    __tablename__ = "sync_moved"
    __table_args__ = {"info": LOCAL_ONLY}

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    commune_code: Mapped[str] = mapped_column(String(5), nullable=False)
