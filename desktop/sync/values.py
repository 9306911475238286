"""Row values between the register file and the wire: read, convert both ways, write."""

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.protocol import META_COLUMNS, nfc, wire_datetime
from desktop.storage import bulk_load
from desktop.storage.synced_tables import column_kinds

Conn = Connection | Session


def _q(name: str) -> str:
    return '"' + name + '"'


def to_wire_value(kind: str, raw: Any) -> Any:
    """One value as stored by SQLite (or by a trigger's json_object) -> its wire form."""
    if raw is None:
        return None
    if kind == "bool":
        return bool(raw)
    if kind == "datetime":
        return wire_datetime(datetime.fromisoformat(str(raw)))
    if kind == "list":
        items = json.loads(raw) if isinstance(raw, str) else raw
        return [nfc(item) if isinstance(item, str) else item for item in items or []]
    if kind == "float":
        return float(raw)
    if isinstance(raw, str):
        return nfc(raw)
    return raw


def from_wire_value(kind: str, value: Any) -> Any:
    """A wire value -> what the column stores, in the same form the ORM would write."""
    if value is None:
        return None
    if kind == "bool":
        return 1 if value else 0
    if kind == "datetime":
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    if kind == "list":
        return json.dumps([str(item) for item in value], ensure_ascii=False)
    if isinstance(value, str):
        return nfc(value)
    return value


PLAIN_KINDS = frozenset({"text", "int", "date"})  # stored as they travel, text NFC


@cache
def _content_kinds(table: str) -> dict[str, str]:
    return {n: k for n, k in column_kinds(table).items() if n not in META_COLUMNS}


@cache
def _content_plan(table: str) -> tuple[tuple[str, str, bool], ...]:
    """(column, kind, stored as it travels) for each syncing column, looked up once."""
    return tuple((n, k, k in PLAIN_KINDS) for n, k in _content_kinds(table).items())


def content(table: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The syncing values of a raw row (no bookkeeping columns), in wire form.

    Runs for every row a batch sends and every row a checksum or merge looks at: the plan is
    per table and plain text is normalised inline.
    """
    out: dict[str, Any] = {}
    for name, kind, plain in _content_plan(table):
        if name not in raw:
            continue
        value = raw[name]
        if value is None or (plain and type(value) is not str):
            out[name] = value
        elif plain:
            out[name] = value if value.isascii() else unicodedata.normalize("NFC", value)
        else:
            out[name] = to_wire_value(kind, value)
    return out


def base_values(table: str, base_json: str | None) -> dict[str, Any]:
    """An outbox entry's base (raw values from the trigger) in wire form; {} for a new row."""
    if base_json is None:
        return {}
    return content(table, json.loads(base_json))


def read_rows(conn: Conn, table: str, where: str = "", params: dict | None = None) -> list[dict]:
    """Rows as dicts, read through the driver's cursor: pushes and pulls read thousands."""
    target = conn.connection() if isinstance(conn, Session) else conn
    cursor = target.connection.cursor()
    try:
        cursor.execute(f"SELECT * FROM {_q(table)} {where}", params or {})
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()


def read_row(conn: Conn, table: str, row_id: str) -> dict[str, Any] | None:
    rows = read_rows(conn, table, "WHERE id = :id", {"id": row_id})
    return rows[0] if rows else None


def write_row(
    conn: Conn,
    table: str,
    row_id: str,
    values: dict[str, Any],
    meta: dict[str, Any],
) -> None:
    """Insert or replace one row from wire `values` plus raw bookkeeping `meta` columns."""
    kinds = column_kinds(table)
    columns = {
        name: from_wire_value(kinds[name], value) for name, value in values.items() if name in kinds
    }
    columns.update(meta)
    columns["id"] = row_id
    names = [n for n in columns if n != "id"]
    params = {f"c{i}": columns[n] for i, n in enumerate(names)}
    params["id"] = row_id
    assignments = ", ".join(f"{_q(n)} = :c{i}" for i, n in enumerate(names))
    # UPDATE first: SQLite checks NOT NULL before an upsert's conflict clause, and a partial
    # write (a merged row after a push) names only some columns.
    done = conn.execute(text(f"UPDATE {_q(table)} SET {assignments} WHERE id = :id"), params)
    if done.rowcount:
        return
    all_names = ["id", *names]
    placeholders = ", ".join(":id" if n == "id" else f":c{names.index(n)}" for n in all_names)
    conn.execute(
        text(
            f"INSERT INTO {_q(table)} ({', '.join(_q(n) for n in all_names)}) "
            f"VALUES ({placeholders})"
        ),
        params,
    )


def now_raw() -> str:
    """The local bookkeeping time (never used for ordering), in the stored form."""
    return datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def read_many(conn: Conn, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Rows of `table` with these ids, by id, in one query."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = read_rows(
        conn,
        table,
        "WHERE id IN (SELECT value FROM json_each(:ids))",
        {"ids": json.dumps(wanted)},
    )
    return {row["id"]: row for row in rows}


_NAMED = re.compile(r":(\w+)")


def execute_many(conn: Conn, sql: str, rows: list[dict[str, Any]]) -> None:
    """One statement with named parameters, run for every row by the driver's executemany.

    SQLAlchemy turns each row's parameters over one by one, which costs more than SQLite's
    own work for the hundreds of rows a sync batch or page writes."""
    if not rows:
        return
    names = _NAMED.findall(sql)
    driver_sql = _NAMED.sub("?", sql)
    target = conn.connection() if isinstance(conn, Session) else conn
    target.exec_driver_sql(driver_sql, [tuple(row[name] for name in names) for row in rows])


InsertGroups = dict[tuple[str, ...], list[tuple[Any, ...]]]


def insert_many(conn: Conn, table: str, items: list[tuple[str, dict, dict]]) -> None:
    """Insert new rows (row id, a pulled row's values, raw meta), one statement per column set."""
    write_groups(conn, table, insert_groups(table, items))


def write_groups(conn: Conn, table: str, groups: InsertGroups) -> None:
    for names, params in groups.items():
        bulk_load.insert_rows(conn, table, names, params)


def insert_groups(table: str, items: list[tuple[str, dict, dict]]) -> InsertGroups:
    """New rows (row id, a pulled row's values, raw meta) as plain lists by column set.

    A new PC inserts tens of thousands of rows, so each shape of row is planned once. Pulled
    values are NFC already (the protocol's readers see to it): only bools, datetimes and lists
    change form. Needs no connection, so a thread other than the writing one can make them.
    """
    kinds = column_kinds(table)
    plans: dict[tuple[tuple[str, ...], tuple[str, ...]], Any] = {}
    groups: InsertGroups = {}
    for row_id, values, meta in items:
        shape = (tuple(values), tuple(meta))
        plan = plans.get(shape)
        if plan is None:
            # Bookkeeping columns come from `meta` only; columns this register lacks are left.
            keep = [i for i, n in enumerate(shape[0]) if n in kinds and n not in meta and n != "id"]
            names = [shape[0][i] for i in keep]
            convert = [(j, kinds[n]) for j, n in enumerate(names) if kinds[n] not in PLAIN_KINDS]
            plan = plans[shape] = (
                (*names, *shape[1], "id"),
                None if len(keep) == len(shape[0]) else keep,
                convert,
            )
        columns, keep, convert = plan
        row = list(values.values())
        if keep is not None:
            row = [row[i] for i in keep]
        for j, kind in convert:
            row[j] = from_wire_value(kind, row[j])
        row.extend(meta.values())
        row.append(row_id)
        # A tuple of plain values leaves the garbage collector's lists at its first look, so
        # a page's rows waiting to be written do not pile up as old objects and set off a
        # full collection of the whole app.
        groups.setdefault(columns, []).append(tuple(row))
    return groups
