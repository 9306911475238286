"""Which tables sync, which are append-only, and how their columns travel as JSON."""

from functools import cache

from sqlalchemy import Boolean, Date, DateTime, Float, Integer

from desktop import protocol
from desktop.storage.schema import Base
from desktop.storage.schema.base import is_local
from desktop.storage.types import JsonList

# Parents before children, as the protocol lists them.
SYNCED_TABLES: tuple[str, ...] = tuple(protocol.SYNCED_TABLES)
APPEND_ONLY = protocol.APPEND_ONLY_TABLES


def tables_with_sync_columns() -> frozenset[str]:
    """Tables of the register that carry sync columns; must equal SYNCED_TABLES."""
    return frozenset(
        name
        for name, table in Base.metadata.tables.items()
        if not is_local(table) and "server_seq" in table.c
    )


@cache
def column_kinds(table: str) -> dict[str, str]:
    """Per column: bool, datetime, date, list, int, float or text (how the value travels)."""
    kinds = {}
    for column in Base.metadata.tables[table].c:
        kind = "text"
        col_type = column.type
        if isinstance(col_type, JsonList):
            kind = "list"
        elif isinstance(col_type, Boolean):
            kind = "bool"
        elif isinstance(getattr(col_type, "impl", col_type), DateTime):
            kind = "datetime"
        elif isinstance(col_type, Date):
            kind = "date"
        elif isinstance(col_type, Integer):
            kind = "int"
        elif isinstance(col_type, Float):
            kind = "float"
        kinds[column.name] = kind
    return kinds
