"""Helpers for sync tests: registers with fast keys, raw looks at the outbox and rows."""

import json
from pathlib import Path

from sqlalchemy import text

from desktop.storage.store import Store
from tests.helpers.registers import COMMUNE, PASSWORD, create_store

__all__ = ["COMMUNE", "PASSWORD", "make_store", "outbox", "raw"]


def make_store(folder: Path, username: str = "tran.thi.mai", **overrides: object) -> Store:
    store, _recovery = create_store(folder, username=username, **overrides)
    return store


def outbox(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM sync_outbox ORDER BY seq")).mappings().all()
    out = []
    for row in rows:
        item = dict(row)
        for key in ("base_json", "new_json"):
            item[key] = json.loads(item[key]) if item[key] else None
        out.append(item)
    return out


def raw(store: Store, sql: str, **params: object) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(sql), params).mappings().all()]
