"""The app under an officer's hurry: locking mid-sync, quitting mid-print, closing mid-search."""

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.services.seed import seed_register
from desktop.storage.store import Store
from desktop.ui.printing.preview import DocumentPreviewDialog
from desktop.ui.printing.show import show_document_preview
from desktop.ui.shell import Shell
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from tests.helpers.communes import Commune
from tests.helpers.draft_form import pages_with_draft_form
from tests.helpers.keyboard import type_text
from tests.helpers.live_server import SyncServer, live_server
from tests.helpers.registers import FAST, PASSWORD, create_store
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.helpers import pending, scalar

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory) -> Iterator[SyncServer]:
    with live_server("sqlite", tmp_path_factory.mktemp("lifecycle-server")) as live:
        yield live


def _open_shell(qtbot, folder: Path, runner: TaskRunner) -> Shell:
    shell = Shell(folder, runner, options=FAST)
    assert shell.start()
    qtbot.addWidget(shell.dialog)
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    type_text(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    return shell


def _server_children(server: SyncServer, commune_code: str) -> int:
    with server.engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT count(*) FROM sync_row WHERE table_name = 'child' "
                "AND commune_code = :c AND NOT deleted"
            ),
            {"c": commune_code},
        ).scalar_one()


def test_locking_while_a_sync_runs_stops_it_at_its_next_step_and_loses_nothing(
    qtbot, sqlite_server: SyncServer, runner: TaskRunner, tmp_path: Path, vi: None
) -> None:
    commune = Commune(sqlite_server, "11560", tmp_path)
    with FaultyProxy(sqlite_server.port) as proxy:
        store = commune.register("pc", url=proxy.url)
        seed_register(store, children=500, seed=7)
        to_send, officer_id = pending(store), store.officer.id
        store.close()
        commune.stores.clear()
        # Every push batch now takes a second on the wire: the whole push would take many.
        proxy.slow["/v1/sync/push"] = 1.0
        shell = _open_shell(qtbot, tmp_path / "pc", runner)
        window = shell.window
        window.show_page("sync")
        page = window.page("sync")
        qtbot.waitUntil(lambda: page.enrol_state.text() == "đã đăng ký", timeout=10_000)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: proxy.received["/v1/sync/push"] >= 1, timeout=20_000)

        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert shell.is_locked
        pushes_at_lock = proxy.received["/v1/sync/push"]
        assert not runner.busy or runner.wait(0)
        # Stopped at its next step: at most the batch on the wire when the lock came went out.
        assert pushes_at_lock <= 2
        batches_needed = -(-to_send // 500)
        assert batches_needed >= 4

        proxy.slow.clear()
        again = Store.open(tmp_path / "pc", officer_id=officer_id, password=PASSWORD, opts=FAST)
        try:
            report = commune.sync(again)
            assert pending(again) == 0
            assert report.verify.mismatched_tables == []
            local = scalar(again, "SELECT count(*) FROM child WHERE deleted_at IS NULL")
        finally:
            again.close()
    assert _server_children(sqlite_server, "11560") == local == 500
    shell.shutdown()


def test_quitting_while_a_document_renders_opens_nothing_afterwards(
    qtbot, runner: TaskRunner, tmp_path: Path
) -> None:
    store, _ = create_store(tmp_path / "pc")
    seed_register(store, children=200, seed=3)
    store.close()
    shell = _open_shell(qtbot, tmp_path / "pc", runner)
    context = shell.window.ctx
    show_document_preview(context, "so_theo_doi", None, shell.window)
    shell.shutdown()  # what quitting the app does, before the extract is ready
    runner.shutdown()
    for _ in range(5):
        QApplication.processEvents()
    gc.collect()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreviewDialog)]
    assert not any(p.isVisible() for p in previews)


def test_closing_the_window_with_searches_queued_saves_and_closes_cleanly(
    qtbot, runner: TaskRunner, tmp_path: Path
) -> None:
    store, _ = create_store(tmp_path / "pc")
    seed_register(store, children=200, seed=5)
    store.close()
    shell = Shell(tmp_path / "pc", runner, options=FAST, pages=pages_with_draft_form())
    assert shell.start()
    qtbot.addWidget(shell.dialog)
    type_text(shell.dialog.password, PASSWORD)
    qtbot.keyClick(shell.dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)
    window = shell.window
    window.show_page("children")
    children = window.page("children")
    for word in ("ng", "nguyen", "tran", "le", "pham", "hoang"):
        qtbot.keyClicks(children.search, word)
        qtbot.wait(children._debounce.interval() + 20)  # each word starts its own search
    window.close()  # with searches queued behind each other
    assert window.ctx is None
    for _ in range(5):
        QApplication.processEvents()
    gc.collect()
    assert not runner.busy or runner.wait(5_000)
