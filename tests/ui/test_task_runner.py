"""The task runner: serial work, results on the GUI thread, nothing of the GUI freed elsewhere."""

import gc
import threading
import time
import weakref
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.ui.task_runner import TaskCancelled, TaskRunner


class _Witness:
    """Notes the thread it is freed on: whatever a call captured must die on the GUI thread."""

    freed_on: list[str] = []

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _settle(qtbot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_what_a_call_captured_is_freed_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    # The worker used to drop the last reference to the call after delivering its result, so a
    # widget or model captured by it could be destroyed on the worker: Qt crashes on that.
    _Witness.freed_on = []
    results: list[int] = []
    for n in range(200):
        witness = _Witness()
        runner.run(lambda w=witness, n=n: (w, n)[1], results.append)
        del witness
    _settle(qtbot, runner)
    gc.collect()
    assert sorted(results) == list(range(200))
    assert results == list(range(200)), "results arrive in the order the calls were made"
    assert len(_Witness.freed_on) == 200
    assert set(_Witness.freed_on) == {threading.main_thread().name}


def test_a_failing_call_frees_its_captures_and_traceback_on_the_gui_thread(
    qtbot, runner: TaskRunner
) -> None:
    _Witness.freed_on = []
    errors: list[str] = []

    def fail(witness: _Witness) -> None:
        local = witness  # the traceback's frame holds it too
        raise ValueError(type(local).__name__)

    for _ in range(50):
        witness = _Witness()
        runner.run(lambda w=witness: fail(w), on_error=lambda exc: errors.append(str(exc)))
        del witness
    _settle(qtbot, runner)
    gc.collect()
    assert errors == ["_Witness"] * 50
    assert set(_Witness.freed_on) == {threading.main_thread().name}


def test_widgets_captured_by_queued_calls_survive_their_window_closing(
    qtbot, runner: TaskRunner
) -> None:
    # A window deleted while calls that captured its widgets are queued or running: no crash,
    # no callback, and the captured wrappers are let go on the GUI thread.
    delivered: list[Any] = []
    for _ in range(30):
        window = QWidget()
        label = QLabel("…", window)
        for _ in range(5):
            runner.run(lambda lab=label: time.sleep(0.001), delivered.append, context=label)
        shiboken6.delete(window)
        del window, label
        QApplication.processEvents()
    _settle(qtbot, runner)
    gc.collect()
    assert delivered == []


def test_progress_from_any_thread_arrives_in_order_before_the_result(
    qtbot, runner: TaskRunner
) -> None:
    seen: list[Any] = []
    threads: set[str] = set()

    def work(report) -> str:
        report(1)
        helper = threading.Thread(target=lambda: report(2), name="fetcher")
        helper.start()
        helper.join()
        report(3)
        return "done"

    def progressed(value: int) -> None:
        threads.add(threading.current_thread().name)
        seen.append(value)

    runner.run_with_progress(work, progressed, seen.append)
    _settle(qtbot, runner)
    assert seen == [1, 2, 3, "done"]
    assert threads == {threading.main_thread().name}


def test_a_cancelled_task_stops_at_its_next_report_and_delivers_nothing(
    qtbot, runner: TaskRunner
) -> None:
    started, steps, outcome = threading.Event(), [], []

    stopped: list[str] = []

    def work(report) -> None:
        started.set()
        try:
            for step in range(1000):
                time.sleep(0.005)
                steps.append(step)
                report(step)
        except TaskCancelled:
            stopped.append(threading.current_thread().name)
            raise
        outcome.append("finished")

    task = runner.run_with_progress(work, lambda _v: None, outcome.append, outcome.append)
    assert started.wait(5)
    task.cancel()
    assert runner.wait(10_000)
    _settle(qtbot, runner)
    assert len(steps) < 1000 and outcome == []
    assert stopped == ["bvte-worker"]


def test_a_callback_that_fails_does_not_strand_the_results_behind_it(
    qtbot, runner: TaskRunner
) -> None:
    gate = threading.Event()
    delivered: list[int] = []

    def boom(_value: object) -> None:
        raise RuntimeError("a bug in a callback")

    runner.run(gate.wait, boom)
    for n in range(3):
        runner.run(lambda n=n: n, delivered.append)
    with qtbot.captureExceptions() as raised:
        gate.set()
        _settle(qtbot, runner)
    assert delivered == [0, 1, 2]
    assert [str(exc) for _, exc, _ in raised] == ["a bug in a callback"]


def test_shutdown_drops_queued_calls_on_the_gui_thread_and_waits_for_the_running_one(
    qapp: QApplication,
) -> None:
    _Witness.freed_on = []
    runner = TaskRunner()
    started, gate, ran = threading.Event(), threading.Event(), []

    def first() -> None:
        started.set()
        gate.wait(5)
        ran.append("first")

    runner.run(first)
    for _ in range(5):
        witness = _Witness()
        runner.run(lambda w=witness: ran.append("queued"))
        del witness
    assert started.wait(5)
    threading.Timer(0.1, gate.set).start()
    runner.shutdown()
    gc.collect()
    assert ran == ["first"]
    assert _Witness.freed_on == [threading.main_thread().name] * 5
    with pytest.raises(RuntimeError):
        runner.run(lambda: None)


def test_a_runner_dropped_without_shutdown_ends_its_thread(qapp: QApplication) -> None:
    runner = TaskRunner()
    runner.run(lambda: None)
    assert runner.wait(5_000)
    thread = runner._thread
    gone = weakref.ref(runner)
    del runner
    gc.collect()
    assert gone() is None
    thread.join(5)
    assert not thread.is_alive()


def test_results_for_a_deleted_runner_are_dropped(qtbot, qapp: QApplication) -> None:
    parent = QObject()
    runner = TaskRunner(parent)
    gate, delivered = threading.Event(), []
    runner.run(gate.wait, delivered.append)
    parent.deleteLater()
    QApplication.processEvents()
    gate.set()
    assert runner.wait(5_000)
    qtbot.wait(50)
    assert delivered == []
