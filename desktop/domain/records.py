"""The base every stored record shares: a device-made id and an edit version."""

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.ids import new_id


@dataclass(kw_only=True)
class Record:
    id: str = ""
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = new_id()

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
