"""The Decree 30 frame: A4 margins, two-column header, title, signatures, page numbers."""

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.printing.fonts import FAMILY
from desktop.printing.model import DocumentData, Part, Signature
from desktop.printing.styles import Styles
from desktop.printing.text import fill, place_date_line

# Decree 30: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
RULE = 0.6  # pt: a thin solid line, as printed by the commune's word processor
_PLAIN = TableStyle(
    [
        # Tables draw plain-string cells in Helvetica unless told: never name an unembedded font.
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


@dataclass(frozen=True)
class Page:
    width: float
    height: float

    @property
    def frame_width(self) -> float:
        return self.width - LEFT - RIGHT


def page_for(orientation: str) -> Page:
    width, height = landscape(A4) if orientation == "landscape" else A4
    return Page(width, height)


def para(text: str, style: object) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _rule(text: str, font: str, size: float, share: float) -> HRFlowable:
    width = stringWidth(text, font, size) * share
    return HRFlowable(width=width, thickness=RULE, color="black", spaceBefore=1, spaceAfter=3)


def header(data: DocumentData, number_code: str, st: Styles, page: Page) -> list[Flowable]:
    """Issuer and number on the left; nation, motto and place-date on the right, row-aligned."""
    left_w = min(70 * mm, page.frame_width * 0.4)
    right_w = page.frame_width - left_w
    issuer_lines = [line for line in data.issuing_body if line.strip()]
    left_top: list[Flowable] = []
    if data.issuing_parent:
        left_top.append(para(data.issuing_parent, st.issuer_parent))
    left_top += [para(line, st.issuer) for line in issuer_lines]
    longest = max(issuer_lines, key=lambda s: stringWidth(s, st.issuer.fontName, 12.5), default="")
    motto = "Độc lập - Tự do - Hạnh phúc"
    right_top = [para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.nation), para(motto, st.motto)]
    number = ""
    if number_code:
        shown = data.number or "\u00a0" * 8
        number = f"Số: {shown}/{number_code}"
    rows = [
        [left_top, right_top],
        [
            _rule(longest, st.issuer.fontName, st.issuer.fontSize, 0.4),
            _rule(motto, st.motto.fontName, st.motto.fontSize, 1.0),
        ],
        [
            para(number, st.number) if number else "",
            para(place_date_line(data.place, data.day), st.place_date),
        ],
    ]
    table = Table(rows, colWidths=[left_w, right_w], style=_PLAIN, hAlign="CENTER")
    # A little air between each name and its rule, as the decree's sample shows.
    table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), 2.5)]))
    return [table]


def title_block(
    part: Part, values: dict[str, str], st: Styles, *, annex: bool = False
) -> list[Flowable]:
    """The type in capitals, the summary below it; an annex's "kèm theo" line is in italics."""
    out: list[Flowable] = [para(fill(line, values), st.title) for line in part.title[:1]]
    out += [para(fill(line, values), st.summary) for line in part.title[1:]]
    summary_style = st.annex_note if annex else st.summary
    out += [para(fill(line, values), summary_style) for line in part.summary]
    if part.summary or len(part.title) > 1:
        out.append(HRFlowable(width=35 * mm, thickness=RULE, color="black", spaceBefore=5))
    out.append(Spacer(1, 5 * mm))
    return out


def _signature_cell(sig: Signature, values: dict[str, str], st: Styles) -> list[Flowable]:
    cell: list[Flowable] = []
    for text in (sig.authority, sig.title):
        shown = fill(text, values, blank="").strip()
        if shown:
            cell.append(para(shown.upper(), st.sign_upper))
    if sig.note:
        cell.append(para(fill(sig.note, values, blank=""), st.sign_note))
    cell.append(Spacer(1, 24 * mm))
    name = fill(sig.name, values, blank="") if sig.name else ""
    cell.append(para(name, st.sign_name))
    return cell


def _recipients_cell(lines: tuple[str, ...], values: dict[str, str], st: Styles) -> list[Flowable]:
    cell: list[Flowable] = [para("Nơi nhận:", st.recipients_label)]
    cell += [para(f"- {fill(line, values)}", st.recipient) for line in lines]
    return cell


def closing_block(part: Part, values: dict[str, str], st: Styles, page: Page) -> list[Flowable]:
    """Recipients at the left and signers at the right, kept together on one page."""
    cells: list[list[Flowable]] = []
    widths: list[float] = []
    signers = [_signature_cell(sig, values, st) for sig in part.signatures]
    if part.recipients:
        cells.append(_recipients_cell(part.recipients, values, st))
        widths.append(page.frame_width * (0.45 if len(signers) <= 1 else 0.34))
    if not signers and not cells:
        return []
    rest = page.frame_width - sum(widths)
    if not signers:
        signers = [[Spacer(1, 1)]]
    for cell in signers:
        cells.append(cell)
        widths.append(rest / len(signers))
    table = Table([cells], colWidths=widths, style=_PLAIN, hAlign="CENTER")
    return [Spacer(1, 6 * mm), KeepTogether([table])]


def _number_pages(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Decree 30: the page number at the top centre, from the second page on."""
    number = canvas.getPageNumber()
    if number < 2:
        return
    canvas.saveState()
    canvas.setFont(FAMILY, 13)
    canvas.drawCentredString(LEFT + doc.width / 2, doc.pagesize[1] - TOP / 2 - 4, str(number))
    canvas.restoreState()


def document_template(target: object, page: Page, title: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        target,
        pagesize=(page.width, page.height),
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author="",
        subject="",
        creator="BVTE",
        producer="BVTE",
        invariant=1,
        # The canvas starts in Helvetica unless told otherwise, which names a font the PDF
        # does not embed; archives and print shops refuse such files.
        initialFontName=FAMILY,
    )
    frame = Frame(LEFT, BOTTOM, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_number_pages)])
    return doc
