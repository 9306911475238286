"""A register indexed before format characters were folded out finds those children once opened."""

import unicodedata
from pathlib import Path

from alembic import command
from sqlalchemy import text

from desktop.paths import database_path
from desktop.services import register as r
from desktop.storage import migrate
from desktop.storage.doctor import examine
from desktop.storage.engine import make_engine
from desktop.storage.store import Store
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store

PREVIOUS = "0008_sync_batch"
HIDDEN = "Ng\u200buyễn Văn\u2060 Tươi"  # a zero-width space and a word joiner, as pasted
PLAIN = "Nguyễn Thị Lan"


def old_fold(value: str) -> str:
    """Folding as BVTE did it at 0008: combining marks out, format characters kept."""
    decomposed = unicodedata.normalize("NFD", value.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(kept.replace("đ", "d").split())


def back_to_previous_revision(folder: Path, data_key: bytes, child_id: str) -> None:
    """The register as 0008 left it: stamped 0008, this child's entry folded the old way."""
    engine = make_engine(database_path(folder), data_key)
    try:
        with engine.connect().execution_options(bvte_write=True) as conn, conn.begin():
            config = migrate._config()
            config.attributes["connection"] = conn
            command.downgrade(config, PREVIOUS)
        with engine.begin() as conn:
            of_child = {"id": child_id}
            columns = "name, id_number, carers, place"
            # FTS5 forgets an entry only when told the text it indexed, then takes the old one.
            conn.execute(
                text(
                    f"INSERT INTO child_search_fts(child_search_fts, rowid, {columns}) "
                    f"SELECT 'delete', rid, {columns} FROM child_search WHERE child_id = :id"
                ),
                of_child,
            )
            conn.execute(
                text("UPDATE child_search SET name = :name WHERE child_id = :id"),
                {**of_child, "name": old_fold(HIDDEN)},
            )
            conn.execute(
                text(
                    f"INSERT INTO child_search_fts(rowid, {columns}) "
                    f"SELECT rid, {columns} FROM child_search WHERE child_id = :id"
                ),
                of_child,
            )
        assert migrate.current_revisions(engine) == {PREVIOUS}
    finally:
        engine.dispose()


def test_opening_a_register_from_0008_makes_a_name_with_zero_width_characters_findable(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "reg"
    store, _ = create_store(folder)
    hidden, plain = add_child(store, HIDDEN), add_child(store, PLAIN)
    officer_id, data_key = store.officer.id, store.data_key
    store.close()
    back_to_previous_revision(folder, data_key, hidden.id)

    # What the officer met at 0008: the child is in the register but search cannot find it.
    engine = make_engine(database_path(folder), data_key)
    with engine.connect() as conn:
        name = conn.execute(
            text("SELECT name FROM child_search WHERE child_id = :id"), {"id": hidden.id}
        ).scalar_one()
    engine.dispose()
    assert "\u200b" in name

    store = Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)
    try:
        assert migrate.current_revisions(store.engine) == migrate.head_revisions()
        assert [c.id for c in r.search_children(store, "nguyen van tuoi")] == [hidden.id]
        assert [c.id for c in r.search_children(store, "tuoi")] == [hidden.id]
        assert {c.id for c in r.search_children(store, "nguyen")} == {hidden.id, plain.id}
        # Stored as typed; the index is whole.
        assert r.search_children(store, "tuoi")[0].full_name == HIDDEN
        report = examine(store.engine)
        assert report.ok, report.problems
    finally:
        store.close()
