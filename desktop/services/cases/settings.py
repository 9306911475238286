"""Local choices for case deadlines: what starts the 5 working days to draft a plan."""

from sqlalchemy import select

from desktop.domain.case_tasks import DEFAULT_PLAN_CLOCK, PlanClockStart
from desktop.domain.enums import AuditAction
from desktop.domain.errors import DomainError
from desktop.storage.schema.admin import LocalSettingRow
from desktop.storage.store import Store
from desktop.storage.unit_of_work import UnitOfWork

PLAN_CLOCK_KEY = "cases.plan_clock_start"


def plan_clock(uow: UnitOfWork) -> PlanClockStart:
    value = uow.session.scalar(
        select(LocalSettingRow.value).where(LocalSettingRow.key == PLAN_CLOCK_KEY)
    )
    try:
        return PlanClockStart(value) if value else DEFAULT_PLAN_CLOCK
    except ValueError:
        return DEFAULT_PLAN_CLOCK


def get_plan_clock(store: Store) -> PlanClockStart:
    with store.unit_of_work(write=False) as uow:
        return plan_clock(uow)


def set_plan_clock(store: Store, start: PlanClockStart) -> None:
    """Local practice decides (Art. 28.1 is silent); the change is audited."""
    if not isinstance(start, PlanClockStart):
        raise DomainError("settings.bad_value", key=PLAN_CLOCK_KEY)
    with store.unit_of_work() as uow:
        row = uow.session.get(LocalSettingRow, PLAN_CLOCK_KEY)
        if row is None:
            uow.session.add(LocalSettingRow(key=PLAN_CLOCK_KEY, value=start.value))
        else:
            row.value = start.value
        uow.audit(AuditAction.UPDATE, "setting", None, detail=PLAN_CLOCK_KEY)
