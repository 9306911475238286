"""PNG screenshots of Settings' officers and re-keying in Vietnamese at 1366x768:
python tools/rekey_screens.py DIR (offscreen, or under Xvfb with QT_QPA_PLATFORM=xcb).

Settings, the re-key dialog (confirmation, progress, new recovery key), removing an officer and
the offer to re-key, giving a password, choosing one's own at unlock, a mended key file.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QPushButton, QScrollArea  # noqa: E402

from desktop.paths import keyring_path  # noqa: E402
from desktop.services.accounts import add_officer  # noqa: E402
from desktop.services.seed import seed_register  # noqa: E402
from desktop.ui.application import make_app  # noqa: E402
from desktop.ui.settings.page import SettingsPage  # noqa: E402
from desktop.ui.settings.rekey_dialog import DONE  # noqa: E402
from desktop.ui.shell import Shell  # noqa: E402
from desktop.ui.task_runner import TaskRunner  # noqa: E402
from desktop.ui.unlock.dialog import UnlockDialog  # noqa: E402
from desktop.ui.unlock.own_password import OwnPasswordDialog  # noqa: E402
from tests.helpers.languages import build_catalogues  # noqa: E402
from tests.helpers.registers import FAST, create_store  # noqa: E402
from tools.screens import save, settle  # noqa: E402

PASSWORD = "Mật-khẩu-2026!"
TEMPORARY = "Tạm-thời-2026-xyz"
COLLEAGUES = (("Phạm Văn Bình", "pham.van.binh"), ("Nguyễn Thị Hương Giang", "nguyen.thi.h.giang"))


def make_register(folder: Path) -> None:
    store, _ = create_store(folder, password=PASSWORD)
    for full_name, username in COLLEAGUES:
        add_officer(store, full_name=full_name, username=username, password=PASSWORD)
    seed_register(store, children=300, seed=1)
    store.close()


def unlock(shell: Shell, name: str, password: str) -> UnlockDialog:
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.officer_box.setCurrentIndex(dialog.officer_box.findText(name))
    dialog.password.setText(password)
    dialog.unlock()
    return dialog


def scroll_to_bottom(page: SettingsPage) -> None:
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())


def rekey(out: Path, page: SettingsPage, runner: TaskRunner) -> None:
    dialog = page.key_box.open_rekey()
    settle(lambda: len(dialog.rows) == 2)
    dialog.password.setText(PASSWORD)
    dialog.rows[0].edit.setText(TEMPORARY)
    dialog.rows[1].edit.setText("ngắn")
    settle()
    save(dialog, out, "rekey-1-confirm-weak.png")
    dialog.rows[1].edit.clear()
    settle()
    save(dialog, out, "rekey-1-confirm.png")
    grabbed: list[int] = []

    def grab_once(value: int) -> None:
        if value == 2 and not grabbed:  # "encrypt" has begun
            grabbed.append(value)
            save(dialog, out, "rekey-2-progress.png")

    dialog.bar.valueChanged.connect(grab_once)
    dialog.start()
    settle(lambda: dialog.pages.currentIndex() == DONE, timeout_s=120)
    save(dialog, out, "rekey-3-recovery-key.png")
    dialog.confirm.setChecked(True)
    dialog.accept()
    settle(lambda: not runner.busy)


def remove_and_give(out: Path, page: SettingsPage, runner: TaskRunner) -> None:
    box = page.officers_box
    box.officer_list.setCurrentRow(
        next(i for i in range(box.officer_list.count())
             if box.officer_list.item(i).text().startswith("Phạm Văn Bình"))
    )  # fmt: skip
    asked = box.ask_remove()
    assert asked is not None
    settle()
    save(asked, out, "settings-remove-officer.png")
    asked.findChild(QPushButton, "removeOfficerConfirm").click()
    settle(lambda: box.rekey_offer is not None)
    save(box.rekey_offer, out, "settings-rekey-offer.png")
    later = [b for b in box.rekey_offer.buttons() if b.objectName() != "rekeyOfferNow"]
    later[0].click()
    settle(lambda: not runner.busy)
    row = next(i for i in range(box.officer_list.count())
               if "chưa mở được" in box.officer_list.item(i).text())  # fmt: skip
    box.officer_list.setCurrentRow(row)
    scroll_to_bottom(page)
    settle()
    save(page.window(), out, "settings-officers.png")
    give = box.open_give_password()
    assert give is not None
    give.fields.password.setText(TEMPORARY)
    give.fields.repeat.setText(TEMPORARY)
    settle()
    save(give, out, "settings-give-password.png")
    give.submit()
    settle(lambda: give.given is not None)


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
        make_register(folder)
        shell = Shell(folder, runner, options=FAST)
        shell.start()
        unlock(shell, "Trần Thị Mai", PASSWORD)
        settle(lambda: not shell.is_locked)
        window = shell.window
        assert window is not None
        window.resize(1366, 768)
        window.show_page("settings")
        page = window.page("settings")
        assert isinstance(page, SettingsPage)
        settle(lambda: not runner.busy)
        save(window, args.out, "settings.png")
        scroll_to_bottom(page)
        settle()
        save(window, args.out, "settings-bottom.png")
        rekey(args.out, page, runner)
        remove_and_give(args.out, page, runner)

        shell.lock()
        dialog = unlock(shell, "Nguyễn Thị Hương Giang", TEMPORARY)
        settle(lambda: dialog.findChild(OwnPasswordDialog) is not None)
        own = dialog.findChild(OwnPasswordDialog)
        own.fields.password.setText("Của-riêng-2027!")
        settle()
        save(own, args.out, "unlock-own-password.png")
        own.reject()
        shell.shutdown()

        keys = keyring_path(folder)
        keys.write_bytes(keys.read_bytes()[:64])
        mended = Shell(folder, runner, options=FAST)
        mended.start()
        settle()
        save(mended.dialog, args.out, "unlock-key-notice.png")
        mended.shutdown()
        runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
