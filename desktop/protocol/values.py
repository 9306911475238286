"""Values on the wire: text NFC, datetimes ISO UTC, received values checked and cleaned."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from desktop.protocol.constants import (
    MAX_FIELDS,
    MAX_INT,
    MAX_LIST_ITEMS,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
)
from desktop.protocol.errors import ProtocolError
from desktop.protocol.tables import META_COLUMNS


def nfc(text: str) -> str:
    # ASCII text is NFC already; ids, codes and dates are most of what travels.
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def wire_datetime(value: datetime) -> str:
    """ISO UTC with microseconds and Z; naive datetimes are taken as UTC already."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_wire_datetime(text: str, path: str = "") -> datetime:
    if not isinstance(text, str) or not text.endswith("Z"):
        raise ProtocolError("protocol.bad_datetime", "datetime must be ISO UTC ending in Z", path)
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00")
    except ValueError as exc:
        raise ProtocolError("protocol.bad_datetime", str(exc), path) from None


def wire_value(value: Any) -> Any:
    """A stored value as JSON: dates ISO, datetimes ISO UTC Z, enums by value, text NFC."""
    kind = type(value)
    if kind is str:
        return nfc(value)
    if value is None or kind is int or kind is bool:
        return value
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return wire_value(value.value)
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, datetime):
        return wire_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [wire_value(item) for item in value]
    raise ProtocolError("protocol.bad_value", f"cannot send {type(value).__name__}")


def clean_value(value: Any, path: str) -> Any:
    """Validate one received column value and NFC its text (lists of scalars allowed)."""
    if type(value) is str:
        if len(value) > MAX_TEXT_LENGTH:
            raise ProtocolError("protocol.too_large", f"text over {MAX_TEXT_LENGTH} chars", path)
        return nfc(value)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if abs(value) > MAX_INT:
            raise ProtocolError("protocol.too_large", "integer out of range", path)
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ProtocolError("protocol.bad_value", "number must be finite", path)
        return value
    if isinstance(value, str):
        if len(value) > MAX_TEXT_LENGTH:
            raise ProtocolError("protocol.too_large", f"text over {MAX_TEXT_LENGTH} chars", path)
        return nfc(value)
    if isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            raise ProtocolError("protocol.too_large", "list too long", path)
        out = []
        for i, item in enumerate(value):
            if isinstance(item, list):
                raise ProtocolError("protocol.bad_value", "nested lists are not allowed", path)
            out.append(clean_value(item, f"{path}[{i}]"))
        return out
    raise ProtocolError("protocol.bad_value", f"unsupported type {type(value).__name__}", path)


def clean_values(raw: Any, path: str) -> dict[str, Any]:
    # Most rows are known names with plain values: checked without a path string per field.
    if type(raw) is dict and len(raw) <= MAX_FIELDS:
        out = _plain_values(raw)
        if out is not None:
            return out
    return _checked_values(raw, path)


_normalize = unicodedata.normalize


def _plain_values(raw: dict[str, Any]) -> dict[str, Any] | None:
    """clean_values for names seen valid and scalar values within limits; None when any
    field needs the full check (which normalises it or raises the error with its path)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _GOOD_NAMES:
            return None
        if key in META_COLUMNS:
            continue
        kind = type(value)
        if kind is str:
            if len(value) > MAX_TEXT_LENGTH:
                return None
            out[key] = _normalize("NFC", value)  # the same object when already NFC
        elif (value is None or kind is bool or (kind is int and -MAX_INT <= value <= MAX_INT)
              or (kind is float and math.isfinite(value))):
            out[key] = value
        else:
            return None
    return out


def _checked_values(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ProtocolError("protocol.wrong_type", "expected an object", path)
    if len(raw) > MAX_FIELDS:
        raise ProtocolError("protocol.too_large", "too many fields", path)
    out: dict[str, Any] = {}
    for key, value in raw.items():
        name = _name(key, f"{path}.{key}")
        if name in META_COLUMNS:
            continue
        out[name] = clean_value(value, f"{path}.{name}")
    return out


_NAME = re.compile(r"[A-Za-z0-9_]+")
_GOOD_NAMES: set[str] = set()  # column names seen valid: a handful, checked once each


def _name(value: Any, path: str) -> str:
    if type(value) is str and value in _GOOD_NAMES:
        return value
    if not isinstance(value, str) or not value or len(value) > MAX_NAME_LENGTH:
        raise ProtocolError("protocol.bad_name", "expected a short name", path)
    if not _NAME.fullmatch(value):
        raise ProtocolError("protocol.bad_name", "names are ASCII letters, digits, _", path)
    if len(_GOOD_NAMES) < 4096:
        _GOOD_NAMES.add(value)
    return value
