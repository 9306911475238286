"""The outbox: turn captured edits into a push batch, and settle it from the server's reply."""

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.sync import apply
from desktop.sync.merge import changed_fields
from desktop.sync.protocol import (
    KIND_APPEND,
    KIND_DELETE,
    KIND_UPSERT,
    MAX_BATCH_CHANGES,
    META_COLUMNS,
    Change,
    ChangeResult,
    PushBatch,
    PushReply,
)
from desktop.sync.tables import column_kinds
from desktop.sync.values import base_values, content, from_wire_value, read_row


def pending_count(session: Session) -> int:
    return session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


def _device_time(raw: str | None) -> str:
    return (raw or "")[:32]


def _build_change(session: Session, entry: Any, device_id: str) -> Change | None:
    """The wire change for one outbox entry, from the row as it is now; None if no net change."""
    table, row_id = entry.table_name, entry.row_id
    row = read_row(session, table, row_id)
    base = base_values(table, entry.base_json)
    if entry.kind == KIND_DELETE or row is None:
        fields: dict[str, Any] = {}
        kind, sent_base = KIND_DELETE, {}
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
        op_id=entry.op_id or str(uuid.uuid4()),
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


def next_batch(
    session: Session, *, device_id: str, commune_code: str, limit: int = MAX_BATCH_CHANGES
) -> PushBatch | None:
    """The batch to send now: an unanswered one again, unchanged, or a new one frozen here.

    Call inside a write transaction and commit before sending, so the ids are on disk first.
    """
    inflight = session.execute(
        text("SELECT batch_id FROM sync_outbox WHERE batch_id IS NOT NULL ORDER BY seq LIMIT 1")
    ).scalar()
    if inflight is not None:
        rows = session.execute(
            text("SELECT change_json FROM sync_outbox WHERE batch_id = :b ORDER BY seq"),
            {"b": inflight},
        ).scalars()
        changes = [Change.from_json(json.loads(raw)) for raw in rows]
        return PushBatch(inflight, device_id, commune_code, changes)
    entries = session.execute(
        text("SELECT * FROM sync_outbox WHERE batch_id IS NULL ORDER BY seq LIMIT :n"),
        {"n": limit},
    ).all()
    if not entries:
        return None
    batch_id = str(uuid.uuid4())
    changes = []
    for entry in entries:
        change = _build_change(session, entry, device_id)
        if change is None:
            session.execute(text("DELETE FROM sync_outbox WHERE seq = :s"), {"s": entry.seq})
            continue
        changes.append(change)
        session.execute(
            text(
                "UPDATE sync_outbox SET op_id = :op, batch_id = :b, change_json = :c WHERE seq = :s"
            ),
            {
                "op": change.op_id,
                "b": batch_id,
                "c": json.dumps(change.to_json(), ensure_ascii=False),
                "s": entry.seq,
            },
        )
    if not changes:
        return next_batch(session, device_id=device_id, commune_code=commune_code, limit=limit)
    return PushBatch(batch_id, device_id, commune_code, changes)


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


def _quarantine(session: Session, entry: Any, result: ChangeResult) -> None:
    session.execute(
        text(
            "INSERT OR REPLACE INTO sync_quarantine (op_id, table_name, row_id, kind, "
            "base_version, change_json, reason_code, reason, quarantined_at) "
            "VALUES (:op, :t, :r, :k, :v, :c, :code, :reason, :at)"
        ),
        {
            "op": entry.op_id,
            "t": entry.table_name,
            "r": entry.row_id,
            "k": entry.kind,
            "v": entry.base_version,
            "c": entry.change_json,
            "code": result.code or "rejected",
            "reason": result.reason,
            "at": datetime.now(UTC).replace(tzinfo=None),
        },
    )


def settle(session: Session, batch: PushBatch, reply: PushReply) -> PushOutcome:
    """Clear every answered op in one transaction: stamp versions, keep conflicts, quarantine.

    An op the reply does not mention stays in the outbox for the next push.
    """
    outcome = PushOutcome()
    by_op = {result.op_id: result for result in reply.results}
    entries = session.execute(
        text("SELECT * FROM sync_outbox WHERE batch_id = :b ORDER BY seq"), {"b": batch.batch_id}
    ).all()
    with apply.guarded(session):
        for entry in entries:
            result = by_op.get(entry.op_id)
            if result is None:
                continue
            if result.fate == "rejected":
                _quarantine(session, entry, result)
                outcome.rejected += 1
            else:
                setattr(outcome, _COUNTER[result.fate], getattr(outcome, _COUNTER[result.fate]) + 1)
                if result.conflict is not None:
                    apply.store_conflict(session, result.conflict)
                    outcome.conflict_ids.append(result.conflict.conflict_id)
                apply.stamp_after_push(session, entry.table_name, entry.row_id, result)
            session.execute(text("DELETE FROM sync_outbox WHERE seq = :s"), {"s": entry.seq})
    return outcome


_COUNTER = {
    "applied": "applied",
    "merged": "merged",
    "conflict": "conflicts",
    "duplicate": "duplicates",
}
