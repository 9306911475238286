"""`bvte doctor` finds rows whose values the app cannot read, names them, and says what to do."""

from pathlib import Path

from sqlalchemy import text

from tests.cli.runner import bvte
from tests.helpers.registers import PASSWORD, add_child, create_store


def test_doctor_names_unreadable_rows_and_exits_non_zero(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    alien = add_child(store, "Bùi Thị Thảo")
    undated = add_child(store, "Bùi Văn Toàn")
    fine = add_child(store, "Bùi Minh Tâm")
    clean = bvte("doctor", "--data-dir", str(folder), "--password-stdin", stdin=PASSWORD + "\n")
    assert clean.code == 0, clean.text
    # What an older server let through, as a PC stored it before it checked what it pulled.
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE child SET sex = 'alien' WHERE id = :i"), {"i": alien.id})
        conn.execute(text("UPDATE child SET date_of_birth = 'not-a-date' WHERE id = :i"),
                     {"i": undated.id})
    store.close()
    done = bvte("doctor", "--data-dir", str(folder), "--password-stdin", stdin=PASSWORD + "\n")
    assert done.code == 1, done.text
    assert f"bảng child, bản ghi {alien.id}, cột sex" in done.out
    assert f"bảng child, bản ghi {undated.id}, cột date_of_birth" in done.out
    assert fine.id not in done.out
    # No personal value, no value at all; and no advice to restore a sound file.
    for secret in ("Bùi", "Thảo", "alien", "not-a-date"):
        assert secret not in done.text
    assert "Không cần khôi phục bản sao lưu" in done.out
    assert "khôi phục từ bản sao lưu" not in done.out
    assert "Traceback" not in done.text
