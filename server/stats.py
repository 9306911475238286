"""City overview for city staff: per-commune counts only, never a child's record."""

from typing import Any

from sqlalchemy import Engine, func, select

from server import models as m
from server.db import read_transaction


def commune_overview(engine: Engine, only: str | None = None) -> list[dict[str, Any]]:
    """Each commune: live rows per table, open conflicts, active PCs and their last sync."""
    with read_transaction(engine) as conn:
        communes = select(m.commune.c.code, m.commune.c.name, m.commune.c.log_seq)
        rows = (select(m.sync_row.c.commune_code, m.sync_row.c.table_name, func.count())
                .where(m.sync_row.c.deleted.is_(False))
                .group_by(m.sync_row.c.commune_code, m.sync_row.c.table_name))
        conflicts = (select(m.sync_conflict.c.commune_code, func.count())
                     .where(m.sync_conflict.c.resolved.is_(False))
                     .group_by(m.sync_conflict.c.commune_code))
        devices = (select(m.device.c.commune_code, func.count(), func.max(m.device.c.last_seen_at))
                   .where(m.device.c.revoked_at.is_(None)).group_by(m.device.c.commune_code))
        if only:
            communes = communes.where(m.commune.c.code == only)
        overview = {c.code: {"commune_code": c.code, "name": c.name, "log_position": c.log_seq,
                             "rows": {}, "open_conflicts": 0, "devices": 0,
                             "last_sync_at": None}
                    for c in conn.execute(communes.order_by(m.commune.c.code))}
        for code, table, count in conn.execute(rows):
            if code in overview:
                overview[code]["rows"][table] = count
        for code, count in conn.execute(conflicts):
            if code in overview:
                overview[code]["open_conflicts"] = count
        for code, count, last in conn.execute(devices):
            if code in overview:
                overview[code]["devices"] = count
                overview[code]["last_sync_at"] = last.isoformat() if last else None
    return list(overview.values())
