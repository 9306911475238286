"""Tasks across all cases and the overview counts, derived at the moment they are asked for."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from desktop.domain.case_tasks import CaseTask, TaskKind, derive_tasks
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.enums import CaseStage, DeadlineState
from desktop.domain.permissions import Action, require
from desktop.reference.calendar import load_work_calendar
from desktop.services.cases.settings import plan_clock
from desktop.services.cases.store import load_files, safe_now
from desktop.services.cases.views import CaseSummary, summaries
from desktop.storage.schema.field_records import HomeVisitRow
from desktop.storage.schema.register import ChildRow, GroupMembershipRow
from desktop.storage.store import Store

VISITS_AHEAD_DAYS = 7


@dataclass(frozen=True)
class TaskItem:
    """A task with what a list needs to show it: the case code and the child's name."""

    task: CaseTask
    child_name: str
    officer_id: str | None
    risk_level: object


@dataclass(frozen=True)
class VisitDue:
    child_id: str
    child_name: str
    due_on: date
    case_id: str | None


@dataclass(frozen=True)
class Overview:
    now: datetime
    tasks: list[TaskItem]  # overdue and due soon first, then by priority and time
    open_by_stage: dict[CaseStage, int]
    special_children: int
    visits_due: list[VisitDue]
    cases: list[CaseSummary]

    @property
    def emergencies(self) -> list[TaskItem]:
        return [item for item in self.tasks if item.task.kind is TaskKind.EMERGENCY]


def _tasks(store: Store) -> tuple[datetime, list[TaskItem], list[CaseSummary]]:
    with store.unit_of_work() as uow:
        now = safe_now(uow, remember=True)
        files = [file for file in load_files(uow) if file.is_open]
        cal, clock = load_work_calendar(), plan_clock(uow)
        rows = summaries(uow, files, now)
        by_case = {row.id: row for row in rows}
        items = [
            TaskItem(
                task, by_case[file.case.id].child_name, file.case.officer_id, file.case.risk_level
            )
            for file in files
            for task in derive_tasks(file, now, cal, plan_clock=clock)
        ]
    items.sort(key=lambda item: item.task.sort_key())
    return now, items, rows


def list_tasks(
    store: Store, *, officer_id: str | None = None, states: set[DeadlineState] | None = None
) -> tuple[datetime, list[TaskItem]]:
    """Every open task, most urgent first, with the moment it was judged at."""
    require(store.officer.role, Action.VIEW_CASE)
    now, items, _rows = _tasks(store)
    items = [
        item
        for item in items
        if (officer_id is None or item.officer_id == officer_id)
        and (states is None or item.task.state in states)
    ]
    return now, items


def overview(store: Store) -> Overview:
    require(store.officer.role, Action.VIEW_CASE)
    now, items, rows = _tasks(store)
    open_by_stage: dict[CaseStage, int] = {}
    for row in rows:
        open_by_stage[row.stage] = open_by_stage.get(row.stage, 0) + 1
    today = now.astimezone(LOCAL_TZ).date()
    with store.unit_of_work(write=False) as uow:
        special = uow.session.scalar(
            select(func.count(func.distinct(GroupMembershipRow.child_id))).where(
                GroupMembershipRow.deleted_at.is_(None),
                (GroupMembershipRow.start_date.is_(None))
                | (GroupMembershipRow.start_date <= today),
                (GroupMembershipRow.end_date.is_(None)) | (GroupMembershipRow.end_date >= today),
            )
        )
        visits = _visits_due(uow, today + timedelta(days=VISITS_AHEAD_DAYS))
    return Overview(now, items, open_by_stage, special or 0, visits, rows)


def _visits_due(uow, until: date) -> list[VisitDue]:
    """Each child's latest visit, where the next one it asked for falls before `until`."""
    latest = (
        select(HomeVisitRow.child_id, func.max(HomeVisitRow.visited_at).label("last"))
        .where(HomeVisitRow.deleted_at.is_(None))
        .group_by(HomeVisitRow.child_id)
        .subquery()
    )
    query = (
        select(
            HomeVisitRow.child_id,
            ChildRow.full_name,
            HomeVisitRow.next_visit_on,
            HomeVisitRow.case_id,
        )
        .join(
            latest,
            (latest.c.child_id == HomeVisitRow.child_id)
            & (latest.c.last == HomeVisitRow.visited_at),
        )
        .join(ChildRow, ChildRow.id == HomeVisitRow.child_id)
        .where(HomeVisitRow.next_visit_on.is_not(None), HomeVisitRow.next_visit_on <= until)
        .order_by(HomeVisitRow.next_visit_on)
    )
    return [VisitDue(*row) for row in uow.session.execute(query)]
