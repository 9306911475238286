"""Protocol foundations: versions, paths, synced tables, wire values, strict readers."""

from __future__ import annotations

import copy
import math
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, ClassVar

PROTOCOL_VERSION = 1
SUPPORTED_PROTOCOLS = frozenset({1})
SCHEMA_VERSION = 1
SUPPORTED_SCHEMAS = frozenset({1})

HEADER_PROTOCOL = "X-BVTE-Protocol"
HEADER_SCHEMA = "X-BVTE-Schema"
HEADER_IDEMPOTENCY = "Idempotency-Key"
HEADER_DEVICE_ID = "X-BVTE-Device"
HEADER_DEVICE_SECRET = "X-BVTE-Device-Secret"

# GET: health, checksums, bundle key, openapi. POST with a JSON body (gzip or zstd when sent
# with that Content-Encoding; every answer's Accept-Encoding names the codings the server
# reads): login, enrol, push, pull, snapshot, rows. Pull and snapshot pages come in zstd to a
# client whose Accept-Encoding names it, in gzip otherwise. Bundle import: POST of the
# file's bytes (application/octet-stream), answered with the answer file's bytes. Every /v1
# request but health carries HEADER_PROTOCOL and HEADER_SCHEMA; sync requests also carry
# "Authorization: Bearer <token>", HEADER_DEVICE_ID and HEADER_DEVICE_SECRET. Errors answer
# ErrorBody JSON: 400 bad message, 401 login/token/device unknown, 403 scope or device.revoked,
# 426 unsupported protocol or schema, 429 login rate limit with Retry-After.
PATH_HEALTH = "/v1/health"
PATH_LOGIN = "/v1/auth/login"
PATH_ENROL = "/v1/devices/enrol"
PATH_PUSH = "/v1/sync/push"
PATH_PULL = "/v1/sync/pull"
PATH_SNAPSHOT = "/v1/sync/snapshot"
PATH_CHECKSUMS = "/v1/sync/checksums"
PATH_ROWS = "/v1/sync/rows"
# GET: the commune's officer rows, which a PC takes before it first sends an officer of its own.
PATH_OFFICERS = "/v1/sync/officers"
PATH_BUNDLE_IMPORT = "/v1/bundles/import"
PATH_BUNDLE_KEY = "/v1/bundles/key"
PATH_OPENAPI = "/openapi.json"
PATH_STATS = "/v1/stats/communes"  # GET, bearer only: city staff see every commune

MAX_BATCH_CHANGES = 500
MAX_PULL_LIMIT = 2000
DEFAULT_PULL_LIMIT = 500
MAX_ROWS_FETCH = 500
MAX_TEXT_LENGTH = 100_000
MAX_NAME_LENGTH = 64
MAX_FIELDS = 64
MAX_LIST_ITEMS = 200
MAX_INT = 2**63 - 1

KIND_UPSERT, KIND_DELETE, KIND_APPEND = "upsert", "delete", "append"
KINDS = frozenset({KIND_UPSERT, KIND_DELETE, KIND_APPEND})
FATES = frozenset({"applied", "merged", "conflict", "rejected", "duplicate"})

# Bookkeeping columns (storage's SYNC_COLUMNS): never merged; readers drop them from values.
META_COLUMNS = frozenset(
    {
        "id",
        "version",
        "device_id",
        "created_at",
        "updated_at",
        "server_seq",
        "server_updated_at",
        "deleted_at",
    }
)
COMMUNE_COLUMN = "commune_code"


@dataclass(frozen=True)
class TableSpec:
    """How a synced table finds its commune: its own column, or its parent row's commune.

    `parent` is (foreign-key column, parent table). `scope == "device"` means the row has
    neither, so the commune is the pushing device's enrolment (audit trail).
    """

    name: str
    append_only: bool = False
    scope: str = "column"
    parent: tuple[str, str] | None = None


def _child(name: str, column: str, parent: str, append_only: bool = False) -> TableSpec:
    return TableSpec(name, append_only, "parent", (column, parent))


SYNCED_TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("officer"),
        TableSpec("household"),
        TableSpec("child"),
        _child("carer", "child_id", "child"),
        _child("group_membership", "child_id", "child"),
        _child("allowance", "child_id", "child"),
        TableSpec("case_file"),
        _child("informant", "case_id", "case_file"),
        _child("initial_assessment", "case_id", "case_file"),
        _child("detailed_assessment", "case_id", "case_file"),
        _child("case_meeting", "case_id", "case_file"),
        _child("isolation", "case_id", "case_file"),
        _child("isolation_extension", "isolation_id", "isolation"),
        _child("support_plan", "case_id", "case_file"),
        _child("plan_task", "plan_id", "support_plan"),
        _child("approval_decision", "case_id", "case_file"),
        _child("review", "case_id", "case_file"),
        _child("closure", "case_id", "case_file"),
        _child("case_event", "case_id", "case_file", append_only=True),
        _child("case_note", "case_id", "case_file", append_only=True),
        _child("home_visit", "child_id", "child", append_only=True),
        TableSpec("audit_event", append_only=True, scope="device"),
    )
}
APPEND_ONLY_TABLES = frozenset(n for n, s in SYNCED_TABLES.items() if s.append_only)
LOCAL_ONLY_TABLES = frozenset(
    {
        "draft",
        "local_setting",
        "child_search",
        "sync_outbox",
        "sync_state",
        "sync_conflict",
        "sync_quarantine",
    }
)
# A case transfer is an upsert of case_file whose `fields` change commune_code: the server
# applies it after the batch's earlier ops and moves the case, its history and its child.


# The code of a message's text field (a name, a token) holding U+0000.
NUL_CHARACTER = "protocol.nul_character"


class ProtocolError(ValueError):
    """A message broke the contract; `code` is stable, `path` names the offending field."""

    def __init__(self, code: str, message: str, path: str = "") -> None:
        super().__init__(f"{code}: {message}" + (f" (at {path})" if path else ""))
        self.code = code
        self.message = message
        self.path = path


# ---- values on the wire ---------------------------------------------------------------


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


# ---- strict readers: each takes (raw value, path) and returns the clean value -----------


def _obj(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ProtocolError("protocol.wrong_type", "expected an object", path)
    return raw


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
    return cls.from_json  # type: ignore[attr-defined, no-any-return]


def _conflict_fields(value: Any, path: str) -> dict[str, dict[str, Any]]:
    raw = _obj(value, path)
    if len(raw) > MAX_FIELDS:
        raise ProtocolError("protocol.too_large", "too many fields", path)
    return {_name(k, path): clean_values(v, f"{path}.{k}") for k, v in raw.items()}


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
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields(self))  # type: ignore[arg-type]
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
