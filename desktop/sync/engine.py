"""One sync: push the outbox in batches, pull (or bootstrap), then verify checksums and repair."""

import logging
import time
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from desktop.protocol import (
    MAX_PULL_LIMIT,
    ChecksumReply,
    PulledRow,
    SnapshotRequest,
    TableChecksum,
)
from desktop.storage.store import Store
from desktop.sync import apply, checksums, held, officers, outbox, settings
from desktop.sync.checksums import VerifyReport
from desktop.sync.client import SyncClient
from desktop.sync.errors import SyncError
from desktop.sync.outbox import PushOutcome
from desktop.sync.retry import Backoff, Watchdog, with_retries
from desktop.sync.snapshot_load import ReadyPage, SnapshotLoad

T = TypeVar("T")
log = logging.getLogger(__name__)

# A sync that moved nothing skips the checksum request unless the last check is this old.
VERIFY_EVERY = timedelta(hours=20)
WATCHDOG_SECONDS = 120.0


@dataclass(frozen=True)
class Progress:
    """What is happening now: stage (push, pull, snapshot, verify, repair, retry, stalled)."""

    stage: str
    done: int = 0
    total: int | None = None
    detail: str = ""


@dataclass
class SyncReport:
    pushed: PushOutcome = field(default_factory=PushOutcome)
    pulled: int = 0
    pages: int = 0
    bootstrapped: bool = False
    verify: VerifyReport = field(default_factory=VerifyReport)
    retries: int = 0
    stalls: int = 0
    finished_at: datetime | None = None
    # Rows from the server this PC cannot read, held back (listed with the refused changes).
    held: int = 0


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: SyncClient,
        *,
        progress: Callable[[Progress], None] | None = None,
        backoff: Backoff | None = None,
        attempts: int = 6,
        sleep: Callable[[float], None] = time.sleep,
        pull_limit: int = MAX_PULL_LIMIT,
        watchdog_seconds: float = WATCHDOG_SECONDS,
        force_verify: bool = False,
    ) -> None:
        self.store = store
        self.client = client
        self._progress = progress or (lambda _p: None)
        self.backoff = backoff or Backoff()
        self.attempts = attempts
        self.sleep = sleep
        self.pull_limit = pull_limit
        self.watchdog_seconds = watchdog_seconds
        self.force_verify = force_verify
        self.report = SyncReport()
        self._watchdog: Watchdog | None = None
        self._held: list[PulledRow] = []
        self._checksums_ahead: Future[ChecksumReply] | None = None
        self._known_sums: dict[str, TableChecksum] = {}
        self._held_now = 0  # rows held back by this sync's pull (see held.py)

    # ---- plumbing ----------------------------------------------------------------------

    def _tell(self, stage: str, done: int = 0, total: int | None = None, detail: str = "") -> None:
        if self._watchdog is not None:
            self._watchdog.beat()
        self._progress(Progress(stage, done, total, detail))

    def _net(self, call: Callable[[], T]) -> T:
        def retrying(exc: SyncError, wait: float) -> None:
            self.report.retries += 1
            self._tell("retry", detail=f"{exc.code}:{wait:.1f}")

        return with_retries(
            call, backoff=self.backoff, attempts=self.attempts, sleep=self.sleep, on_retry=retrying
        )

    def _stalled(self, seconds: float) -> None:
        self.report.stalls += 1
        self._progress(Progress("stalled", detail=f"{seconds:.0f}"))

    # ---- the whole sync ----------------------------------------------------------------

    def run(self) -> SyncReport:
        with Watchdog(self.watchdog_seconds, self._stalled) as dog:
            self._watchdog = dog
            try:
                self.take_accounts()
                self.push()
                _, bootstrapped = self._cursor()
                if not bootstrapped:
                    self.bootstrap()
                else:
                    self.pull()
                self.store.refresh_officer()
                if self._should_verify():
                    self.report.verify = self.verify()
                else:
                    self.report.verify.skipped_reason = "nothing changed"
                self._finish()
            finally:
                self._watchdog = None
                self._known_sums = {}
                ahead, self._checksums_ahead = self._checksums_ahead, None
                if ahead is not None:
                    # Not used (the check was skipped or the sync failed): let it end before
                    # this sync does, so nothing else uses the client meanwhile.
                    futures.wait([ahead])
        return self.report

    def _cursor(self) -> tuple[int, bool]:
        with self.store.unit_of_work(write=False) as uow:
            return apply.load_cursor(uow.session, self.store.commune_code)

    def _should_verify(self) -> bool:
        if self.force_verify or self.report.pushed.applied or self.report.pulled or self._held_now:
            return True
        if self.report.pushed.merged or self.report.pushed.conflicts or self.report.bootstrapped:
            return True
        with self.store.unit_of_work(write=False) as uow:
            last = settings.get(uow.session, settings.LAST_VERIFY)
        if not last:
            return True
        return datetime.now(UTC) - datetime.fromisoformat(last) > VERIFY_EVERY

    def _finish(self) -> None:
        now = datetime.now(UTC)
        self.report.finished_at = now
        with self.store.unit_of_work() as uow:
            self.report.held = held.count(uow.session)
            settings.put(uow.session, settings.LAST_SUCCESS, now.isoformat(timespec="seconds"))
            settings.put(uow.session, settings.LAST_ERROR, "")
            if self.report.verify.compared:
                settings.put(uow.session, settings.LAST_VERIFY, now.isoformat(timespec="seconds"))

    # ---- officers ----------------------------------------------------------------------

    def take_accounts(self) -> None:
        """Before an officer made here is first sent, the commune's officers come: one of the
        same username is this officer's account, taken before anything leaves under a second
        id (see officers.py). An older server without the list leaves it to the pull."""
        with self.store.unit_of_work(write=False) as uow:
            if not officers.waiting(uow.session):
                return
        try:
            reply = self._net(self.client.officers)
        except SyncError as exc:
            if exc.status == 404:
                return
            raise
        with self.store.unit_of_work() as uow, apply.guarded(uow.session):
            apply.apply_rows(uow.session, reply.rows, self.store.device_id)
        self.store.refresh_officer()

    # ---- push --------------------------------------------------------------------------

    def _freeze(self, after: str | None = None):
        with self.store.unit_of_work() as uow:
            return outbox.next_batch(
                uow.session,
                device_id=self.client.credentials.device_id,
                commune_code=self.store.commune_code,
                after=after,
            )

    def push(self) -> PushOutcome:
        """Batches go one after another, in order; the next is frozen while one travels."""
        sent = 0
        with self.store.unit_of_work(write=False) as uow:
            total = outbox.pending_count(uow.session)
        self._tell("push", 0, total)
        batch = self._freeze()
        if batch is None:
            return self.report.pushed
        with ThreadPoolExecutor(1, thread_name_prefix="sync-send") as sender:
            on_wire = sender.submit(self._net, lambda b=batch: self.client.push(b))
            # A batch holding every pending change leaves nothing to freeze behind it; edits
            # made while it travels go with the next sync.
            following = self._freeze(after=batch.batch_id) if len(batch.changes) < total else None
            while batch is not None:
                reply = on_wire.result()
                if following is not None:
                    # Sent only once the previous reply is in, so the server sees them in order.
                    on_wire = sender.submit(self._net, lambda b=following: self.client.push(b))
                # One transaction settles this batch and freezes the one after the next, both
                # while the next travels.
                with self.store.unit_of_work() as uow:
                    self.report.pushed.add(outbox.settle(uow.session, batch, reply))
                    after_next = (
                        outbox.next_batch(
                            uow.session,
                            device_id=self.client.credentials.device_id,
                            commune_code=self.store.commune_code,
                            after=following.batch_id,
                        )
                        if following is not None
                        else None
                    )
                sent += len(batch.changes)
                self._tell("push", sent, max(total, sent))
                batch, following = following, after_next
        return self.report.pushed

    # ---- pull --------------------------------------------------------------------------

    def _apply_page(
        self, rows: list[PulledRow], conflicts: list, advance: int, hold: int, bootstrapped: bool
    ) -> int:
        """Apply what can be applied now (parents present) and keep the rest for the next
        page; the cursor saved in the same transaction stays at `hold` while rows wait, so a
        crash re-pulls them instead of leaving a gap."""
        with self.store.unit_of_work() as uow, apply.guarded(uow.session):
            # Unreadable rows first, so neither they nor their children wait for a parent.
            readable, count = held.set_aside(uow.session, self._held + rows)
            self._held_now += count
            ready, self._held = apply.split_ready(uow.session, readable)
            written = apply.apply_rows(uow.session, ready, self.store.device_id, checked=True)
            for conflict in conflicts:
                apply.store_conflict(uow.session, conflict)
            cursor = hold if self._held else advance
            apply.save_cursor(uow.session, self.store.commune_code, cursor, bootstrapped)
        return written

    def _orphans(self) -> None:
        if self._held:
            count = len(self._held)
            self._held = []
            log.error(
                "%d pulled rows have no parent on the server",
                count,
                extra={"code": "sync.orphan_rows"},
            )
            raise SyncError("sync.orphan_rows", detail=str(count))

    def pull(self) -> int:
        cursor, _ = self._cursor()
        safe = cursor
        self._tell("pull", 0)
        with ThreadPoolExecutor(1, thread_name_prefix="sync-fetch") as fetcher:
            ahead = fetcher.submit(self._net, lambda c=cursor: self.client.pull(c, self.pull_limit))
            while True:
                page = ahead.result()
                if page.has_more:
                    # The next page travels while this one is written.
                    nxt = page.next_cursor
                    ahead = fetcher.submit(
                        self._net, lambda c=nxt: self.client.pull(c, self.pull_limit)
                    )
                if not self._held:
                    safe = cursor
                self.report.pulled += self._apply_page(
                    page.rows, page.conflicts, page.next_cursor, safe, True
                )
                self.report.pages += 1
                cursor = page.next_cursor
                self._tell("pull", self.report.pulled, detail=str(cursor))
                if not page.has_more:
                    self._orphans()
                    return cursor

    def bootstrap(self) -> int:
        """A new PC: the commune's current rows, then the pull cursor they match.

        One transaction: a bootstrap cut short leaves nothing behind and the next sync starts
        it again. Each page is fetched and made ready for SQLite on another thread while the
        one before it is written (see SnapshotLoad).
        """
        self._tell("snapshot", 0)
        with (
            ThreadPoolExecutor(1, thread_name_prefix="sync-fetch") as fetcher,
            self.store.unit_of_work() as uow,
            apply.guarded(uow.session),
            SnapshotLoad(uow.session, self.store.device_id) as load,
        ):

            def fetch(request: SnapshotRequest) -> Future[ReadyPage]:
                return fetcher.submit(
                    lambda: load.prepare(self._net(lambda: self.client.snapshot(request)))
                )

            limit = self.pull_limit
            ahead = fetch(SnapshotRequest(limit=limit))
            while True:
                page = (ready := ahead.result()).page
                if page.has_more:
                    ahead = fetch(SnapshotRequest(page.next_page_token, page.cursor, limit))
                else:
                    # The server adds up its checksums while this PC finishes writing.
                    self._checksums_ahead = fetcher.submit(self._net, self.client.checksums)
                self.report.pulled += load.write(ready)
                self.report.pages += 1
                self._tell("snapshot", self.report.pulled)
                if not page.has_more:
                    break
            orphans = load.finish()
            self._known_sums = load.checksums()
            # Rows left out for want of a parent keep the cursor from counting as bootstrapped.
            apply.save_cursor(uow.session, self.store.commune_code, page.cursor, not orphans)
        if orphans:
            raise SyncError("sync.orphan_rows", detail=str(orphans))
        self.report.bootstrapped = True
        return page.cursor

    # ---- verify and repair -------------------------------------------------------------

    def verify(self, rounds: int = 3) -> VerifyReport:
        report = VerifyReport()
        with self.store.unit_of_work(write=False) as uow:
            if outbox.pending_count(uow.session):
                report.skipped_reason = "changes waiting"
                return report
        self._tell("verify")
        for _ in range(rounds):
            with ThreadPoolExecutor(1, thread_name_prefix="sync-check") as asker:
                # The server adds up its side while this PC adds up its own.
                asked = self._checksums_ahead or asker.submit(self._net, self.client.checksums)
                self._checksums_ahead = None
                with self.store.unit_of_work(write=False) as uow:
                    # Sums taken while a new PC wrote its rows hold until anything is pulled.
                    quick = checksums.quick_checksums(uow.session, self._known_sums)
                self._known_sums = {}
                remote = asked.result()
            cursor, _ = self._cursor()
            if remote.cursor > cursor:
                self.pull()  # someone else synced meanwhile; catch up, then compare again
                continue
            report.compared = True
            with self.store.unit_of_work(write=False) as uow:
                report.mismatched_tables = checksums.confirmed_mismatches(
                    uow.session, quick, remote
                )
            break
        else:
            report.skipped_reason = "server kept moving"
            return report
        if report.mismatched_tables:
            log.warning(
                "checksum mismatch in %s",
                ", ".join(report.mismatched_tables),
                extra={"code": "sync.checksum_mismatch"},
            )
            self._repair(report)
        return report

    def _repair(self, report: VerifyReport) -> None:
        """Re-fetch every local row of each mismatched table; if still off, re-pull from zero."""
        for table in report.mismatched_tables:
            with self.store.unit_of_work(write=False) as uow:
                ids = checksums.row_ids(uow.session, table)
            for part in checksums.chunks(ids):
                reply = self._net(lambda t=table, p=part: self.client.rows(t, p))
                with self.store.unit_of_work() as uow, apply.guarded(uow.session):
                    report.repaired_rows += apply.apply_rows(
                        uow.session, reply.rows, self.store.device_id
                    )
                self._tell("repair", report.repaired_rows, detail=table)
        remote = self._net(self.client.checksums)
        with self.store.unit_of_work(write=False) as uow:
            still = checksums.differing_tables(uow.session, remote)
        if still:
            report.full_repull = True
            with self.store.unit_of_work() as uow:
                apply.save_cursor(uow.session, self.store.commune_code, 0, True)
            self.pull()
            remote = self._net(self.client.checksums)
            with self.store.unit_of_work(write=False) as uow:
                still = checksums.differing_tables(uow.session, remote)
        report.still_mismatched = still
