"""Sync use cases: enrol this PC, sync now, read the sync status, probe the server."""

import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from desktop.storage.store import Store
from desktop.sync import enrol_file, outbox, settings
from desktop.sync.client import Credentials, SyncClient
from desktop.sync.engine import Progress, SyncEngine, SyncReport
from desktop.sync.errors import NotEnrolled, SyncError
from desktop.sync.retry import Backoff

log = logging.getLogger(__name__)

# Access tokens live only in memory: a restart asks the officer for the server password again.
_TOKENS: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    username: str
    pending: int
    open_conflicts: int
    quarantined: int
    last_success_at: datetime | None
    last_error: str
    reminder_at: str
    # Enrolled by file and waiting for the first answer: bundles only until it comes.
    awaiting_answer: bool = False


def _get_all(store: Store) -> dict[str, str]:
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            text("SELECT key, value FROM local_setting WHERE key LIKE 'sync.%'")
        ).all()
    return {row.key: row.value for row in rows}


def status(store: Store) -> SyncStatus:
    values = _get_all(store)
    with store.unit_of_work(write=False) as uow:
        session = uow.session
        pending = outbox.pending_count(session)
        conflicts = session.execute(
            text("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")
        ).scalar_one()
        quarantined = session.execute(text("SELECT count(*) FROM sync_quarantine")).scalar_one()
    last = values.get(settings.LAST_SUCCESS, "")
    return SyncStatus(
        enrolled=bool(values.get(settings.DEVICE_ID)),
        server_url=values.get(settings.SERVER_URL, ""),
        username=values.get(settings.USERNAME, ""),
        pending=pending,
        open_conflicts=conflicts,
        quarantined=quarantined,
        last_success_at=datetime.fromisoformat(last) if last else None,
        last_error=values.get(settings.LAST_ERROR, ""),
        reminder_at=values.get(settings.REMINDER_AT, "16:30"),
        awaiting_answer=bool(values.get(enrol_file.TOKEN)),
    )


def set_reminder(store: Store, hhmm: str) -> None:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(hhmm)
    with store.unit_of_work() as uow:
        settings.put(uow.session, settings.REMINDER_AT, f"{hours:02d}:{minutes:02d}")


def probe(url: str) -> bool:
    """A cheap health request: is the server answering now?"""
    client = SyncClient(url)
    try:
        client.health()
        return True
    except SyncError:
        return False
    finally:
        client.close()


def enrol(store: Store, url: str, username: str, password: str, *, device_name: str = "") -> str:
    """Log in, enrol this PC to its commune, keep the credentials and the bundle key."""
    client = SyncClient(url)
    try:
        client.login(username, password)
        reply = client.enrol(store.commune_code, device_name or platform.node()[:200])
        try:
            server_key = client.bundle_key()
        except SyncError:
            server_key = ""  # bundles then need the key from a file
    finally:
        client.close()
    _TOKENS[(url, username)] = client.credentials.token
    with store.unit_of_work() as uow:
        for key, value in (
            (settings.SERVER_URL, url.rstrip("/")),
            (settings.USERNAME, username),
            (settings.DEVICE_ID, reply.device_id),
            (settings.DEVICE_SECRET, reply.device_secret),
            (settings.SERVER_KEY, server_key),
        ):
            settings.put(uow.session, key, value)
    return reply.device_id


def connect(store: Store, password: str | None = None) -> SyncClient:
    """A client with this PC's credentials and a fresh token (from memory or a login)."""
    values = _get_all(store)
    if not values.get(settings.DEVICE_ID):
        raise NotEnrolled()
    if values.get(enrol_file.TOKEN):
        raise SyncError("sync.awaiting_answer")  # the server has not made this device yet
    url, username = values[settings.SERVER_URL], values.get(settings.USERNAME, "")
    creds = Credentials(values[settings.DEVICE_ID], values.get(settings.DEVICE_SECRET, ""), "")
    creds.token = _TOKENS.get((url, username), "")

    def relogin() -> str:
        if password is None:
            raise SyncError("sync.login_needed")
        token = SyncClient(url).login(username, password).access_token
        _TOKENS[(url, username)] = token
        return token

    client = SyncClient(url, creds, relogin=relogin)
    if not creds.token and password is not None:
        creds.token = relogin()
    return client


def remember_token(store: Store, token: str) -> None:
    values = _get_all(store)
    _TOKENS[(values.get(settings.SERVER_URL, ""), values.get(settings.USERNAME, ""))] = token


def sync_now(
    store: Store,
    *,
    password: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    client: SyncClient | None = None,
    attempts: int = 6,
    backoff: Backoff | None = None,
    force_verify: bool = False,
    pull_limit: int | None = None,
) -> SyncReport:
    """Push, pull, verify; the error (if any) is kept for the status line and raised."""
    own = client is None
    client = client or connect(store, password)
    try:
        engine = SyncEngine(
            store,
            client,
            progress=progress,
            attempts=attempts,
            backoff=backoff,
            force_verify=force_verify,
            **({"pull_limit": pull_limit} if pull_limit else {}),
        )
        return engine.run()
    except SyncError as exc:
        with store.unit_of_work() as uow:
            settings.put(uow.session, settings.LAST_ERROR, exc.code)
        raise
    finally:
        if own:
            client.close()
