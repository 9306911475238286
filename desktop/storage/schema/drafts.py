"""Unsaved form contents kept per officer in the encrypted register; local only, never synced."""

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.schema.base import LOCAL_ONLY, Base
from desktop.storage.types import UtcDateTime


class DraftRow(Base):
    """One form's unsaved edits: `kind` names the form, `key` the record (or "new")."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("officer_id", "kind", "key"), {"info": LOCAL_ONLY})

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(64), nullable=False)
    key: Mapped[str] = mapped_column(String(128), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
