"""Pushed rows are checked whole against the synced schema, and scope is judged on what is
stored: the server's row, or a tombstone's base, with the device's fields over it."""

import json

import pytest
from sqlalchemy import select, update

from desktop import protocol as p
from desktop.protocol import schema as s
from server import models as m
from tests.server.client import full_row, new_id

ABSENT = object()

BAD = [
    ("child", "sex", "alien", s.INVALID_VALUE),
    ("child", "date_of_birth", "not-a-date", s.INVALID_VALUE),
    ("child", "date_of_birth", "2015-02-30", s.INVALID_VALUE),
    ("child", "dob_estimated", "ước tính", s.INVALID_VALUE),
    ("child", "personal_id", "0312150001234", s.TOO_LONG),
    ("child", "full_name", None, s.MISSING_VALUE),
    ("child", "birth_registration", ABSENT, s.MISSING_VALUE),
    ("child", "biet_danh", "Bé Na", s.UNKNOWN_COLUMN),
    ("case_file", "received_at", "hôm qua", s.INVALID_VALUE),
    ("case_file", "abuse_types", ["danh_dap"], s.INVALID_VALUE),
    ("carer", "child_id", "khong-phai-ma-tre", s.INVALID_VALUE),
]


def _with(values, column, value):
    out = dict(values)
    if value is ABSENT:
        out.pop(column, None)
    else:
        out[column] = value
    return out


def _stored(server, row_id):
    with server.engine.connect() as conn:
        return conn.execute(select(m.sync_row).where(m.sync_row.c.row_id == row_id)).first()


@pytest.mark.parametrize(("table", "column", "value", "code"), BAD,
                         ids=[f"{t}.{c}-{code}" for t, c, _, code in BAD])
def test_a_bad_value_is_refused_naming_its_column_and_nothing_is_stored(
        live_server, pair, table, column, value, code):
    one, two = pair
    parent = one.new("child", {"full_name": "Trẻ có hồ sơ"})
    one.push(parent)
    good = one.new(table, {"child_id": parent.row_id} if table == "carer" else {})
    bad = one.change(table, good.row_id, _with(good.fields, column, value),
                     kind=good.kind)
    (result,) = one.push(bad).results
    assert (result.fate, result.code) == ("rejected", code)
    assert f"«{column}»" in result.reason
    if isinstance(value, str):
        assert value not in result.reason  # a name or an ID number is never echoed
    assert _stored(live_server, good.row_id) is None
    two.sync_down()
    assert set(two.rows) == {("child", parent.row_id)}
    if value is ABSENT or column == "biet_danh":
        return
    # The same value as an edit of a stored row: refused, and the row stays as it was.
    assert one.push(good).results[0].fate == "applied"
    edit = one.change(table, good.row_id, {column: value}, base={column: good.fields[column]},
                      base_version=1)
    (result,) = one.push(edit).results
    assert (result.fate, result.code) == ("rejected", code)
    two.sync_down()
    assert two.rows[(table, good.row_id)].values == good.fields
    assert two.rows[(table, good.row_id)].version == 1


def test_a_delete_of_an_unseen_row_cannot_plant_a_row_in_another_commune(
        live_server, pair, device_factory):
    """The attack: a tombstone for a row the server never saw is stored from its base and
    fields; a base naming another commune's child (or commune) must not put it there."""
    one, peer = pair
    other = device_factory(live_server.new_commune())
    theirs = other.new("child", {"full_name": "Trẻ xã khác"})
    their_case = other.new("case_file", {"code": "01/2026", "child_id": theirs.row_id})
    other.push(theirs, their_case)
    other.sync_down()
    planted_carer = one.change("carer", new_id(), {}, kind=p.KIND_DELETE,
                               base=full_row("carer", child_id=theirs.row_id,
                                             full_name="Người lạ"))
    planted_child = one.change("child", new_id(), {}, kind=p.KIND_DELETE,
                               base=full_row("child", commune_code=other.commune,
                                             full_name="Trẻ lạ"))
    # A row of one's own commune pointing at another commune's row is refused the same way.
    pointing = one.new("case_file", {"code": "02/2026", "child_id": theirs.row_id})
    visit = one.new("home_visit", {"child_id": new_id(), "case_id": their_case.row_id})
    results = one.push(planted_carer, planted_child, pointing, visit).results
    assert [(r.fate, r.code) for r in results] == [("rejected", "sync.scope")] * 4
    for change in (planted_carer, planted_child, pointing, visit):
        assert _stored(live_server, change.row_id) is None
    before = dict(other.rows)
    other.sync_down()
    assert other.rows == before
    # A PC's own tombstone for a row it made and deleted offline still lands, whole.
    mine = one.new("child", {"full_name": "Trẻ đã xoá"})
    gone = one.change("child", mine.row_id, mine.fields, kind=p.KIND_DELETE)
    assert one.push(gone).results[0].fate == "applied"
    peer.sync_down()
    assert peer.rows[("child", mine.row_id)].deleted


def test_an_edit_is_checked_on_the_row_it_makes(live_server, pair):
    """A partial edit of a whole row applies; a row an older server stored with a bad value
    takes only an edit that mends it, and a PC never receives it half-mended."""
    one, two = pair
    made = one.new("child", {"full_name": "Trần Văn Bình", "school": "Trường A"})
    one.push(made)
    partial = one.change("child", made.row_id, {"school": "Trường B"},
                         base={"school": "Trường A"}, base_version=1)
    assert one.push(partial).results[0].fate == "applied"
    broken = {**made.fields, "school": "Trường B", "sex": "alien"}
    with live_server.engine.begin() as conn:
        conn.execute(update(m.sync_row).where(m.sync_row.c.row_id == made.row_id)
                     .values(values_json=p.canonical_json(broken)))
    other_field = one.change("child", made.row_id, {"village": "Thôn 2"},
                             base={"village": ""}, base_version=2)
    (result,) = one.push(other_field).results
    assert (result.fate, result.code) == ("rejected", s.INVALID_VALUE)
    assert "«sex»" in result.reason
    # Sent over the server's value (no base for it), as a settled conflict is.
    mended = one.change("child", made.row_id, {"sex": "nu", "village": "Thôn 2"},
                        base={"village": ""}, base_version=2)
    assert one.push(mended).results[0].fate in ("applied", "merged")
    two.sync_down()
    row = two.rows[("child", made.row_id)]
    assert (row.values["sex"], row.values["village"], row.values["school"]) == \
        ("nu", "Thôn 2", "Trường B")
    stored = json.loads(_stored(live_server, made.row_id).values_json)
    assert stored == row.values
