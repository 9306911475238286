"""Conflicts and quarantined changes: list them, settle a conflict, fix, resend or discard."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol import Change
from desktop.services.sync.messages import held_reason, refused_reason
from desktop.storage import search_index
from desktop.storage.store import Store
from desktop.storage.synced_tables import column_kinds
from desktop.sync import held, outbox
from desktop.sync.values import content, from_wire_value, read_row

CHOICES = ("mine", "theirs", "edit")


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    theirs: Any
    mine: Any


@dataclass(frozen=True)
class ConflictItem:
    id: str
    table: str
    row_id: str
    fields: tuple[FieldConflict, ...]
    found_at: datetime
    resolved: bool
    resolution: str


@dataclass(frozen=True)
class QuarantineItem:
    op_id: str
    table: str
    row_id: str
    kind: str
    fields: dict[str, Any]
    reason_code: str
    reason: str  # in Vietnamese (the command line's); the UI translates from what follows
    quarantined_at: datetime
    held_problem: tuple[str, str] | None = None  # a held row's problem: code and column
    from_server: bool = False  # `reason` is the server's own words


class ReviewError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _when(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictItem]:
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            text(f"SELECT * FROM sync_conflict {where} ORDER BY found_at, id")
        ).all()
    items = []
    for row in rows:
        fields = json.loads(row.fields_json)
        items.append(
            ConflictItem(
                id=row.id,
                table=row.table_name,
                row_id=row.row_id,
                fields=tuple(
                    FieldConflict(name, v.get("base"), v.get("server"), v.get("device"))
                    for name, v in sorted(fields.items())
                ),
                found_at=_when(row.found_at),
                resolved=row.resolved_at is not None,
                resolution=row.resolution,
            )
        )
    return items


def _set_fields(session: Session, table: str, row_id: str, values: dict[str, Any]) -> None:
    """An ordinary local edit (so it is captured and reaches every device)."""
    kinds = column_kinds(table)
    unknown = [name for name in values if name not in kinds]
    if unknown:
        raise ReviewError("sync.unknown_field")
    assignments = ", ".join(f'"{name}" = :v{i}' for i, name in enumerate(values))
    params: dict[str, Any] = {
        f"v{i}": from_wire_value(kinds[n], v) for i, (n, v) in enumerate(values.items())
    }
    params["id"] = row_id
    params["now"] = datetime.now(UTC).replace(tzinfo=None)
    session.execute(
        text(
            f'UPDATE "{table}" SET {assignments}, version = version + 1, updated_at = :now '
            "WHERE id = :id"
        ),
        params,
    )
    if table == "child":
        search_index.refresh(session, [row_id])
    elif table == "carer":
        row = read_row(session, table, row_id)
        if row is not None:
            search_index.refresh(session, [row["child_id"]])


def resolve_conflict(
    store: Store, conflict_id: str, choice: str, edited: dict[str, Any] | None = None
) -> None:
    """Settle a conflict with mine, theirs, or edited values: a new change for every device."""
    if choice not in CHOICES:
        raise ReviewError("sync.bad_choice")
    with store.unit_of_work() as uow:
        session = uow.session
        row = session.execute(
            text("SELECT * FROM sync_conflict WHERE id = :i"), {"i": conflict_id}
        ).first()
        if row is None:
            raise ReviewError("sync.conflict_missing")
        if row.resolved_at is not None:
            raise ReviewError("sync.conflict_settled")
        fields = json.loads(row.fields_json)
        current = read_row(session, row.table_name, row.row_id)
        if current is None:
            raise ReviewError("sync.conflict_missing")
        now_values = content(row.table_name, current)
        if choice == "mine":
            wanted = {name: v.get("device") for name, v in fields.items()}
        elif choice == "theirs":
            wanted = {name: v.get("server") for name, v in fields.items()}
        else:
            wanted = {name: (edited or {}).get(name, now_values.get(name)) for name in fields}
        base = {name: now_values.get(name) for name in fields}
        changed = {k: v for k, v in wanted.items() if now_values.get(k) != v}
        if changed:
            _set_fields(session, row.table_name, row.row_id, changed)
        outbox.requeue(
            session,
            row.table_name,
            row.row_id,
            base=base,
            base_version=current["version"],
            resolves=conflict_id,
        )
        session.execute(
            text("UPDATE sync_conflict SET resolved_at = :t, resolution = :c WHERE id = :i"),
            {"t": datetime.now(UTC).replace(tzinfo=None), "c": choice, "i": conflict_id},
        )


def list_quarantine(store: Store) -> list[QuarantineItem]:
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(
            text("SELECT * FROM sync_quarantine ORDER BY quarantined_at, op_id")
        ).all()
    out = []
    for row in rows:
        if row.kind == held.KIND:
            # A row from the server held back: nothing of it to edit here, only the reason.
            fields: dict[str, Any] = {}
            problem: tuple[str, str] | None = held.entry_problem(row.change_json)
            reason = held_reason(*problem)
        else:
            fields = Change.from_json(json.loads(row.change_json)).fields
            problem = None
            reason = row.reason or refused_reason(row.reason_code, "")
        out.append(
            QuarantineItem(
                op_id=row.op_id,
                table=row.table_name,
                row_id=row.row_id,
                kind=row.kind,
                fields=fields,
                reason_code=row.reason_code,
                reason=reason,
                quarantined_at=_when(row.quarantined_at),
                held_problem=problem,
                from_server=bool(row.reason) and problem is None,
            )
        )
    return out


def _quarantined(session: Session, op_id: str) -> Any:
    row = session.execute(
        text("SELECT * FROM sync_quarantine WHERE op_id = :o"), {"o": op_id}
    ).first()
    if row is None:
        raise ReviewError("sync.quarantine_missing")
    return row


def _check_again(session: Session) -> None:
    """The next sync compares every table with the server (and fetches what differs)."""
    session.execute(
        text(
            "INSERT INTO local_setting (key, value) VALUES ('sync.last_verify_at', '') "
            "ON CONFLICT (key) DO UPDATE SET value = ''"
        )
    )


def resend(store: Store, op_id: str, fixed: dict[str, Any] | None = None) -> None:
    """Put a refused change back in the outbox (after the officer's fix) under a new op id.

    A row from the server held back is asked for again at the next sync instead."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = _quarantined(session, op_id)
        if row.kind == held.KIND:
            session.execute(text("DELETE FROM sync_quarantine WHERE op_id = :o"), {"o": op_id})
            _check_again(session)
            return
        change = Change.from_json(json.loads(row.change_json))
        if fixed:
            _set_fields(session, row.table_name, row.row_id, fixed)
        current = read_row(session, row.table_name, row.row_id)
        is_new = not change.base and change.kind != "delete"
        outbox.requeue(
            session,
            row.table_name,
            row.row_id,
            base=None if is_new else change.base,
            base_version=current["version"] if current else change.base_version,
            kind=change.kind,
        )
        session.execute(text("DELETE FROM sync_quarantine WHERE op_id = :o"), {"o": op_id})


def discard(store: Store, op_id: str, *, confirmed: bool) -> None:
    """Drop a refused change for good (the UI asks first); the next check restores the
    server's copy of the record."""
    if not confirmed:
        raise ReviewError("sync.confirm_needed")
    with store.unit_of_work() as uow:
        _quarantined(uow.session, op_id)
        uow.session.execute(text("DELETE FROM sync_quarantine WHERE op_id = :o"), {"o": op_id})
        _check_again(uow.session)


def coerce(table: str, texts: dict[str, str]) -> dict[str, Any]:
    """Values typed by the officer -> wire values of the columns' kinds (dates dd/mm/yyyy)."""
    kinds = column_kinds(table)
    out: dict[str, Any] = {}
    for name, typed in texts.items():
        kind, value = kinds.get(name, "text"), typed.strip()
        if value == "" and kind != "text":
            out[name] = None
        elif kind == "bool":
            out[name] = value.lower() in ("1", "true", "yes", "có", "co", "x")
        elif kind == "int":
            out[name] = int(value)
        elif kind == "float":
            out[name] = float(value.replace(",", "."))
        elif kind == "date" and "/" in value:
            day, month, year = value.split("/")
            out[name] = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
        else:
            out[name] = value
    return out
