"""Push on a live server: applied once, replays without duplicates, lost answers retried."""

import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

from sqlalchemy import func, select

from desktop import protocol as p
from server import models as m


def _child(device, **fields):
    return device.new("child", {"full_name": "Nguyễn Văn An", "sex": "nam", **fields})


def _log_entries(server, row_id):
    with server.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.change_log)
                            .where(m.change_log.c.row_id == row_id)).scalar_one()


def test_push_is_applied_and_pulled_by_the_other_pc(pair):
    one, two = pair
    change = _child(one)
    reply = one.push(change)
    (result,) = reply.results
    assert result.fate == "applied" and result.version == 1 and result.server_seq
    two.sync_down()
    row = two.rows[("child", change.row_id)]
    assert row.values["full_name"] == "Nguyễn Văn An" and row.version == 1 and not row.deleted


def test_same_batch_replayed_50_times_at_once_has_one_effect(live_server, pair):
    one, two = pair
    changes = [_child(one, full_name=f"Trẻ {i}") for i in range(20)]
    batch = one.batch(*changes)

    def send(_):
        answer = one.push_raw(batch)
        return answer.status_code, answer.json()

    with ThreadPoolExecutor(max_workers=25) as pool:
        answers = list(pool.map(send, range(50)))
    assert {status for status, _ in answers} == {200}
    first = answers[0][1]
    assert all(body == first for _, body in answers)
    assert {r["fate"] for r in first["results"]} == {"applied"}
    two.sync_down()
    assert len([k for k in two.rows if k[0] == "child"]) == 20
    for change in changes:
        assert two.rows[("child", change.row_id)].version == 1
        assert _log_entries(live_server, change.row_id) == 1


def _send_and_drop_the_answer(device, batch):
    """Send the push over a raw socket and close it without reading: a lost response."""
    url = urlparse(device.base_url)
    body = p.encode_body(batch)
    headers = {**device.headers(), "Content-Encoding": "gzip",
               "Content-Type": "application/json", "Content-Length": str(len(body)),
               "Host": url.netloc, "Connection": "close"}
    request = f"POST {p.PATH_PUSH} HTTP/1.1\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    with socket.create_connection((url.hostname, url.port), timeout=30) as sock:
        sock.sendall(request.encode("latin-1") + body)
        sock.recv(1)  # the server has answered; this side "loses" the rest of it


def test_lost_response_then_retry_has_exactly_one_effect(live_server, pair):
    one, two = pair
    change = _child(one)
    batch = one.batch(change)
    _send_and_drop_the_answer(one, batch)
    retry = one.push_raw(batch)
    assert retry.status_code == 200
    (result,) = p.PushReply.from_json(retry.json()).results
    assert result.fate == "applied"
    # The same op in a new batch (the outbox resent it) is a duplicate with its first result.
    again = one.push(change).results[0]
    assert again.fate == "duplicate" and again.server_seq == result.server_seq
    assert again.code == "sync.duplicate.applied"
    two.sync_down()
    assert two.rows[("child", change.row_id)].version == 1
    assert _log_entries(live_server, change.row_id) == 1


def test_an_op_twice_in_one_batch_counts_once(pair):
    one, _ = pair
    change = _child(one)
    results = one.push(change, change).results
    assert [r.fate for r in results] == ["applied", "duplicate"]


def test_push_of_a_batch_for_another_commune_or_device_is_refused(live_server, pair):
    one, two = pair
    batch = one.batch(_child(one))
    batch.commune_code = live_server.new_commune()
    answer = one.push_raw(batch)
    assert answer.status_code == 403 and answer.json()["code"] == "auth.scope"
    stolen = two.batch(_child(two))
    answer = one.push_raw(stolen)
    assert answer.status_code == 403


def test_changes_made_on_another_device_are_rejected_not_dropped(pair):
    one, two = pair
    change = _child(two)
    (result,) = one.push(change).results
    assert result.fate == "rejected" and result.code == "sync.device_mismatch"
    assert result.reason


def test_concurrent_pushes_from_two_pcs_lose_nothing(live_server, pair):
    one, two = pair
    sent = {dev.device_id: [_child(dev, full_name=f"Trẻ {i}") for i in range(40)]
            for dev in (one, two)}

    def push(device):
        for i in range(0, 40, 10):
            assert {r.fate for r in device.push(*sent[device.device_id][i:i + 10]).results} \
                == {"applied"}

    threads = [threading.Thread(target=push, args=(d,)) for d in (one, two)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    one.sync_down()
    ids = {c.row_id for changes in sent.values() for c in changes}
    assert ids <= {row_id for _, row_id in one.rows}
    seqs = [row.server_seq for row in one.rows.values()]
    assert len(seqs) == len(set(seqs)) == 80


def test_a_push_in_zstd_is_read_like_one_in_gzip_and_answers_name_both(pair):
    one, two = pair
    batch = one.batch(_child(one, full_name="Đặng Thị Ánh Tuyết"))
    answer = one.session.post(
        one.base_url + p.PATH_PUSH, data=p.encode_body(batch, p.ZSTD), timeout=60,
        headers={**one.headers(), "Content-Encoding": "zstd", "Content-Type": "application/json",
                 p.HEADER_IDEMPOTENCY: batch.batch_id})
    assert answer.status_code == 200, answer.text
    assert answer.headers["Accept-Encoding"] == "zstd, gzip"
    assert [r.fate for r in p.PushReply.from_json(answer.json()).results] == ["applied"]
    two.sync_down()
    (row,) = [r for (t, _), r in two.rows.items() if t == "child"]
    assert row.values["full_name"] == "Đặng Thị Ánh Tuyết"
    # A cut zstd body and a coding the server does not read are refused, and nothing lands.
    for coding, body in (("zstd", p.encode_body(one.batch(_child(one)), p.ZSTD)[:-5]),
                         ("br", p.encode_body(one.batch(_child(one)), p.ZSTD))):
        refused = one.session.post(
            one.base_url + p.PATH_PUSH, data=body, timeout=60,
            headers={**one.headers(), "Content-Encoding": coding})
        assert refused.status_code == 400 and refused.json()["code"] == "request.invalid"
    two.sync_down()
    assert len([k for k in two.rows if k[0] == "child"]) == 1
