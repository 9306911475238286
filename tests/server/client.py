"""A small HTTP client of the sync protocol for server tests (the desktop has its own)."""

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from desktop import protocol as p
from desktop.protocol import schema as schema
from desktop.protocol.columns import COLUMNS

VERSION_HEADERS = {p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION),
                   p.HEADER_SCHEMA: str(p.SCHEMA_VERSION)}


def new_id() -> str:
    return str(uuid.uuid4())


_DEFAULTS = {schema.TEXT: "", schema.INT: 0, schema.FLOAT: 0.0, schema.BOOL: False,
             schema.DATE: "2026-01-02", schema.DATETIME: "2026-01-02T03:04:05.000000Z",
             schema.LIST: []}


def full_row(table: str, **values: Any) -> dict[str, Any]:
    """A whole valid row of a synced table, as a PC sends a new one: every column, nullable
    ones null, the rest a plain valid value, with `values` over them (references are given)."""
    row: dict[str, Any] = {}
    for column in COLUMNS[table]:
        if column.nullable:
            row[column.name] = None
        elif column.choices is not None and column.kind == schema.TEXT:
            row[column.name] = next(iter(column.choices)).value
        elif column.references is None:
            row[column.name] = list(_DEFAULTS[column.kind]) if column.kind == schema.LIST \
                else _DEFAULTS[column.kind]
    row.update(values)
    return row


def login(base_url: str, username: str, password: str) -> requests.Response:
    return requests.post(base_url + p.PATH_LOGIN, json={"username": username,
                                                       "password": password},
                         headers=VERSION_HEADERS, timeout=30)


@dataclass
class Device:
    """One enrolled PC: its token, credentials, and the cursor of what it has pulled."""

    base_url: str
    commune: str
    token: str
    device_id: str
    secret: str
    cursor: int = 0
    rows: dict[tuple[str, str], p.PulledRow] = field(default_factory=dict)
    session: requests.Session = field(default_factory=requests.Session)

    @classmethod
    def enrol(cls, base_url: str, username: str, password: str, commune: str) -> "Device":
        answer = login(base_url, username, password)
        answer.raise_for_status()
        token = answer.json()["access_token"]
        enrolled = requests.post(base_url + p.PATH_ENROL,
                                 json={"commune_code": commune, "device_name": "PC thử"},
                                 headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"},
                                 timeout=30)
        enrolled.raise_for_status()
        reply = p.EnrolReply.from_json(enrolled.json())
        return cls(base_url, commune, token, reply.device_id, reply.device_secret)

    def headers(self) -> dict[str, str]:
        return {**VERSION_HEADERS, "Authorization": f"Bearer {self.token}",
                p.HEADER_DEVICE_ID: self.device_id, p.HEADER_DEVICE_SECRET: self.secret}

    def change(self, table: str, row_id: str, fields: dict[str, Any], *,
               base: dict[str, Any] | None = None, base_version: int = 0,
               kind: str = p.KIND_UPSERT, resolves: str | None = None) -> p.Change:
        return p.Change(new_id(), table, row_id, kind, fields, base or {}, base_version,
                        self.device_id, "2026-01-01T00:00:00.000000Z", resolves)

    def new(self, table: str, values: dict[str, Any] | None = None, *,
            row_id: str | None = None, kind: str | None = None) -> p.Change:
        """A change that creates a whole valid row (in this device's commune where the table
        has one), with `values` over the defaults."""
        own = {"commune_code": self.commune} if any(
            c.name == "commune_code" for c in COLUMNS[table]) else {}
        kind = kind or (p.KIND_APPEND if table in p.APPEND_ONLY_TABLES else p.KIND_UPSERT)
        return self.change(table, row_id or new_id(), full_row(table, **{**own, **(values or {})}),
                           kind=kind)

    def batch(self, *changes: p.Change) -> p.PushBatch:
        return p.PushBatch(new_id(), self.device_id, self.commune, list(changes))

    def post(self, path: str, body: Any, **extra: str) -> requests.Response:
        return self.session.post(self.base_url + path, data=p.encode_body(body),
                                 headers={**self.headers(), "Content-Encoding": "gzip",
                                          "Content-Type": "application/json", **extra},
                                 timeout=120)

    def push_raw(self, batch: p.PushBatch) -> requests.Response:
        return self.post(p.PATH_PUSH, batch, **{p.HEADER_IDEMPOTENCY: batch.batch_id})

    def push(self, *changes: p.Change) -> p.PushReply:
        answer = self.push_raw(self.batch(*changes))
        assert answer.status_code == 200, answer.text
        return p.PushReply.from_json(answer.json())

    def pull(self, cursor: int | None = None, limit: int = p.DEFAULT_PULL_LIMIT) -> p.PullPage:
        answer = self.post(p.PATH_PULL, p.PullRequest(self.cursor if cursor is None else cursor,
                                                      limit))
        assert answer.status_code == 200, answer.text
        return p.PullPage.from_json(answer.json())

    def sync_down(self, limit: int = p.DEFAULT_PULL_LIMIT) -> list[p.Conflict]:
        """Pull every page from the cursor into `rows`; returns the conflicts seen."""
        conflicts = []
        while True:
            page = self.pull(limit=limit)
            for row in page.rows:
                if row.moved_to:
                    self.rows.pop((row.table, row.row_id), None)
                else:
                    self.rows[(row.table, row.row_id)] = row
            conflicts.extend(page.conflicts)
            self.cursor = page.next_cursor
            if not page.has_more:
                return conflicts

    def snapshot(self, limit: int = p.DEFAULT_PULL_LIMIT) -> tuple[dict, int]:
        rows, token, cursor = {}, "", 0
        while True:
            answer = self.post(p.PATH_SNAPSHOT, p.SnapshotRequest(token, cursor, limit))
            assert answer.status_code == 200, answer.text
            page = p.SnapshotPage.from_json(answer.json())
            rows.update({(r.table, r.row_id): r for r in page.rows})
            token, cursor = page.next_page_token, page.cursor
            if not page.has_more:
                return rows, cursor

    def checksums(self) -> p.ChecksumReply:
        answer = self.session.get(self.base_url + p.PATH_CHECKSUMS, headers=self.headers(),
                                  timeout=60)
        assert answer.status_code == 200, answer.text
        return p.ChecksumReply.from_json(answer.json())

    def fetch(self, table: str, row_ids: list[str]) -> requests.Response:
        return self.post(p.PATH_ROWS, p.RowsRequest(table, row_ids))

    def local_checksums(self) -> dict[str, p.TableChecksum]:
        return {name: p.table_checksum(name, [r.checksum_tuple() for (t, _), r in
                                              self.rows.items() if t == name])
                for name in p.SYNCED_TABLES}
