"""End to end: first run, add a child, add a visit, search, lock, unlock, draft after a crash."""

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from desktop.domain.enums import Sex
from desktop.services import drafts, visits
from desktop.ui.child.dialog import ChildProfileDialog
from desktop.ui.children.view import RegisterWidget
from desktop.ui.shell import Shell
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog
from desktop.ui.visits.form import DRAFT_KIND
from desktop.ui.visits.page import VisitsPage
from tests.helpers.registers import FAST, PASSWORD

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]


def first_run(qtbot, shell: Shell) -> None:
    wizard = shell.dialog
    assert isinstance(wizard, QWizard)
    qtbot.addWidget(wizard)
    wizard.commune_page.search.setText("hong bang")
    qtbot.keyClick(wizard.commune_page.search, Qt.Key.Key_Down)
    wizard.next()
    officer = wizard.officer_page
    officer.full_name.setText("Trần Thị Mai")
    officer.fields.password.setText(PASSWORD)
    officer.fields.repeat.setText(PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15_000)
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)


def unlock(qtbot, shell: Shell) -> None:
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.password.setText(PASSWORD)
    dialog.unlock()
    qtbot.waitUntil(lambda: not shell.is_locked, timeout=10_000)


def test_first_run_child_visit_search_lock_unlock_and_draft_after_crash(
    qtbot, tmp_path: Path, runner: TaskRunner, vi: None
) -> None:
    shell = Shell(tmp_path / "data", runner, options=FAST)
    assert shell.start()
    first_run(qtbot, shell)
    window = shell.window
    assert window is not None
    qtbot.addWidget(window)
    window.show_page("children")
    page = window.page("children")
    assert isinstance(page, RegisterWidget)
    ctx = page.ctx

    # Add a child through the profile window.
    page.new_child.emit()
    profile = page.profile
    assert isinstance(profile, ChildProfileDialog) and profile.child_id is None
    fields = profile.general.fields
    fields["full_name"].set_value("Phạm Thị Ngọc Ánh")
    fields["sex"].set_value(Sex.FEMALE)
    fields["date_of_birth"].input.set_value(QDate.currentDate().addYears(-8).toPython())
    fields["village"].set_value("Thôn Đông")
    with qtbot.waitSignal(profile.saved, timeout=10_000) as saved:
        profile.save()
    child_id = saved.args[0]

    # Add a visit from the profile's visits tab.
    qtbot.waitUntil(lambda: profile.tabs.isTabEnabled(profile.VISITS), timeout=5000)
    form = profile.visit_form()
    assert form is not None
    form.observations.setPlainText("Trẻ khỏe, đi học đều.")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    qtbot.waitUntil(lambda: profile.visits.model.rowCount() == 1, timeout=5000)
    profile.close()

    # Search finds her with no accents typed.
    with qtbot.waitSignal(page.model.search_finished, timeout=10_000):
        qtbot.keyClicks(page.search, "pham thi ngoc anh")
    assert page.model.child_at(0).id == child_id

    # Lock, unlock: the same officer is back on the same page.
    shell.lock()
    assert shell.is_locked
    unlock(qtbot, shell)
    assert window.current_key() == "children"

    # A visit entry is typed, then its window dies without saving (as in a crash).
    ctx = window.ctx
    assert ctx is not None
    crashed = ChildProfileDialog(ctx, child_id)
    crashed.show()
    qtbot.waitUntil(lambda: crashed.file is not None and crashed.child_id == child_id, timeout=5000)
    entry = crashed.visit_form()
    assert entry is not None
    entry.observations.setPlainText("Nhà dột, trẻ ho nhiều.")
    entry.people_met.setText("Bà ngoại")
    store = ctx.store
    qtbot.waitUntil(lambda: bool(drafts.list_drafts(store, DRAFT_KIND)), timeout=5000)
    runner.wait()
    shiboken6.delete(entry)
    crashed._dirty = False
    crashed.close()

    shell.lock()
    unlock(qtbot, shell)
    window.show_page("visits")
    visits_page = window.page("visits")
    assert isinstance(visits_page, VisitsPage)
    qtbot.waitUntil(visits_page.resume_button.isVisible, timeout=5000)
    visits_page.resume_draft()
    qtbot.waitUntil(lambda: hasattr(visits_page, "last_form"), timeout=5000)
    restored = visits_page.last_form
    qtbot.waitUntil(
        lambda: restored.observations.toPlainText() == "Nhà dột, trẻ ho nhiều.", timeout=5000
    )
    assert restored.people_met.text() == "Bà ngoại" and restored.child_id == child_id
    with qtbot.waitSignal(restored.saved, timeout=10_000):
        restored.save()
    assert len(visits.visits_of_child(window.ctx.store, child_id)) == 2
    runner.wait()
    shell.shutdown()


CRASHING_ENTRY = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.services import drafts
from desktop.storage.store import Store
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.task_runner import TaskRunner
from desktop.ui.visits.form import DRAFT_KIND, VisitForm, draft_key
from tests.helpers.registers import FAST, PASSWORD
app = QApplication([])
store = Store.open(Path({folder!r}), officer_id={officer!r}, password=PASSWORD, opts=FAST)
runner = TaskRunner()
ctx = AppContext(store, runner, "vi", store.officer, AppSignals())
form = VisitForm(ctx, {child!r}, "Lò Văn Pao")
form.show()
form.observations.setPlainText("Trẻ sốt, mẹ đưa đi trạm y tế.")
form.people_met.setText("Mẹ trẻ")
deadline = time.monotonic() + 30
while drafts.load_draft(store, DRAFT_KIND, draft_key({child!r}, None)) is None:
    app.processEvents()
    time.sleep(0.02)
    if time.monotonic() > deadline:
        sys.exit(3)
print("typed", flush=True)
while True:  # still typing when the process is killed
    app.processEvents()
    time.sleep(0.02)
"""


def test_visit_draft_survives_the_app_being_killed_mid_entry(
    qtbot, tmp_path: Path, runner: TaskRunner, vi: None
) -> None:
    import os
    import signal
    import subprocess
    import sys

    from tests.helpers.registers import add_child, create_store

    folder = tmp_path / "register"
    store, _key = create_store(folder)
    child = add_child(store, "Lò Văn Pao")
    officer_id = store.officer.id
    store.close()
    root = str(Path(__file__).resolve().parents[2])
    script = CRASHING_ENTRY.format(root=root, folder=str(folder), officer=officer_id,
                                   child=child.id)  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "typed"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    shell = Shell(folder, runner, options=FAST)
    assert shell.start()
    unlock(qtbot, shell)
    window = shell.window
    assert window is not None
    qtbot.addWidget(window)
    window.show_page("visits")
    page = window.page("visits")
    assert isinstance(page, VisitsPage)
    qtbot.waitUntil(page.resume_button.isVisible, timeout=5000)
    page.resume_draft()
    qtbot.waitUntil(lambda: hasattr(page, "last_form"), timeout=5000)
    form = page.last_form
    qtbot.waitUntil(
        lambda: form.observations.toPlainText() == "Trẻ sốt, mẹ đưa đi trạm y tế.", timeout=5000
    )
    assert form.people_met.text() == "Mẹ trẻ" and form.child_id == child.id
    form.discard()
    runner.wait()
    shell.shutdown()
