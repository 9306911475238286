"""Fixtures for the app-shell tests (loaded with pytest_plugins): settings folder, runner, vi."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.task_runner import TaskRunner
from tests.ui.shell_helpers import drop_language, use_language


@pytest.fixture
def vi(qapp: QApplication) -> Iterator[None]:
    use_language("vi")
    yield
    drop_language()


@pytest.fixture
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """App settings go to a folder of the test's own, never the real user's config."""
    folder = tmp_path / "config"
    monkeypatch.setenv("BVTE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    worker = TaskRunner()
    yield worker
    worker.shutdown()
