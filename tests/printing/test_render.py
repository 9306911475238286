"""The Decree 30 frame: long plans flow over pages with headers repeated and pages numbered."""

import io
import unicodedata
from datetime import date

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from desktop.printing.model import DocumentData
from desktop.printing.render import render_pdf
from desktop.printing.templates import load_template
from tests.printing.pdf_text import pages, squash, text

WORDS = "Trẻ được đưa đến Trạm Y tế, gia đình hứa không đánh mắng, thầy cô theo dõi hằng ngày. "


def _long(chars: int) -> str:
    return (WORDS * (chars // len(WORDS) + 1))[:chars].strip()


def _plan_data(tasks: int, goals: str) -> DocumentData:
    rows = [
        {
            "no": str(i),
            "task": f"Hoạt động số {i}: tư vấn tâm lý cho trẻ em và gia đình, thăm hỏi định kỳ",
            "responsible": "Người làm công tác bảo vệ trẻ em",
            "provider": "Trạm Y tế xã Ân Thi",
            "start": "05/03/2026",
            "end": "30/04/2026",
            "cost": "1.500.000",
        }
        for i in range(1, tasks + 1)
    ]
    return DocumentData(
        issuing_body=("ỦY BAN NHÂN DÂN", "XÃ AN LÃO"),
        place="An Lão",
        day=date(2026, 3, 5),
        values={
            "commune_name": "Xã An Lão",
            "child_name": "Nguyễn Thị Ánh",
            "child_dob": "05/03/2015",
            "officer_name": "Trần Thị Mai",
            "goals": goals,
            "total_cost": "90.000.000",
        },
        tables={"tasks": rows},
    )


def test_sixty_tasks_and_five_thousand_characters_flow_over_numbered_pages() -> None:
    goals = _long(5000)
    pdf = render_pdf(load_template("mau04"), _plan_data(60, goals))
    texts = pages(pdf)
    assert len(texts) >= 4
    # Decree 30: no number on the first page, the number at the top of every later page.
    assert not texts[0].startswith("1 ")
    for number, page in enumerate(texts[1:], start=2):
        assert page.startswith(f"{number} "), page[:40]
    whole = text(pdf)
    assert squash(goals) in whole, "the long observation was cut"
    for i in range(1, 61):
        assert f"Hoạt động số {i}: tư vấn tâm lý" in whole
    assert "Tổng cộng 90.000.000" in whole
    table_pages = [p for p in texts if "Hoạt động số" in p]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "Nội dung công việc, dịch vụ" in page, "table header not repeated on a page"
    assert unicodedata.is_normalized("NFC", whole)


def test_header_carries_nation_motto_issuer_and_padded_date() -> None:
    data = _plan_data(2, "Mục tiêu ngắn.")
    data.number = "07"
    pdf = render_pdf(load_template("mau04"), data)
    first = pages(pdf)[0]
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ AN LÃO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/KH-UBND",
        "An Lão, ngày 05 tháng 03 năm 2026",
        "KẾ HOẠCH",
        "Hỗ trợ, can thiệp đối với trẻ em Nguyễn Thị Ánh",
    ):
        assert expected in first, expected
    for expected in ("NGƯỜI LẬP", "(Ký, ghi rõ họ tên)", "Trần Thị Mai", "Nơi nhận:"):
        assert expected in text(pdf), expected
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == tuple(
        round(x) for x in A4
    )
    fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    # The shipped serif, embedded as subsets; ReportLab's idle default font carries no text.
    assert {name.split("+")[-1].lstrip("/") for name in fonts} - {"Helvetica"} == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }


def test_one_huge_cell_continues_over_rows_and_pages_in_order() -> None:
    data = _plan_data(3, "Ngắn.")
    sentences = [f"Câu số {i}: trẻ được thăm hỏi, động viên." for i in range(1, 131)]
    data.tables["tasks"][1]["task"] = " ".join(sentences)
    assert len(data.tables["tasks"][1]["task"]) > 5000
    pdf = render_pdf(load_template("mau04"), data)
    assert len(pages(pdf)) >= 3
    whole = text(pdf)
    # The cell continues in the rows below it, so a sentence may straddle two rows.
    positions = [whole.find(f"Câu số {i}:") for i in range(1, 131)]
    assert -1 not in positions and positions == sorted(positions)
    assert "Câu số 130: trẻ được thăm hỏi, động viên." in whole


def test_markup_characters_and_blanks_print_literally() -> None:
    data = _plan_data(1, "Chi phí <b>dự kiến</b> & thực tế")
    data.values["child_dob"] = ""
    whole = text(render_pdf(load_template("mau04"), data))
    assert "Chi phí <b>dự kiến</b> & thực tế" in whole
    assert "Ngày, tháng, năm sinh: …………" in whole


def test_register_extract_is_landscape() -> None:
    data = DocumentData(issuing_body=("ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN"), day=date(2026, 1, 9))
    data.tables["children"] = [{"no": "1", "name": "Lê Văn Ân", "dob": "01/02/2016"}]
    pdf = render_pdf(load_template("so_theo_doi"), data)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert "Lê Văn Ân" in text(pdf) and "ngày 09 tháng 01 năm 2026" in text(pdf)
