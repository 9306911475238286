"""Registers the app cannot open are described truthfully: newer, read-only, busy, keys mended."""

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.paths import database_path, keyring_path
from desktop.storage.doctor import examine
from desktop.storage.errors import StoreReadOnly
from desktop.storage.keyring import Keyring, TooManyAttempts, backup_path
from desktop.storage.store import Store, StoreOptions
from tests.cli.runner import ROOT, bvte, child_env
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store
from tests.storage.read_only import read_only

RESTORE_ADVICE = "sao lưu gần nhất"  # how the damaged-file messages advise a restore


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "reg"
    store, _ = create_store(made)
    add_child(store, "Phạm Thị Hoa")
    store.close()
    return made


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def no_traceback(*outcomes) -> None:
    for outcome in outcomes:
        assert "Traceback" not in outcome.text


# --- a register from a newer BVTE ----------------------------------------------------------------


def test_a_register_from_a_newer_bvte_is_refused_before_any_write(folder: Path) -> None:
    store = Store.open(folder, officer_id=_officer(folder), password=PASSWORD, opts=FAST)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999_from_a_newer_bvte')"))
    store.close()
    before = digest(database_path(folder))
    files_before = sorted(path.name for path in folder.iterdir())

    tries = [
        bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin", stdin=PASSWORD + "\n")
        for _ in range(2)
    ]
    doctor = bvte("doctor", "--data-dir", str(folder), "--password-stdin", stdin=PASSWORD + "\n")
    for done in [*tries, doctor]:
        assert done.code == 9, done.text
        assert "phiên bản BVTE mới hơn" in done.err and "cập nhật" in done.err
        assert "không mong đợi" not in done.err and RESTORE_ADVICE not in done.text
    # No backup copy, no audit row, not a byte of the file changed.
    assert sorted(path.name for path in folder.iterdir()) == files_before
    assert digest(database_path(folder)) == before
    no_traceback(*tries, doctor)


# --- a read-only data folder ---------------------------------------------------------------------


def test_a_read_only_folder_is_not_called_damaged(folder: Path) -> None:
    keys_before = keyring_path(folder).read_bytes()
    with read_only(folder):
        right = bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin",
                     stdin=PASSWORD + "\n")  # fmt: skip
        wrong = bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin",
                     stdin="not-the-password\n")  # fmt: skip
        passwd = bvte("passwd", "--data-dir", str(folder), "--password-stdin",
                      stdin=f"{PASSWORD}\nHải-Phòng-mới-2026\n")  # fmt: skip
    for done in (right, wrong, passwd):
        assert done.code == 10, done.text
        assert "Không ghi được vào thư mục" in done.err
        assert "bị hỏng" not in done.err
        assert RESTORE_ADVICE not in done.err
    assert keyring_path(folder).read_bytes() == keys_before
    no_traceback(right, wrong, passwd)
    # Writable again, the same register opens as it was.
    again = bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin",
                 stdin=PASSWORD + "\n")  # fmt: skip
    assert again.code == 0 and "Phạm Thị Hoa" in again.out


def test_a_wrong_password_in_a_read_only_folder_still_costs_the_wait(folder: Path) -> None:
    waits: list[float] = []
    keyring = Keyring.load(keyring_path(folder), sleep=waits.append)
    officer = keyring.officers()[0].officer_id
    with read_only(folder):
        for _ in range(3):
            with pytest.raises(StoreReadOnly):
                keyring.unlock(officer, "not-the-password")
        # The misses could not be written down, but this process keeps counting them.
        with pytest.raises(TooManyAttempts):
            keyring.unlock(officer, PASSWORD)
    assert waits == [0.5] * 3


# --- a register another process is writing -------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.paths import database_path, keyring_path
    from desktop.storage.engine import make_engine
    from desktop.storage.keyring import Keyring
    from tests.helpers.registers import PASSWORD

    folder = Path(sys.argv[1])
    keyring = Keyring.load(keyring_path(folder))
    key = keyring.unlock(keyring.officers()[0].officer_id, PASSWORD)
    engine = make_engine(database_path(folder), key)
    conn = engine.raw_connection()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO local_setting (key, value) VALUES ('holder', 'writing')")
    print("holding", flush=True)
    sys.stdin.read()
    conn.rollback()
    conn.close()
    engine.dispose()
    """
)


def start_writer(folder: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=child_env(), cwd=ROOT,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    return holder


@pytest.fixture
def writer(folder: Path):
    """Another process in the middle of a write transaction on the register."""
    holder = start_writer(folder)
    yield holder
    holder.communicate(timeout=60)
    assert holder.returncode == 0


def test_doctor_while_another_process_writes_finds_the_register_busy_not_damaged(
    folder: Path,
) -> None:
    opts = StoreOptions(kdf=FAST.kdf, busy_timeout_ms=200)
    # Opened first; the other program starts writing mid-check, as a sync or a seed would.
    store = Store.open(folder, officer_id=_officer(folder), password=PASSWORD, opts=opts)
    try:
        holder = start_writer(folder)
        try:
            report = examine(store.engine)
        finally:
            holder.communicate(timeout=60)
        assert report.problems == []
        assert report.busy == ["search index"]
        assert not report.ok
        # Once the other program is done, the same check passes.
        assert examine(store.engine).ok
    finally:
        store.close()


def test_doctor_cli_says_in_use_and_never_advises_a_restore(
    folder: Path, writer: subprocess.Popen
) -> None:
    done = bvte("doctor", "--data-dir", str(folder), "--password-stdin", stdin=PASSWORD + "\n",
                BVTE_BUSY_TIMEOUT_MS="200")  # fmt: skip
    assert done.code == 6, done.text
    assert "chương trình khác" in done.err
    assert "sao lưu" not in done.text and "hỏng" not in done.text
    no_traceback(done)


# --- a damaged key file or copy ------------------------------------------------------------------


def test_a_damaged_keys_file_is_mended_from_its_copy_and_the_officer_told(folder: Path) -> None:
    good = keyring_path(folder).read_bytes()
    keyring_path(folder).write_bytes(good[: len(good) // 2])
    done = bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin",
                stdin=PASSWORD + "\n")  # fmt: skip
    assert done.code == 0 and "Phạm Thị Hoa" in done.out, done.text
    assert "register.keys bị hỏng" in done.err and "register.keys.bak" in done.err
    assert keyring_path(folder).read_bytes() == good
    quiet = bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin",
                 stdin=PASSWORD + "\n")  # fmt: skip
    assert quiet.code == 0 and quiet.err == ""


def test_a_damaged_keys_copy_is_reported_and_rewritten(folder: Path) -> None:
    good = keyring_path(folder).read_bytes()
    backup_path(keyring_path(folder)).write_bytes(b"{ not json")
    done = bvte("search", "--data-dir", str(folder), "Hoa", "--password-stdin",
                stdin=PASSWORD + "\n")  # fmt: skip
    assert done.code == 0, done.text
    assert "register.keys.bak bị hỏng" in done.err
    assert backup_path(keyring_path(folder)).read_bytes() == good
    no_traceback(done)


def _officer(folder: Path) -> str:
    return Keyring.load(keyring_path(folder)).officers()[0].officer_id
