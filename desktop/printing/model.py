"""Plain data a document is printed from: the form's template and the values that fill it."""

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column:
    label: str
    field: str
    width: float = 1.0  # relative to the other columns
    align: Align = "left"


@dataclass(frozen=True)
class Section:
    """One block of a body: heading, paragraph, fields, text, list, table or page break."""

    type: str
    text: str = ""  # heading and paragraph text, or the label of a text block
    value: str = ""  # a text block's value template
    items: tuple[tuple[str, str], ...] = ()  # fields: (label, value template)
    data: str = ""  # list and table: the key in DocumentData.lists / .tables
    columns: tuple[Column, ...] = ()
    footer: tuple[str, ...] = ()  # table: one bold last row, a template per column
    empty: str = ""  # list and table: what to print when there is nothing


@dataclass(frozen=True)
class Signature:
    authority: str = ""  # "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"
    title: str = ""  # "PHÓ CHỦ TỊCH", "NGƯỜI LẬP"
    note: str = ""  # "(Ký, ghi rõ họ tên)"
    name: str = ""


@dataclass(frozen=True)
class Part:
    """A titled body with its signatures: the document itself, or an annex after it."""

    title: tuple[str, ...]
    summary: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    signatures: tuple[Signature, ...] = ()
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormTemplate:
    form: str
    name: str
    source: str  # the file it came from, for error messages
    orientation: Literal["portrait", "landscape"] = "portrait"
    form_label: str = ""  # "Mẫu số 01", printed small at the top right
    number_code: str = ""  # "BC-UBND": the number line reads "Số: 05/BC-UBND"; "" for none
    body: Part = field(default_factory=lambda: Part(title=()))
    annex: Part | None = None


@dataclass
class DocumentData:
    """Everything a document shows, as text already worded for paper; no records, no database."""

    issuing_parent: str = ""  # the body above the issuer, if any (not bold)
    issuing_body: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "")
    number: str = ""  # "05"; "" leaves the number for the clerk to write in
    place: str = ""
    day: date | None = None
    values: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    title: str = ""  # the PDF's own title (metadata), e.g. "Mẫu 04 - 0007/2026"
