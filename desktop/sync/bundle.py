"""Offline sync bundles: the outbox sealed for the city server, and its answer brought back.

Format (protocol_body): MAGIC, the sender's ephemeral X25519 public key, a nonce, then
AES-256-GCM of the gzip JSON body; the answer is sealed under the same shared secret, so
only this PC (which keeps the ephemeral private key in its encrypted register) can open it.
"""

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.sync import apply, outbox, settings
from desktop.sync import protocol as p
from desktop.sync.errors import SyncError

_KEY_PREFIX = "sync.bundle_key."
_RAW = serialization.Encoding.Raw


def _derive(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def load_public_key(text_or_b64: str) -> X25519PublicKey:
    try:
        raw = base64.b64decode(text_or_b64.strip(), validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise SyncError("bundle.bad_server_key") from exc


def seal(content: p.BundleContent, server_key: X25519PublicKey) -> tuple[bytes, bytes]:
    """The bundle file's bytes and the ephemeral private key (raw) to open the answer with."""
    ephemeral = X25519PrivateKey.generate()
    key = _derive(ephemeral.exchange(server_key), p.BUNDLE_INFO)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, p.encode_body(content), p.BUNDLE_MAGIC)
    public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    private = ephemeral.private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return p.BUNDLE_MAGIC + public + nonce + sealed, private


def open_answer(blob: bytes, private_raw: bytes, server_key: X25519PublicKey) -> p.BundleAnswer:
    if not blob.startswith(p.ANSWER_MAGIC):
        raise SyncError("bundle.not_an_answer")
    body = blob[len(p.ANSWER_MAGIC) :]
    nonce, sealed = body[:12], body[12:]
    private = X25519PrivateKey.from_private_bytes(private_raw)
    key = _derive(private.exchange(server_key), p.ANSWER_INFO)
    plain = AESGCM(key).decrypt(nonce, sealed, p.ANSWER_MAGIC)
    return p.BundleAnswer.from_json(p.decode_body(plain))


def export_bundle(session: Session, *, commune_code: str) -> tuple[bytes, int] | None:
    """Freeze the next batch of the outbox into a sealed bundle (call in a write transaction).

    The batch keeps its ids, so importing the file twice, or also pushing it online, has
    exactly one effect. Returns the file bytes and how many changes it carries.
    """
    device_id = settings.get(session, settings.DEVICE_ID)
    secret = settings.get(session, settings.DEVICE_SECRET)
    server_key = settings.get(session, settings.SERVER_KEY)
    if not device_id or not server_key:
        raise SyncError("sync.not_enrolled")
    batch = outbox.next_batch(session, device_id=device_id, commune_code=commune_code)
    if batch is None:
        return None
    cursor, _ = apply.load_cursor(session, commune_code)
    content = p.BundleContent(device_id, secret, cursor, batch)
    blob, private = seal(content, load_public_key(server_key))
    settings.put(session, _KEY_PREFIX + batch.batch_id, base64.b64encode(private).decode())
    return blob, len(batch.changes)


def import_answer(session: Session, blob: bytes, *, commune_code: str, device_id: str) -> dict:
    """Apply an answer bundle: settle the batch it answers, then the pulled pages, at once."""
    server_key = load_public_key(settings.get(session, settings.SERVER_KEY))
    keys = session.execute(
        text("SELECT key, value FROM local_setting WHERE key LIKE :k"), {"k": _KEY_PREFIX + "%"}
    ).all()
    answer = None
    for row in keys:
        try:
            answer = open_answer(blob, base64.b64decode(row.value), server_key)
        except InvalidTag:
            continue
        break
    if answer is None:
        raise SyncError("bundle.not_for_this_pc")
    batch = outbox.frozen_batch(
        session, answer.reply.batch_id, device_id=device_id, commune_code=commune_code
    )
    outcome = outbox.settle(session, batch, answer.reply)
    pulled = 0
    with apply.guarded(session):
        for page in answer.pages:
            pulled += apply.apply_rows(session, page.rows, device_id)
            for conflict in page.conflicts:
                apply.store_conflict(session, conflict)
            apply.save_cursor(session, commune_code, page.next_cursor, True)
    session.execute(
        text("DELETE FROM local_setting WHERE key = :k"),
        {"k": _KEY_PREFIX + answer.reply.batch_id},
    )
    return {"pushed": outcome, "pulled": pulled}


def public_key_text(key: X25519PublicKey) -> str:
    raw = key.public_bytes(_RAW, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()
