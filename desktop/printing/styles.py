"""Paragraph styles of Decree 30/2020 Appendix I: sizes, weights, alignment, indents."""

from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop.printing.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, register_fonts

BODY_SIZE = 13
ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class Styles:
    issuer_parent: ParagraphStyle
    issuer: ParagraphStyle
    number: ParagraphStyle
    nation: ParagraphStyle
    motto: ParagraphStyle
    place_date: ParagraphStyle
    form_label: ParagraphStyle
    title: ParagraphStyle
    summary: ParagraphStyle
    annex_note: ParagraphStyle
    heading: ParagraphStyle
    center: ParagraphStyle
    preamble: ParagraphStyle
    body: ParagraphStyle
    field: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    sign_upper: ParagraphStyle
    sign_note: ParagraphStyle
    sign_name: ParagraphStyle
    recipients_label: ParagraphStyle
    recipient: ParagraphStyle
    page_number: ParagraphStyle


def _style(name: str, font: str = FAMILY, size: float = BODY_SIZE, **kw: object) -> ParagraphStyle:
    kw.setdefault("leading", round(size * 1.25, 1))
    return ParagraphStyle(name, fontName=font, fontSize=size, **kw)


@cache
def styles(cell_size: float = 11) -> Styles:
    register_fonts()
    centred = {"alignment": TA_CENTER}
    return Styles(
        issuer_parent=_style("issuer_parent", size=12.5, **centred),
        issuer=_style("issuer", BOLD, 12.5, **centred),
        number=_style("number", size=13, **centred),
        nation=_style("nation", BOLD, 12, **centred),
        motto=_style("motto", BOLD, 13, **centred),
        place_date=_style("place_date", ITALIC, 13, **centred),
        form_label=_style("form_label", BOLD, 12, alignment=TA_RIGHT),
        title=_style("title", BOLD, 14, spaceBefore=6 * mm, **centred),
        summary=_style("summary", BOLD, 14, **centred),
        annex_note=_style("annex_note", ITALIC, 13, **centred),
        heading=_style("heading", BOLD, spaceBefore=4, spaceAfter=2, alignment=TA_JUSTIFY),
        center=_style("center", BOLD, spaceBefore=4, spaceAfter=4, **centred),
        preamble=_style(
            "preamble", ITALIC, leading=17, firstLineIndent=10 * mm, alignment=TA_JUSTIFY
        ),
        body=_style(
            "body",
            leading=17,
            firstLineIndent=10 * mm,
            spaceAfter=4,
            alignment=TA_JUSTIFY,
            allowWidows=0,
        ),
        field=_style("field", leading=17, spaceAfter=2, alignment=TA_JUSTIFY),
        bullet=_style("bullet", leading=17, leftIndent=10 * mm, alignment=TA_JUSTIFY),
        cell=_style("cell", size=cell_size),
        cell_head=_style("cell_head", BOLD, cell_size, **centred),
        sign_upper=_style("sign_upper", BOLD, 13, **centred),
        sign_note=_style("sign_note", ITALIC, 12, **centred),
        sign_name=_style("sign_name", BOLD, 13, **centred),
        recipients_label=_style("recipients_label", BOLD_ITALIC, 12),
        recipient=_style("recipient", size=11, leading=13.5),
        page_number=_style("page_number", size=13, **centred),
    )
