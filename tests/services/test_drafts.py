"""Drafts live in the encrypted register, per officer, and survive closing and reopening."""

from pathlib import Path

from desktop.services.accounts import add_officer
from desktop.services.drafts import discard_draft, list_drafts, load_draft, save_draft
from desktop.storage.store import Store
from tests.helpers.registers import FAST, PASSWORD, create_store

OTHER_PASSWORD = "Khác-mật-khẩu-77!"


def test_a_draft_round_trips_and_is_replaced_not_duplicated(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "r")
    try:
        assert load_draft(store, "visit", "new") is None
        save_draft(store, "visit", "new", {"observations": "Gặp mẹ và bé", "seen": True})
        save_draft(store, "visit", "new", {"observations": "Gặp bà ngoại", "seen": False})
        save_draft(store, "child", "abc", {"full_name": "Nguyễn Văn Ân"})
        assert load_draft(store, "visit", "new") == {"observations": "Gặp bà ngoại", "seen": False}
        assert [(d.kind, d.key) for d in list_drafts(store, "visit")] == [("visit", "new")]
        assert {(d.kind, d.key) for d in list_drafts(store)} == {("visit", "new"), ("child", "abc")}
        discard_draft(store, "visit", "new")
        assert load_draft(store, "visit", "new") is None
        assert [d.kind for d in list_drafts(store)] == ["child"]
    finally:
        store.close()


def test_drafts_survive_reopening_and_belong_to_one_officer(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    first, _ = create_store(folder)
    other = add_officer(
        first, full_name="Phạm Văn Bình", username="pham.van.binh", password=OTHER_PASSWORD
    )
    save_draft(first, "visit", "new", {"observations": "của chị Mai"})
    first_id = first.officer.id
    first.close()

    second = Store.open(folder, officer_id=other.id, password=OTHER_PASSWORD, opts=FAST)
    try:
        assert load_draft(second, "visit", "new") is None
        assert list_drafts(second) == []
        save_draft(second, "visit", "new", {"observations": "của anh Bình"})
    finally:
        second.close()

    again = Store.open(folder, officer_id=first_id, password=PASSWORD, opts=FAST)
    try:
        assert load_draft(again, "visit", "new") == {"observations": "của chị Mai"}
    finally:
        again.close()


def test_the_draft_text_is_not_readable_in_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    store, _ = create_store(folder)
    save_draft(store, "visit", "new", {"observations": "ZZUNIQUEMARKER"})
    store.close()
    for path in folder.iterdir():
        assert b"ZZUNIQUEMARKER" not in path.read_bytes()
