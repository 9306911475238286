"""Copy values between domain records and table rows that share field names."""

from dataclasses import fields
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import inspect

from desktop.domain.text import nfc
from desktop.storage.schema.base import SYNC_COLUMNS


@cache
def row_columns(row_cls: type) -> frozenset[str]:
    return frozenset(attr.key for attr in inspect(row_cls).column_attrs)


@cache
def shared_fields(record_cls: type, row_cls: type) -> tuple[str, ...]:
    columns = row_columns(row_cls)
    return tuple(f.name for f in fields(record_cls) if f.init and f.name in columns)


@cache
def content_fields(record_cls: type, row_cls: type) -> tuple[str, ...]:
    return tuple(name for name in shared_fields(record_cls, row_cls) if name not in SYNC_COLUMNS)


def normalised(value: Any) -> Any:
    """Text goes in as NFC so one name typed two ways is stored, found and synced as one."""
    if isinstance(value, str) and not isinstance(value, Enum):
        return nfc(value)
    if isinstance(value, list):
        return [normalised(item) for item in value]
    return value


def to_record(row: Any, record_cls: type) -> Any:
    values = {name: getattr(row, name) for name in shared_fields(record_cls, type(row))}
    return record_cls(**values)


def copy_content(record: Any, row: Any) -> None:
    for name in content_fields(type(record), type(row)):
        setattr(row, name, normalised(getattr(record, name)))
