"""Passwords (Argon2id), signed short-lived access tokens, device secrets."""

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.errors import ApiError

_HASHER = PasswordHasher()  # Argon2id with the library's current recommended parameters
# Checked against when the username is unknown, so both answers take the same time.
_DUMMY_HASH = _HASHER.hash("not a real password")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def new_device_secret() -> str:
    return secrets.token_urlsafe(32)


def hash_device_secret(secret: str) -> str:
    # A 256-bit random secret needs no slow hash; SHA-256 keeps every sync request cheap.
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class TokenClaims:
    account_id: str
    role: str
    commune_code: str
    expires_at: int


def issue_token(secret: bytes, claims: TokenClaims) -> str:
    payload = _b64(json.dumps({"sub": claims.account_id, "role": claims.role,
                               "commune": claims.commune_code, "exp": claims.expires_at},
                              separators=(",", ":")).encode("utf-8"))
    signature = _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())
    return f"{payload}.{signature}"


def read_token(secret: bytes, token: str, now: float | None = None) -> TokenClaims:
    """The claims of a token signed with `secret`; ApiError 401 if forged or expired."""
    try:
        payload, signature = token.split(".")
        expected = _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, signature):
            raise ValueError("signature")
        data = json.loads(_unb64(payload))
        claims = TokenClaims(str(data["sub"]), str(data["role"]), str(data["commune"] or ""),
                             int(data["exp"]))
    except (ValueError, KeyError, TypeError, UnicodeError):
        raise ApiError(401, "auth.bad_token") from None
    if claims.expires_at <= (time.time() if now is None else now):
        raise ApiError(401, "auth.expired")
    return claims
