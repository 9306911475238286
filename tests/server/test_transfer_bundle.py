"""Case transfer between communes, and offline bundles imported with exactly-once effect."""

import base64

import requests

from desktop import protocol as p
from server.bundles import open_answer, seal_bundle
from tests.server.client import new_id


def _case_with_history(device):
    child, case, plan = new_id(), new_id(), new_id()
    ids = {"child": child, "case_file": case, "support_plan": plan}
    device.push(
        device.new("child", {"full_name": "Vũ Minh"}, row_id=child),
        device.new("carer", {"child_id": child, "full_name": "Mẹ"}, row_id=(carer := new_id())),
        device.new("case_file", {"code": "03/2026", "child_id": child, "stage": "lap_ke_hoach"},
                   row_id=case),
        device.new("case_note", {"case_id": case, "text": "Ghi chép"}, row_id=(note := new_id())),
        device.new("home_visit", {"child_id": child, "case_id": case},
                   row_id=(visit := new_id())),
        device.new("support_plan", {"case_id": case, "version_no": 1}, row_id=plan),
        device.new("plan_task", {"plan_id": plan, "task": "Học bổng"}, row_id=(task := new_id())),
    )
    ids.update(carer=carer, case_note=note, home_visit=visit, plan_task=task)
    return ids


def test_a_transferred_case_moves_with_its_history_after_pending_changes(live_server, pair,
                                                                         device_factory):
    sender, sender_peer = pair
    receiver = device_factory(live_server.new_commune())
    ids = _case_with_history(sender)
    sender_peer.sync_down()
    late_note = new_id()
    results = sender.push(
        sender.change("case_file", ids["case_file"], {"stage": "chuyen"},
                      base={"stage": "lap_ke_hoach"}, base_version=1),
        sender.change("case_file", ids["case_file"], {"commune_code": receiver.commune},
                      base={"commune_code": sender.commune}, base_version=2),
        # Sent in the same batch after the transfer op: still travels with the case.
        sender.new("case_note", {"case_id": ids["case_file"], "text": "Bàn giao"},
                   row_id=late_note),
    ).results
    assert [r.fate for r in results] == ["applied", "applied", "applied"]
    receiver.sync_down()
    moved = {t: r for (t, _), r in receiver.rows.items()}
    assert set(moved) == {"child", "carer", "case_file", "case_note", "home_visit",
                          "support_plan", "plan_task"}
    assert receiver.rows[("case_file", ids["case_file"])].values["commune_code"] == \
        receiver.commune
    assert receiver.rows[("case_file", ids["case_file"])].values["stage"] == "chuyen"
    assert receiver.rows[("child", ids["child"])].values["commune_code"] == receiver.commune
    assert ("case_note", late_note) in receiver.rows
    # The sending commune's PCs are told the rows left, and no longer see or edit them.
    sender_peer.sync_down()
    assert sender_peer.rows == {}
    # A colleague's note written before the transfer, sent after it: it joins the case.
    written_before = sender_peer.push(sender_peer.new(
        "case_note", {"case_id": ids["case_file"], "text": "Ghi trước khi chuyển"},
        row_id=(colleague_note := new_id()))).results[0]
    assert written_before.fate == "applied"
    receiver.sync_down()
    assert ("case_note", colleague_note) in receiver.rows
    sender_peer.sync_down()
    assert sender_peer.rows == {}
    refused = sender.push(sender.change("case_file", ids["case_file"], {"stage": "ket_thuc"},
                                        base={"stage": "chuyen"}, base_version=3)
                          ).results[0]
    assert refused.code == "sync.scope"
    assert {t.table: t for t in receiver.checksums().tables} == receiver.local_checksums()


def test_transfer_to_an_unknown_commune_is_rejected_and_nothing_moves(pair):
    sender, peer = pair
    ids = _case_with_history(sender)
    result = sender.push(sender.change("case_file", ids["case_file"], {"commune_code": "00000"},
                                       base={"commune_code": sender.commune},
                                       base_version=1)).results[0]
    assert result.fate == "rejected" and result.code == "sync.unknown_commune"
    peer.sync_down()
    assert len(peer.rows) == 7


def _bundle_key(server) -> str:
    answer = requests.get(server.url + p.PATH_BUNDLE_KEY,
                          headers={p.HEADER_PROTOCOL: "1", p.HEADER_SCHEMA: "1"}, timeout=10)
    assert len(base64.b64decode(answer.json()["public_key"])) == 32
    return answer.json()["public_key"]


def test_an_offline_bundle_is_imported_once_and_answered(live_server, pair, device_factory):
    island, peer = pair
    peer_change = peer.new("child", {"full_name": "Từ máy khác"})
    peer.push(peer_change)
    changes = [island.new("child", {"full_name": f"Đảo {i}"}) for i in range(3)]
    content = p.BundleContent(island.device_id, island.secret, 0, island.batch(*changes))
    data, shared = seal_bundle(_bundle_key(live_server), content)
    carrier = device_factory(live_server.new_commune())  # a connected PC elsewhere carries it
    headers = {**carrier.headers(), "Content-Type": "application/octet-stream"}
    answers = [requests.post(live_server.url + p.PATH_BUNDLE_IMPORT, data=data, headers=headers,
                             timeout=60) for _ in range(2)]
    assert [a.status_code for a in answers] == [200, 200]
    first, second = (open_answer(shared, a.content) for a in answers)
    assert [r.fate for r in first.reply.results] == ["applied"] * 3
    assert second.reply == first.reply
    pulled = {r.row_id for page in first.pages for r in page.rows}
    assert peer_change.row_id in pulled and {c.row_id for c in changes} <= pulled
    peer.sync_down()
    assert len([k for k in peer.rows if k[0] == "child"]) == 4
    # Only the island PC can read its answer; a damaged bundle is refused clearly.
    broken = requests.post(live_server.url + p.PATH_BUNDLE_IMPORT, data=data[:-5] + b"xxxxx",
                           headers=headers, timeout=60)
    assert broken.status_code == 400 and broken.json()["code"] == "bundle.unreadable"
