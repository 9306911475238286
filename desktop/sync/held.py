"""Pulled rows this PC cannot read (a code not in its list, a bad date, a missing column):
held back from the register rather than stored, and shown with the refused changes.

A held row is kept in `sync_quarantine` (kind "pulled") whole, as the server sent it, with the
problem's code and column. The checksums count that copy in place of the register's, so the
check after a sync agrees with the server instead of reporting a mismatch every time; a later
pull of the row (fixed on the server) stores it and lets it go, with the rows held for it.
"""

import json
import logging
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol import PulledRow, row_digest
from desktop.protocol.columns import CHECKS
from desktop.protocol.schema import PARENT_HELD, Problem
from desktop.storage.synced_tables import SYNCED_TABLES
from desktop.sync.values import content, read_rows

log = logging.getLogger(__name__)

KIND = "pulled"
_NAMESPACE = uuid.UUID("6f1c2a9e-5b7d-4c1e-9a43-0d7e1f2b8c55")
_ORDER = {name: i for i, name in enumerate(SYNCED_TABLES)}
Key = tuple[str, str]


def entry_id(table: str, row_id: str) -> str:
    """The quarantine entry of a held row: one per row, replaced when it comes again."""
    return str(uuid.uuid5(_NAMESPACE, f"{table}/{row_id}"))


def problem(row: PulledRow) -> Problem | None:
    """Why the register cannot take this row, or None; a row that moved away has no values.
    Columns this register does not know are left aside (they are not stored)."""
    if row.moved_to is not None:
        return None
    return CHECKS[row.table].problem(row.values, unknown_ok=True)


def hold(session: Session, row: PulledRow, found: Problem) -> None:
    entry = {"row": row.to_json(), "code": found.code, "column": found.column}
    session.execute(
        text(
            "INSERT OR REPLACE INTO sync_quarantine (op_id, table_name, row_id, kind, "
            "base_version, change_json, reason_code, reason, quarantined_at) "
            "VALUES (:op, :t, :r, :k, :v, :c, :code, '', :at)"
        ),
        {
            "op": entry_id(row.table, row.row_id),
            "t": row.table,
            "r": row.row_id,
            "k": KIND,
            "v": row.version,
            "c": json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
            "code": found.code,
            "at": datetime.now(UTC).replace(tzinfo=None),
        },
    )
    # The table and column only: the value may be a name or an ID number.
    log.warning(
        "pulled %s row held back: %s in column %s", row.table, found.code, found.column,
        extra={"code": "sync.rows_held", "table": row.table},
    )


def _entries(session: Session) -> list[Any]:
    return session.execute(
        text("SELECT table_name, row_id, change_json FROM sync_quarantine WHERE kind = :k"),
        {"k": KIND},
    ).all()


def count(session: Session) -> int:
    return session.execute(
        text("SELECT count(*) FROM sync_quarantine WHERE kind = :k"), {"k": KIND}
    ).scalar_one()


def held_keys(session: Session) -> set[Key]:
    return {
        (r.table_name, r.row_id)
        for r in session.execute(
            text("SELECT table_name, row_id FROM sync_quarantine WHERE kind = :k"), {"k": KIND}
        )
    }


def _release(session: Session, keys: Iterable[Key]) -> None:
    ids = [entry_id(table, row_id) for table, row_id in keys]
    if ids:
        session.execute(
            text("DELETE FROM sync_quarantine WHERE op_id IN (SELECT value FROM json_each(:i))"),
            {"i": json.dumps(ids)},
        )


def _parent_held(row: PulledRow, held: set[Key]) -> Problem | None:
    for column, parent in CHECKS[row.table].references:
        ref = row.values.get(column)
        if ref is not None and (parent, ref) in held:
            return Problem(PARENT_HELD, column)
    return None


def _freed_dependants(session: Session, freed: set[Key], coming: set[Key]) -> list[PulledRow]:
    """Rows held only for a parent that is now stored: they can be stored too (unless a
    newer copy of them comes in the same batch)."""
    out: list[PulledRow] = []
    waiting = [json.loads(r.change_json) for r in _entries(session)]
    while freed:
        found = []
        for entry in waiting:
            if entry.get("code") != PARENT_HELD:
                continue
            row = PulledRow.from_json(entry["row"])
            key = (row.table, row.row_id)
            if key not in coming and _parent_held(row, freed) is not None:
                found.append(row)
        _release(session, [(r.table, r.row_id) for r in found])
        out += found
        coming |= {(r.table, r.row_id) for r in found}
        freed = {(r.table, r.row_id) for r in found}
    return out


def set_aside(session: Session, rows: list[PulledRow]) -> tuple[list[PulledRow], int]:
    """The rows the register can take, and how many were held back now.

    A row with a problem is held; so is a row whose parent is held (it could not be stored
    without it). A held row that comes again readable, or leaves with a transferred case, is
    let go, and the rows held for it go with the rows returned.
    """
    earlier = held_keys(session) if _any(session) else set()
    bad: list[tuple[PulledRow, Problem]] = []
    good: list[PulledRow] = []
    for row in rows:
        found = problem(row)
        if found is None:
            good.append(row)
        else:
            bad.append((row, found))
    if not bad and not earlier:
        return rows, 0
    coming = {(r.table, r.row_id) for r in good}
    held = (earlier - coming) | {(r.table, r.row_id) for r, _ in bad}
    kept = []
    # Parents first, so a row held for its parent holds its own children in turn.
    for row in sorted(good, key=lambda r: _ORDER.get(r.table, len(_ORDER))):
        found = _parent_held(row, held) if row.moved_to is None else None
        if found is None:
            kept.append(row)
        else:
            bad.append((row, found))
            held.add((row.table, row.row_id))
    for row, found in bad:
        hold(session, row, found)
    freed = {(r.table, r.row_id) for r in kept} & earlier
    if freed:
        _release(session, freed)
        # A row that left with a transferred case frees nothing: its children leave too.
        stored = {(r.table, r.row_id) for r in kept if r.moved_to is None} & freed
        coming = {(r.table, r.row_id) for r in kept}
        kept = _freed_dependants(session, stored, coming) + kept
    return kept, len(bad)


def _any(session: Session) -> bool:
    found = session.execute(
        text("SELECT 1 FROM sync_quarantine WHERE kind = :k LIMIT 1"), {"k": KIND}
    ).first()
    return found is not None


def hold_stored_dependants(session: Session) -> int:
    """Rows already in the register whose parent is held (a new PC's snapshot writes a
    table's rows before it sees that a parent of a later table is unreadable): they are
    taken out and held too. Returns how many."""
    moved = 0
    while True:
        held: dict[str, set[str]] = {}
        for table, row_id in held_keys(session):
            held.setdefault(table, set()).add(row_id)
        found = []
        for table, check in CHECKS.items():
            for column, parent in check.references:
                if not held.get(parent):
                    continue
                where = f'WHERE "{column}" IN (SELECT value FROM json_each(:ids))'
                ids = {"ids": json.dumps(sorted(held[parent]))}
                for raw in read_rows(session, table, where, ids):
                    found.append((table, raw, Problem(PARENT_HELD, column)))
        if not found:
            return moved
        for table, raw, why in found:
            seq, deleted = raw["server_seq"] or 0, raw["deleted_at"] is not None
            row = PulledRow(table, raw["id"], seq, raw["version"], deleted, content(table, raw))
            hold(session, row, why)
            session.execute(text(f'DELETE FROM "{table}" WHERE id = :i'), {"i": raw["id"]})
        moved += len(found)


def _held_rows(session: Session, table: str | None = None) -> list[PulledRow]:
    rows = [PulledRow.from_json(json.loads(e.change_json)["row"]) for e in _entries(session)]
    return [row for row in rows if table is None or row.table == table]


def digests(session: Session, table: str) -> list[int]:
    """The held rows' digests (as the server makes them), counted in the table's checksum."""
    rows = _held_rows(session, table)
    return [row_digest(r.row_id, r.version, r.deleted, r.values) for r in rows]


def sums(session: Session) -> dict[str, tuple[int, int]]:
    """Per table with held rows: how many, and the sum of their digests."""
    out: dict[str, tuple[int, int]] = {}
    for row in _held_rows(session):
        count, total = out.get(row.table, (0, 0))
        digest = row_digest(row.row_id, row.version, row.deleted, row.values)
        out[row.table] = (count + 1, total + digest)
    return out


def entry_problem(change_json: str) -> tuple[str, str]:
    """(code, column) of a held row's entry."""
    entry = json.loads(change_json)
    return entry.get("code", ""), entry.get("column", "")
