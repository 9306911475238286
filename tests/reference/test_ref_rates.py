from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.enums import AllowanceCategory, DisabilityLevel
from desktop.reference.errors import MissingReferenceError
from desktop.reference.rates import (
    base_rate_on,
    base_rate_record_on,
    coefficient,
    load_base_rates,
    load_coefficients,
    monthly_amount,
)


def test_base_rate_changes_on_its_effective_date():
    assert base_rate_on(date(2021, 7, 1)) == 360_000
    assert base_rate_on(date(2024, 6, 30)) == 360_000
    assert base_rate_on(date(2024, 7, 1)) == 500_000
    assert base_rate_on(date(2026, 6, 30)) == 500_000
    assert base_rate_on(date(2026, 7, 1)) == 540_000


def test_rates_carry_their_status():
    assert [rate.status for rate in load_base_rates()] == ["confirmed", "secondary", "unconfirmed"]
    assert base_rate_record_on(date(2027, 1, 1)).status == "unconfirmed"


def test_no_rate_before_the_first_one():
    with pytest.raises(MissingReferenceError):
        base_rate_on(date(2021, 6, 30))


@pytest.mark.parametrize(
    ("category", "age", "condition", "expected"),
    [
        (AllowanceCategory.K1, 0, None, "2.5"),
        (AllowanceCategory.K1, 3, None, "2.5"),
        (AllowanceCategory.K1, 4, None, "1.5"),
        (AllowanceCategory.K1, 15, None, "1.5"),
        (AllowanceCategory.K2, 18, "dang_hoc", "1.5"),
        (AllowanceCategory.K3, 3, None, "2.5"),
        (AllowanceCategory.K3, 4, None, "2.0"),
        (AllowanceCategory.K4, 10, None, "1.0"),
        (AllowanceCategory.K6, 8, DisabilityLevel.EXTREME, "2.5"),
        (AllowanceCategory.K6, 8, DisabilityLevel.SEVERE, "2.0"),
        (AllowanceCategory.K7, 2, None, "1.5"),
        ("K1", 2, None, "2.5"),
    ],
)
def test_coefficients(category, age, condition, expected):
    assert coefficient(category, age, condition) == Decimal(expected)


@pytest.mark.parametrize(
    ("category", "age", "condition"),
    [
        (AllowanceCategory.K1, 16, None),
        (AllowanceCategory.K2, 18, None),
        (AllowanceCategory.K6, 8, DisabilityLevel.MILD),
        (AllowanceCategory.K6, 8, None),
        (AllowanceCategory.K7, 3, None),
    ],
)
def test_no_coefficient_outside_the_rules(category, age, condition):
    with pytest.raises(MissingReferenceError):
        coefficient(category, age, condition)


def test_monthly_amounts():
    assert monthly_amount(AllowanceCategory.K1, 2, date(2023, 1, 1)) == 900_000
    assert monthly_amount(AllowanceCategory.K1, 2, date(2025, 1, 1)) == 1_250_000
    assert monthly_amount(AllowanceCategory.K1, 10, date(2025, 1, 1)) == 750_000
    amount = monthly_amount(AllowanceCategory.K6, 5, date(2026, 7, 1), DisabilityLevel.SEVERE)
    assert amount == 1_080_000


def test_every_category_has_a_coefficient():
    categories = {entry.category for entry in load_coefficients()}
    assert categories == {category.value for category in AllowanceCategory}
