"""The messages of push, pull, snapshot, checksums, repair, login and enrolment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.protocol.constants import (
    DEFAULT_PULL_LIMIT,
    FATES,
    KINDS,
    MAX_BATCH_CHANGES,
    MAX_NAME_LENGTH,
    MAX_PULL_LIMIT,
    MAX_ROWS_FETCH,
)
from desktop.protocol.message import _Message
from desktop.protocol.readers import (
    _bool,
    _commune,
    _conflict_fields,
    _int,
    _list,
    _msg,
    _one_of,
    _table,
    _text,
    _uuid,
)
from desktop.protocol.tables import SYNCED_TABLES
from desktop.protocol.values import clean_values

# ---- messages -------------------------------------------------------------------------


@dataclass
class Change(_Message):
    """One captured edit: `fields` are new values, `base` the values the device last saw.

    `resolves` names a conflict this edit settles (the chosen or edited value).
    """

    op_id: str
    table: str
    row_id: str
    kind: str
    fields: dict[str, Any]
    base: dict[str, Any]
    base_version: int
    device_id: str
    device_time: str = ""
    resolves: str | None = None

    _readers = {
        "op_id": _uuid,
        "table": _table,
        "row_id": _uuid,
        "kind": _one_of(KINDS, "protocol.bad_kind"),
        "fields": clean_values,
        "base": clean_values,
        "base_version": _int(),
        "device_id": _uuid,
        "device_time": _text(64),
        "resolves": _uuid,
    }
    _optional = {"base": {}, "base_version": 0, "device_time": "", "resolves": None}


@dataclass
class PushBatch(_Message):
    """Up to MAX_BATCH_CHANGES changes; batch_id is the idempotency key.

    `cursor` is the pull cursor the device held when it made the batch: everything in it was
    written before the device had pulled past that log position (0 from an older app).
    """

    batch_id: str
    device_id: str
    commune_code: str
    changes: list[Change]
    cursor: int = 0

    _readers = {
        "batch_id": _uuid,
        "device_id": _uuid,
        "commune_code": _commune,
        "changes": _list(_msg(Change), MAX_BATCH_CHANGES),
        "cursor": _int(),
    }
    _optional = {"cursor": 0}


@dataclass
class Conflict(_Message):
    """The same field changed on both sides: `fields[name] = {base, server, device}`.

    The server value stays current until a device pushes a change that `resolves` it.
    """

    conflict_id: str
    table: str
    row_id: str
    fields: dict[str, dict[str, Any]]
    server_version: int
    op_id: str
    device_id: str
    resolved: bool = False
    server_seq: int = 0

    _readers = {
        "conflict_id": _uuid,
        "table": _table,
        "row_id": _uuid,
        "fields": _conflict_fields,
        "server_version": _int(),
        "op_id": _uuid,
        "device_id": _uuid,
        "resolved": _bool,
        "server_seq": _int(),
    }
    _optional = {"resolved": False, "server_seq": 0}


@dataclass
class ChangeResult(_Message):
    """One op's fate; `reason` is Vietnamese for the quarantine screen when rejected."""

    op_id: str
    fate: str
    server_seq: int | None = None
    version: int | None = None
    code: str = ""
    reason: str = ""
    row: dict[str, Any] | None = None
    conflict: Conflict | None = None

    _readers = {
        "op_id": _uuid,
        "fate": _one_of(FATES, "protocol.bad_fate"),
        "server_seq": _int(),
        "version": _int(),
        "code": _text(128),
        "reason": _text(2000),
        "row": clean_values,
        "conflict": _msg(Conflict),
    }
    _optional = {
        "server_seq": None,
        "version": None,
        "code": "",
        "reason": "",
        "row": None,
        "conflict": None,
    }


@dataclass
class PushReply(_Message):
    batch_id: str
    results: list[ChangeResult]

    _readers = {"batch_id": _uuid, "results": _list(_msg(ChangeResult), MAX_BATCH_CHANGES)}


@dataclass
class PullRequest(_Message):
    cursor: int = 0
    limit: int = DEFAULT_PULL_LIMIT

    _readers = {"cursor": _int(), "limit": _int(1, MAX_PULL_LIMIT)}
    _optional = {"cursor": 0, "limit": DEFAULT_PULL_LIMIT}


@dataclass
class PulledRow(_Message):
    """A row's full current state. `moved_to` set: the row left this commune (case transfer)."""

    table: str
    row_id: str
    server_seq: int
    version: int
    deleted: bool
    values: dict[str, Any]
    moved_to: str | None = None

    _readers = {
        "table": _table,
        "row_id": _uuid,
        "server_seq": _int(),
        "version": _int(),
        "deleted": _bool,
        "values": clean_values,
        "moved_to": _commune,
    }
    _optional = {"moved_to": None}

    def checksum_tuple(self) -> tuple[str, int, bool, dict[str, Any]]:
        return (self.row_id, self.version, self.deleted, self.values)


_ROWS = _list(_msg(PulledRow), MAX_PULL_LIMIT)
_CONFLICTS = _list(_msg(Conflict), MAX_PULL_LIMIT)


@dataclass
class PullPage(_Message):
    """Rows and conflicts after a cursor in server_seq order; continue from next_cursor."""

    rows: list[PulledRow]
    next_cursor: int
    has_more: bool
    conflicts: list[Conflict] = field(default_factory=list)

    _readers = {"rows": _ROWS, "next_cursor": _int(), "has_more": _bool, "conflicts": _CONFLICTS}
    _optional = {"conflicts": []}


@dataclass
class SnapshotRequest(_Message):
    """First page: page_token "" (the server fixes `cursor`); later pages pass both back."""

    page_token: str = ""
    cursor: int = 0
    limit: int = DEFAULT_PULL_LIMIT

    _readers = {"page_token": _text(200), "cursor": _int(), "limit": _int(1, MAX_PULL_LIMIT)}
    _optional = {"page_token": "", "cursor": 0, "limit": DEFAULT_PULL_LIMIT}


@dataclass
class SnapshotPage(_Message):
    """Current rows of the commune (tombstones too), paged; then pull from `cursor`.

    Open conflicts come on the first page.
    """

    rows: list[PulledRow]
    cursor: int
    next_page_token: str
    has_more: bool
    conflicts: list[Conflict] = field(default_factory=list)

    _readers = {
        "rows": _ROWS,
        "cursor": _int(),
        "next_page_token": _text(200),
        "has_more": _bool,
        "conflicts": _CONFLICTS,
    }
    _optional = {"conflicts": []}


@dataclass
class TableChecksum(_Message):
    table: str
    count: int
    checksum: str

    _readers = {"table": _table, "count": _int(), "checksum": _text(64)}


@dataclass
class ChecksumReply(_Message):
    """Checksums of every synced table of the commune as of log position `cursor`."""

    cursor: int
    tables: list[TableChecksum]

    _readers = {"cursor": _int(), "tables": _list(_msg(TableChecksum), len(SYNCED_TABLES))}


@dataclass
class RowsRequest(_Message):
    """Targeted re-pull for repair: current state of these rows of one table."""

    table: str
    row_ids: list[str]

    _readers = {"table": _table, "row_ids": _list(_uuid, MAX_ROWS_FETCH)}


@dataclass
class RowsReply(_Message):
    """Rows found in the commune (tombstones included); the others are `missing`."""

    rows: list[PulledRow]
    missing: list[str]

    _readers = {
        "rows": _list(_msg(PulledRow), MAX_ROWS_FETCH),
        "missing": _list(_uuid, MAX_ROWS_FETCH),
    }


@dataclass
class LoginRequest(_Message):
    username: str
    password: str

    # A password is not normalised: what the officer typed is what is checked.
    _readers = {"username": _text(MAX_NAME_LENGTH), "password": _text(1024, normalise=False)}


@dataclass
class LoginReply(_Message):
    access_token: str
    expires_in: int
    role: str
    commune_code: str = ""

    _readers = {
        "access_token": _text(4096),
        "expires_in": _int(),
        "role": _text(32),
        "commune_code": _text(5),
    }
    _optional = {"commune_code": ""}


@dataclass
class EnrolRequest(_Message):
    commune_code: str
    device_name: str = ""

    _readers = {"commune_code": _commune, "device_name": _text(200)}
    _optional = {"device_name": ""}


@dataclass
class EnrolReply(_Message):
    device_id: str
    device_secret: str
    commune_code: str

    _readers = {"device_id": _uuid, "device_secret": _text(200), "commune_code": _commune}


@dataclass
class ErrorBody(_Message):
    """Every error answer: a stable code and a Vietnamese message saying what to do."""

    code: str
    message: str

    _readers = {"code": _text(128), "message": _text(4000)}
