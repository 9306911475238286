"""Values the app cannot read never reach a register: the server refuses them from a PC, and a
PC holds back a row an older server stored with one, instead of storing it.

Against the real server (SQLite and PostgreSQL) and real SQLCipher registers. Before these
checks a child with `sex: "alien"` was stored, moved with a transferred case, and broke the
receiving commune's Children screen, profile, Excel export and register extract.
"""

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.child import Carer
from desktop.domain.enums import CarerRelation
from desktop.services import children as children_service
from desktop.services import documents
from desktop.services import register as reg
from desktop.services.sync import review as sync_review
from desktop.storage.doctor import unreadable_rows
from desktop.storage.store import Store
from tests.cli.runner import bvte
from tests.helpers.communes import CODE_COUNTER, SERVER_PASSWORD, Commune, commune_codes
from tests.helpers.registers import PASSWORD
from tests.server.client import Device
from tests.sync.helpers import add_case, add_child, child
from tests.sync.planting import local_edit, plant
from tests.sync.support import raw


def _screens_work(store: Store, kid_id: str, tmp_path: Path) -> None:
    """The Children screen, the child's profile, the Excel export and the register extract,
    as the officer opens them."""
    page = reg.fetch_page(store, reg.RegisterView())
    assert kid_id in {row.id for row in page.rows}
    assert children_service.load_profile(store, kid_id).file.child.id == kid_id
    path = tmp_path / f"{store.folder.name}.xlsx"
    columns = [(reg.Column.NAME, "Họ tên"), (reg.Column.SEX, "Giới tính"),
               (reg.Column.DATE_OF_BIRTH, "Ngày sinh")]
    assert reg.export_view(store, reg.RegisterView(), columns, path) >= 1
    assert documents.register_extract(store).pdf.startswith(b"%PDF")
    assert unreadable_rows(store.engine) == []


def _held(store: Store) -> list[tuple[str, str, str]]:
    rows = raw(store, "SELECT table_name, row_id, reason_code FROM sync_quarantine "
                      "WHERE kind = 'pulled' ORDER BY table_name")
    return [(r["table_name"], r["row_id"], r["reason_code"]) for r in rows]


@pytest.mark.parametrize(
    ("table", "column", "value", "code"),
    [
        ("child", "sex", "alien", "sync.invalid_value"),
        ("child", "date_of_birth", "not-a-date", "sync.invalid_value"),
        ("child", "personal_id", "0312150001234", "sync.too_long"),
        ("carer", "birth_year", "hai nghìn", "sync.invalid_value"),
        ("case_file", "abuse_types", '["danh_dap"]', "sync.invalid_value"),
    ],
)
def test_a_bad_value_from_a_pc_is_refused_and_kept_in_its_quarantine(
    commune: Commune, table: str, column: str, value: str, code: str
) -> None:
    a, b = commune.register("a"), commune.register("b")
    kid = add_child(a, "Hoàng Thị Lan")
    with a.unit_of_work() as uow:
        carer = uow.carers.add(Carer(child_id=kid.id, full_name="Hoàng Văn Sơn",
                                     relation=CarerRelation.FATHER))
    case = add_case(a, kid.id)
    row_id = {"child": kid.id, "carer": carer.id, "case_file": case.id}[table]
    commune.sync(a)
    local_edit(a, table, row_id, **{column: value})
    report = commune.sync(a)
    assert report.pushed.rejected == 1 and report.pushed.applied == 0
    (item,) = sync_review.list_quarantine(a)
    assert (item.table, item.row_id, item.reason_code) == (table, row_id, code)
    assert f"«{column}»" in item.reason and "Hãy " in item.reason  # what to do
    assert value not in item.reason and "danh_dap" not in item.reason
    assert column in item.fields  # the officer sees what was refused, to fix it
    commune.sync(b)
    assert child(b, kid.id).full_name == "Hoàng Thị Lan"
    assert unreadable_rows(b.engine) == []


def _two_communes(server, tmp_path: Path) -> tuple[Commune, Commune]:
    codes = commune_codes()
    sender = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "sender")
    receiver = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "receiver")
    return sender, receiver


def _transfer(store: Store, case_id: str, to: str) -> None:
    with store.unit_of_work() as uow:
        moving = uow.cases.get(case_id)
        moving.commune_code = to
        moving.transfer_to_commune = to
        uow.cases.update(moving)


def test_a_case_transferred_after_a_bad_edit_arrives_readable(server, tmp_path) -> None:
    sender, receiver = _two_communes(server, tmp_path)
    try:
        a, y = sender.register("a"), receiver.register("y")
        kid = add_child(a, "Phạm Văn Hải")
        case = add_case(a, kid.id)
        sender.sync(a)
        receiver.sync(y)
        local_edit(a, "child", kid.id, sex="alien", date_of_birth="not-a-date")
        _transfer(a, case.id, receiver.code)
        # The scheduled `bvte sync`: the bad edit is refused and kept on the PC that made it,
        # with the reason in Vietnamese; the transfer goes.
        done = bvte("sync", "--data-dir", str(a.folder), "--password-stdin",
                    stdin=f"{PASSWORD}\n{SERVER_PASSWORD}\n")
        assert done.code == 0, done.text
        assert "1 bị từ chối" in done.out and f"trẻ em {kid.id}: Giá trị ở cột «" in done.out
        assert "alien" not in done.text and "not-a-date" not in done.text
        assert [i.reason_code for i in sync_review.list_quarantine(a)] == ["sync.invalid_value"]
        report = receiver.sync(y)
        assert report.verify.ok and not report.verify.mismatched_tables and report.held == 0
        _screens_work(y, kid.id, tmp_path)
        assert child(y, kid.id).sex == kid.sex  # the last good state travelled
        again = receiver.sync(y, force_verify=True)
        assert again.verify.ok and not again.verify.mismatched_tables
    finally:
        sender.close()
        receiver.close()


def test_a_bad_row_an_older_server_moved_with_a_case_is_held_back_until_mended(
    server, tmp_path
) -> None:
    sender, receiver = _two_communes(server, tmp_path)
    try:
        a, y = sender.register("a"), receiver.register("y")
        kid = add_child(a, "Đỗ Minh Khang")
        case = add_case(a, kid.id)
        sender.sync(a)
        receiver.sync(y)
        plant(server, kid.id, sex="alien", date_of_birth="not-a-date")
        _transfer(a, case.id, receiver.code)
        sender.sync(a)
        report = receiver.sync(y)
        # The child is held back, and the case that hangs on it with it; nothing breaks.
        assert _held(y) == [("case_file", case.id, "sync.parent_held"),
                            ("child", kid.id, "sync.invalid_value")]
        assert report.held == 2
        assert report.verify.ok and not report.verify.mismatched_tables
        assert child(y, kid.id) is None
        assert reg.fetch_page(y, reg.RegisterView()).rows == []
        assert documents.register_extract(y).pdf.startswith(b"%PDF")
        assert unreadable_rows(y.engine) == []
        reasons = {i.row_id: i.reason for i in sync_review.list_quarantine(y)}
        assert "«sex»" in reasons[kid.id] and "alien" not in reasons[kid.id]
        assert "chưa được lưu vào sổ" in reasons[kid.id]
        again = receiver.sync(y, force_verify=True)
        assert again.verify.ok and not again.verify.mismatched_tables
        # The receiving commune mends the row on the server (over its value, as a settled
        # conflict is sent): the next sync stores the child and the case held for it.
        mender = Device.enrol(server.url, receiver.username, SERVER_PASSWORD, receiver.code)
        fix = mender.change("child", kid.id, {"sex": "nu", "date_of_birth": "2016-05-01"})
        assert mender.push(fix).results[0].fate in ("applied", "merged")
        report = receiver.sync(y)
        assert _held(y) == [] and report.held == 0
        assert report.verify.ok and not report.verify.mismatched_tables
        _screens_work(y, kid.id, tmp_path)
        with y.unit_of_work(write=False) as uow:
            assert uow.cases.get(case.id).child_id == kid.id
    finally:
        sender.close()
        receiver.close()


def test_a_new_pc_holds_back_an_unreadable_row_and_the_rows_below_it(
    commune: Commune, tmp_path: Path
) -> None:
    a = commune.register("a")
    kid, other = add_child(a, "Vũ Thị Mai"), add_child(a, "Lê Văn Nam")
    with a.unit_of_work() as uow:
        carer = uow.carers.add(Carer(child_id=kid.id, full_name="Vũ Văn Ba",
                                     relation=CarerRelation.FATHER))
    commune.sync(a)
    d = commune.register("d")
    commune.sync(d)
    plant(commune.server, kid.id, sex="alien")
    # A new PC's first sync (the snapshot) takes neither the child nor its carer.
    c = commune.register("c")
    report = commune.sync(c)
    assert report.bootstrapped and report.held == 2
    assert _held(c) == [("carer", carer.id, "sync.parent_held"),
                        ("child", kid.id, "sync.invalid_value")]
    assert report.verify.ok and not report.verify.mismatched_tables
    assert child(c, kid.id) is None and child(c, other.id) is not None
    _screens_work(c, other.id, tmp_path)
    # A scheduled `bvte sync` says so in Vietnamese, and ends with a code that is noticed.
    done = bvte("sync", "--data-dir", str(c.folder), "--password-stdin",
                stdin=f"{PASSWORD}\n{SERVER_PASSWORD}\n")
    assert done.code == 1, done.text
    assert "2 bản ghi nhận từ máy chủ không đọc được nên được giữ riêng" in done.out
    assert "Traceback" not in done.text and "alien" not in done.text
    # A PC that had the child pulls the bad state as a change: it keeps what it had.
    plant(commune.server, kid.id, log_entry=True, sex="alien")
    report = commune.sync(d)
    assert _held(d) == [("child", kid.id, "sync.invalid_value")] and report.held == 1
    assert report.verify.ok and not report.verify.mismatched_tables
    _screens_work(d, kid.id, tmp_path)
    again = commune.sync(d, force_verify=True)
    assert again.verify.ok and not again.verify.mismatched_tables
    # The PC that holds the bad value itself mends it, an ordinary edit over its own base.
    local_edit(a, "child", kid.id, sex="alien")
    with a.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_outbox"))  # as the older server had it already
    local_edit(a, "child", kid.id, sex="nu")
    mended = commune.sync(a).pushed
    assert mended.applied + mended.merged == 1 and mended.rejected == 0
    for store in (c, d):
        report = commune.sync(store)
        assert _held(store) == [] and report.verify.ok and not report.verify.mismatched_tables
        _screens_work(store, kid.id, tmp_path)
        assert [x.full_name for x in children_service.load_profile(store, kid.id).file.carers] \
            == ["Vũ Văn Ba"]
