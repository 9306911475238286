"""The synced tables (parents first), how each finds its commune, and the bookkeeping columns."""

from __future__ import annotations

from dataclasses import dataclass

# Bookkeeping columns every synced table carries (storage's SYNC_COLUMNS is this list): never
# merged; readers drop them from values.
META_COLUMNS = frozenset(
    {
        "id",
        "version",
        "device_id",
        "created_at",
        "updated_at",
        "server_seq",
        "server_updated_at",
        "deleted_at",
    }
)
COMMUNE_COLUMN = "commune_code"


@dataclass(frozen=True)
class TableSpec:
    """How a synced table finds its commune: its own column, or its parent row's commune.

    `parent` is (foreign-key column, parent table). `scope == "device"` means the row has
    neither, so the commune is the pushing device's enrolment (audit trail).
    """

    name: str
    append_only: bool = False
    scope: str = "column"
    parent: tuple[str, str] | None = None


def _child(name: str, column: str, parent: str, append_only: bool = False) -> TableSpec:
    return TableSpec(name, append_only, "parent", (column, parent))


SYNCED_TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("officer"),
        TableSpec("household"),
        TableSpec("child"),
        _child("carer", "child_id", "child"),
        _child("group_membership", "child_id", "child"),
        _child("allowance", "child_id", "child"),
        TableSpec("case_file"),
        _child("informant", "case_id", "case_file"),
        _child("initial_assessment", "case_id", "case_file"),
        _child("detailed_assessment", "case_id", "case_file"),
        _child("case_meeting", "case_id", "case_file"),
        _child("isolation", "case_id", "case_file"),
        _child("isolation_extension", "isolation_id", "isolation"),
        _child("support_plan", "case_id", "case_file"),
        _child("plan_task", "plan_id", "support_plan"),
        _child("approval_decision", "case_id", "case_file"),
        _child("review", "case_id", "case_file"),
        _child("closure", "case_id", "case_file"),
        _child("case_event", "case_id", "case_file", append_only=True),
        _child("case_note", "case_id", "case_file", append_only=True),
        _child("home_visit", "child_id", "child", append_only=True),
        TableSpec("audit_event", append_only=True, scope="device"),
    )
}
APPEND_ONLY_TABLES = frozenset(n for n, s in SYNCED_TABLES.items() if s.append_only)
LOCAL_ONLY_TABLES = frozenset(
    {
        "draft",
        "local_setting",
        "child_search",
        "sync_outbox",
        "sync_state",
        "sync_conflict",
        "sync_quarantine",
    }
)
# A case transfer is an upsert of case_file whose `fields` change commune_code: the server
# applies it after the batch's earlier ops and moves the case, its history and its child.
