"""A result printed directly is the same JSON as the result's own to_json, compact."""

import json
import uuid

import pytest

from desktop.protocol import ChangeResult, Conflict
from server.push import result_json


def _compact(result: ChangeResult) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False, separators=(",", ":"))


def _conflict() -> Conflict:
    return Conflict(str(uuid.uuid4()), "child", str(uuid.uuid4()),
                    {"notes": {"base": "a", "server": "b", "device": "c"}}, 2,
                    str(uuid.uuid4()), str(uuid.uuid4()))


@pytest.mark.parametrize("result", [
    ChangeResult(str(uuid.uuid4()), "applied", 17, 1),
    ChangeResult(str(uuid.uuid4()), "applied", None, 1),
    ChangeResult(str(uuid.uuid4()).upper(), "applied", 3, 2),
    ChangeResult(str(uuid.uuid4()), "merged", 5, 3, code="sync.edit_beats_delete",
                 row={"full_name": "Trần Thị Bích"}),
    ChangeResult(str(uuid.uuid4()), "rejected", code="sync.scope", reason="Ngoài phạm vi xã"),
    ChangeResult(str(uuid.uuid4()), "conflict", 9, 4, row={"notes": "b"}, conflict=_conflict()),
    ChangeResult(str(uuid.uuid4()), "duplicate", 8, 1, code="sync.duplicate.applied"),
])
def test_result_json_matches_to_json(result: ChangeResult) -> None:
    assert result_json(result) == _compact(result)
