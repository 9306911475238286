"""Officers, the audit trail, and local-only tables (settings, the search index)."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import AuditAction, Role
from desktop.storage.schema.base import LOCAL_ONLY, Base, SyncedMixin
from desktop.storage.types import UtcDateTime, code_enum


class OfficerRow(SyncedMixin, Base):
    __tablename__ = "officer"

    commune_code: Mapped[str] = mapped_column(String(5), nullable=False)
    full_name: Mapped[str] = mapped_column(Text, nullable=False)
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    role: Mapped[Role] = mapped_column(code_enum(Role), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class AuditEventRow(SyncedMixin, Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index(None, "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[AuditAction] = mapped_column(code_enum(AuditAction), nullable=False)
    entity: Mapped[str] = mapped_column(String(32), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")


class LocalSettingRow(Base):
    """This PC's own values (device id, commune); never synced."""

    __tablename__ = "local_setting"
    __table_args__ = {"info": LOCAL_ONLY}

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class ChildSearchRow(Base):
    """Folded text behind the FTS5 index `child_search_fts`; derived, local, rebuildable."""

    __tablename__ = "child_search"
    # The register pages through children by folded name (keyset on name, child_id); search
    # finds names and ID numbers that start with what was typed through these two indexes.
    __table_args__ = (
        Index(None, "name", "child_id"),
        Index(None, "id_number"),
        {"info": LOCAL_ONLY},
    )

    rid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    child_id: Mapped[str] = mapped_column(
        ForeignKey("child.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    name: Mapped[str] = mapped_column(Text, nullable=False)
    id_number: Mapped[str] = mapped_column(Text, nullable=False)
    carers: Mapped[str] = mapped_column(Text, nullable=False)
    place: Mapped[str] = mapped_column(Text, nullable=False)
