"""The base of every message: to_json and a strict from_json driven by per-field readers."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import fields
from typing import Any, ClassVar

from desktop.protocol.errors import ProtocolError
from desktop.protocol.readers import _obj
from desktop.protocol.values import nfc, wire_value


def _dump(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return nfc(value)
    if value is None or kind is int or kind is bool:
        return value
    if isinstance(value, _Message):
        return value.to_json()
    if isinstance(value, list):
        return [_dump(item) for item in value]
    if isinstance(value, dict):
        return {key: _dump(item) for key, item in value.items()}
    return wire_value(value)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class _Message:
    """to_json/from_json from `_readers` (field -> reader); `_optional` fields may be absent."""

    _readers: ClassVar[dict[str, Callable[[Any, str], Any]]] = {}
    _optional: ClassVar[dict[str, Any]] = {}
    _plan: ClassVar[tuple[tuple[str, Callable[[Any, str], Any], bool, Any, bool], ...]] = ()

    def to_json(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields(self))
        return {name: _dump(getattr(self, name)) for name in names}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Per field: name, reader, optional, default, whether the default is copied per message.
        cls._plan = tuple(
            (name, read, name in cls._optional, cls._optional.get(name),
             isinstance(cls._optional.get(name), dict | list | set))
            for name, read in cls._readers.items()
        )

    @classmethod
    def from_json(cls, raw: Any, path: str = "") -> Any:
        # Fields are read first without building a path for each; only a refused message is
        # read again field by field so that the error names the offending field.
        if type(raw) is dict:
            try:
                return cls(**cls._read_fields(raw, path))
            except ProtocolError:
                pass
        return cls._read_checked(raw, path or cls.__name__)

    @classmethod
    def _read_fields(cls, raw: dict[str, Any], path: str) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        for name, read, optional, default, fresh in cls._plan:
            value = raw.get(name)
            if value is None and optional:
                kwargs[name] = copy.copy(default) if fresh else default
            elif value is None and name not in raw:
                raise ProtocolError("protocol.missing_field", f"field '{name}' is required")
            else:
                kwargs[name] = read(value, path)
        return kwargs

    @classmethod
    def _read_checked(cls, raw: Any, path: str) -> Any:
        raw = _obj(raw, path)
        kwargs: dict[str, Any] = {}
        for name, read in cls._readers.items():
            value = raw.get(name)
            if value is None and name in cls._optional:
                default = cls._optional[name]
                kwargs[name] = copy.copy(default)
            elif name not in raw:
                raise ProtocolError(
                    "protocol.missing_field", f"field '{name}' is required", f"{path}.{name}"
                )
            else:
                kwargs[name] = read(value, f"{path}.{name}")
        return cls(**kwargs)
