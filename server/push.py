"""Applying a pushed batch: exactly once, scoped to the device's commune, merged per field."""

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from desktop.protocol import (
    COMMUNE_COLUMN,
    KIND_APPEND,
    KIND_DELETE,
    SYNCED_TABLES,
    Change,
    ChangeResult,
    Conflict,
    PushBatch,
    PushReply,
)
from desktop.protocol.merge import base_differs, merge_fields
from server import models as m
from server import validate
from server.accounts import now
from server.db import is_sqlite, write_transaction
from server.errors import REJECT_REASONS, ApiError
from server.officers import username_clash
from server.rowstore import (
    CHUNK,
    CommuneLog,
    RowState,
    insert_many,
    load_rows,
    param_mark,
    parent_of,
    write_rows,
)
from server.transfer import late_history, move_case


@dataclass(frozen=True)
class DeviceContext:
    device_id: str
    commune_code: str


# json.dumps with these options, without building an encoder for each result.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _compact(data: Any) -> str:
    return _COMPACT.encode(data)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def result_json(result: ChangeResult) -> str:
    """_compact(result.to_json()). A plain applied op, most of a push, is printed directly:
    its op id is a checked UUID and its numbers are ints, which JSON prints as they are."""
    if (result.fate == "applied" and result.row is None and result.conflict is None
            and not result.code and not result.reason and type(result.server_seq) is int
            and type(result.version) is int and _CANONICAL_UUID.fullmatch(result.op_id)):
        return (f'{{"op_id":"{result.op_id}","fate":"applied","server_seq":{result.server_seq},'
                f'"version":{result.version},"code":"","reason":"","row":null,"conflict":null}}')
    return _compact(result.to_json())


def _reject(change: Change, code: str) -> ChangeResult:
    return ChangeResult(change.op_id, "rejected", code=code, reason=REJECT_REASONS[code])


def _stored_reply(conn: Connection, device_id: str, batch_id: str) -> PushReply | None:
    """The reply stored when this device first sent this batch, or None. A batch id another
    device used is refused: its reply holds that device's rows."""
    rows = conn.execute(select(m.push_batch.c.device_id, m.push_batch.c.reply_json)
                        .where(m.push_batch.c.batch_id == batch_id)).all()
    own = next((text for device, text in rows if device == device_id), None)
    if own is None:
        if rows:
            raise ApiError(409, "sync.batch_taken")
        return None
    reply = PushReply.from_json(json.loads(own))
    reply.wire = own  # sent as stored
    return reply


def _incoming(change: Change, row: RowState | None) -> dict[str, Any]:
    """The values an op brings: a delete of a row the server never saw stores its base with
    its fields over it (the tombstone), so scope is judged on both; otherwise the fields."""
    if row is None and change.kind == KIND_DELETE:
        return {**change.base, **change.fields}
    return change.fields


def _transfer_target(change: Change, device: DeviceContext) -> str | None:
    target = change.fields.get(COMMUNE_COLUMN)
    if change.table == "case_file" and change.kind != KIND_DELETE and isinstance(target, str):
        return target if target != device.commune_code else None
    return None


class _BatchApply:
    """One batch inside one write transaction; rows are staged in memory and written once."""

    def __init__(self, conn: Connection, device: DeviceContext, batch: PushBatch,
                 log: CommuneLog) -> None:
        self.conn, self.device, self.batch, self.log = conn, device, batch, log
        self.at = now()
        keys = {(c.table, c.row_id) for c in batch.changes}
        for change in batch.changes:
            keys.update(validate.referenced(change.table, {**change.base, **change.fields}))
        self.rows = load_rows(conn, keys)
        self.first_results, self.taken = self._earlier_results()
        self.conflicts: list[dict[str, Any]] = []
        self.resolved: list[str] = []
        self.transfers: list[tuple[RowState, str, ChangeResult]] = []
        self.pending: list[tuple[ChangeResult, RowState | None]] = []

    def _earlier_results(self) -> tuple[dict[str, ChangeResult], set[str]]:
        """This device's first results of the batch's op ids, and the ids another device
        used: those are refused, never answered with that device's result (it holds a row)."""
        # Through the driver: SQLAlchemy's expansion of hundreds of ids cost more than the query.
        ids = [c.op_id for c in self.batch.changes]
        mark = param_mark(self.conn)
        found: dict[str, ChangeResult] = {}
        taken: set[str] = set()
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            sql = (f"SELECT op_id, device_id, result_json FROM {m.applied_op.name} "
                   f"WHERE op_id IN ({', '.join([mark] * len(chunk))})")
            for op_id, device_id, text in self.conn.exec_driver_sql(sql, tuple(chunk)):
                if device_id == self.device.device_id:
                    found[op_id] = ChangeResult.from_json(json.loads(text))
                else:
                    taken.add(op_id)
        return found, taken - set(found)

    def run(self) -> PushReply:
        results = []
        for change in self.batch.changes:
            first = self.first_results.get(change.op_id)
            if first is not None:
                results.append(ChangeResult(change.op_id, "duplicate", first.server_seq,
                                            first.version, f"sync.duplicate.{first.fate}", "",
                                            first.row, first.conflict))
                continue
            if change.op_id in self.taken:
                result = _reject(change, "sync.op_taken")
            else:
                result = self.apply(change)
            self.first_results[change.op_id] = result
            results.append(result)
        # Transfers go last, so the batch's earlier edits of the case travel with it.
        for case_row, target, result in self.transfers:
            move_case(self.conn, self.rows, case_row, target)
            self.pending.append((result, case_row))
        self._flush()
        reply = PushReply(self.batch.batch_id, results)
        # Each result is turned into JSON once: for applied_op, the stored reply and the wire.
        texts = [result_json(r) for r in results]
        insert_many(self.conn, m.applied_op, ("op_id", "device_id", "batch_id", "result_json"),
                    [(r.op_id, self.device.device_id, self.batch.batch_id, text)
                     for r, text in zip(results, texts, strict=True) if r.fate != "duplicate"])
        reply.wire = (f'{{"batch_id":{_compact(reply.batch_id)},'
                      f'"results":[{",".join(texts)}]}}')
        self.conn.execute(insert(m.push_batch).values(
            batch_id=self.batch.batch_id, device_id=self.device.device_id,
            reply_json=reply.wire, received_at=self.at))
        return reply

    def _scope_ok(self, change: Change, row: RowState | None,
                  values: dict[str, Any]) -> str | None:
        """A reject code, or None. The row, a new row's commune, its parent row and every
        other row it points at must all be in the device's commune; a parent the server has
        not seen yet (sent later) is taken to be the device's own, the commune the row is
        then stored under. `values`: what the op would store (see _incoming)."""
        commune = self.device.commune_code
        if change.device_id != self.device.device_id:
            return "sync.device_mismatch"
        if row is not None and row.commune != commune:
            return "sync.scope"
        elsewhere = values.get(COMMUNE_COLUMN, commune) != commune
        # Only a case moves between communes (its child goes with it): see transfer.py.
        if elsewhere and (row is None or change.table != "case_file"):
            return "sync.scope"
        parent_table, parent_id = parent_of(change.table, values)
        parent = self.rows.get((parent_table, parent_id)) if parent_id else None
        home = commune
        if parent is not None and parent.commune != commune:
            refused = self._late_history(change, row, parent)
            if refused:
                return refused
            home = parent.commune
        for key in validate.referenced(change.table, values):
            other = self.rows.get(key)
            if other is not None and other.commune != home:
                return "sync.scope"
        return None

    def _late_history(self, change: Change, row: RowState | None,
                      parent: RowState) -> str | None:
        """A note or visit written here before its case moved away still joins the case (see
        transfer.late_history); None when it does, else the reject code."""
        if row is not None or not SYNCED_TABLES[change.table].append_only:
            return "sync.scope"
        if not self.log.knows(parent.commune):  # moved again since the batch began: retry
            return "sync.scope"
        return late_history(self.conn, self.device.commune_code, parent, self.batch.cursor)

    def apply(self, change: Change) -> ChangeResult:
        key = (change.table, change.row_id)
        row = self.rows.get(key)
        problem = self._scope_ok(change, row, _incoming(change, row)) or username_clash(
            self.conn, change, row, self.rows, self.device.commune_code)
        target = _transfer_target(change, self.device)
        if target is not None and row is None:
            problem = problem or "sync.scope"
        if target is not None and not self.log.knows(target):
            problem = problem or "sync.unknown_commune"
        if problem:
            return _reject(change, problem)
        fields = dict(change.fields)
        if target is not None:
            fields.pop(COMMUNE_COLUMN)
        if SYNCED_TABLES[change.table].append_only:
            if row is not None or change.kind == KIND_DELETE:
                return _reject(change, "sync.append_only")
            return self._insert(change, fields)
        if change.kind == KIND_APPEND:
            return _reject(change, "sync.bad_kind")
        if row is None:
            if change.kind == KIND_DELETE:
                return self._insert(change, {**change.base, **fields}, deleted=True)
            return self._insert(change, fields)
        if change.kind == KIND_DELETE:
            return self._delete(change, row)
        result = self._update(change, row, fields)
        if target is not None and result.fate != "rejected":
            self.transfers.append((row, target, result))
        return result

    def _touch(self, row: RowState) -> None:
        row.version += 1
        row.dirty = True
        row.device_id = self.device.device_id

    def _insert(self, change: Change, values: dict[str, Any],
                deleted: bool = False) -> ChangeResult:
        if SYNCED_TABLES[change.table].scope == "column":
            values.setdefault(COMMUNE_COLUMN, self.device.commune_code)
        found = validate.problem(change.table, values)
        if found is not None:
            return validate.refusal(change, found)
        parent_table, parent_id = parent_of(change.table, values)
        parent = self.rows.get((parent_table, parent_id)) if parent_id else None
        # A row lives where its parent lives (the device's commune unless the case moved).
        commune = parent.commune if parent is not None else self.device.commune_code
        row = RowState(change.table, change.row_id, commune, parent_table,
                       parent_id, 1, deleted, values, device_id=self.device.device_id,
                       dirty=True)
        self.rows[(change.table, change.row_id)] = row
        return self._result(ChangeResult(change.op_id, "applied"), row)

    def _delete(self, change: Change, row: RowState) -> ChangeResult:
        if row.deleted:
            return self._result(ChangeResult(change.op_id, "applied"), row)
        edited = (base_differs(row.values, change.base) if change.base
                  else row.version > change.base_version)
        if edited:  # an edit beats a delete: the row stays and goes back to the device
            return self._result(ChangeResult(change.op_id, "merged",
                                             code="sync.edit_beats_delete",
                                             row=dict(row.values)), row)
        row.deleted = True
        self._touch(row)
        return self._result(ChangeResult(change.op_id, "applied"), row)

    def _update(self, change: Change, row: RowState, fields: dict[str, Any]) -> ChangeResult:
        merge = merge_fields(row.values, change.base, fields)
        # Checked whole, as it would be stored: the server's row with the device's edit.
        found = (validate.problem(row.table, {**row.values, **merge.take})
                 if merge.take or row.deleted else None)
        if found is not None:
            return validate.refusal(change, found)
        fate = "applied" if row.version == change.base_version else "merged"
        code, changed = "", bool(merge.take)
        if row.deleted:  # an edit beats a delete: the row comes back
            row.deleted, fate, code, changed = False, "merged", "sync.edit_beats_delete", True
        if merge.take:
            row.values.update(merge.take)
            row.parent_table, row.parent_id = parent_of(row.table, row.values)
        if changed:
            self._touch(row)
        conflict = None
        if merge.conflicts:
            conflict = Conflict(str(uuid.uuid4()), row.table, row.row_id, merge.conflicts,
                                row.version, change.op_id, change.device_id)
            self.conflicts.append({"conflict": conflict, "commune": row.commune})
            fate = "conflict"
        if change.resolves:
            self.resolved.append(change.resolves)
        result = ChangeResult(change.op_id, fate, code=code, conflict=conflict,
                              row=dict(row.values) if fate != "applied" else None)
        return self._result(result, row)

    def _result(self, result: ChangeResult, row: RowState) -> ChangeResult:
        self.pending.append((result, row))
        return result

    def _flush(self) -> None:
        dirty = [row for row in self.rows.values() if row.dirty]
        for row in dirty:
            if row.moved_from:
                for source in sorted(row.moved_from - {row.commune}):
                    self.log.append(source, "moved", row.table, row.row_id, moved_to=row.commune)
            row.server_seq = self.log.append(row.commune, "row", row.table, row.row_id)
        write_rows(self.conn, dirty, self.at)
        for result, row in self.pending:
            if row is not None:
                result.server_seq, result.version = row.server_seq or None, row.version
                if result.row is not None:
                    result.row = dict(row.values)
        self._flush_conflicts()
        self.log.flush()

    def _flush_conflicts(self) -> None:
        for item in self.conflicts:
            conflict: Conflict = item["conflict"]
            conflict.server_seq = self.log.append(item["commune"], "conflict", conflict.table,
                                                  conflict.conflict_id)
            self.conn.execute(insert(m.sync_conflict).values(
                id=conflict.conflict_id, commune_code=item["commune"], table_name=conflict.table,
                row_id=conflict.row_id, fields_json=json.dumps(conflict.fields,
                                                               ensure_ascii=False),
                server_version=conflict.server_version, op_id=conflict.op_id,
                device_id=conflict.device_id, resolved=False, server_seq=conflict.server_seq,
                created_at=self.at))
        for conflict_id in self.resolved:
            found = self.conn.execute(
                select(m.sync_conflict.c.table_name).where(
                    m.sync_conflict.c.id == conflict_id,
                    m.sync_conflict.c.commune_code == self.device.commune_code)).first()
            if found is None:
                continue
            seq = self.log.append(self.device.commune_code, "conflict", found.table_name,
                                  conflict_id)
            self.conn.execute(update(m.sync_conflict).where(m.sync_conflict.c.id == conflict_id)
                              .values(resolved=True, server_seq=seq))


def _parent_communes(conn: Connection, batch: PushBatch) -> set[str]:
    """Communes of the parents of appended rows: a case may have moved, its notes follow it,
    so those communes are locked too (all locks are taken at once, in code order)."""
    keys = set()
    for change in batch.changes:
        if SYNCED_TABLES[change.table].append_only:
            parent_table, parent_id = parent_of(change.table, change.fields)
            if parent_table and parent_id:
                keys.add((parent_table, parent_id))
    return {row.commune for row in load_rows(conn, keys).values()} if keys else set()


def apply_batch(engine: Engine, device: DeviceContext, batch: PushBatch,
                before_commit: Callable[[], None] | None = None) -> PushReply:
    """Apply a batch once; a replayed batch_id returns the reply stored the first time for this
    device (ApiError sync.batch_taken when another device used that id)."""
    with write_transaction(engine) as conn:
        # In the batch's own transaction: a separate one would cost a second commit per push.
        conn.execute(update(m.device).where(m.device.c.id == device.device_id)
                     .values(last_seen_at=now()))
        stored = _stored_reply(conn, device.device_id, batch.batch_id)
        if stored is not None:
            return stored
        targets = {t for c in batch.changes if (t := _transfer_target(c, device))}
        log = CommuneLog(conn, {device.commune_code, *targets, *_parent_communes(conn, batch)},
                         is_sqlite(engine))
        # A replay may have committed meanwhile.
        stored = _stored_reply(conn, device.device_id, batch.batch_id)
        if stored is not None:
            return stored
        reply = _BatchApply(conn, device, batch, log).run()
        if before_commit is not None:
            before_commit()
        return reply
