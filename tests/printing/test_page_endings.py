"""Signatures never begin a page alone, and no PDF names a font it does not embed."""

import re
from collections.abc import Mapping
from datetime import date

import pytest

from desktop.printing.model import DocumentData, FormTemplate, Part
from desktop.printing.render import render_pdf
from desktop.printing.templates import load_template
from desktop.printing.text import fill
from tests.printing.pdf_text import pages

FORMS = ("mau01", "mau02", "mau03", "mau04", "mau05", "mau06", "mau07",
         "so_theo_doi", "tham_gia_dinh", "ho_so_tre", "bien_ban_hop")
TEXT = ("Gia đình được hướng dẫn chăm sóc trẻ, trẻ đi học đều, cán bộ đến thăm hằng tuần "
        "và ghi nhận tiến bộ rõ rệt trong sinh hoạt hằng ngày.")
WORDS = TEXT.split(" ")


class _Every(Mapping[str, str]):
    """The same text for every value a form asks for."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __getitem__(self, key: str) -> str:
        return self._text

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0


def _words(count: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(count))


def _closing_start(part: Part) -> str:
    """The first words the closing block prints: the recipients' label, else the first signer."""
    if part.recipients:
        return "Nơi nhận:"
    first = part.signatures[0]
    return next(fill(text, {}, blank="").strip().upper()
                for text in (first.authority, first.title) if text.strip())


def _page_starts(pdf: bytes) -> list[str]:
    out = []
    for number, page in enumerate(pages(pdf), start=1):
        out.append(re.sub(rf"^{number} ", "", page) if number > 1 else page)
    return out


def _alone(template: FormTemplate, pdf: bytes) -> list[int]:
    starts = [_closing_start(part) for part in (template.body, template.annex)
              if part is not None and (part.signatures or part.recipients)]
    return [number for number, page in enumerate(_page_starts(pdf), start=1)
            if any(page.startswith(start) for start in starts)]


@pytest.mark.parametrize("form", FORMS)
def test_the_signature_block_never_begins_a_page(form):
    """Text grows word by word through every page break the form meets in its first pages,
    so the block lands at every height of the page once."""
    template = load_template(form)
    seen_pages = set()
    for count in range(0, 90, 5):
        data = DocumentData(issuing_body=("ỦY BAN NHÂN DÂN", "XÃ AN LÃO"), place="An Lão",
                            day=date(2026, 3, 5), values=_Every(_words(count)))
        pdf = render_pdf(template, data)
        assert _alone(template, pdf) == [], (form, count)
        seen_pages.add(len(pages(pdf)))
    if form != "so_theo_doi":  # its length comes from its rows: the test below
        assert len(seen_pages) >= 2, f"{form}: the text never pushed the end over a page break"


@pytest.mark.parametrize("rows", range(1, 40, 2))
def test_a_register_extract_keeps_its_last_rows_with_the_signature(rows):
    template = load_template("so_theo_doi")
    children = [{"no": str(i), "name": f"Nguyễn Văn {i}", "dob": "01/02/2015"}
                for i in range(1, rows + 1)]
    data = DocumentData(issuing_body=("ỦY BAN NHÂN DÂN", "XÃ AN LÃO"), place="An Lão",
                        day=date(2026, 3, 5), values={"count": str(rows)},
                        tables={"children": children})
    pdf = render_pdf(template, data)
    assert _alone(template, pdf) == []
    # Every row is printed once, whichever page it lands on.
    whole = " ".join(pages(pdf))
    assert all(f"Nguyễn Văn {i} " in whole + " " for i in range(1, rows + 1))


@pytest.mark.parametrize("form", FORMS)
def test_no_pdf_names_a_font_it_does_not_embed(form):
    data = DocumentData(issuing_body=("ỦY BAN NHÂN DÂN", "XÃ AN LÃO"), place="An Lão",
                        day=date(2026, 3, 5), values=_Every("Nội dung"))
    pdf = render_pdf(load_template(form), data)
    assert b"Helvetica" not in pdf
    assert b"/Type1" not in pdf  # the 14 standard fonts are the only ones ReportLab leaves out
