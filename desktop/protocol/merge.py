"""The per-field three-way merge of a row against the base the device last saw: pure, shared."""

from dataclasses import dataclass, field
from typing import Any

# A base value the device never had: its value overwrites on purpose (a chosen resolution or
# a field it never held), so it is taken.
MISSING: Any = object()

# Which value a field keeps.
THEIRS, MINE, CONFLICT = "theirs", "mine", "conflict"


def field_fate(base: Any, mine: Any, theirs: Any) -> str:
    """One field: both sides agree or only theirs changed -> THEIRS; only mine changed, or
    the base is MISSING -> MINE; both changed to different values -> CONFLICT."""
    if mine == theirs:
        return THEIRS
    if base is MISSING or base == theirs:
        return MINE
    if base == mine:
        return THEIRS  # the device did not change this field; their newer value stands
    return CONFLICT


def clash(base: Any, theirs: Any, mine: Any) -> dict[str, Any]:
    """How a conflict keeps both values, as the protocol's Conflict.fields carries them."""
    return {"base": base, "server": theirs, "device": mine}


@dataclass
class FieldMerge:
    """Fields to write, and fields changed on both sides (base/server/device)."""

    take: dict[str, Any] = field(default_factory=dict)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)


def merge_fields(server: dict[str, Any], base: dict[str, Any],
                 incoming: dict[str, Any]) -> FieldMerge:
    """The server's merge of a pushed edit. Per field: untouched on the server since base ->
    take the device's value; both sides made the same value -> nothing; both changed
    differently -> conflict, server value kept.

    A field with no base value is the device overwriting on purpose (a chosen resolution or a
    field the device never had): it is taken.
    """
    result = FieldMerge()
    for name, new in incoming.items():
        current = server.get(name)
        old = base.get(name, MISSING)
        fate = field_fate(old, new, current)
        if fate == MINE:
            result.take[name] = new
        elif fate == CONFLICT:
            result.conflicts[name] = clash(old, current, new)
    return result


def base_differs(server: dict[str, Any], base: dict[str, Any]) -> bool:
    """True when the server row changed since the device's base (someone edited it)."""
    return any(server.get(name) != value for name, value in base.items())


@dataclass
class MergeResult:
    values: dict[str, Any]
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)


def changed_fields(base: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """Fields of `now` that differ from `base` (a field absent from base counts as changed)."""
    return {name: value for name, value in now.items() if name not in base or base[name] != value}


def three_way(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Fields changed on one side only take that side; changed on both to different values
    keep theirs in `values` and record {base, server, device} in `conflicts`. A field with no
    base counts as unchanged on their side; one they do not have takes mine."""
    merged = dict(theirs)
    conflicts: dict[str, dict[str, Any]] = {}
    for name, value in mine.items():
        before = base.get(name, theirs.get(name))
        fate = field_fate(before, value, theirs.get(name))
        if fate == MINE or (fate == CONFLICT and name not in theirs):
            merged[name] = value
        elif fate == CONFLICT:
            conflicts[name] = clash(before, theirs.get(name), value)
    return MergeResult(merged, conflicts)
