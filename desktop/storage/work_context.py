"""What a repository needs of its unit of work: the session, the clock, the device, the index."""

from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session


class WorkContext(Protocol):
    """The part of a UnitOfWork its repositories use (so neither module imports the other)."""

    session: Session
    device_id: str
    dirty_children: set[str]

    def now(self) -> datetime: ...
