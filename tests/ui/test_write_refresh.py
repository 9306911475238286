"""A write names what it changed: its success refreshes every open page, a failure tells nobody."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.domain.enums import Sex
from desktop.services import children
from desktop.ui.main_window import MainWindow
from tests.helpers.keyboard import type_text
from tests.helpers.registers import add_child

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)


def names(register) -> list[str]:
    return [register.model.child_at(r).full_name for r in range(register.model.rowCount())]


def test_a_saved_profile_refreshes_the_children_page_and_a_refused_save_does_not(
    qtbot, vi, ctx
) -> None:
    child = add_child(ctx.store, "Đỗ Văn Bình", sex=Sex.MALE, date_of_birth=date(2016, 4, 9))
    told: list[str] = []
    ctx.signals.data_changed.connect(told.append)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    register = window.page("children")
    qtbot.waitUntil(lambda: names(register) == ["Đỗ Văn Bình"], timeout=10_000)

    profile = ctx.open_child(child.id)
    qtbot.waitUntil(lambda: profile.file is not None)
    idle(qtbot, ctx)
    name = profile.general.fields["full_name"].input
    name.setFocus()
    name.selectAll()
    type_text(name, "Đỗ Văn Bình An")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    # The Children page reloads by itself: no page code emitted anything, the write did.
    qtbot.waitUntil(lambda: names(register) == ["Đỗ Văn Bình An"], timeout=10_000)
    assert "child" in told
    idle(qtbot, ctx)

    # Someone else saves the same child meanwhile: this window's save is refused as stale.
    other = children.open_child_file(ctx.store, child.id)
    children.save_child(ctx.store, replace(other, child=replace(other.child, village="Thôn Tây")))
    told.clear()
    name.selectAll()
    type_text(name, "Đỗ Văn Bảo")
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(profile.stale.isVisible, timeout=10_000)
    idle(qtbot, ctx)
    assert [table for table in told if table != "draft"] == []  # drafts saved as one types
    assert names(register) == ["Đỗ Văn Bình An"]
    profile._dirty = False
    profile.close()


def test_a_write_whose_page_closed_still_tells_the_others(qtbot, vi, ctx) -> None:
    asker = QLabel()
    told: list[str] = []
    ctx.signals.data_changed.connect(told.append)
    done: list[object] = []
    ctx.write(lambda: 1, done.append, changes={"home_visit", "child"}, context=asker)
    asker.deleteLater()
    qtbot.waitUntil(lambda: told == ["child", "home_visit"], timeout=10_000)
    assert done == []  # the page that asked is gone: its own callback is skipped

    read: list[object] = []
    ctx.read(lambda: 2, read.append)
    qtbot.waitUntil(lambda: read == [2], timeout=10_000)

    def fails() -> None:
        raise RuntimeError("disk full")

    errors: list[Exception] = []
    ctx.write(fails, None, errors.append, changes={"child"})
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10_000)
    assert told == ["child", "home_visit"]  # neither the read nor the failed write told anyone
