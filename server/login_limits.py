"""Login attempt limits kept in the database, reserved before the password is checked."""

import hashlib
import math
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, case, delete, or_, select, update

from server import models as m
from server.db import write_transaction
from server.errors import ApiError

_T = m.login_attempt


@dataclass(frozen=True)
class Reservation:
    """The counter keys one login attempt was counted under."""

    account_key: str
    address_key: str


def _key(*parts: str) -> str:
    # Hashed: the table keeps no usernames or addresses, and every key has one length.
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _aware(value: datetime) -> datetime:
    # SQLite gives back the UTC instant without its zone.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _upsert(engine: Engine):
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


class LoginLimiter:
    """At most `per_address` attempts for one account from one client address, and at most
    `per_account` for one account from all addresses, in a window of `window` seconds that
    starts with the key's first attempt.

    An attempt is counted (reserved) BEFORE the password is checked, in one atomic statement
    per key, so a burst of simultaneous guesses, or guesses spread over several worker
    processes or servers on one database, gets no more checks than the limit. A refused
    attempt counts nothing, so waiting out the window always works. A success clears the
    account-and-address counter and gives back its own count on the account.
    """

    def __init__(self, engine: Engine, per_address: int, per_account: int,
                 window: float) -> None:
        self.engine = engine
        self.per_address = per_address
        self.per_account = per_account
        self.window = window
        self._insert = _upsert(engine)
        self._swept = time.monotonic()
        self._sweeping = threading.Lock()

    def reserve(self, username: str, address: str) -> Reservation:
        """Count one attempt for `username` from `address`; ApiError 429 when over a limit."""
        name = username.casefold()
        keys = Reservation(_key("account", name), _key("account+address", name, address))
        now = datetime.now(UTC)
        with write_transaction(self.engine) as conn:
            # Always the address key first, then the account key: every transaction takes the
            # row locks in the same order, so two of them never wait on each other.
            for key, limit in ((keys.address_key, self.per_address),
                               (keys.account_key, self.per_account)):
                if not self._count(conn, key, limit, now):
                    retry = self._retry_after(conn, key, now)
                    # Leaving by the error rolls back the other key's count: nothing is checked.
                    raise ApiError(429, "auth.rate_limited", {"Retry-After": str(retry)},
                                   retry_after=retry)
        self._sweep(now)
        return keys

    def succeeded(self, keys: Reservation) -> None:
        with write_transaction(self.engine) as conn:
            conn.execute(delete(_T).where(_T.c.key == keys.address_key))
            conn.execute(update(_T).where(_T.c.key == keys.account_key, _T.c.attempts > 0)
                         .values(attempts=_T.c.attempts - 1))

    def _count(self, conn: Connection, key: str, limit: int, now: datetime) -> bool:
        """One more attempt on `key` unless its window is full; True when counted."""
        ended = _T.c.window_start <= now - timedelta(seconds=self.window)
        statement = self._insert(_T).values(key=key, attempts=1, window_start=now)
        statement = statement.on_conflict_do_update(
            index_elements=[_T.c.key],
            set_={"attempts": case((ended, 1), else_=_T.c.attempts + 1),
                  "window_start": case((ended, now), else_=_T.c.window_start)},
            where=or_(ended, _T.c.attempts < limit),
        ).returning(_T.c.attempts)
        return conn.execute(statement).first() is not None

    def _retry_after(self, conn: Connection, key: str, now: datetime) -> int:
        start = conn.execute(select(_T.c.window_start).where(_T.c.key == key)).scalar_one()
        left = (_aware(start) - now).total_seconds() + self.window
        return max(1, math.ceil(left))

    def _sweep(self, now: datetime) -> None:
        """Delete rows whose window has ended, at most once a minute per process."""
        if time.monotonic() - self._swept < 60 or not self._sweeping.acquire(blocking=False):
            return
        try:
            self._swept = time.monotonic()
            ended = select(_T.c.key).where(_T.c.window_start <= now - timedelta(
                seconds=self.window))
            # SKIP LOCKED (PostgreSQL): the sweep never waits on a row a login holds, so it
            # cannot deadlock with one; a skipped row goes next time, or is reused meanwhile.
            with write_transaction(self.engine) as conn:
                conn.execute(delete(_T).where(_T.c.key.in_(
                    ended.with_for_update(skip_locked=True).scalar_subquery())))
        finally:
            self._sweeping.release()
