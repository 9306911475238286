"""Social-assistance base rates and allowance coefficients (Decree 20/2021), as dated data."""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path

from desktop.domain.enums import AllowanceCategory
from desktop.paths import reference_dir
from desktop.reference.csvfile import read_rows
from desktop.reference.errors import MissingReferenceError, ReferenceDataError

RATES_FILE = "assistance_rates.csv"
RATES_COLUMNS = ("effective_from", "amount_vnd", "legal_basis", "status")
COEFFICIENTS_FILE = "allowance_coefficients.csv"
COEFFICIENT_COLUMNS = (
    "category",
    "age_from",
    "age_to",
    "condition",
    "coefficient",
    "effective_from",
)
STATUSES = frozenset({"confirmed", "secondary", "unconfirmed"})
_CATEGORIES = frozenset(category.value for category in AllowanceCategory)


@dataclass(frozen=True)
class BaseRate:
    effective_from: date
    amount_vnd: int
    legal_basis: str
    status: str


@dataclass(frozen=True)
class Coefficient:
    """`coefficient` applies from age `age_from` up to, not including, `age_to`."""

    category: str
    age_from: int
    age_to: int
    condition: str  # "" for none; otherwise e.g. a DisabilityLevel code or "dang_hoc"
    coefficient: Decimal
    effective_from: date


def _folder(folder: Path | None) -> Path:
    return Path(folder) if folder is not None else reference_dir()


@lru_cache(maxsize=8)
def _rates(folder: Path) -> tuple[BaseRate, ...]:
    path = folder / RATES_FILE
    rates: dict[date, BaseRate] = {}
    for row in read_rows(path, RATES_COLUMNS):
        rate = BaseRate(
            effective_from=row.date("effective_from"),
            amount_vnd=row.integer("amount_vnd"),
            legal_basis=row["legal_basis"],
            status=row.choice("status", STATUSES),
        )
        if rate.amount_vnd <= 0:
            raise row.fail("amount_vnd must be above zero")
        if rate.effective_from in rates:
            raise row.fail(f"two rates start on {rate.effective_from.isoformat()}")
        rates[rate.effective_from] = rate
    if not rates:
        raise ReferenceDataError(path, None, "no rates listed")
    return tuple(sorted(rates.values(), key=lambda rate: rate.effective_from))


@lru_cache(maxsize=8)
def _coefficients(folder: Path) -> tuple[Coefficient, ...]:
    path = folder / COEFFICIENTS_FILE
    found: list[Coefficient] = []
    for row in read_rows(path, COEFFICIENT_COLUMNS):
        entry = Coefficient(
            category=row.choice("category", _CATEGORIES),
            age_from=row.integer("age_from"),
            age_to=row.integer("age_to"),
            condition=row["condition"],
            coefficient=row.decimal("coefficient"),
            effective_from=row.date("effective_from"),
        )
        if not 0 <= entry.age_from < entry.age_to:
            raise row.fail("age_from must be at least 0 and below age_to")
        if entry.coefficient <= 0:
            raise row.fail("coefficient must be above zero")
        found.append(entry)
    if not found:
        raise ReferenceDataError(path, None, "no coefficients listed")
    return tuple(found)


def load_base_rates(folder: Path | None = None) -> tuple[BaseRate, ...]:
    return _rates(_folder(folder))


def load_coefficients(folder: Path | None = None) -> tuple[Coefficient, ...]:
    return _coefficients(_folder(folder))


def base_rate_record_on(day: date, folder: Path | None = None) -> BaseRate:
    """The rate in force on `day`, with its legal basis and how sure we are of it."""
    in_force = [rate for rate in load_base_rates(folder) if rate.effective_from <= day]
    if not in_force:
        raise MissingReferenceError(f"no base rate in {RATES_FILE} on {day.isoformat()}")
    return in_force[-1]


def base_rate_on(day: date, folder: Path | None = None) -> int:
    """Mức chuẩn trợ giúp xã hội in VND on `day`."""
    return base_rate_record_on(day, folder).amount_vnd


def coefficient(
    category: AllowanceCategory | str,
    age: int,
    condition: str | None = None,
    day: date | None = None,
    folder: Path | None = None,
) -> Decimal:
    """The coefficient for a child of `age`; rows with a condition apply only to that condition.

    `day` picks the rows in force then (latest rows when None).
    """
    wanted = condition or ""
    matches = [
        entry
        for entry in load_coefficients(folder)
        if entry.category == category
        and entry.age_from <= age < entry.age_to
        and entry.condition in ("", wanted)
        and (day is None or entry.effective_from <= day)
    ]
    if not matches:
        raise MissingReferenceError(
            f"no {category} coefficient in {COEFFICIENTS_FILE} for age {age}"
            + (f" and condition {wanted!r}" if wanted else "")
        )
    # A row for the exact condition beats a general one; then the newest row wins.
    best = max(matches, key=lambda entry: (entry.condition == wanted, entry.effective_from))
    return best.coefficient


def monthly_amount(
    category: AllowanceCategory | str,
    age: int,
    day: date,
    condition: str | None = None,
    folder: Path | None = None,
) -> int:
    """Base rate on `day` times the coefficient, rounded to whole đồng."""
    amount = base_rate_on(day, folder) * coefficient(category, age, condition, day, folder)
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))
