"""Hidden characters in names do not hide a child from search; long queries are bounded;
the register's files are private from the moment they are made."""

import os
import stat
from pathlib import Path

import pytest

from desktop.services import register as r
from desktop.storage import search_index
from desktop.storage.store import Store, register_files
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Ng\u200buyễn Văn\u2060 Tươi", "nguyen van tuoi"),  # zero-width space, word joiner
        ("Nguyễn Văn Tươi", "Ngu\u200dyen T\ufeffuoi"),  # zero-width joiner, BOM in the query
        ("Tr\u00adần Thị \u202eHạnh", "tran thi hanh"),  # soft hyphen, right-to-left override
    ],
)
def test_search_ignores_zero_width_and_direction_characters(
    store: Store, stored: str, typed: str
) -> None:
    child = add_child(store, stored)
    found = r.search_children(store, typed)
    assert [c.id for c in found] == [child.id]
    # Stored as typed: only the index and the query are folded.
    assert found[0].full_name == stored


def test_a_search_query_is_bounded_in_words_and_length(store: Store) -> None:
    child = add_child(store, "Phạm Văn Dài")
    pasted = "pham van dai " + "x" * 32_767
    view = r.RegisterView(query=pasted)
    assert len(view.query) <= search_index.MAX_QUERY_CHARS
    many = r.RegisterView(query=" ".join(["pham"] * 5000))
    assert len(many.query.split()) == search_index.MAX_QUERY_WORDS
    expression = search_index.match_expression("-".join(["an"] * 16_000))
    assert expression is not None and expression.count('"') == 2 * search_index.MAX_QUERY_WORDS
    # Words past the bound are not looked for: the name at the start still finds the child.
    beyond = "pham van dai" + " " * search_index.MAX_QUERY_CHARS + "khong co"
    assert [c.id for c in r.fetch_page(store, r.RegisterView(query=beyond)).rows] == [child.id]
    # What fits in the bounds is left exactly as typed.
    assert r.RegisterView(query="Phạm  Văn ").query == "Phạm  Văn "


def modes(folder: Path) -> dict[str, int]:
    return {
        path.name: stat.S_IMODE(path.stat().st_mode)
        for path in register_files(folder)
        if path.exists()
    }


def test_register_and_wal_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "reg"
        store, _ = create_store(folder)
        add_child(store, "Đặng Thị Riêng")
        made = modes(folder)
        store.close()
    finally:
        os.umask(old)
    assert {"register.db", "register.db-wal", "register.db-shm", "register.keys"} <= set(made)
    assert set(made.values()) == {0o600}, made


def test_an_older_register_readable_by_others_is_made_private_when_opened(tmp_path: Path) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    officer_id = store.officer.id
    store.close()
    for path in register_files(folder):
        if path.exists():
            path.chmod(0o644)
    opened = Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)
    try:
        assert set(modes(folder).values()) == {0o600}
    finally:
        opened.close()
