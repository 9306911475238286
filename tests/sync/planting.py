"""Values the app would never write, put where they can arrive from: a register edited behind
the app's back, or the database of an older server that stored whatever it was sent."""

import json

from sqlalchemy import select, text, update

from desktop import protocol as p
from desktop.storage.store import Store
from server import models as m


def local_edit(store: Store, table: str, row_id: str, **values: object) -> None:
    """An edit made behind the app's back (a script, a damaged import): captured like any."""
    sets = ", ".join(f'"{name}" = :{name}' for name in values)
    with store.engine.begin() as conn:
        conn.execute(text(f'UPDATE "{table}" SET {sets} WHERE id = :id'), {**values, "id": row_id})


def plant(server, row_id: str, log_entry: bool = False, **values: object) -> None:
    """What an older server stored: the row's values changed in the server database; with a
    `log_entry` it is also a new version every PC of the commune pulls."""
    with server.engine.begin() as conn:
        row = conn.execute(select(m.sync_row).where(m.sync_row.c.row_id == row_id)).one()
        merged = {**json.loads(row.values_json), **values}
        change = {"values_json": p.canonical_json(merged)}
        if log_entry:
            seq = conn.execute(select(m.commune.c.log_seq).where(
                m.commune.c.code == row.commune_code)).scalar_one() + 1
            conn.execute(update(m.commune).where(m.commune.c.code == row.commune_code)
                         .values(log_seq=seq))
            conn.execute(m.change_log.insert().values(
                commune_code=row.commune_code, seq=seq, kind="row", table_name=row.table_name,
                row_id=row_id, moved_to=None))
            change |= {"server_seq": seq, "version": row.version + 1}
        conn.execute(update(m.sync_row).where(m.sync_row.c.row_id == row_id).values(**change))
