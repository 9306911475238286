from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.domain.deadlines import (
    DEFAULT_RULES,
    LOCAL_TZ,
    DeadlineRules,
    DeadlineState,
    approval_deadline,
    check_isolation_period,
    deadline_state,
    emergency_deadline,
    isolation_limit,
    monotonic_now,
    plan_draft_deadline,
)
from desktop.domain.errors import DomainError

ICT = timezone(timedelta(hours=7))


def at(year, month, day, hour=0, minute=0, second=0, tz=ICT):
    return datetime(year, month, day, hour, minute, second, tzinfo=tz)


def test_local_zone_is_utc_plus_7():
    assert LOCAL_TZ.utcoffset(datetime(2026, 6, 1)) == timedelta(hours=7)
    assert LOCAL_TZ.utcoffset(datetime(2026, 12, 1)) == timedelta(hours=7)


def test_emergency_deadline_is_12_clock_hours_even_over_tet():
    received = at(2026, 2, 16, 20, 30)  # a Tết holiday evening
    assert emergency_deadline(received) == at(2026, 2, 17, 8, 30)
    assert emergency_deadline(received).utcoffset() == timedelta(hours=7)


def test_emergency_deadline_keeps_the_callers_zone():
    received = datetime(2026, 3, 1, 23, 0, tzinfo=UTC)
    due = emergency_deadline(received)
    assert due == datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    assert due.tzinfo is UTC


def test_naive_times_are_refused(cal):
    with pytest.raises(DomainError) as raised:
        emergency_deadline(datetime(2026, 3, 1, 8, 0))
    assert raised.value.code == "time.naive"
    with pytest.raises(DomainError):
        plan_draft_deadline(datetime(2026, 3, 1, 8, 0), cal)
    with pytest.raises(DomainError):
        deadline_state(at(2026, 3, 1), datetime(2026, 3, 1))


def test_plan_draft_deadline_across_tet(cal):
    due = plan_draft_deadline(at(2026, 2, 13, 15, 0), cal)
    assert due == at(2026, 2, 27, 23, 59, 59)
    assert due.utcoffset() == timedelta(hours=7)


def test_plan_draft_counts_from_the_local_day(cal):
    # 18:00 UTC on Thursday 12/2 is already Friday 13/2 in Hai Phong.
    due = plan_draft_deadline(datetime(2026, 2, 12, 18, 0, tzinfo=UTC), cal)
    assert due == at(2026, 2, 27, 23, 59, 59)


def test_plan_draft_deadline_on_ordinary_days(cal):
    assert plan_draft_deadline(at(2026, 3, 9, 9, 0), cal) == at(2026, 3, 16, 23, 59, 59)


def test_approval_deadline_across_tet(cal):
    assert approval_deadline(at(2026, 2, 12, 10, 0), cal) == at(2026, 2, 23, 23, 59, 59)
    assert approval_deadline(at(2026, 2, 13, 10, 0), cal) == at(2026, 2, 24, 23, 59, 59)


def test_rules_are_configurable(cal):
    local = DeadlineRules(emergency_hours=8, approval_working_days=7)
    assert emergency_deadline(at(2026, 3, 2, 8, 0), local) == at(2026, 3, 2, 16, 0)
    assert approval_deadline(at(2026, 3, 2, 8, 0), cal, local) == at(2026, 3, 11, 23, 59, 59)
    assert DEFAULT_RULES.plan_draft_working_days == 5
    assert DEFAULT_RULES.approval_working_days == 2
    assert DEFAULT_RULES.emergency_hours == 12
    assert DEFAULT_RULES.isolation_max_days == 15


def test_isolation_limit_is_15_days():
    assert isolation_limit(date(2026, 3, 1)) == date(2026, 3, 16)
    check_isolation_period(date(2026, 3, 1), date(2026, 3, 16))
    check_isolation_period(date(2026, 3, 1), date(2026, 3, 1))


def test_isolation_over_15_days_is_refused():
    with pytest.raises(DomainError) as raised:
        check_isolation_period(date(2026, 3, 1), date(2026, 3, 17))
    assert raised.value.code == "isolation.too_long"
    assert raised.value.params["limit"] == date(2026, 3, 16)
    assert raised.value.params["max_days"] == 15


def test_isolation_longer_only_by_an_authoritys_order():
    check_isolation_period(date(2026, 3, 1), date(2026, 4, 1), ordered_by_authority=True)


def test_isolation_cannot_end_before_it_starts():
    with pytest.raises(DomainError) as raised:
        check_isolation_period(date(2026, 3, 2), date(2026, 3, 1))
    assert raised.value.code == "isolation.end_before_start"


def test_state_moves_from_ok_to_due_soon_to_overdue():
    due = emergency_deadline(at(2026, 3, 2, 8, 0))  # 20:00
    assert deadline_state(due, at(2026, 3, 2, 8, 0)) is DeadlineState.OK
    assert deadline_state(due, at(2026, 3, 2, 17, 59, 59)) is DeadlineState.OK
    assert deadline_state(due, at(2026, 3, 2, 18, 0)) is DeadlineState.DUE_SOON
    assert deadline_state(due, due) is DeadlineState.DUE_SOON
    assert deadline_state(due, due + timedelta(seconds=1)) is DeadlineState.OVERDUE


def test_done_wins_over_every_other_state():
    due = at(2026, 3, 2, 20, 0)
    assert deadline_state(due, at(2026, 3, 9), done=True) is DeadlineState.DONE
    assert deadline_state(due, at(2026, 3, 1), done=True) is DeadlineState.DONE


def test_warning_window_for_working_day_limits(cal):
    due = plan_draft_deadline(at(2026, 3, 9, 9, 0), cal)  # end of Monday 16/3
    window = DEFAULT_RULES.days_warning
    assert deadline_state(due, at(2026, 3, 15, 23, 0), due_soon=window) is DeadlineState.OK
    assert deadline_state(due, at(2026, 3, 16, 8, 0), due_soon=window) is DeadlineState.DUE_SOON
    assert deadline_state(due, at(2026, 3, 17, 0, 0), due_soon=window) is DeadlineState.OVERDUE


def test_clock_set_backwards_keeps_an_overdue_case_overdue():
    intake = at(2026, 3, 2, 8, 0)
    due = emergency_deadline(intake)
    seen = at(2026, 3, 2, 21, 0)  # the device has already seen this moment
    reset_clock = at(2026, 3, 2, 9, 0)  # then someone set the clock back
    assert deadline_state(due, reset_clock) is DeadlineState.OK
    now = monotonic_now(reset_clock, seen)
    assert now == seen
    assert deadline_state(due, now) is DeadlineState.OVERDUE


def test_monotonic_now():
    earlier, later = at(2026, 3, 1, 8), at(2026, 3, 1, 9)
    assert monotonic_now(later, earlier) == later
    assert monotonic_now(earlier, later) == later
    assert monotonic_now(earlier, None) == earlier
    assert monotonic_now(later.astimezone(UTC), earlier) == later
