"""The wire protocol: round-trips, strict validation, NFC text, checksums both sides share."""

import gzip
import json
import random
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import orjson
import pytest

from desktop import protocol as p


def _id() -> str:
    return str(uuid.uuid4())


def _change(**over):
    values = dict(op_id=_id(), table="child", row_id=_id(), kind="upsert",
                  fields={"full_name": "Nguyễn Văn Ân", "dob_estimated": False},
                  base={"full_name": "Nguyen Van An"}, base_version=3, device_id=_id(),
                  device_time="2026-01-02T03:04:05.000000Z")
    values.update(over)
    return p.Change(**values)


def _batch(n=2):
    device = _id()
    return p.PushBatch(_id(), device, "11560", [_change(device_id=device) for _ in range(n)])


def test_push_batch_round_trips_through_gzip_body():
    batch = _batch(3)
    again = p.PushBatch.from_json(p.decode_body(p.encode_body(batch)))
    assert again == batch
    assert len(p.encode_body(batch)) < len(str(batch.to_json()))


def test_every_message_round_trips():
    conflict = p.Conflict(_id(), "child", _id(), {"full_name": {"base": "A", "server": "B",
                          "device": "C"}}, 4, _id(), _id(), False, 17)
    result = p.ChangeResult(_id(), "conflict", 17, 4, "", "", {"full_name": "B"}, conflict)
    row = p.PulledRow("case_note", _id(), 9, 1, False, {"text": "x", "case_id": _id()})
    messages = [
        p.PushReply(_id(), [result, p.ChangeResult(_id(), "rejected", code="sync.scope",
                                                   reason="Không thuộc xã")]),
        p.PullRequest(5, 100),
        p.PullPage([row], 9, True, [conflict]),
        p.SnapshotRequest("abc", 7, 10),
        p.SnapshotPage([row], 9, "", False, []),
        p.ChecksumReply(9, [p.TableChecksum("child", 2, "0" * 64)]),
        p.RowsRequest("child", [_id()]),
        p.RowsReply([row], [_id()]),
        p.LoginRequest("canbo", "mật khẩu"),
        p.LoginReply("tok", 900, "officer", "11560"),
        p.EnrolRequest("11560", "PC xã"),
        p.EnrolReply(_id(), "s3cret", "11560"),
        p.ErrorBody("auth.expired", "Phiên đăng nhập đã hết hạn."),
        p.BundleContent(_id(), "s", 4, _batch(1)),
        p.BundleAnswer(p.PushReply(_id(), []), [p.PullPage([row], 9, False)]),
    ]
    for message in messages:
        again = type(message).from_json(p.decode_body(p.encode_body(message)))
        assert again == message, type(message).__name__


def test_nfd_text_becomes_nfc_everywhere():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    change = p.Change.from_json(_change(fields={"full_name": nfd, "risk": [nfd]}).to_json())
    assert change.fields["full_name"] == unicodedata.normalize("NFC", nfd)
    raw = _change().to_json()
    raw["fields"] = {"full_name": nfd}
    assert p.Change.from_json(raw).fields["full_name"] == "Nguyễn Thị Ánh"


def test_password_is_not_normalised():
    nfd = unicodedata.normalize("NFD", "mật")
    assert p.LoginRequest.from_json({"username": "a", "password": nfd}).password == nfd


@pytest.mark.parametrize(
    ("mutate", "code", "where"),
    [
        (lambda r: r.pop("op_id"), "protocol.missing_field", "op_id"),
        (lambda r: r.update(op_id="not-a-uuid"), "protocol.bad_id", "op_id"),
        (lambda r: r.update(table="local_setting"), "protocol.unknown_table", "table"),
        (lambda r: r.update(kind="merge"), "protocol.bad_kind", "kind"),
        (lambda r: r.update(base_version="3"), "protocol.bad_number", "base_version"),
        (lambda r: r.update(base_version=True), "protocol.bad_number", "base_version"),
        (lambda r: r.update(base_version=-1), "protocol.bad_number", "base_version"),
        (lambda r: r.update(fields=[1]), "protocol.wrong_type", "fields"),
        (lambda r: r.update(fields={"x": "y" * (p.MAX_TEXT_LENGTH + 1)}), "protocol.too_large",
         "fields.x"),
        (lambda r: r.update(fields={"x": {"nested": 1}}), "protocol.bad_value", "fields.x"),
        (lambda r: r.update(fields={"x": [[1]]}), "protocol.bad_value", "fields.x"),
        (lambda r: r.update(fields={"x": float("nan")}), "protocol.bad_value", "fields.x"),
        (lambda r: r.update(fields={"x": 2**70}), "protocol.too_large", "fields.x"),
        (lambda r: r.update(fields={"bad name; drop": 1}), "protocol.bad_name", "fields"),
        (lambda r: r.update(fields={f"f{i}": 1 for i in range(p.MAX_FIELDS + 1)}),
         "protocol.too_large", "fields"),
    ],
)
def test_bad_change_gives_a_clear_coded_error(mutate, code, where):
    raw = _change().to_json()
    mutate(raw)
    with pytest.raises(p.ProtocolError) as caught:
        p.Change.from_json(raw)
    assert caught.value.code == code
    assert where in caught.value.path


def test_batch_limits_and_commune():
    raw = _batch(1).to_json()
    raw["changes"] = raw["changes"] * (p.MAX_BATCH_CHANGES + 1)
    with pytest.raises(p.ProtocolError, match="at most 500"):
        p.PushBatch.from_json(raw)
    raw = _batch(1).to_json()
    raw["commune_code"] = "1156"
    with pytest.raises(p.ProtocolError) as caught:
        p.PushBatch.from_json(raw)
    assert caught.value.code == "protocol.bad_commune"
    with pytest.raises(p.ProtocolError, match="expected an object"):
        p.PushBatch.from_json([])


def test_meta_columns_are_dropped_from_values():
    raw = _change().to_json()
    raw["fields"].update(version=9, updated_at="x", server_seq=1)
    assert set(p.Change.from_json(raw).fields) == {"full_name", "dob_estimated"}


def test_bodies_reject_garbage():
    with pytest.raises(p.ProtocolError) as caught:
        p.decode_body(b"not gzip")
    assert caught.value.code == "protocol.bad_body"
    with pytest.raises(p.ProtocolError):
        p.decode_body(b"{nope", encoding="identity")
    with pytest.raises(p.ProtocolError) as caught:
        p.decode_body(p.encode_body({"a": "x" * 2000}), max_size=100)
    assert caught.value.code == "protocol.too_large"
    bomb = gzip.compress(b"[" + b"0," * 5_000_000 + b"0]")
    with pytest.raises(p.ProtocolError) as caught:
        p.decode_body(bomb, max_size=1000)
    assert caught.value.code == "protocol.too_large"
    with pytest.raises(p.ProtocolError, match="truncated"):
        p.decode_body(p.encode_body({"a": 1})[:-8])
    with pytest.raises(p.ProtocolError, match="trailing"):
        p.decode_body(p.encode_body({"a": 1}) + b"junk")
    with pytest.raises(p.ProtocolError, match="unknown content coding"):
        p.decode_body(b"{}", encoding="br")


def test_zstd_bodies_read_as_gzip_ones_and_reject_the_same_garbage():
    message = {"full_name": "Nguyễn Thị Ánh", "n": [1, 2], "text": "x" * 5000}
    packed = p.compress_body(orjson.dumps(message), "zstd")
    assert p.decode_body(packed, encoding="zstd") == message
    assert len(packed) < len(p.encode_body(message)) * 2
    for bad, code in (
        (b"not zstd at all", "protocol.bad_body"),
        (packed[:-6], "protocol.bad_body"),  # truncated
        (packed + packed, "protocol.bad_body"),  # a second frame behind the first
        (p.compress_body(b"[" + b"0," * 5_000_000 + b"0]", "zstd"), "protocol.too_large"),
    ):
        with pytest.raises(p.ProtocolError) as caught:
            p.decode_body(bad, encoding="zstd", max_size=100_000)
        assert caught.value.code == code


def test_wire_values_are_canonical():
    local = datetime(2026, 3, 1, 7, 0, tzinfo=timezone(timedelta(hours=7)))
    assert p.wire_value(local) == "2026-03-01T00:00:00.000000Z"
    assert p.wire_value(date(2026, 3, 1)) == "2026-03-01"
    assert p.parse_wire_datetime("2026-03-01T00:00:00.000000Z") == datetime(2026, 3, 1,
                                                                           tzinfo=UTC)
    with pytest.raises(p.ProtocolError):
        p.parse_wire_datetime("2026-03-01T00:00:00")
    with pytest.raises(p.ProtocolError):
        p.wire_value(object())


def test_checksum_is_order_independent_and_sensitive():
    rows = [(_id(), i + 1, False, {"full_name": f"Trẻ {i}", "n": i}) for i in range(20)]
    one = p.table_checksum("child", rows)
    two = p.table_checksum("child", list(reversed(rows)))
    assert one == two and one.count == 20 and len(one.checksum) == 64
    changed = [*rows[:-1], (rows[-1][0], rows[-1][1], False, {"full_name": "Trẻ 19", "n": 0})]
    assert p.table_checksum("child", changed).checksum != one.checksum
    bumped = [*rows[:-1], (rows[-1][0], rows[-1][1] + 1, False, rows[-1][3])]
    assert p.table_checksum("child", bumped).checksum != one.checksum
    gone = [*rows[:-1], (rows[-1][0], rows[-1][1], True, rows[-1][3])]
    assert p.table_checksum("child", gone).checksum != one.checksum
    # Key order and meta columns do not matter; NFD and NFC text after cleaning is equal.
    a = p.row_digest("r", 1, False, {"a": 1, "b": "x", "version": 5})
    assert a == p.row_digest("r", 1, False, {"b": "x", "a": 1})
    assert p.table_checksum("child", []).checksum == "0" * 64


def test_synced_tables_cover_every_scope():
    assert {"home_visit", "case_note", "case_event", "audit_event"} == p.APPEND_ONLY_TABLES
    assert not p.LOCAL_ONLY_TABLES & set(p.SYNCED_TABLES)
    for spec in p.SYNCED_TABLES.values():
        if spec.scope == "parent":
            assert spec.parent is not None and spec.parent[1] in p.SYNCED_TABLES
        else:
            assert spec.scope in {"column", "device"}


def test_synced_tables_match_the_register_schema():
    from desktop.storage.schema import Base

    synced = {name for name, table in Base.metadata.tables.items()
              if "server_seq" in table.c and name not in p.LOCAL_ONLY_TABLES}
    assert synced == set(p.SYNCED_TABLES)
    for name, spec in p.SYNCED_TABLES.items():
        columns = Base.metadata.tables[name].c
        if spec.scope == "column":
            assert "commune_code" in columns, name
        elif spec.scope == "parent":
            assert spec.parent[0] in columns, name


def test_canonical_json_is_exactly_the_json_modules_sorted_compact_form() -> None:
    """Checksums already stored were taken over json.dumps's form: it must not change."""
    rng = random.Random(56)
    alphabet = [chr(i) for i in range(0x300)] + list("ăâđêôơưệỹỵĐ\u2028\u2029\ufeff😀")
    floats = [600000.0, 0.1, 1e16, 1e-05, 1e-7, -0.0, 123.456, 2.5e300, 1e15]
    for round_ in range(300):
        values = {
            f"k{rng.randrange(40)}": rng.choice(
                [
                    None,
                    True,
                    False,
                    rng.randrange(-(2**63) + 1, 2**63),
                    "".join(rng.choice(alphabet) for _ in range(rng.randrange(12))),
                    ["".join(rng.choice(alphabet) for _ in range(3)) for _ in range(2)],
                    rng.choice(floats),
                    [rng.choice(floats)],
                ]
            )
            for _ in range(rng.randrange(1, 8))
        }
        expected = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert p.canonical_json(values) == expected, round_
