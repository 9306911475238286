"""The city server's HTTP API (FastAPI): auth, enrolment, push, pull, snapshot, bundles."""

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine, select, text

from desktop import __version__
from desktop import protocol as p
from server import bodies, logs
from server import models as m
from server import openapi_doc as doc
from server.accounts import ROLE_CITY, ROLE_OFFICER, commune_exists, enrol_device, token_secret
from server.auth import (
    TokenClaims,
    hash_device_secret,
    issue_token,
    read_token,
    verify_password,
)
from server.bundle_import import import_bundle
from server.bundles import private_key, public_key_b64
from server.client_address import client_address, parse_proxies
from server.compression import accepts_zstd, packed
from server.errors import ApiError
from server.login_limits import LoginLimiter
from server.officers import commune_officers
from server.push import DeviceContext, apply_batch
from server.read import checksums, fetch_rows, page_json, pull, snapshot
from server.stats import commune_overview

_TAKES = f"{p.ZSTD}, {p.GZIP}"
_UNVERSIONED = {p.PATH_HEALTH, p.PATH_OPENAPI, "/docs", "/docs/oauth2-redirect", "/redoc"}


@dataclass
class ServerConfig:
    token_ttl: int = 900  # seconds: short-lived, the desktop logs in again each sync
    # Login attempts are counted per account and per account-and-address, never per address
    # alone: a commune office or a mobile network puts many officers behind one address, and
    # one officer's typos must not lock the others out. 5 per account and address stops one
    # source guessing; 20 per account bounds guesses spread over many addresses to 20 a
    # window, while the officer's own PC keeps its own 5 when someone elsewhere fails on her
    # account, until that total is reached. Both are reserved before Argon2 runs.
    login_limit_account_address: int = 5
    login_limit_account: int = 20
    login_window: float = 300.0  # seconds, from a key's first attempt
    # Reverse proxies (addresses or CIDR networks) whose X-Forwarded-For is believed; with
    # none, the header is ignored and the TCP peer is the client.
    trusted_proxies: tuple[str, ...] = ()
    answer_pages: int = 200


def _answer(data: Any, text: str | None = None) -> Response:
    """JSON as bytes, compact, straight to the wire: the messages are validated already, and
    a response model would check and copy every row again."""
    if text is None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(text.encode("utf-8"), media_type="application/json")


async def _page(request: Request, make: Callable[[], str]) -> Response:
    """A page of rows, made and packed on a worker thread: packing a megabyte on the event
    loop would hold up every other request meanwhile."""
    zstd_ok = accepts_zstd(request.headers.get("accept-encoding", ""))
    body, headers = await run_in_threadpool(lambda: packed(make().encode("utf-8"), zstd_ok))
    return Response(body, media_type="application/json", headers=headers)


def _error(exc: ApiError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


def _version_problem(protocol: str, schema: str) -> str | None:
    """None when both versions are served; else which side is behind, as an error code."""
    if not protocol.isdigit() or not schema.isdigit():
        return "protocol.unsupported"
    if int(protocol) in p.SUPPORTED_PROTOCOLS and int(schema) in p.SUPPORTED_SCHEMAS:
        return None
    newer = int(protocol) > max(p.SUPPORTED_PROTOCOLS) or int(schema) > max(p.SUPPORTED_SCHEMAS)
    return "protocol.server_older" if newer else "protocol.unsupported"


async def _body(request: Request, limits: bodies.Limits = bodies.SMALL) -> Any:
    """The request's JSON within the route's limits (server/bodies.py)."""
    return await bodies.json_body(request, _coding(request), limits)


def _coding(request: Request) -> str:
    return request.headers.get("content-encoding", "").strip().lower() or p.IDENTITY


def _publish_schemas(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {}).update(
                doc.components())
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi


def create_app(engine: Engine, config: ServerConfig | None = None) -> FastAPI:
    config = config or ServerConfig()
    secret = token_secret(engine)
    bundle_key = private_key(engine)
    limiter = LoginLimiter(engine, config.login_limit_account_address,
                           config.login_limit_account, config.login_window)
    proxies = parse_proxies(config.trusted_proxies)
    app = FastAPI(title="BVTE city server", version=__version__,
                  description="Sync and administration API for commune child-protection PCs.")
    # Level 6: nearly level 9's size on JSON pages at a fraction of the time.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    _publish_schemas(app)
    app.state.engine = engine

    @app.middleware("http")
    async def versions_and_log(request: Request, call_next):
        started = time.perf_counter()
        path = request.url.path
        if path.startswith("/v1/") and path not in _UNVERSIONED:
            protocol = request.headers.get(p.HEADER_PROTOCOL, "")
            schema = request.headers.get(p.HEADER_SCHEMA, "")
            code = _version_problem(protocol, schema)
            if code:
                response = _error(ApiError(426, code))
                response.headers[p.HEADER_PROTOCOL] = str(p.PROTOCOL_VERSION)
                logs.event("request", method=request.method, path=path, status=426,
                           client_protocol=protocol[:8])
                return response
        try:
            response = await call_next(request)
        except Exception as exc:  # the type only: a message could quote submitted data
            logs.event("error", logging.ERROR, path=path, error=type(exc).__name__)
            response = _error(ApiError(500, "server.error"))
        response.headers[p.HEADER_PROTOCOL] = str(p.PROTOCOL_VERSION)
        # The codings this server reads in request bodies (HTTP lets an answer say so).
        response.headers["Accept-Encoding"] = _TAKES
        logs.event("request", method=request.method, path=path, status=response.status_code,
                   ms=round((time.perf_counter() - started) * 1000, 1),
                   device=getattr(request.state, "device_id", None))
        return response

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc)

    @app.exception_handler(p.ProtocolError)
    async def protocol_error(_request: Request, exc: p.ProtocolError) -> JSONResponse:
        if exc.code == p.NUL_CHARACTER:  # its own code: the person can type the text again
            return _error(ApiError(400, "request.nul_character",
                                   field=exc.path.rsplit(".", 1)[-1]))
        detail = f"{exc.code} {exc.path}".strip()
        return _error(ApiError(400, "request.invalid", detail=detail))

    def token_of(request: Request) -> TokenClaims:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise ApiError(401, "auth.missing_token")
        return read_token(secret, header[7:].strip())

    def account_active(account_id: str):
        # A primary-key read on every authenticated request: a deactivated account's tokens
        # stop at once, not when they expire.
        return (select(m.account.c.active).where(m.account.c.id == account_id)
                .scalar_subquery())

    def claims_of(request: Request) -> TokenClaims:
        claims = token_of(request)
        with engine.connect() as conn:
            active = conn.execute(select(account_active(claims.account_id))).scalar()
        if not active:
            raise ApiError(403, "auth.account_inactive")
        return claims

    def device_of(request: Request, claims: TokenClaims) -> DeviceContext:
        device_id = request.headers.get(p.HEADER_DEVICE_ID, "")
        device_secret = request.headers.get(p.HEADER_DEVICE_SECRET, "")
        if not device_id or not device_secret:
            raise ApiError(401, "device.missing")
        found = check_device(device_id, device_secret, claims.account_id)
        if claims.role != ROLE_OFFICER or claims.commune_code != found.commune_code:
            raise ApiError(403, "auth.scope")
        request.state.device_id = found.device_id
        return found

    def check_device(device_id: str, device_secret: str, account_id: str) -> DeviceContext:
        # One query for the device and the token's account, on the path of every sync call.
        with engine.connect() as conn:
            row = conn.execute(select(m.device, account_active(account_id).label("active"))
                               .where(m.device.c.id == device_id)).first()
        if row is None or row.secret_hash != hash_device_secret(device_secret):
            raise ApiError(401, "device.unknown")
        if not row.active:
            raise ApiError(403, "auth.account_inactive")
        if row.revoked_at is not None:
            raise ApiError(403, "device.revoked")
        return DeviceContext(row.id, row.commune_code)

    def sync_caller(request: Request) -> DeviceContext:
        return device_of(request, token_of(request))

    @app.get(p.PATH_HEALTH, summary="Server, database and protocol status")
    def health() -> dict[str, Any]:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "protocol": p.PROTOCOL_VERSION, "schema": p.SCHEMA_VERSION,
                "supported_protocols": sorted(p.SUPPORTED_PROTOCOLS), "version": __version__,
                "database": engine.dialect.name}

    @app.post(p.PATH_LOGIN, summary="Log in: username and password give a short-lived token",
              openapi_extra=doc.body("LoginRequest"), responses=doc.answer("LoginReply"))
    async def login(request: Request) -> dict[str, Any]:
        body = p.LoginRequest.from_json(await _body(request))
        address = client_address(request.client.host if request.client else "",
                                 request.headers.getlist("x-forwarded-for"), proxies)
        # Counted before Argon2 runs, in the database: a burst, or several workers, get no
        # more password checks than the limit. An unknown username is counted the same way.
        reserved = await run_in_threadpool(limiter.reserve, body.username, address)

        def check() -> Any:
            with engine.connect() as conn:
                row = conn.execute(select(m.account).where(
                    m.account.c.username == body.username, m.account.c.active.is_(True))).first()
            ok = verify_password(row.password_hash if row else None, body.password)
            return row if ok else None

        row = await run_in_threadpool(check)
        if row is None:
            logs.event("login.failed")
            raise ApiError(401, "auth.bad_credentials")
        await run_in_threadpool(limiter.succeeded, reserved)
        claims = TokenClaims(row.id, row.role, row.commune_code or "",
                             int(time.time()) + config.token_ttl)
        logs.event("login", account=row.id, role=row.role)
        return p.LoginReply(issue_token(secret, claims), config.token_ttl, row.role,
                            row.commune_code or "").to_json()

    @app.post(p.PATH_ENROL, summary="Enrol this PC to the officer's commune",
              openapi_extra=doc.body("EnrolRequest"), responses=doc.answer("EnrolReply"))
    async def enrol(request: Request) -> dict[str, Any]:
        claims = claims_of(request)
        body = p.EnrolRequest.from_json(await _body(request))
        if claims.role != ROLE_OFFICER or claims.commune_code != body.commune_code:
            raise ApiError(403, "auth.scope")
        with engine.connect() as conn:
            if not commune_exists(conn, body.commune_code):
                raise ApiError(404, "commune.unknown")
        done = await run_in_threadpool(enrol_device, engine, claims.account_id,
                                       body.commune_code, body.device_name)
        logs.event("device.enrolled", device=done.device_id, commune=done.commune_code)
        return p.EnrolReply(done.device_id, done.device_secret, done.commune_code).to_json()

    def push_checked(device: DeviceContext, batch: p.PushBatch) -> p.PushReply:
        if batch.device_id != device.device_id or batch.commune_code != device.commune_code:
            raise ApiError(403, "auth.scope")
        started = time.perf_counter()
        reply = apply_batch(engine, device, batch)
        fates: dict[str, int] = {}
        for result in reply.results:
            fates[result.fate] = fates.get(result.fate, 0) + 1
        logs.event("push", device=device.device_id, commune=device.commune_code,
                   changes=len(batch.changes), **fates,
                   ms=round((time.perf_counter() - started) * 1000, 1))
        return reply

    @app.post(p.PATH_PUSH, summary="Push a batch of changes (gzip JSON); replays are idempotent",
              openapi_extra=doc.body("PushBatch"), responses=doc.answer("PushReply"))
    async def push(request: Request) -> Response:
        device = sync_caller(request)
        raw = await bodies.read(request, bodies.PUSH)
        key = request.headers.get(p.HEADER_IDEMPOTENCY)
        coding = _coding(request)

        def work() -> p.PushReply:
            # Decoding and checking 500 changes is real work: off the event loop with the apply.
            batch = p.PushBatch.from_json(bodies.decode(raw, coding, bodies.PUSH))
            if key is not None and key != batch.batch_id:
                raise ApiError(400, "request.invalid", detail="Idempotency-Key != batch_id")
            return push_checked(device, batch)

        reply = await run_in_threadpool(work)
        wire = getattr(reply, "wire", None)  # the reply as stored, already JSON
        return _answer(None, wire) if wire else _answer(reply.to_json())

    @app.post(p.PATH_PULL, summary="Rows and conflicts of the commune after a cursor",
              openapi_extra=doc.body("PullRequest"), responses=doc.answer("PullPage"))
    async def pull_page(request: Request) -> Response:
        device = sync_caller(request)
        body = p.PullRequest.from_json(await _body(request))
        return await _page(request, lambda: page_json(
            pull(engine, device.commune_code, body.cursor, body.limit, raw=True)))

    @app.post(p.PATH_SNAPSHOT, summary="Every current row of the commune, paged, for a new PC",
              openapi_extra=doc.body("SnapshotRequest"), responses=doc.answer("SnapshotPage"))
    async def snapshot_page(request: Request) -> Response:
        device = sync_caller(request)
        body = p.SnapshotRequest.from_json(await _body(request))
        return await _page(request, lambda: page_json(
            snapshot(engine, device.commune_code, body.page_token, body.cursor, body.limit,
                     raw=True)))

    @app.get(p.PATH_CHECKSUMS, summary="Per-table counts and checksums of the commune",
             responses=doc.answer("ChecksumReply"))
    async def table_checksums(request: Request) -> Response:
        device = sync_caller(request)
        reply = await run_in_threadpool(checksums, engine, device.commune_code)
        return _answer(reply.to_json())

    @app.post(p.PATH_ROWS, summary="Current state of given rows, to repair a mismatch",
              openapi_extra=doc.body("RowsRequest"), responses=doc.answer("RowsReply"))
    async def rows(request: Request) -> Response:
        device = sync_caller(request)
        body = p.RowsRequest.from_json(await _body(request, bodies.ROWS))
        reply = await run_in_threadpool(fetch_rows, engine, device.commune_code, body.table,
                                        body.row_ids)
        return _answer(reply.to_json())

    @app.get(p.PATH_OFFICERS, summary="The commune's officer rows, taken before a PC first "
             "sends an officer of its own", responses=doc.answer("RowsReply"))
    async def officer_rows(request: Request) -> Response:
        device = sync_caller(request)
        reply = await run_in_threadpool(commune_officers, engine, device.commune_code)
        return _answer(reply.to_json())

    @app.get(p.PATH_STATS, summary="Per-commune counts: every commune for city staff")
    async def stats(request: Request) -> list[dict[str, Any]]:
        claims = claims_of(request)
        only = None if claims.role == ROLE_CITY else claims.commune_code
        return await run_in_threadpool(commune_overview, engine, only)

    @app.get(p.PATH_BUNDLE_KEY, summary="The public key offline bundles are encrypted for")
    def bundle_public_key() -> dict[str, str]:
        return {"public_key": public_key_b64(engine), "algorithm": "X25519-HKDF-SHA256-AESGCM"}

    @app.post(p.PATH_BUNDLE_IMPORT, summary="Import an offline bundle; returns the answer bundle")
    async def bundle_import(request: Request) -> Response:
        claims_of(request)  # whoever carries the file must be logged in; the device is inside
        data = await bodies.read(request, bodies.BUNDLE)
        done = await run_in_threadpool(import_bundle, engine, bundle_key, data,
                                       push=push_checked, answer_pages=config.answer_pages)
        # The carrier cannot read the answer; it may tell its officer how much went through.
        return Response(done.answer, media_type="application/octet-stream",
                        headers={p.HEADER_BUNDLE_CHANGES: str(done.changes),
                                 p.HEADER_BUNDLE_COMMUNE: done.commune_code})

    return app
