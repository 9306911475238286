"""Register export to .xlsx: contents follow the view, sensitive columns by role, audited."""

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.child import Carer, Child
from desktop.domain.enums import AuditAction, CarerRelation, Role, Sex
from desktop.domain.errors import DomainError
from desktop.reports.xlsx_export import write_table
from desktop.services import register as r
from desktop.services.accounts import add_officer
from desktop.storage.schema.admin import AuditEventRow
from desktop.storage.store import Store
from tests.helpers.registers import COMMUNE, FAST, PASSWORD, create_store

NAMES = ["Nguyễn Văn Ân", "Trần Thị Bích", "Lê Văn Cường", "Đỗ Thị Dung", "=SUM(A1:A2)"]


@pytest.fixture
def store(tmp_path: Path):
    created, _ = create_store(tmp_path / "r")
    with created.unit_of_work() as uow:
        for i, name in enumerate(NAMES):
            child = uow.children.add(
                Child(commune_code=COMMUNE, full_name=name, sex=Sex.MALE if i % 2 else Sex.FEMALE,
                      date_of_birth=date(2012 + i, 5, 1), personal_id=f"03121{i}001234",
                      village="Thôn Đông")
            )  # fmt: skip
            uow.carers.add(
                Carer(child_id=child.id, full_name="Mẹ " + str(i), relation=CarerRelation.MOTHER,
                      phone=f"09000000{i}")
            )  # fmt: skip
    yield created
    created.close()


def sheet_rows(path: Path) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    return rows


def audit_exports(store: Store) -> list[AuditEventRow]:
    with store.unit_of_work(write=False) as uow:
        return list(
            uow.session.scalars(
                select(AuditEventRow).where(AuditEventRow.action == AuditAction.EXPORT)
            )
        )


def test_export_writes_the_filtered_sorted_view_and_audits_without_child_data(
    store: Store, tmp_path: Path
) -> None:
    view = r.RegisterView(
        filters=r.RegisterFilter(sex=Sex.FEMALE), sort=r.Column.NAME, descending=True
    )
    columns = [
        (r.Column.NAME, "Họ và tên"),
        (r.Column.DATE_OF_BIRTH, "Ngày sinh"),
        (r.Column.PERSONAL_ID, "Số định danh"),
        (r.Column.CARER_PHONES, "Điện thoại người chăm sóc"),
    ]
    seen: list[tuple[int, int]] = []
    out = tmp_path / "danh-sach.xlsx"
    written = r.export_view(store, view, columns, out, progress=lambda d, t: seen.append((d, t)))
    rows = sheet_rows(out)
    assert rows[0] == ("Họ và tên", "Ngày sinh", "Số định danh", "Điện thoại người chăm sóc")
    assert [row[0] for row in rows[1:]] == ["Nguyễn Văn Ân", "Lê Văn Cường", "=SUM(A1:A2)"]
    assert rows[1][1] == "01/05/2012" and rows[1][2] == "031210001234"
    assert written == 3 and seen[-1] == (3, 3)
    [event] = audit_exports(store)
    detail = json.loads(event.detail)
    assert detail["rows"] == 3
    assert detail["columns"] == ["name", "date_of_birth", "personal_id", "carer_phones"]
    assert event.officer_id == store.officer.id
    for name in NAMES:
        assert name not in event.detail
    assert "031210001234" not in event.detail


def test_search_export_holds_every_match(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "tim.xlsx"
    r.export_view(store, r.RegisterView(query="thi"), [(r.Column.NAME, "Tên")], out)
    assert sorted(row[0] for row in sheet_rows(out)[1:]) == ["Trần Thị Bích", "Đỗ Thị Dung"]


def test_collaborator_cannot_export_sensitive_columns_and_nothing_is_written(
    store: Store, tmp_path: Path
) -> None:
    helper = add_officer(
        store, full_name="Ngô Văn Ba", username="ngo.van.ba", password=PASSWORD,
        role=Role.COLLABORATOR,
    )  # fmt: skip
    other = Store.open(store.folder, officer_id=helper.id, password=PASSWORD, opts=FAST)
    try:
        out = tmp_path / "x.xlsx"
        for column in r.SENSITIVE_COLUMNS:
            with pytest.raises(DomainError) as raised:
                r.export_view(other, r.RegisterView(), [(r.Column.NAME, "Tên"), (column, "x")], out)
            assert raised.value.code == "permission.restricted"
        assert not out.exists() and audit_exports(other) == []
        assert r.export_view(other, r.RegisterView(), [(r.Column.NAME, "Tên")], out) == 5
        assert len(audit_exports(other)) == 1
    finally:
        other.close()


def test_write_table_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert write_table(out, ["A", "B"], [["=1+1", 3], ["x", None]]) == 2
    book = load_workbook(out)
    assert book.active["A2"].value == "=1+1" and book.active["A2"].data_type == "s"
    assert book.active["B2"].value == 3
    assert not list(tmp_path.glob("*.part"))
