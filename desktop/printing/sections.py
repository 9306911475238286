"""The body blocks of a form: headings, paragraphs, labelled fields, long texts, lists, tables."""

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from desktop.printing.frame import Page, para
from desktop.printing.model import DocumentData, Section
from desktop.printing.styles import ALIGNMENTS, Styles, styles
from desktop.printing.text import BLANK, fill, nfc


def _paragraphs(text: str, style: object) -> list[Flowable]:
    """Each line of a long text becomes its own justified paragraph; ReportLab splits them."""
    lines = [line.strip() for line in text.split("\n")]
    return [para(line, style) for line in lines if line] or [para(BLANK, style)]


def _field(label: str, value: str, st: Styles) -> Paragraph:
    shown = escape(value).replace("\n", "<br/>")
    return Paragraph(f"<b>{escape(label)}:</b> {shown}", st.field)


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
    for row in rows:
        body.append(
            [
                para(nfc(row.get(col.field, "")), cell_styles[i])
                for i, col in enumerate(section.columns)
            ]
        )
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
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
    # repeatRows keeps the header on every page; splitInRow lets one very tall row break too.
    table = Table(body, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    return [table]


def section_flowables(
    section: Section, data: DocumentData, page: Page, st: Styles
) -> list[Flowable]:
    values = data.values
    match section.type:
        case "heading":
            return [para(fill(section.text, values), st.heading)]
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
            head = [para(fill(section.text, values), st.heading)] if section.text else []
            return head + _paragraphs(fill(section.value, values), st.body)
        case "list":
            items = data.lists.get(section.data, [])
            if not items:
                return [para(fill(section.empty, values) if section.empty else BLANK, st.bullet)]
            return [para(f"- {nfc(item)}", st.bullet) for item in items]
        case "table":
            return _table(section, data, page, st)
        case "page_break":
            return [PageBreak()]
    raise ValueError(f"unknown section type {section.type!r}")
