"""The outbox: turn captured edits into a push batch, and settle it from the server's reply."""

import functools
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol import (
    KIND_APPEND,
    KIND_DELETE,
    KIND_UPSERT,
    MAX_BATCH_CHANGES,
    META_COLUMNS,
    ZSTD,
    Change,
    ChangeResult,
    PushBatch,
    PushReply,
    compress_body,
    is_zstd,
    unpack_body,
)
from desktop.protocol.merge import changed_fields
from desktop.storage.synced_tables import column_kinds
from desktop.sync import apply
from desktop.sync.values import (
    base_values,
    content,
    execute_many,
    from_wire_value,
    read_many,
    read_row,
)
from desktop.sync.wire import change_json


def pending_count(session: Session) -> int:
    return session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


def _device_time(raw: str | None) -> str:
    return (raw or "")[:32]


def op_id_for(batch_id: str, ordinal: int) -> str:
    """A new op's id: the batch's random id with the op's place in it as the last 32 bits.

    Unique because batch ids are; and a reply full of such ids compresses to almost nothing.
    """
    return f"{_op_prefix(batch_id)}{ordinal:08x}"


@functools.lru_cache(maxsize=8)
def _op_prefix(batch_id: str) -> str:
    # The canonical text of the first 12 bytes is the first 28 characters of the batch id;
    # read once a batch, not once an op.
    return str(uuid.UUID(batch_id))[:28]


def _build_change(
    session: Session, entry: Any, device_id: str, row: dict[str, Any] | None, op_id: str
) -> Change | None:
    """The wire change for one outbox entry, from the row as it is now; None if no net change."""
    table, row_id = entry.table_name, entry.row_id
    base = base_values(table, entry.base_json)
    if entry.kind == KIND_DELETE or row is None:
        fields: dict[str, Any] = {}
        kind, sent_base = KIND_DELETE, {}
        if entry.base_json is None:
            # The server never saw this row: its tombstone must carry the whole record.
            last = row if row is not None else json.loads(entry.new_json or "{}")
            fields = content(table, last) if last else {}
    else:
        now = content(table, row)
        if entry.kind == KIND_APPEND or entry.base_json is None:
            kind, fields, sent_base = entry.kind, now, {}
        else:
            fields = changed_fields(base, now)
            for name in _conflict_fields(session, entry.resolves):
                # A settled conflict sends its fields even when the choice was the server's.
                fields.setdefault(name, now.get(name))
            if not fields and row["deleted_at"] is None:
                return None
            kind, sent_base = KIND_UPSERT, {name: base.get(name) for name in fields}
    return Change(
        op_id=entry.op_id or op_id,
        table=table,
        row_id=row_id,
        kind=kind,
        fields=fields,
        base=sent_base,
        base_version=entry.base_version,
        device_id=device_id,
        device_time=_device_time(entry.device_time),
        resolves=entry.resolves,
    )


def _conflict_fields(session: Session, conflict_id: str | None) -> list[str]:
    if not conflict_id:
        return []
    raw = session.execute(
        text("SELECT fields_json FROM sync_conflict WHERE id = :i"), {"i": conflict_id}
    ).scalar()
    return list(json.loads(raw)) if raw else []


def requeue(
    session: Session,
    table: str,
    row_id: str,
    *,
    base: dict[str, Any] | None,
    base_version: int,
    kind: str = KIND_UPSERT,
    resolves: str | None = None,
) -> None:
    """Queue a change by hand (a settled conflict, a quarantined change sent again).

    `base` is in wire form; an unsent change of the same row takes the mark instead.
    """
    kinds = column_kinds(table)
    raw_base = (
        None
        if base is None
        else {k: from_wire_value(kinds.get(k, "text"), v) for k, v in base.items()}
    )
    waiting = session.execute(
        text(
            "SELECT seq, base_json FROM sync_outbox WHERE table_name = :t AND row_id = :r "
            "AND batch_id IS NULL"
        ),
        {"t": table, "r": row_id},
    ).first()
    if waiting is not None:
        merged = json.loads(waiting.base_json) if waiting.base_json else None
        if merged is not None and raw_base is not None:
            merged.update(raw_base)
        if base is None:
            merged = None  # a row the server never accepted goes whole
        session.execute(
            text(
                "UPDATE sync_outbox SET resolves = coalesce(:c, resolves), base_json = :b "
                "WHERE seq = :s"
            ),
            {
                "c": resolves,
                "b": json.dumps(merged) if merged is not None else None,
                "s": waiting.seq,
            },
        )
        return
    if raw_base is not None:
        # The base covers every column, as a trigger's would: fields not named are unchanged.
        row = read_row(session, table, row_id) or {}
        full = {k: v for k, v in row.items() if k in kinds and k not in META_COLUMNS}
        raw_base = full | raw_base
    session.execute(
        text(
            "INSERT INTO sync_outbox (table_name, row_id, kind, base_json, new_json, "
            "base_version, device_time, resolves) VALUES (:t, :r, :k, :b, NULL, :v, :d, :c)"
        ),
        {
            "t": table,
            "r": row_id,
            "k": kind,
            "b": json.dumps(raw_base, ensure_ascii=False) if raw_base is not None else None,
            "v": base_version,
            "d": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
            "c": resolves,
        },
    )


def frozen_batch(
    session: Session, batch_id: str, *, device_id: str, commune_code: str
) -> PushBatch:
    """A batch frozen earlier, exactly as it was first sent."""
    body = session.execute(
        text("SELECT body FROM sync_batch WHERE batch_id = :b"), {"b": batch_id}
    ).scalar()
    if body is not None:
        stored = bytes(body)
        # Kept in zstd; a batch frozen by an older register was kept as plain JSON.
        packed = stored if is_zstd(stored) else None
        plain = unpack_body(stored, ZSTD) if packed else stored
        raw = orjson.loads(plain)
        changes = [Change.from_json(c) for c in raw["changes"]]
        batch = PushBatch(batch_id, device_id, commune_code, changes, raw.get("cursor", 0))
        _keep_body(batch, plain, packed)  # sent as stored
        return batch
    # Frozen before batches were kept whole: each entry holds its own change.
    rows = session.execute(
        text("SELECT change_json FROM sync_outbox WHERE batch_id = :b ORDER BY seq"),
        {"b": batch_id},
    ).scalars()
    changes = [Change.from_json(json.loads(raw)) for raw in rows]
    return PushBatch(batch_id, device_id, commune_code, changes)


_ENTRY_COLUMNS = (
    "seq, table_name, row_id, kind, base_json, new_json, base_version, device_time, op_id, resolves"
)


def next_batch(
    session: Session,
    *,
    device_id: str,
    commune_code: str,
    limit: int = MAX_BATCH_CHANGES,
    after: str | None = None,
) -> PushBatch | None:
    """The batch to send now: an unanswered one again, unchanged, or a new one frozen here.

    Call inside a write transaction and commit before sending, so the ids are on disk first.
    `after` names the batch on the wire now, so the one after it can be made meanwhile.
    """
    inflight = session.execute(
        text(
            "SELECT batch_id FROM sync_outbox WHERE batch_id IS NOT NULL "
            "AND batch_id IS NOT :after ORDER BY seq LIMIT 1"
        ),
        {"after": after},
    ).scalar()
    if inflight is not None:
        return frozen_batch(session, inflight, device_id=device_id, commune_code=commune_code)
    return freeze_unsent(session, device_id=device_id, commune_code=commune_code, limit=limit)


def frozen_batch_ids(session: Session) -> list[str]:
    """Every batch frozen and not yet settled, oldest first (the order they must go in)."""
    return list(
        session.execute(
            text(
                "SELECT batch_id FROM sync_outbox WHERE batch_id IS NOT NULL "
                "GROUP BY batch_id ORDER BY min(seq)"
            )
        ).scalars()
    )


def freeze_unsent(
    session: Session, *, device_id: str, commune_code: str, limit: int = MAX_BATCH_CHANGES
) -> PushBatch | None:
    """A new batch of the oldest unsent entries, frozen here; None when none is left."""
    while True:
        entries = session.execute(
            text(
                f"SELECT {_ENTRY_COLUMNS} FROM sync_outbox WHERE batch_id IS NULL "
                "ORDER BY seq LIMIT :n"
            ),
            {"n": limit},
        ).all()
        if not entries:
            return None
        batch = _freeze(session, entries, device_id, commune_code)
        if batch is not None:
            return batch
        # Every entry taken had no net change and is gone: look at the next ones.


def _freeze(
    session: Session, entries: list[Any], device_id: str, commune_code: str
) -> PushBatch | None:
    """Turn these oldest unsent entries into one batch: its request body is stored once, and
    the entries are marked with one statement (they are every unsent entry up to the last)."""
    batch_id = str(uuid.uuid4())
    wanted: dict[str, list[str]] = {}
    for entry in entries:
        wanted.setdefault(entry.table_name, []).append(entry.row_id)
    current = {table: read_many(session, table, ids) for table, ids in wanted.items()}
    changes, wire, dropped = [], [], []
    for entry in entries:
        row = current[entry.table_name].get(entry.row_id)
        change = _build_change(session, entry, device_id, row, op_id_for(batch_id, len(changes)))
        if change is None:
            dropped.append({"s": entry.seq})
            continue
        changes.append(change)
        wire.append(change_json(change))
    if dropped:
        execute_many(session, "DELETE FROM sync_outbox WHERE seq = :s", dropped)
    if not changes:
        return None
    # What this PC had pulled when the batch was made: the server takes a note for a case that
    # has moved away only if the move had not reached this PC yet.
    cursor, _ = apply.load_cursor(session, commune_code)
    # Compact UTF-8 JSON, as json.dumps(..., ensure_ascii=False, separators=(",", ":")) makes.
    body = orjson.dumps(
        {
            "batch_id": batch_id,
            "device_id": device_id,
            "commune_code": commune_code,
            "changes": wire,
            "cursor": cursor,
        }
    )
    session.execute(
        text("UPDATE sync_outbox SET batch_id = :b WHERE batch_id IS NULL AND seq <= :last"),
        {"b": batch_id, "last": entries[-1].seq},
    )
    # Kept in zstd, a tenth of the JSON's size: every batch is written, and then deleted
    # (secure_delete overwrites it), in the transactions that freeze and settle it.
    packed = compress_body(body, ZSTD)
    session.execute(
        text("INSERT INTO sync_batch (batch_id, body) VALUES (:b, :body)"),
        {"b": batch_id, "body": packed},
    )
    batch = PushBatch(batch_id, device_id, commune_code, changes, cursor)
    _keep_body(batch, body, packed)
    return batch


def _keep_body(batch: PushBatch, plain: bytes, packed: bytes | None) -> None:
    """The request body as frozen: its JSON, and the same in zstd when kept so; the client
    sends the zstd as it is to a server that reads zstd, else packs the JSON in gzip."""
    batch.json_body = plain
    batch.zstd_body = packed


@dataclass
class PushOutcome:
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    duplicates: int = 0
    conflict_ids: list[str] = field(default_factory=list)

    def add(self, other: "PushOutcome") -> None:
        for name in ("applied", "merged", "conflicts", "rejected", "duplicates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.conflict_ids += other.conflict_ids


def _quarantine(session: Session, entry: Any, change: Change, result: ChangeResult) -> None:
    session.execute(
        text(
            "INSERT OR REPLACE INTO sync_quarantine (op_id, table_name, row_id, kind, "
            "base_version, change_json, reason_code, reason, quarantined_at) "
            "VALUES (:op, :t, :r, :k, :v, :c, :code, :reason, :at)"
        ),
        {
            "op": change.op_id,
            "t": entry.table_name,
            "r": entry.row_id,
            "k": entry.kind,
            "v": entry.base_version,
            "c": json.dumps(change_json(change), ensure_ascii=False, separators=(",", ":")),
            "code": result.code or "rejected",
            "reason": result.reason,
            "at": datetime.now(UTC).replace(tzinfo=None),
        },
    )


def _changes_of(entries: list[Any], batch: PushBatch) -> list[Change | None]:
    """Each frozen entry's change: the batch's changes are its entries, in outbox order."""
    if len(entries) == len(batch.changes):
        return list(batch.changes)
    # An entry went missing since the freeze: match the rest by row (one entry per row).
    by_row = {(c.table, c.row_id): c for c in batch.changes}
    return [by_row.get((e.table_name, e.row_id)) for e in entries]


def settle(session: Session, batch: PushBatch, reply: PushReply) -> PushOutcome:
    """Clear every answered op in one transaction: stamp versions, keep conflicts, quarantine.

    An op the reply does not mention goes back to the outbox (same op id) for the next push.
    """
    outcome = PushOutcome()
    by_op = {result.op_id: result for result in reply.results}
    entries = session.execute(
        text(
            "SELECT seq, table_name, row_id, kind, base_version FROM sync_outbox "
            "WHERE batch_id = :b ORDER BY seq"
        ),
        {"b": batch.batch_id},
    ).all()
    waiting = {
        (row.table_name, row.row_id): row.seq
        for row in session.execute(
            text(
                "SELECT table_name, row_id, seq FROM sync_outbox WHERE batch_id IS NULL "
                "AND row_id IN (SELECT row_id FROM sync_outbox WHERE batch_id = :b)"
            ),
            {"b": batch.batch_id},
        )
    }
    stamps: dict[str, dict[str, list[int | None]]] = {}
    rebased, unanswered = [], []
    with apply.guarded(session):
        for entry, change in zip(entries, _changes_of(entries, batch), strict=True):
            result = by_op.get(change.op_id) if change is not None else None
            if result is None:
                if change is not None:
                    unanswered.append({"s": entry.seq, "op": change.op_id})
                continue
            if result.fate == "rejected":
                _quarantine(session, entry, change, result)
                outcome.rejected += 1
                continue
            name = _COUNTER[result.fate]
            setattr(outcome, name, getattr(outcome, name) + 1)
            if result.conflict is not None:
                apply.store_conflict(session, result.conflict)
                outcome.conflict_ids.append(result.conflict.conflict_id)
            if result.version is None:
                continue
            later = waiting.get((entry.table_name, entry.row_id))
            if later is not None:
                # Newer local edits wait: they now build on the server's version.
                rebased.append({"v": result.version, "s": later})
            elif result.row is not None:
                apply.stamp_after_push(session, entry.table_name, entry.row_id, result)
            else:
                stamps.setdefault(entry.table_name, {})[entry.row_id] = [
                    result.version,
                    result.server_seq,
                ]
        for table, by_id in stamps.items():
            # One statement a table: executemany would let go of the interpreter lock around
            # every row while the sending thread is busy (see bulk_load.insert_rows).
            session.execute(
                text(
                    f'UPDATE "{table}" SET version = s.value ->> 0, server_seq = s.value ->> 1 '
                    f'FROM json_each(:stamps) AS s WHERE "{table}".id = s.key'
                ),
                {"stamps": orjson.dumps(by_id).decode()},
            )
        execute_many(session, "UPDATE sync_outbox SET base_version = :v WHERE seq = :s", rebased)
        # Unanswered ops keep their ids for the next push; everything else of the batch is done.
        execute_many(
            session,
            "UPDATE sync_outbox SET batch_id = NULL, op_id = :op WHERE seq = :s",
            unanswered,
        )
        session.execute(text("DELETE FROM sync_outbox WHERE batch_id = :b"), {"b": batch.batch_id})
        session.execute(text("DELETE FROM sync_batch WHERE batch_id = :b"), {"b": batch.batch_id})
    return outcome


_COUNTER = {
    "applied": "applied",
    "merged": "merged",
    "conflict": "conflicts",
    "duplicate": "duplicates",
}
