"""A fault-injecting HTTP proxy on loopback: drops, delays, truncates, duplicates, 500 and 429.

Each request gets one fate, from a script (for a test that needs a given fault at a given
request) or drawn from a seeded random generator (for the chaos test).
"""

import http.client
import random
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FATES = (
    "ok",
    "drop_request",  # the connection dies before the server sees anything
    "lose_reply",  # the server did the work, the answer never arrives
    "delay",
    "truncate",  # half the answer, then the line goes dead
    "duplicate",  # the request reaches the server twice
    "error_500",  # a 500 before the server sees it
    "error_500_after",  # the server did the work, the client sees 500
    "throttle_429",
)
_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection"}


class FaultyProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int = 0,
        fault_rate: float = 0.0,
        delay: float = 0.05,
    ) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.delay = delay
        self.retry_after = "0"  # what a 429 answer asks the client to wait, in seconds
        self.script: list[tuple[str, str]] = []  # (path prefix, fate) used first, in order
        self.seen: Counter[str] = Counter()
        self.answered: Counter[str] = Counter()  # requests answered in full, by path
        self.received: Counter[str] = Counter()  # requests that arrived, by path
        self.slow: dict[str, float] = {}  # path prefix -> seconds added to every such request
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _any(self) -> None:
                proxy._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "FaultyProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def plan(self, path_prefix: str, fate: str) -> None:
        self.script.append((path_prefix, fate))

    def _fate(self, path: str) -> str:
        with self._lock:
            for i, (prefix, fate) in enumerate(self.script):
                if path.startswith(prefix):
                    del self.script[i]
                    return fate
            if self.rng.random() >= self.fault_rate:
                return "ok"
            return self.rng.choice(FATES[1:])

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, list, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=60)
        try:
            headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP}
            conn.request(handler.command, handler.path, body=body or None, headers=headers)
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        fate = self._fate(handler.path)
        with self._lock:
            self.seen[fate] += 1
            self.received[handler.path] += 1
        handler.close_connection = True
        if fate == "drop_request":
            handler.connection.close()
            return
        if fate == "error_500":
            self._reply(handler, 500, [], b'{"code":"server.error","message":"x"}')
            return
        if fate == "throttle_429":
            self._reply(
                handler, 429, [("Retry-After", self.retry_after)], b'{"code":"busy","message":"x"}'
            )
            return
        if fate == "delay":
            time.sleep(self.delay * (1 + self.rng.random()))
        for prefix, seconds in self.slow.items():
            if handler.path.startswith(prefix):
                time.sleep(seconds)
        if fate == "duplicate":
            self._forward(handler, body)
        status, headers, payload = self._forward(handler, body)
        if fate == "lose_reply":
            handler.connection.close()
            return
        if fate == "error_500_after":
            self._reply(handler, 500, [], b'{"code":"server.error","message":"x"}')
            return
        if fate == "truncate":
            self._reply(handler, status, headers, payload, cut=True)
            return
        self._reply(handler, status, headers, payload)
        with self._lock:
            self.answered[handler.path] += 1

    @staticmethod
    def _reply(
        handler: BaseHTTPRequestHandler,
        status: int,
        headers: list,
        payload: bytes,
        cut: bool = False,
    ) -> None:
        try:
            handler.send_response(status)
            for name, value in headers:
                if name.lower() not in _HOP:
                    handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(payload)))
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(payload[: len(payload) // 2] if cut else payload)
            handler.wfile.flush()
        except OSError:
            pass
        if cut:
            handler.connection.close()
