"""Loading and writing synced rows and the per-commune log under the commune lock."""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update

from desktop.protocol import SYNCED_TABLES, canonical_json
from server import models as m

CHUNK = 500


@dataclass
class RowState:
    """A synced row as held during one push; `dirty` rows get a new log position at flush."""

    table: str
    row_id: str
    commune: str
    parent_table: str | None
    parent_id: str | None
    version: int
    deleted: bool
    values: dict[str, Any]
    server_seq: int = 0
    device_id: str = ""
    in_db: bool = False
    dirty: bool = False
    moved_from: set[str] = field(default_factory=set)


def _state(row: Any) -> RowState:
    return RowState(row.table_name, row.row_id, row.commune_code, row.parent_table,
                    row.parent_id, row.version, row.deleted, json.loads(row.values_json),
                    row.server_seq, row.device_id, in_db=True)


_STATE_COLUMNS = ("table_name", "row_id", "commune_code", "parent_table", "parent_id",
                  "version", "deleted", "values_json", "server_seq", "device_id")


def param_mark(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def load_rows(conn: Connection,
              keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], RowState]:
    """Rows by (table, row id), in key order: the primary key, so each lookup is an index
    probe. A table at a time through the driver: SQLAlchemy's expansion of hundreds of key
    pairs cost more than the lookups themselves."""
    wanted = sorted(set(keys))
    ids: dict[str, list[str]] = {}
    for table, row_id in wanted:
        ids.setdefault(table, []).append(row_id)
    mark = param_mark(conn)
    fetched: dict[tuple[str, str], RowState] = {}
    for table, row_ids in ids.items():
        for start in range(0, len(row_ids), CHUNK):
            chunk = row_ids[start:start + CHUNK]
            sql = (f"SELECT {', '.join(_STATE_COLUMNS)} FROM {m.sync_row.name} "
                   f"WHERE table_name = {mark} AND row_id IN ({', '.join([mark] * len(chunk))})")
            for r in conn.exec_driver_sql(sql, (table, *chunk)):
                # SQLite gives the boolean column as 0/1.
                fetched[(r[0], r[1])] = RowState(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]),
                                                 json.loads(r[7]), r[8], r[9], in_db=True)
    return {key: fetched[key] for key in wanted if key in fetched}


def load_children(conn: Connection, parent_ids: Iterable[str]) -> list[RowState]:
    ids = sorted(set(parent_ids))
    out: list[RowState] = []
    for start in range(0, len(ids), CHUNK):
        query = select(m.sync_row).where(m.sync_row.c.parent_id.in_(ids[start:start + CHUNK]))
        out.extend(_state(row) for row in conn.execute(query))
    return out


def parent_of(table: str, values: dict[str, Any]) -> tuple[str | None, str | None]:
    spec = SYNCED_TABLES[table]
    if spec.parent is None:
        return None, None
    column, parent_table = spec.parent
    parent_id = values.get(column)
    return parent_table, parent_id if isinstance(parent_id, str) else None


class CommuneLog:
    """Log positions for the communes of one transaction, locked in code order.

    The lock is held until commit, so positions become visible in the order they were given:
    a reader never sees position N+1 committed while N is still in flight.
    """

    def __init__(self, conn: Connection, codes: Iterable[str], sqlite: bool) -> None:
        self.conn = conn
        query = (select(m.commune.c.code, m.commune.c.log_seq)
                 .where(m.commune.c.code.in_(sorted(set(codes)))).order_by(m.commune.c.code))
        if not sqlite:  # SQLite: the transaction is already the only writer (BEGIN IMMEDIATE)
            query = query.with_for_update()
        self.seq = {row.code: row.log_seq for row in conn.execute(query)}
        self.start = dict(self.seq)
        self.entries: list[tuple[Any, ...]] = []  # in _LOG_COLUMNS order

    def knows(self, code: str) -> bool:
        return code in self.seq

    def append(self, commune: str, kind: str, table: str, row_id: str,
               moved_to: str | None = None) -> int:
        self.seq[commune] += 1
        self.entries.append((commune, self.seq[commune], kind, table, row_id, moved_to))
        return self.seq[commune]

    def flush(self) -> None:
        insert_many(self.conn, m.change_log, _LOG_COLUMNS, self.entries)
        changed = [{"b_code": code, "b_seq": seq} for code, seq in self.seq.items()
                   if seq != self.start[code]]
        if changed:
            self.conn.execute(update(m.commune).where(m.commune.c.code == bindparam("b_code"))
                              .values(log_seq=bindparam("b_seq")), changed)


_LOG_COLUMNS = ("commune_code", "seq", "kind", "table_name", "row_id", "moved_to")
_ROW_COLUMNS = ("table_name", "row_id", "commune_code", "parent_table", "parent_id", "version",
                "deleted", "values_json", "server_seq", "device_id", "updated_at")


def _driver_rows(conn: Connection, table: Table, names: Sequence[str],
                 rows: list[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]], str]:
    """Rows with values converted by their column types for the dialect, and its mark."""
    process = [(i, f) for i, name in enumerate(names)
               if (f := table.c[name].type.bind_processor(conn.dialect))]
    if process:
        converted: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(row)
            for i, f in process:  # only the columns that convert (booleans, times)
                if values[i] is not None:
                    values[i] = f(values[i])
            converted.append(tuple(values))
        return converted, param_mark(conn)
    return rows, param_mark(conn)


def insert_many(conn: Connection, table: Table, names: Sequence[str],
                rows: list[tuple[Any, ...]]) -> None:
    """Rows (values in `names` order) through the driver's executemany: a push inserts
    hundreds at once, and SQLAlchemy's per-row parameter handling cost more than the inserts
    themselves. Column types still convert values (booleans, times) for the dialect."""
    if not rows:
        return
    rows, mark = _driver_rows(conn, table, names, rows)
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join([mark] * len(names))})")
    conn.exec_driver_sql(sql, rows)


_KEY_COLUMNS = ("table_name", "row_id")


def write_rows(conn: Connection, rows: Iterable[RowState], at: datetime) -> None:
    new, old = [], []
    for row in rows:
        values = (row.table, row.row_id, row.commune, row.parent_table, row.parent_id,
                  row.version, row.deleted, canonical_json(row.values), row.server_seq,
                  row.device_id, at)
        (old if row.in_db else new).append(values)
    insert_many(conn, m.sync_row, _ROW_COLUMNS, new)
    if old:
        # Same driver path as inserts: the changed columns, then the key, per row.
        changed = [name for name in _ROW_COLUMNS if name not in _KEY_COLUMNS]
        order = [*changed, *_KEY_COLUMNS]
        at_name = {name: i for i, name in enumerate(_ROW_COLUMNS)}
        params, mark = _driver_rows(conn, m.sync_row, order,
                                    [tuple(v[at_name[n]] for n in order) for v in old])
        sql = (f"UPDATE {m.sync_row.name} SET {', '.join(f'{n} = {mark}' for n in changed)} "
               f"WHERE table_name = {mark} AND row_id = {mark}")
        conn.exec_driver_sql(sql, params)
