"""A work calendar with the announced 2026 days off, built in code so domain tests read no files."""

from datetime import date

import pytest

from desktop.domain.workdays import WorkCalendar

HOLIDAYS_2026 = [
    date(2026, 1, 1),
    date(2026, 1, 2),
    *(date(2026, 2, day) for day in range(16, 21)),  # Tết: Mon 16 - Fri 20 February
    date(2026, 4, 26),
    date(2026, 4, 27),
    date(2026, 4, 30),
    date(2026, 5, 1),
    date(2026, 8, 31),
    date(2026, 9, 1),
    date(2026, 9, 2),
]
MAKE_UP_DAYS_2026 = [date(2026, 1, 10), date(2026, 8, 22)]


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar(HOLIDAYS_2026, MAKE_UP_DAYS_2026)
