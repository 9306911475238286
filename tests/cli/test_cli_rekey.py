"""`bvte rekey` end to end: a new recovery key, colleagues asked for, old key copies dead."""

import re
import shutil
from pathlib import Path

from desktop.domain.enums import Role
from desktop.paths import keyring_path
from desktop.services import rekey
from desktop.services.accounts import add_officer
from tests.cli.runner import bvte
from tests.helpers.registers import PASSWORD, add_child, create_store

RECOVERY = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}\b")
TEMPORARY = "Tạm-thời-2026-abc"
OWN = "Của-riêng-2027-xyz!"


def test_rekey_prints_a_new_recovery_key_and_old_key_copies_stop_working(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, old_recovery = create_store(folder)
    add_child(store, "Mạc Thị Lan")
    add_officer(store, full_name="Cao Văn Hai", username="cao.van.hai", password=TEMPORARY + "!",
                role=Role.OFFICER)  # fmt: skip
    add_officer(store, full_name="Bùi Thị Ba", username="bui.thi.ba", password=TEMPORARY + "!",
                role=Role.OFFICER)  # fmt: skip
    store.close()
    leaked = tmp_path / "leaked"
    leaked.mkdir()
    shutil.copy(keyring_path(folder), leaked / "register.keys")

    done = bvte("rekey", "--data-dir", str(folder), "--officer", "Trần Thị Mai",
                "--remove-officer", "bui thi ba", "--password-stdin",
                stdin=f"{PASSWORD}\n{TEMPORARY}\n")  # fmt: skip
    assert done.code == 0, done.text
    [new_recovery] = RECOVERY.findall(done.out)
    assert "Đã đổi khóa dữ liệu" in done.out and "Cao Văn Hai" in done.out
    # The officer removed is told how to be given a password again.
    assert "Bùi Thị Ba: chưa mở được sổ" in done.out and "bvte passwd --for-officer" in done.out
    assert "[6/6] Xong" in done.err
    assert "Traceback" not in done.text

    # The temporary password is right but opens nothing until the colleague chooses their own.
    colleague = bvte("search", "--data-dir", str(folder), "lan", "--officer", "Cao Văn Hai",
                     "--password-stdin", stdin=TEMPORARY + "\n")  # fmt: skip
    assert colleague.code == 7 and "mật khẩu tạm" in colleague.err, colleague.text
    assert "Mạc Thị Lan" not in colleague.out
    changed = bvte("passwd", "--data-dir", str(folder), "--officer", "Cao Văn Hai",
                   "--password-stdin", stdin=f"{TEMPORARY}\n{OWN}\n")  # fmt: skip
    assert changed.code == 0, changed.text
    colleague = bvte("search", "--data-dir", str(folder), "lan", "--officer", "Cao Văn Hai",
                     "--password-stdin", stdin=OWN + "\n")  # fmt: skip
    assert colleague.code == 0 and "Mạc Thị Lan" in colleague.out, colleague.text
    removed = bvte("search", "--data-dir", str(folder), "lan", "--officer", "Bùi Thị Ba",
                   "--password-stdin", stdin=TEMPORARY + "!\n")  # fmt: skip
    assert removed.code == 2
    # The copy taken before: put back in place of the new file, it opens nothing.
    shutil.copy(leaked / "register.keys", keyring_path(folder))
    keyring_path(folder).with_name("register.keys.bak").unlink()
    stale = bvte("search", "--data-dir", str(folder), "lan", "--officer", "Trần Thị Mai",
                 "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert stale.code == 5 and "Mạc Thị Lan" not in stale.out
    assert old_recovery != new_recovery


def test_a_colleague_left_out_is_given_a_temporary_password_by_passwd_for_officer(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    add_child(store, "Mạc Thị Lan")
    add_officer(store, full_name="Cao Văn Hai", username="cao.van.hai", password=TEMPORARY + "!",
                role=Role.OFFICER)  # fmt: skip
    # Re-keyed leaving the colleague out (in process, at the tests' cheap key cost).
    rekey.apply_rekey(store, rekey.prepare_rekey(store, password=PASSWORD, temporary={}))
    store.close()

    unknown = bvte("passwd", "--data-dir", str(folder), "--officer", "Trần Thị Mai",
                   "--for-officer", "Không Có Ai", "--password-stdin",
                   stdin=f"{PASSWORD}\n{TEMPORARY}\n")  # fmt: skip
    assert unknown.code == 2 and "Cao Văn Hai" in unknown.err, unknown.text
    weak = bvte("passwd", "--data-dir", str(folder), "--officer", "Trần Thị Mai",
                "--for-officer", "cao van hai", "--password-stdin",
                stdin=f"{PASSWORD}\n12345\n")  # fmt: skip
    assert weak.code == 7 and "quá yếu" in weak.err, weak.text
    given = bvte("passwd", "--data-dir", str(folder), "--officer", "Trần Thị Mai",
                 "--for-officer", "cao van hai", "--password-stdin",
                 stdin=f"{PASSWORD}\n{TEMPORARY}\n")  # fmt: skip
    assert given.code == 0 and "Đã cấp mật khẩu tạm cho Cao Văn Hai" in given.out, given.text
    again = bvte("passwd", "--data-dir", str(folder), "--officer", "Trần Thị Mai",
                 "--for-officer", "cao.van.hai", "--password-stdin",
                 stdin=f"{PASSWORD}\n{OWN}\n")  # fmt: skip
    assert again.code == 7 and "đã có mật khẩu" in again.err, again.text

    refused = bvte("search", "--data-dir", str(folder), "lan", "--officer", "Cao Văn Hai",
                   "--password-stdin", stdin=TEMPORARY + "\n")  # fmt: skip
    assert refused.code == 7 and "Mạc Thị Lan" not in refused.out, refused.text
    same = bvte("passwd", "--data-dir", str(folder), "--officer", "Cao Văn Hai",
                "--password-stdin", stdin=f"{TEMPORARY}\n{TEMPORARY}\n")  # fmt: skip
    assert same.code == 7 and "khác mật khẩu tạm" in same.err, same.text
    own = bvte("passwd", "--data-dir", str(folder), "--officer", "Cao Văn Hai",
               "--password-stdin", stdin=f"{TEMPORARY}\n{OWN}\n")  # fmt: skip
    assert own.code == 0, own.text
    found = bvte("search", "--data-dir", str(folder), "lan", "--officer", "Cao Văn Hai",
                 "--password-stdin", stdin=OWN + "\n")  # fmt: skip
    assert found.code == 0 and "Mạc Thị Lan" in found.out, found.text
    assert "Traceback" not in unknown.text + weak.text + given.text + refused.text + same.text
