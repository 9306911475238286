"""Home visits: record (append-only), correct by a new revision, list per child and commune."""

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from desktop.domain.enums import AuditAction
from desktop.domain.errors import DomainError
from desktop.domain.visit import HomeVisit
from desktop.storage.schema.field_records import HomeVisitRow
from desktop.storage.schema.register import ChildRow
from desktop.storage.store import Store

# A next visit within this many days counts as "due soon" on the commune list.
DUE_SOON_DAYS = 7
COMMUNE_LIMIT = 1000
# Offered as ticks on the form; any other flag can be typed.
COMMON_RISK_FLAGS = (
    "nhà ở tạm bợ",
    "cha mẹ vắng nhà dài ngày",
    "trẻ nghỉ học",
    "có dấu hiệu bạo lực",
    "thiếu ăn",
    "người gây hại còn ở gần",
)


class VisitState(StrEnum):
    """Where the next visit a saved visit named stands today."""

    NONE = "none"  # no next visit named
    PLANNED = "planned"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class VisitLine:
    """One visit on a list, with the child's name and whether a later revision replaced it."""

    visit: HomeVisit
    child_name: str
    superseded: bool
    state: VisitState


def next_visit_state(next_on: date | None, today: date) -> VisitState:
    if next_on is None:
        return VisitState.NONE
    if next_on < today:
        return VisitState.OVERDUE
    if next_on <= today + timedelta(days=DUE_SOON_DAYS):
        return VisitState.DUE_SOON
    return VisitState.PLANNED


def validate_visit(visit: HomeVisit, now: datetime) -> list[str]:
    """Error codes; empty when the visit can be saved."""
    problems = []
    if visit.visited_at > now + timedelta(minutes=5):
        problems.append("visit.future")
    if not visit.visitors.strip():
        problems.append("visit.visitors_required")
    if not (visit.observations.strip() or visit.actions_taken.strip()):
        problems.append("visit.content_required")
    local_day = visit.visited_at.astimezone().date()
    if visit.next_visit_on is not None and visit.next_visit_on <= local_day:
        problems.append("visit.next_before_visit")
    return problems


def _check(store: Store, visit: HomeVisit) -> None:
    problems = validate_visit(visit, store.options.clock())
    if problems:
        raise DomainError("visit.invalid", problems=problems)


def add_visit(store: Store, visit: HomeVisit) -> HomeVisit:
    """Save a new visit; from then on it is never changed, only revised."""
    _check(store, visit)
    with store.unit_of_work() as uow:
        uow.children.get(visit.child_id)
        saved = uow.visits.add(replace(visit, author_id=store.officer.id, revision_of=None))
        uow.audit(AuditAction.CREATE, "home_visit", saved.id)
    return saved


def revise_visit(store: Store, original_id: str, corrected: HomeVisit) -> HomeVisit:
    """A correction: a new visit row pointing back to the one it replaces; both are kept."""
    _check(store, corrected)
    with store.unit_of_work() as uow:
        original = uow.visits.get(original_id)
        later = select(HomeVisitRow.id).where(HomeVisitRow.revision_of == original_id)
        if uow.session.scalar(later) is not None:
            raise DomainError("visit.already_revised")
        fresh = replace(corrected, id="", child_id=original.child_id, author_id=store.officer.id)
        fresh.__post_init__()  # a new id for the new row
        saved = uow.visits.revise(original_id, fresh)
        uow.audit(AuditAction.UPDATE, "home_visit", saved.id, detail=f"revision_of={original_id}")
    return saved


def _lines(store: Store, query: object, today: date) -> list[VisitLine]:
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.execute(query).all()
        replaced = set(
            uow.session.scalars(
                select(HomeVisitRow.revision_of).where(
                    HomeVisitRow.revision_of.in_([row[0].id for row in rows])
                )
            )
        )
        lines = []
        for row, name in rows:
            visit = uow.visits.get(row.id)
            superseded = row.id in replaced
            state = VisitState.NONE if superseded else next_visit_state(visit.next_visit_on, today)
            lines.append(VisitLine(visit, name, superseded, state))
    return lines


def visits_of_child(store: Store, child_id: str) -> list[VisitLine]:
    """Every visit to the child, newest first, revisions and the visits they replaced alike."""
    query = (
        select(HomeVisitRow, ChildRow.full_name)
        .join(ChildRow, ChildRow.id == HomeVisitRow.child_id)
        .where(HomeVisitRow.child_id == child_id, HomeVisitRow.deleted_at.is_(None))
        .order_by(HomeVisitRow.visited_at.desc(), HomeVisitRow.created_at.desc())
    )
    return _lines(store, query, store.options.clock().date())


def recent_visits(store: Store, *, days: int = 90, limit: int = COMMUNE_LIMIT) -> list[VisitLine]:
    """Visits in the commune in the last `days`, newest first."""
    since = store.options.clock() - timedelta(days=days)
    query = (
        select(HomeVisitRow, ChildRow.full_name)
        .join(ChildRow, ChildRow.id == HomeVisitRow.child_id)
        .where(HomeVisitRow.deleted_at.is_(None), HomeVisitRow.visited_at >= since)
        .order_by(HomeVisitRow.visited_at.desc())
        .limit(limit)
    )
    return _lines(store, query, store.options.clock().date())


def visits_due(store: Store, *, limit: int = COMMUNE_LIMIT) -> list[VisitLine]:
    """Each child's latest visit whose next visit is overdue or due soon; most overdue first.

    A visit replaced by a revision, or followed by a later visit, no longer sets the date.
    """
    today = store.options.clock().date()
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    replaced = select(HomeVisitRow.revision_of).where(HomeVisitRow.revision_of.is_not(None))
    ranked = (
        select(
            HomeVisitRow.id,
            HomeVisitRow.next_visit_on,
            func.row_number()
            .over(
                partition_by=HomeVisitRow.child_id,
                order_by=(HomeVisitRow.visited_at.desc(), HomeVisitRow.created_at.desc()),
            )
            .label("n"),
        )
        .where(HomeVisitRow.deleted_at.is_(None), HomeVisitRow.id.not_in(replaced))
        .subquery()
    )
    latest = (
        select(ranked.c.id)
        .where(ranked.c.n == 1, ranked.c.next_visit_on.is_not(None))
        .where(ranked.c.next_visit_on <= horizon)
    )
    query = (
        select(HomeVisitRow, ChildRow.full_name)
        .join(ChildRow, ChildRow.id == HomeVisitRow.child_id)
        .where(HomeVisitRow.id.in_(latest), ChildRow.deleted_at.is_(None))
        .order_by(HomeVisitRow.next_visit_on, ChildRow.full_name)
        .limit(limit)
    )
    return _lines(store, query, today)


def get_visit(store: Store, visit_id: str) -> HomeVisit:
    with store.unit_of_work(write=False) as uow:
        return uow.visits.get(visit_id)
