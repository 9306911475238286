"""One username, one account in a commune; the commune's officer rows for a PC's first sync."""

import requests

from desktop import protocol as p
from tests.helpers.live_server import LiveServer
from tests.server.client import Device, new_id


def _officer(device: Device, username: str, full_name: str = "Trần Thị Mai") -> p.Change:
    return device.change(
        "officer",
        new_id(),
        {
            "commune_code": device.commune,
            "full_name": full_name,
            "username": username,
            "role": "can_bo",
            "active": True,
        },
    )


def _officers(device: Device) -> p.RowsReply:
    answer = requests.get(device.base_url + p.PATH_OFFICERS, headers=device.headers(), timeout=30)
    assert answer.status_code == 200, answer.text
    return p.RowsReply.from_json(answer.json())


def test_item8_a_second_account_of_a_username_in_a_commune_is_refused(
    pair: tuple[Device, Device], device_factory, live_server: LiveServer
) -> None:
    a, b = pair
    first = _officer(a, "tran.thi.mai")
    assert a.push(first).results[0].fate == "applied"
    twin = _officer(b, "tran.thi.mai")
    colleague = _officer(b, "le.van.tam", "Lê Văn Tám")
    fates = {r.op_id: (r.fate, r.code) for r in b.push(twin, colleague).results}
    assert fates[twin.op_id] == ("rejected", "sync.officer_exists")
    assert fates[colleague.op_id][0] == "applied"
    # Renaming an account onto a taken username is refused too; any other edit is not.
    rename = b.change(
        "officer",
        colleague.row_id,
        {"username": "tran.thi.mai"},
        base={"username": "le.van.tam"},
        base_version=1,
    )
    assert b.push(rename).results[0].code == "sync.officer_exists"
    edit = b.change(
        "officer",
        colleague.row_id,
        {"full_name": "Lê Văn Tâm"},
        base={"full_name": "Lê Văn Tám"},
        base_version=1,
    )
    assert b.push(edit).results[0].fate == "applied"
    # Another commune may have its own tran.thi.mai.
    elsewhere = device_factory(live_server.new_commune())
    assert elsewhere.push(_officer(elsewhere, "tran.thi.mai")).results[0].fate == "applied"
    listed = _officers(b)
    assert sorted(r.values["username"] for r in listed.rows) == ["le.van.tam", "tran.thi.mai"]
    assert {r.row_id for r in listed.rows} == {first.row_id, colleague.row_id}
    assert [r.values["username"] for r in _officers(elsewhere).rows] == ["tran.thi.mai"]
