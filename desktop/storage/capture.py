"""Change capture: triggers that write every local edit of a synced table to the outbox.

An insert records only the row id (its values are read at push time); an update records the
content before and after. The update triggers are generated from the table's columns as they
are in the file, so a migration
that adds a column calls `install_capture_triggers` again; `check_capture` finds a table whose
triggers are missing or older than its columns.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection

from desktop.storage.schema.base import SYNC_COLUMNS
from desktop.storage.synced_tables import APPEND_ONLY, SYNCED_TABLES

# Columns the triggers watch besides the content: a soft delete is a change too.
_NOT_CONTENT = SYNC_COLUMNS
_GUARD = "(SELECT active FROM sync_apply_guard WHERE id = 1) = 0"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({_q(table)})")]


def content_columns(conn: Connection, table: str) -> list[str]:
    return [name for name in table_columns(conn, table) if name not in _NOT_CONTENT]


def trigger_names(table: str) -> tuple[str, ...]:
    if table in APPEND_ONLY:
        return (f"{table}_sync_ai",)
    return (f"{table}_sync_ai", f"{table}_sync_au", f"{table}_sync_ad")


def insert_triggers() -> list[str]:
    """The insert trigger of every synced table: quiet while pulled rows are applied."""
    return [trigger_names(table)[0] for table in SYNCED_TABLES]


def _json(prefix: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', {prefix}.{_q(c)}" for c in columns)
    return f"json_object({pairs})"


def trigger_sql(table: str, columns: list[str]) -> dict[str, str]:
    """The CREATE TRIGGER statements for one table, by trigger name."""
    t = _q(table)
    new, old = _json("new", columns), _json("old", columns)
    pending = f"table_name = '{table}' AND row_id = {{r}}.id AND batch_id IS NULL"
    insert_kind = "'append'" if table in APPEND_ONLY else "'upsert'"
    sql = {
        f"{table}_sync_ai": (
            f"CREATE TRIGGER {_q(table + '_sync_ai')} AFTER INSERT ON {t} WHEN {_GUARD} BEGIN "
            "INSERT INTO sync_outbox (table_name, row_id, kind, base_json, new_json, "
            "base_version, device_time) "
            f"VALUES ('{table}', new.id, {insert_kind}, NULL, NULL, 0, new.updated_at); END"
        )
    }
    if table in APPEND_ONLY:
        return sql
    changed = " OR ".join(f"old.{_q(c)} IS NOT new.{_q(c)}" for c in [*columns, "deleted_at"])
    kind = "CASE WHEN new.deleted_at IS NOT NULL THEN 'delete' ELSE 'upsert' END"
    # Consecutive unsent edits of one row fold into one change that keeps the first base.
    sql[f"{table}_sync_au"] = (
        f"CREATE TRIGGER {_q(table + '_sync_au')} AFTER UPDATE ON {t} "
        f"WHEN {_GUARD} AND ({changed}) BEGIN "
        f"UPDATE sync_outbox SET new_json = {new}, kind = {kind}, device_time = new.updated_at "
        f"WHERE {pending.format(r='new')}; "
        "INSERT INTO sync_outbox (table_name, row_id, kind, base_json, new_json, "
        "base_version, device_time) "
        f"SELECT '{table}', new.id, {kind}, {old}, {new}, old.version, new.updated_at "
        f"WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE {pending.format(r='new')}); END"
    )
    # A hard delete of a row the server never saw just cancels its unsent insert.
    sql[f"{table}_sync_ad"] = (
        f"CREATE TRIGGER {_q(table + '_sync_ad')} AFTER DELETE ON {t} WHEN {_GUARD} BEGIN "
        f"UPDATE sync_outbox SET kind = 'delete', new_json = {old} "
        f"WHERE {pending.format(r='old')}; "
        "INSERT INTO sync_outbox (table_name, row_id, kind, base_json, new_json, "
        "base_version, device_time) "
        f"SELECT '{table}', old.id, 'delete', {old}, {old}, old.version, "
        "strftime('%Y-%m-%d %H:%M:%f', 'now') "
        f"WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE {pending.format(r='old')}); "
        f"DELETE FROM sync_outbox WHERE {pending.format(r='old')} AND base_json IS NULL; END"
    )
    return sql


def _existing_tables(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def install_capture_triggers(conn: Connection, tables: Iterable[str] = SYNCED_TABLES) -> None:
    """(Re)create the capture triggers of `tables` from their current columns."""
    existing = _existing_tables(conn)
    for table in tables:
        if table not in existing:
            continue
        for name in (f"{table}_sync_ai", f"{table}_sync_au", f"{table}_sync_ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
        for statement in trigger_sql(table, content_columns(conn, table)).values():
            conn.exec_driver_sql(statement)


def drop_capture_triggers(conn: Connection, tables: Iterable[str] = SYNCED_TABLES) -> None:
    for table in tables:
        for name in (f"{table}_sync_ai", f"{table}_sync_au", f"{table}_sync_ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")


@dataclass(frozen=True)
class CaptureProblem:
    table: str
    trigger: str
    missing_columns: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.missing_columns:
            return (
                f"sync capture: trigger {self.trigger} does not watch "
                f"{', '.join(self.missing_columns)}"
            )
        return f"sync capture: {self.table} has no trigger {self.trigger}"


def check_capture(conn: Connection, tables: Iterable[str] = SYNCED_TABLES) -> list[CaptureProblem]:
    """Every synced table has its triggers and they cover every column it has now."""
    installed = {
        row[0]: row[1]
        for row in conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
    }
    problems = []
    for table in tables:
        columns = content_columns(conn, table)
        if not columns:
            problems.append(CaptureProblem(table, "(table missing)"))
            continue
        for name, expected in trigger_sql(table, columns).items():
            actual = installed.get(name)
            if actual is None:
                problems.append(CaptureProblem(table, name))
            elif actual != expected:
                missing = tuple(c for c in columns if f"new.{_q(c)}" not in actual)
                problems.append(CaptureProblem(table, name, missing or ("(changed)",)))
    return problems


def capture_problems(engine) -> list[str]:
    """The check as text lines, for `bvte doctor`."""
    with engine.connect() as conn:
        return [str(problem) for problem in check_capture(conn)]
