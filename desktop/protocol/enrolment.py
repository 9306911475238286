"""Enrolment files: how a PC that is never online joins its commune, shared by PC and server.

The file: ENROL_MAGIC, then UTF-8 JSON {"enrolment": header, "kdf": params, "sealed": base64}.
The header is readable (what the file is for: commune, officer, expiry, the server's bundle
key) but bound to the activation code: `sealed` is a 12-byte nonce and AES-256-GCM, with the
header's canonical JSON as associated data, of the one-time token under Argon2id(code, salt).
So the file alone (a lost USB stick) gives neither the token nor a header that can be
changed unnoticed; the code travels apart from it (read out by telephone, or on paper).
The token is the only secret: the server keeps its SHA-256 and takes it once, in the first
bundle of the device named in the header; the device secret is made on the PC and reaches
the server only inside that bundle, sealed for the server, so after its first use the file
can no longer make or impersonate a device.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.protocol.constants import MAX_NAME_LENGTH
from desktop.protocol.message import _Message
from desktop.protocol.readers import _commune, _int, _obj, _text, _uuid
from desktop.protocol.values import parse_wire_datetime

ENROL_MAGIC = b"BVTE-ENROL-1\n"
FORMAT = 1
CODE_DIGITS = 16  # about 53 bits; each guess costs an Argon2id run of 64 MiB
MAX_FILE_BYTES = 64 * 1024
# Argon2id for the activation code. Read back within bounds, so a hostile file can neither
# ask for gigabytes of memory nor weaken the check below what the city issues.
KDF_DEFAULT = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 1}
_KDF_BOUNDS = {"time_cost": (1, 10), "memory_cost": (8 * 1024, 1024 * 1024), "parallelism": (1, 8)}


class EnrolFileError(ValueError):
    """The file is not an enrolment file, or the code does not open it; `code` is stable."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _when(value: object, path: str) -> str:
    text = _text(40)(value, path)
    parse_wire_datetime(text, path)
    return text


@dataclass
class EnrolmentHeader(_Message):
    """What an enrolment file is for; instants are UTC ISO text."""

    enrolment_id: str
    device_id: str
    commune_code: str
    commune_name: str
    username: str
    server_url: str
    server_key: str
    issued_at: str
    expires_at: str
    format: int = FORMAT

    _readers = {
        "enrolment_id": _uuid,
        "device_id": _uuid,
        "commune_code": _commune,
        "commune_name": _text(200),
        "username": _text(MAX_NAME_LENGTH),
        "server_url": _text(500),
        "server_key": _text(100),
        "issued_at": _when,
        "expires_at": _when,
        "format": _int(FORMAT, FORMAT),
    }

    def expires(self) -> datetime:
        return parse_wire_datetime(self.expires_at)

    def canonical(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    # A 256-bit random token needs no slow hash (as a device secret).
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_code() -> str:
    """The activation code, 16 digits in groups of four: easy to read out on the telephone."""
    digits = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
    return " ".join(digits[i:i + 4] for i in range(0, CODE_DIGITS, 4))


def normalise_code(typed: str) -> str:
    """The digits of a typed code (spaces, dashes and dots as the officer likes them)."""
    digits = "".join(ch for ch in typed if not ch.isspace() and ch not in "-.")
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise EnrolFileError("enrol.bad_code")
    return digits


def _key(code: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(normalise_code(code).encode("ascii"), salt, hash_len=32,
                           type=Type.ID, **params)


def seal_enrolment(header: EnrolmentHeader, token: str, code: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_key(code, salt, KDF_DEFAULT)).encrypt(
        nonce, token.encode("utf-8"), header.canonical())
    body = {
        "enrolment": header.to_json(),
        "kdf": {"name": "argon2id", "salt": base64.b64encode(salt).decode("ascii"),
                **KDF_DEFAULT},
        "sealed": base64.b64encode(nonce + sealed).decode("ascii"),
    }
    return ENROL_MAGIC + json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def _parts(blob: bytes) -> tuple[EnrolmentHeader, dict, bytes]:
    if not blob.startswith(ENROL_MAGIC) or len(blob) > MAX_FILE_BYTES:
        raise EnrolFileError("enrol.not_a_file")
    try:
        body = _obj(json.loads(blob[len(ENROL_MAGIC):].decode("utf-8")), "file")
        header = EnrolmentHeader.from_json(body.get("enrolment"))
        kdf = _obj(body.get("kdf"), "kdf")
        if kdf.get("name") != "argon2id":
            raise EnrolFileError("enrol.not_a_file")
        params = {}
        for name, (low, high) in _KDF_BOUNDS.items():
            params[name] = _int(low, high)(kdf.get(name), name)
        params["salt"] = base64.b64decode(kdf["salt"], validate=True)
        sealed = base64.b64decode(body["sealed"], validate=True)
    except (ValueError, KeyError, TypeError) as exc:  # ProtocolError is a ValueError too
        raise EnrolFileError("enrol.not_a_file") from exc
    if len(sealed) < 12 + 16 or len(params["salt"]) < 8:
        raise EnrolFileError("enrol.not_a_file")
    return header, params, sealed


def read_header(blob: bytes) -> EnrolmentHeader:
    """What the file says it is for, before the code is typed (not yet proven genuine)."""
    return _parts(blob)[0]


def open_enrolment(blob: bytes, code: str) -> tuple[EnrolmentHeader, str]:
    """The header and the token; EnrolFileError("enrol.wrong_code") if the code does not
    open it (or the header was changed)."""
    header, params, sealed = _parts(blob)
    salt = params.pop("salt")
    key = _key(code, salt, params)
    try:
        token = AESGCM(key).decrypt(sealed[:12], sealed[12:], header.canonical())
    except InvalidTag:
        raise EnrolFileError("enrol.wrong_code") from None
    return header, token.decode("utf-8")
