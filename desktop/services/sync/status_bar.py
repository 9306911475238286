"""What the status bar says about sync: changes waiting to leave this PC, and the last success."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from desktop.storage.schema.admin import LocalSettingRow
from desktop.storage.store import Store
from desktop.sync import outbox
from desktop.sync.settings import LAST_SUCCESS


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_sync_at: datetime | None


def sync_status(store: Store) -> SyncStatus:
    """Changes in the outbox and the last successful sync time (UTC)."""
    with store.unit_of_work(write=False) as uow:
        pending = outbox.pending_count(uow.session)
        stamp = uow.session.scalar(
            select(LocalSettingRow.value).where(LocalSettingRow.key == LAST_SUCCESS)
        )
    return SyncStatus(pending=pending, last_sync_at=_parse_utc(stamp))


def _parse_utc(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
