"""A child's file as plain JSON data for a draft, and back, with dates and codes restored."""

import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop.domain.child import Allowance, Carer, Child, ChildFile, GroupMembership, Household

_PARTS: dict[str, type] = {"carers": Carer, "groups": GroupMembership, "allowances": Allowance}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _record(record: Any) -> dict:
    return {f.name: _plain(getattr(record, f.name)) for f in fields(record)}


def encode(file: ChildFile) -> dict:
    return {
        "child": _record(file.child),
        "household": _record(file.household) if file.household is not None else None,
        **{name: [_record(r) for r in getattr(file, name)] for name in _PARTS},
    }


def _kinds(hint: Any) -> tuple[Any, ...]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return typing.get_args(hint)
    return (hint,)


def _typed(hint: Any, value: Any) -> Any:
    if isinstance(value, dict) and "date" in value:
        return date.fromisoformat(value["date"])
    if isinstance(value, dict) and "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    for kind in _kinds(hint):
        if isinstance(kind, type) and issubclass(kind, Enum) and value is not None:
            return kind(value)
    return value


def _build(cls: type, data: dict) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)} if is_dataclass(cls) else set()
    return cls(**{k: _typed(hints.get(k), v) for k, v in data.items() if k in known})


def decode(payload: dict) -> ChildFile:
    household = payload.get("household")
    return ChildFile(
        child=_build(Child, payload["child"]),
        household=_build(Household, household) if household else None,
        **{name: [_build(cls, r) for r in payload.get(name, [])] for name, cls in _PARTS.items()},
    )
