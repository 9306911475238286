"""The city server over HTTP (requests): gzip JSON bodies, versions, credentials, clear errors."""

import ipaddress
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import orjson
import requests
from urllib3.util import make_headers

from desktop import protocol as p
from desktop.sync import wire
from desktop.sync.errors import SyncError

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
# What this install can unpack: gzip always, zstd with backports.zstd (the server packs pages
# of rows in zstd for a client that takes it, several times cheaper on both sides).
_ACCEPT_ENCODING = make_headers(accept_encoding=True)["accept-encoding"]


@dataclass
class Credentials:
    """What every sync request carries: the device's id and secret, and an access token."""

    device_id: str = ""
    device_secret: str = ""
    token: str = ""


@dataclass
class Traffic:
    """Requests and bytes on the wire (bodies as sent and received), for the benchmark."""

    requests: int = 0
    sent: int = 0
    received: int = 0
    by_path: dict[str, int] = field(default_factory=dict)


def unencrypted(url: str) -> bool:
    """An http:// address of any host but this PC: children's records would cross the network
    in plain text (a city server is reached through TLS; plain HTTP only on loopback)."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "http":
        return False
    host = (parts.hostname or "").rstrip(".")
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


class SyncClient:
    """One server address; each method is one request. Errors raise SyncError with a code.

    An unencrypted address other than loopback is refused before anything is sent.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials | None = None,
        *,
        session: requests.Session | None = None,
        relogin: Callable[[], str] | None = None,
    ) -> None:
        if unencrypted(base_url):
            raise SyncError("sync.insecure_url")
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials or Credentials()
        self.http = session or requests.Session()
        self.traffic = Traffic()
        # gzip until the server's answers say it takes zstd (an older server does not).
        self.body_coding = p.GZIP
        # Called once when the access token has expired; returns a fresh token.
        self._relogin = relogin

    def close(self) -> None:
        self.http.close()

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {
            p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION),
            p.HEADER_SCHEMA: str(p.SCHEMA_VERSION),
            "Accept-Encoding": _ACCEPT_ENCODING,
        }
        creds = self.credentials
        if creds.token:
            headers["Authorization"] = f"Bearer {creds.token}"
        if creds.device_id:
            headers[p.HEADER_DEVICE_ID] = creds.device_id
            headers[p.HEADER_DEVICE_SECRET] = creds.device_secret
        headers.update(extra or {})
        return headers

    def _call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        extra: dict[str, str] | None = None,
        raw: bytes | None = None,
        retry_auth: bool = True,
        plain: bytes | None = None,
        packed: bytes | None = None,
    ) -> Any:
        """`body` (a message) or `plain` (its JSON, made already) is sent compressed in the
        best coding the server has said it takes (`packed`: the same in zstd, made already);
        `raw` is sent as it is."""
        coding = self.body_coding
        if raw is not None:
            data: bytes | None = raw
        elif packed is not None and coding == p.ZSTD:
            data = packed
        else:
            if plain is None and body is not None:
                plain = p.body_json(body)
            data = p.compress_body(plain, coding) if plain is not None else None
        headers = self._headers(extra)
        if data is not None and raw is None:
            headers["Content-Type"] = "application/json"
            headers["Content-Encoding"] = coding
        elif raw is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            response = self.http.request(
                method,
                self.base_url + path,
                data=data,
                headers=headers,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
            )
        except requests.RequestException as exc:
            raise SyncError("sync.unreachable", retryable=True, detail=type(exc).__name__) from exc
        self.traffic.requests += 1
        self.traffic.sent += len(data or b"")
        wire = response.headers.get("Content-Length")
        self.traffic.received += int(wire) if wire and wire.isdigit() else len(response.content)
        self.traffic.by_path[path] = self.traffic.by_path.get(path, 0) + 1
        if p.ZSTD in response.headers.get("Accept-Encoding", ""):
            self.body_coding = p.ZSTD
        if response.status_code == 401 and retry_auth and self._relogin is not None:
            self.credentials.token = self._relogin()
            return self._call(
                method,
                path,
                body,
                extra=extra,
                raw=raw,
                retry_auth=False,
                plain=plain,
                packed=packed,
            )
        if response.status_code >= 400:
            raise _error(response)
        try:
            return orjson.loads(response.content) if response.content else None
        except (ValueError, json.JSONDecodeError) as exc:
            raise SyncError("sync.bad_answer", retryable=True, detail="not JSON") from exc

    # ---- endpoints ---------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._call("GET", p.PATH_HEALTH) or {}

    def login(self, username: str, password: str) -> p.LoginReply:
        reply = p.LoginReply.from_json(
            self._call("POST", p.PATH_LOGIN, p.LoginRequest(username, password), retry_auth=False)
        )
        self.credentials.token = reply.access_token
        return reply

    def enrol(self, commune_code: str, device_name: str = "") -> p.EnrolReply:
        reply = p.EnrolReply.from_json(
            self._call("POST", p.PATH_ENROL, p.EnrolRequest(commune_code, device_name))
        )
        self.credentials.device_id = reply.device_id
        self.credentials.device_secret = reply.device_secret
        return reply

    def push(self, batch: p.PushBatch) -> p.PushReply:
        raw = self._call(
            "POST",
            p.PATH_PUSH,
            batch,
            extra={p.HEADER_IDEMPOTENCY: batch.batch_id},
            # Made when the batch was frozen (see outbox._keep_body).
            plain=getattr(batch, "json_body", None),
            packed=getattr(batch, "zstd_body", None),
        )
        return _read(p.PushReply, raw)

    def pull(self, cursor: int, limit: int = p.DEFAULT_PULL_LIMIT) -> p.PullPage:
        raw = self._call("POST", p.PATH_PULL, p.PullRequest(cursor, limit))
        return _read(wire.read_pull_page, raw)

    def snapshot(self, request: p.SnapshotRequest) -> p.SnapshotPage:
        return _read(wire.read_snapshot_page, self._call("POST", p.PATH_SNAPSHOT, request))

    def checksums(self) -> p.ChecksumReply:
        return _read(p.ChecksumReply, self._call("GET", p.PATH_CHECKSUMS))

    def rows(self, table: str, row_ids: list[str]) -> p.RowsReply:
        return _read(p.RowsReply, self._call("POST", p.PATH_ROWS, p.RowsRequest(table, row_ids)))

    def officers(self) -> p.RowsReply:
        return _read(p.RowsReply, self._call("GET", p.PATH_OFFICERS))

    def bundle_key(self) -> str:
        return str((self._call("GET", p.PATH_BUNDLE_KEY) or {}).get("public_key", ""))

    def import_bundle(
        self, blob: bytes, *, timeout: float = READ_TIMEOUT, retry_auth: bool = True
    ) -> tuple[bytes, dict[str, str]]:
        """Hand an offline bundle to the server: the encrypted answer as it came, and what the
        server says of it (changes and commune) in its headers. `timeout`: the server answers
        only once it has applied every batch in the file."""
        try:
            response = self.http.post(
                self.base_url + p.PATH_BUNDLE_IMPORT,
                data=blob,
                headers=self._headers({"Content-Type": "application/octet-stream"}),
                timeout=(CONNECT_TIMEOUT, timeout),
            )
        except requests.RequestException as exc:
            raise SyncError("sync.unreachable", retryable=True, detail=type(exc).__name__) from exc
        if response.status_code >= 400:
            error = _error(response)
            # Only this PC's own login is renewed; the bundle's device is the server's answer.
            if error.code.startswith("auth.") and error.status == 401 and retry_auth and (
                self._relogin is not None
            ):
                self.credentials.token = self._relogin()
                return self.import_bundle(blob, timeout=timeout, retry_auth=False)
            raise error
        said = {
            name: response.headers.get(name, "")
            for name in (p.HEADER_BUNDLE_CHANGES, p.HEADER_BUNDLE_COMMUNE)
        }
        return response.content, said


def _read(reader: Any, raw: Any) -> Any:
    try:
        return (
            reader(raw)
            if callable(reader) and not hasattr(reader, "from_json")
            else (reader.from_json(raw))
        )
    except p.ProtocolError as exc:
        # A cut or garbled answer: the request may be repeated safely.
        raise SyncError("sync.bad_answer", retryable=True, detail=exc.code) from exc


def _error(response: requests.Response) -> SyncError:
    code, message = f"http.{response.status_code}", ""
    try:
        body = response.json()
        if isinstance(body, dict):
            inner = body.get("detail", body)
            if isinstance(inner, dict):
                body = inner
            code = str(body.get("code") or code)
            message = str(body.get("message") or "")
    except ValueError:
        pass
    status = response.status_code
    retryable = status in (408, 425, 429) or status >= 500
    retry_after = _retry_after(response.headers.get("Retry-After"))
    return SyncError(
        code, retryable=retryable, status=status, server_message=message, retry_after=retry_after
    )


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
