from datetime import date, datetime, timedelta, timezone

from desktop.domain.deadlines import approval_deadline, plan_draft_deadline
from desktop.reference.calendar import load_holidays, load_work_calendar

ICT = timezone(timedelta(hours=7))

# Mùng 1 Tết, 2025-2030.
TET = {
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 2),
}


def test_every_date_is_listed_once():
    days = [entry.day for entry in load_holidays()]
    assert len(days) == len(set(days))
    assert days == sorted(days)


def test_tet_is_off_every_year_2025_to_2030():
    holidays = {entry.day for entry in load_holidays() if entry.kind == "holiday"}
    for year, first_day in TET.items():
        tet = {d for d in holidays if abs((d - first_day).days) <= 4}
        assert first_day in holidays, year
        assert len(tet) >= 5, year


def test_computed_tet_runs_from_the_day_before_mung_1_to_mung_4():
    entries = {entry.day: entry for entry in load_holidays()}
    for year in range(2027, 2031):
        first_day = TET[year]
        for offset in range(-1, 4):
            entry = entries[first_day + timedelta(days=offset)]
            assert entry.kind == "holiday"
            assert entry.status == "computed"


def test_announced_years_are_marked_announced():
    for entry in load_holidays():
        if entry.day.year <= 2026:
            assert entry.status == "announced", entry


def test_make_up_saturdays():
    workdays = {entry.day for entry in load_holidays() if entry.kind == "workday"}
    assert {date(2025, 4, 26), date(2026, 1, 10), date(2026, 8, 22)} <= workdays
    assert all(day.weekday() >= 5 for day in workdays)
    cal = load_work_calendar()
    assert cal.is_working_day(date(2026, 1, 10))
    assert cal.is_working_day(date(2025, 4, 26))


def test_real_calendar_across_tet_2026():
    cal = load_work_calendar()
    assert cal.add_working_days(date(2026, 2, 13), 5) == date(2026, 2, 27)
    start = datetime(2026, 2, 13, 15, 0, tzinfo=ICT)
    assert plan_draft_deadline(start, cal).date() == date(2026, 2, 27)
    assert approval_deadline(start, cal).date() == date(2026, 2, 24)


def test_real_calendar_across_tet_2025():
    cal = load_work_calendar()
    # Fri 24/1/2025; days off Mon 27 - Fri 31/1.
    assert cal.add_working_days(date(2025, 1, 24), 1) == date(2025, 2, 3)


def test_calendar_covers_2025_to_2030():
    cal = load_work_calendar()
    assert all(cal.covers(date(year, 6, 1)) for year in range(2025, 2031))
