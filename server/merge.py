"""Three-way merge of one row's fields: the server's values, the device's base and its edit."""

from dataclasses import dataclass, field
from typing import Any

_MISSING = object()


@dataclass
class FieldMerge:
    """Fields to write, fields changed on both sides (base/server/device), and echo-only ones."""

    take: dict[str, Any] = field(default_factory=dict)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)


def merge_fields(server: dict[str, Any], base: dict[str, Any],
                 incoming: dict[str, Any]) -> FieldMerge:
    """Per field: untouched on the server since base -> take the device's value; both sides
    made the same value -> nothing; both changed differently -> conflict, server value kept.

    A field with no base value is the device overwriting on purpose (a chosen resolution or a
    field the device never had): it is taken.
    """
    result = FieldMerge()
    for name, new in incoming.items():
        current = server.get(name)
        old = base.get(name, _MISSING)
        if current == new:
            continue
        if old is _MISSING or old == current:
            result.take[name] = new
        elif old == new:
            continue  # the device did not change this field; the server's newer value stands
        else:
            result.conflicts[name] = {"base": old, "server": current, "device": new}
    return result


def base_differs(server: dict[str, Any], base: dict[str, Any]) -> bool:
    """True when the server row changed since the device's base (someone edited it)."""
    return any(server.get(name) != value for name, value in base.items())
