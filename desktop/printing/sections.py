"""The body blocks of a form: headings, paragraphs, labelled fields, long texts, lists, tables."""

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle

from desktop.printing.fonts import FAMILY
from desktop.printing.frame import Page, para
from desktop.printing.model import DocumentData, Section
from desktop.printing.styles import ALIGNMENTS, Styles, styles
from desktop.printing.text import BLANK, fill, nfc


def _keep_heading() -> CondPageBreak:
    """A heading never ends a page alone: start a new page when fewer than ~3 lines are left.
    A new one each time: ReportLab marks a flowable it has postponed, so a shared one fails
    the second time it meets the bottom of a page."""
    return CondPageBreak(18 * mm)


def _paragraphs(text: str, style: object) -> list[Flowable]:
    """Each line of a long text becomes its own justified paragraph; ReportLab splits them."""
    lines = [line.strip() for line in text.split("\n")]
    return [para(line, style) for line in lines if line] or [para(BLANK, style)]


def _field(label: str, value: str, st: Styles) -> Paragraph:
    shown = escape(value).replace("\n", "<br/>")
    return Paragraph(f"<b>{escape(label)}:</b> {shown}", st.field)


def _chars_per_cell(width: float, size: float, lines: int = 14) -> int:
    """About how many characters fill `lines` lines of a column (serif averages ~0.5 em)."""
    return max(60, int((width - 6) / (size * 0.5)) * lines)


def _chunks(text: str, limit: int) -> list[str]:
    """Split a long text at word boundaries into pieces of at most ~`limit` characters."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for word in text.split(" "):
        if current and size + len(word) + 1 > limit:
            pieces.append(" ".join(current))
            current, size = [], 0
        current.append(word)
        size += len(word) + 1
    if current:
        pieces.append(" ".join(current))
    return pieces


def _table(section: Section, data: DocumentData, page: Page, st: Styles) -> list[Flowable]:
    rows = data.tables.get(section.data, [])
    if not rows and section.empty:
        return [para(fill(section.empty, data.values), st.body)]
    small = styles(cell_size=10 if page.width > page.height else 11)
    total = sum(col.width for col in section.columns)
    widths = [page.frame_width * col.width / total for col in section.columns]
    cell_styles = [
        small.cell.clone(f"cell_{i}", alignment=ALIGNMENTS[col.align])
        for i, col in enumerate(section.columns)
    ]
    body = [[para(col.label, small.cell_head) for col in section.columns]]
    limits = [_chars_per_cell(width, small.cell.fontSize) for width in widths]
    for row in rows:
        pieces = [
            _chunks(nfc(row.get(col.field, "")), limit)
            for col, limit in zip(section.columns, limits, strict=True)
        ]
        # A cell too tall for one page continues in the rows below it, so no row ever
        # outgrows a page and ordinary rows are never split between two pages.
        for line in range(max(len(p) for p in pieces)):
            body.append(
                [
                    para(p[line] if line < len(p) else "", cell_styles[i])
                    for i, p in enumerate(pieces)
                ]
            )
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # plain-string cells: never unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if section.footer:
        foot_style = small.cell_head
        body.append(
            [
                para(
                    fill(text, data.values, blank="") if text else "",
                    foot_style.clone(f"foot_{i}", alignment=ALIGNMENTS[col.align]),
                )
                for i, (text, col) in enumerate(zip(section.footer, section.columns, strict=True))
            ]
        )
    # repeatRows keeps the header on every page.
    table = Table(body, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return [table]


def section_flowables(
    section: Section, data: DocumentData, page: Page, st: Styles
) -> list[Flowable]:
    values = data.values
    match section.type:
        case "heading":
            return [_keep_heading(), para(fill(section.text, values), st.heading)]
        case "center":
            return [para(fill(section.text, values), st.center)]
        case "paragraph":
            return _paragraphs(fill(section.text, values), st.body)
        case "preamble":
            return _paragraphs(fill(section.text, values), st.preamble)
        case "fields":
            return [
                _field(fill(label, values), fill(value, values), st)
                for label, value in section.items
            ]
        case "text":
            head = (
                [_keep_heading(), para(fill(section.text, values), st.heading)]
                if section.text
                else []
            )
            return head + _paragraphs(fill(section.value, values), st.body)
        case "list":
            items = data.lists.get(section.data, [])
            if not items:
                return [para(fill(section.empty, values), st.bullet)] if section.empty else []
            return [para(f"- {nfc(item)}", st.bullet) for item in items]
        case "table":
            return _table(section, data, page, st)
        case "page_break":
            return [PageBreak()]
    raise ValueError(f"unknown section type {section.type!r}")
