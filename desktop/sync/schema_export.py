"""Writes desktop/protocol/columns.py from storage/schema: `python -m desktop.sync.schema_export`.

The register's tables (storage/schema) are the one definition of the synced columns; the
protocol carries a copy written from them, because the server may not import storage. A test
fails while the copy differs from what this writes.
"""

import sys
from enum import Enum
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String
from sqlalchemy import Enum as SqlEnum

from desktop.domain import enums
from desktop.protocol import META_COLUMNS, SYNCED_TABLES
from desktop.protocol import schema as s
from desktop.storage.schema import Base
from desktop.storage.types import JsonList

TARGET = Path(__file__).parents[1] / "protocol" / "columns.py"

_HEAD = '''"""The synced tables' columns as the wire carries them, and each table's row check.

Written by desktop/sync/schema_export.py from the register's schema; do not edit by hand:
change storage/schema and run `python -m desktop.sync.schema_export`.
"""

from desktop.domain import enums as e
from desktop.protocol.schema import Column, Problem, RowCheck

C = Column

COLUMNS: dict[str, tuple[Column, ...]] = {
'''

_TAIL = '''}

CHECKS: dict[str, RowCheck] = {
    table: RowCheck(table, columns) for table, columns in COLUMNS.items()
}


def row_problem(table: str, values: dict, *, unknown_ok: bool = False) -> Problem | None:
    """The first problem of a whole row of a synced table (see RowCheck.problem), or None."""
    return CHECKS[table].problem(values, unknown_ok=unknown_ok)
'''


def _enum_name(enum_cls: type[Enum]) -> str:
    if getattr(enums, enum_cls.__name__, None) is not enum_cls:
        raise ValueError(f"{enum_cls.__name__} is not in desktop.domain.enums")
    return f"e.{enum_cls.__name__}"


def column_of(column) -> s.Column:
    """The wire description of one register column."""
    col_type = column.type
    kind, length, choices = s.TEXT, None, None
    if isinstance(col_type, JsonList):
        kind, choices = s.LIST, col_type.enum_cls
    elif isinstance(col_type, Boolean):
        kind = s.BOOL
    elif isinstance(getattr(col_type, "impl", col_type), DateTime):
        kind = s.DATETIME
    elif isinstance(col_type, Date):
        kind = s.DATE
    elif isinstance(col_type, Integer):
        kind = s.INT
    elif isinstance(col_type, Float):
        kind = s.FLOAT
    elif isinstance(col_type, SqlEnum):
        choices = col_type.enum_class
    elif isinstance(col_type, String) and col_type.length:
        length = col_type.length
    references = [fk.column.table.name for fk in column.foreign_keys]
    return s.Column(
        column.name,
        kind,
        nullable=bool(column.nullable),
        length=None if references else length,
        choices=choices,
        references=references[0] if references else None,
    )


def columns_of(table: str) -> tuple[s.Column, ...]:
    return tuple(
        column_of(c) for c in Base.metadata.tables[table].c if c.name not in META_COLUMNS
    )


def _line(column: s.Column) -> str:
    args = [f'"{column.name}"', f'"{column.kind}"']
    if column.nullable:
        args.append("nullable=True")
    if column.length is not None:
        args.append(f"length={column.length}")
    if column.choices is not None:
        args.append(f"choices={_enum_name(column.choices)}")
    if column.references is not None:
        args.append(f'references="{column.references}"')
    return f"        C({', '.join(args)}),"


def render() -> str:
    lines = [_HEAD]
    for table in SYNCED_TABLES:
        lines.append(f'    "{table}": (\n')
        lines.extend(_line(column) + "\n" for column in columns_of(table))
        lines.append("    ),\n")
    lines.append(_TAIL)
    return "".join(lines)


def main() -> int:
    text = render()
    if TARGET.exists() and TARGET.read_text("utf-8") == text:
        print(f"{TARGET.name} is up to date")
        return 0
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
