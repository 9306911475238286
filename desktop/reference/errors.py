"""Errors raised while reading or looking up reference data."""

from pathlib import Path

from desktop.domain.errors import DomainError


class ReferenceDataError(DomainError):
    """A reference file cannot be used; names the file and line so an administrator can fix it."""

    def __init__(self, file: Path | str, line: int | None, problem: str) -> None:
        super().__init__("reference.bad_file", file=str(file), line=line, problem=problem)
        self.file = Path(file).name
        self.line = line
        self.problem = problem

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        return f"{where}: {self.problem}"


class MissingReferenceError(LookupError):
    """A code has no entry (label, subgroup, rate) in the reference data."""
