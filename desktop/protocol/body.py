"""Request and response bodies: gzip or zstd JSON, bounded as they are read."""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from typing import Any

import orjson

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

from desktop.protocol.errors import ProtocolError
from desktop.protocol.message import _Message

# Content codings a body may come in. A server names those it takes in its answers'
# Accept-Encoding header (as HTTP allows); a client that has not seen zstd there sends gzip.
GZIP, ZSTD, IDENTITY = "gzip", "zstd", "identity"
ZSTD_LEVEL = 3


def encode_body(message: Any, encoding: str = GZIP) -> bytes:
    """Compressed UTF-8 JSON of a message or dict; send it with Content-Encoding: `encoding`."""
    return compress_body(body_json(message), encoding)


def body_json(message: Any) -> bytes:
    """The UTF-8 JSON of a message or dict, compact, before compression."""
    data = message.to_json() if isinstance(message, _Message) else message
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compress_body(raw: bytes, encoding: str = GZIP) -> bytes:
    """A UTF-8 JSON body in `encoding`. gzip level 6: within a few per cent of 9's size on
    JSON at a fraction of its time; zstd level 3: about gzip 6's size in a sixth of the time."""
    if encoding == ZSTD:
        return zstd.compress(raw, level=ZSTD_LEVEL)
    return gzip.compress(raw, compresslevel=6, mtime=0)


def _inflate(body: bytes, max_size: int, coding: str) -> bytes:
    """One gzip member or zstd frame, bounded, so a small "bomb" cannot expand into gigabytes
    before the size check; a cut body, or bytes behind it, are refused rather than half read."""
    inflater: Any = zstd.ZstdDecompressor() if coding == ZSTD else zlib.decompressobj(wbits=31)
    try:
        raw = inflater.decompress(body, max_size + 1)
    except (zlib.error, zstd.ZstdError) as exc:
        raise ProtocolError("protocol.bad_body", f"not {coding}: {exc}") from None
    if len(raw) > max_size:
        raise ProtocolError("protocol.too_large", "body too large")
    if not inflater.eof or inflater.unused_data:
        raise ProtocolError("protocol.bad_body", f"not {coding}: truncated or trailing data")
    return raw


MAX_BODY_SIZE = 64 * 1024 * 1024
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # every zstd frame begins so; JSON text never does


def is_zstd(data: bytes) -> bool:
    return data[:4] == _ZSTD_MAGIC


def decode_body(body: bytes, encoding: str = GZIP, max_size: int = MAX_BODY_SIZE) -> Any:
    """A body in `encoding` (gzip, zstd, or identity for none) -> its JSON."""
    raw = unpack_body(body, encoding, max_size)
    try:
        # orjson reads UTF-8 bytes directly and refuses what the json module would also refuse
        # here, as well as NaN and Infinity, which no message may carry.
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ProtocolError("protocol.bad_body", f"not JSON: {exc}") from None


def unpack_body(body: bytes, encoding: str = GZIP, max_size: int = MAX_BODY_SIZE) -> bytes:
    """A body in `encoding` -> its bytes, at most `max_size` of them."""
    if encoding in (GZIP, ZSTD):
        return _inflate(body, max_size, encoding)  # bounded while it inflates
    if encoding not in (IDENTITY, ""):
        raise ProtocolError("protocol.bad_body", f"unknown content coding {encoding[:20]!r}")
    if len(body) > max_size:
        raise ProtocolError("protocol.too_large", "body too large")
    return body
