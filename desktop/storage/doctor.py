"""Health checks of a register: cipher pages, integrity, foreign keys, schema, index, counts."""

from dataclasses import dataclass, field

from sqlalchemy import Engine, text

from desktop.storage import migrate
from desktop.storage.schema import Base
from desktop.storage.schema.base import is_local


@dataclass
class DoctorReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    revision: str = ""
    head: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def examine(engine: Engine) -> DoctorReport:
    report = DoctorReport(head=migrate.describe(migrate.head_revisions()))
    with engine.connect() as conn:
        cipher = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        report.problems += [f"cipher: {row[0]}" for row in cipher]
        integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            report.problems += [f"integrity: {line}" for line in integrity]
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            report.problems.append(f"foreign key: {row[0]} row {row[1]} -> {row[2]}")
        report.revision = migrate.describe(
            frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        )
        if report.revision != report.head:
            report.problems.append(f"schema: at {report.revision}, expected {report.head}")
        for name, table in sorted(Base.metadata.tables.items()):
            if is_local(table):
                continue
            report.counts[name] = conn.execute(
                text(f"SELECT count(*) FROM {name} WHERE deleted_at IS NULL")
            ).scalar_one()
        indexed = conn.execute(text("SELECT count(*) FROM child_search")).scalar_one()
        if indexed != report.counts.get("child", 0):
            report.problems.append(
                f"search index: {indexed} entries for {report.counts.get('child', 0)} children"
            )
        try:
            conn.exec_driver_sql(
                "INSERT INTO child_search_fts(child_search_fts, rank) VALUES ('integrity-check', 1)"
            )
        except Exception as exc:
            report.problems.append(f"search index: {exc}")
        conn.rollback()
    return report
