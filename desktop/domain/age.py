"""Ages in whole years, the under-16 rule and the age bands used in statistics."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.domain.errors import DomainError

CHILD_AGE_LIMIT = 16  # Law on Children Art. 1: a child is a person under 16


@dataclass(frozen=True)
class AgeBand:
    """Ages `low` to `high` inclusive; `high` None means open-ended."""

    code: str
    low: int
    high: int | None = None

    def contains(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


# Circular 13/2021's own breakdown is unconfirmed, so callers may pass their own bands.
DEFAULT_AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-2", 0, 2),
    AgeBand("3-5", 3, 5),
    AgeBand("6-10", 6, 10),
    AgeBand("11-15", 11, 15),
    AgeBand("16+", 16, None),
)


class EstimatedDob(NamedTuple):
    date_of_birth: date
    estimated: bool


def age_on(dob: date, day: date) -> int:
    """Completed years on `day`; someone born on 29 February turns a year older on 1 March."""
    if day < dob:
        raise DomainError("age.before_birth", date_of_birth=dob, day=day)
    before_birthday = (day.month, day.day) < (dob.month, dob.day)
    return day.year - dob.year - before_birthday


def is_child(dob: date, day: date) -> bool:
    """Under 16 on `day`; on the 16th birthday the person is no longer a child."""
    return age_on(dob, day) < CHILD_AGE_LIMIT


def age_band(age: int, bands: Sequence[AgeBand] = DEFAULT_AGE_BANDS) -> AgeBand:
    """The first band holding `age`."""
    for band in bands:
        if band.contains(age):
            return band
    raise DomainError("age.no_band", age=age)


def age_band_on(dob: date, day: date, bands: Sequence[AgeBand] = DEFAULT_AGE_BANDS) -> AgeBand:
    return age_band(age_on(dob, day), bands)


def parse_age_bands(spec: str) -> tuple[AgeBand, ...]:
    """Bands from a setting such as "0-2,3-5,6-10,11-15,16+"; gaps and overlaps are refused."""
    bands: list[AgeBand] = []
    next_low: int | None = 0  # None once an open-ended band has been read
    for raw in spec.split(","):
        code = raw.strip()
        try:
            if code.endswith("+"):
                band = AgeBand(code, int(code[:-1]), None)
            else:
                low, high = code.split("-")
                band = AgeBand(code, int(low), int(high))
        except ValueError:
            raise DomainError("age.bad_band", band=code) from None
        if band.low != next_low or (band.high is not None and band.high < band.low):
            raise DomainError("age.bad_band", band=code)
        bands.append(band)
        next_low = None if band.high is None else band.high + 1
    return tuple(bands)


def estimated_dob_from_age(age: int, day: date) -> EstimatedDob:
    """1 July of the birth year that makes the child `age` on `day`, flagged as estimated.

    Mid-year keeps the error under six months either way; choosing the year so that
    age_on() gives back `age` keeps the under-16 test consistent with what was reported.
    """
    if age < 0:
        raise DomainError("age.negative", age=age)
    candidate = date(day.year - age, 7, 1)
    if candidate > day or age_on(candidate, day) < age:
        candidate = date(day.year - age - 1, 7, 1)
    return EstimatedDob(candidate, True)
