"""Fast paths for the bulk messages (pages of rows, batches of changes), same rules as protocol.

The protocol's readers check every key and value with a path string built for each; a new PC
reads tens of thousands of rows, so here the common case (known column names, short NFC text,
plain numbers) is checked cheaply and anything else goes through the protocol's own reader,
which normalises it or raises the same ProtocolError.
"""

import math
import unicodedata
from typing import Any

from desktop import protocol as p
from desktop.protocol import readers

_GOOD_NAMES: set[str] = set()
_MAX_INT = p.MAX_INT
# Key sequences seen before: True if none is a bookkeeping column. A page's rows of one table
# share one sequence, so names are checked once a shape, not once a value. Bounded, so a
# server sending endless shapes cannot fill memory.
_SHAPES: dict[tuple[str, ...], bool] = {}
_MAX_SHAPES = 4096


def _shape_clean(raw: dict[str, Any], path: str) -> bool:
    shape = tuple(raw)
    clean = _SHAPES.get(shape)
    if clean is None:
        for key in shape:
            if key not in _GOOD_NAMES:
                p.clean_values({key: None}, path)  # raises for a bad name
                _GOOD_NAMES.add(key)
        clean = not p.META_COLUMNS.intersection(shape)
        if len(_SHAPES) < _MAX_SHAPES:
            _SHAPES[shape] = clean
    return clean


def _plain(value: Any) -> bool:
    """A value that travels as it is: null, boolean, NFC text within bounds, finite number."""
    kind = type(value)
    if kind is str:
        return len(value) <= p.MAX_TEXT_LENGTH and unicodedata.is_normalized("NFC", value)
    if kind is int:
        return -_MAX_INT <= value <= _MAX_INT
    return value is None or kind is bool or (kind is float and math.isfinite(value))


def _values(raw: Any, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise p.ProtocolError("protocol.wrong_type", "expected an object", path)
    if len(raw) > p.MAX_FIELDS:
        raise p.ProtocolError("protocol.too_large", "too many fields", path)
    if _shape_clean(raw, path) and all(map(_plain, raw.values())):
        # The common case: the parsed object is kept as it is, no copy made.
        return raw
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key in p.META_COLUMNS:
            continue
        if _plain(value):
            out[key] = value
        elif type(value) is str and len(value) <= p.MAX_TEXT_LENGTH:
            out[key] = p.nfc(value)
        else:
            out[key] = p.clean_value(value, f"{path}.{key}")
    return out


def _int(value: Any, path: str) -> int:
    if type(value) is not int or not 0 <= value <= _MAX_INT:
        raise p.ProtocolError("protocol.bad_number", "expected a non-negative integer", path)
    return value


def read_row(raw: Any, path: str = "row") -> p.PulledRow:
    if not isinstance(raw, dict):
        raise p.ProtocolError("protocol.wrong_type", "expected an object", path)
    try:
        table, row_id = raw["table"], raw["row_id"]
        seq, version, deleted, values = (
            raw["server_seq"],
            raw["version"],
            raw["deleted"],
            raw["values"],
        )
    except KeyError as exc:
        raise p.ProtocolError("protocol.missing_field", f"field {exc} is required", path) from None
    if table not in p.SYNCED_TABLES:
        raise p.ProtocolError("protocol.unknown_table", f"table {table!r} does not sync", path)
    if type(deleted) is not bool:
        raise p.ProtocolError("protocol.wrong_type", "expected true or false", path)
    moved = raw.get("moved_to")
    return p.PulledRow(
        table,
        readers._uuid(row_id, path),
        _int(seq, path),
        _int(version, path),
        deleted,
        _values(values, path),
        readers._commune(moved, path) if moved is not None else None,
    )


def _rows(raw: Any, path: str) -> list[p.PulledRow]:
    if not isinstance(raw, list):
        raise p.ProtocolError("protocol.wrong_type", "expected a list", path)
    if len(raw) > p.MAX_PULL_LIMIT:
        raise p.ProtocolError("protocol.too_large", "too many rows", path)
    return [read_row(item, path) for item in raw]


def _split(raw: Any, name: str) -> tuple[list[p.PulledRow], dict[str, Any]]:
    """The rows read fast; the rest of the message left for the protocol's reader."""
    if not isinstance(raw, dict):
        raise p.ProtocolError("protocol.wrong_type", "expected an object", name)
    rest = dict(raw)
    rows = _rows(rest.get("rows"), f"{name}.rows")
    rest["rows"] = []
    return rows, rest


def read_pull_page(raw: Any) -> p.PullPage:
    rows, rest = _split(raw, "PullPage")
    page = p.PullPage.from_json(rest)
    page.rows = rows
    return page


def read_snapshot_page(raw: Any) -> p.SnapshotPage:
    rows, rest = _split(raw, "SnapshotPage")
    page = p.SnapshotPage.from_json(rest)
    page.rows = rows
    return page


def change_json(change: p.Change) -> dict[str, Any]:
    """Change.to_json() for a change whose values are already in wire form."""
    return {
        "op_id": change.op_id,
        "table": change.table,
        "row_id": change.row_id,
        "kind": change.kind,
        "fields": change.fields,
        "base": change.base,
        "base_version": change.base_version,
        "device_id": change.device_id,
        "device_time": change.device_time,
        "resolves": change.resolves,
    }
