"""The `bvte` command end to end: init, seed, search, doctor, passwords, and every refusal."""

import re
import subprocess
import time
from pathlib import Path

import pytest

from desktop.cli.text import PASSWORD_REASONS
from desktop.domain.passwords import check_password_strength
from desktop.paths import database_path, keyring_path
from desktop.storage.engine import make_engine
from tests.cli.runner import bvte, bvte_command, child_env
from tests.helpers.registers import PASSWORD, create_store

RECOVERY = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}\b")
NEW_PASSWORD = "Hải-Phòng-mới-2026"


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A register with 240 synthetic children, made with the cheap test KDF."""
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    store.close()
    done = bvte("seed", "--data-dir", str(folder), "--children", "240", "--password-stdin",
                stdin=PASSWORD + "\n")
    assert done.code == 0, done.text
    return folder


def no_traceback(*outcomes) -> None:
    for outcome in outcomes:
        assert "Traceback" not in outcome.text


def test_init_prints_the_recovery_key_once_and_it_resets_the_password(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    made = bvte("init", "--data-dir", str(folder), "--commune", "phuong hong bang",
                "--officer", "Trần Thị Mai", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.code == 0, made.text
    keys = RECOVERY.findall(made.out)
    assert len(keys) == 1
    assert "Phường Hồng Bàng" in made.out
    assert keys[0] not in keyring_path(folder).read_text(encoding="utf-8")

    again = bvte("init", "--data-dir", str(folder), "--commune", "Hồng Bàng",
                 "--officer", "Lê Văn Tám", "--password-stdin", stdin=PASSWORD + "\n")
    assert again.code == 7 and "đã có" in again.err.lower()

    reset = bvte("recover", "--data-dir", str(folder), "--password-stdin",
                 stdin=f"{keys[0].lower()}\n{NEW_PASSWORD}\n")
    assert reset.code == 0, reset.text
    old = bvte("search", "--data-dir", str(folder), "An", "--password-stdin",
               stdin=PASSWORD + "\n")
    assert old.code == 4 and "mật khẩu" in old.err.lower()
    new = bvte("search", "--data-dir", str(folder), "An", "--password-stdin",
               stdin=NEW_PASSWORD + "\n")
    assert new.code == 0 and "Không tìm thấy" in new.out
    no_traceback(made, again, reset, old, new)


def test_weak_password_and_unknown_commune_are_refused_with_reasons(tmp_path: Path) -> None:
    weak = bvte("init", "--data-dir", str(tmp_path / "a"), "--commune", "Hồng Bàng",
                "--officer", "Trần Thị Mai", "--password-stdin", stdin="12345678\n")
    assert weak.code == 7
    assert "chữ số" in weak.err
    nowhere = bvte("init", "--data-dir", str(tmp_path / "b"), "--commune", "Atlantis",
                   "--officer", "Trần Thị Mai", "--password-stdin", stdin=PASSWORD + "\n")
    assert nowhere.code == 2 and "Atlantis" in nowhere.err
    assert not (tmp_path / "a").exists() or not database_path(tmp_path / "a").exists()
    no_traceback(weak, nowhere)


@pytest.mark.parametrize("password", ["short", "1234567890123", "abcdefghijkl", "password123"])
def test_every_password_reason_has_a_vietnamese_text(password: str) -> None:
    reasons = check_password_strength(password)
    assert reasons
    assert all(code in PASSWORD_REASONS for code in reasons)


def test_seed_search_and_doctor(seeded: Path) -> None:
    store_name = bvte("search", "--data-dir", str(seeded), "nguyen", "--limit", "5",
                      "--password-stdin", stdin=PASSWORD + "\n")
    assert store_name.code == 0, store_name.text
    lines = [line for line in store_name.out.splitlines() if "\t" in line]
    assert 1 <= len(lines) <= 5
    assert all("Nguyễn" in line for line in lines)

    doctor = bvte("doctor", "--data-dir", str(seeded), "--password-stdin", stdin=PASSWORD + "\n")
    assert doctor.code == 0, doctor.text
    assert re.search(r"^\s+trẻ em \(child\): 240$", doctor.out, re.MULTILINE)
    no_traceback(store_name, doctor)


def test_search_by_id_number_prefix(seeded: Path) -> None:
    found = bvte("search", "--data-dir", str(seeded), "nguyen", "--limit", "50",
                 "--password-stdin", stdin=PASSWORD + "\n")
    ids = [line.split("\t")[2] for line in found.out.splitlines() if "\t" in line]
    some_id = next(value for value in ids if value != "-")
    by_prefix = bvte("search", "--data-dir", str(seeded), some_id[:9], "--limit", "200",
                     "--password-stdin", stdin=PASSWORD + "\n")
    assert some_id in by_prefix.out


def test_missing_register_wrong_password_and_no_password(tmp_path: Path, seeded: Path) -> None:
    missing = bvte("search", "--data-dir", str(tmp_path / "none"), "An", "--password-stdin",
                   stdin=PASSWORD + "\n")
    assert missing.code == 3 and "không tìm thấy" in missing.err.lower()
    wrong = bvte("search", "--data-dir", str(seeded), "An", "--password-stdin",
                 stdin="sai-mat-khau-2026\n")
    assert wrong.code == 4 and "mật khẩu" in wrong.err.lower()
    silent = bvte("search", "--data-dir", str(seeded), "An")
    assert silent.code == 2
    no_traceback(missing, wrong, silent)


def test_password_never_accepted_from_the_command_line(seeded: Path) -> None:
    done = bvte("search", "--data-dir", str(seeded), "An", "--password", PASSWORD)
    assert done.code == 2


def test_truncated_register_is_corrupt(seeded: Path) -> None:
    db = database_path(seeded)
    with open(db, "r+b") as handle:
        handle.truncate(4096 * 3)
    for wal in seeded.glob("register.db-*"):
        wal.unlink()
    done = bvte("doctor", "--data-dir", str(seeded), "--password-stdin", stdin=PASSWORD + "\n")
    assert done.code in (1, 5), done.text
    assert "hỏng" in done.text.lower() or "vấn đề" in done.text.lower()
    no_traceback(done)


def test_flipped_byte_in_the_middle_is_found(seeded: Path) -> None:
    db = database_path(seeded)
    for wal in seeded.glob("register.db-*"):
        wal.unlink()
    size = db.stat().st_size
    where = (size // 2 // 4096) * 4096 + 1000
    data = bytearray(db.read_bytes())
    data[where] ^= 0x40
    db.write_bytes(bytes(data))
    done = bvte("doctor", "--data-dir", str(seeded), "--password-stdin", stdin=PASSWORD + "\n")
    # Either opening already meets the damaged page, or the cipher check names it.
    assert done.code in (1, 5), done.text
    if done.code == 1:
        assert "cipher: HMAC verification failed" in done.out
        assert "sao lưu" in done.out
        assert len(done.out.splitlines()) < 60
    assert "ERROR CORE" not in done.err
    no_traceback(done)


def test_a_register_locked_by_another_program_gives_exit_6(seeded: Path) -> None:
    from desktop.storage.keyring import Keyring

    keyring = Keyring.load(keyring_path(seeded))
    data_key = keyring.unlock(keyring.officers()[0].officer_id, PASSWORD)
    engine = make_engine(database_path(seeded), data_key)
    holder = engine.raw_connection()
    try:
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("DELETE FROM local_setting WHERE key = 'nothing'")
        done = bvte("seed", "--data-dir", str(seeded), "--children", "10", "--password-stdin",
                    stdin=PASSWORD + "\n", BVTE_BUSY_TIMEOUT_MS="300")
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    assert done.code == 6, done.text
    assert "bị khóa" in done.err
    no_traceback(done)


def test_busy_timeout_must_be_a_number(seeded: Path) -> None:
    done = bvte("search", "--data-dir", str(seeded), "An", "--password-stdin",
                stdin=PASSWORD + "\n", BVTE_BUSY_TIMEOUT_MS="soon")
    assert done.code == 2 and "BVTE_BUSY_TIMEOUT_MS" in done.err


def test_interrupted_seed_leaves_a_whole_register(tmp_path: Path) -> None:
    """SIGKILL in the middle of a large seed: every batch is whole or absent, doctor passes."""
    folder = tmp_path / "killed"
    store, _ = create_store(folder)
    store.close()
    proc = subprocess.Popen(
        bvte_command("seed", "--data-dir", str(folder), "--children", "50000",
                     "--password-stdin"),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=child_env(),
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write((PASSWORD + "\n").encode())
    proc.stdin.close()
    deadline = time.monotonic() + 240
    batches = 0
    while batches < 2 and time.monotonic() < deadline:
        line = proc.stderr.readline().decode("utf-8")
        if not line:
            break
        batches += "Đã tạo" in line
    # Killed in the middle of writing a later batch, not between runs.
    time.sleep(0.3)
    proc.kill()
    proc.wait(timeout=30)
    assert batches == 2 and proc.returncode == -9

    doctor = bvte("doctor", "--data-dir", str(folder), "--password-stdin", stdin=PASSWORD + "\n")
    assert doctor.code == 0, doctor.text
    children = int(re.search(r"^\s+trẻ em \(child\): (\d+)$", doctor.out, re.MULTILINE).group(1))
    assert children >= 2000 and children % 1000 == 0
    assert children < 50000


def test_seeding_twice_with_one_seed_is_refused_and_changes_nothing(seeded: Path) -> None:
    again = bvte("seed", "--data-dir", str(seeded), "--children", "10", "--password-stdin",
                 stdin=PASSWORD + "\n")
    assert again.code == 7 and "hạt giống 1" in again.err
    doctor = bvte("doctor", "--data-dir", str(seeded), "--password-stdin", stdin=PASSWORD + "\n")
    assert re.search(r"^\s+trẻ em \(child\): 240$", doctor.out, re.MULTILINE)
    no_traceback(again, doctor)
