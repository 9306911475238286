"""Quick readers accept exactly what the checked ones accept, and name the same field."""

import unicodedata
import uuid

import pytest

from desktop import protocol as p


def _change(**fields: object) -> dict[str, object]:
    row_id = str(uuid.uuid4())
    return {"op_id": str(uuid.uuid4()), "table": "child", "row_id": row_id, "kind": "upsert",
            "fields": {"id": row_id, "full_name": "Nguyễn Văn An", "dob_estimated": False,
                       "birth_year": 2015, "height": 1.25, **fields},
            "base": {}, "base_version": 0, "device_id": str(uuid.uuid4())}


def _batch(changes: list[dict[str, object]]) -> dict[str, object]:
    return {"batch_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()),
            "commune_code": "01234", "changes": changes}


def _refusal(raw: object) -> p.ProtocolError:
    with pytest.raises(p.ProtocolError) as caught:
        p.PushBatch.from_json(raw)
    return caught.value


@pytest.mark.parametrize(("bad", "code", "where"), [
    ({"notes": "x" * (p.MAX_TEXT_LENGTH + 1)}, "protocol.too_large", "notes"),
    ({"birth_year": p.MAX_INT + 1}, "protocol.too_large", "birth_year"),
    ({"height": float("nan")}, "protocol.bad_value", "height"),
    ({"tags": [["nested"]]}, "protocol.bad_value", "tags"),
    ({"tags": ["a", {"b": 1}]}, "protocol.bad_value", "tags[1]"),
    ({"bad-name": 1}, "protocol.bad_name", "bad-name"),
    ({"other": {"a": 1}}, "protocol.bad_value", "other"),
])
def test_a_bad_value_deep_in_a_batch_is_named(bad: dict[str, object], code: str,
                                               where: str) -> None:
    changes = [_change() for _ in range(5)]
    changes[3] = _change(**bad)
    error = _refusal(_batch(changes))
    assert (error.code, error.path) == (code, f"PushBatch.changes[3].fields.{where}")


def test_a_missing_or_wrong_field_is_named() -> None:
    changes = [_change() for _ in range(3)]
    del changes[1]["row_id"]
    error = _refusal(_batch(changes))
    assert (error.code, error.path) == ("protocol.missing_field", "PushBatch.changes[1].row_id")
    changes = [_change() for _ in range(3)]
    changes[2]["kind"] = "explode"
    error = _refusal(_batch(changes))
    assert (error.code, error.path) == ("protocol.bad_kind", "PushBatch.changes[2].kind")
    error = _refusal(_batch("not a list"))
    assert (error.code, error.path) == ("protocol.wrong_type", "PushBatch.changes")
    error = _refusal([])
    assert (error.code, error.path) == ("protocol.wrong_type", "PushBatch")


def test_a_nested_message_error_keeps_its_path() -> None:
    row = {"table": "child", "row_id": str(uuid.uuid4()), "server_seq": 1, "version": 1,
           "deleted": False, "values": {"full_name": 7.5, "x": [1, float("inf")]}}
    with pytest.raises(p.ProtocolError) as caught:
        p.SnapshotPage.from_json({"rows": [row], "cursor": 1, "next_page_token": "",
                                  "has_more": False})
    assert caught.value.code == "protocol.bad_value"
    assert caught.value.path == "SnapshotPage.rows[0].values.x[1]"


def test_text_is_normalised_and_bookkeeping_dropped() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    batch = p.PushBatch.from_json(_batch([_change(full_name=decomposed, version=3)]))
    fields = batch.changes[0].fields
    assert fields["full_name"] == unicodedata.normalize("NFC", decomposed)
    assert "id" not in fields and "version" not in fields
    assert fields["height"] == 1.25 and fields["dob_estimated"] is False


def test_optional_defaults_are_not_shared() -> None:
    raw = {"rows": [], "next_cursor": 0, "has_more": False}
    first, second = p.PullPage.from_json(raw), p.PullPage.from_json(raw)
    first.conflicts.append("x")
    assert second.conflicts == []
