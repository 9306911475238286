"""Three-way merge per field against the base the device last saw."""

from dataclasses import dataclass, field
from typing import Any


@dataclass
class MergeResult:
    values: dict[str, Any]
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)


def changed_fields(base: dict[str, Any], now: dict[str, Any]) -> dict[str, Any]:
    """Fields of `now` that differ from `base` (a field absent from base counts as changed)."""
    return {name: value for name, value in now.items() if name not in base or base[name] != value}


def three_way(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Fields changed on one side only take that side; changed on both to different values
    keep theirs in `values` and record {base, server, device} in `conflicts`."""
    merged = dict(theirs)
    conflicts: dict[str, dict[str, Any]] = {}
    for name, value in mine.items():
        before = base.get(name, theirs.get(name))
        if value == before or value == theirs.get(name):
            continue
        if theirs.get(name) == before or name not in theirs:
            merged[name] = value
        else:
            conflicts[name] = {"base": before, "server": theirs.get(name), "device": value}
    return MergeResult(merged, conflicts)
