"""Form templates: every shipped form loads; a broken file is refused naming file and key."""

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.printing.templates import TemplateError, load_template, used_fields
from desktop.printing.text import fill, place_date_line, vnd
from desktop.services.documents import FORMS

MINIMAL = {"form": "thu", "name": "Thử", "title": ["BÁO CÁO"], "sections": []}


@pytest.mark.parametrize("form", FORMS)
def test_every_shipped_form_loads_with_a_title_and_signers(form: str) -> None:
    template = load_template(form)
    assert template.form == form
    assert template.body.title and template.body.signatures
    values, _, _ = used_fields(template)
    assert values, "a form with no values to fill prints nothing of the case"


def _write(folder: Path, raw: object) -> None:
    (folder / "thu.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"sections": [{"type": "heading", "text": "A"}, {"type": "bang"}]}, "sections[1].type"),
        ({"title": []}, "title"),
        ({"summary": ["Về việc {child_name"]}, "summary[0]"),
        (
            {"sections": [{"type": "fields", "items": [{"value": "{x}"}]}]},
            "sections[0].items[0].label",
        ),
        (
            {
                "sections": [
                    {
                        "type": "table",
                        "data": "t",
                        "columns": [{"label": "A", "field": "a"}],
                        "footer": ["x", "y"],
                    }
                ]
            },
            "sections[0].footer",
        ),
        (
            {
                "sections": [
                    {
                        "type": "table",
                        "data": "t",
                        "columns": [{"label": "A", "field": "a", "width": -1}],
                    }
                ]
            },
            "sections[0].columns[0].width",
        ),
        ({"orientation": "ngang"}, "orientation"),
        ({"form": "khac"}, "form"),
        (
            {"annex": {"title": ["PHỤ LỤC"], "signatures": [{"title": 5}]}},
            "annex.signatures[0].title",
        ),
    ],
)
def test_a_broken_template_names_its_file_and_key(tmp_path: Path, change: dict, key: str) -> None:
    _write(tmp_path, {**MINIMAL, **change})
    with pytest.raises(TemplateError) as caught:
        load_template("thu", tmp_path)
    assert caught.value.file == "thu.json"
    assert caught.value.key == key
    assert "thu.json" in str(caught.value) and key in str(caught.value)


def test_unreadable_and_missing_files_are_named(tmp_path: Path) -> None:
    (tmp_path / "thu.json").write_text("{không phải JSON", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"thu\.json"):
        load_template("thu", tmp_path)
    with pytest.raises(TemplateError, match=r"vang\.json"):
        load_template("vang", tmp_path)


def test_wording_in_a_template_can_change_without_code(tmp_path: Path) -> None:
    _write(tmp_path, {**MINIMAL, "summary": ["Về việc của {child_name}"]})
    assert load_template("thu", tmp_path).body.summary == ("Về việc của {child_name}",)


def test_dates_money_and_blanks_read_as_on_paper() -> None:
    assert place_date_line("An Lão", date(2026, 3, 5)) == "An Lão, ngày 05 tháng 03 năm 2026"
    assert place_date_line("An Lão", date(2026, 12, 25)) == "An Lão, ngày 25 tháng 12 năm 2026"
    assert vnd(12_500_000) == "12.500.000"
    decomposed = "Nguye\u0302\u0303n"  # "Nguyễn" typed with combining marks
    assert fill("{a} và {b}", {"a": decomposed}) == "Nguyễn và …………"
