"""Append-only tables: home visits and case notes; a correction is a new row."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.schema.base import Base, SyncedMixin
from desktop.storage.types import JsonList, UtcDateTime


class HomeVisitRow(SyncedMixin, Base):
    __tablename__ = "home_visit"
    # Finding the visits a later revision replaced.
    __table_args__ = (Index(None, "revision_of"),)

    child_id: Mapped[str] = mapped_column(ForeignKey("child.id"), nullable=False, index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), index=True)
    visited_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    visitors: Mapped[str] = mapped_column(Text, nullable=False, default="")
    people_met: Mapped[str] = mapped_column(Text, nullable=False, default="")
    child_seen: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    observations: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risk_flags: Mapped[list[str]] = mapped_column(JsonList(), nullable=False)
    actions_taken: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(String(36))
    revision_of: Mapped[str | None] = mapped_column(String(36))


class CaseNoteRow(SyncedMixin, Base):
    __tablename__ = "case_note"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), nullable=False, index=True)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime, nullable=False)
    author_id: Mapped[str | None] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    revision_of: Mapped[str | None] = mapped_column(String(36))


APPEND_ONLY_TABLES = ("home_visit", "case_note", "case_event", "audit_event")
