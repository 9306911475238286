"""Offline sync bundles: the outbox sealed for the city server, and its answer brought back.

Format (desktop.protocol.bundle): MAGIC, the sender's ephemeral X25519 public key, a nonce, then
AES-256-GCM of the gzip JSON body; the answer is sealed under the same shared secret, so
only this PC (which keeps the ephemeral private key in its encrypted register) can open it.
A bundle carries every batch frozen and not yet answered, oldest first, then new ones, up to
the protocol's bounds: the newest file always holds all that is owed, so a lost or older
file never matters, and the server answers a batch it has seen with the reply it stored.
"""

import base64
import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop import protocol as p
from desktop.sync import apply, enrol_file, outbox, settings, wire
from desktop.sync.errors import SyncError

_KEY_PREFIX = "sync.bundle_key."
_EXPORTS = "sync.bundle_exports"  # how many bundles this PC has made: orders their keys
_RAW = serialization.Encoding.Raw

Progress = Callable[[int, int], None]


def _derive(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def load_public_key(text_or_b64: str) -> X25519PublicKey:
    try:
        raw = base64.b64decode(text_or_b64.strip(), validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise SyncError("bundle.bad_server_key") from exc


def seal_body(body: bytes, server_key: X25519PublicKey) -> tuple[bytes, bytes]:
    """The bundle file's bytes for a gzip JSON body, and the ephemeral private key (raw)."""
    ephemeral = X25519PrivateKey.generate()
    key = _derive(ephemeral.exchange(server_key), p.BUNDLE_INFO)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, body, p.BUNDLE_MAGIC)
    public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    private = ephemeral.private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return p.BUNDLE_MAGIC + public + nonce + sealed, private


def seal(content: p.BundleContent, server_key: X25519PublicKey) -> tuple[bytes, bytes]:
    return seal_body(p.encode_body(content), server_key)


def _open_answer(blob: bytes, private_raw: bytes, server_key: X25519PublicKey) -> bytes:
    """The answer's gzip body; InvalidTag if this key did not make its bundle."""
    body = blob[len(p.ANSWER_MAGIC) :]
    private = X25519PrivateKey.from_private_bytes(private_raw)
    key = _derive(private.exchange(server_key), p.ANSWER_INFO)
    return AESGCM(key).decrypt(body[:12], body[12:], p.ANSWER_MAGIC)


@dataclass(frozen=True)
class Exported:
    blob: bytes
    changes: int
    batches: int
    left: int  # changes waiting that did not fit; they go in a later file
    enrolling: bool  # the file also carries this PC's enrolment by file


def _batch_json(batch: p.PushBatch) -> bytes:
    kept = getattr(batch, "json_body", None)  # the body frozen with the batch, as sent online
    return kept if kept is not None else p.body_json(batch)


def _owed(
    session: Session, device_id: str, commune_code: str, progress: Progress | None
) -> list[tuple[p.PushBatch, bytes]]:
    """The batches this file carries: every frozen one in order, then new ones, while they
    fit; each as (batch, its JSON)."""
    taken: list[tuple[p.PushBatch, bytes]] = []
    size = 0
    waiting = outbox.pending_count(session)
    guess = max(1, math.ceil(waiting / p.MAX_BATCH_CHANGES))

    def fits(body: bytes) -> bool:
        return not taken or (len(taken) < p.MAX_BUNDLE_BATCHES
                             and size + len(body) <= p.MAX_BUNDLE_JSON)

    for batch_id in outbox.frozen_batch_ids(session):
        batch = outbox.frozen_batch(
            session, batch_id, device_id=device_id, commune_code=commune_code
        )
        body = _batch_json(batch)
        if not fits(body):
            return taken
        taken.append((batch, body))
        size += len(body)
    while True:
        batch = outbox.freeze_unsent(session, device_id=device_id, commune_code=commune_code)
        if batch is None:
            return taken
        body = _batch_json(batch)
        if not fits(body):
            return taken  # frozen now, it leads the next file
        taken.append((batch, body))
        size += len(body)
        if progress is not None:
            progress(len(taken), max(guess, len(taken)))


def export_bundle(
    session: Session, *, commune_code: str, progress: Progress | None = None
) -> Exported:
    """Freeze what is owed into a sealed bundle (call in a write transaction).

    With nothing to send the file still asks for the commune's news. Batches keep their ids,
    so importing a file twice, or also pushing online, has exactly one effect.
    """
    device_id = settings.get(session, settings.DEVICE_ID)
    secret = settings.get(session, settings.DEVICE_SECRET)
    server_key = settings.get(session, settings.SERVER_KEY)
    if not device_id or not server_key:
        raise SyncError("sync.not_enrolled")
    taken = _owed(session, device_id, commune_code, progress)
    cursor, _ = apply.load_cursor(session, commune_code)
    token = enrol_file.pending_token(session)
    head = orjson.dumps(
        {"device_id": device_id, "device_secret": secret, "cursor": cursor, "batch": None,
         "enrolment_token": token}
    )
    body = head[:-1] + b',"batches":[' + b",".join(body for _, body in taken) + b"]}"
    blob, private = seal_body(p.compress_body(body, p.GZIP), load_public_key(server_key))
    number = int(settings.get(session, _EXPORTS, "0")) + 1
    settings.put(session, _EXPORTS, str(number))
    key = {"key": base64.b64encode(private).decode(), "n": number}
    settings.put(session, _KEY_PREFIX + str(number), json.dumps(key))
    sent = {batch.batch_id for batch, _ in taken}
    left = session.execute(
        text("SELECT count(*) FROM sync_outbox WHERE batch_id IS NULL OR batch_id NOT IN "
             "(SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(sorted(sent))},
    ).scalar_one()
    changes = sum(len(batch.changes) for batch, _ in taken)
    return Exported(blob, changes, len(taken), left, bool(token))


@dataclass
class AnswerSummary:
    pushed: outbox.PushOutcome
    pulled: int
    waiting: int  # pulled rows kept back for want of a parent; a later answer brings them
    confirmed: bool  # this answer confirmed an enrolment by file


def _keys(session: Session) -> list[tuple[str, int, bytes]]:
    rows = session.execute(
        text("SELECT key, value FROM local_setting WHERE key LIKE :k"), {"k": _KEY_PREFIX + "%"}
    ).all()
    keys = []
    for row in rows:
        if row.value.startswith("{"):
            kept = json.loads(row.value)
            keys.append((row.key, int(kept["n"]), base64.b64decode(kept["key"])))
        else:  # kept by an older app: the key alone, under the batch id
            keys.append((row.key, 0, base64.b64decode(row.value)))
    return keys


def _read(body: bytes) -> tuple[list[p.PushReply], list[p.PullPage]]:
    try:
        raw = p.decode_body(body)
        replies = [raw["reply"]] if raw.get("reply") else []
        replies += raw.get("replies") or []
        return (
            [p.PushReply.from_json(r) for r in replies],
            [wire.read_pull_page(page) for page in raw["pages"]],
        )
    except (p.ProtocolError, KeyError, TypeError, AttributeError) as exc:
        raise SyncError("bundle.bad_answer", detail=type(exc).__name__) from None


def _still_frozen(session: Session, batch_id: str) -> bool:
    found = session.execute(
        text("SELECT 1 FROM sync_outbox WHERE batch_id = :b LIMIT 1"), {"b": batch_id}
    ).first()
    return found is not None


def _apply_pages(
    session: Session, pages: list[p.PullPage], commune_code: str, device_id: str
) -> tuple[int, int]:
    """Rows newer than this PC's cursor (an answer may be older than a later sync), parents
    first; the cursor moves to just before the first row that must wait for its parent."""
    cursor, _ = apply.load_cursor(session, commune_code)
    rows = [row for page in pages for row in page.rows if row.server_seq > cursor]
    conflicts = [c for page in pages for c in page.conflicts if c.server_seq > cursor]
    end = max([cursor] + [page.next_cursor for page in pages])
    with apply.guarded(session):
        ready, held = apply.split_ready(session, rows)
        written = apply.apply_rows(session, ready, device_id)
        for conflict in conflicts:
            apply.store_conflict(session, conflict)
        if held:
            end = max(cursor, min(row.server_seq for row in held) - 1)
        # From this PC's cursor to `end` the log is applied: for a PC that never had the
        # snapshot (cursor 0) that is the whole commune, as a bootstrap would give.
        apply.save_cursor(session, commune_code, end, True)
    return written, len(held)


def import_answer(
    session: Session, blob: bytes, *, commune_code: str, device_id: str
) -> AnswerSummary:
    """Apply an answer: settle the batches it answers, then the pulled pages, at once."""
    if not blob.startswith(p.ANSWER_MAGIC):
        raise SyncError("bundle.not_an_answer")
    server_key = load_public_key(settings.get(session, settings.SERVER_KEY))
    opened = None
    for _name, number, private in _keys(session):
        try:
            opened = (_open_answer(blob, private, server_key), number)
        except (InvalidTag, ValueError):
            continue
        break
    if opened is None:
        raise SyncError("bundle.not_for_this_pc")
    body, number = opened
    replies, pages = _read(body)
    pushed = outbox.PushOutcome()
    for reply in replies:
        if not _still_frozen(session, reply.batch_id):
            continue  # settled already, by an earlier answer or an online sync
        batch = outbox.frozen_batch(
            session, reply.batch_id, device_id=device_id, commune_code=commune_code
        )
        pushed.add(outbox.settle(session, batch, reply))
    pulled, waiting = _apply_pages(session, pages, commune_code, device_id)
    # This answer and every older one are done: their batches were all in this bundle.
    for key_name, older, _ in _keys(session):
        if older <= number:
            session.execute(text("DELETE FROM local_setting WHERE key = :k"), {"k": key_name})
    confirmed = enrol_file.confirm(session)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    settings.put(session, settings.LAST_SUCCESS, now)
    settings.put(session, settings.LAST_ERROR, "")
    return AnswerSummary(pushed, pulled, waiting, confirmed)


def public_key_text(key: X25519PublicKey) -> str:
    raw = key.public_bytes(_RAW, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()
