"""Fast wire paths give what the protocol's readers give; three-way merge rules; backoff."""

import random
import unicodedata

import pytest

from desktop import protocol as p
from desktop.protocol import readers
from desktop.protocol.merge import (
    CONFLICT,
    MINE,
    MISSING,
    THEIRS,
    changed_fields,
    field_fate,
    merge_fields,
    three_way,
)
from desktop.sync import wire
from desktop.sync.outbox import op_id_for
from desktop.sync.retry import Backoff

ROW = {
    "table": "child",
    "row_id": "01a20881-0e51-7fba-9e85-82e50adefa8f",
    "server_seq": 7,
    "version": 2,
    "deleted": False,
    "values": {
        "full_name": unicodedata.normalize("NFD", "Nguyễn Thị Hoà"),
        "dob_estimated": True,
        "hiv_positive": None,
        "date_of_birth": "2015-03-04",
        "version": 99,
    },
}


def test_a_page_read_fast_equals_the_protocol_reading() -> None:
    raw = {"rows": [ROW], "next_cursor": 7, "has_more": False}
    assert wire.read_pull_page(raw) == p.PullPage.from_json(raw)
    assert wire.read_pull_page(raw).rows[0].values["full_name"] == "Nguyễn Thị Hoà"


def test_rows_of_one_shape_read_fast_as_the_protocol_reads_each_of_them() -> None:
    """Names are checked once a shape; every value is still checked, row by row."""
    rnd = random.Random(11)
    plain = {"full_name": "Lê Văn Tám", "dob_estimated": False, "hiv_positive": None, "n": 3}
    choices = [
        ("full_name", unicodedata.normalize("NFD", "Đỗ Thị Huế")),
        ("n", 2.5),
        ("hiv_positive", True),
        ("n", -(2**40)),
        ("full_name", "x" * 300),
    ]
    rows = []
    for k in range(60):
        values = dict(plain)
        if k % 3 == 0:
            values.__setitem__(*rnd.choice(choices))
        rows.append(dict(ROW, row_id=f"01a20881-0e51-7fba-9e85-{k:012x}", values=values))
    rows.append(dict(ROW, values=dict(plain, version=5)))  # the same names and a meta column
    raw = {"rows": rows, "next_cursor": 9, "has_more": False}
    fast, checked = wire.read_pull_page(raw), p.PullPage.from_json(raw)
    assert fast == checked and "version" not in fast.rows[-1].values
    for bad in ({"n": p.MAX_INT + 1}, {"full_name": "x" * (p.MAX_TEXT_LENGTH + 1)}):
        rows[30] = dict(ROW, values=dict(plain, **bad))
        with pytest.raises(p.ProtocolError) as caught:
            wire.read_pull_page({"rows": rows, "next_cursor": 9, "has_more": False})
        assert caught.value.code == "protocol.too_large"


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("table", "sync_outbox", "protocol.unknown_table"),
        ("row_id", "not-a-uuid", "protocol.bad_id"),
        ("deleted", "no", "protocol.wrong_type"),
        ("values", {"bad name": 1}, "protocol.bad_name"),
        ("values", {"n": float("nan")}, "protocol.bad_value"),
        ("values", {"n": [[1]]}, "protocol.bad_value"),
        ("server_seq", -1, "protocol.bad_number"),
    ],
)
def test_the_fast_reader_refuses_what_the_protocol_refuses(field: str, value, code: str) -> None:
    raw = {"rows": [dict(ROW, **{field: value})], "next_cursor": 7, "has_more": False}
    with pytest.raises(p.ProtocolError) as caught:
        wire.read_pull_page(raw)
    assert caught.value.code == code
    with pytest.raises(p.ProtocolError):
        p.PullPage.from_json(raw)


def test_change_json_equals_to_json() -> None:
    change = p.Change(
        op_id=op_id_for("4f1c3a52-3a3b-4d55-9d8b-0b0c7f1e2a10", 3),
        table="child",
        row_id=ROW["row_id"],
        kind="upsert",
        fields={"village": "Thôn 1", "dob_estimated": False, "risk": ["a"]},
        base={"village": ""},
        base_version=1,
        device_id="4f1c3a52-3a3b-4d55-9d8b-0b0c7f1e2a11",
        device_time="2026-11-23 10:00:00.000000",
    )
    assert wire.change_json(change) == change.to_json()


def test_op_ids_of_a_batch_are_distinct_valid_and_differ_between_batches() -> None:
    one = [op_id_for("4f1c3a52-3a3b-4d55-9d8b-0b0c7f1e2a10", i) for i in range(500)]
    two = [op_id_for("9a1c3a52-3a3b-4d55-9d8b-0b0c7f1e2a10", i) for i in range(500)]
    assert len(set(one) | set(two)) == 1000
    assert all(readers._uuid(x, "") == x for x in one)


def test_three_way_merge_takes_each_side_s_own_edits_and_keeps_both_on_a_clash() -> None:
    base = {"a": 1, "b": 1, "c": 1}
    merged = three_way(base, mine={"a": 2, "b": 1, "c": 3}, theirs={"a": 1, "b": 5, "c": 4})
    assert merged.values == {"a": 2, "b": 5, "c": 4}
    assert merged.conflicts == {"c": {"base": 1, "server": 4, "device": 3}}
    same = three_way(base, mine={"c": 9}, theirs={"a": 1, "b": 1, "c": 9})
    assert same.conflicts == {} and same.values["c"] == 9
    assert changed_fields({"a": 1, "b": 2}, {"a": 1, "b": 3}) == {"b": 3}


def test_one_field_rule_serves_the_server_merge_the_device_merge_and_the_local_one() -> None:
    assert field_fate(1, mine=1, theirs=2) == THEIRS  # only their side changed
    assert field_fate(1, mine=2, theirs=2) == THEIRS  # both made the same value
    assert field_fate(1, mine=2, theirs=1) == MINE  # only mine changed
    assert field_fate(MISSING, mine=2, theirs=3) == MINE  # no base: an overwrite on purpose
    assert field_fate(1, mine=2, theirs=3) == CONFLICT
    # The server's merge and the device's three-way merge give the same fates.
    server = merge_fields({"a": 1, "b": 5, "c": 4}, {"a": 1, "b": 1, "c": 1}, {"a": 2, "c": 3})
    assert server.take == {"a": 2} and server.conflicts == {
        "c": {"base": 1, "server": 4, "device": 3}
    }


def test_backoff_grows_with_jitter_caps_and_honours_retry_after() -> None:
    backoff = Backoff(base=1, cap=30, rng=random.Random(1))
    delays = [backoff.delay(n) for n in range(1, 10)]
    assert all(
        0.5 * min(30, 2 ** (n - 1)) <= d <= min(30, 2 ** (n - 1)) for n, d in enumerate(delays, 1)
    )
    assert len(set(delays)) == len(delays)
    assert backoff.delay(1, retry_after=12) >= 12
