"""Retries with exponential backoff and jitter (honouring Retry-After), and a stall watchdog."""

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from desktop.sync.errors import SyncError

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class Backoff:
    """Delay before attempt n+1: base * 2**n capped, with jitter, never below Retry-After."""

    base: float = 0.5
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** max(0, failures - 1)))
        # "Equal jitter": half fixed, half random, so a crowd of PCs spreads out.
        wait = ceiling / 2 + self.rng.random() * ceiling / 2
        if retry_after is not None:
            wait = max(wait, retry_after)
        return wait


def with_retries(
    call: Callable[[], T],
    *,
    backoff: Backoff,
    attempts: int,
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[SyncError, float], None] | None = None,
) -> T:
    """Run `call`, repeating it after a retryable SyncError; the last error is raised."""
    failures = 0
    while True:
        try:
            return call()
        except SyncError as exc:
            failures += 1
            if not exc.retryable or failures >= attempts:
                raise
            wait = backoff.delay(failures, exc.retry_after)
            log.info("sync retry %d after %s in %.1fs", failures, exc.code, wait)
            if on_retry is not None:
                on_retry(exc, wait)
            sleep(wait)


class Watchdog:
    """Calls `on_stall(seconds)` once per stall when `beat()` has not been called for `limit`."""

    def __init__(self, limit: float, on_stall: Callable[[float], None], tick: float = 1.0) -> None:
        self.limit = limit
        self.on_stall = on_stall
        self.tick = tick
        self._last = time.monotonic()
        self._reported = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="sync-watchdog", daemon=True)
        self.stalls = 0

    def beat(self) -> None:
        self._last = time.monotonic()
        self._reported = False

    def __enter__(self) -> "Watchdog":
        self.beat()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _watch(self) -> None:
        while not self._stop.wait(self.tick):
            idle = time.monotonic() - self._last
            if idle >= self.limit and not self._reported:
                self._reported = True
                self.stalls += 1
                log.warning("sync made no progress for %.0fs", idle, extra={"code": "sync.stalled"})
                self.on_stall(idle)
