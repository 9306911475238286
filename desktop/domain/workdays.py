"""Working days: Monday to Friday, less public holidays, plus make-up working Saturdays."""

from collections.abc import Iterable
from datetime import date, timedelta

from desktop.domain.errors import DomainError

_ONE_DAY = timedelta(days=1)


class WorkCalendar:
    """A calendar of days off; the dates come from reference data, never from code."""

    def __init__(self, holidays: Iterable[date], extra_workdays: Iterable[date] = ()) -> None:
        self.holidays = frozenset(holidays)
        self.extra_workdays = frozenset(extra_workdays)
        clash = self.holidays & self.extra_workdays
        if clash:
            raise DomainError("calendar.day_off_and_workday", day=min(clash))
        self.known_years = frozenset(day.year for day in self.holidays)

    def covers(self, day: date) -> bool:
        """Whether holidays are known for the year of `day`; beyond it only weekends count."""
        return day.year in self.known_years

    def is_working_day(self, d: date) -> bool:
        if d in self.extra_workdays:
            return True
        return d.weekday() < 5 and d not in self.holidays

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (before it if n < 0); `start` itself never counts."""
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        day, remaining = start, abs(n)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after `a` up to and including `b`; negative when `b` is before `a`.

        The inverse of add_working_days: working_days_between(a, add_working_days(a, n)) == n.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count, day = 0, a
        while day < b:
            day += _ONE_DAY
            count += self.is_working_day(day)
        return count

    def next_working_day_on_or_after(self, d: date) -> date:
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d
