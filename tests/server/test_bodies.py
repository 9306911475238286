"""Request bodies are bounded before they are read: bombs, oversized and over-complex bodies
are refused early by a real server, which keeps its memory and answers health checks."""

import gzip
import json
import os
import random
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop import protocol as p
from server import bodies, cli
from server.bundles import _derive, public_key_b64
from server.errors import MESSAGES
from tests.helpers.live_server import PASSWORD, LiveServer, pg_database
from tests.server.client import VERSION_HEADERS, Device

MB = 1024 * 1024
BOMB_SIZE = 60 * MB  # about what the 5 KB body of the incident inflated to


def _values_bomb() -> bytes:
    """About 60 MB of JSON that is nearly all values: the worst to parse (20 million lists)."""
    count = BOMB_SIZE // 3
    return b'{"username":"a","password":"b","pad":[' + b"[]," * count + b"[]]}"


def _text_bomb(device: Device) -> bytes:
    """A push batch whose one change carries about 60 MB of text."""
    batch = p.body_json(device.batch(device.new("child", {"notes": "@"})))
    head, tail = batch.split(b'"@"', 1)
    return head + b'"' + b"x" * BOMB_SIZE + b'"' + tail


def _zstd(raw: bytes) -> bytes:
    return p.compress_body(raw, p.ZSTD)


def _gzip(raw: bytes) -> bytes:
    return gzip.compress(raw, compresslevel=9, mtime=0)


@pytest.fixture(scope="module")
def login_bombs() -> dict[str, bytes]:
    raw = _values_bomb()
    return {p.ZSTD: _zstd(raw), p.GZIP: _gzip(raw)}


def _post(url: str, path: str, body: bytes, coding: str = p.IDENTITY,
          headers: dict[str, str] | None = None) -> requests.Response:
    extra = {} if coding == p.IDENTITY else {"Content-Encoding": coding}
    return requests.post(url + path, data=body, timeout=30,
                         headers={**VERSION_HEADERS, **(headers or {}), **extra,
                                  "Content-Type": "application/json"})


def _refused(answer: requests.Response, code: str) -> None:
    assert answer.status_code == 413, (answer.status_code, answer.text[:200])
    assert answer.json()["code"] == code
    assert answer.json()["message"] == MESSAGES[code]


# ---- raw HTTP, to send part of a body and see when the server answers ---------------------


def _read_answer(sock: socket.socket, timeout: float) -> tuple[int, bytes]:
    """Status and body of one HTTP answer (Content-Length framed, as the server sends)."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        more = sock.recv(65536)
        if not more:
            raise ConnectionError(f"closed before an answer: {data[:200]!r}")
        data += more
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(int(line.split(":", 1)[1]) for line in lines
                  if line.lower().startswith("content-length:"))
    while len(body) < length:
        body += sock.recv(65536)
    return int(lines[0].split()[1]), body[:length]


def _head(url: str, path: str, headers: dict[str, str]) -> bytes:
    host = urlsplit(url).netloc
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}",
             *(f"{k}: {v}" for k, v in {**VERSION_HEADERS, **headers}.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _connect(url: str) -> socket.socket:
    parts = urlsplit(url)
    return socket.create_connection((parts.hostname, parts.port), timeout=10)


def declared_post(url: str, path: str, declared: int, sent: bytes,
                  headers: dict[str, str] | None = None) -> tuple[int, bytes, float]:
    """Declare `declared` bytes, send only `sent`, and wait: (status, body, seconds)."""
    with _connect(url) as sock:
        started = time.perf_counter()
        sock.sendall(_head(url, path, {**(headers or {}), "Content-Length": str(declared),
                                       "Content-Type": "application/json"}) + sent)
        status, body = _read_answer(sock, 10)
        return status, body, time.perf_counter() - started


def chunked_post(url: str, path: str, total: int,
                 headers: dict[str, str] | None = None) -> tuple[int, bytes, int]:
    """Stream up to `total` bytes in chunks, with no Content-Length, until the server answers:
    (status, body, bytes sent before the answer came)."""
    chunk = b"[" + b"0," * 32767 + b"0"  # 64 KiB of JSON-looking bytes
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    sent = 0
    with _connect(url) as sock:
        sock.sendall(_head(url, path, {**(headers or {}), "Transfer-Encoding": "chunked",
                                       "Content-Type": "application/json"}))
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # the answer came before the body ended
            sock.sendall(frame)
            sent += len(chunk)
        else:
            sock.sendall(b"0\r\n\r\n")
        status, body = _read_answer(sock, 30)
        return status, body, sent


# ---- refusals -------------------------------------------------------------------------------


def test_login_bomb_refused_before_it_is_inflated(live_server: LiveServer, commune: str,
                                                  login_bombs: dict[str, bytes]) -> None:
    assert len(login_bombs[p.ZSTD]) < 8 * 1024  # a few KB that would be 60 MB of JSON
    _refused(_post(live_server.url, p.PATH_LOGIN, login_bombs[p.ZSTD], p.ZSTD),
             "request.too_large")
    # gzip packs at most about 1000 to 1: its bomb is over the login's size as sent.
    _refused(_post(live_server.url, p.PATH_LOGIN, login_bombs[p.GZIP], p.GZIP),
             "request.too_large")
    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(
            lambda _: _post(live_server.url, p.PATH_LOGIN, login_bombs[p.ZSTD], p.ZSTD),
            range(12)))
    for answer in answers:
        _refused(answer, "request.too_large")
    # An ordinary login still works, plain, gzip and zstd.
    username = live_server.new_officer(commune)
    raw = p.body_json({"username": username, "password": PASSWORD})
    for coding, body in ((p.IDENTITY, raw), (p.GZIP, _gzip(raw)), (p.ZSTD, _zstd(raw))):
        answer = _post(live_server.url, p.PATH_LOGIN, body, coding)
        assert answer.status_code == 200, (coding, answer.text)


def test_oversized_plain_body_refused_by_content_length(live_server: LiveServer,
                                                        device_factory, commune: str) -> None:
    device = device_factory(commune)
    # 200 MB declared, 64 KB sent: the answer comes without waiting for the rest.
    status, body, seconds = declared_post(live_server.url, p.PATH_LOGIN, 200 * MB,
                                          b"x" * 65536)
    assert status == 413 and b"request.too_large" in body and seconds < 5
    status, body, seconds = declared_post(live_server.url, p.PATH_PUSH, 200 * MB,
                                          b"x" * 65536, device.headers())
    assert status == 413 and b"request.too_large" in body and seconds < 5
    # Just over a small route's limit is refused too; the push limit is far above it.
    status, body, _ = declared_post(live_server.url, p.PATH_PULL, bodies.SMALL.body + 1,
                                    b"x" * (bodies.SMALL.body + 1), device.headers())
    assert status == 413 and b"request.too_large" in body


def test_chunked_oversized_body_refused_while_streaming(live_server: LiveServer,
                                                        device_factory, commune: str) -> None:
    device = device_factory(commune)
    total = 200 * MB
    status, body, sent = chunked_post(live_server.url, p.PATH_LOGIN, total)
    # The answer came with the body far from done (what was sent meanwhile sits in buffers).
    assert status == 413 and b"request.too_large" in body and sent < 32 * MB, sent
    status, body, sent = chunked_post(live_server.url, p.PATH_PUSH, total, device.headers())
    assert status == 413 and b"request.too_large" in body
    assert bodies.PUSH.body <= sent < bodies.PUSH.body + 32 * MB, sent


def _notes(rng: random.Random, size: int) -> str:
    words = ["trẻ", "gia đình", "thăm", "hỗ trợ", "cán bộ", "xã", "học", "sức khỏe", "ăn",
             "ngủ", "mẹ", "bố", "bà", "đi", "về", "trường", "tuần", "tháng", "ổn", "cần"]
    return " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(size // 8))


def test_push_bombs_and_over_complex_bodies_refused_big_push_taken(
        live_server: LiveServer, device_factory, commune: str) -> None:
    device = device_factory(commune)
    text = _text_bomb(device)
    _refused(_post(live_server.url, p.PATH_PUSH, _zstd(text), p.ZSTD, device.headers()),
             "request.too_compressed")
    _refused(_post(live_server.url, p.PATH_PUSH, _gzip(text), p.GZIP, device.headers()),
             "request.too_compressed")
    # Many small values: 2 million numbers in 4 MB (packed, it is a bomb as well).
    batch = p.body_json(device.batch(device.new("child")))
    many = batch[:-1] + b',"pad":[' + b"0," * 2_000_000 + b"0]}"
    _refused(_post(live_server.url, p.PATH_PUSH, many, p.IDENTITY, device.headers()),
             "request.too_complex")
    _refused(_post(live_server.url, p.PATH_PUSH, _zstd(many), p.ZSTD, device.headers()),
             "request.too_compressed")
    # Nested 100,000 deep: 200 KB, few values, refused by the parser's bound on nesting.
    deep = batch[:-1] + b',"pad":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    _refused(_post(live_server.url, p.PATH_PUSH, deep, p.IDENTITY, device.headers()),
             "request.too_complex")
    _refused(_post(live_server.url, p.PATH_LOGIN, b"[" * 3000 + b"]" * 3000),
             "request.too_complex")
    assert device.pull().rows == []
    # A full batch of long notes, as a busy commune sends it, is still taken, packed either way.
    rng = random.Random(13)
    for coding in (p.ZSTD, p.GZIP):
        changes = [device.new("child", {"notes": _notes(rng, 3000)})
                   for _ in range(p.MAX_BATCH_CHANGES)]
        raw = p.body_json(device.batch(*changes))
        assert len(raw) > 2 * bodies.STEP  # inflated in several steps, off the event loop
        body = p.compress_body(raw, coding)
        answer = _post(live_server.url, p.PATH_PUSH, body, coding, device.headers())
        assert answer.status_code == 200, answer.text[:300]
        fates = {r["fate"] for r in answer.json()["results"]}
        assert fates == {"applied"} and len(answer.json()["results"]) == p.MAX_BATCH_CHANGES


def _sealed(public_b64: str, plain: bytes) -> bytes:
    """A bundle for the server with any gzip `plain` inside (a hostile PC can make one: the
    server's key is public)."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(base64.b64decode(public_b64)))
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(shared, p.BUNDLE_INFO)).encrypt(nonce, plain, p.BUNDLE_MAGIC)
    raw = serialization.Encoding.Raw
    public = ephemeral.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return p.BUNDLE_MAGIC + public + nonce + sealed


def test_bundle_bombs_refused_by_api_and_command(live_server: LiveServer, device_factory,
                                                 commune: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    carrier = device_factory(commune)
    bomb = _sealed(public_key_b64(live_server.engine), _gzip(_text_bomb(carrier)))
    headers = {**carrier.headers(), "Content-Type": "application/octet-stream"}
    answer = requests.post(live_server.url + p.PATH_BUNDLE_IMPORT, data=bomb, headers=headers,
                           timeout=60)
    _refused(answer, "request.too_compressed")
    status, body, seconds = declared_post(live_server.url, p.PATH_BUNDLE_IMPORT, 200 * MB,
                                          bomb[:65536], headers)
    assert status == 413 and b"request.too_large" in body and seconds < 5
    # The city's command is bounded the same way.
    path = tmp_path / "bom.bvte"
    path.write_bytes(bomb)
    argv = ["import-bundle", "--db", live_server.db_url, str(path), "--out",
            str(tmp_path / "answer.bvte")]
    assert cli.main(argv) == 3
    assert MESSAGES["request.too_compressed"] in capsys.readouterr().err
    with path.open("r+b") as handle:  # 33 MB on disk, sparse: refused before it is read
        handle.truncate(bodies.BUNDLE.body + MB)
    assert cli.main(argv) == 3
    assert MESSAGES["request.too_large"] in capsys.readouterr().err
    assert not (tmp_path / "answer.bvte").exists()


# ---- the measurement ------------------------------------------------------------------------


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


@pytest.fixture(params=["sqlite", "postgresql"])
def own_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A server of its own, so its memory is this test's alone."""
    if request.param == "sqlite":
        server = LiveServer.start(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path)
        yield server
        server.stop()
        return
    with pg_database() as url:
        server = LiveServer.start(url, tmp_path)
        yield server
        server.stop()


# Polls the health endpoint every 20 ms from a process of its own, so what it measures is the
# server's answer, not this test's threads taking turns with it; prints each wait in seconds.
_HEALTH_POLLER = """
import json, os, sys, time
import requests
url, stop = sys.argv[1], sys.argv[2]
session, waits, failures = requests.Session(), [], []
while not os.path.exists(stop):
    started = time.perf_counter()
    try:
        if session.get(url, timeout=10).status_code != 200:
            failures.append("status")
    except requests.RequestException as exc:
        failures.append(type(exc).__name__)
    waits.append(time.perf_counter() - started)
    time.sleep(0.02)
print(json.dumps({"waits": waits, "failures": failures}))
"""


class _Watch:
    """The server's memory (VmRSS, polled from a thread) and health waits (from a process)."""

    def __init__(self, url: str, pid: int, folder: Path) -> None:
        self.url, self.pid, self.stop_file = url, pid, folder / "stop-polling"
        self.stop = threading.Event()
        self.rss_peak = 0
        self.waits: list[float] = []
        self.failures: list[str] = []
        self.thread = threading.Thread(target=self._memory, daemon=True)
        self.poller: subprocess.Popen | None = None

    def _memory(self) -> None:
        while not self.stop.is_set():
            self.rss_peak = max(self.rss_peak, _status_kb(self.pid, "VmRSS"))
            time.sleep(0.005)

    def __enter__(self) -> "_Watch":
        self.thread.start()
        self.poller = subprocess.Popen(
            [sys.executable, "-c", _HEALTH_POLLER, self.url + p.PATH_HEALTH,
             str(self.stop_file)], stdout=subprocess.PIPE, text=True)
        time.sleep(0.5)
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(0.3)
        self.stop.set()
        self.stop_file.touch()
        assert self.poller is not None
        out, _ = self.poller.communicate(timeout=30)
        polled = json.loads(out)
        self.waits, self.failures = polled["waits"], polled["failures"]
        self.thread.join(15)


def test_memory_and_health_hold_while_bombs_and_oversized_bodies_are_refused(
        own_server: LiveServer, login_bombs: dict[str, bytes], tmp_path: Path) -> None:
    server = own_server
    commune = server.new_commune()
    device = Device.enrol(server.url, server.new_officer(commune), PASSWORD, commune)
    text = _text_bomb(device)
    batch = p.body_json(device.batch(device.new("child")))
    many = batch[:-1] + b',"pad":[' + b"0," * 2_000_000 + b"0]}"
    deep = batch[:-1] + b',"pad":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    sends: list[tuple[str, Callable[[], object]]] = []

    def post(path: str, body: bytes, coding: str, code: str, headers: dict | None = None):
        sends.append((code, lambda: _post(server.url, path, body, coding, headers)))

    for _ in range(12):  # twelve login bombs at once, as in the incident, in each round
        post(p.PATH_LOGIN, login_bombs[p.ZSTD], p.ZSTD, "request.too_large")
    post(p.PATH_LOGIN, login_bombs[p.GZIP], p.GZIP, "request.too_large")
    for coding in (p.ZSTD, p.GZIP):
        post(p.PATH_PUSH, p.compress_body(text, coding), coding, "request.too_compressed",
             device.headers())
    post(p.PATH_PUSH, many, p.IDENTITY, "request.too_complex", device.headers())
    post(p.PATH_PUSH, deep, p.IDENTITY, "request.too_complex", device.headers())
    sends.append(("request.too_large", lambda: declared_post(
        server.url, p.PATH_LOGIN, 200 * MB, b"x" * 65536)))
    sends.append(("request.too_large", lambda: declared_post(
        server.url, p.PATH_PUSH, 200 * MB, b"x" * 65536, device.headers())))
    sends.append(("request.too_large", lambda: chunked_post(
        server.url, p.PATH_PUSH, 100 * MB, device.headers())))

    def check(code: str, answer: object) -> None:
        if isinstance(answer, requests.Response):
            _refused(answer, code)
        else:
            status, body = answer[0], answer[1]
            assert status == 413 and code.encode() in body

    with ThreadPoolExecutor(len(sends)) as pool:  # warm up: each kind once, as a round
        for code, future in [(code, pool.submit(send)) for code, send in sends]:
            check(code, future.result())
    pid = server.process.pid
    time.sleep(0.5)
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # the peak (VmHWM) starts from here
    idle = _status_kb(pid, "VmRSS")
    with _Watch(server.url, pid, tmp_path) as watch, ThreadPoolExecutor(len(sends)) as pool:
        for _ in range(3):
            futures = [(code, pool.submit(send)) for code, send in sends]
            for code, future in futures:
                check(code, future.result())
    peak = max(watch.rss_peak, _status_kb(pid, "VmHWM"))
    above = (peak - idle) / 1024
    longest = max(watch.waits) * 1000
    print(f"\n[{server.db_url.split(':')[0]}] idle {idle / 1024:.0f} MB, peak {above:.0f} MB "
          f"above idle, longest health wait {longest:.0f} ms over {len(watch.waits)} checks")
    assert not watch.failures
    assert len(watch.waits) > 10
    assert above <= 200, f"{above:.0f} MB above idle"
    assert longest <= 200, f"a health check waited {longest:.0f} ms"
    # Still serving: an ordinary login is answered.
    assert _post(server.url, p.PATH_LOGIN, p.body_json(
        {"username": "khong.co", "password": "sai"})).status_code == 401
