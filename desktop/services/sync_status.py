"""What the status bar says about sync: changes waiting to leave this PC, and the last success."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text

from desktop.storage.schema.admin import LocalSettingRow
from desktop.storage.store import Store

OUTBOX_TABLE = "sync_outbox"
LAST_SYNC_KEY = "sync.last_success_at"


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_sync_at: datetime | None


def sync_status(store: Store) -> SyncStatus:
    """Rows in the outbox (0 before sync exists) and the last successful sync time (UTC)."""
    with store.unit_of_work(write=False) as uow:
        has_outbox = uow.session.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": OUTBOX_TABLE},
        )
        pending = 0
        if has_outbox:
            pending = uow.session.scalar(text(f"SELECT count(*) FROM {OUTBOX_TABLE}")) or 0
        stamp = uow.session.scalar(
            select(LocalSettingRow.value).where(LocalSettingRow.key == LAST_SYNC_KEY)
        )
    return SyncStatus(pending=int(pending), last_sync_at=_parse_utc(stamp))


def _parse_utc(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
