"""A commune's officer rows: the list a PC takes before it sends an officer of its own, and the
rule that one username is one account in a commune.

A PC makes its first officer before it first syncs (the first-run wizard, `bvte init`); when
the commune already has that username, the PC takes the server's account instead of sending
its own (desktop/sync/officers.py). Two new PCs syncing for the first time at once could both
send one; the second is refused, and takes the first one's account at its next pull.
"""

import json
from typing import Any

from sqlalchemy import Connection, Engine, select

from desktop.protocol import KIND_DELETE, Change, RowsReply
from server import models as m
from server.db import read_transaction
from server.read import fetch_rows
from server.rowstore import RowState

TABLE = "officer"
CLASH = "sync.officer_exists"


def commune_officers(engine: Engine, commune: str) -> RowsReply:
    """Every officer row of the commune (tombstones too)."""
    with read_transaction(engine) as conn:
        ids = list(conn.execute(
            select(m.sync_row.c.row_id).where(m.sync_row.c.commune_code == commune,
                                              m.sync_row.c.table_name == TABLE)
            .order_by(m.sync_row.c.row_id)).scalars())
    return fetch_rows(engine, commune, TABLE, ids)


def username_clash(conn: Connection, change: Change, row: RowState | None,
                   staged: dict[tuple[str, str], RowState], commune: str) -> str | None:
    """CLASH when the change gives its officer a username another officer row of the commune
    has; `staged` holds the batch's rows as they stand so far."""
    if change.table != TABLE or change.kind == KIND_DELETE:
        return None
    username = change.fields.get("username")
    if username is None or (row is not None and row.values.get("username") == username):
        return None
    others: dict[str, Any] = {
        row_id: json.loads(values).get("username")
        for row_id, values in conn.execute(
            select(m.sync_row.c.row_id, m.sync_row.c.values_json).where(
                m.sync_row.c.commune_code == commune, m.sync_row.c.table_name == TABLE))
    }
    for (table, row_id), state in staged.items():
        if table == TABLE and state.commune == commune:
            others[row_id] = state.values.get("username")
    others.pop(change.row_id, None)
    return CLASH if username in others.values() else None
