"""A pushed row is checked whole, as it would be stored, against the synced schema."""

from typing import Any

from desktop.protocol import Change, ChangeResult
from desktop.protocol.columns import CHECKS
from desktop.protocol.schema import Problem
from server.errors import REJECT_REASONS


def problem(table: str, values: dict[str, Any]) -> Problem | None:
    """The first problem of a row's merged values (types, codes, dates, lengths, required and
    unknown columns), or None."""
    return CHECKS[table].problem(values)


def refusal(change: Change, found: Problem) -> ChangeResult:
    """The rejected result: the code and a Vietnamese reason naming the column, never the
    value (it may be a name or an ID number)."""
    reason = REJECT_REASONS[found.code].format(column=found.column)
    return ChangeResult(change.op_id, "rejected", code=found.code, reason=reason)


def referenced(table: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(table, row id) of the rows these values point at (parents and other references)."""
    return CHECKS[table].referenced(values)
