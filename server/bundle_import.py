"""Importing an offline bundle (API or `bvte-server import-bundle`): enrol by file when the
bundle asks, apply its batches once each, and seal the answer with the commune's news."""

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, select

from desktop import protocol as p
from server import bodies, enrolment, logs
from server import models as m
from server.auth import hash_device_secret
from server.bundles import BundleError, open_bundle, seal_answer_body
from server.errors import ApiError
from server.push import DeviceContext, apply_batch
from server.read import page_json, pull

# The answer's pages stop at this much JSON (the PC reads an answer whole, in one
# transaction); what is left comes with the next answer, from the cursor the PC then has.
ANSWER_JSON_LIMIT = 32 * 1024 * 1024
ANSWER_PAGES = 200

Push = Callable[[DeviceContext, p.PushBatch], p.PushReply]


@dataclass
class Imported:
    """The sealed answer and what the carrier may be told (counts, never contents)."""

    answer: bytes
    device_id: str
    commune_code: str
    enrolled: bool
    changes: int = 0
    replayed: int = 0  # changes of batches the server had taken before (the file came again)
    fates: dict[str, int] = field(default_factory=dict)  # of the others


def device_of(engine: Engine, device_id: str, device_secret: str) -> DeviceContext:
    """The bundle's own credential: a known device, not revoked, of an active account."""
    with engine.connect() as conn:
        row = conn.execute(select(m.device, m.account.c.active)
                           .join(m.account, m.account.c.id == m.device.c.account_id,
                                 isouter=True)
                           .where(m.device.c.id == device_id)).first()
    # Not 401: the carrier's own login is good; the PC that made the file is the problem.
    if row is None or row.secret_hash != hash_device_secret(device_secret):
        raise ApiError(403, "bundle.device_unknown")
    if row.revoked_at is not None or not row.active:
        raise ApiError(403, "bundle.device_revoked")
    return DeviceContext(row.id, row.commune_code)


def push_batch(engine: Engine, device: DeviceContext, batch: p.PushBatch) -> p.PushReply:
    if batch.device_id != device.device_id or batch.commune_code != device.commune_code:
        raise ApiError(403, "auth.scope")
    return apply_batch(engine, device, batch)


def _taken_before(engine: Engine, device_id: str, batch_id: str) -> bool:
    """For the carrier's summary only: the batch itself is applied once whatever this says."""
    with engine.connect() as conn:
        found = conn.execute(select(m.push_batch.c.batch_id)
                             .where(m.push_batch.c.batch_id == batch_id,
                                    m.push_batch.c.device_id == device_id)).first()
    return found is not None


def _reply_json(reply: p.PushReply) -> str:
    wire = getattr(reply, "wire", None)  # a replayed batch's reply, as stored
    return wire or json.dumps(reply.to_json(), ensure_ascii=False, separators=(",", ":"))


def _pages(engine: Engine, commune: str, cursor: int, pages: int, limit: int) -> list[str]:
    made, size = [], 0
    while len(made) < pages and size < limit:
        page = pull(engine, commune, cursor, p.MAX_PULL_LIMIT, raw=True)
        text = page_json(page)
        made.append(text)
        size += len(text)
        cursor = page.next_cursor
        if not page.has_more:
            break
    return made


def import_bundle(engine: Engine, key: X25519PrivateKey, data: bytes, *,
                  push: Push | None = None, answer_pages: int = ANSWER_PAGES,
                  answer_limit: int = ANSWER_JSON_LIMIT) -> Imported:
    """ApiError (with its Vietnamese message) when the bundle cannot be taken. The file and
    what it inflates to are bounded as the API's bodies are (server/bodies.py)."""
    if len(data) > bodies.BUNDLE.body:
        raise bodies.too_large()
    try:
        content, shared = open_bundle(
            key, data, lambda plain: bodies.decode(plain, p.GZIP, bodies.BUNDLE))
    except (BundleError, p.ProtocolError):
        raise ApiError(400, "bundle.unreadable") from None
    enrolled = False
    if content.enrolment_token:
        enrolled = enrolment.redeem(engine, content.device_id, content.device_secret,
                                    content.enrolment_token)
        if enrolled:
            logs.event("device.enrolled_by_file", device=content.device_id)
    device = device_of(engine, content.device_id, content.device_secret)
    send = push or (lambda d, b: push_batch(engine, d, b))
    done = Imported(b"", device.device_id, device.commune_code, enrolled)
    replies = []
    for batch in content.all_batches():
        seen = _taken_before(engine, device.device_id, batch.batch_id)
        reply = send(device, batch)
        done.changes += len(batch.changes)
        if seen:
            done.replayed += len(batch.changes)
        else:
            for result in reply.results:
                done.fates[result.fate] = done.fates.get(result.fate, 0) + 1
        replies.append(_reply_json(reply))
    pages = _pages(engine, device.commune_code, content.cursor, answer_pages, answer_limit)
    if content.batch is not None and not content.batches:
        head = f'{{"reply":{replies[0]},"replies":[]'  # an older app's one-batch bundle
    else:
        head = f'{{"reply":null,"replies":[{",".join(replies)}]'
    body = f'{head},"pages":[{",".join(pages)}]}}'.encode()
    done.answer = seal_answer_body(shared, p.compress_body(body, p.GZIP))
    logs.event("bundle.imported", device=device.device_id, commune=device.commune_code,
               changes=done.changes, replayed=done.replayed, pages=len(pages), **done.fates)
    return done
