"""Tables written to .xlsx in memory, with a bold frozen header row; only the target is written.

openpyxl (in every mode) and XlsxWriter (unless it holds every cell, 300 MB for 100,000 rows)
spool a sheet's plain XML to the system temp folder, where a crash or a kill leaves the
children's names, ID numbers and phones behind. One sheet of text and numbers needs only a
few fixed parts, so the sheet is streamed into a deflated zip in memory instead: memory
follows the compressed size (about 6 MB for 100,000 rows), and nothing touches the disk
until the whole file is written beside the target and renamed over it.
"""

import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from desktop.storage.files import atomic_write

SHEET_TITLE = "BVTE"
_MAX_WIDTH = 60
_MIN_WIDTH = 14
# Sheet names may not hold these, nor exceed 31 characters.
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
# What XML 1.0 cannot carry, and an existing _xHHHH_ that Excel would otherwise decode: both
# are written in Excel's own escape, so a name with a stray control character still exports.
_NOT_XML = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]|_(?=x[0-9A-Fa-f]{4}_)"
)
_ROWS_PER_WRITE = 256

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Target="xl/workbook.xml" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
</Relationships>"""

_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets><sheet name={name} sheetId="1" r:id="rId1"/></sheets></workbook>"""

_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Target="worksheets/sheet1.xml" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>\
<Relationship Id="rId2" Target="styles.xml" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>\
</Relationships>"""

# Style 0 is plain, style 1 bold (the header row).
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""

_SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<sheetViews><sheetView workbookViewId="0">\
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>"""

_SHEET_TAIL = "</sheetData></worksheet>"


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str = SHEET_TITLE
) -> int:
    """Write `headers` then `rows` to a new workbook at `path`; returns how many rows.

    If `rows` raises, nothing at all is written and the error goes to the caller.
    """
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK.format(name=quoteattr(_sheet_name(title))))
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/styles.xml", _STYLES)
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(_SHEET_HEAD.format(cols=_columns(headers)).encode("utf-8"))
            sheet.write(_row(1, headers, style=' s="1"').encode("utf-8"))
            pending: list[str] = []
            for count, row in enumerate(rows, start=1):
                pending.append(_row(count + 1, row))
                if len(pending) >= _ROWS_PER_WRITE:
                    sheet.write("".join(pending).encode("utf-8"))
                    pending.clear()
            sheet.write(("".join(pending) + _SHEET_TAIL).encode("utf-8"))
    atomic_write(path, buffer.getvalue())
    return count


def _columns(headers: Sequence[str]) -> str:
    # A header-based guess with a floor keeps names and dates readable without a second pass.
    return "".join(
        f'<col min="{index}" max="{index}" width="{min(max(len(h) + 2, _MIN_WIDTH), _MAX_WIDTH)}"'
        ' customWidth="1"/>'
        for index, h in enumerate(headers, start=1)
    )


def _row(number: int, values: Sequence[Any], style: str = "") -> str:
    cells = []
    for index, value in enumerate(values, start=1):
        ref = f"{_letter(index)}{number}"
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            cells.append(f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            cells.append(f'<c r="{ref}"{style}><v>{value!r}</v></c>')
        else:
            # Always inline text, never a formula: a name typed as "=SUM(...)" stays a name.
            text = escape(_NOT_XML.sub(_excel_escape, str(value)))
            cells.append(
                f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
            )
    return f'<row r="{number}">{"".join(cells)}</row>'


def _excel_escape(match: re.Match[str]) -> str:
    return f"_x{ord(match.group(0)):04X}_"


def _sheet_name(title: str) -> str:
    return _BAD_TITLE.sub(" ", title).strip()[:31] or SHEET_TITLE


def _letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
