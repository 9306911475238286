"""Login, tokens, rate limits, enrolment, revoked devices, protocol versions: live server."""

import time

import requests

from desktop import protocol as p
from server import accounts
from server.auth import TokenClaims, issue_token
from tests.helpers.live_server import PASSWORD
from tests.server.client import VERSION_HEADERS, Device, login, new_id


def test_health_and_openapi_answer_without_version_headers(live_server):
    health = requests.get(live_server.url + p.PATH_HEALTH, timeout=10)
    assert health.status_code == 200
    assert health.json()["protocol"] == p.PROTOCOL_VERSION
    assert health.json()["database"] in {"sqlite", "postgresql"}
    document = requests.get(live_server.url + p.PATH_OPENAPI, timeout=10).json()
    for path in (p.PATH_LOGIN, p.PATH_ENROL, p.PATH_PUSH, p.PATH_PULL, p.PATH_SNAPSHOT,
                 p.PATH_CHECKSUMS, p.PATH_ROWS, p.PATH_BUNDLE_IMPORT, p.PATH_HEALTH):
        assert path in document["paths"], path
    push = document["paths"][p.PATH_PUSH]["post"]["requestBody"]["content"]["application/json"]
    assert push["schema"]["$ref"].endswith("/PushBatch")
    batch = document["components"]["schemas"]["PushBatch"]
    assert set(batch["required"]) == {"batch_id", "device_id", "commune_code", "changes"}
    assert "Change" in document["components"]["schemas"]


def test_login_gives_a_token_that_enrols_a_device(live_server, commune):
    username = live_server.new_officer(commune)
    answer = login(live_server.url, username, PASSWORD)
    assert answer.status_code == 200
    reply = p.LoginReply.from_json(answer.json())
    assert reply.role == "officer" and reply.commune_code == commune
    assert 0 < reply.expires_in <= 3600
    device = Device.enrol(live_server.url, username, PASSWORD, commune)
    assert device.pull().rows == []


def test_wrong_password_and_unknown_user_get_the_same_answer(live_server, commune):
    username = live_server.new_officer(commune)
    wrong = login(live_server.url, username, PASSWORD + "x")
    nobody = login(live_server.url, "khong.co.ai", PASSWORD)
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.json() == nobody.json()
    assert wrong.json()["code"] == "auth.bad_credentials"
    assert "mật khẩu" in wrong.json()["message"]


def test_repeated_failures_are_rate_limited_with_retry_after(live_server, commune):
    username = live_server.new_officer(commune)
    codes = [login(live_server.url, username, "sai-mat-khau").status_code for _ in range(5)]
    assert codes == [401] * 5
    limited = login(live_server.url, username, PASSWORD)  # even the right password waits
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    assert limited.json()["code"] == "auth.rate_limited"
    other = live_server.new_officer(commune)
    assert login(live_server.url, other, PASSWORD).status_code == 200


def _sync_headers(device: Device, token: str) -> dict[str, str]:
    return {**device.headers(), "Authorization": f"Bearer {token}"}


def test_expired_and_forged_tokens_are_refused(live_server, device_factory, commune):
    device = device_factory(commune)
    secret = accounts.token_secret(live_server.engine)
    claims = TokenClaims("x", "officer", commune, int(time.time()) - 1)
    expired = issue_token(secret, claims)
    answer = requests.post(live_server.url + p.PATH_PULL, json={},
                           headers=_sync_headers(device, expired), timeout=10)
    assert answer.status_code == 401 and answer.json()["code"] == "auth.expired"
    forged = issue_token(b"not the server secret", claims.__class__(
        "x", "officer", commune, int(time.time()) + 600))
    answer = requests.post(live_server.url + p.PATH_PULL, json={},
                           headers=_sync_headers(device, forged), timeout=10)
    assert answer.status_code == 401 and answer.json()["code"] == "auth.bad_token"
    answer = requests.post(live_server.url + p.PATH_PULL, json={}, headers=VERSION_HEADERS,
                           timeout=10)
    assert answer.status_code == 401 and answer.json()["code"] == "auth.missing_token"


def test_a_short_lived_token_expires_on_a_real_clock(tmp_path, commune, live_server):
    from tests.helpers.live_server import LiveServer

    short = LiveServer.start(live_server.db_url, tmp_path, token_ttl=1)
    try:
        device = Device.enrol(short.url, live_server.new_officer(commune), PASSWORD, commune)
        assert device.pull().rows == []
        time.sleep(2.1)
        answer = device.post(p.PATH_PULL, p.PullRequest())
        assert answer.status_code == 401 and answer.json()["code"] == "auth.expired"
    finally:
        short.stop()


def test_enrolment_is_bound_to_the_officers_commune(live_server, commune):
    other = live_server.new_commune()
    username = live_server.new_officer(commune)
    token = login(live_server.url, username, PASSWORD).json()["access_token"]
    answer = requests.post(live_server.url + p.PATH_ENROL, json={"commune_code": other},
                           headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"},
                           timeout=10)
    assert answer.status_code == 403 and answer.json()["code"] == "auth.scope"


def test_revoked_device_is_refused_with_a_clear_message(live_server, device_factory, commune):
    device = device_factory(commune)
    assert device.pull().rows == []
    assert accounts.revoke_device(live_server.engine, device.device_id)
    answer = device.post(p.PATH_PULL, p.PullRequest())
    assert answer.status_code == 403
    assert answer.json()["code"] == "device.revoked"
    assert "thu hồi" in answer.json()["message"]
    assert device.push_raw(device.batch()).status_code == 403


def test_wrong_device_secret_is_refused(live_server, device_factory, commune):
    device = device_factory(commune)
    device.secret = "sai"
    answer = device.post(p.PATH_PULL, p.PullRequest())
    assert answer.status_code == 401 and answer.json()["code"] == "device.unknown"


def test_old_or_missing_protocol_gets_a_readable_426(live_server, device_factory, commune):
    device = device_factory(commune)
    for value in ("0", "", "abc"):
        answer = requests.post(live_server.url + p.PATH_PULL, json={},
                               headers={**device.headers(), p.HEADER_PROTOCOL: value},
                               timeout=10)
        assert answer.status_code == 426, value
        body = p.ErrorBody.from_json(answer.json())
        assert body.code == "protocol.unsupported"
        assert "cài bản mới" in body.message
    newer = requests.post(live_server.url + p.PATH_PULL, json={}, timeout=10,
                          headers={**device.headers(),
                                   p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION + 1)})
    assert newer.status_code == 426 and newer.json()["code"] == "protocol.server_older"
    assert "mới hơn máy chủ" in newer.json()["message"]
    answer = requests.post(live_server.url + p.PATH_LOGIN, json={},
                           headers={p.HEADER_PROTOCOL: "1", p.HEADER_SCHEMA: "99"}, timeout=10)
    assert answer.status_code == 426


def test_bad_bodies_get_coded_400_answers(live_server, device_factory, commune):
    device = device_factory(commune)
    answer = requests.post(live_server.url + p.PATH_PUSH, data=b"\x1f\x8bjunk",
                           headers={**device.headers(), "Content-Encoding": "gzip"}, timeout=10)
    assert answer.status_code == 400 and answer.json()["code"] == "request.invalid"
    raw = device.batch(device.change("child", "x" * 36, {})).to_json()
    answer = device.post(p.PATH_PUSH, raw)
    assert answer.status_code == 400
    assert "protocol.bad_id" in answer.json()["message"]
    too_many = device.batch(*[device.change("child", new_id(), {})
                              for _ in range(p.MAX_BATCH_CHANGES + 1)]).to_json()
    answer = device.post(p.PATH_PUSH, too_many)
    assert answer.status_code == 400 and "protocol.too_large" in answer.json()["message"]
    huge = device.batch(device.change("child", new_id(), {"notes": "x" * (p.MAX_TEXT_LENGTH + 1)}))
    answer = device.post(p.PATH_PUSH, huge.to_json())
    assert answer.status_code == 400 and "fields.notes" in answer.json()["message"]
    wrong_type = device.batch(device.change("child", new_id(), {})).to_json()
    wrong_type["changes"][0]["fields"] = {"notes": {"nested": "object"}}
    answer = device.post(p.PATH_PUSH, wrong_type)
    assert answer.status_code == 400 and "protocol.bad_value" in answer.json()["message"]
    assert device.pull().rows == []  # nothing of a refused batch was kept


def test_logs_are_json_and_carry_no_child_data(live_server, device_factory, commune):
    device = device_factory(commune)
    name = "Phạm Thị Bí Mật"
    device.push(device.new("child", {"full_name": name}))
    text = live_server.logs()
    assert '"event": "push"' in text
    assert name not in text and "Bí Mật" not in text
