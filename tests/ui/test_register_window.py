"""Unlock dialog, register model and main window on a real encrypted register."""

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from desktop.domain.child import Child
from desktop.domain.enums import Sex
from desktop.paths import keyring_path
from desktop.services.seed import seed_register
from desktop.storage import search_index
from desktop.storage.keyring import KdfParams, Keyring, WrongPassword
from desktop.storage.store import Store, StoreOptions
from desktop.ui.application import load_officers
from desktop.ui.children.model import RegisterTableModel
from desktop.ui.children.view import RegisterWidget
from desktop.ui.main_window import MainWindow
from desktop.ui.task_runner import TaskRunner
from desktop.ui.unlock.dialog import UnlockDialog

FAST = StoreOptions(kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1))
PASSWORD = "demo-bvte-2026"
COMMUNE = "11560"
CHILDREN = 450  # two full pages and a short one

# The offscreen platform plugin warns about a window hint it cannot honour; that is not ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def make_register(folder: Path, seeded: int) -> None:
    store, _recovery = Store.create(
        folder,
        commune_code=COMMUNE,
        full_name="Trần Thị Mai",
        username="tran.thi.mai",
        password=PASSWORD,
        opts=FAST,
    )
    try:
        if seeded:
            seed_register(store, children=seeded, seed=1)
        with store.unit_of_work() as uow:
            uow.children.add(
                Child(
                    commune_code=COMMUNE,
                    full_name="Nguyễn Văn Ân",
                    sex=Sex.MALE,
                    date_of_birth=date(2015, 3, 4),
                    dob_estimated=True,
                    personal_id="031215001234",
                    village="Thôn Đông Hải",
                )
            )
    finally:
        store.close()


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("register450")
    make_register(folder, CHILDREN - 1)
    return folder


@pytest.fixture
def small_register(tmp_path: Path) -> Path:
    folder = tmp_path / "register"
    make_register(folder, 0)
    return folder


@pytest.fixture
def store(big_register: Path):
    officer = load_officers(big_register)[0]
    opened = Store.open(big_register, officer_id=officer.officer_id, password=PASSWORD)
    yield opened
    opened.close()


def fetch_page(qtbot, model: RegisterTableModel) -> None:
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.fetchMore(QModelIndex())


def search(qtbot, model: RegisterTableModel, text: str) -> list[str]:
    with qtbot.waitSignal(model.search_finished, timeout=5000):
        model.set_query(text)
    return [model.child_at(row).full_name for row in range(model.rowCount())]


# --- unlock ------------------------------------------------------------------------------------


def test_wrong_password_shows_error_then_right_one_opens_main_window(
    qtbot, vietnamese, small_register: Path, runner: TaskRunner
) -> None:
    dialog = UnlockDialog(small_register, load_officers(small_register), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.officer_box.currentText() == "Trần Thị Mai"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"

    dialog.password.setText("sai-mat-khau-roi")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    # Busy while Argon2 runs off the GUI thread: inputs locked, nothing accepted yet.
    assert not dialog.password.isEnabled()
    assert not dialog.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.password.isEnabled(), timeout=10_000)
    assert dialog.error_label.isVisible()
    assert "Mật khẩu không đúng" in dialog.error_label.text()
    # The message made the dialog taller instead of squeezing the fields (and their accents).
    for field in (dialog.officer_box, dialog.password):
        assert field.height() >= field.sizeHint().height()
    assert dialog.password.text() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.store is not None

    window = MainWindow(dialog.store, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "BVTE — Sổ theo dõi trẻ em"
    assert "Trần Thị Mai" in window.officer_label.text()
    model = window.register.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.total == 1, timeout=5000)
    assert window.register.count_label.text() == "1 trẻ em"
    window.close()
    assert window.store is None


def test_lockout_counts_down_and_disables_unlock(
    qtbot, vietnamese, small_register: Path, runner: TaskRunner
) -> None:
    officer = load_officers(small_register)[0]
    keyring = Keyring.load(keyring_path(small_register), sleep=lambda _seconds: None)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            keyring.unlock(officer.officer_id, "sai-mat-khau-roi")

    dialog = UnlockDialog(small_register, [officer], runner, demo_password=PASSWORD)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.text() == PASSWORD
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "giây" in dialog.error_label.text(), timeout=10_000)
    assert "quá nhiều lần" in dialog.error_label.text()
    assert not dialog.unlock_button.isEnabled()
    dialog.password.setText(PASSWORD)
    assert not dialog.unlock_button.isEnabled()

    # The keyring locks for 5 s after the third miss; the button comes back by itself.
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.store is not None
    dialog.store.close()


def test_missing_register_is_explained(tmp_path: Path, vietnamese) -> None:
    from desktop.storage.keyring import KeyringMissing
    from desktop.ui.unlock.dialog import describe_open_error

    with pytest.raises(KeyringMissing) as caught:
        load_officers(tmp_path)
    text = describe_open_error(caught.value)
    assert "bvte init" in text and "bvte demo" in text


# --- model -------------------------------------------------------------------------------------


def test_model_passes_qt_model_tester(
    qtbot, qtmodeltester, store: Store, runner: TaskRunner
) -> None:
    model = RegisterTableModel(store, runner)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.rowCount() == RegisterTableModel.PAGE_SIZE, timeout=5000)
    while model.canFetchMore(QModelIndex()):
        fetch_page(qtbot, model)
    assert model.rowCount() == CHILDREN
    assert search(qtbot, model, "nguyen van an")
    assert search(qtbot, model, "khong co ai ten nay") == []
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.set_query("")
    assert model.rowCount() == RegisterTableModel.PAGE_SIZE
    runner.wait()


def test_model_pages_lazily(qtbot, store: Store, runner: TaskRunner) -> None:
    model = RegisterTableModel(store, runner)
    with qtbot.waitSignal(model.total_changed, timeout=5000) as total:
        pass
    assert total.args == [CHILDREN]
    assert model.rowCount() == 0
    sizes = []
    while model.canFetchMore(QModelIndex()):
        fetch_page(qtbot, model)
        sizes.append(model.rowCount())
    assert sizes == [200, 400, 450]
    model.fetchMore(QModelIndex())  # nothing left: a no-op, not a duplicate page
    assert model.rowCount() == CHILDREN
    ids = {model.index(row, 0).data(RegisterTableModel.ChildIdRole) for row in range(CHILDREN)}
    assert len(ids) == CHILDREN


def test_search_folds_accents_and_formats_row(
    qtbot, vietnamese, store: Store, runner: TaskRunner
) -> None:
    model = RegisterTableModel(store, runner)
    names = search(qtbot, model, "nguyen van an")
    assert names[0] == "Nguyễn Văn Ân"
    row = [model.index(0, column).data() for column in range(model.COLUMN_COUNT)]
    assert row[RegisterTableModel.DATE_OF_BIRTH] == "04/03/2015 (ước tính)"
    assert row[RegisterTableModel.SEX] == "Nam"
    assert row[RegisterTableModel.PERSONAL_ID] == "031215001234"
    assert row[RegisterTableModel.VILLAGE] == "Thôn Đông Hải"
    assert isinstance(row[RegisterTableModel.AGE], int)
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.COLUMN_COUNT)
    ]
    assert headers[:6] == ["Họ và tên", "Ngày sinh", "Tuổi", "Giới tính", "Số định danh", "Thôn/Tổ"]
    assert headers[RegisterTableModel.CARERS] == "Người chăm sóc"
    assert row[RegisterTableModel.CARERS] == "Lê Thị Hoà" or row[RegisterTableModel.CARERS] == ""


def test_newest_query_wins(qtbot, store: Store, runner: TaskRunner) -> None:
    model = RegisterTableModel(store, runner)
    finished: list[str] = []
    model.search_finished.connect(lambda query, _count: finished.append(query))
    model.set_query("nguyen")
    model.set_query("tran")
    with qtbot.waitSignal(model.search_finished, timeout=5000):
        model.set_query("nguyen van an")
    runner.wait()
    qtbot.wait(50)
    assert finished == ["nguyen van an"]
    assert model.child_at(0).full_name == "Nguyễn Văn Ân"


def test_register_widget_debounces_and_counts(
    qtbot, vietnamese, store: Store, runner: TaskRunner
) -> None:
    widget = RegisterWidget(store, runner)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.count_label.text() == "450 trẻ em", timeout=5000)
    assert widget.search.placeholderText().startswith("Tìm theo tên, số định danh")
    assert widget.table.editTriggers() == widget.table.EditTrigger.NoEditTriggers

    started = time.monotonic()
    with qtbot.waitSignal(widget.model.search_finished, timeout=5000):
        qtbot.keyClicks(widget.search, "nguyen van an")
    assert time.monotonic() - started >= 0.15
    assert widget.model.child_at(0).full_name == "Nguyễn Văn Ân"
    # The count is this search's own, never the whole register's left from before.
    with store.unit_of_work(write=False) as uow:
        matches = search_index.count(uow.session, "nguyen van an")
    assert 0 < matches <= 200
    qtbot.waitUntil(lambda: widget.model.total == matches)
    assert widget.count_label.text() == f"Tìm thấy {matches} trẻ em"
    # Every seeded address is in Thủy Nguyên, so "nguyen" matches every child: the label says
    # how many, and that only the best 200 are listed.
    widget.search.clear()
    with qtbot.waitSignal(widget.model.search_finished, timeout=5000):
        qtbot.keyClicks(widget.search, "nguyen")
    qtbot.waitUntil(lambda: widget.model.total == CHILDREN)
    assert widget.count_label.text() == f"200 kết quả đầu trong {CHILDREN} — gõ thêm để thu hẹp"

    qtbot.keyClick(widget.search, Qt.Key.Key_Down)
    assert widget.table.hasFocus() or QApplication.focusWidget() is widget.table
    assert widget.table.currentIndex().row() == 0


def test_many_qt_calls_do_not_abort_the_process() -> None:
    # On PySide6 6.12.0 each emit() drops a reference to True and each void call one to None;
    # importing desktop.ui must make that harmless.
    script = (
        "import desktop.ui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "from desktop.ui.task_runner import TaskRunner\n"
        "class Beacon(QObject):\n"
        "    ping = Signal(int)\n"
        "app = QCoreApplication([])\n"
        "beacon = Beacon()\n"
        "for n in range(20000):\n"
        "    beacon.ping.emit(n)\n"
        "    beacon.setObjectName('beacon')\n"
        "runner = TaskRunner()\n"
        "done = []\n"
        "for n in range(500):\n"
        "    runner.run(lambda n=n: n, done.append)\n"
        "runner.wait()\n"
        "while len(done) < 500:\n"
        "    app.processEvents()\n"
        "runner.shutdown()\n"
        "assert done == list(range(500))\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
