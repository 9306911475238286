"""Unsaved form contents per officer: save as the officer types, restore after lock or crash."""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, select

from desktop.domain.ids import new_id
from desktop.storage.schema.drafts import DraftRow
from desktop.storage.store import Store


@dataclass(frozen=True)
class DraftInfo:
    """Which form holds a draft, for which record, and when it was last saved."""

    kind: str
    key: str
    updated_at: datetime


def save_draft(store: Store, kind: str, key: str, payload: dict) -> None:
    """Keep `payload` (plain JSON data) as the officer's draft of form `kind` for record `key`."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with store.unit_of_work() as uow:
        row = uow.session.scalar(select(DraftRow).where(*_mine(store, kind, key)))
        if row is None:
            row = DraftRow(id=new_id(), officer_id=store.officer.id, kind=kind, key=key)
            uow.session.add(row)
        row.payload = text
        row.updated_at = uow.now()


def load_draft(store: Store, kind: str, key: str) -> dict | None:
    """The officer's draft of form `kind` for record `key`, or None when there is none."""
    with store.unit_of_work(write=False) as uow:
        text = uow.session.scalar(select(DraftRow.payload).where(*_mine(store, kind, key)))
    return None if text is None else json.loads(text)


def list_drafts(store: Store, kind: str | None = None) -> list[DraftInfo]:
    """This officer's drafts, newest first; only of form `kind` when given."""
    query = select(DraftRow.kind, DraftRow.key, DraftRow.updated_at).where(
        DraftRow.officer_id == store.officer.id
    )
    if kind is not None:
        query = query.where(DraftRow.kind == kind)
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(query.order_by(DraftRow.updated_at.desc())).all()
    return [DraftInfo(kind=k, key=key, updated_at=at) for k, key, at in rows]


def discard_draft(store: Store, kind: str, key: str) -> None:
    """Forget the draft (after the form was saved for real, or the officer threw it away)."""
    with store.unit_of_work() as uow:
        uow.session.execute(delete(DraftRow).where(*_mine(store, kind, key)))


def _mine(store: Store, kind: str, key: str) -> tuple[ColumnElement[bool], ...]:
    return (DraftRow.officer_id == store.officer.id, DraftRow.kind == kind, DraftRow.key == key)
