"""Reading the administrator-edited CSV files with line numbers for every row."""

import csv
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from desktop.reference.errors import ReferenceDataError

T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    """One data row: values stripped and NFC-normalised, with its line in the file."""

    path: Path
    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.values[column]

    def fail(self, problem: str) -> ReferenceDataError:
        return ReferenceDataError(self.path, self.line, problem)

    def required(self, column: str) -> str:
        value = self.values[column]
        if not value:
            raise self.fail(f"column '{column}' is empty")
        return value

    def parsed(self, column: str, parse: Callable[[str], T], what: str) -> T:
        value = self.required(column)
        try:
            return parse(value)
        except (ValueError, InvalidOperation):
            raise self.fail(f"column '{column}': {value!r} is not {what}") from None

    def date(self, column: str) -> date:
        return self.parsed(column, date.fromisoformat, "a date (YYYY-MM-DD)")

    def integer(self, column: str) -> int:
        return self.parsed(column, int, "a whole number")

    def decimal(self, column: str) -> Decimal:
        return self.parsed(column, Decimal, "a number")

    def choice(self, column: str, allowed: set[str] | frozenset[str]) -> str:
        value = self.required(column)
        if value not in allowed:
            raise self.fail(f"column '{column}': {value!r} is not one of {sorted(allowed)}")
        return value


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[Row]:
    """Rows of `path`, refusing a missing column or a row with too many or too few cells."""
    try:
        # utf-8-sig: spreadsheet programs often add a byte-order mark when saving CSV.
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [cell.strip() for cell in next(reader, [])]
            missing = [column for column in columns if column not in header]
            if missing:
                raise ReferenceDataError(path, 1, f"missing column(s): {', '.join(missing)}")
            start = reader.line_num
            for cells in reader:
                line = start + 1
                start = reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) != len(header):
                    raise ReferenceDataError(
                        path, line, f"expected {len(header)} values, found {len(cells)}"
                    )
                values = {
                    column: unicodedata.normalize("NFC", cell.strip())
                    for column, cell in zip(header, cells, strict=True)
                }
                yield Row(path, line, values)
    except FileNotFoundError:
        raise ReferenceDataError(path, None, "file not found") from None
    except UnicodeDecodeError as error:
        raise ReferenceDataError(path, None, f"not UTF-8 text ({error.reason})") from None
    except csv.Error as error:
        raise ReferenceDataError(path, None, f"not valid CSV ({error})") from None
