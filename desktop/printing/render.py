"""Render one form template filled with document data to PDF bytes or a file."""

import io

from reportlab.platypus import Flowable, PageBreak

from desktop.printing.ending import with_closing
from desktop.printing.frame import (
    closing_block,
    document_template,
    header,
    page_for,
    para,
    title_block,
)
from desktop.printing.model import DocumentData, FormTemplate, Part
from desktop.printing.sections import section_flowables
from desktop.printing.styles import styles


def _part(
    part: Part, data: DocumentData, template: FormTemplate, *, annex: bool = False
) -> list[Flowable]:
    st = styles()
    page = page_for(template.orientation)
    body: list[Flowable] = list(title_block(part, data.values, st, annex=annex))
    for section in part.sections:
        body += section_flowables(section, data, page, st)
    return with_closing(body, closing_block(part, data.values, st, page))


def story_for(template: FormTemplate, data: DocumentData) -> list[Flowable]:
    st = styles()
    page = page_for(template.orientation)
    story: list[Flowable] = []
    if template.form_label:
        story.append(para(template.form_label, st.form_label))
    story += header(data, template.number_code, st, page)
    story += _part(template.body, data, template)
    if template.annex is not None:
        story.append(PageBreak())
        story += _part(template.annex, data, template, annex=True)
    return story


def render_pdf(template: FormTemplate, data: DocumentData) -> bytes:
    """The document as PDF bytes; nothing is written to disk."""
    buffer = io.BytesIO()
    page = page_for(template.orientation)
    doc = document_template(buffer, page, data.title or template.name)
    doc.build(story_for(template, data))
    return buffer.getvalue()
