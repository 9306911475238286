"""Visit form: draft kept as typed, restored after the window dies; corrections; visits page."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6

from desktop.domain.visit import HomeVisit
from desktop.services import drafts, visits
from desktop.storage.store import Store
from desktop.ui.task_runner import TaskRunner
from desktop.ui.visits.form import DRAFT_KIND, VisitForm, draft_key
from desktop.ui.visits.model import VisitTableModel
from desktop.ui.visits.page import VisitsPage
from tests.helpers.pages import context
from tests.helpers.registers import add_child, make_register

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("vietnamese"),
]


@pytest.fixture
def store(tmp_path: Path):
    opened = make_register(tmp_path / "r")
    yield opened
    opened.close()


def test_draft_is_saved_as_typed_and_comes_back_after_the_form_is_destroyed(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    child = add_child(store, "Đào Thị Mận")
    ctx = context(store, runner)
    form = VisitForm(ctx, child.id, child.full_name)
    form.show()
    assert form.windowTitle() == "Thăm hộ mới" and form.visitors.text() == "Trần Thị Mai"
    # keyClicks() takes ASCII only; typed Vietnamese arrives as inserted text all the same.
    form.observations.insertPlainText("Trẻ gầy, nhà dột")
    form.flag_boxes[4].setChecked(True)
    form.other_flags.setText("mẹ đi làm xa")
    # Saved about half a second after the last key, without pressing anything.
    qtbot.waitUntil(
        lambda: drafts.load_draft(store, DRAFT_KIND, draft_key(child.id, None)) is not None,
        timeout=5000,
    )
    runner.wait()
    # The window dies without saving or closing (as when the app is killed).
    shiboken6.delete(form)
    again = VisitForm(ctx, child.id, child.full_name)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.observations.toPlainText() == "Trẻ gầy, nhà dột", timeout=5000)
    assert again.flags() == [visits.COMMON_RISK_FLAGS[4], "mẹ đi làm xa"]
    assert again.draft_label.isVisible() and "khôi phục" in again.draft_label.text()
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert drafts.load_draft(store, DRAFT_KIND, draft_key(child.id, None)) is None
    [line] = visits.visits_of_child(store, child.id)
    assert line.visit.observations == "Trẻ gầy, nhà dột"


def test_invalid_visit_is_explained_in_vietnamese(qtbot, store: Store, runner: TaskRunner) -> None:
    child = add_child(store, "Đào Văn Tư")
    form = VisitForm(context(store, runner), child.id, child.full_name)
    qtbot.addWidget(form)
    form.show()
    form.visitors.clear()
    form.save()
    qtbot.waitUntil(form.error_label.isVisible, timeout=5000)
    assert "Nhập người đi thăm." in form.error_label.text()
    assert "Ghi những gì quan sát được" in form.error_label.text()
    form.discard()


def test_correction_keeps_both_and_the_visits_page_lists_due(
    qtbot, qtmodeltester, store: Store, runner: TaskRunner
) -> None:
    child = add_child(store, "Mai Văn Bảy")
    now = datetime.now(UTC)
    first = visits.add_visit(
        store,
        HomeVisit(child_id=child.id, visited_at=now - timedelta(days=30), visitors="Trần Thị Mai",
                  observations="Ổn định.", next_visit_on=(now - timedelta(days=2)).date()),
    )  # fmt: skip
    ctx = context(store, runner)
    form = VisitForm(ctx, child.id, child.full_name, revise=first)
    qtbot.addWidget(form)
    form.show()
    assert form.windowTitle() == "Sửa lần thăm hộ" and form.observations.toPlainText() == "Ổn định."
    form.observations.setPlainText("Ổn định; trẻ đã đi học lại.")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    assert saved.args[0].revision_of == first.id
    lines = visits.visits_of_child(store, child.id)
    assert {line.visit.id for line in lines} == {first.id, saved.args[0].id}

    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.model)
    assert page.table.model().index(0, VisitTableModel.CHILD).data() == "Mai Văn Bảy"
    assert page.table.model().index(0, VisitTableModel.STATE).data() == "Quá hạn"
    assert page.count_label.text() == "1 trẻ đến hạn hoặc quá hạn thăm"
    page.search.setText("không ai")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    page.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    states = {page.model.index(r, VisitTableModel.STATE).data() for r in range(2)}
    assert "Đã được sửa bằng bản sau" in states
    runner.wait()


def test_visits_page_offers_unsaved_drafts(qtbot, store: Store, runner: TaskRunner) -> None:
    child = add_child(store, "Hà Thị Chín")
    payload = {"child_id": child.id, "child_name": child.full_name, "revision_of": None,
               "date": "2026-01-05", "time": "09:30", "visitors": "Trần Thị Mai",
               "people_met": "Bà ngoại", "child_seen": False, "observations": "Nhà vắng.",
               "flags": [], "actions_taken": "", "next_visit_on": None}  # fmt: skip
    drafts.save_draft(store, DRAFT_KIND, draft_key(child.id, None), payload)
    page = VisitsPage(context(store, runner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.resume_button.isVisible, timeout=5000)
    assert page.drafts_label.text() == "Có 1 lần thăm nhập dở chưa lưu."
    page.resume_draft()
    qtbot.waitUntil(lambda: hasattr(page, "last_form"), timeout=5000)
    form = page.last_form
    qtbot.waitUntil(lambda: form.observations.toPlainText() == "Nhà vắng.", timeout=5000)
    assert form.people_met.text() == "Bà ngoại" and not form.child_seen.isChecked()
    form.discard()
    runner.wait()
