"""Checks on the 12-digit personal identification number (số định danh cá nhân)."""

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from desktop.domain.enums import Sex

ID_LENGTH = 12
# Separators people type when copying the number from a card or a birth certificate.
_SEPARATORS = str.maketrans("", "", " .-\u00a0\t")
# Digit 4 encodes the century of birth and the sex: even is male, odd is female.
_CENTURY_BY_DIGIT = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100}
# An estimated birth date (from an age given at intake) may be a year out either way.
ESTIMATE_TOLERANCE_YEARS = 1

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class IdProblem:
    """One finding: an "error" makes the number unusable, a "warning" asks a person to check."""

    code: str
    severity: Severity
    params: Mapping[str, object] = field(default_factory=dict, compare=False)


def normalise_personal_id(value: str) -> str:
    """The number as stored: full-width digits made ASCII, spaces, dots and dashes removed."""
    return unicodedata.normalize("NFKC", value).translate(_SEPARATORS)


def birth_year_of(value: str) -> int | None:
    """The birth year the number encodes, or None if it cannot encode one."""
    number = normalise_personal_id(value)
    if len(number) != ID_LENGTH or not (number.isascii() and number.isdigit()):
        return None
    century = _CENTURY_BY_DIGIT.get(int(number[3]))
    return None if century is None else century + int(number[4:6])


def check_personal_id(
    value: str,
    sex: Sex | None = None,
    date_of_birth: date | None = None,
    dob_estimated: bool = False,
) -> list[IdProblem]:
    """Format errors first; contradictions with sex or birth date are only warnings.

    The first three digits (province of birth registration) are not checked: any
    province may have registered the birth, and post-2025 province codes are unsettled.
    """
    number = normalise_personal_id(value)
    if not number:
        return [IdProblem("id.empty", "error")]
    if not (number.isascii() and number.isdigit()):
        return [IdProblem("id.not_digits", "error", {"value": number})]
    if len(number) != ID_LENGTH:
        return [IdProblem("id.not_12_digits", "error", {"length": len(number)})]
    digit = int(number[3])
    century = _CENTURY_BY_DIGIT.get(digit)
    if century is None:
        # 6-9 mean births from 2200 on: no such person can be in a register of children.
        return [IdProblem("id.bad_century_digit", "error", {"digit": digit})]

    problems: list[IdProblem] = []
    id_sex = Sex.MALE if digit % 2 == 0 else Sex.FEMALE
    if sex in (Sex.MALE, Sex.FEMALE) and sex != id_sex:
        problems.append(IdProblem("id.sex_mismatch", "warning", {"id_sex": id_sex, "sex": sex}))
    if date_of_birth is not None:
        problems.extend(_year_problems(century, int(number[4:6]), date_of_birth, dob_estimated))
    return problems


def _year_problems(century: int, yy: int, dob: date, estimated: bool) -> list[IdProblem]:
    id_year = century + yy
    params = {"id_year": id_year, "birth_year": dob.year}
    century_differs = century != dob.year // 100 * 100
    if estimated:
        if abs(id_year - dob.year) <= ESTIMATE_TOLERANCE_YEARS:
            return []
        code = "id.century_mismatch" if century_differs else "id.year_mismatch"
        return [IdProblem(code, "warning", params)]
    problems = []
    if century_differs:
        problems.append(IdProblem("id.century_mismatch", "warning", params))
    if yy != dob.year % 100:
        problems.append(IdProblem("id.year_mismatch", "warning", params))
    return problems


def has_errors(problems: list[IdProblem]) -> bool:
    return any(problem.severity == "error" for problem in problems)
