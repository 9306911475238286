"""The Sync page lists a refused bad value and a row held back from the server, in Vietnamese."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.sync import review as sync_review
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.language import current_language
from desktop.ui.sync.page import SyncPage
from desktop.ui.task_runner import TaskRunner
from tests.helpers.communes import Commune
from tests.helpers.live_server import SyncServer, live_server
from tests.sync.helpers import add_child
from tests.sync.planting import local_edit, plant

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory) -> Iterator[SyncServer]:
    with live_server("sqlite", tmp_path_factory.mktemp("ui-server")) as live:
        yield live


@pytest.fixture
def commune(sqlite_server: SyncServer, tmp_path: Path) -> Iterator[Commune]:
    from tests.helpers.communes import CODE_COUNTER, commune_codes

    codes = commune_codes()
    made = Commune(sqlite_server, codes[next(CODE_COUNTER) % len(codes)], tmp_path)
    yield made
    made.close()


def test_refused_and_held_rows_are_listed_with_vietnamese_reasons(
    qtbot, commune: Commune, runner: TaskRunner, vi: None
) -> None:
    a, b = commune.register("a"), commune.register("b")
    kid, other = add_child(a, "Tô Thị Nga"), add_child(a, "Tô Văn Hùng")
    commune.sync(a)
    commune.sync(b)
    local_edit(b, "child", other.id, date_of_birth="not-a-date")
    plant(commune.server, kid.id, log_entry=True, sex="alien")
    commune.sync(b)
    ctx = AppContext(b, runner, current_language(), b.officer, AppSignals())
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.quarantine_model.rowCount() == 2, timeout=5_000)
    assert page.tabs.tabText(2) == "Bị từ chối (2)"
    shown = {
        page.quarantine_model.item_at(r).row_id: page.quarantine_model.index(r, 1).data()
        for r in range(2)
    }
    assert "«date_of_birth»" in shown[other.id] and "Hãy sửa giá trị" in shown[other.id]
    assert "«sex»" in shown[kid.id] and "chưa được lưu vào sổ" in shown[kid.id]
    assert not any(v in text for text in shown.values() for v in ("alien", "not-a-date"))
    # "Send again" on a held row asks the server for it at the next sync (no form to fill).
    row = next(r for r in range(2) if page.quarantine_model.item_at(r).row_id == kid.id)
    page.tabs.setCurrentIndex(2)
    page.quarantine_view.selectRow(row)
    page.resend()
    qtbot.waitUntil(lambda: page.quarantine_model.rowCount() == 1, timeout=5_000)
    report = commune.sync(b)
    assert report.verify.compared and report.held == 1  # still unreadable: held again
    assert {i.row_id for i in sync_review.list_quarantine(b)} == {kid.id, other.id}
