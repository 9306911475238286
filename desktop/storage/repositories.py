"""Repositories: read and write domain records through one unit of work's session."""

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from sqlalchemy import select

from desktop.domain.records import Record
from desktop.storage.errors import AppendOnly, RecordNotFound, StaleRecord
from desktop.storage.mapping import content_fields, copy_content, to_record
from desktop.storage.work_context import WorkContext

R = TypeVar("R", bound=Record)


class RecordRepository(Generic[R]):
    """Get, add, update with a version check, and soft-delete one kind of record."""

    def __init__(self, uow: WorkContext, row_cls: type, record_cls: type[R]) -> None:
        self._uow = uow
        self._session = uow.session
        self.row_cls = row_cls
        self.record_cls = record_cls

    def _row(self, record_id: str, *, include_deleted: bool = False) -> Any:
        row = self._session.get(self.row_cls, record_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise RecordNotFound(f"{self.row_cls.__tablename__}:{record_id}")
        return row

    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        return to_record(self._row(record_id, include_deleted=include_deleted), self.record_cls)

    def find(self, record_id: str) -> R | None:
        try:
            return self.get(record_id)
        except RecordNotFound:
            return None

    def add(self, record: R) -> R:
        now = self._uow.now()
        row = self.row_cls(
            id=record.id,
            version=1,
            device_id=self._uow.device_id,
            created_at=now,
            updated_at=now,
        )
        copy_content(record, row)
        self._session.add(row)
        self._session.flush()
        self._touched(row)
        return to_record(row, self.record_cls)

    def update(self, record: R) -> R:
        row = self._row(record.id)
        if row.version != record.version:
            raise StaleRecord(f"{self.row_cls.__tablename__}:{record.id}")
        names = content_fields(self.record_cls, self.row_cls)
        before = [getattr(row, name) for name in names]
        copy_content(record, row)
        if [getattr(row, name) for name in names] == before:
            # Nothing changed: no new version. A version the server never hears of (capture
            # sends content changes only) would differ from the server's at every check.
            return to_record(row, self.record_cls)
        row.version += 1
        row.updated_at = self._uow.now()
        row.device_id = self._uow.device_id
        self._session.flush()
        self._touched(row)
        return to_record(row, self.record_cls)

    def delete(self, record_id: str) -> None:
        row = self._row(record_id)
        row.deleted_at = self._uow.now()
        row.updated_at = row.deleted_at
        row.version += 1
        row.device_id = self._uow.device_id
        self._session.flush()
        self._touched(row)

    def where(self, *, order_by: str | None = None, **equals: Any) -> list[R]:
        query = select(self.row_cls).where(self.row_cls.deleted_at.is_(None))
        for name, value in equals.items():
            query = query.where(getattr(self.row_cls, name) == value)
        query = query.order_by(getattr(self.row_cls, order_by or "id"))
        return [to_record(row, self.record_cls) for row in self._session.scalars(query)]

    def get_many(self, record_ids: Iterable[str]) -> list[R]:
        ids = list(record_ids)
        if not ids:
            return []
        query = select(self.row_cls).where(
            self.row_cls.id.in_(ids), self.row_cls.deleted_at.is_(None)
        )
        by_id = {row.id: row for row in self._session.scalars(query)}
        return [to_record(by_id[i], self.record_cls) for i in ids if i in by_id]

    def _touched(self, row: Any) -> None:
        """Hook for derived data (the search index) that follows a write."""


class ChildLinkedRepository(RecordRepository[R]):
    """Records whose text feeds a child's search entry (carers) re-index that child."""

    def _touched(self, row: Any) -> None:
        self._uow.dirty_children.add(row.child_id)


class ChildRepository(RecordRepository[R]):
    def _touched(self, row: Any) -> None:
        self._uow.dirty_children.add(row.id)


class AppendOnlyRepository(RecordRepository[R]):
    """Visits, notes, case events, audit: added once, corrected only by a new revision."""

    def update(self, record: R) -> R:
        raise AppendOnly(self.row_cls.__tablename__)

    def delete(self, record_id: str) -> None:
        raise AppendOnly(self.row_cls.__tablename__)

    def revise(self, original_id: str, revision: R) -> R:
        """Keep the original and add the corrected copy pointing back to it."""
        self._row(original_id)
        revision.revision_of = original_id
        return self.add(revision)
