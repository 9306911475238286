"""What a synced row may hold, column by column, and the check of a row's values against it.

The columns themselves are in desktop.protocol.columns (written from the register's schema); here is
their record type and the check both sides run: the server on every pushed row's merged state,
the desktop on every row it pulls. A problem names the column, never the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

# How a column's value travels (see desktop.protocol.values.wire_value).
TEXT, INT, FLOAT, BOOL, DATE, DATETIME, LIST = (
    "text", "int", "float", "bool", "date", "datetime", "list"
)
KINDS = frozenset({TEXT, INT, FLOAT, BOOL, DATE, DATETIME, LIST})

# Problem codes: the server refuses a change with one, the desktop holds a pulled row back.
MISSING_VALUE = "sync.missing_value"  # a required column absent or null
INVALID_VALUE = "sync.invalid_value"  # wrong type, not in its list, not a real date
TOO_LONG = "sync.too_long"  # text longer than its column
UNKNOWN_COLUMN = "sync.unknown_column"  # a column the table does not have
UNSAFE_NUMBER = "sync.unsafe_number"  # an integer beyond what a double holds exactly
PARENT_HELD = "sync.parent_held"  # (desktop) the row's parent row is itself held back
PROBLEMS = frozenset({MISSING_VALUE, INVALID_VALUE, TOO_LONG, UNKNOWN_COLUMN, UNSAFE_NUMBER,
                      PARENT_HELD})

# The largest integer every JSON reader keeps exactly (a double's 53-bit mantissa): beyond
# it, a reader that parses numbers as doubles (a spreadsheet, a browser) changes the value.
MAX_SAFE_INT = 2**53 - 1


@dataclass(frozen=True)
class Column:
    """One content column of a synced table as the wire carries it.

    `choices`: the enumeration whose values are the only codes allowed (for a list, in each
    item); `length`: the most characters a text may have; `references`: the synced table whose
    row id the value is.
    """

    name: str
    kind: str
    nullable: bool = False
    length: int | None = None
    choices: type[Enum] | None = None
    references: str | None = None


@dataclass(frozen=True)
class Problem:
    code: str
    column: str


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Exactly wire_datetime's form: microseconds and Z, so both sides sum the same text.
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# Dates seen valid: birth dates and the like repeat across a commune's rows. Bounded, so a
# sender of endless dates cannot fill memory.
_GOOD_DATES: set[str] = set()
_MAX_GOOD_DATES = 65_536


def valid_date(value: str) -> bool:
    if value in _GOOD_DATES:
        return True
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    if len(_GOOD_DATES) < _MAX_GOOD_DATES:
        _GOOD_DATES.add(value)
    return True


def valid_datetime(value: str) -> bool:
    if not _DATETIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


_NONE = type(None)
# The type a column's non-null value must have on the wire.
_TYPES = {TEXT: str, INT: int, FLOAT: float, BOOL: bool, DATE: str, DATETIME: str, LIST: list}
# Tests beyond the type, for the columns that need one (identity-compared, see _value_problem).
_LENGTH, _REF, _INT_KIND = "length", "ref", INT
_DATE_KIND, _DATETIME_KIND, _LIST_KIND = DATE, DATETIME, LIST


def _codes(column: Column) -> frozenset[str] | None:
    return frozenset(m.value for m in column.choices) if column.choices else None


def _special(column: Column) -> tuple[str, str, Any] | None:
    """(name, test, what the test needs) for a column whose type alone does not settle it;
    coded text is checked apart, against its codes."""
    codes = _codes(column)
    if column.kind == TEXT and codes is not None:
        return None
    if column.kind == TEXT and column.references is not None:
        return column.name, _REF, None
    if column.kind == TEXT and column.length is not None:
        return column.name, _LENGTH, column.length
    if column.kind == INT:
        return column.name, _INT_KIND, None
    if column.kind == DATE:
        return column.name, _DATE_KIND, None
    if column.kind == DATETIME:
        return column.name, _DATETIME_KIND, None
    if column.kind == LIST:
        return column.name, _LIST_KIND, codes
    return None


def _value_problem(test: str, extra: Any, value: Any) -> str | None:
    """The code for a non-null value of the right type that still does not fit, or None
    (the length and date tests are made inline in RowCheck.problem)."""
    if test is _DATETIME_KIND:
        return None if valid_datetime(value) else INVALID_VALUE
    if test is _REF:
        return None if _UUID.fullmatch(value) else INVALID_VALUE
    if any(type(item) is not str for item in value):  # a list
        return INVALID_VALUE
    return None if extra is None or extra.issuperset(value) else INVALID_VALUE


class RowCheck:
    """The check of one table's rows, planned once from its columns."""

    def __init__(self, table: str, columns: Iterable[Column]) -> None:
        self.table = table
        self.columns = tuple(columns)
        for column in self.columns:
            if column.kind not in KINDS:
                raise ValueError(f"unknown kind {column.kind!r} of {table}.{column.name}")
        self.names = frozenset(c.name for c in self.columns)
        self.references = tuple((c.name, c.references) for c in self.columns if c.references)
        self._order = tuple(c.name for c in self.columns)
        self._allowed = tuple(
            (c.name, {_TYPES[c.kind], _NONE} if c.nullable else {_TYPES[c.kind]})
            for c in self.columns
        )
        self._special = tuple(filter(None, map(_special, self.columns)))
        # Coded text: (column, its codes, with None when it may be null).
        self._coded = tuple(
            (c.name, (_codes(c) or frozenset()) | ({None} if c.nullable else set()))
            for c in self.columns
            if c.kind == TEXT and c.choices is not None
        )
        # Type shapes (each column's value type, in order) seen right: rows of one table
        # mostly share a few, so a row's types are checked by one lookup.
        self._good_shapes: set[tuple[type, ...]] = set()

    def problem(self, values: Mapping[str, Any], *, unknown_ok: bool = False) -> Problem | None:
        """The first problem of a row's values (the whole row, as it would be stored), or
        None. `unknown_ok`: columns this table lacks are left aside rather than refused."""
        if not unknown_ok and not self.names.issuperset(values):
            return Problem(UNKNOWN_COLUMN, min(set(values) - self.names))
        get = values.get
        shape = tuple(map(type, map(get, self._order)))
        if shape not in self._good_shapes:
            for (name, allowed), kind in zip(self._allowed, shape, strict=True):
                if kind not in allowed:
                    code = MISSING_VALUE if kind is _NONE else INVALID_VALUE
                    return Problem(code, name)
            if len(self._good_shapes) < 1024:
                self._good_shapes.add(shape)
        for name, codes in self._coded:
            if get(name) not in codes:
                return Problem(INVALID_VALUE, name)
        for name, test, extra in self._special:
            value = get(name)
            if value is None:
                continue
            # The common tests inline: this runs for every row a new PC loads.
            if test is _LENGTH:
                if len(value) > extra:
                    return Problem(TOO_LONG, name)
            elif test is _DATE_KIND:
                if value not in _GOOD_DATES and not valid_date(value):
                    return Problem(INVALID_VALUE, name)
            elif test is _INT_KIND:
                if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
                    return Problem(UNSAFE_NUMBER, name)
            elif (code := _value_problem(test, extra, value)) is not None:
                return Problem(code, name)
        return None

    def referenced(self, values: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(table, row id) of every row these values point at."""
        return [
            (table, ref)
            for name, table in self.references
            if isinstance(ref := values.get(name), str)
        ]
