"""One officer, one account: a local officer the server never had takes the commune's account of
the same username.

The first-run wizard and `bvte init` both make an officer before the PC meets the server, so
an officer setting up a second PC (or a new laptop) makes a second row for herself. Before it
is ever sent, that row gives way to the server's: the local officer becomes the account the
commune already has (one row, one id, on every PC and on the server), everything written
under the local id and not yet sent is re-labelled, and this PC's password slot, which names
the local id (the id is bound into the wrapped key), is mapped to the account by an alias in
`local_setting` that `Store.open` follows.
"""

import logging
from functools import cache
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol import PulledRow
from desktop.storage.schema import Base
from desktop.storage.store import OFFICER_ALIAS
from desktop.storage.synced_tables import APPEND_ONLY, SYNCED_TABLES

log = logging.getLogger(__name__)

# Columns of synced tables that name an officer.
_OFFICER_COLUMNS = ("officer_id", "author_id")


@cache
def _references() -> tuple[tuple[str, str], ...]:
    """(table, column) of every synced column that holds an officer's id."""
    return tuple(
        (table, column)
        for table in SYNCED_TABLES
        for column in _OFFICER_COLUMNS
        if column in Base.metadata.tables[table].c
    )


class _Holder(NamedTuple):
    """Who holds a username in the register: the officer's id, whether the server has it."""

    id: str
    server_seq: int | None
    in_flight: bool


def waiting(session: Session) -> bool:
    """An officer made on this PC waits to be sent for the first time (its insert is pending)."""
    found = session.execute(
        text(
            "SELECT 1 FROM sync_outbox WHERE table_name = 'officer' AND base_json IS NULL "
            "AND kind = 'upsert' AND batch_id IS NULL LIMIT 1"
        )
    ).first()
    return found is not None


def take_accounts(session: Session, rows: list[PulledRow]) -> list[PulledRow]:
    """The server's officer rows that may be stored (call inside `apply.guarded`).

    A local officer holding a row's username under another id becomes that account when the
    server has never had the local row; then the row is stored as any new row. Otherwise the
    server holds both accounts (made before the server refused a second one): the local one
    stays, the row is left out and the checksum step reports it.
    """
    local = {
        r.username: _Holder(r.id, r.server_seq, bool(r.in_flight))
        for r in session.execute(
            text(
                "SELECT o.username, o.id, o.server_seq, EXISTS (SELECT 1 FROM sync_outbox b "
                "WHERE b.table_name = 'officer' AND b.row_id = o.id "
                "AND b.batch_id IS NOT NULL) AS in_flight FROM officer o"
            )
        )
    }
    kept = []
    for row in rows:
        username = row.values.get("username")
        mine = local.get(username)
        if mine is not None and mine.id != row.row_id:
            if row.deleted or mine.server_seq is not None or mine.in_flight:
                log.warning(
                    "officer account %s clashes with a local account's username",
                    row.row_id,
                    extra={"code": "sync.officer_twice"},
                )
                continue
            become(session, mine.id, row.row_id)
        kept.append(row)
        # The username is this row's now: another row of the page with it is a second account.
        local[username] = _Holder(row.row_id, row.server_seq, False)
    return kept


def become(session: Session, old: str, new: str) -> None:
    """The local officer `old`, never sent, becomes the account `new`: its row and pending
    changes go (the server's row replaces them), unsent rows written under `old` are
    re-labelled, and password slots of `old` lead to `new`. Inside `apply.guarded`, so none of
    this is captured as an edit."""
    ids = {"old": old, "new": new}
    session.execute(
        text(
            "DELETE FROM sync_outbox WHERE table_name = 'officer' AND row_id = :old "
            "AND batch_id IS NULL"
        ),
        ids,
    )
    session.execute(
        text("DELETE FROM sync_quarantine WHERE table_name = 'officer' AND row_id = :old"), ids
    )
    session.execute(text("DELETE FROM officer WHERE id = :old"), ids)
    for table, column in _references():
        _relabel(session, table, column, ids)
    _relabel(session, "audit_event", "entity_id", ids, "entity = 'officer'")
    session.execute(text("UPDATE draft SET officer_id = :new WHERE officer_id = :old"), ids)
    # This PC's own settings kept per officer (the register's columns, ...).
    session.execute(
        text(
            "UPDATE OR REPLACE local_setting SET key = replace(key, :old, :new) "
            "WHERE instr(key, :old) > 0"
        ),
        ids,
    )
    session.execute(
        text(
            "INSERT INTO local_setting (key, value) VALUES (:alias, :new) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {**ids, "alias": OFFICER_ALIAS + old},
    )
    # A slot already led to `old` (it became `old` earlier): it now leads to `new`.
    session.execute(
        text("UPDATE local_setting SET value = :new WHERE key LIKE :prefix AND value = :old"),
        {**ids, "prefix": OFFICER_ALIAS + "%"},
    )
    log.info("a local officer became the commune's account of the same username")


def _relabel(
    session: Session, table: str, column: str, ids: dict[str, str], where: str = "1"
) -> None:
    """Rows not yet sent that name `old` in `column` name `new`; sent rows keep what the
    server has."""
    unsent = (
        f"id IN (SELECT row_id FROM sync_outbox WHERE table_name = '{table}' AND batch_id IS NULL)"
    )
    condition = f'"{column}" = :old AND {unsent} AND {where}'
    found = session.execute(text(f'SELECT 1 FROM "{table}" WHERE {condition} LIMIT 1'), ids)
    if found.first() is None:
        return
    guard = f"{table}_no_update"
    saved = None
    if table in APPEND_ONLY:
        # History nobody else has seen yet: its author is re-labelled, never its content. The
        # guard is part of the schema, so dropping it is undone with everything on an error.
        saved = session.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": guard},
        ).scalar()
        if saved:
            session.connection().exec_driver_sql(f'DROP TRIGGER "{guard}"')
    session.execute(text(f'UPDATE "{table}" SET "{column}" = :new WHERE {condition}'), ids)
    session.execute(
        text(
            f"UPDATE sync_outbox SET new_json = json_set(new_json, '$.{column}', :new) "
            f"WHERE table_name = '{table}' AND batch_id IS NULL AND new_json IS NOT NULL "
            f"AND json_extract(new_json, '$.{column}') = :old"
        ),
        ids,
    )
    if saved:
        session.connection().exec_driver_sql(saved)  # as stored: no bind parameters in it
