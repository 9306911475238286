"""The folded-text search index over children (FTS5): names, ID numbers, carers, thôn/tổ."""

import json
from collections.abc import Iterable

import orjson
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.text import fold, search_tokens
from desktop.storage import bulk_load

TABLE = "child_search"
# Name and ID number matter most; a carer's name or the thôn/tổ still finds the child.
RANK = "bm25(child_search_fts, 10.0, 10.0, 3.0, 1.0)"
BATCH = 2000
# Above this many matches, ranking costs more time than it gives the officer, who types on.
RANKED_MATCHES = 2000

# One row holding every document as JSON: the driver lets go of the interpreter lock once
# for the whole read instead of once per row (see bulk_load.insert_rows for why that counts).
_DOCUMENTS = text(
    """
    SELECT json_group_array(json_array(
           c.id, c.full_name, coalesce(c.personal_id, ''), c.village,
           c.current_address, c.permanent_address,
           (SELECT group_concat(k.full_name || ' ' || coalesce(k.personal_id, ''), ' ')
              FROM carer k WHERE k.child_id = c.id AND k.deleted_at IS NULL)))
      FROM child c
     WHERE c.id IN (SELECT value FROM json_each(:ids)) AND c.deleted_at IS NULL
    """
)
_COLUMNS = ("child_id", "name", "id_number", "carers", "place")
_ON_CONFLICT = """
    ON CONFLICT (child_id) DO UPDATE SET
        name = excluded.name, id_number = excluded.id_number,
        carers = excluded.carers, place = excluded.place
    """


def child_part(
    name: str, personal_id: str | None, place: tuple[str, str, str]
) -> tuple[str, str, str]:
    """The child's own part of its entry: folded name, ID number, folded place (village,
    current and permanent address)."""
    village, current, permanent = place
    return fold(name), personal_id or "", fold(f"{village} {current} {permanent}")


def document(child_id: str, part: tuple[str, str, str], carers: str | None) -> tuple[str, ...]:
    """A child's entry in `_COLUMNS` order: its `child_part` and its live carers' names and
    ID numbers, space-separated (see carer_text)."""
    name, personal_id, place = part
    return (child_id, name, personal_id, fold(carers or ""), place)


def carer_text(full_name: str, personal_id: str | None) -> str:
    """A carer's part of `document`'s `carers`, as _DOCUMENTS makes it."""
    return f"{full_name} {personal_id or ''}"


def documents(conn: Session | Connection, ids: list[str]) -> list[tuple[str, ...]]:
    """The entries of these children as the register holds them (live children only)."""
    found = conn.execute(_DOCUMENTS, {"ids": json.dumps(ids)}).scalar()
    return [
        document(child_id, child_part(name, personal_id, (village, current, permanent)), carers)
        for child_id, name, personal_id, village, current, permanent, carers in orjson.loads(
            found or "[]"
        )
    ]


_INDEXED = "name, id_number, carers, place"
_OF_IDS = "WHERE child_id IN (SELECT value FROM json_each(:ids))"


def refresh(conn: Session | Connection, child_ids: Iterable[str]) -> None:
    """Re-index these children; a deleted or missing child leaves the index.

    FTS5 is fed by one INSERT ... SELECT per batch rather than a trigger per row: FTS5 takes
    a statement's rows about ten times faster than one statement per row.
    """
    ids = list(dict.fromkeys(child_ids))
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        docs = documents(conn, batch)
        live = {doc[0] for doc in docs}
        gone = [child_id for child_id in batch if child_id not in live]
        if gone:
            # The delete trigger takes their text out of FTS5.
            conn.execute(text(f"DELETE FROM child_search {_OF_IDS}"), {"ids": json.dumps(gone)})
        if not docs:
            continue
        kept = {"ids": json.dumps([doc[0] for doc in docs])}
        # FTS5 must be told the exact text it indexed to forget it: the rows as they are now.
        conn.execute(
            text(
                f"INSERT INTO child_search_fts(child_search_fts, rowid, {_INDEXED}) "
                f"SELECT 'delete', rid, {_INDEXED} FROM child_search {_OF_IDS}"
            ),
            kept,
        )
        bulk_load.insert_rows(conn, TABLE, _COLUMNS, docs, suffix=_ON_CONFLICT)
        conn.execute(
            text(
                f"INSERT INTO child_search_fts(rowid, {_INDEXED}) "
                f"SELECT rid, {_INDEXED} FROM child_search {_OF_IDS}"
            ),
            kept,
        )


def rebuild(conn: Session | Connection) -> int:
    """Build the whole index again from the register; returns how many children it holds.

    Every entry is written first and FTS5 then reads them all in one pass, a third of the
    time of feeding it batch by batch.
    """
    conn.execute(text("DELETE FROM child_search"))
    ids = list(conn.execute(text("SELECT id FROM child WHERE deleted_at IS NULL")).scalars())
    with bulk_load.deferred_upkeep(conn, [TABLE]):
        for start in range(0, len(ids), BATCH):
            entries = documents(conn, ids[start : start + BATCH])
            bulk_load.insert_rows(conn, TABLE, _COLUMNS, entries)
    conn.execute(text("INSERT INTO child_search_fts(child_search_fts) VALUES ('rebuild')"))
    return len(ids)


def add(conn: Session | Connection, entries: list[tuple[str, ...]]) -> None:
    """Index children that have no entry yet, from entries made by `document`."""
    if not entries:
        return
    bulk_load.insert_rows(conn, TABLE, _COLUMNS, entries)
    conn.execute(
        text(
            f"INSERT INTO child_search_fts(rowid, {_INDEXED}) "
            f"SELECT rid, {_INDEXED} FROM child_search {_OF_IDS}"
        ),
        {"ids": json.dumps([entry[0] for entry in entries])},
    )


def is_empty(conn: Session | Connection) -> bool:
    return bool(bulk_load.empty_tables(conn, [TABLE]))


# A search is a name, an ID number or a place, never a pasted page: past these the words add
# nothing but time (a 32,767-character query took 15 s).
MAX_QUERY_CHARS = 100
MAX_QUERY_WORDS = 8


def query_tokens(query: str) -> list[str]:
    """The folded words a search looks for, within the bounds above."""
    return search_tokens(query[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_WORDS]


def match_expression(query: str) -> str | None:
    """FTS5 query: every folded token must start a word somewhere in the entry."""
    tokens = query_tokens(query)
    if not tokens:
        return None
    # Tokens are folded to letters and digits, so quoting them leaves no FTS5 syntax to inject.
    return " ".join(f'"{token}"*' for token in tokens)


def search(
    conn: Session | Connection, query: str, *, limit: int = 50, offset: int = 0
) -> list[str]:
    """Child ids matching the query: names and ID numbers that start with it, then the rest.

    Ranking every match costs time in proportion to the matches, which at 100,000 children can
    be all of them ("nguyen"). So: names and ID numbers beginning with the typed text come first
    in order, straight off their indexes; then the other matches, ranked by relevance when they
    are few, else names matching before carers and places, in index order.
    """
    expression = match_expression(query)
    if expression is None:
        return []
    wanted = offset + limit
    found: dict[str, None] = {}
    folded = " ".join(query_tokens(query))
    for column in ("name", "id_number"):
        if len(found) >= wanted:
            break
        found.update(dict.fromkeys(_starting_with(conn, column, folded, wanted - len(found))))
    if len(found) < wanted:
        # Asks for all `wanted`: the matches already found come round again and are skipped.
        for child_id in _matching(conn, expression, wanted):
            found.setdefault(child_id)
            if len(found) >= wanted:
                break
    return list(found)[offset:wanted]


def _starting_with(conn: Session | Connection, column: str, prefix: str, limit: int) -> list[str]:
    if not prefix:
        return []
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    rows = conn.execute(
        text(
            f"SELECT child_id FROM child_search WHERE {column} >= :low AND {column} < :high"
            f" ORDER BY {column}, child_id LIMIT :limit"
        ),
        {"low": prefix, "high": upper, "limit": limit},
    )
    return list(rows.scalars())


def _matching(conn: Session | Connection, expression: str, limit: int) -> list[str]:
    probe = conn.execute(
        text("SELECT rowid FROM child_search_fts WHERE child_search_fts MATCH :expr LIMIT :cap"),
        {"expr": expression, "cap": RANKED_MATCHES + 1},
    ).scalars()
    if len(list(probe)) <= RANKED_MATCHES:
        rows = conn.execute(
            text(
                f"""
                SELECT s.child_id FROM child_search_fts f JOIN child_search s ON s.rid = f.rowid
                 WHERE child_search_fts MATCH :expr ORDER BY {RANK}, s.name LIMIT :limit
                """
            ),
            {"expr": expression, "limit": limit},
        )
        return list(rows.scalars())
    rowids: list[int] = []
    for filtered in (f"{{name id_number}} : ({expression})", expression):
        rowids += conn.execute(
            text("SELECT rowid FROM child_search_fts WHERE child_search_fts MATCH :expr LIMIT :n"),
            {"expr": filtered, "n": limit},
        ).scalars()
    owners = text(
        "SELECT rid, child_id FROM child_search WHERE rid IN (SELECT value FROM json_each(:r))"
    )
    ids = dict(conn.execute(owners, {"r": json.dumps(rowids)}).all())
    return [ids[rowid] for rowid in dict.fromkeys(rowids) if rowid in ids]


def count(conn: Session | Connection, query: str) -> int:
    expression = match_expression(query)
    if expression is None:
        return 0
    return conn.execute(
        text("SELECT count(*) FROM child_search_fts WHERE child_search_fts MATCH :expr"),
        {"expr": expression},
    ).scalar_one()
