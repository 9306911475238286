"""Keys after a leak: re-keying makes every older copy of register.keys useless, crash-safely."""

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import Role
from desktop.paths import database_path, keyring_path
from desktop.services import rekey as service
from desktop.services.accounts import add_officer
from desktop.services.seed import seed_register
from desktop.storage.engine import make_engine
from desktop.storage.errors import StoreCorrupt, StoreLocked
from desktop.storage.keyring import Keyring, WrongPassword, backup_path
from desktop.storage.rekey import pending_path
from desktop.storage.schema.register import ChildRow
from desktop.storage.store import Store, StoreOptions
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store

ROOT = Path(__file__).resolve().parents[2]
COLLEAGUE_PASSWORD = "Đồng-nghiệp-2026!"
TEMPORARY = "Tạm-thời-2026-xyz"
NEW_PASSWORD = "Mật-khẩu-mới-2027!"


def opens_with(folder: Path, keys_copy: Path, officer_id: str | None, secret: str) -> bool:
    """Whether a copy of a key file, with this password (or recovery key), opens the register."""
    keyring = Keyring.load(keys_copy)
    try:
        if officer_id is None:
            key = keyring.unlock_with_recovery(secret)
        else:
            key = keyring.unlock(officer_id, secret)
    except WrongPassword:
        return False
    try:
        make_engine(database_path(folder), key).dispose()
    except StoreCorrupt:
        return False
    return True


def children(store: Store) -> int:
    with store.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(ChildRow))


def test_an_old_key_file_opens_the_register_after_a_password_change_but_not_after_rekey(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reg"
    store, old_recovery = create_store(folder)
    me = store.officer.id
    leaked = tmp_path / "leaked.keys"
    shutil.copy(keyring_path(folder), leaked)
    # A password change alone: the leaked copy still opens the register, new records included.
    store.keyring.change_password(me, PASSWORD, NEW_PASSWORD)
    add_child(store, "Vũ Thị Sau Khi Đổi")
    assert opens_with(folder, leaked, me, PASSWORD)

    plan = service.prepare_rekey(store, password=NEW_PASSWORD, temporary={})
    stages: list[tuple[str, int, int]] = []
    service.apply_rekey(store, plan, lambda *step: stages.append(step))
    add_child(store, "Hoàng Văn Sau Khi Đổi Khóa")
    assert children(store) == 2
    store.close()

    assert [name for name, _, _ in stages] == [*service.STAGES[1:], "done"]
    assert stages[-1][1] == stages[-1][2]
    assert not opens_with(folder, leaked, me, PASSWORD)
    assert not opens_with(folder, keyring_path(folder), None, old_recovery)
    assert opens_with(folder, keyring_path(folder), None, plan.recovery_key)
    assert opens_with(folder, backup_path(keyring_path(folder)), me, NEW_PASSWORD)
    assert not pending_path(folder).exists()
    again = Store.open(folder, officer_id=me, password=NEW_PASSWORD, opts=FAST)
    assert children(again) == 2
    again.close()


def test_a_removed_officer_and_colleagues_after_rekey(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    leaver = add_officer(store, full_name="Ngô Văn Đi", username="ngo.van.di",
                         password=COLLEAGUE_PASSWORD, role=Role.OFFICER)  # fmt: skip
    stayer = add_officer(store, full_name="Lý Thị Ở", username="ly.thi.o",
                         password=COLLEAGUE_PASSWORD, role=Role.OFFICER)  # fmt: skip
    later = add_officer(store, full_name="Đinh Văn Sau", username="dinh.van.sau",
                        password=COLLEAGUE_PASSWORD, role=Role.OFFICER)  # fmt: skip
    leaked = tmp_path / "leaver.keys"
    shutil.copy(keyring_path(folder), leaked)
    # Removing the slot alone: the leaver's own copy of the file still opens the register.
    store.keyring.remove_officer(leaver.id)
    assert opens_with(folder, leaked, leaver.id, COLLEAGUE_PASSWORD)

    plan = service.prepare_rekey(
        store, password=PASSWORD, temporary={stayer.id: TEMPORARY, leaver.id: TEMPORARY},
        remove={leaver.id},
    )  # fmt: skip
    assert {slot.officer_id for slot in plan.kept} == {store.officer.id, stayer.id}
    assert [slot.officer_id for slot in plan.left_out] == [later.id]
    service.apply_rekey(store, plan)
    store.close()

    assert not opens_with(folder, leaked, leaver.id, COLLEAGUE_PASSWORD)
    assert opens_with(folder, keyring_path(folder), stayer.id, TEMPORARY)
    assert {slot.officer_id for slot in Keyring.load(keyring_path(folder)).officers()} == {
        plan.kept[0].officer_id, stayer.id,
    }  # fmt: skip


def test_rekey_is_refused_while_another_program_has_the_register_open(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, recovery = create_store(folder)
    add_child(store, "Trịnh Văn Mở")
    other = make_engine(database_path(folder), store.data_key)
    reader = other.raw_connection()
    reader.execute("SELECT count(*) FROM child").fetchall()
    try:
        plan = service.prepare_rekey(store, password=PASSWORD, temporary={})
        store.options = StoreOptions(kdf=FAST.kdf, busy_timeout_ms=200)
        with pytest.raises(StoreLocked):
            service.apply_rekey(store, plan)
        # Nothing changed: the store goes on with the old key, the new keyring is gone.
        assert children(store) == 1
        assert not pending_path(folder).exists()
    finally:
        reader.close()
        other.dispose()
    store.close()
    assert opens_with(folder, keyring_path(folder), None, recovery)


def test_only_the_signed_in_officer_with_the_right_password_may_rekey(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "reg")
    try:
        with pytest.raises(WrongPassword):
            service.prepare_rekey(store, password="not-the-password", temporary={})
        assert not pending_path(store.folder).exists()
    finally:
        store.close()


# --- killed part-way ------------------------------------------------------------------------------

# Re-keys the register and SIGKILLs itself at the start of one stage ("wal": part-way through
# writing the re-encrypted pages), as a power cut or a killed process would stop it.
REKEYER = textwrap.dedent(
    """
    import os, signal, sys, threading, time
    from pathlib import Path
    from desktop.services import rekey
    from desktop.storage.store import Store, StoreOptions
    from tests.helpers.registers import FAST, PASSWORD

    folder, officer_id, kill_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    store = Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)
    plan = rekey.prepare_rekey(store, password=PASSWORD, temporary={})
    print(plan.recovery_key, flush=True)

    def watch_wal(wal, size):
        while not wal.exists() or wal.stat().st_size < size:
            time.sleep(0.0005)
        os.kill(os.getpid(), signal.SIGKILL)

    def progress(stage, done, total):
        if kill_at == "wal" and stage == "encrypt":
            db = folder / "register.db"
            args = (db.with_name("register.db-wal"), db.stat().st_size // 2)
            threading.Thread(target=watch_wal, args=args, daemon=True).start()
        elif stage == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    rekey.apply_rekey(store, plan, progress)
    print("finished", flush=True)
    """
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, int]:
    folder = tmp_path_factory.mktemp("rekey") / "reg"
    store, recovery = create_store(folder)
    seed_register(store, children=1500, seed=4)
    count, officer_id = children(store), store.officer.id
    store.close()
    return folder, officer_id, recovery, count


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", ["lock", "wal", "fold", "verify", "swap", "half-swapped"])
def test_a_rekey_killed_at_any_point_leaves_a_register_that_opens(
    seeded: tuple[Path, str, str, int], tmp_path: Path, kill_at: str
) -> None:
    source, officer_id, old_recovery, count = seeded
    folder = tmp_path / "reg"
    shutil.copytree(source, folder)
    stage = "swap" if kill_at == "half-swapped" else kill_at
    child = subprocess.run(
        [sys.executable, "-c", REKEYER, str(folder), officer_id, stage],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    new_recovery = child.stdout.split()[0]
    assert pending_path(folder).exists()
    if kill_at == "half-swapped":
        # Killed between writing register.keys and its .bak copy.
        keyring_path(folder).write_bytes(pending_path(folder).read_bytes())

    # Never neither: the officer's password opens it, with every child.
    store = Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)
    assert children(store) == count
    store.close()
    assert not pending_path(folder).exists()
    # Exactly one of the two recovery keys opens it: the old one if the file was not yet
    # re-encrypted, else the new one; the key file and its copy agree.
    keys = keyring_path(folder)
    assert keys.read_bytes() == backup_path(keys).read_bytes()
    old_opens = opens_with(folder, keys, None, old_recovery)
    new_opens = opens_with(folder, keys, None, new_recovery)
    assert old_opens != new_opens
    if kill_at in ("fold", "verify", "swap", "half-swapped"):
        assert new_opens
    if kill_at == "lock":
        assert old_opens
