"""Field merge, conflicts that keep both values, edit beats delete, append-only tables."""

import unicodedata

from desktop import protocol as p
from tests.server.client import new_id

NAME = "Lê Thị Hoa"


def _seed_child(one, two, **extra):
    row_id = new_id()
    change = one.new("child", {"full_name": NAME, "school": "Trường A", "village": "Thôn 1",
                               **extra}, row_id=row_id)
    values = change.fields
    one.push(change)
    one.sync_down()
    two.sync_down()
    return row_id, values


def test_different_fields_edited_offline_both_survive(pair):
    one, two = pair
    row_id, values = _seed_child(one, two)
    first = one.push(one.change("child", row_id, {"school": "Trường B"},
                                base={"school": values["school"]}, base_version=1))
    second = two.push(two.change("child", row_id, {"village": "Thôn 9"},
                                 base={"village": values["village"]}, base_version=1))
    assert first.results[0].fate == "applied"
    merged = second.results[0]
    assert merged.fate == "merged" and merged.version == 3
    assert merged.row["school"] == "Trường B" and merged.row["village"] == "Thôn 9"
    for device in (one, two):
        device.sync_down()
        row = device.rows[("child", row_id)]
        assert (row.values["school"], row.values["village"]) == ("Trường B", "Thôn 9")


def test_same_field_gives_a_conflict_with_both_values_that_every_pc_sees(pair, device_factory):
    one, two = pair
    row_id, _values = _seed_child(one, two)
    one.push(one.change("child", row_id, {"school": "Trường B"},
                        base={"school": "Trường A"}, base_version=1))
    result = two.push(two.change("child", row_id, {"school": "Trường C"},
                                 base={"school": "Trường A"}, base_version=1)).results[0]
    assert result.fate == "conflict"
    conflict = result.conflict
    assert conflict.fields["school"] == {"base": "Trường A", "server": "Trường B",
                                         "device": "Trường C"}
    assert result.row["school"] == "Trường B"  # the server value stays until resolved
    third = device_factory(one.commune)  # a PC of the commune that took no part
    seen = third.sync_down()
    assert [c.conflict_id for c in seen] == [conflict.conflict_id]
    assert third.rows[("child", row_id)].values["school"] == "Trường B"
    snapshot_conflicts = third.post(p.PATH_SNAPSHOT, p.SnapshotRequest()).json()["conflicts"]
    assert [c["conflict_id"] for c in snapshot_conflicts] == [conflict.conflict_id]
    # An officer picks the device's value; the resolution reaches every PC.
    chosen = two.push(two.change("child", row_id, {"school": "Trường C"},
                                 base={"school": "Trường B"}, base_version=2,
                                 resolves=conflict.conflict_id)).results[0]
    assert chosen.fate == "applied" and chosen.version == 3
    again = third.sync_down()
    assert [(c.conflict_id, c.resolved) for c in again] == [(conflict.conflict_id, True)]
    assert third.rows[("child", row_id)].values["school"] == "Trường C"
    assert third.post(p.PATH_SNAPSHOT, p.SnapshotRequest()).json()["conflicts"] == []


def test_an_edit_beats_a_delete_in_either_order(pair):
    one, two = pair
    row_id, values = _seed_child(one, two)
    # Edit first, then a delete based on the old state: the row stays.
    one.push(one.change("child", row_id, {"school": "Trường B"},
                        base={"school": "Trường A"}, base_version=1))
    lost = two.push(two.change("child", row_id, {}, base=values, base_version=1,
                               kind=p.KIND_DELETE)).results[0]
    assert lost.fate == "merged" and lost.code == "sync.edit_beats_delete"
    assert lost.row["school"] == "Trường B"
    two.sync_down()
    assert not two.rows[("child", row_id)].deleted
    # Delete first, then an offline edit: the edit brings the row back.
    current = two.rows[("child", row_id)]
    assert two.push(two.change("child", row_id, {}, base=current.values,
                               base_version=current.version,
                               kind=p.KIND_DELETE)).results[0].fate == "applied"
    revived = one.push(one.change("child", row_id, {"village": "Thôn 5"},
                                  base={"village": "Thôn 1"}, base_version=2)).results[0]
    assert revived.fate == "merged" and revived.code == "sync.edit_beats_delete"
    one.sync_down()
    row = one.rows[("child", row_id)]
    assert not row.deleted and row.values["village"] == "Thôn 5"


def test_append_only_tables_accept_only_new_rows(pair):
    one, two = pair
    child_id, _ = _seed_child(one, two)
    case_id = new_id()
    one.push(one.new("case_file", {"code": "01/2026", "child_id": child_id,
                                   "stage": "tiep_nhan"}, row_id=case_id))
    note_id = new_id()
    added = one.push(one.new("case_note", {"case_id": case_id, "text": "Lần 1"},
                             row_id=note_id)).results[0]
    assert added.fate == "applied"
    edit = two.push(two.change("case_note", note_id, {"text": "Sửa"}, base={"text": "Lần 1"},
                               base_version=1)).results[0]
    assert edit.fate == "rejected" and edit.code == "sync.append_only" and edit.reason
    gone = two.push(two.change("case_note", note_id, {}, kind=p.KIND_DELETE)).results[0]
    assert gone.fate == "rejected" and gone.code == "sync.append_only"
    revision = two.push(two.new("case_note", {"case_id": case_id, "text": "Sửa",
                                              "revision_of": note_id})).results[0]
    assert revision.fate == "applied"
    # Two officers' offline notes on one case never conflict: both are on every PC.
    mine = one.push(one.new("home_visit", {"child_id": child_id,
                                           "observations": "A"})).results[0]
    theirs = two.push(two.new("home_visit", {"child_id": child_id,
                                             "observations": "B"})).results[0]
    assert mine.fate == theirs.fate == "applied"
    one.sync_down()
    visits = [r for (t, _), r in one.rows.items() if t == "home_visit"]
    assert sorted(v.values["observations"] for v in visits) == ["A", "B"]
    mutable = one.push(one.new("child", kind=p.KIND_APPEND)).results[0]
    assert mutable.fate == "rejected" and mutable.code == "sync.bad_kind"


def test_nfc_and_nfd_forms_of_a_name_are_one_name(pair):
    one, two = pair
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    row_id = new_id()
    one.push(one.new("child", {"full_name": nfd}, row_id=row_id))
    two.sync_down()
    stored = two.rows[("child", row_id)].values["full_name"]
    assert stored == unicodedata.normalize("NFC", nfd) and stored != nfd
    # An edit whose base is the NFC form merges cleanly against the NFD push: no conflict.
    result = two.push(two.change("child", row_id, {"full_name": "Nguyễn Thị Ánh Hồng"},
                                 base={"full_name": "Nguyễn Thị Ánh"}, base_version=1))
    assert result.results[0].fate == "applied"
    # Re-sending the same name in NFD changes nothing.
    same = one.push(one.change("child", row_id, {"full_name": unicodedata.normalize(
        "NFD", "Nguyễn Thị Ánh Hồng")}, base={"full_name": nfd}, base_version=2)).results[0]
    assert same.version == 2
