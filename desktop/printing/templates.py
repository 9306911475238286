"""Form templates in resources/forms/*.json, checked on load so an edit cannot break printing."""

import json
from functools import cache
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError
from desktop.paths import resources_dir
from desktop.printing.model import Column, FormTemplate, Part, Section, Signature
from desktop.printing.text import nfc, placeholders

SECTION_TYPES = (
    "heading",
    "center",
    "paragraph",
    "preamble",
    "fields",
    "text",
    "list",
    "table",
    "page_break",
)
_ALIGNS = ("left", "center", "right")


class TemplateError(DomainError):
    """A form file is missing or wrong; names the file and the key so the city can fix it."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__("forms.invalid", file=file, key=key, problem=problem)
        self.file, self.key, self.problem = file, key, problem

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.problem}"


def forms_dir() -> Path:
    return resources_dir() / "forms"


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str) -> TemplateError:
        return TemplateError(self.file, key, problem)

    def text(self, obj: dict[str, Any], name: str, key: str, *, required: bool = False) -> str:
        value = obj.get(name, "")
        where = key if name == "v" else (f"{key}.{name}" if key else name)
        if not isinstance(value, str):
            raise self.fail(where, "phải là một chuỗi văn bản")
        if required and not value.strip():
            raise self.fail(where, "không được để trống")
        try:
            placeholders(value)
        except ValueError as exc:
            raise self.fail(where, f"dấu ngoặc {{ }} sai: {exc}") from exc
        return nfc(value)

    def texts(self, obj: dict[str, Any], name: str, key: str) -> tuple[str, ...]:
        value = obj.get(name, [])
        where = f"{key}.{name}" if key else name
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(where, "phải là một danh sách chuỗi")
        return tuple(self.text({"v": item}, "v", f"{where}[{i}]") for i, item in enumerate(value))

    def objects(self, obj: dict[str, Any], name: str, key: str) -> list[dict[str, Any]]:
        value = obj.get(name, [])
        where = f"{key}.{name}" if key else name
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(where, "phải là một danh sách các mục {…}")
        return value

    def section(self, raw: dict[str, Any], key: str) -> Section:
        kind = raw.get("type")
        if kind not in SECTION_TYPES:
            raise self.fail(f"{key}.type", f"phải là một trong: {', '.join(SECTION_TYPES)}")
        items: list[tuple[str, str]] = []
        for i, item in enumerate(self.objects(raw, "items", key)):
            where = f"{key}.items[{i}]"
            items.append(
                (self.text(item, "label", where, required=True), self.text(item, "value", where))
            )
        columns = tuple(
            self.column(col, f"{key}.columns[{i}]")
            for i, col in enumerate(self.objects(raw, "columns", key))
        )
        section = Section(
            type=kind,
            text=self.text(
                raw, "text", key, required=kind in ("heading", "center", "paragraph", "preamble")
            ),
            value=self.text(raw, "value", key, required=kind == "text"),
            items=tuple(items),
            data=self.text(raw, "data", key, required=kind in ("list", "table")),
            columns=columns,
            footer=self.texts(raw, "footer", key),
            empty=self.text(raw, "empty", key),
        )
        if kind == "fields" and not items:
            raise self.fail(f"{key}.items", "cần ít nhất một mục")
        if kind == "table" and not columns:
            raise self.fail(f"{key}.columns", "cần ít nhất một cột")
        if section.footer and len(section.footer) != len(columns):
            raise self.fail(f"{key}.footer", f"cần đúng {len(columns)} ô, bằng số cột")
        return section

    def column(self, raw: dict[str, Any], key: str) -> Column:
        width = raw.get("width", 1)
        if not isinstance(width, int | float) or isinstance(width, bool) or width <= 0:
            raise self.fail(f"{key}.width", "phải là một số dương")
        align = raw.get("align", "left")
        if align not in _ALIGNS:
            raise self.fail(f"{key}.align", f"phải là một trong: {', '.join(_ALIGNS)}")
        return Column(
            label=self.text(raw, "label", key, required=True),
            field=self.text(raw, "field", key, required=True),
            width=float(width),
            align=align,
        )

    def part(self, raw: dict[str, Any], key: str) -> Part:
        title = self.texts(raw, "title", key)
        if not title:
            raise self.fail(f"{key}.title" if key else "title", "không được để trống")
        signatures = []
        for i, sig in enumerate(self.objects(raw, "signatures", key)):
            where = f"{key}.signatures[{i}]" if key else f"signatures[{i}]"
            signatures.append(
                Signature(
                    authority=self.text(sig, "authority", where),
                    title=self.text(sig, "title", where),
                    note=self.text(sig, "note", where),
                    name=self.text(sig, "name", where),
                )
            )
        prefix = f"{key}." if key else ""
        return Part(
            title=title,
            summary=self.texts(raw, "summary", key),
            sections=tuple(
                self.section(s, f"{prefix}sections[{i}]")
                for i, s in enumerate(self.objects(raw, "sections", key))
            ),
            signatures=tuple(signatures),
            recipients=self.texts(raw, "recipients", key),
        )


def parse_template(raw: object, file: str) -> FormTemplate:
    reader = _Reader(file)
    if not isinstance(raw, dict):
        raise reader.fail("(tệp)", "phải là một đối tượng JSON {…}")
    orientation = raw.get("orientation", "portrait")
    if orientation not in ("portrait", "landscape"):
        raise reader.fail("orientation", "phải là portrait hoặc landscape")
    annex = raw.get("annex")
    if annex is not None and not isinstance(annex, dict):
        raise reader.fail("annex", "phải là một đối tượng {…}")
    return FormTemplate(
        form=reader.text(raw, "form", "", required=True),
        name=reader.text(raw, "name", "", required=True),
        source=file,
        orientation=orientation,
        form_label=reader.text(raw, "form_label", ""),
        number_code=reader.text(raw, "number_code", ""),
        body=reader.part(raw, ""),
        annex=reader.part(annex, "annex") if annex is not None else None,
    )


def load_template(form: str, folder: Path | None = None) -> FormTemplate:
    """The template of one form, e.g. "mau04", from `folder` (default resources/forms)."""
    return _load(form, Path(folder) if folder is not None else forms_dir())


@cache
def _load(form: str, folder: Path) -> FormTemplate:
    path = folder / f"{form}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TemplateError(path.name, "(tệp)", "không tìm thấy tệp mẫu") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(path.name, "(tệp)", f"không đọc được JSON: {exc}") from exc
    template = parse_template(raw, path.name)
    if template.form != form:
        raise TemplateError(path.name, "form", f"phải là {form!r} như tên tệp")
    return template


def used_fields(template: FormTemplate) -> tuple[set[str], set[str], set[str]]:
    """The value names, list names and table names a template prints."""
    values: set[str] = set()
    lists: set[str] = set()
    tables: set[str] = set()
    parts = [template.body] + ([template.annex] if template.annex else [])
    for part in parts:
        texts = [*part.title, *part.summary, *part.recipients]
        for sig in part.signatures:
            texts += [sig.authority, sig.title, sig.note, sig.name]
        for section in part.sections:
            texts += [section.text, section.value, section.empty, *section.footer]
            texts += [text for item in section.items for text in item]
            if section.type == "list":
                lists.add(section.data)
            if section.type == "table":
                tables.add(section.data)
        for text in texts:
            values.update(placeholders(text))
    return values, lists, tables
