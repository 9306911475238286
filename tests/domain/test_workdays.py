from datetime import date, timedelta

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.workdays import WorkCalendar


def test_weekend_is_off_without_holidays():
    plain = WorkCalendar([])
    assert plain.is_working_day(date(2026, 3, 6))  # Friday
    assert not plain.is_working_day(date(2026, 3, 7))  # Saturday
    assert not plain.is_working_day(date(2026, 3, 8))  # Sunday


def test_add_working_days_across_a_weekend(cal):
    friday = date(2026, 3, 6)
    assert cal.add_working_days(friday, 1) == date(2026, 3, 9)
    assert cal.add_working_days(friday, 5) == date(2026, 3, 13)
    assert cal.add_working_days(date(2026, 3, 7), 1) == date(2026, 3, 9)  # from a Saturday


def test_start_day_is_not_counted(cal):
    monday = date(2026, 3, 9)
    assert cal.add_working_days(monday, 0) == monday
    assert cal.add_working_days(monday, 1) == date(2026, 3, 10)


def test_add_working_days_across_tet_2026(cal):
    # Fri 13/2; Tết days off Mon 16 - Fri 20/2; weekends 14-15 and 21-22/2.
    friday = date(2026, 2, 13)
    assert cal.add_working_days(friday, 1) == date(2026, 2, 23)
    assert cal.add_working_days(friday, 2) == date(2026, 2, 24)
    assert cal.add_working_days(friday, 5) == date(2026, 2, 27)
    assert all(not cal.is_working_day(date(2026, 2, day)) for day in range(14, 23))


def test_going_back_across_tet(cal):
    assert cal.add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)
    assert cal.add_working_days(date(2026, 2, 27), -5) == date(2026, 2, 13)


def test_make_up_saturdays_are_working_days(cal):
    assert cal.is_working_day(date(2026, 1, 10))
    assert cal.is_working_day(date(2026, 8, 22))
    assert not cal.is_working_day(date(2026, 1, 17))  # an ordinary Saturday
    assert cal.add_working_days(date(2026, 1, 9), 1) == date(2026, 1, 10)
    assert cal.add_working_days(date(2026, 8, 21), 1) == date(2026, 8, 22)


def test_new_year_and_national_day_breaks(cal):
    assert cal.add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 5)
    # 31/8 swapped, 1/9 and 2/9 off: Friday 28/8 + 1 working day is Thursday 3/9.
    assert cal.add_working_days(date(2026, 8, 28), 1) == date(2026, 8, 22) + timedelta(days=12)


def test_working_days_between(cal):
    assert cal.working_days_between(date(2026, 2, 13), date(2026, 2, 27)) == 5
    assert cal.working_days_between(date(2026, 2, 27), date(2026, 2, 13)) == -5
    assert cal.working_days_between(date(2026, 3, 6), date(2026, 3, 6)) == 0
    assert cal.working_days_between(date(2026, 3, 6), date(2026, 3, 8)) == 0
    assert cal.working_days_between(date(2026, 1, 9), date(2026, 1, 12)) == 2  # make-up Saturday


@pytest.mark.parametrize("n", [0, 1, 2, 5, 7, 20, 60])
def test_between_inverts_add(cal, n):
    for start in (date(2026, 1, 1), date(2026, 2, 13), date(2026, 8, 20), date(2026, 4, 25)):
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


def test_next_working_day_on_or_after(cal):
    assert cal.next_working_day_on_or_after(date(2026, 2, 14)) == date(2026, 2, 23)
    assert cal.next_working_day_on_or_after(date(2026, 2, 23)) == date(2026, 2, 23)


def test_a_day_cannot_be_both_off_and_worked():
    with pytest.raises(DomainError) as raised:
        WorkCalendar([date(2026, 1, 10)], [date(2026, 1, 10)])
    assert raised.value.code == "calendar.day_off_and_workday"


def test_covers_years_with_listed_holidays(cal):
    assert cal.covers(date(2026, 6, 1))
    assert not cal.covers(date(2031, 6, 1))
