"""Tables written to .xlsx (openpyxl, streamed), with a bold frozen header row."""

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

SHEET_TITLE = "BVTE"
_MAX_WIDTH = 60


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str = SHEET_TITLE
) -> int:
    """Write `headers` then `rows` to a new workbook at `path`; returns how many rows.

    Write-only mode keeps memory flat for 100,000 rows. The file appears only when whole:
    it is written beside the target and renamed, so a failure leaves no half file behind.
    """
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title)
    sheet.freeze_panes = "A2"
    widths = [len(h) + 2 for h in headers]
    # Column widths must be set before the first row in write-only mode; a header-based guess
    # with a floor keeps names and dates readable without scanning the data twice.
    for index, width in enumerate(widths, start=1):
        letter = _letter(index)
        sheet.column_dimensions[letter].width = min(max(width, 14), _MAX_WIDTH)
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        sheet.append([_safe(sheet, value) for value in row])
        count += 1
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _safe(sheet: Any, value: Any) -> Any:
    # openpyxl writes a string starting with "=" as a formula; typed text must stay text.
    if isinstance(value, str) and value.startswith("="):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
