"""Folded search: unaccented input, NFC and NFD, ID prefixes, carers, thôn/tổ, hostile queries."""

import unicodedata

import pytest
from sqlalchemy import text

from desktop.domain.child import Carer, Child
from desktop.domain.enums import CarerRelation
from desktop.storage import search_index
from desktop.storage.store import Store
from tests.helpers.registers import add_child


def names(store: Store, query: str) -> list[str]:
    with store.unit_of_work(write=False) as uow:
        return [child.full_name for child in uow.search_children(query)]


@pytest.mark.parametrize(
    "query",
    ["nguyen van an", "Nguyễn Văn Ân", "NGUYEN VAN AN", "an nguyen", "ngu va", "  nguyễn   ân "],
)
def test_name_found_with_or_without_marks(store: Store, family: Child, query: str) -> None:
    assert names(store, query) == ["Nguyễn Văn Ân"]


def test_nfd_query_finds_nfc_name_and_nfd_name_is_stored_as_nfc(
    store: Store, family: Child
) -> None:
    assert names(store, unicodedata.normalize("NFD", "Nguyễn Văn Ân")) == ["Nguyễn Văn Ân"]
    decomposed = unicodedata.normalize("NFD", "Đặng Thị Thuỷ")
    child = add_child(store, decomposed)
    with store.unit_of_work(write=False) as uow:
        stored = uow.children.get(child.id).full_name
    assert stored == unicodedata.normalize("NFC", decomposed)
    assert names(store, "dang thi thuy") == [stored]
    assert names(store, "Đặng Thị Thủy") == [stored]  # new tone placement finds the old one


def test_id_number_and_its_prefix(store: Store, family: Child) -> None:
    assert names(store, "031215001234") == ["Nguyễn Văn Ân"]
    assert names(store, "0312150") == ["Nguyễn Văn Ân"]
    assert names(store, "0399") == []


def test_carer_name_and_village(store: Store, family: Child) -> None:
    assert names(store, "le thi hoa") == ["Nguyễn Văn Ân"]
    assert names(store, "dong hai") == ["Nguyễn Văn Ân"]


def test_exact_name_ranks_first(store: Store, family: Child) -> None:
    add_child(store, "Nguyễn Văn Anh")
    add_child(store, "Nguyễn Văn An Khang")
    assert names(store, "nguyen van an")[0] == "Nguyễn Văn Ân"
    assert set(names(store, "nguyen van an")) == {
        "Nguyễn Văn Ân",
        "Nguyễn Văn Anh",
        "Nguyễn Văn An Khang",
    }


def test_edits_and_deletes_follow_into_the_index(store: Store, family: Child) -> None:
    with store.unit_of_work() as uow:
        child = uow.children.get(family.id)
        child.full_name = "Nguyễn Văn Bình"
        uow.children.update(child)
    assert names(store, "nguyen van an") == []
    assert names(store, "binh") == ["Nguyễn Văn Bình"]
    with store.unit_of_work() as uow:
        uow.children.delete(family.id)
    assert names(store, "binh") == []


def _index_consistent(store: Store) -> None:
    """FTS5's own check that its index holds exactly the text of the rows behind it."""
    with store.unit_of_work(write=False) as uow:
        uow.session.execute(
            text(
                "INSERT INTO child_search_fts(child_search_fts, rank) VALUES ('integrity-check', 1)"
            )
        )


def test_index_stays_exact_through_edits_reindexing_and_deletes(
    store: Store, family: Child
) -> None:
    others = [add_child(store, f"Trần Thị Mai {k}") for k in range(3)]
    for round_ in range(3):
        with store.unit_of_work() as uow:
            child = uow.children.get(family.id)
            child.full_name = f"Phạm Văn Tú {round_}"
            uow.children.update(child)
            # The same children re-indexed twice in one transaction, and one that is gone.
            search_index.refresh(uow.session, [family.id, others[0].id, family.id, "no-such"])
        _index_consistent(store)
    assert names(store, "pham van tu 2") == ["Phạm Văn Tú 2"]
    assert names(store, "pham van tu 1") == []
    with store.unit_of_work() as uow:
        uow.children.delete(others[1].id)
    _index_consistent(store)
    assert names(store, "tran thi mai") == ["Trần Thị Mai 0", "Trần Thị Mai 2"]
    with store.unit_of_work() as uow:
        assert search_index.rebuild(uow.session) == 3
    _index_consistent(store)
    assert names(store, "tran thi mai 2") == ["Trần Thị Mai 2"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "an*",
        "NEAR(an van)",
        "an OR 1=1",
        "'; DROP TABLE child; --",
        "name:an",
        "^an",
        "(",
        "\x00\x01",
        "a" * 100_000,
        "",
        "   ",
    ],
)
def test_hostile_queries_neither_fail_nor_inject(store: Store, family: Child, query: str) -> None:
    found = names(store, query)
    assert found in ([], ["Nguyễn Văn Ân"])
    assert names(store, "nguyen van an") == ["Nguyễn Văn Ân"]


def page_ids(store: Store, query: str, offset: int, limit: int) -> list[str]:
    with store.unit_of_work(write=False) as uow:
        return search_index.search(uow.session, query, limit=limit, offset=offset)


@pytest.mark.parametrize("ranked_limit", [2000, 4])
def test_names_starting_with_the_query_come_first_and_pages_neither_repeat_nor_skip(
    store: Store, monkeypatch: pytest.MonkeyPatch, ranked_limit: int
) -> None:
    # 4 makes the many-matches path run on a small register; 2000 is the ranked path.
    monkeypatch.setattr(search_index, "RANKED_MATCHES", ranked_limit)
    starting = [add_child(store, f"Vũ Thị Mai {n}").id for n in range(6)]
    inside = [add_child(store, f"Lê Vũ Hải {n}").id for n in range(4)]
    with store.unit_of_work() as uow:
        child = uow.children.add(Child(commune_code="11560", full_name="Trần Văn Bình"))
        uow.carers.add(
            Carer(child_id=child.id, full_name="Vũ Văn Tư", relation=CarerRelation.FATHER)
        )
    everything = page_ids(store, "vu", 0, 50)
    assert set(everything[:6]) == set(starting)
    assert set(everything) == {*starting, *inside, child.id}
    pages = [page_ids(store, "vu", offset, 3) for offset in range(0, 12, 3)]
    assert [cid for page in pages for cid in page] == everything
