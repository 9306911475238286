from datetime import date

import pytest

from desktop.domain.enums import Sex
from desktop.domain.personal_id import (
    birth_year_of,
    check_personal_id,
    has_errors,
    normalise_personal_id,
)

# Digit 4 = 3 (female, 2000s), digits 5-6 = 15 (born 2015); province 031 is not required.
GIRL_2015 = "031315000123"


def codes(problems):
    return [problem.code for problem in problems]


def test_valid_number_with_matching_facts_has_no_problems():
    assert check_personal_id(GIRL_2015, Sex.FEMALE, date(2015, 3, 4)) == []


@pytest.mark.parametrize("prefix", ["001", "030", "031", "999", "000"])
def test_any_province_prefix_is_accepted(prefix):
    assert check_personal_id(prefix + "215000123", Sex.MALE, date(2015, 1, 1)) == []


def test_normalise_removes_spaces_dots_and_dashes():
    assert normalise_personal_id(" 031.315.000 123 ") == GIRL_2015
    assert normalise_personal_id("031-315-000-123") == GIRL_2015
    assert normalise_personal_id("０３１３１５０００１２３") == GIRL_2015  # full-width digits
    assert check_personal_id("031 315 000 123", Sex.FEMALE) == []


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "id.empty"),
        ("   ", "id.empty"),
        ("03131500012", "id.not_12_digits"),
        ("0313150001234", "id.not_12_digits"),
        ("03131500012A", "id.not_digits"),
        ("031315/00123", "id.not_digits"),
        ("031615000123", "id.bad_century_digit"),
        ("031915000123", "id.bad_century_digit"),
    ],
)
def test_format_errors(value, code):
    problems = check_personal_id(value)
    assert codes(problems) == [code]
    assert problems[0].severity == "error"
    assert has_errors(problems)


def test_sex_contradiction_is_a_warning():
    problems = check_personal_id(GIRL_2015, Sex.MALE, date(2015, 3, 4))
    assert codes(problems) == ["id.sex_mismatch"]
    assert problems[0].severity == "warning"
    assert not has_errors(problems)


def test_unknown_sex_is_not_contradicted():
    assert check_personal_id(GIRL_2015, Sex.UNKNOWN) == []


@pytest.mark.parametrize(
    ("digit", "sex", "year"),
    [
        ("0", Sex.MALE, 1999),
        ("1", Sex.FEMALE, 1950),
        ("2", Sex.MALE, 2000),
        ("3", Sex.FEMALE, 2099),
    ],
)
def test_century_and_sex_digit(digit, sex, year):
    number = f"031{digit}{year % 100:02d}000123"
    assert check_personal_id(number, sex, date(year, 6, 1)) == []
    assert birth_year_of(number) == year


def test_2100s_digits_are_known():
    assert birth_year_of("031400000001") == 2100
    assert birth_year_of("031599000001") == 2199


def test_year_contradiction():
    problems = check_personal_id(GIRL_2015, Sex.FEMALE, date(2016, 3, 4))
    assert codes(problems) == ["id.year_mismatch"]
    assert problems[0].severity == "warning"
    assert problems[0].params == {"id_year": 2015, "birth_year": 2016}


def test_century_contradiction():
    # Same last two digits, wrong century: the number says 1915.
    problems = check_personal_id("031115000123", Sex.FEMALE, date(2015, 3, 4))
    assert codes(problems) == ["id.century_mismatch"]


def test_all_contradictions_at_once():
    problems = check_personal_id("031015000123", Sex.FEMALE, date(2016, 1, 1))
    assert codes(problems) == ["id.sex_mismatch", "id.century_mismatch", "id.year_mismatch"]
    assert {problem.severity for problem in problems} == {"warning"}


def test_estimated_birth_date_tolerates_one_year():
    assert check_personal_id(GIRL_2015, Sex.FEMALE, date(2016, 7, 1), dob_estimated=True) == []
    assert check_personal_id(GIRL_2015, Sex.FEMALE, date(2014, 7, 1), dob_estimated=True) == []
    far = check_personal_id(GIRL_2015, Sex.FEMALE, date(2018, 7, 1), dob_estimated=True)
    assert codes(far) == ["id.year_mismatch"]


def test_estimated_birth_date_across_centuries():
    # A boy born in 1999 whose age at intake gave an estimated 1 July 2000.
    assert check_personal_id("031099000123", Sex.MALE, date(2000, 7, 1), dob_estimated=True) == []
    # Born 1910 by the number, about 2010 by the estimate.
    assert codes(check_personal_id("031010000123", Sex.MALE, date(2010, 7, 1), True)) == [
        "id.century_mismatch"
    ]


def test_birth_year_of_invalid_number():
    assert birth_year_of("123") is None
    assert birth_year_of("031715000123") is None
