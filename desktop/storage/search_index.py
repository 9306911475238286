"""The folded-text search index over children (FTS5): names, ID numbers, carers, thôn/tổ."""

import json
from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.text import fold, search_tokens

# Name and ID number matter most; a carer's name or the thôn/tổ still finds the child.
RANK = "bm25(child_search_fts, 10.0, 10.0, 3.0, 1.0)"
_BATCH = 2000
# Above this many matches, ranking costs more time than it gives the officer, who types on.
RANKED_MATCHES = 2000

_DOCUMENTS = text(
    """
    SELECT c.id, c.full_name, coalesce(c.personal_id, ''), c.village,
           c.current_address, c.permanent_address,
           (SELECT group_concat(k.full_name || ' ' || coalesce(k.personal_id, ''), ' ')
              FROM carer k WHERE k.child_id = c.id AND k.deleted_at IS NULL)
      FROM child c
     WHERE c.id IN (SELECT value FROM json_each(:ids)) AND c.deleted_at IS NULL
    """
)

# Run through the driver with positional rows: SQLAlchemy's per-row parameter handling costs
# more than SQLite's own work when a new PC indexes its whole register.
_UPSERT = """
    INSERT INTO child_search (child_id, name, id_number, carers, place)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (child_id) DO UPDATE SET
        name = excluded.name, id_number = excluded.id_number,
        carers = excluded.carers, place = excluded.place
    """


def _documents(conn: Session | Connection, ids: list[str]) -> list[tuple[str, ...]]:
    """(child id, name, ID number, carers, place), folded, in `_UPSERT`'s order."""
    rows = conn.execute(_DOCUMENTS, {"ids": json.dumps(ids)}).all()
    return [
        (
            child_id,
            fold(name),
            personal_id,
            fold(carers or ""),
            fold(f"{village} {current} {permanent}"),
        )
        for child_id, name, personal_id, village, current, permanent, carers in rows
    ]


_INDEXED = "name, id_number, carers, place"
_OF_IDS = "WHERE child_id IN (SELECT value FROM json_each(:ids))"


def refresh(conn: Session | Connection, child_ids: Iterable[str]) -> None:
    """Re-index these children; a deleted or missing child leaves the index.

    FTS5 is fed by one INSERT ... SELECT per batch rather than a trigger per row: FTS5 takes
    a statement's rows about ten times faster than one statement per row.
    """
    ids = list(dict.fromkeys(child_ids))
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        docs = _documents(conn, batch)
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
        (conn.connection() if isinstance(conn, Session) else conn).exec_driver_sql(_UPSERT, docs)
        conn.execute(
            text(
                f"INSERT INTO child_search_fts(rowid, {_INDEXED}) "
                f"SELECT rid, {_INDEXED} FROM child_search {_OF_IDS}"
            ),
            kept,
        )


def rebuild(conn: Session | Connection) -> int:
    """Build the whole index again from the register; returns how many children it holds."""
    conn.execute(text("DELETE FROM child_search"))
    conn.execute(text("INSERT INTO child_search_fts(child_search_fts) VALUES ('rebuild')"))
    ids = list(conn.execute(text("SELECT id FROM child WHERE deleted_at IS NULL")).scalars())
    refresh(conn, ids)
    return len(ids)


def match_expression(query: str) -> str | None:
    """FTS5 query: every folded token must start a word somewhere in the entry."""
    tokens = search_tokens(query)
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
    folded = " ".join(search_tokens(query))
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
