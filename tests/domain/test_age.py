from datetime import date

import pytest

from desktop.domain.age import (
    DEFAULT_AGE_BANDS,
    AgeBand,
    age_band,
    age_band_on,
    age_on,
    estimated_dob_from_age,
    is_child,
    parse_age_bands,
)
from desktop.domain.errors import DomainError


def test_age_in_whole_years():
    dob = date(2015, 6, 15)
    assert age_on(dob, date(2015, 6, 15)) == 0
    assert age_on(dob, date(2016, 6, 14)) == 0
    assert age_on(dob, date(2016, 6, 15)) == 1
    assert age_on(dob, date(2026, 1, 1)) == 10


def test_born_on_29_february():
    dob = date(2012, 2, 29)
    assert age_on(dob, date(2013, 2, 28)) == 0
    assert age_on(dob, date(2013, 3, 1)) == 1
    assert age_on(dob, date(2016, 2, 28)) == 3
    assert age_on(dob, date(2016, 2, 29)) == 4
    assert age_on(dob, date(2028, 2, 28)) == 15
    assert age_on(dob, date(2028, 2, 29)) == 16
    assert is_child(dob, date(2027, 2, 28))
    assert age_on(dob, date(2027, 3, 1)) == 15


def test_under_16_boundary_on_the_16th_birthday():
    dob = date(2010, 5, 20)
    assert is_child(dob, date(2026, 5, 19))
    assert not is_child(dob, date(2026, 5, 20))
    assert not is_child(dob, date(2030, 1, 1))
    assert is_child(dob, dob)


def test_date_before_birth_is_refused():
    with pytest.raises(DomainError) as raised:
        age_on(date(2020, 1, 2), date(2020, 1, 1))
    assert raised.value.code == "age.before_birth"


@pytest.mark.parametrize(
    ("age", "band"),
    [(0, "0-2"), (2, "0-2"), (3, "3-5"), (5, "3-5"), (6, "6-10"), (10, "6-10"), (11, "11-15")],
)
def test_default_bands(age, band):
    assert age_band(age).code == band


def test_default_bands_end_open():
    assert age_band(15).code == "11-15"
    assert age_band(16).code == "16+"
    assert age_band(90).code == "16+"
    assert [band.code for band in DEFAULT_AGE_BANDS] == ["0-2", "3-5", "6-10", "11-15", "16+"]


def test_bands_are_replaceable():
    under_five = (AgeBand("<5", 0, 4), AgeBand("5-15", 5, 15))
    assert age_band(4, under_five).code == "<5"
    with pytest.raises(DomainError):
        age_band(16, under_five)
    assert age_band_on(date(2020, 1, 1), date(2026, 1, 1), under_five).code == "5-15"


def test_parse_age_bands():
    assert parse_age_bands("0-2, 3-5,6-10,11-15,16+") == DEFAULT_AGE_BANDS
    for bad in ("0-2,4-5", "1-2", "0-2,2-5", "0-2,3-1", "0-2,3+,5-6", "x-y"):
        with pytest.raises(DomainError):
            parse_age_bands(bad)


@pytest.mark.parametrize(
    ("age", "day", "expected"),
    [
        (5, date(2026, 8, 1), date(2021, 7, 1)),
        (5, date(2026, 7, 1), date(2021, 7, 1)),
        (5, date(2026, 3, 1), date(2020, 7, 1)),
        (0, date(2026, 3, 1), date(2025, 7, 1)),
        (0, date(2026, 9, 1), date(2026, 7, 1)),
        (15, date(2026, 1, 10), date(2010, 7, 1)),
    ],
)
def test_estimated_dob_from_age(age, day, expected):
    estimate = estimated_dob_from_age(age, day)
    assert estimate.date_of_birth == expected
    assert estimate.estimated is True
    assert age_on(estimate.date_of_birth, day) == age


def test_reported_age_16_is_never_a_child():
    for month in range(1, 13):
        day = date(2026, month, 15)
        assert not is_child(estimated_dob_from_age(16, day).date_of_birth, day)
        assert is_child(estimated_dob_from_age(15, day).date_of_birth, day)
