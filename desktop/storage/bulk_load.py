"""Writing many rows at once: few statements, and empty tables' indexes built at the end."""

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

import sqlcipher3
from sqlalchemy import Connection
from sqlalchemy.orm import Session

# SQLite's bound on one statement's parameters (its default since 3.32); a build with the old
# bound of 999 is met by the fallback in insert_rows.
MAX_PARAMS = 32766
_OLD_MAX_PARAMS = 999
# Longer statements save no more lock hand-overs and insert each row a little slower.
_MAX_ROWS = 500


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _driver(conn: Session | Connection) -> Connection:
    return conn.connection() if isinstance(conn, Session) else conn


def empty_tables(conn: Session | Connection, tables: Iterable[str]) -> list[str]:
    target = _driver(conn)
    return [
        table
        for table in tables
        if target.exec_driver_sql(f"SELECT 1 FROM {_q(table)} LIMIT 1").first() is None
    ]


@contextlib.contextmanager
def deferred_upkeep(
    conn: Session | Connection, tables: Iterable[str], triggers: Iterable[str] = ()
) -> Iterator[list[str]]:
    """Inside one transaction, for those of `tables` that are empty now: drop their indexes
    that enforce nothing (not unique, not a key) and the named triggers on them, and on leaving
    create each again from its own stored statement. Yields the tables found empty.

    SQLite builds an index from sorted rows several times faster than it updates it row by
    row. A schema change is part of the transaction, so an error or a crash inside undoes the
    drop with the rows: leave by an exception only to roll back.
    """
    target = _driver(conn)
    empty = empty_tables(target, tables)
    wanted = set(triggers)
    saved: list[tuple[str, str, str]] = []
    if empty:
        marks = ", ".join("?" for _ in empty)
        rows = target.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master "
            f"WHERE tbl_name IN ({marks}) AND sql IS NOT NULL AND type IN ('index', 'trigger') "
            "ORDER BY type, name",
            tuple(empty),
        ).all()
        for kind, name, sql in rows:
            plain_index = kind == "index" and not sql.lstrip().upper().startswith("CREATE UNIQUE")
            if plain_index or (kind == "trigger" and name in wanted):
                saved.append((kind, name, sql))
    for kind, name, _ in saved:
        target.exec_driver_sql(f"DROP {kind.upper()} {_q(name)}")
    yield empty
    for _, _, sql in saved:
        target.exec_driver_sql(sql)


def insert_rows(
    conn: Session | Connection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    suffix: str = "",
) -> None:
    """INSERT the rows (values in `columns` order) with as few statements as SQLite allows;
    `suffix` follows the VALUES (an ON CONFLICT clause).

    The driver's executemany lets go of the interpreter lock around each row's step and takes
    it back for the next; while another thread runs Python (a sync decoding its next page),
    each take-back waits for that thread's turn to end, up to 5 ms, so 10,000 rows took
    seconds instead of a tenth of one. A statement of a thousand rows steps once.
    """
    if not rows:
        return
    names = ", ".join(_q(name) for name in columns)
    one = "(" + ", ".join("?" for _ in columns) + ")"
    cursor = _driver(conn).connection.cursor()
    try:
        for limit in (MAX_PARAMS, _OLD_MAX_PARAMS):
            per = max(1, min(_MAX_ROWS, limit // len(columns)))
            try:
                for start in range(0, len(rows), per):
                    part = rows[start : start + per]
                    cursor.execute(
                        f"INSERT INTO {_q(table)} ({names}) VALUES "
                        + ", ".join([one] * len(part))
                        + suffix,
                        list(chain.from_iterable(part)),
                    )
                return
            except sqlcipher3.OperationalError as exc:
                # Raised before any row of that statement is written.
                if "too many SQL variables" not in str(exc) or limit == _OLD_MAX_PARAMS:
                    raise
    finally:
        cursor.close()
