"""Register use cases: find children, page through them, open a child's file (audited)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.domain.age import age_on
from desktop.domain.child import ChildFile
from desktop.domain.enums import AuditAction, Sex
from desktop.storage.schema.register import ChildRow
from desktop.storage.store import Store


@dataclass(frozen=True)
class ChildSummary:
    """One line of the register: what a list shows, nothing restricted."""

    id: str
    full_name: str
    sex: Sex
    date_of_birth: date | None
    dob_estimated: bool
    age: int | None
    personal_id: str | None
    village: str


def _summary(child, today: date) -> ChildSummary:  # type: ignore[no-untyped-def]
    return ChildSummary(
        id=child.id,
        full_name=child.full_name,
        sex=child.sex,
        date_of_birth=child.date_of_birth,
        dob_estimated=child.dob_estimated,
        age=age_on(child.date_of_birth, today) if child.date_of_birth else None,
        personal_id=child.personal_id,
        village=child.village,
    )


def search_children(store: Store, query: str, *, limit: int = 50) -> list[ChildSummary]:
    """Folded search over name, ID number, carers and thôn/tổ; best match first."""
    today = store.options.clock().date()
    with store.unit_of_work(write=False) as uow:
        return [_summary(child, today) for child in uow.search_children(query, limit=limit)]


def count_children(store: Store) -> int:
    with store.unit_of_work(write=False) as uow:
        return uow.session.scalar(
            select(func.count()).select_from(ChildRow).where(ChildRow.deleted_at.is_(None))
        )


def list_children(store: Store, *, offset: int = 0, limit: int = 200) -> list[ChildSummary]:
    """One page of the register in name order, for views that load lazily."""
    today = store.options.clock().date()
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.scalars(
            select(ChildRow)
            .where(ChildRow.deleted_at.is_(None))
            .order_by(ChildRow.full_name, ChildRow.id)
            .offset(offset)
            .limit(limit)
        )
        return [_summary(row, today) for row in rows]


def open_child_file(store: Store, child_id: str) -> ChildFile:
    """The whole profile of one child; opening it is written to the audit trail."""
    with store.unit_of_work() as uow:
        child = uow.children.get(child_id)
        household = uow.households.find(child.household_id) if child.household_id else None
        uow.audit(AuditAction.VIEW, "child", child_id)
        return ChildFile(
            child=child,
            household=household,
            carers=uow.carers.where(child_id=child_id),
            groups=uow.groups.where(child_id=child_id),
            allowances=uow.allowances.where(child_id=child_id),
        )
