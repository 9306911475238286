"""How values read on paper: dates with leading zeros, money with dot groups, blanks to fill."""

import string
import unicodedata
from collections.abc import Mapping
from datetime import date

BLANK = "…………"
_FORMATTER = string.Formatter()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def day_text(day: date | None) -> str:
    """05/03/2026, as officers write dates."""
    return day.strftime("%d/%m/%Y") if day else ""


def place_date_line(place: str, day: date | None) -> str:
    """Decree 30: "Thủy Nguyên, ngày 05 tháng 03 năm 2026" (days and months under 10 padded)."""
    where = place or "…………"
    if day is None:
        return f"{where}, ngày …… tháng …… năm ……"
    return f"{where}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def vnd(amount: int | None) -> str:
    """1.500.000 (Vietnamese groups thousands with dots)."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".")


def placeholders(template: str) -> list[str]:
    """The {names} a template text uses; raises ValueError on a malformed brace."""
    return [name for _, name, _, _ in _FORMATTER.parse(template) if name is not None]


def fill(template: str, values: Mapping[str, str], blank: str = BLANK) -> str:
    """Put values into a template text; an empty or unknown value leaves a blank to write in."""
    parts: list[str] = []
    for literal, name, _, _ in _FORMATTER.parse(template):
        parts.append(literal)
        if name is not None:
            value = values.get(name, "")
            parts.append(value if value.strip() else blank)
    return nfc("".join(parts))
