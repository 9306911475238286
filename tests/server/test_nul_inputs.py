"""A NUL character (U+0000) in a request's text gives 400 with its own code, never a 500:
PostgreSQL text cannot hold it, so before this check a login, an enrolment or a snapshot page
with one failed inside the database. The real server on SQLite and PostgreSQL."""

import socket
from urllib.parse import urlparse

import pytest
import requests
from sqlalchemy import func, select

from desktop import protocol as p
from server import models as m
from tests.helpers.live_server import PASSWORD
from tests.server.client import VERSION_HEADERS, login


def _refused(answer: requests.Response, field: str) -> None:
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert body["code"] == "request.nul_character"
    assert f"«{field}»" in body["message"] and "Hãy " in body["message"]


@pytest.mark.parametrize(("username", "password"), [("cb\x00admin", PASSWORD),
                                                    ("\x00", PASSWORD),
                                                    ("cb-thu", "mat\x00khau")],
                         ids=["username", "only-nul", "password"])
def test_login_with_a_nul_is_refused(live_server, username, password):
    answer = login(live_server.url, username, password)
    _refused(answer, "username" if "\x00" in username else "password")


def test_enrolment_with_a_nul_in_the_device_name_is_refused(live_server, commune):
    username = live_server.new_officer(commune)
    token = login(live_server.url, username, PASSWORD).json()["access_token"]
    answer = requests.post(live_server.url + p.PATH_ENROL,
                           json={"commune_code": commune, "device_name": "PC\x00 xã"},
                           headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"},
                           timeout=30)
    _refused(answer, "device_name")
    with live_server.engine.connect() as conn:
        made = conn.execute(select(func.count()).select_from(m.device)
                            .where(m.device.c.commune_code == commune)).scalar_one()
    assert made == 0


@pytest.mark.parametrize("token", ["child/\x00", "\x00", "ch\x00ild/0190"],
                         ids=["row-id", "alone", "table"])
def test_a_snapshot_page_token_with_a_nul_is_refused(commune, device_factory, token):
    device = device_factory(commune)
    device.push(device.new("child", {"full_name": "Trẻ Một"}))
    _refused(device.post(p.PATH_SNAPSHOT, {"page_token": token, "cursor": 0, "limit": 10}),
             "page_token")
    assert device.snapshot()[0]  # the ordinary snapshot still answers


def test_every_other_input_with_a_nul_is_a_400_not_a_500(commune, device_factory):
    device = device_factory(commune)
    change = device.new("child", {"full_name": "Trẻ Hai"}).to_json()
    batch = {"batch_id": device.batch().batch_id,
             "device_id": device.device_id, "commune_code": device.commune,
             "changes": [{**change, "device_time": "2026-01-01T00:00:00\x00Z"}]}
    _refused(device.post(p.PATH_PUSH, batch), "device_time")
    for path, body in ((p.PATH_ROWS, {"table": "child", "row_ids": ["\x00" * 36]}),
                       (p.PATH_ROWS, {"table": "ch\x00ild", "row_ids": []}),
                       (p.PATH_PUSH, {**batch, "batch_id": "\x00" * 36}),
                       (p.PATH_PUSH, {**batch, "commune_code": "0\x00000"})):
        answer = device.post(path, body)
        assert answer.status_code == 400 and answer.json()["code"] == "request.invalid", path
    assert device.pull().rows == []
    # A header is refused by the HTTP layer itself.
    url = urlparse(device.base_url)
    headers = {**device.headers(), p.HEADER_DEVICE_ID: "ab\x00cd", "Host": url.netloc,
               "Connection": "close"}
    request = f"GET {p.PATH_CHECKSUMS} HTTP/1.1\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    with socket.create_connection((url.hostname, url.port), timeout=30) as sock:
        sock.sendall(request.encode("utf-8"))
        assert sock.recv(64).startswith(b"HTTP/1.1 400 ")


def test_a_nul_inside_a_rows_text_is_data_and_stored(commune, device_factory):
    one, two = device_factory(commune), device_factory(commune)
    change = one.new("child", {"full_name": "Trẻ\x00Ba"})
    assert one.push(change).results[0].fate == "applied"
    two.sync_down()
    assert two.rows[("child", change.row_id)].values["full_name"] == "Trẻ\x00Ba"
