"""Append-only field records: home visits and case notes (a correction is a new revision)."""

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.records import Record


@dataclass(kw_only=True)
class HomeVisit(Record):
    child_id: str
    case_id: str | None = None
    visited_at: datetime
    visitors: str = ""
    people_met: str = ""
    child_seen: bool = True
    observations: str = ""
    risk_flags: list[str] = field(default_factory=list)
    actions_taken: str = ""
    next_visit_on: date | None = None
    author_id: str | None = None
    revision_of: str | None = None


@dataclass(kw_only=True)
class CaseNote(Record):
    case_id: str
    written_at: datetime
    author_id: str | None = None
    text: str
    revision_of: str | None = None
