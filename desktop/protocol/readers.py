"""Strict readers: each takes (raw value, path) and returns the clean value or raises."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from desktop.protocol.constants import MAX_FIELDS, MAX_INT, MAX_TEXT_LENGTH
from desktop.protocol.errors import NUL_CHARACTER, ProtocolError
from desktop.protocol.tables import SYNCED_TABLES
from desktop.protocol.values import _name, clean_values, nfc


def _obj(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ProtocolError("protocol.wrong_type", "expected an object", path)
    return raw


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: Any, path: str) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise ProtocolError("protocol.bad_id", "expected a UUID string", path)
    if _CANONICAL_UUID.fullmatch(value):
        return value  # already the form str(uuid.UUID(value)) gives
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ProtocolError("protocol.bad_id", "expected a UUID string", path) from None


def _commune(value: Any, path: str) -> str:
    if not isinstance(value, str) or len(value) != 5 or not value.isdigit():
        raise ProtocolError("protocol.bad_commune", "commune code is 5 digits", path)
    return value


def _table(value: Any, path: str) -> str:
    if not isinstance(value, str) or value not in SYNCED_TABLES:
        raise ProtocolError("protocol.unknown_table", f"table {value!r} does not sync", path)
    return value


def _int(low: int = 0, high: int = MAX_INT) -> Callable[[Any, str], int]:
    def read(value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ProtocolError("protocol.bad_number", f"expected an integer {low}..{high}", path)
        return value

    return read


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise ProtocolError("protocol.wrong_type", "expected true or false", path)
    return value


def _text(limit: int = MAX_TEXT_LENGTH, normalise: bool = True) -> Callable[[Any, str], str]:
    def read(value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise ProtocolError("protocol.wrong_type", "expected text", path)
        if len(value) > limit:
            raise ProtocolError("protocol.too_large", f"text over {limit} chars", path)
        if "\x00" in value:  # no one types it, and PostgreSQL text cannot hold it
            raise ProtocolError(NUL_CHARACTER, "text holds a NUL character", path)
        return nfc(value) if normalise else value

    return read


def _one_of(allowed: frozenset[str], code: str) -> Callable[[Any, str], str]:
    def read(value: Any, path: str) -> str:
        if value not in allowed:
            raise ProtocolError(code, f"expected one of {sorted(allowed)}", path)
        return value

    return read


def _list(read: Callable[[Any, str], Any], limit: int) -> Callable[[Any, str], list[Any]]:
    def read_list(value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise ProtocolError("protocol.wrong_type", "expected a list", path)
        if len(value) > limit:
            raise ProtocolError("protocol.too_large", f"at most {limit} items", path)
        try:
            return [read(item, path) for item in value]
        except ProtocolError:
            pass  # read again with each item's index, so the error names the right one
        return [read(item, f"{path}[{i}]") for i, item in enumerate(value)]

    return read_list


def _msg(cls: type) -> Callable[[Any, str], Any]:
    return cls.from_json


def _conflict_fields(value: Any, path: str) -> dict[str, dict[str, Any]]:
    raw = _obj(value, path)
    if len(raw) > MAX_FIELDS:
        raise ProtocolError("protocol.too_large", "too many fields", path)
    return {_name(k, path): clean_values(v, f"{path}.{k}") for k, v in raw.items()}
