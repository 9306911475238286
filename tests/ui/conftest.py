"""Fixtures for the screen tests: a worker, languages, private settings, a case register."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import i18n_dir
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.task_runner import TaskRunner
from tests.helpers.languages import drop_language, use_language, vietnamese_catalogue
from tests.services.case_helpers import Clock, make_store


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    worker = TaskRunner()
    yield worker
    worker.shutdown()


@pytest.fixture
def vi(qapp: QApplication) -> Iterator[None]:
    """Vietnamese through set_language(), as the app switches; removed after the test."""
    use_language("vi")
    yield
    drop_language()


@pytest.fixture(scope="module")
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """The app as an officer sees it: the built Vietnamese catalogue installed for a module."""
    translators = vietnamese_catalogue(qapp)
    assert (i18n_dir() / "bvte_vi.qm").exists()
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """App settings go to a folder of the test's own, never the real user's config."""
    folder = tmp_path / "config"
    monkeypatch.setenv("BVTE_CONFIG_DIR", str(folder))
    return folder


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
