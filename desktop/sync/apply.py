"""Apply the server's rows to the register without echoing them back into the outbox."""

import contextlib
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol import ChangeResult, Conflict, PulledRow
from desktop.protocol.merge import THEIRS, field_fate
from desktop.storage import search_index
from desktop.storage.schema import Base
from desktop.storage.synced_tables import SYNCED_TABLES, column_kinds
from desktop.sync import held, officers
from desktop.sync.values import (
    InsertGroups,
    base_values,
    content,
    from_wire_value,
    insert_groups,
    insert_many,
    now_raw,
    read_many,
    read_row,
    write_row,
)

log = logging.getLogger(__name__)

# Rows whose text feeds a child's search entry.
_INDEXED = {"child": "id", "carer": "child_id"}


@contextlib.contextmanager
def guarded(session: Session) -> Iterator[None]:
    """Capture triggers stay quiet inside; the flag is part of the transaction, so a crash
    rolls it back with everything else."""
    session.execute(text("UPDATE sync_apply_guard SET active = 1 WHERE id = 1"))
    try:
        yield
    finally:
        session.execute(text("UPDATE sync_apply_guard SET active = 0 WHERE id = 1"))


def _pending(session: Session, table: str, row_id: str) -> Any:
    return session.execute(
        text(
            "SELECT * FROM sync_outbox WHERE table_name = :t AND row_id = :r "
            "ORDER BY seq DESC LIMIT 1"
        ),
        {"t": table, "r": row_id},
    ).first()


def _deleted_at(existing: dict | None, deleted: bool, stamp: str) -> str | None:
    if not deleted:
        return None
    if existing and existing["deleted_at"] is not None:
        return existing["deleted_at"]
    return stamp


def _meta(existing: dict | None, row: PulledRow, device_id: str, stamp: str) -> dict[str, Any]:
    """Bookkeeping columns; `stamp` is the local time of the page being written."""
    return {
        "version": row.version,
        "server_seq": row.server_seq,
        "server_updated_at": stamp,
        "deleted_at": _deleted_at(existing, row.deleted, stamp),
        "device_id": existing["device_id"] if existing else device_id,
        "created_at": existing["created_at"] if existing else stamp,
        "updated_at": existing["updated_at"] if existing else stamp,
    }


def _merge_with_pending(session: Session, row: PulledRow, existing: dict, entry: Any) -> dict:
    """The row has unsent local edits: take theirs where we did not edit, keep ours where we
    did, and move the outbox base forward so the push carries only our own edits (the server
    merges those against the base and reports a conflict if both sides changed a field)."""
    mine = content(row.table, existing)
    if entry.base_json is None:
        return row.values | mine
    kinds = column_kinds(row.table)
    base_raw = json.loads(entry.base_json)
    base = base_values(row.table, entry.base_json)
    values = dict(row.values)
    for name, theirs in row.values.items():
        ours = mine.get(name, theirs)
        # Both changed: ours stays here until the server, which merges our push, decides.
        if field_fate(base.get(name), ours, theirs) == THEIRS:
            base_raw[name] = from_wire_value(kinds.get(name, "text"), theirs)
        else:
            values[name] = ours
    session.execute(
        text("UPDATE sync_outbox SET base_json = :b, base_version = :v WHERE seq = :s"),
        {"b": json.dumps(base_raw, ensure_ascii=False), "v": row.version, "s": entry.seq},
    )
    return values


def _pending_many(session: Session, table: str, ids: list[str]) -> dict[str, Any]:
    rows = session.execute(
        text(
            "SELECT * FROM sync_outbox WHERE table_name = :t AND row_id IN "
            "(SELECT value FROM json_each(:ids)) ORDER BY seq"
        ),
        {"t": table, "ids": json.dumps(ids)},
    ).all()
    return {row.row_id: row for row in rows}  # the latest entry per row wins


def _unchanged(table: str, existing: dict, row: PulledRow) -> bool:
    return (
        existing["version"] == row.version
        and (existing["deleted_at"] is not None) == row.deleted
        and content(table, existing) == row.values
    )


def _moved_away(session: Session, table: str, existing: dict, row: PulledRow) -> None:
    """The row went to another commune with a transferred case: mark it deleted here (history
    cannot be deleted) and list it, so the checksums leave it out."""
    session.execute(
        text(f'UPDATE "{table}" SET deleted_at = coalesce(deleted_at, :now) WHERE id = :i'),
        {"now": now_raw(), "i": row.row_id},
    )
    session.execute(
        text(
            "INSERT INTO sync_moved (table_name, row_id, commune_code) VALUES (:t, :r, :c) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET commune_code = excluded.commune_code"
        ),
        {"t": table, "r": row.row_id, "c": row.moved_to},
    )


def new_rows(table: str, rows: list[PulledRow], device_id: str, stamp: str) -> InsertGroups:
    """Insert groups for readable rows none of which the register holds (see
    values.insert_groups)."""
    return insert_groups(
        table,
        [(row.row_id, row.values, _meta(None, row, device_id, stamp)) for row in rows],
    )


def apply_rows(
    session: Session,
    rows: Iterable[PulledRow],
    device_id: str,
    *,
    reindex: set[str] | None = None,
    checked: bool = False,
) -> int:
    """Write pulled rows (call inside `guarded`); returns how many changed the register.

    Rows the register cannot read are held back first (see held.set_aside), unless the
    caller did so already (`checked`). Reads each table's rows of the page in one query and
    inserts new rows in bulk: a new PC takes tens of thousands of rows, and one statement per
    row would dominate. Children whose search entry is out of date are re-indexed now, or
    added to `reindex` for the caller to re-index once after many pages.
    """
    if not checked:
        rows, _held = held.set_aside(session, list(rows))
    dirty_children: set[str] = set()
    written = 0
    stamp = now_raw()
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    # Only a PC that saw a case leave has rows listed as moved; a new PC skips the clean-up.
    any_moved = session.execute(text("SELECT 1 FROM sync_moved LIMIT 1")).first() is not None
    by_table: dict[str, list[PulledRow]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row)
    for table, rows_of_table in by_table.items():
        group = list({row.row_id: row for row in rows_of_table}.values())  # the last one wins
        ids = [row.row_id for row in group]
        existing_rows = read_many(session, table, ids)
        if table == "officer":
            group = officers.take_accounts(session, group)
        pending = _pending_many(session, table, ids) if existing_rows else {}
        fresh: list[tuple[str, dict, dict]] = []
        for row in group:
            existing = existing_rows.get(row.row_id)
            if row.moved_to is not None:
                if existing is not None:
                    _moved_away(session, table, existing, row)
                    written += 1
                    if table in _INDEXED:
                        column = _INDEXED[table]
                        dirty_children.add(row.row_id if column == "id" else existing[column])
                continue
            entry = pending.get(row.row_id)
            if existing is None:
                fresh.append((row.row_id, row.values, _meta(None, row, device_id, stamp)))
            elif entry is None and _unchanged(table, existing, row):
                if existing["server_seq"] != row.server_seq:
                    session.execute(
                        text(f'UPDATE "{table}" SET server_seq = :q WHERE id = :i'),
                        {"q": row.server_seq, "i": row.row_id},
                    )
                continue
            else:
                values = row.values
                meta = _meta(existing, row, device_id, stamp)
                if entry is not None:
                    values = _merge_with_pending(session, row, existing, entry)
                    if existing["deleted_at"] is not None and not row.deleted:
                        meta["deleted_at"] = existing["deleted_at"]
                write_row(session, table, row.row_id, values, meta)
            written += 1
            if table in _INDEXED:
                column = _INDEXED[table]
                dirty_children.add(row.row_id if column == "id" else row.values.get(column))
        if fresh:
            insert_many(session, table, fresh)
        back = [row.row_id for row in group if row.moved_to is None] if any_moved else []
        if back:
            session.execute(
                text(
                    "DELETE FROM sync_moved WHERE table_name = :t AND row_id IN "
                    "(SELECT value FROM json_each(:ids))"
                ),
                {"t": table, "ids": json.dumps(back)},
            )
    dirty_children.discard(None)
    if reindex is not None:
        reindex.update(dirty_children)
    elif dirty_children:
        search_index.refresh(session, dirty_children)
    return written


def stamp_after_push(session: Session, table: str, row_id: str, result: ChangeResult) -> None:
    """Take the server's version (and merged values) unless newer local edits are waiting."""
    if result.version is None:
        return
    existing = read_row(session, table, row_id)
    if existing is None:
        return
    waiting = _pending(session, table, row_id)
    if waiting is not None and waiting.batch_id is None:
        session.execute(
            text("UPDATE sync_outbox SET base_version = :v WHERE seq = :s"),
            {"v": result.version, "s": waiting.seq},
        )
        return
    meta = {"version": result.version, "server_seq": result.server_seq}
    if result.row is not None:
        write_row(session, table, row_id, result.row, meta)
        if table in _INDEXED:
            child = row_id if table == "child" else existing.get("child_id")
            search_index.refresh(session, [child])
    else:
        session.execute(
            text(f'UPDATE "{table}" SET version = :v, server_seq = :q WHERE id = :i'),
            {"v": result.version, "q": result.server_seq, "i": row_id},
        )


def store_conflict(session: Session, conflict: Conflict) -> None:
    """Keep (or settle) a conflict the server reported; the same conflict may come twice."""
    now = datetime.now(UTC).replace(tzinfo=None)
    session.execute(
        text(
            "INSERT INTO sync_conflict (id, op_id, device_id, table_name, row_id, fields_json, "
            "server_version, found_at, resolved_at, resolution) "
            "VALUES (:id, :op, :dev, :t, :r, :f, :v, :at, :res_at, :res) "
            "ON CONFLICT (id) DO UPDATE SET fields_json = excluded.fields_json, "
            "server_version = excluded.server_version, "
            "resolved_at = coalesce(sync_conflict.resolved_at, excluded.resolved_at), "
            "resolution = CASE WHEN sync_conflict.resolution = '' THEN excluded.resolution "
            "ELSE sync_conflict.resolution END"
        ),
        {
            "id": conflict.conflict_id,
            "op": conflict.op_id,
            "dev": conflict.device_id,
            "t": conflict.table,
            "r": conflict.row_id,
            "f": json.dumps(conflict.fields, ensure_ascii=False),
            "v": conflict.server_version,
            "at": now,
            "res_at": now if conflict.resolved else None,
            "res": "server" if conflict.resolved else "",
        },
    )


def save_cursor(session: Session, commune_code: str, cursor: int, bootstrapped: bool) -> None:
    session.execute(
        text(
            "INSERT INTO sync_state (commune_code, cursor, bootstrapped) VALUES (:c, :k, :b) "
            "ON CONFLICT (commune_code) DO UPDATE SET cursor = excluded.cursor, "
            "bootstrapped = max(sync_state.bootstrapped, excluded.bootstrapped)"
        ),
        {"c": commune_code, "k": str(cursor), "b": int(bootstrapped)},
    )


def load_cursor(session: Session, commune_code: str) -> tuple[int, bool]:
    row = session.execute(
        text("SELECT cursor, bootstrapped FROM sync_state WHERE commune_code = :c"),
        {"c": commune_code},
    ).first()
    if row is None:
        return 0, False
    return int(row.cursor or 0), bool(row.bootstrapped)


@cache
def _parents(table: str) -> tuple[tuple[str, str], ...]:
    """(column, parent table) of each foreign key of a synced table."""
    out = []
    for fk in Base.metadata.tables[table].foreign_keys:
        out.append((fk.parent.name, fk.column.table.name))
    return tuple(out)


def split_ready(session: Session, rows: list[PulledRow]) -> tuple[list[PulledRow], list[PulledRow]]:
    """Parents first; rows whose parent is neither here nor in the batch wait for a later page.

    The server orders rows by log position, and a parent edited after its children comes
    later; the register's foreign keys must hold at every commit.
    """
    order = {name: i for i, name in enumerate(SYNCED_TABLES)}
    rows = sorted(rows, key=lambda r: order.get(r.table, len(order)))
    in_batch: dict[str, set[str]] = {}
    for row in rows:
        if row.moved_to is None:
            in_batch.setdefault(row.table, set()).add(row.row_id)
    wanted: dict[str, set[str]] = {}
    for row in rows:
        for column, parent in _parents(row.table):
            ref = row.values.get(column)
            if ref and ref not in in_batch.get(parent, set()):
                wanted.setdefault(parent, set()).add(ref)
    present: dict[str, set[str]] = {}
    for parent, ids in wanted.items():
        found = session.execute(
            text(f'SELECT id FROM "{parent}" WHERE id IN (SELECT value FROM json_each(:ids))'),
            {"ids": json.dumps(sorted(ids))},
        ).scalars()
        present[parent] = set(found)
    ready, waiting = [], []
    accepted: dict[str, set[str]] = {}
    for row in rows:
        ok = row.moved_to is not None or all(
            not row.values.get(column)
            or row.values[column] in present.get(parent, set())
            or row.values[column] in accepted.get(parent, set())
            for column, parent in _parents(row.table)
        )
        if ok:
            ready.append(row)
            accepted.setdefault(row.table, set()).add(row.row_id)
        else:
            waiting.append(row)
    return ready, waiting
