"""Request and response bodies (gzip JSON, bounded) and the offline bundle's format constants."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import orjson

from desktop.sync.protocol_core import ProtocolError, _Message


def encode_body(message: Any) -> bytes:
    """gzip-compressed UTF-8 JSON of a message or dict; send it with Content-Encoding: gzip."""
    data = message.to_json() if isinstance(message, _Message) else message
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return compress_body(text.encode("utf-8"))


def compress_body(raw: bytes) -> bytes:
    """gzip of a UTF-8 JSON body. Level 6: within a few per cent of 9's size on JSON at a
    fraction of its time."""
    return gzip.compress(raw, compresslevel=6, mtime=0)


def _gunzip(body: bytes, max_size: int) -> bytes:
    # Bounded, so a small "gzip bomb" cannot expand into gigabytes before the size check.
    inflater = zlib.decompressobj(wbits=31)
    try:
        raw = inflater.decompress(body, max_size + 1)
    except zlib.error as exc:
        raise ProtocolError("protocol.bad_body", f"not gzip: {exc}") from None
    if len(raw) > max_size:
        raise ProtocolError("protocol.too_large", "body too large")
    if not inflater.eof:
        raise ProtocolError("protocol.bad_body", "not gzip: truncated")
    return raw


def decode_body(body: bytes, gzipped: bool = True, max_size: int = 64 * 1024 * 1024) -> Any:
    raw = _gunzip(body, max_size) if gzipped else body
    if len(raw) > max_size:
        raise ProtocolError("protocol.too_large", "body too large")
    try:
        # orjson reads UTF-8 bytes directly and refuses what the json module would also refuse
        # here, as well as NaN and Infinity, which no message may carry.
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ProtocolError("protocol.bad_body", f"not JSON: {exc}") from None


# ---- offline bundle -------------------------------------------------------------------
# A bundle file: BUNDLE_MAGIC, the sender's ephemeral X25519 public key (32 bytes), a 12-byte
# nonce, then AES-256-GCM (associated data BUNDLE_MAGIC) of encode_body(BundleContent).
# The key is HKDF-SHA256(X25519(ephemeral, server key), salt=None, info=BUNDLE_INFO, 32).
# The answer is ANSWER_MAGIC, a nonce, then AES-256-GCM (associated data ANSWER_MAGIC) of
# encode_body(BundleAnswer) under the same shared secret with ANSWER_INFO, so only the PC
# that kept the ephemeral private key reads it. The server's public key: GET PATH_BUNDLE_KEY
# gives {"public_key": base64 of 32 raw bytes}; `bvte-server bundle-key` prints the same.
BUNDLE_MAGIC = b"BVTE-BUNDLE-1\n"
ANSWER_MAGIC = b"BVTE-ANSWER-1\n"
BUNDLE_INFO = b"bvte bundle v1"
ANSWER_INFO = b"bvte answer v1"
