"""Passwords (Argon2id), signed short-lived access tokens, login rate limits, device secrets."""

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import deque
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


class LoginLimiter:
    """At most `limit` failed logins per username (ten times that per client address, since
    a commune office may share one address) in `window` seconds.

    Kept in process memory: one server process per city is the deployment; with several
    workers each holds its own count, which still bounds guessing to workers × limit.
    """

    def __init__(self, limit: int = 5, window: float = 300.0) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        stamps = self._failures.setdefault(key, deque())
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        return stamps

    def check(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                stamps = self._recent(key, now)
                limit = self.limit * (10 if key.startswith("ip:") else 1)
                if len(stamps) >= limit:
                    retry = max(1, int(stamps[0] + self.window - now) + 1)
                    raise ApiError(429, "auth.rate_limited", {"Retry-After": str(retry)},
                                   retry_after=retry)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, username_key: str) -> None:
        with self._lock:
            self._failures.pop(username_key, None)
