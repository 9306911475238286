"""One serial background worker for service calls; results come back on the main thread."""

import collections
import itertools
import logging
import queue
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

log = logging.getLogger(__name__)

Report = Callable[[Any], None]


class TaskCancelled(Exception):
    """Raised by a cancelled task's `report` on the worker, so long work stops at its next step.

    Work stopped this way has the effect of any other failure: its transaction rolls back, and
    the sync engine, for one, is built to resume from there.
    """


@dataclass(eq=False)
class Task:
    """A handle on one submitted call; cancel() drops its result instead of delivering it.

    The task holds the callable too, on the GUI thread, so the worker's reference to it is never
    the last: whatever the call captured (widgets, models) is released where it was made.
    """

    id: int
    fn: Callable[..., Any] | None = field(repr=False)
    on_done: Callable[[Any], None] | None = field(repr=False)
    on_error: Callable[[Exception], None] | None = field(repr=False)
    on_progress: Callable[[Any], None] | None = field(repr=False)
    context: QObject | None = field(repr=False)
    announce: Callable[[], None] | None = field(default=None, repr=False)
    stop: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def cancelled(self) -> bool:
        return self.stop.is_set()

    def cancel(self) -> None:
        """Deliver nothing more; a task with progress also stops at its next report."""
        self.stop.set()


class _Mailbox(QObject):
    """The only Qt object a worker thread touches: made on the GUI thread and never deleted.

    Workers never emit on a runner, a page or a dialog, any of which the GUI thread may delete
    while the worker is still running; they leave plain tuples in `_letters` and ring this bell.
    """

    ring = Signal()


# (runner key, task id, kind, payload): appended by workers, drained on the GUI thread.
_letters: collections.deque[tuple[int, int, str, Any]] = collections.deque()
_rung = threading.Lock()  # held while a ring is on its way: one queued event at a time
_mailbox: _Mailbox | None = None
_runners: "weakref.WeakValueDictionary[int, TaskRunner]" = weakref.WeakValueDictionary()
_keys = itertools.count(1)


def _post(key: int, task_id: int, kind: str, payload: Any) -> None:
    """Hand a result or a progress value to the GUI thread; safe from any thread."""
    _letters.append((key, task_id, kind, payload))
    # Appended before the test: a drain that already ran clears the flag before reading the
    # deque, so either it sees this letter or this call rings again.
    mailbox = _mailbox  # made on the GUI thread before any worker starts
    if mailbox is not None and _rung.acquire(blocking=False):
        mailbox.ring.emit()


def _drain() -> None:
    _rung.release()
    pending: list[tuple[int, int, str, Any]] = []
    while _letters:
        pending.append(_letters.popleft())
    failure: BaseException | None = None
    for key, task_id, kind, payload in pending:
        runner = _runners.get(key)
        try:
            if runner is not None:
                runner._receive(task_id, kind, payload)
        except BaseException as exc:
            # One failing callback must not strand the results queued behind it.
            failure = failure or exc
    if failure is not None:
        raise failure


def _ensure_mailbox() -> None:
    global _mailbox
    if _mailbox is None:
        app = QCoreApplication.instance()
        if app is None or app.thread() is not QThread.currentThread():
            raise RuntimeError("a TaskRunner must be made on the GUI thread after the app")
        _mailbox = _Mailbox()
        _mailbox.setObjectName("bvte-worker-mailbox")
        _mailbox.ring.connect(_drain, Qt.ConnectionType.QueuedConnection)


class _Work:
    """What one worker thread shares with its runner: the queue of calls and the idle count."""

    def __init__(self) -> None:
        self.inbox: queue.SimpleQueue[tuple[int, Callable[..., Any], Report | None] | None] = (
            queue.SimpleQueue()
        )
        self.idle = threading.Condition()
        self.pending = 0

    def add(self) -> None:
        with self.idle:
            self.pending += 1

    def finished(self, count: int = 1) -> None:
        with self.idle:
            self.pending -= count
            if self.pending <= 0:
                self.idle.notify_all()

    def drop_queued(self) -> None:
        """Take back calls not yet started (on the GUI thread, so their captures die there)."""
        dropped = 0
        while True:
            try:
                item = self.inbox.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                dropped += 1
        if dropped:
            self.finished(dropped)

    def stop(self) -> None:
        self.drop_queued()
        self.inbox.put(None)


def _serve(work: _Work, key: int) -> None:
    """The worker thread: one call at a time; it keeps no reference once a result is posted."""
    while True:
        item = work.inbox.get()
        if item is None:
            return
        task_id, fn, report = item
        item = None
        value: Any = None
        try:
            value = fn(report) if report is not None else fn()
            outcome: tuple[str, Any] = ("done", value)
        except BaseException as exc:  # a call that raises must not end the worker
            outcome = ("error", exc)
        fn = report = value = None
        _post(key, task_id, *outcome)
        outcome = ("", None)
        work.finished()


class TaskRunner(QObject):
    """Runs callables one at a time on a single worker thread (database work must be serial).

    `run(fn, on_done, on_error)` returns at once; `on_done(result)` or `on_error(exception)` is
    later called on the thread that owns the runner (the GUI thread). Only plain data should
    cross back: the callable opens and closes its own unit of work. The worker thread never
    touches a widget and never releases what a call captured (see `Task`), so closing a window
    while its work is queued or running is safe.
    """

    busy_changed = Signal(bool)
    # Emitted once by shutdown(): whatever asks for work on a timer stops asking.
    closing = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        _ensure_mailbox()
        self._key = next(_keys)
        _runners[self._key] = self
        self._work = _Work()
        self._tasks: dict[int, Task] = {}
        self._ids = itertools.count(1)
        self._closed = False
        # One long-lived thread, so SQLite connections are always used from the same thread.
        # It holds no reference to the runner: a runner dropped without shutdown() still stops it.
        self._thread = threading.Thread(
            target=_serve, args=(self._work, self._key), name="bvte-worker", daemon=True
        )
        self._thread.start()
        weakref.finalize(self, self._work.stop)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        context: QObject | None = None,
        announce: Callable[[], None] | None = None,
    ) -> Task:
        """Queue `fn`; callbacks are skipped if `context` (a widget, a model) is deleted first.

        `announce` is called on a success before `on_done`, even when `context` is gone, but not
        for a cancelled task: what a write changed is told to every page, whoever asked for it.
        """
        return self._submit(fn, on_done, on_error, None, context, announce)

    def run_with_progress(
        self,
        fn: Callable[[Report], Any],
        on_progress: Callable[[Any], None],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        context: QObject | None = None,
        announce: Callable[[], None] | None = None,
    ) -> Task:
        """Queue `fn(report)`: each `report(value)`, from any thread, reaches `on_progress`.

        Progress is delivered on the GUI thread in order and never after the result; the
        reporting thread touches no Qt object.
        """
        return self._submit(fn, on_done, on_error, on_progress, context, announce)

    def _submit(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_progress: Callable[[Any], None] | None,
        context: QObject | None,
        announce: Callable[[], None] | None = None,
    ) -> Task:
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        task = Task(next(self._ids), fn, on_done, on_error, on_progress, context, announce)
        self._tasks[task.id] = task
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        report = None
        if on_progress is not None:
            key, task_id, stop, worker = self._key, task.id, task.stop, self._thread

            def report(value: Any) -> None:
                # Other threads of the work (a watchdog, a fetcher) only report; the worker stops.
                if stop.is_set() and threading.current_thread() is worker:
                    raise TaskCancelled
                _post(key, task_id, "progress", value)

        self._work.add()
        self._work.inbox.put((task.id, fn, report))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        """Cancel every task not yet delivered: queued work still runs, results are dropped."""
        for task in self._tasks.values():
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle (results may still be queued); False on timeout."""
        timeout = None if timeout_ms < 0 else timeout_ms / 1000
        with self._work.idle:
            return self._work.idle.wait_for(lambda: self._work.pending <= 0, timeout)

    def shutdown(self) -> None:
        """Drop queued calls, wait for the running one and deliver nothing more."""
        if self._closed:
            return
        self._closed = True
        self.closing.emit()
        self._work.stop()
        self._thread.join()
        self._tasks.clear()

    def _receive(self, task_id: int, kind: str, payload: Any) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        if kind == "progress":
            task = self._tasks.get(task_id)
            if task is not None and task.on_progress is not None and self._wanted(task):
                task.on_progress(payload)
            return
        self._deliver(task_id, kind == "done", payload)

    def _wanted(self, task: Task) -> bool:
        if task.cancelled:
            return False
        return task.context is None or shiboken6.isValid(task.context)

    def _deliver(self, task_id: int, ok: bool, payload: Any) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        if not self._tasks:
            self.busy_changed.emit(False)
        if task.cancelled:
            return
        if ok and task.announce is not None:
            # Told first, and even when the asker is gone: what it wrote changed for everyone.
            task.announce()
        if not self._wanted(task):
            return
        if ok:
            if task.on_done is not None:
                task.on_done(payload)
        elif task.on_error is not None:
            task.on_error(payload)
        else:
            # Nobody expected this call to fail, so it is a bug: surface it, do not swallow it.
            raise payload
