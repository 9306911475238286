"""Every loader refuses a damaged file and says which file and line to fix."""

import shutil
from pathlib import Path

import pytest

from desktop.paths import reference_dir, resources_dir
from desktop.reference.calendar import load_holidays
from desktop.reference.communes import load_communes
from desktop.reference.errors import ReferenceDataError
from desktop.reference.groups import load_subgroups
from desktop.reference.labels import load_labels
from desktop.reference.rates import load_base_rates, load_coefficients


def copy_with_line(tmp_path: Path, source: Path, line: int, text: str) -> Path:
    """A copy of `source` in tmp_path with 1-based `line` replaced by `text`."""
    lines = source.read_text(encoding="utf-8").splitlines()
    lines[line - 1] = text
    target = tmp_path / source.name
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


CASES = [
    # (loader, file, line, replacement, words expected in the message)
    (load_communes, "communes.csv", 5, "1234,xã,Xã Sai Mã,,yes", "5 digits"),
    (load_communes, "communes.csv", 7, "11560,xã,Xã Trùng Mã,,yes", "appears twice"),
    (load_communes, "communes.csv", 9, "11999,thôn,Thôn Lạ,,yes", "type"),
    (load_communes, "communes.csv", 10, "11998,xã,Xã Thiếu Cột", "expected 5 values"),
    (load_communes, "communes.csv", 11, "11997,xã,Xã Có,,maybe", "confirmed"),
    (load_holidays, "holidays.csv", 4, "2025-02-30,Ngày sai,holiday,announced", "date"),
    (load_holidays, "holidays.csv", 4, "2025-01-01,Trùng,holiday,announced", "twice"),
    (load_holidays, "holidays.csv", 6, "2025-03-05,Làm bù,workday,announced", "weekday"),
    (load_holidays, "holidays.csv", 6, "2025-03-05,Nghỉ,vacation,announced", "kind"),
    (load_base_rates, "assistance_rates.csv", 3, "2024-07-01,năm trăm,NĐ 76,secondary", "whole"),
    (load_base_rates, "assistance_rates.csv", 2, "2021-07-01,360000,NĐ 20,sure", "status"),
    (load_coefficients, "allowance_coefficients.csv", 3, "K1,4,2,,1.5,2021-07-01", "age_to"),
    (load_coefficients, "allowance_coefficients.csv", 4, "K5,0,4,,2.5,2021-07-01", "category"),
    (load_coefficients, "allowance_coefficients.csv", 5, "K3,0,4,,hai,2021-07-01", "number"),
    (load_subgroups, "special_groups.csv", 3, "a,b1,Nhầm nhóm,Wrong group", "followed by"),
    (load_subgroups, "special_groups.csv", 3, "x,x1,Nhóm lạ,Unknown", "group"),
    (load_subgroups, "special_groups.csv", 3, "a,a1,,Missing Vietnamese", "label_vi"),
]


@pytest.mark.parametrize(("loader", "name", "line", "text", "words"), CASES)
def test_bad_row_names_file_and_line(tmp_path, loader, name, line, text, words):
    folder = copy_with_line(tmp_path, reference_dir() / name, line, text)
    with pytest.raises(ReferenceDataError) as raised:
        loader(folder)
    error = raised.value
    assert error.file == name
    assert error.line == line
    assert f"{name}, line {line}" in str(error)
    assert words in str(error)
    assert error.code == "reference.bad_file"


def test_bad_label_row(tmp_path):
    folder = copy_with_line(tmp_path, resources_dir() / "labels.csv", 3, "Sex,nu_khac,Nữ,Female")
    with pytest.raises(ReferenceDataError) as raised:
        load_labels(folder)
    assert (raised.value.file, raised.value.line) == ("labels.csv", 3)
    assert "nu_khac" in str(raised.value)


def test_unknown_enum_in_labels(tmp_path):
    folder = copy_with_line(tmp_path, resources_dir() / "labels.csv", 2, "Gender,nam,Nam,Male")
    with pytest.raises(ReferenceDataError, match=r"labels\.csv, line 2"):
        load_labels(folder)


def test_line_numbers_count_quoted_line_breaks(tmp_path):
    text = (
        "code,type,name,formed_from,confirmed\n"
        '11560,phường,Phường A,"dòng 1\ndòng 2",yes\n'
        "abc,xã,Xã B,,yes\n"
    )
    (tmp_path / "communes.csv").write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as raised:
        load_communes(tmp_path)
    assert raised.value.line == 4


def test_missing_column(tmp_path):
    (tmp_path / "holidays.csv").write_text("date,name,kind\n2026-01-01,Tết,holiday\n", "utf-8")
    with pytest.raises(ReferenceDataError, match=r"holidays\.csv, line 1: missing column"):
        load_holidays(tmp_path)


def test_missing_file_and_wrong_encoding(tmp_path):
    with pytest.raises(ReferenceDataError, match="file not found"):
        load_communes(tmp_path)
    (tmp_path / "holidays.csv").write_bytes(
        "date,name,kind,status\n2026-01-01,Hòa,holiday,announced\n".encode(
            "latin-1"
        )  # saved in a legacy code page
    )
    with pytest.raises(ReferenceDataError, match="not UTF-8"):
        load_holidays(tmp_path)


def test_byte_order_mark_and_blank_lines_are_accepted(tmp_path):
    source = (reference_dir() / "assistance_rates.csv").read_text(encoding="utf-8")
    (tmp_path / "assistance_rates.csv").write_text("\ufeff" + source + "\n\n", encoding="utf-8")
    assert len(load_base_rates(tmp_path)) == 3


def test_an_administrator_can_correct_a_code(tmp_path):
    shutil.copy(reference_dir() / "communes.csv", tmp_path / "communes.csv")
    path = tmp_path / "communes.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("11948,", "11949,"), "utf-8")
    zone = [c for c in load_communes(tmp_path) if c.short_name == "Bạch Long Vĩ"]
    assert zone[0].code == "11949"
