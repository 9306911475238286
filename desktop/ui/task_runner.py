"""One serial background worker for service calls; results come back on the main thread."""

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Task:
    """A handle on one submitted call; cancel() drops its result instead of delivering it."""

    id: int
    on_done: Callable[[Any], None] | None = field(repr=False)
    on_error: Callable[[Exception], None] | None = field(repr=False)
    context: QObject | None = field(repr=False)
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class TaskRunner(QObject):
    """Runs callables one at a time on a single worker thread (database work must be serial).

    `run(fn, on_done, on_error)` returns at once; `on_done(result)` or `on_error(exception)` is
    later called on the thread that owns the runner (the GUI thread). Only plain data should
    cross back: the callable opens and closes its own unit of work.
    """

    # (task id, succeeded, result or exception); emitted by the worker thread.
    _finished = Signal(int, bool, object)
    busy_changed = Signal(bool)
    # Emitted once by shutdown(): whatever asks for work on a timer stops asking.
    closing = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Not a Qt child: the pool must outlive every emit of _finished, so shutdown() owns it.
        self._pool = QThreadPool()
        self._pool.setObjectName("bvte-worker")
        self._pool.setMaxThreadCount(1)
        # One long-lived thread, so SQLite connections are always used from the same thread.
        self._pool.setExpiryTimeout(-1)
        self._tasks: dict[int, Task] = {}
        self._ids = itertools.count(1)
        self._closed = False
        # Queued explicitly: the emitting thread is the worker, and the slot must run here.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> Task:
        """Queue `fn`; callbacks are skipped if `context` (a widget, a model) is deleted first."""
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        task = Task(next(self._ids), on_done, on_error, context)
        self._tasks[task.id] = task
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        finished = self._finished

        def job() -> None:
            try:
                result = fn()
            except Exception as exc:
                outcome: tuple[bool, Any] = (False, exc)
            else:
                outcome = (True, result)
            try:
                finished.emit(task.id, *outcome)
            except RuntimeError:
                # The runner's C++ side is gone (shutdown skipped at exit); nobody is listening.
                log.debug("task %s finished after its runner was deleted", task.id)

        # A plain callable, not a QRunnable subclass: Qt owns and deletes the runnable it wraps
        # it in, so no Python wrapper can be collected early or deleted twice.
        self._pool.start(job)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle (results may still be queued); False on timeout."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self) -> None:
        """Drop queued calls, wait for the running one and deliver nothing more."""
        if self._closed:
            return
        self._closed = True
        self.closing.emit()
        self._pool.clear()
        self._pool.waitForDone()
        self._tasks.clear()

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: Any) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None or self._closed:
            return
        if not self._tasks:
            self.busy_changed.emit(False)
        if task.cancelled:
            return
        if task.context is not None and not shiboken6.isValid(task.context):
            return
        if ok:
            if task.on_done is not None:
                task.on_done(payload)
        elif task.on_error is not None:
            task.on_error(payload)
        else:
            # Nobody expected this call to fail, so it is a bug: surface it, do not swallow it.
            raise payload
