"""Health checks of a register: cipher pages, integrity, foreign keys, schema, index, counts."""

from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from desktop.storage import migrate, unreadable
from desktop.storage.errors import StoreLocked, classify
from desktop.storage.schema import Base
from desktop.storage.schema.base import is_local


@dataclass
class DoctorReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    revision: str = ""
    head: str = ""
    # Checks that could not run because another program held the register past the wait:
    # they found nothing wrong, and the file is not damaged for it.
    busy: list[str] = field(default_factory=list)
    # Rows whose values the app cannot read (see unreadable_rows): the file is sound.
    unreadable: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.busy and not self.unreadable


def examine(engine: Engine) -> DoctorReport:
    """Every check runs even when an earlier one meets a damaged page, so the report is whole."""
    report = DoctorReport(head=migrate.describe(migrate.head_revisions()))
    checks = (
        ("cipher", _cipher),
        ("integrity", _integrity),
        ("foreign key", _foreign_keys),
        ("schema", _schema),
        ("counts", _counts),
        ("search index", _search_index),
    )
    with engine.connect() as conn:
        for name, check in checks:
            try:
                check(conn, report)
            except DBAPIError as exc:
                if isinstance(classify(exc.orig), StoreLocked):
                    report.busy.append(name)
                else:
                    report.problems.append(f"{name}: {exc.orig}")
            finally:
                conn.rollback()
    return report


def _cipher(conn: Connection, report: DoctorReport) -> None:
    cipher = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    report.problems += [f"cipher: {row[0]}" for row in cipher]


def _integrity(conn: Connection, report: DoctorReport) -> None:
    integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        report.problems += [f"integrity: {line}" for line in integrity]


def _foreign_keys(conn: Connection, report: DoctorReport) -> None:
    for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        report.problems.append(f"foreign key: {row[0]} row {row[1]} -> {row[2]}")


def _schema(conn: Connection, report: DoctorReport) -> None:
    report.revision = migrate.describe(
        frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    )
    if report.revision != report.head:
        report.problems.append(f"schema: at {report.revision}, expected {report.head}")


def _counts(conn: Connection, report: DoctorReport) -> None:
    for name, table in sorted(Base.metadata.tables.items()):
        if is_local(table):
            continue
        report.counts[name] = conn.execute(
            text(f"SELECT count(*) FROM {name} WHERE deleted_at IS NULL")
        ).scalar_one()


def _search_index(conn: Connection, report: DoctorReport) -> None:
    indexed = conn.execute(text("SELECT count(*) FROM child_search")).scalar_one()
    live = text("SELECT count(*) FROM child WHERE deleted_at IS NULL")
    children = conn.execute(live).scalar_one()
    if indexed != children:
        report.problems.append(f"search index: {indexed} entries for {children} children")
    conn.exec_driver_sql(
        "INSERT INTO child_search_fts(child_search_fts, rank) VALUES ('integrity-check', 1)"
    )


def unreadable_rows(engine: Engine) -> list[str]:
    """Rows holding a value the app cannot read back, by table, row id and column (never the
    value); a table with many says how many more."""
    with engine.connect() as conn:
        shown, totals = unreadable.find(conn)
    lines = [
        f"giá trị không đọc được: bảng {row.table}, bản ghi {row.row_id}, cột {row.column}"
        for row in shown
    ]
    for table, total in totals.items():
        if total > unreadable.SHOWN_PER_TABLE:
            more = total - unreadable.SHOWN_PER_TABLE
            lines.append(f"giá trị không đọc được: bảng {table}, và {more} bản ghi nữa")
    return lines
