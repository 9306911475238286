"""Decree 56/2017 time limits: 12 hours, 5 and 2 working days, isolation of at most 15 days."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from desktop.domain.enums import DeadlineState
from desktop.domain.errors import DomainError
from desktop.domain.workdays import WorkCalendar

__all__ = [
    "DEFAULT_RULES",
    "LOCAL_TZ",
    "DeadlineRules",
    "DeadlineState",
    "approval_deadline",
    "check_isolation_period",
    "deadline_state",
    "emergency_deadline",
    "isolation_limit",
    "monotonic_now",
    "plan_draft_deadline",
]


def _local_tz() -> tzinfo:
    # Windows has no system tz database; without the tzdata package a fixed offset is exact,
    # because Viet Nam has had no daylight saving since 1975.
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Ho_Chi_Minh")
    except (ImportError, KeyError, OSError):
        return timezone(timedelta(hours=7), "ICT")


LOCAL_TZ = _local_tz()


@dataclass(frozen=True)
class DeadlineRules:
    """The limits, kept as data because provinces set shorter or longer local ones."""

    emergency_hours: int = 12  # Art. 26.3, 31, 32: emergency measures / isolation decision
    plan_draft_working_days: int = 5  # Art. 28.1: the worker drafts the plan
    approval_working_days: int = 2  # Art. 28.2: the Chairman approves it
    isolation_max_days: int = 15  # Art. 32: temporary isolation, extensions included
    due_soon_hours: int = 2  # warn this long before a clock-hour limit
    due_soon_days: int = 1  # warn this long before a working-day limit
    day_end: time = time(23, 59, 59)  # a working-day limit runs to the end of its last day

    @property
    def hours_warning(self) -> timedelta:
        return timedelta(hours=self.due_soon_hours)

    @property
    def days_warning(self) -> timedelta:
        return timedelta(days=self.due_soon_days)


DEFAULT_RULES = DeadlineRules()


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DomainError("time.naive", field=name, value=moment)


def emergency_deadline(received_at: datetime, rules: DeadlineRules = DEFAULT_RULES) -> datetime:
    """12 clock hours after the information was received, weekends and holidays included."""
    _require_aware(received_at, "received_at")
    due = received_at.astimezone(UTC) + timedelta(hours=rules.emergency_hours)
    return due.astimezone(received_at.tzinfo)


def _working_days_deadline(
    start: datetime, days: int, cal: WorkCalendar, rules: DeadlineRules
) -> datetime:
    local_day = start.astimezone(LOCAL_TZ).date()
    last_day = cal.add_working_days(local_day, days)
    return datetime.combine(last_day, rules.day_end, tzinfo=LOCAL_TZ)


def plan_draft_deadline(
    start: datetime, cal: WorkCalendar, rules: DeadlineRules = DEFAULT_RULES
) -> datetime:
    """End of the 5th working day after `start`; the day of `start` itself does not count.

    The decree does not say what starts this clock (intake, or the detailed assessment),
    so the caller passes whichever moment local practice uses.
    """
    _require_aware(start, "start")
    return _working_days_deadline(start, rules.plan_draft_working_days, cal, rules)


def approval_deadline(
    submitted: datetime, cal: WorkCalendar, rules: DeadlineRules = DEFAULT_RULES
) -> datetime:
    """End of the 2nd working day after the plan was submitted to the Chairman."""
    _require_aware(submitted, "submitted")
    return _working_days_deadline(submitted, rules.approval_working_days, cal, rules)


def isolation_limit(start_date: date, rules: DeadlineRules = DEFAULT_RULES) -> date:
    """The last day temporary isolation may last.

    Civil Code 2015 Art. 147-148: a period in days starts the day after the event and
    ends at the end of its last day, so 15 days from 1 March run to the end of 16 March.
    """
    return start_date + timedelta(days=rules.isolation_max_days)


def check_isolation_period(
    start: date,
    end: date,
    rules: DeadlineRules = DEFAULT_RULES,
    *,
    ordered_by_authority: bool = False,
) -> None:
    """Refuse an isolation that ends before it starts or lasts beyond the limit.

    Art. 32 allows longer only when a competent authority requires it; the caller says so
    with `ordered_by_authority` and is expected to record that order.
    """
    if end < start:
        raise DomainError("isolation.end_before_start", start=start, end=end)
    limit = isolation_limit(start, rules)
    if end > limit and not ordered_by_authority:
        raise DomainError(
            "isolation.too_long",
            start=start,
            end=end,
            limit=limit,
            max_days=rules.isolation_max_days,
        )


def monotonic_now(now: datetime, last_seen: datetime | None) -> datetime:
    """The later of the device clock and the latest moment already seen.

    A clock set back after intake must not turn an overdue case back to "in time";
    callers keep `last_seen` (e.g. the newest stored timestamp) and pass the result on.
    """
    _require_aware(now, "now")
    if last_seen is None:
        return now
    _require_aware(last_seen, "last_seen")
    return max(now, last_seen)


def deadline_state(
    due: datetime,
    now: datetime,
    done: bool = False,
    due_soon: timedelta = DEFAULT_RULES.hours_warning,
) -> DeadlineState:
    """Where a limit stands at `now`; the limit itself is still met at exactly `due`."""
    _require_aware(due, "due")
    _require_aware(now, "now")
    if done:
        return DeadlineState.DONE
    if now > due:
        return DeadlineState.OVERDUE
    if due - now <= due_soon:
        return DeadlineState.DUE_SOON
    return DeadlineState.OK
