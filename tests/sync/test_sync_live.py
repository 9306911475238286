"""End to end against the real server: merges, conflicts, deletes, notes, clocks, NFC, scope."""

import json
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.domain.visit import CaseNote, HomeVisit
from desktop.services import sync as service
from desktop.services.sync import review as sync_review
from desktop.storage.store import StoreOptions
from desktop.sync import apply
from desktop.sync.errors import SyncError
from server import accounts
from tests.helpers.communes import SERVER_PASSWORD, Commune
from tests.helpers.registers import FAST, create_store
from tests.sync.helpers import add_case, add_child, child, edit_child, pending, state, sums
from tests.sync.support import raw


def _all_sync(commune: Commune, rounds: int = 2) -> None:
    for _ in range(rounds):
        for store in commune.stores:
            commune.sync(store)


def test_two_officers_converge_and_every_table_checksum_matches(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Nguyễn Văn An", village="Thôn 1")
    report = commune.sync(a)
    assert report.pushed.applied >= 2 and pending(a) == 0
    report = commune.sync(b)
    assert report.bootstrapped and report.verify.compared and report.verify.ok
    assert child(b, made.id).full_name == "Nguyễn Văn An"
    _all_sync(commune)
    assert state(a) == state(b)
    assert sums(a) == sums(b)


def test_bodies_go_in_zstd_once_the_server_has_said_it_reads_them(commune: Commune) -> None:
    a = commune.register("a")
    add_child(a, "Lê Thị Hồng Nhung")
    client = service.connect(a, SERVER_PASSWORD)
    try:
        assert "zstd" in client._headers()["Accept-Encoding"]
        service.sync_now(a, client=client)
        # Every answer names zstd among the codings the server reads: the next push uses it.
        assert client.body_coding == "zstd"
        add_child(a, "Trịnh Văn Đức")
        report = service.sync_now(a, client=client)
        assert report.pushed.applied >= 1 and pending(a) == 0 and report.verify.ok
    finally:
        client.close()
    b = commune.register("b")
    commune.sync(b)
    assert state(a, ("child",)) == state(b, ("child",)) and len(state(b, ("child",))["child"]) == 2


def test_edits_to_different_fields_of_one_child_both_survive(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Trần Thị Bình")
    _all_sync(commune)
    edit_child(a, made.id, village="Thôn Đông")
    edit_child(b, made.id, school="Trường Tiểu học Lê Lợi")
    commune.sync(a)
    report = commune.sync(b)
    assert report.pushed.conflicts == 0
    _all_sync(commune)
    for store in (a, b):
        got = child(store, made.id)
        assert (got.village, got.school) == ("Thôn Đông", "Trường Tiểu học Lê Lợi")
    assert state(a) == state(b)


def test_same_field_conflict_keeps_both_and_its_resolution_reaches_every_device(
    commune: Commune,
) -> None:
    a, b, c = commune.register("a"), commune.register("b"), commune.register("c")
    made = add_child(a, "Lê Văn Cường")
    _all_sync(commune)
    edit_child(a, made.id, village="Thôn A")
    edit_child(b, made.id, village="Thôn B")
    commune.sync(a)
    report = commune.sync(b)
    assert report.pushed.conflicts == 1
    _all_sync(commune)
    for store in (a, b, c):
        [item] = sync_review.list_conflicts(store)
        [field] = item.fields
        assert (field.field, {field.theirs, field.mine}) == ("village", {"Thôn A", "Thôn B"})
    # Officer C settles it with an edited value; it reaches every device.
    [item] = sync_review.list_conflicts(c)
    sync_review.resolve_conflict(c, item.id, "edit", {"village": "Thôn A-B"})
    _all_sync(commune)
    for store in (a, b, c):
        assert child(store, made.id).village == "Thôn A-B"
        assert sync_review.list_conflicts(store) == []
    assert state(a) == state(b) == state(c)


def test_resolving_with_mine_sends_my_value(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Phạm Thị Dung")
    _all_sync(commune)
    edit_child(a, made.id, notes="ghi chú A")
    edit_child(b, made.id, notes="ghi chú B")
    commune.sync(a)
    commune.sync(b)
    [item] = sync_review.list_conflicts(b)
    sync_review.resolve_conflict(b, item.id, "mine")
    _all_sync(commune)
    assert child(a, made.id).notes == child(b, made.id).notes == "ghi chú B"


def test_an_edit_beats_a_delete(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Hoàng Văn Em")
    _all_sync(commune)
    with a.unit_of_work() as uow:
        uow.children.delete(made.id)
    edit_child(b, made.id, school="Trường THCS Thủy Nguyên")
    commune.sync(a)
    commune.sync(b)
    _all_sync(commune)
    for store in (a, b):
        got = child(store, made.id)
        assert got.deleted_at is None and got.school == "Trường THCS Thủy Nguyên"
    assert state(a) == state(b)


def test_home_visit_notes_added_offline_by_two_officers_are_all_on_every_device(
    commune: Commune,
) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Vũ Thị Giang")
    case = add_case(a, made.id)
    _all_sync(commune)
    now = datetime.now(UTC)
    for store, who in ((a, "A"), (b, "B")):
        with store.unit_of_work() as uow:
            for i in range(3):
                uow.visits.add(
                    HomeVisit(
                        child_id=made.id, case_id=case.id, visited_at=now, observations=f"{who}{i}"
                    )
                )
                uow.notes.add(CaseNote(case_id=case.id, written_at=now, text=f"{who}{i}"))
    _all_sync(commune)
    for store in (a, b):
        with store.unit_of_work(write=False) as uow:
            visits = sorted(v.observations for v in uow.visits.where(case_id=case.id))
            notes = sorted(n.text for n in uow.notes.where(case_id=case.id))
        assert visits == notes == ["A0", "A1", "A2", "B0", "B1", "B2"]
        assert sync_review.list_conflicts(store) == []


def test_a_rejected_change_is_quarantined_kept_and_can_be_fixed_and_resent(
    commune: Commune,
) -> None:
    a = commune.register("a")
    stray = add_child(a, "Đỗ Văn Hải")
    with a.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE child SET commune_code = '99999' WHERE id = :i"),
            {"i": stray.id},
        )
    report = commune.sync(a)
    assert report.pushed.rejected == 1 and pending(a) == 0
    [item] = sync_review.list_quarantine(a)
    assert item.row_id == stray.id and item.reason_code == "sync.scope" and item.reason
    assert child(a, stray.id).full_name == "Đỗ Văn Hải"  # the officer's data is still there
    sync_review.resend(a, item.op_id, {"commune_code": a.commune_code})
    report = commune.sync(a)
    assert report.pushed.applied == 1 and sync_review.list_quarantine(a) == []
    b = commune.register("b")
    commune.sync(b)
    assert child(b, stray.id).full_name == "Đỗ Văn Hải"


def test_discarding_needs_confirmation(commune: Commune) -> None:
    a = commune.register("a")
    stray = add_child(a, "Ngô Thị Lan")
    with a.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE child SET commune_code = '99999' WHERE id = :i"),
            {"i": stray.id},
        )
    commune.sync(a)
    [item] = sync_review.list_quarantine(a)
    with pytest.raises(sync_review.ReviewError):
        sync_review.discard(a, item.op_id, confirmed=False)
    assert len(sync_review.list_quarantine(a)) == 1
    sync_review.discard(a, item.op_id, confirmed=True)
    assert sync_review.list_quarantine(a) == []


def test_device_clocks_a_day_apart_and_backwards_cause_no_ordering_error(
    commune: Commune, tmp_path
) -> None:
    base = datetime.now(UTC)
    ahead = iter([base + timedelta(days=1, minutes=-i) for i in range(1000)])  # runs backwards
    behind = iter([base - timedelta(days=1, minutes=i) for i in range(1000)])
    commune.register("seed")  # keeps the commune's first device ordinary
    a, _ = create_store(
        tmp_path / "fast",
        commune_code=commune.code,
        username="fast",
        opts=StoreOptions(kdf=FAST.kdf, clock=lambda: next(ahead)),
    )
    b, _ = create_store(
        tmp_path / "slow",
        commune_code=commune.code,
        username="slow",
        opts=StoreOptions(kdf=FAST.kdf, clock=lambda: next(behind)),
    )
    for store in (a, b):
        service.enrol(store, commune.server.url, commune.username, SERVER_PASSWORD)
        commune.stores.append(store)
    made = add_child(a, "Bùi Văn Khoa")
    _all_sync(commune)
    edit_child(a, made.id, village="1")
    edit_child(a, made.id, village="2")  # device time earlier than the first edit
    commune.sync(a)
    commune.sync(b)
    edit_child(b, made.id, village="3")  # a day "before" A's edits, but made after them
    commune.sync(b)
    commune.sync(a)
    assert child(a, made.id).village == child(b, made.id).village == "3"
    assert sync_review.list_conflicts(a) == []


def test_nfc_and_nfd_forms_of_one_name_are_one_name(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Nguyễn Thị Hoà")
    _all_sync(commune)
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoà Bình")
    with a.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE child SET full_name = :n WHERE id = :i"),
            {"n": nfd, "i": made.id},
        )
    edit_child(b, made.id, full_name=unicodedata.normalize("NFC", "Nguyễn Thị Hoà Bình"))
    commune.sync(a)
    report = commune.sync(b)
    assert report.pushed.conflicts == 0
    _all_sync(commune)
    assert sync_review.list_conflicts(a) == sync_review.list_conflicts(b) == []
    assert child(b, made.id).full_name == unicodedata.normalize("NFC", "Nguyễn Thị Hoà Bình")
    assert sums(a) == sums(b)


def test_no_row_crosses_between_communes(server, tmp_path) -> None:
    from tests.helpers.communes import CODE_COUNTER, commune_codes

    codes = commune_codes()
    one = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "one")
    two = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "two")
    try:
        a, b = one.register("a"), two.register("b")
        first, second = add_child(a, "Xã Một"), add_child(b, "Xã Hai")
        for _ in range(2):
            one.sync(a)
            two.sync(b)
        assert child(a, second.id) is None and child(b, first.id) is None
        communes = {row[2]["commune_code"] for row in state(a)["child"].values()}
        assert communes == {one.code}
    finally:
        one.close()
        two.close()


def test_a_revoked_device_is_refused_with_a_clear_message_and_keeps_its_changes(
    commune: Commune,
) -> None:
    a = commune.register("a")
    commune.sync(a)
    with a.unit_of_work(write=False) as uow:
        device_id = service.settings.get(uow.session, service.settings.DEVICE_ID)
    assert accounts.revoke_device(commune.server.engine, device_id)
    add_child(a, "Trịnh Văn Long")
    with pytest.raises(SyncError) as caught:
        commune.sync(a)
    assert caught.value.code == "device.revoked" and caught.value.status == 403
    assert "thu hồi" in caught.value.server_message
    assert pending(a) >= 1
    assert service.status(a).last_error == "device.revoked"


def test_a_corrupted_local_row_is_found_and_repaired_by_the_checksum_step(
    commune: Commune,
) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = add_child(a, "Mai Văn Minh", village="Thôn Bắc")
    _all_sync(commune)
    # Damage B's copy without any captured change (as a disk fault or bad tool would).
    with b.unit_of_work() as uow, apply.guarded(uow.session):
        uow.session.execute(
            text("UPDATE child SET village = 'hỏng' WHERE id = :i"),
            {"i": made.id},
        )
    assert pending(b) == 0
    report = commune.sync(b, force_verify=True)
    assert report.verify.mismatched_tables == ["child"]
    assert report.verify.repaired_rows >= 1 and report.verify.still_mismatched == []
    assert child(b, made.id).village == "Thôn Bắc"
    assert sums(a) == sums(b)


def test_status_counts_pending_and_records_the_last_success(commune: Commune) -> None:
    a = commune.register("a")
    add_child(a, "Cao Thị Nga")
    before = service.status(a)
    assert before.enrolled and before.pending >= 1 and before.last_success_at is None
    commune.sync(a)
    after = service.status(a)
    assert after.pending == 0 and after.last_success_at is not None
    assert json.loads(json.dumps(after.server_url)) == commune.server.url


def test_a_record_made_and_deleted_before_its_first_sync_arrives_whole_and_deleted(
    commune: Commune,
) -> None:
    a, b = commune.register("a"), commune.register("b")
    _all_sync(commune)
    made = add_child(a, "Tạo rồi xoá")
    with a.unit_of_work() as uow:
        uow.children.delete(made.id)
    report = commune.sync(a)
    assert report.pushed.rejected == 0 and report.verify.ok
    report = commune.sync(b)
    assert report.verify.ok
    got = child(b, made.id)
    assert got is not None and got.deleted_at is not None and got.full_name == "Tạo rồi xoá"
    assert state(a) == state(b)


def test_an_officer_account_made_twice_under_one_username_becomes_one_account(
    commune: Commune, tmp_path
) -> None:
    a = commune.register("a")
    made = add_child(a, "Trẻ ở máy A")
    commune.sync(a)
    # A second PC whose first officer was created with the same username, separately.
    twin, _ = create_store(
        tmp_path / "twin", commune_code=commune.code, username=f"a.{commune.code}"
    )
    service.enrol(twin, commune.server.url, commune.username, SERVER_PASSWORD)
    commune.stores.append(twin)
    report = commune.sync(twin)
    assert report.bootstrapped
    assert child(twin, made.id).full_name == "Trẻ ở máy A"
    assert report.verify.ok and report.verify.mismatched_tables == []
    assert twin.officer.id == a.officer.id and state(twin, ("officer",)) == state(a, ("officer",))


def test_a_transferred_case_leaves_with_its_history_and_arrives_whole(server, tmp_path) -> None:
    from tests.helpers.communes import CODE_COUNTER, commune_codes

    codes = commune_codes()
    sender = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "sender")
    receiver = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "receiver")
    try:
        a, b = sender.register("a"), sender.register("b")
        y = receiver.register("y")
        kid = add_child(a, "Trẻ chuyển xã")
        case = add_case(a, kid.id)
        now = datetime.now(UTC)
        with a.unit_of_work() as uow:
            uow.visits.add(HomeVisit(child_id=kid.id, case_id=case.id, visited_at=now))
            uow.notes.add(
                CaseNote(case_id=case.id, written_at=now, text="ghi chép trước khi chuyển")
            )
        sender.sync(a)
        sender.sync(b)
        receiver.sync(y)
        with a.unit_of_work() as uow:
            moving = uow.cases.get(case.id)
            moving.commune_code = receiver.code
            moving.transfer_to_commune = receiver.code
            uow.cases.update(moving)
        for store, place in ((a, sender), (b, sender), (y, receiver)):
            report = place.sync(store)
            assert report.verify.ok, (store.folder.name, report.verify)
        for store in (a, b):
            assert child(store, kid.id).deleted_at is not None  # gone from this commune's lists
            moved = raw(store, "SELECT table_name FROM sync_moved ORDER BY table_name")
            assert [m["table_name"] for m in moved] == [
                "case_file",
                "case_note",
                "child",
                "home_visit",
            ]
        got = child(y, kid.id)
        assert got is not None and got.deleted_at is None and got.commune_code == receiver.code
        with y.unit_of_work(write=False) as uow:
            assert uow.cases.get(case.id).commune_code == receiver.code
            assert [n.text for n in uow.notes.where(case_id=case.id)] == [
                "ghi chép trước khi chuyển"
            ]
            assert len(uow.visits.where(case_id=case.id)) == 1
    finally:
        sender.close()
        receiver.close()
