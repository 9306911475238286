"""Request bodies read with limits: bytes received, bytes inflated, and JSON values parsed."""

import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import Request
from fastapi.concurrency import run_in_threadpool

from desktop import protocol as p
from server.errors import ApiError

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

KB, MB = 1024, 1024 * 1024
# Inflating and counting go in steps this size: memory grows by a step at a time, and no
# single call holds the interpreter long enough to keep another request waiting.
STEP = 1 * MB
# Bodies up to this size are decoded on the event loop; bigger ones on a worker thread.
INLINE = 64 * KB
FEED = 64 * KB  # compressed input given to the inflater at a time


@dataclass(frozen=True)
class Limits:
    """What one route takes. `values` bounds the JSON values: counted from the text before it
    is parsed (each `,` `[` `{` is at most one value more), since parsed JSON can take twenty
    times the memory of its text or more, and a count costs little next to a parse. Past `free`
    inflated bytes, a body may inflate at most `ratio` times its size (0: no ratio bound):
    JSON packs about ten to one, a compression bomb thousands."""

    body: int
    inflated: int
    values: int
    free: int = 0
    ratio: int = 0


# Login, enrolment, pull and snapshot requests: a few short fields.
SMALL = Limits(body=8 * KB, inflated=16 * KB, values=256)
# A targeted re-pull: up to MAX_ROWS_FETCH row ids.
ROWS = Limits(body=64 * KB, inflated=64 * KB, values=4 * p.MAX_ROWS_FETCH)
# A push batch: up to 500 changes of at most a few hundred values each.
PUSH = Limits(body=32 * MB, inflated=64 * MB, values=1_000_000, free=1 * MB, ratio=64)
# An offline bundle (sealed, then gzip JSON inside): up to 40 batches, 48 MB of JSON.
BUNDLE = Limits(body=32 * MB, inflated=64 * MB, values=4_000_000, free=1 * MB, ratio=64)


def too_large() -> ApiError:
    return ApiError(413, "request.too_large")


def check_declared(request: Request, limits: Limits) -> None:
    """Refuse by Content-Length before a byte of the body is read."""
    declared = request.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limits.body:
        raise too_large()


async def read(request: Request, limits: Limits) -> bytes:
    """The body as received, counted while it streams in (chunked bodies too): at most
    `limits.body` bytes are ever held."""
    check_declared(request, limits)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.body:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)


async def json_body(request: Request, coding: str, limits: Limits) -> Any:
    """The body's JSON, read and decoded within `limits`; a big one decoded off the loop."""
    data = await read(request, limits)
    if len(data) <= INLINE:
        return decode(data, coding, limits)
    return await run_in_threadpool(decode, data, coding, limits)


def decode(data: bytes | bytearray, coding: str, limits: Limits) -> Any:
    """A body in `coding` (gzip, zstd, identity) -> its JSON, refused (ApiError, or
    ProtocolError for a body that is not what it says) as soon as a limit is passed."""
    if len(data) > limits.body:
        raise too_large()
    counter = _Counter(limits.values)
    raw = _unpack(data, coding, limits, counter)
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if "depth limit" in str(exc):  # orjson stops at 1024 levels of nesting
            raise ApiError(413, "request.too_complex") from None
        raise p.ProtocolError("protocol.bad_body", f"not JSON: {exc}") from None


class _Counter:
    """An upper bound of the JSON values in text seen so far (commas inside strings count
    too, so it errs on the side of more)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.seen = 1

    def add(self, text: bytes | bytearray, start: int = 0, end: int | None = None) -> None:
        end = len(text) if end is None else end
        self.seen += (text.count(b",", start, end) + text.count(b"[", start, end)
                      + text.count(b"{", start, end))
        if self.seen > self.limit:
            raise ApiError(413, "request.too_complex")


def _unpack(data: bytes | bytearray, coding: str, limits: Limits,
            counter: _Counter) -> bytes | bytearray:
    if coding in (p.IDENTITY, ""):
        if len(data) > limits.inflated:
            raise too_large()
        for start in range(0, len(data), STEP):
            counter.add(data, start, min(start + STEP, len(data)))
        return data
    if coding not in (p.GZIP, p.ZSTD):
        raise p.ProtocolError("protocol.bad_body", f"unknown content coding {coding[:20]!r}")
    cap = limits.inflated
    if limits.ratio:
        cap = min(cap, max(limits.free, limits.ratio * len(data)))
    out = bytearray()
    try:
        for piece in _pieces(data, coding, min(STEP, cap + 1)):
            out += piece
            if len(out) > cap:
                raise too_large() if cap == limits.inflated else ApiError(
                    413, "request.too_compressed")
            counter.add(piece)
    except (zlib.error, zstd.ZstdError) as exc:
        raise p.ProtocolError("protocol.bad_body", f"not {coding}: {exc}") from None
    return out


def _pieces(data: bytes | bytearray, coding: str, step: int) -> Iterator[bytes]:
    """One gzip member or zstd frame, inflated `step` bytes at a time from input fed in slices (so
    what is left of the input is never copied whole); a cut body, or bytes after it, are
    refused rather than half read."""
    view, fed = memoryview(data), 0
    if coding == p.ZSTD:
        inflater: Any = zstd.ZstdDecompressor()
        for start in range(0, len(view), FEED):
            if inflater.eof:
                break
            yield inflater.decompress(view[start:start + FEED], step)
            fed = min(start + FEED, len(view))
            while not inflater.eof and not inflater.needs_input:
                yield inflater.decompress(b"", step)
    else:
        inflater = zlib.decompressobj(wbits=31)
        for start in range(0, len(view), FEED):
            if inflater.eof:
                break
            rest: Any = view[start:start + FEED]
            fed = min(start + FEED, len(view))
            while rest and not inflater.eof:
                yield inflater.decompress(rest, step)
                rest = inflater.unconsumed_tail
        while not inflater.eof:
            piece = inflater.decompress(b"", step)  # output zlib still holds
            if not piece:
                break
            yield piece
    if not inflater.eof or inflater.unused_data or fed < len(view):
        raise p.ProtocolError("protocol.bad_body", f"not {coding}: truncated or trailing data")
