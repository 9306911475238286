"""Officers who use the register, and the append-only audit trail of what they did."""

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.enums import AuditAction, Role
from desktop.domain.records import Record


@dataclass(kw_only=True)
class Officer(Record):
    commune_code: str
    full_name: str
    username: str
    role: Role = Role.OFFICER
    active: bool = True


@dataclass(kw_only=True)
class AuditEvent(Record):
    """Who did what to which record, and when; the detail never holds a child's data."""

    at: datetime
    officer_id: str | None
    action: AuditAction
    entity: str
    entity_id: str | None = None
    detail: str = ""
