"""One navigator: a child's profile opens once whichever page asks, and a case opens on Cases."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.visit import HomeVisit
from desktop.ui.child.dialog import ChildProfileDialog
from desktop.ui.main_window import MainWindow
from tests.helpers.keyboard import type_text
from tests.helpers.registers import add_child
from tests.services.case_helpers import intake

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def open_profiles() -> list[ChildProfileDialog]:
    return [
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, ChildProfileDialog) and w.isVisible()
    ]  # fmt: skip


def test_the_same_child_from_two_pages_is_one_window_and_its_case_opens_on_cases(
    qtbot, vi, ctx
) -> None:
    child = add_child(ctx.store, "Hà Văn Khải")
    case_id = intake(ctx.store, child=False, child_id=child.id, unidentified_description="")
    with ctx.store.unit_of_work() as uow:
        now = uow.now()
        uow.visits.add(
            HomeVisit(
                child_id=child.id,
                visited_at=now - timedelta(days=40),
                next_visit_on=(now - timedelta(days=10)).date(),
            )
        )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, ctx)

    # Children page: type the name, go down to the line and press Enter.
    register = window.page("children")
    with qtbot.waitSignal(register.model.search_finished, timeout=10_000):
        type_text(register.search, "ha van khai")
    qtbot.keyClick(register.search, Qt.Key.Key_Down)
    qtbot.keyClick(register.table, Qt.Key.Key_Return)
    first = register.profile
    qtbot.waitUntil(lambda: first.file is not None and first.child_id == child.id)
    idle(qtbot, ctx)
    assert open_profiles() == [first]

    # Home visits page, clicked in the navigation: the child is due a visit; select the line,
    # press Open profile.
    row = window.nav.visualItemRect(window.nav.item(3))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert window.current_key() == "visits"
    visits = window.page("visits")
    qtbot.waitUntil(lambda: visits.proxy.rowCount() == 1, timeout=10_000)
    visits.table.setFocus()
    visits.table.selectRow(0)
    qtbot.mouseClick(visits.profile_button, Qt.MouseButton.LeftButton)
    assert visits.profile is first  # raised, not opened twice
    assert open_profiles() == [first]

    # In the profile, the Cases tab: double-click the case; the window shows it on Cases.
    first.tabs.setCurrentIndex(ChildProfileDialog.CASES)
    table = first.cases.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    qtbot.waitUntil(lambda: table.isVisible())
    rect = table.visualItemRect(table.item(0, 0))
    # A person's double-click: the press that selects, then the double-click itself.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "cases"
    cases = window.page("cases")
    assert cases.case_page.case_id == case_id
    qtbot.waitUntil(lambda: cases.case_page.view is not None, timeout=10_000)
    assert cases.case_page.view.summary.id == case_id

    # Locking closes the profile with the pages (its drafts were saved first).
    window.detach()
    qtbot.waitUntil(lambda: open_profiles() == [])


def test_a_new_child_window_is_not_mistaken_for_an_open_child(qtbot, vi, ctx) -> None:
    child = add_child(ctx.store, "Lê Thị Mận")
    known = ctx.open_child(child.id)
    blank = ctx.open_child(None)
    assert blank is not known and blank.child_id is None
    assert ctx.open_child(child.id) is known
    qtbot.waitUntil(lambda: known.file is not None)
    idle(qtbot, ctx)
    for dialog in (known, blank):
        dialog.close()
    assert ctx.navigator.profiles() == []
    assert ctx.open_case("no-window") is False  # a lone page has no Cases page to show it on
