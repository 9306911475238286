"""Fixtures for the case screens' tests (loaded with pytest_plugins): clock, register, context."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.context import AppContext, AppSignals
from desktop.ui.task_runner import TaskRunner
from tests.services.case_helpers import Clock, make_store


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path, clock: Clock) -> Iterator[AppContext]:
    store = make_store(tmp_path / "register", clock)
    runner = TaskRunner()
    context = AppContext(
        store=store, runner=runner, lang="vi", officer=store.officer, signals=AppSignals()
    )
    yield context
    runner.shutdown()
    store.close()


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confirmation boxes answer Yes, as the officer would."""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
