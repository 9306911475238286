"""PNG screenshots of the unlock dialog and register window: python tools/screens.py DIR."""

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from desktop.paths import keyring_path  # noqa: E402
from desktop.services.seed import seed_register  # noqa: E402
from desktop.storage.keyring import KdfParams, Keyring, KeyringMissing, WrongPassword  # noqa: E402
from desktop.storage.store import Store, StoreOptions  # noqa: E402
from desktop.ui.application import load_officers, make_app, no_register_box  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.task_runner import TaskRunner  # noqa: E402
from desktop.ui.unlock.dialog import UnlockDialog  # noqa: E402

PASSWORD = "demo-bvte-2026"


def make_register(folder: Path, children: int) -> None:
    store, _recovery = Store.create(
        folder,
        commune_code="11560",
        full_name="Trần Thị Mai",
        username="tran.thi.mai",
        password=PASSWORD,
        opts=StoreOptions(kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1)),
    )
    try:
        seed_register(store, children=children, seed=1)
    finally:
        store.close()


def settle(until: Callable[[], bool] = lambda: True, timeout_s: float = 15.0) -> None:
    """Run the event loop until `until()` holds (and a little after, so painting catches up)."""
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    finish = QDeadlineTimer(300)
    while not finish.hasExpired():
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--children", type=int, default=2000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "i18n" / "build.py")], check=True)

    app = make_app("vi")
    print("font:", app.font().family(), app.font().pointSizeF(), "pt")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "register"
        make_register(folder, args.children)

        empty = Path(tmp) / "empty"
        empty.mkdir()
        box = no_register_box(empty, KeyringMissing(str(empty)))
        box.show()
        settle()
        save(box, args.out, "no-register.png")
        box.close()

        runner = TaskRunner()
        dialog = UnlockDialog(folder, load_officers(folder), runner)
        dialog.show()
        settle()
        save(dialog, args.out, "unlock.png")

        dialog.password.setText("mat-khau-sai")
        dialog.unlock()
        settle(lambda: not dialog._busy)
        save(dialog, args.out, "unlock-wrong-password.png")

        # Two more misses (without the keyring's delay) reach the lockout.
        officer_id = dialog.officer_box.currentData()
        keyring = Keyring.load(keyring_path(folder), sleep=lambda _seconds: None)
        for _ in range(2):
            with contextlib.suppress(WrongPassword):
                keyring.unlock(officer_id, "mat-khau-sai")
        dialog.password.setText(PASSWORD)
        dialog.unlock()
        settle(lambda: dialog._countdown.isActive())
        save(dialog, args.out, "unlock-locked-out.png")
        settle(lambda: not dialog._countdown.isActive(), timeout_s=30)

        dialog.password.setText(PASSWORD)
        dialog.unlock()
        settle(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        assert dialog.store is not None

        window = MainWindow(dialog.store, runner)
        window.resize(1100, 680)
        window.show()
        model = window.register.model
        settle(lambda: model.rowCount() > 0 and model.total is not None)
        save(window, args.out, "register.png")

        window.register.search.setText("nguyen thi")
        settle(lambda: model.searching and not runner.busy and model.rowCount() > 0)
        save(window, args.out, "register-search.png")

        window.close()
        runner.shutdown()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
