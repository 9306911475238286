"""Database engines for the server: PostgreSQL through psycopg 3, SQLite as the default."""

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

DEFAULT_SQLITE = "bvte-server.sqlite3"


def normalise_url(url: str | None) -> str:
    """A URL SQLAlchemy can open: bare paths become SQLite, postgresql:// uses psycopg 3."""
    if not url:
        return f"sqlite:///{Path(DEFAULT_SQLITE).resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _null(value: None) -> None:
    return value


# sqlite3 looks for an adapter for every None it binds and pays for the failed lookup each
# time; with this one a NULL binds about twice as fast (a push writes thousands of them).
sqlite3.register_adapter(type(None), _null)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        # Python's sqlite3 defers BEGIN; issue it ourselves so a transaction is one snapshot.
        event.listen(engine, "connect", lambda conn, _r: setattr(conn, "isolation_level", None))
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE")
                     if conn.info.get("write") else conn.exec_driver_sql("BEGIN"))
        return engine
    # A burst of PCs queues for connections rather than failing: wait, do not time out early.
    return create_engine(url, pool_size=10, max_overflow=20, pool_timeout=300,
                         pool_pre_ping=True)


# SQLite has one writer at a time anyway; one lock per process keeps writers from spinning.
_SQLITE_WRITER = threading.Lock()


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A write transaction; on SQLite serialized in the process and BEGIN IMMEDIATE."""
    if is_sqlite(engine):
        with _SQLITE_WRITER, engine.connect() as conn:
            conn.info["write"] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info["write"] = False
        return
    with engine.begin() as conn:
        yield conn


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """One consistent read: REPEATABLE READ on PostgreSQL, one BEGIN on SQLite."""
    if is_sqlite(engine):
        with engine.connect() as conn, conn.begin():
            yield conn
        return
    options = {"isolation_level": "REPEATABLE READ"}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn
