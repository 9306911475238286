"""Read back what a rendered PDF says, page by page, with whitespace collapsed."""

import io

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def text(pdf: bytes) -> str:
    """All pages as one text, without the page numbers Decree 30 puts atop pages 2, 3, ..."""
    out = []
    for number, page in enumerate(pages(pdf), start=1):
        mark = f"{number} "
        out.append(page[len(mark) :] if number > 1 and page.startswith(mark) else page)
    return " ".join(out)


def squash(value: str) -> str:
    return " ".join(value.split())
