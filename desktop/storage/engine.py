"""The SQLAlchemy engine on an SQLCipher 4 file opened with a raw 256-bit key."""

from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop.storage.errors import StoreCorrupt, StoreMissing, classify

DEFAULT_BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32768


def _null(value: None) -> None:
    return value


# The driver looks for an adapter for every None it binds and, finding none, pays for a failed
# lookup each time; with this one a NULL binds about five times faster, which counts when a
# new PC writes tens of thousands of rows with empty columns.
sqlcipher3.register_adapter(type(None), _null)


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    # A raw key skips SQLCipher's own PBKDF2: Argon2id in the keyring already stretched it.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def rekey_pragma(key: bytes) -> str:
    """The statement that re-encrypts an open file under `key`."""
    return _key_pragma(key).replace("PRAGMA key", "PRAGMA rekey", 1)


def open_connection(path: Path, key: bytes, busy_timeout_ms: int) -> sqlcipher3.Connection:
    """A configured DB-API connection; raises StoreCorrupt if the key does not read the file."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher would print page errors to stderr; doctor and our messages report them.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        configure(conn, busy_timeout_ms)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise (classify(exc) or StoreCorrupt(str(exc))) from exc
    return conn


def configure(conn: sqlcipher3.Connection, busy_timeout_ms: int) -> None:
    """Settings every connection gets once keyed; the first read proves the key is right."""
    # Nothing decrypted may touch a temp file on disk.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Pages stay decrypted in this cache; SQLite's 2 MB default makes a large register decrypt
    # the same index pages on every keystroke.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


def make_engine(
    path: Path,
    key: bytes,
    *,
    must_exist: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine whose every connection is keyed; the first connection is made now to check it."""
    if must_exist and not path.exists():
        raise StoreMissing(str(path))
    return engine_over(lambda: open_connection(path, key, busy_timeout_ms))


def engine_over(creator: Callable[[], sqlcipher3.Connection]) -> Engine:
    """The pooled engine and its transaction rule, over connections `creator` makes ready."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        # The most recently used connection has the warmest page cache of decrypted pages.
        pool_use_lifo=True,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # The driver runs in autocommit so that SQLAlchemy, not pysqlite, decides when to BEGIN;
        # writers take the write lock up front so a busy file waits instead of failing mid-way.
        mode = "IMMEDIATE" if conn.get_execution_options().get("bvte_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    with engine.connect():
        pass
    return engine
