"""Rows of the register holding a value the app cannot read back: a code not in its list, a
date or time that is not one, a number or flag of the wrong type, a list that is not a list.

Such a row (written by an older server or by hand) breaks every screen, export and printout
that reads it. The conditions are made in SQL from each column's own type, so a table of
100,000 children is checked in one pass; only the table, the row id and the column are
reported, never the value.
"""

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Boolean, Column, Connection, Date, DateTime, Enum, Float, Integer, String
from sqlalchemy.exc import DBAPIError

from desktop.storage.schema import Base
from desktop.storage.schema.base import is_local
from desktop.storage.types import JsonList

SHOWN_PER_TABLE = 20


@dataclass(frozen=True)
class UnreadableRow:
    table: str
    row_id: str
    column: str


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _codes(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _unreadable(column: Column) -> str | None:
    """An SQL condition true when the column's stored value cannot be read as its type."""
    c, t = _q(column.name), column.type
    if isinstance(t, JsonList):
        bad = f"NOT json_valid({c}) OR json_type({c}) != 'array'"
        if t.enum_cls is not None:
            codes = _codes([m.value for m in t.enum_cls])
            items = f"SELECT 1 FROM json_each({c}) WHERE type != 'text' OR value NOT IN ({codes})"
            # json_each only runs on valid JSON: CASE takes its branches in order.
            bad = f"CASE WHEN {bad} THEN 1 ELSE EXISTS ({items}) END"
    elif isinstance(t, Boolean):
        bad = f"{c} NOT IN (0, 1)"
    elif isinstance(getattr(t, "impl", t), DateTime):
        # Stored as "YYYY-MM-DD HH:MM:SS.ffffff"; datetime() gives NULL, or another day for
        # one that does not exist (30 February).
        bad = f"typeof({c}) != 'text' OR datetime({c}) IS NOT substr({c}, 1, 19)"
    elif isinstance(t, Date):
        bad = f"typeof({c}) != 'text' OR date({c}) IS NOT {c} OR {c} < '0001'"
    elif isinstance(t, Integer):
        bad = f"typeof({c}) != 'integer'"
    elif isinstance(t, Float):
        bad = f"typeof({c}) NOT IN ('real', 'integer')"
    elif isinstance(t, Enum):
        bad = f"typeof({c}) != 'text' OR {c} NOT IN ({_codes(list(t.enums))})"
    elif isinstance(t, String):
        bad = f"typeof({c}) != 'text'"
    else:
        return None
    return f"({c} IS NOT NULL AND ({bad}))"


@cache
def _query(table: str) -> str | None:
    """Rows with an unreadable value, each with the first such column's name."""
    checks = [
        (column.name, found)
        for column in Base.metadata.tables[table].c
        if (found := _unreadable(column)) is not None
    ]
    if not checks:
        return None
    case = " ".join(f"WHEN {cond} THEN '{name}'" for name, cond in checks)
    return (
        f"SELECT id, bad FROM (SELECT id, CASE {case} END AS bad FROM {_q(table)}) "
        "WHERE bad IS NOT NULL ORDER BY id"
    )


def register_tables() -> list[str]:
    """The register's own tables (not this PC's bookkeeping): what the screens read."""
    return sorted(
        name
        for name, table in Base.metadata.tables.items()
        if not is_local(table) and "id" in table.c
    )


def find(conn: Connection) -> tuple[list[UnreadableRow], dict[str, int]]:
    """Up to SHOWN_PER_TABLE rows per table, and how many each table has in all. A table
    whose pages cannot be read is passed over: the cipher and integrity checks report it."""
    shown: list[UnreadableRow] = []
    totals: dict[str, int] = {}
    for table in register_tables():
        query = _query(table)
        if query is None:
            continue
        try:
            rows = conn.exec_driver_sql(query).fetchall()
        except DBAPIError:
            conn.rollback()
            continue
        if rows:
            totals[table] = len(rows)
            shown += [UnreadableRow(table, row_id, col) for row_id, col in rows[:SHOWN_PER_TABLE]]
    return shown, totals
