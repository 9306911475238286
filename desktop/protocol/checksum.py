"""The form every checksum is taken over: canonical row JSON, row digests, their sum per table."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import orjson

from desktop.protocol.messages import TableChecksum
from desktop.protocol.tables import META_COLUMNS

# json.dumps with these options, without building an encoder for each row.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _has_float(values: dict[str, Any]) -> bool:
    return any(
        type(v) is float or (type(v) is list and any(type(i) is float for i in v))
        for v in values.values()
    )


def canonical_json(values: dict[str, Any]) -> str:
    """Sorted keys, no spaces, text as UTF-8: the form every checksum is taken over.

    orjson writes exactly what json.dumps(sort_keys=True, separators=(",", ":"),
    ensure_ascii=False) writes for text, integers, booleans, nulls and lists, several times
    faster; floats stay with the json module, which writes small exponents differently.
    """
    if _has_float(values):
        return _CANONICAL.encode(values)
    return orjson.dumps(values, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def row_digest(row_id: str, version: int, deleted: bool, values: dict[str, Any]) -> int:
    data = {k: v for k, v in values.items() if k not in META_COLUMNS}
    return canonical_row_digest(row_id, version, deleted, canonical_json(data))


def canonical_row_digest(row_id: str, version: int, deleted: bool, canonical: str) -> int:
    """row_digest from values already in canonical_json form (without bookkeeping columns)."""
    return text_digest(f"{row_id}|{version}|{int(deleted)}|{canonical}")


def text_digest(text: str) -> int:
    """The digest of a row's "id|version|deleted (0 or 1)|canonical JSON" text."""
    return utf8_digest(text.encode("utf-8"))


def utf8_digest(data: bytes) -> int:
    """text_digest of the text whose UTF-8 form is `data`."""
    return int.from_bytes(hashlib.sha256(data).digest(), "big")


def combine_digests(digests: Any) -> str:
    """Order-independent: the sum modulo 2**256 of each row's SHA-256, as 64 hex digits."""
    return f"{sum(digests) % (1 << 256):064x}"


def table_checksum(table: str, rows: Any) -> TableChecksum:
    """rows: iterable of (row_id, version, deleted, values); tombstones count too."""
    count, digests = 0, []
    for row_id, version, deleted, values in rows:
        count += 1
        digests.append(row_digest(row_id, version, deleted, values))
    return TableChecksum(table, count, combine_digests(digests))
