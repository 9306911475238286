"""Edits and comparisons used by the end-to-end sync tests."""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from desktop.domain.case import Case
from desktop.domain.child import Child
from desktop.domain.enums import IntakeCategory, IntakeChannel
from desktop.storage.errors import RecordNotFound
from desktop.storage.store import Store
from desktop.storage.synced_tables import SYNCED_TABLES
from desktop.sync import checksums
from desktop.sync.values import content, read_rows
from server.accounts import now
from server.db import is_sqlite, write_transaction
from server.rowstore import CommuneLog, RowState, write_rows
from tests.helpers.live_server import SyncServer


def add_child(store: Store, name: str, **fields: Any) -> Child:
    with store.unit_of_work() as uow:
        return uow.children.add(Child(commune_code=store.commune_code, full_name=name, **fields))


def edit_child(store: Store, child_id: str, **fields: Any) -> Child:
    with store.unit_of_work() as uow:
        child = uow.children.get(child_id)
        for name, value in fields.items():
            setattr(child, name, value)
        return uow.children.update(child)


def child(store: Store, child_id: str) -> Child | None:
    with store.unit_of_work(write=False) as uow:
        try:
            return uow.children.get(child_id, include_deleted=True)
        except RecordNotFound:
            return None


def add_case(store: Store, child_id: str) -> Case:
    with store.unit_of_work() as uow:
        return uow.cases.add(
            Case(
                commune_code=store.commune_code,
                code="0001/2026",
                child_id=child_id,
                received_at=datetime.now(UTC),
                channel=IntakeChannel.IN_PERSON,
                category=IntakeCategory.AT_RISK,
            )
        )


def state(store: Store, tables: tuple[str, ...] = SYNCED_TABLES) -> dict[str, dict[str, Any]]:
    """Every synced row as (version, deleted, content), by table and id."""
    out: dict[str, dict[str, Any]] = {}
    with store.unit_of_work(write=False) as uow:
        for table in tables:
            out[table] = {
                raw["id"]: (raw["version"], raw["deleted_at"] is not None, content(table, raw))
                for raw in read_rows(uow.session, table)
            }
    return out


def sums(store: Store) -> dict[str, tuple[int, str]]:
    with store.unit_of_work(write=False) as uow:
        return {t: (c.count, c.checksum) for t, c in checksums.local_checksums(uow.session).items()}


def pending(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one()


def scalar(store: Store, sql: str, **params: Any) -> Any:
    with store.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def plant_server_row(server: SyncServer, commune: str, table: str, values: dict[str, Any]) -> str:
    """A row stored the way an older server stored what it was sent, unchecked."""
    with write_transaction(server.engine) as conn:
        log = CommuneLog(conn, {commune}, is_sqlite(server.engine))
        row = RowState(
            table, str(uuid.uuid4()), commune, None, None, 1, False, values,
            device_id=str(uuid.uuid4()), dirty=True,
        )  # fmt: skip
        row.server_seq = log.append(commune, "row", table, row.row_id)
        write_rows(conn, [row], now())
        log.flush()
    return row.row_id
