"""Reading a commune's data for devices: pull by log cursor, snapshot, checksums, row repair."""

import json
import re
from typing import Any

from sqlalchemy import Connection, Engine, select, tuple_

from desktop.protocol import (
    SYNCED_TABLES,
    ChecksumReply,
    Conflict,
    PulledRow,
    PullPage,
    RowsReply,
    SnapshotPage,
    TableChecksum,
    canonical_row_digest,
    combine_digests,
)
from server import models as m
from server.db import read_transaction
from server.rowstore import CHUNK


def _pulled(row: Any, seq: int | None = None, raw: bool = False) -> PulledRow:
    """raw: values stay the stored canonical JSON text (`raw_values`), for page_json."""
    if raw:
        found = PulledRow(row.table_name, row.row_id, seq or row.server_seq, row.version,
                          row.deleted, {})
        found.raw_values = row.values_json
        return found
    return PulledRow(row.table_name, row.row_id, seq or row.server_seq, row.version,
                     row.deleted, json.loads(row.values_json))


def _raw_row(table: str, row_id: str, seq: int, version: int, deleted: bool,
             values_json: str) -> PulledRow:
    """A row of a page in _PAGE_COLUMNS order, its values kept as stored (see _pulled)."""
    found = PulledRow(table, row_id, seq, version, deleted, {})
    found.raw_values = values_json
    return found


# json.dumps with these options, without building an encoder for each row.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(data: Any) -> str:
    return _COMPACT.encode(data)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _row_json(row: PulledRow) -> str:
    raw = getattr(row, "raw_values", None)
    if raw is None:
        return _dumps(row.to_json())
    if (row.moved_to is None and row.table in SYNCED_TABLES and type(row.server_seq) is int
            and type(row.version) is int and type(row.deleted) is bool
            and _CANONICAL_UUID.fullmatch(row.row_id)):
        # Table names and canonical UUIDs print in JSON as they are: no encoder per row.
        return (f'{{"table":"{row.table}","row_id":"{row.row_id}",'
                f'"server_seq":{row.server_seq},"version":{row.version},'
                f'"deleted":{"true" if row.deleted else "false"},"moved_to":null,'
                f'"values":{raw}}}')
    head = _dumps({"table": row.table, "row_id": row.row_id, "server_seq": row.server_seq,
                   "version": row.version, "deleted": row.deleted, "moved_to": row.moved_to})
    return f'{head[:-1]},"values":{raw}}}'


def page_json(page: PullPage | SnapshotPage) -> str:
    """A page as JSON text; rows read with raw=True carry their stored values as they are
    (checked and NFC'd when they were pushed), so a page of thousands of rows is not parsed
    and printed again."""
    rest = page.to_json() if not page.rows else type(page)(**{**vars(page), "rows": []}).to_json()
    del rest["rows"]
    head, tail = '{"rows":[', "]," + _dumps(rest)[1:]
    if not page.rows:
        return head + tail
    # One join: a page is a megabyte or more, and each concatenation would copy all of it.
    rows = [_row_json(row) for row in page.rows]
    rows[0] = head + rows[0]
    rows[-1] += tail
    return ",".join(rows)


def _conflict(row: Any) -> Conflict:
    return Conflict(row.id, row.table_name, row.row_id, json.loads(row.fields_json),
                    row.server_version, row.op_id, row.device_id, row.resolved, row.server_seq)


def _log_position(conn: Connection, commune: str) -> int:
    return conn.execute(select(m.commune.c.log_seq).where(m.commune.c.code == commune)).scalar_one()


def pull(engine: Engine, commune: str, cursor: int, limit: int, raw: bool = False) -> PullPage:
    """Log entries after `cursor` in order; an entry superseded by a later one of the same row
    is skipped (the later one carries the row), so every row arrives in its newest state."""
    with read_transaction(engine) as conn:
        entries = conn.execute(
            select(m.change_log).where(m.change_log.c.commune_code == commune,
                                       m.change_log.c.seq > cursor)
            .order_by(m.change_log.c.seq).limit(limit)).all()
        keys = sorted({(e.table_name, e.row_id) for e in entries if e.kind != "conflict"})
        rows = {}
        key = tuple_(m.sync_row.c.table_name, m.sync_row.c.row_id)
        for start in range(0, len(keys), CHUNK):
            query = select(m.sync_row).where(key.in_(keys[start:start + CHUNK]))
            rows.update({(r.table_name, r.row_id): r for r in conn.execute(query)})
        conflict_ids = [e.row_id for e in entries if e.kind == "conflict"]
        conflicts = {c.id: c for c in conn.execute(
            select(m.sync_conflict).where(m.sync_conflict.c.id.in_(conflict_ids)))
        } if conflict_ids else {}
    page = PullPage([], entries[-1].seq if entries else cursor, len(entries) == limit)
    for entry in entries:
        if entry.kind == "conflict":
            found = conflicts.get(entry.row_id)
            if found is not None and found.server_seq == entry.seq:
                page.conflicts.append(_conflict(found))
            continue
        row = rows.get((entry.table_name, entry.row_id))
        if row is None:
            continue
        if entry.kind == "row" and row.commune_code == commune and row.server_seq == entry.seq:
            page.rows.append(_pulled(row, raw=raw))
        elif entry.kind == "moved" and row.commune_code != commune:
            page.rows.append(PulledRow(row.table_name, row.row_id, entry.seq, row.version, True,
                                       {}, moved_to=row.commune_code))
    return page


def _token(table: str, row_id: str) -> str:
    return f"{table}/{row_id}"


_PAGE_COLUMNS = [m.sync_row.c[name] for name in ("table_name", "row_id", "server_seq", "version",
                                                 "deleted", "values_json")]


def snapshot(engine: Engine, commune: str, page_token: str, cursor: int,
             limit: int, raw: bool = False) -> SnapshotPage:
    """Every row of the commune (tombstones too) by (table, row id); the first page fixes the
    cursor to pull from afterwards, so nothing committed during the pages is missed."""
    with read_transaction(engine) as conn:
        first = not page_token
        if first:
            cursor = _log_position(conn, commune)
        # Only what a page carries: the other columns (times above all) cost more to read.
        query = select(*_PAGE_COLUMNS).where(m.sync_row.c.commune_code == commune)
        if page_token:
            table, _, row_id = page_token.partition("/")
            # A row-value comparison: the index is entered at the token, where an OR of the
            # two cases would have it read the commune from its first row on every page.
            query = query.where(tuple_(m.sync_row.c.table_name, m.sync_row.c.row_id)
                                > tuple_(table, row_id))
        rows = conn.execute(query.order_by(m.sync_row.c.table_name, m.sync_row.c.row_id)
                            .limit(limit)).all()
        conflicts = [_conflict(c) for c in conn.execute(
            select(m.sync_conflict).where(m.sync_conflict.c.commune_code == commune,
                                          m.sync_conflict.c.resolved.is_(False))
            .order_by(m.sync_conflict.c.server_seq))] if first else []
    has_more = len(rows) == limit
    token = _token(rows[-1].table_name, rows[-1].row_id) if has_more else ""
    # Rows unpacked as tuples: a Row's attributes cost more than building the PulledRow.
    found = [_raw_row(*r) if raw else _pulled(r) for r in rows]
    return SnapshotPage(found, cursor, token, has_more, conflicts)


def checksums(engine: Engine, commune: str) -> ChecksumReply:
    """Per synced table: count and checksum of the commune's rows, as of the returned cursor."""
    with read_transaction(engine) as conn:
        cursor = _log_position(conn, commune)
        grouped: dict[str, list[int]] = {name: [] for name in SYNCED_TABLES}
        query = select(m.sync_row.c.table_name, m.sync_row.c.row_id, m.sync_row.c.version,
                       m.sync_row.c.deleted, m.sync_row.c.values_json
                       ).where(m.sync_row.c.commune_code == commune)
        for row in conn.execute(query):
            if row.table_name in grouped:
                # Stored values are canonical JSON already (rowstore.write_rows), no
                # bookkeeping columns: the digest hashes the text as it is.
                grouped[row.table_name].append(canonical_row_digest(
                    row.row_id, row.version, row.deleted, row.values_json))
    return ChecksumReply(cursor, [TableChecksum(name, len(digests), combine_digests(digests))
                                  for name, digests in grouped.items()])


def fetch_rows(engine: Engine, commune: str, table: str, row_ids: list[str]) -> RowsReply:
    """Current state of the given rows of the commune; rows of other communes are `missing`."""
    with read_transaction(engine) as conn:
        found = {r.row_id: r for r in conn.execute(
            select(m.sync_row).where(m.sync_row.c.table_name == table,
                                     m.sync_row.c.row_id.in_(row_ids),
                                     m.sync_row.c.commune_code == commune))} if row_ids else {}
    return RowsReply([_pulled(found[i]) for i in row_ids if i in found],
                     [i for i in row_ids if i not in found])
