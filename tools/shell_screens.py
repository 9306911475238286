"""PNG screenshots of the app shell in Vietnamese: python tools/shell_screens.py DIR.

First-run pages, recovery key, unlock (and its waiting state), main window, settings, lock.
Run under Xvfb (DISPLAY=:99 QT_QPA_PLATFORM=xcb) for real windows, or offscreen.
"""

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QWizard  # noqa: E402

from desktop.paths import keyring_path  # noqa: E402
from desktop.services.accounts import add_officer  # noqa: E402
from desktop.services.seed import seed_register  # noqa: E402
from desktop.storage.keyring import Keyring, WrongPassword  # noqa: E402
from desktop.ui.application import make_app  # noqa: E402
from desktop.ui.first_run.wizard import FirstRunWizard  # noqa: E402
from desktop.ui.shell import Shell  # noqa: E402
from desktop.ui.task_runner import TaskRunner  # noqa: E402
from desktop.ui.unlock.dialog import UnlockDialog  # noqa: E402
from desktop.ui.unlock.recovery import RecoveryDialog  # noqa: E402
from tests.helpers.languages import build_catalogues  # noqa: E402
from tests.helpers.registers import FAST  # noqa: E402
from tools.screens import save, settle  # noqa: E402

PASSWORD = "Mật-khẩu-2026!"


def first_run(out: Path, folder: Path, runner: TaskRunner) -> None:
    wizard = FirstRunWizard(folder, runner, options=FAST)
    wizard.show()
    settle()
    save(wizard, out, "first-run-1-commune.png")
    wizard.commune_page.search.setText("hong bang")
    settle()
    save(wizard, out, "first-run-1-commune-search.png")
    wizard.next()
    page = wizard.officer_page
    page.full_name.setText("Trần Thị Mai")
    page.fields.password.setText("matkhau1")
    settle()
    save(wizard, out, "first-run-2-officer-weak.png")
    page.fields.password.setText(PASSWORD)
    page.fields.repeat.setText(PASSWORD)
    settle()
    save(wizard, out, "first-run-2-officer.png")
    wizard.next()
    save(wizard, out, "first-run-3-creating.png")
    settle(lambda: wizard.currentPage() is wizard.recovery_page)
    save(wizard, out, "first-run-4-recovery-key.png")
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle()
    assert wizard.store is not None
    store = wizard.store
    add_officer(store, full_name="Phạm Văn Bình", username="pham.van.binh", password=PASSWORD)
    seed_register(store, children=300, seed=1)
    runner.wait()
    store.close()


def shell_screens(out: Path, folder: Path, runner: TaskRunner) -> None:
    shell = Shell(folder, runner, options=FAST)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    settle()
    save(dialog, out, "unlock.png")

    officer_id = dialog.officer_id
    keyring = Keyring.load(keyring_path(folder), sleep=lambda _seconds: None)
    for _ in range(2):
        with contextlib.suppress(WrongPassword):
            keyring.unlock(officer_id, "mat-khau-sai")
    dialog.password.setText("mat-khau-sai")
    dialog.unlock()
    settle(lambda: dialog.waiting)
    save(dialog, out, "unlock-waiting.png")
    dialog.recover()
    settle()
    recovery = dialog.findChild(RecoveryDialog)
    if recovery is not None:
        save(recovery, out, "unlock-recovery.png")
        recovery.reject()
    settle(lambda: not dialog.waiting, timeout_s=30)

    dialog.password.setText(PASSWORD)
    dialog.unlock()
    settle(lambda: not shell.is_locked)
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    settle(lambda: not runner.busy)
    save(window, out, "main-window-children.png")
    window.show_page("overview")
    settle(lambda: not runner.busy)
    save(window, out, "main-window-overview.png")
    window.show_page("settings")
    settle(lambda: not runner.busy)
    save(window, out, "settings.png")
    settings = window.page("settings")
    add = settings.open_add_officer()
    add.full_name.setText("Lê Thị Hoà")
    add.fields.password.setText("hoa")
    settle()
    save(add, out, "settings-add-officer.png")
    add.reject()

    shell.lock()
    settle()
    save(shell.dialog, out, "lock.png")
    shell.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    build_catalogues()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BVTE_CONFIG_DIR"] = str(Path(tmp) / "config")
        app = make_app("vi")
        print("platform:", app.platformName(), "font:", app.font().family())
        runner = TaskRunner()
        folder = Path(tmp) / "register"
        first_run(args.out, folder, runner)
        shell_screens(args.out, folder, runner)
        runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
