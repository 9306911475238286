"""The child's profile window: create with checks, duplicate warning, tabs, stale edit, history."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import AuditAction, CarerRelation, Sex, SpecialGroup
from desktop.reference.labels import label
from desktop.services import children as svc
from desktop.services import register
from desktop.storage.store import Store
from desktop.ui.child.dialog import ChildProfileDialog
from desktop.ui.task_runner import TaskRunner
from tests.helpers.pages import context
from tests.helpers.registers import KNOWN_ID, make_register

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("vietnamese"),
]


OPEN: list[ChildProfileDialog] = []


@pytest.fixture
def runner(qapp: QApplication):
    worker = TaskRunner()
    yield worker
    # Closed without the "discard changes?" question; some closed (and deleted) themselves.
    for dialog in OPEN:
        if shiboken6.isValid(dialog):
            dialog._dirty = False
            dialog.close()
    OPEN.clear()
    worker.shutdown()


@pytest.fixture
def store(tmp_path: Path):
    opened = make_register(tmp_path / "r")
    yield opened
    opened.close()


def dialog_for(qtbot, store: Store, runner: TaskRunner, child_id: str | None):
    dialog = ChildProfileDialog(context(store, runner), child_id)
    OPEN.append(dialog)
    dialog.show()
    if child_id is not None:
        qtbot.waitUntil(lambda: dialog.child_id == child_id and dialog.title.text() != "")
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return dialog


def fill(dialog: ChildProfileDialog, **values: object) -> None:
    for name, value in values.items():
        dialog.general.fields[name].set_value(value)
    dialog._edited()


def test_new_child_needs_name_sex_and_birth_date_said_in_vietnamese(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    dialog = dialog_for(qtbot, store, runner, None)
    assert dialog.windowTitle() == "Thêm trẻ em"
    assert not dialog.tabs.isTabEnabled(dialog.VISITS)
    dialog.save()
    text = dialog.problems.text()
    assert "Nhập họ và tên của trẻ." in text and "Chọn giới tính của trẻ." in text
    assert "Nhập ngày sinh" in text
    assert dialog.general.captions["full_name"].styleSheet() != ""
    fill(dialog, date_of_birth=date(2099, 1, 1))
    dialog.save()
    assert "Có một ngày ở tương lai" in dialog.problems.text()


def test_create_with_carer_group_and_allowance_then_reopen_every_tab(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    dialog = dialog_for(qtbot, store, runner, None)
    fill(dialog, full_name="Phạm Thị Lan", sex=Sex.FEMALE, date_of_birth=date(2016, 9, 1),
         personal_id="031316007777", village="Thôn Tây")  # fmt: skip
    dialog.household.fields["head_name"].set_value("Phạm Văn Hùng")
    dialog.carers.add()
    dialog.carers.fields["full_name"].set_value("Phạm Văn Hùng")
    dialog.carers.fields["relation"].set_value(CarerRelation.FATHER)
    dialog.carers._edited("full_name")
    dialog.carers._edited("relation")
    dialog.groups.add()
    dialog.groups.fields["group"].set_value(SpecialGroup.C)
    dialog.groups._edited("group")
    subgroup = dialog.groups.fields["subgroup"].input
    subgroup.setCurrentIndex(1)  # the first subgroup of group c
    dialog.allowances.add()
    dialog.allowances.fields["category"].set_value(dialog.allowances.records()[0].category)
    dialog.allowances._edited("category")
    assert dialog.allowances.records()[0].monthly_amount > 0  # from the rate tables
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    child_id = saved.args[0]
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    file = register.fetch_page(store, register.RegisterView(query="pham thi lan")).rows[0]
    assert file.id == child_id and file.groups == (SpecialGroup.C,)
    assert file.carers == "Phạm Văn Hùng" and file.allowance == "K1"

    again = dialog_for(qtbot, store, runner, child_id)
    assert again.windowTitle() == "Hồ sơ trẻ em" and again.title.text() == "Phạm Thị Lan"
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == [
        "Thông tin &chung", "&Hộ gia đình và người chăm sóc", "Hoàn cảnh đặc &biệt",
        "&Trợ cấp", "&Vụ việc", "Thăm &hộ", "&Lịch sử",
    ]  # fmt: skip
    assert again.household.fields["head_name"].value() == "Phạm Văn Hùng"
    assert again.groups.records()[0].subgroup.startswith("c")
    history = [again.history.table.item(r, 2).text() for r in range(again.history.table.rowCount())]
    assert history[-1] == label(AuditAction.CREATE, "vi")
    assert history[0] == label(AuditAction.VIEW, "vi")
    assert again.history.table.item(0, 1).text() == "Trần Thị Mai"


def test_duplicate_by_id_number_shows_the_match_and_opens_it(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    existing = register.search_children(store, KNOWN_ID)[0]
    dialog = dialog_for(qtbot, store, runner, None)
    fill(dialog, full_name="Nguyễn Văn An", sex=Sex.MALE, date_of_birth=date(2015, 5, 5),
         personal_id=KNOWN_ID)  # fmt: skip
    dialog.save()
    qtbot.waitUntil(dialog.duplicate.isVisible, timeout=5000)
    text = dialog.duplicate_text.text()
    assert "cùng số định danh" in text and "Nguyễn Văn Ân" in text and "04/03/2015" in text
    dialog.open_match_button.click()
    opened = dialog.ctx.navigator.profiles()
    assert [profile.child_id for profile in opened] == [existing.id]
    qtbot.waitUntil(lambda: opened[0].file is not None, timeout=5000)
    opened[0].close()


def test_duplicate_by_folded_name_and_birth_can_be_saved_as_a_different_child(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    dialog = dialog_for(qtbot, store, runner, None)
    fill(dialog, full_name="nguyen van an", sex=Sex.MALE, date_of_birth=date(2015, 3, 4))
    dialog.save()
    qtbot.waitUntil(dialog.duplicate.isVisible, timeout=5000)
    assert "cùng họ tên và ngày sinh" in dialog.duplicate_text.text()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_anyway_button.click()
    assert register.count_children(store) == 2


def test_stale_edit_is_refused_and_the_edits_stay_in_the_form(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    child = register.search_children(store, KNOWN_ID)[0]
    dialog = dialog_for(qtbot, store, runner, child.id)
    fill(dialog, school="Trường Tiểu học Đông Hải")
    # Meanwhile the same file is saved from elsewhere.
    other = svc.load_profile(store, child.id).file
    svc.save_child(store, replace(other, child=replace(other.child, notes="Ghi chú khác")))
    dialog.save()
    qtbot.waitUntil(dialog.stale.isVisible, timeout=5000)
    assert "người khác lưu" in dialog.stale_text.text()
    assert dialog.general.fields["school"].value() == "Trường Tiểu học Đông Hải"
    assert svc.load_profile(store, child.id).file.child.school == ""
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: dialog.general.fields["notes"].value() == "Ghi chú khác", timeout=5000)
    fill(dialog, school="Trường Tiểu học Đông Hải")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert svc.load_profile(store, child.id).file.child.school == "Trường Tiểu học Đông Hải"


def test_id_number_contradiction_is_a_warning_that_does_not_block(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    dialog = dialog_for(qtbot, store, runner, None)
    fill(dialog, full_name="Lê Thị Hạnh", sex=Sex.FEMALE, date_of_birth=date(2016, 1, 1),
         personal_id="031216009999")  # fmt: skip
    assert "giới tính khác" in dialog.problems.text()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()


def test_unsaved_edits_are_kept_as_a_draft_and_come_back(
    qtbot, store: Store, runner: TaskRunner
) -> None:
    from desktop.services import drafts
    from desktop.ui.child.dialog import DRAFT_KIND

    child = register.search_children(store, KNOWN_ID)[0]
    dialog = dialog_for(qtbot, store, runner, child.id)
    fill(dialog, school="Trường THCS Đông Hải")
    dialog.carers.add()
    dialog.carers.fields["full_name"].set_value("Nguyễn Văn Tám")
    dialog.carers._edited("full_name")
    dialog.save_drafts()  # what the window calls before it locks
    qtbot.waitUntil(
        lambda: drafts.load_draft(store, DRAFT_KIND, child.id) is not None, timeout=5000
    )
    runner.wait()
    shiboken6.delete(dialog)  # the window dies without saving

    again = dialog_for(qtbot, store, runner, child.id)
    qtbot.waitUntil(lambda: again.draft_note.isVisible(), timeout=5000)
    assert "Đã khôi phục" in again.draft_note.text()
    assert again.general.fields["school"].value() == "Trường THCS Đông Hải"
    assert [c.full_name for c in again.carers.records()] == ["Lê Thị Hoà", "Nguyễn Văn Tám"]
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert drafts.load_draft(store, DRAFT_KIND, child.id) is None
    assert svc.load_profile(store, child.id).file.child.school == "Trường THCS Đông Hải"


def test_collaborator_reads_the_file_without_sensitive_fields_and_cannot_save(
    qtbot, store: Store, runner: TaskRunner, tmp_path: Path
) -> None:
    from desktop.domain.enums import Role
    from desktop.services.accounts import add_officer
    from tests.helpers.registers import PASSWORD, reopen

    helper = add_officer(
        store, full_name="Ngô Văn Ba", username="ngo.van.ba", password=PASSWORD,
        role=Role.COLLABORATOR,
    )  # fmt: skip
    child = register.search_children(store, KNOWN_ID)[0]
    other = reopen(store.folder, helper.id)
    try:
        dialog = dialog_for(qtbot, other, runner, child.id)
        assert "personal_id" not in dialog.general.fields
        assert "ethnicity" not in dialog.general.fields
        assert not dialog.tabs.isTabVisible(dialog.GROUPS)
        assert not dialog.save_button.isEnabled() and not dialog.general.isEnabled()
        assert dialog.general.fields["full_name"].value() == "Nguyễn Văn Ân"
        runner.wait()
    finally:
        for opened in OPEN:
            if shiboken6.isValid(opened):
                opened.close()
        OPEN.clear()
        runner.wait()
        other.close()


def test_print_is_offered_once_the_child_is_saved(qtbot, store: Store, runner: TaskRunner) -> None:
    new = dialog_for(qtbot, store, runner, None)
    assert not new.print_button.isEnabled()
    child = register.search_children(store, KNOWN_ID)[0]
    known = dialog_for(qtbot, store, runner, child.id)
    qtbot.waitUntil(known.print_button.isEnabled)
    titles = [action.text() for action in known.print_button.menu().actions()]
    assert len(titles) == 2 and all(titles)
