"""Pages on a real register: a page context, and the Sync page shown with its first status."""

from desktop.storage.store import Store
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.language import current_language
from desktop.ui.sync.page import SyncPage
from desktop.ui.task_runner import TaskRunner


def open_sync_page(qtbot, store, runner: TaskRunner) -> SyncPage:
    ctx = AppContext(store, runner, current_language(), store.officer, AppSignals())
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitUntil(lambda: page._status is not None, timeout=5_000)
    return page


def context(store: Store, runner: TaskRunner, lang: str = "vi") -> AppContext:
    return AppContext(store, runner, lang, store.officer, AppSignals())
