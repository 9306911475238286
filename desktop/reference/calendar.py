"""Public holidays and make-up working days from holidays.csv, as a WorkCalendar."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from desktop.domain.workdays import WorkCalendar
from desktop.paths import reference_dir
from desktop.reference.csvfile import read_rows
from desktop.reference.errors import ReferenceDataError

FILE_NAME = "holidays.csv"
COLUMNS = ("date", "name", "kind", "status")
HOLIDAY = "holiday"
WORKDAY = "workday"  # a Saturday or Sunday worked to make up for a swapped day off
KINDS = frozenset({HOLIDAY, WORKDAY})
# announced: fixed by the Labour Code or a government notice; computed: derived, to check.
STATUSES = frozenset({"announced", "computed"})


@dataclass(frozen=True)
class CalendarDay:
    day: date
    name: str
    kind: str
    status: str


def _folder(folder: Path | None) -> Path:
    return Path(folder) if folder is not None else reference_dir()


@lru_cache(maxsize=8)
def _load(folder: Path) -> tuple[CalendarDay, ...]:
    path = folder / FILE_NAME
    days: dict[date, CalendarDay] = {}
    for row in read_rows(path, COLUMNS):
        entry = CalendarDay(
            day=row.date("date"),
            name=row.required("name"),
            kind=row.choice("kind", KINDS),
            status=row.choice("status", STATUSES),
        )
        if entry.day in days:
            raise row.fail(f"{entry.day.isoformat()} is listed twice")
        if entry.kind == WORKDAY and entry.day.weekday() < 5:
            raise row.fail(f"{entry.day.isoformat()} is a weekday, so it needs no make-up entry")
        days[entry.day] = entry
    if not days:
        raise ReferenceDataError(path, None, "no days listed")
    return tuple(sorted(days.values(), key=lambda entry: entry.day))


def load_holidays(folder: Path | None = None) -> tuple[CalendarDay, ...]:
    """Every listed day, holidays and make-up working days, in date order."""
    return _load(_folder(folder))


@lru_cache(maxsize=8)
def _calendar(folder: Path) -> WorkCalendar:
    days = _load(folder)
    return WorkCalendar(
        holidays=[entry.day for entry in days if entry.kind == HOLIDAY],
        extra_workdays=[entry.day for entry in days if entry.kind == WORKDAY],
    )


def load_work_calendar(folder: Path | None = None) -> WorkCalendar:
    return _calendar(_folder(folder))
