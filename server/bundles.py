"""Offline sync bundles: the server's X25519 key, opening a bundle, sealing the answer."""

import base64
import os
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, insert, select

from desktop.protocol import (
    ANSWER_INFO,
    ANSWER_MAGIC,
    BUNDLE_INFO,
    BUNDLE_MAGIC,
    BundleAnswer,
    BundleContent,
    decode_body,
    encode_body,
)
from server import models as m

_KEY_SETTING = "bundle_private_key"
_RAW = serialization.Encoding.Raw


class BundleError(Exception):
    """The file is not a bundle for this server, or it was damaged."""


def private_key(engine: Engine) -> X25519PrivateKey:
    """The server's bundle key, made on first use and kept in the server database."""
    with engine.begin() as conn:
        row = conn.execute(select(m.server_setting.c.value)
                           .where(m.server_setting.c.key == _KEY_SETTING)).first()
        if row:
            return X25519PrivateKey.from_private_bytes(bytes.fromhex(row[0]))
        key = X25519PrivateKey.generate()
        raw = key.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        conn.execute(insert(m.server_setting).values(key=_KEY_SETTING, value=raw.hex()))
        return key


def public_key_b64(engine: Engine) -> str:
    raw = private_key(engine).public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _derive(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def seal_bundle(server_public_b64: str, content: BundleContent) -> tuple[bytes, bytes]:
    """A bundle for the server and the shared secret the sender keeps to open the answer."""
    ephemeral = X25519PrivateKey.generate()
    server_public = X25519PublicKey.from_public_bytes(base64.b64decode(server_public_b64))
    shared = ephemeral.exchange(server_public)
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(shared, BUNDLE_INFO)).encrypt(nonce, encode_body(content),
                                                          BUNDLE_MAGIC)
    public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return BUNDLE_MAGIC + public + nonce + sealed, shared


def open_bundle(key: X25519PrivateKey, data: bytes,
                decode: Callable[[bytes], Any] = decode_body) -> tuple[BundleContent, bytes]:
    """The bundle's content and shared secret; `decode` turns the opened gzip JSON into
    JSON (the server's bounds it, server/bodies.py)."""
    if not data.startswith(BUNDLE_MAGIC) or len(data) < len(BUNDLE_MAGIC) + 44 + 16:
        raise BundleError("not a bundle")
    body = data[len(BUNDLE_MAGIC):]
    try:
        shared = key.exchange(X25519PublicKey.from_public_bytes(body[:32]))
        plain = AESGCM(_derive(shared, BUNDLE_INFO)).decrypt(body[32:44], body[44:],
                                                             BUNDLE_MAGIC)
    except Exception as exc:  # any failure here means: not for us, or damaged
        raise BundleError(type(exc).__name__) from None
    return BundleContent.from_json(decode(plain)), shared


def seal_answer(shared: bytes, answer: BundleAnswer) -> bytes:
    return seal_answer_body(shared, encode_body(answer))


def seal_answer_body(shared: bytes, body: bytes) -> bytes:
    """An answer from its body as encode_body makes it (gzip JSON)."""
    nonce = os.urandom(12)
    return ANSWER_MAGIC + nonce + AESGCM(_derive(shared, ANSWER_INFO)).encrypt(nonce, body,
                                                                               ANSWER_MAGIC)


def open_answer(shared: bytes, data: bytes) -> BundleAnswer:
    if not data.startswith(ANSWER_MAGIC):
        raise BundleError("not an answer")
    body = data[len(ANSWER_MAGIC):]
    try:
        plain = AESGCM(_derive(shared, ANSWER_INFO)).decrypt(body[:12], body[12:], ANSWER_MAGIC)
    except Exception as exc:
        raise BundleError(type(exc).__name__) from None
    return BundleAnswer.from_json(decode_body(plain))
