"""Login limits that hold: reserved in the database before Argon2, per account and per account
and address, client addresses from trusted proxies only, deactivated accounts' tokens refused."""

import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from desktop import protocol as p
from server import cli
from server import models as m
from server.asgi import DB_ENV, TOKEN_TTL_ENV, TRUSTED_PROXIES_ENV
from server.errors import ApiError
from server.login_limits import LoginLimiter
from tests.helpers.live_server import PASSWORD, LiveServer
from tests.server.client import VERSION_HEADERS, Device

WRONG = "sai-mat-khau-0000"


def _login(url: str, username: str, password: str = WRONG,
           forwarded: str | None = None) -> requests.Response:
    headers = dict(VERSION_HEADERS)
    if forwarded is not None:
        headers["X-Forwarded-For"] = forwarded
    return requests.post(url + p.PATH_LOGIN, json={"username": username, "password": password},
                         headers=headers, timeout=120)


def _at_once(count: int, send: Callable[[int], requests.Response]) -> list[int]:
    """`count` requests sent together (one thread each); their status codes."""
    with ThreadPoolExecutor(count) as pool:
        return [answer.status_code for answer in pool.map(send, range(count))]


def _trusting_proxy(live_server: LiveServer, folder) -> LiveServer:
    return LiveServer.start(live_server.db_url, folder, extra=("--trusted-proxy", "127.0.0.1"))


def test_thirty_wrong_passwords_at_once_get_five_checks(live_server, commune):
    username = live_server.new_officer(commune)
    codes = _at_once(30, lambda _i: _login(live_server.url, username))
    assert codes.count(401) == 5 and codes.count(429) == 25, codes
    refused = _login(live_server.url, username, PASSWORD)  # the right one waits too
    assert refused.status_code == 429 and refused.json()["code"] == "auth.rate_limited"
    assert 0 < int(refused.headers["Retry-After"]) <= 300


def test_two_server_processes_on_one_database_share_the_limit(live_server, commune, tmp_path):
    second = LiveServer.start(live_server.db_url, tmp_path)
    try:
        username = live_server.new_officer(commune)
        urls = (live_server.url, second.url)
        codes = _at_once(30, lambda i: _login(urls[i % 2], username))
        assert codes.count(401) == 5 and codes.count(429) == 25, codes
        assert _login(second.url, username, PASSWORD).status_code == 429
    finally:
        second.stop()


def test_a_forged_forwarded_for_does_not_escape_the_limit(live_server, commune):
    # No trusted proxy: every request comes from 127.0.0.1, whatever the header says.
    username = live_server.new_officer(commune)
    codes = _at_once(30, lambda i: _login(live_server.url, username,
                                          forwarded=f"198.51.100.{i + 1}"))
    assert codes.count(401) == 5 and codes.count(429) == 25, codes
    late = _login(live_server.url, username, forwarded="203.0.113.250")
    assert late.status_code == 429


def test_a_trusted_proxy_names_the_client_and_each_address_has_its_allowance(
        live_server, commune, tmp_path):
    proxied = _trusting_proxy(live_server, tmp_path)
    try:
        username = live_server.new_officer(commune)

        def codes(address: str, count: int, password: str = WRONG) -> list[int]:
            return [_login(proxied.url, username, password, forwarded=address).status_code
                    for _ in range(count)]

        assert codes("203.0.113.1", 5) == [401] * 5
        assert codes("203.0.113.1", 1) == [429]
        # What the client wrote left of the proxy's entry is not believed: this is .2.
        assert codes("203.0.113.1, 203.0.113.2", 1) == [401]
        assert codes("203.0.113.3", 1, PASSWORD) == [200]  # not a failure, clears only .3
        assert codes("203.0.113.1", 1) == [429]  # .1 still waits
        # Each address keeps its 5 until the account's 20 are used: 6 so far, 14 more.
        assert codes("203.0.113.2", 4) == [401] * 4
        assert codes("203.0.113.4", 5) == [401] * 5
        assert codes("203.0.113.5", 5) == [401] * 5
        assert codes("203.0.113.6", 1) == [429]
        assert codes("203.0.113.7", 1, PASSWORD) == [429]  # the account waits everywhere
        # The account's limit holds on the other server process too.
        assert _login(live_server.url, username, PASSWORD).status_code == 429
    finally:
        proxied.stop()


def test_the_peer_is_the_client_when_it_is_not_a_trusted_proxy(live_server, commune,
                                                                tmp_path):
    # Trusting only 10.0.0.1, a request straight from 127.0.0.1 is its own client: a forged
    # header on each request still lands on one account-and-address counter.
    proxied = LiveServer.start(live_server.db_url, tmp_path,
                               extra=("--trusted-proxy", "10.0.0.1"))
    try:
        username = live_server.new_officer(commune)
        codes = [_login(proxied.url, username, forwarded=f"198.51.100.{i}").status_code
                 for i in range(6)]
        assert codes == [401] * 5 + [429]
    finally:
        proxied.stop()


def test_one_addresss_failures_do_not_lock_other_accounts(postgresql_server):
    # Eleven usernames behind one office address each fail five times: 55 failures from one
    # address (the old per-address limit was 50). Each is locked; a colleague is not. Unknown
    # usernames are counted as accounts are, and save an Argon2 hash each. PostgreSQL only:
    # 56 Argon2 checks take a minute on a busy machine, and the counting is the same SQL.
    server = postgresql_server
    usernames = [f"khong.co.{uuid.uuid4().hex[:8]}" for _ in range(11)]

    def five_then_one(username: str) -> list[int]:
        return [_login(server.url, username).status_code for _ in range(6)]

    with ThreadPoolExecutor(4) as pool:
        for codes in pool.map(five_then_one, usernames):
            assert codes == [401] * 5 + [429]
    colleague = server.new_officer(server.new_commune())
    assert _login(server.url, colleague, PASSWORD).status_code == 200


def test_a_success_clears_the_address_count(live_server, commune):
    username = live_server.new_officer(commune)
    assert [_login(live_server.url, username).status_code for _ in range(4)] == [401] * 4
    assert _login(live_server.url, username, PASSWORD).status_code == 200
    codes = [_login(live_server.url, username).status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]


def test_a_deactivated_accounts_token_is_refused_at_once(live_server, commune, capsys):
    username = live_server.new_officer(commune)
    device = Device.enrol(live_server.url, username, PASSWORD, commune)
    assert device.pull().rows == []
    stats = requests.get(live_server.url + p.PATH_STATS, timeout=30,
                         headers={**VERSION_HEADERS, "Authorization": f"Bearer {device.token}"})
    assert stats.status_code == 200

    assert cli.main(["deactivate-account", username, "--db", live_server.db_url]) == 0
    assert "Đã khoá" in capsys.readouterr().out
    answer = device.post(p.PATH_PULL, p.PullRequest())
    assert answer.status_code == 403 and answer.json()["code"] == "auth.account_inactive"
    assert "bị khoá" in answer.json()["message"]
    assert device.push_raw(device.batch()).status_code == 403
    stats = requests.get(live_server.url + p.PATH_STATS, timeout=30,
                         headers={**VERSION_HEADERS, "Authorization": f"Bearer {device.token}"})
    assert stats.status_code == 403 and stats.json()["code"] == "auth.account_inactive"
    assert _login(live_server.url, username, PASSWORD).status_code == 401
    assert cli.main(["deactivate-account", username, "--db", live_server.db_url]) == 1

    assert cli.main(["activate-account", username, "--db", live_server.db_url]) == 0
    assert device.pull().rows == []


def test_a_bad_trusted_proxy_stops_serve_before_it_starts(tmp_path, capsys, monkeypatch):
    # serve hands its settings to the workers through the environment: keep this test's out
    # of every server started after it.
    for name in (DB_ENV, TOKEN_TTL_ENV, TRUSTED_PROXIES_ENV):
        monkeypatch.setenv(name, "")
    code = cli.main(["serve", "--db", str(tmp_path / "s.sqlite3"), "--trusted-proxy",
                     "10.0.0.1,khong-phai-dia-chi"])
    assert code == 2 and "proxy" in capsys.readouterr().err


def _reserve(limiter: LoginLimiter, username: str, address: str) -> int:
    """200 when counted, else the refusal's status (with its Retry-After checked)."""
    try:
        limiter.reserve(username, address)
    except ApiError as exc:
        assert 0 < int(exc.headers["Retry-After"]) <= limiter.window
        return exc.status
    return 200


def test_the_limiter_counts_per_account_and_per_account_and_address(live_server):
    limiter = LoginLimiter(live_server.engine, per_address=2, per_account=3, window=300)
    name, other = f"u{uuid.uuid4().hex}", f"u{uuid.uuid4().hex}"
    assert [_reserve(limiter, name, "1") for _ in range(3)] == [200, 200, 429]
    assert _reserve(limiter, name, "2") == 200  # the account's third
    assert _reserve(limiter, name, "3") == 429  # the account is full, from anywhere
    assert _reserve(limiter, other, "1") == 200  # the address is not
    assert _reserve(limiter, name.upper(), "3") == 429  # one account whatever the case
    limiter.succeeded(limiter.reserve(other, "1"))
    assert [_reserve(limiter, other, "1") for _ in range(3)] == [200, 200, 429]


def test_the_limiter_forgets_ended_windows_and_sweeps_them(live_server):
    limiter = LoginLimiter(live_server.engine, per_address=1, per_account=1, window=0.0)
    name = f"u{uuid.uuid4().hex}"
    assert _reserve(limiter, name, "1") == 200
    assert _reserve(limiter, name, "1") == 200  # the window ended at once
    limiter._swept -= 3600  # as if the last sweep were an hour ago
    keys = limiter.reserve(name, "1")
    with live_server.engine.connect() as conn:
        left = conn.execute(select(func.count()).select_from(m.login_attempt).where(
            m.login_attempt.c.key.in_([keys.account_key, keys.address_key]))).scalar()
    assert left == 0


@pytest.mark.parametrize("header, expected", [
    ("", "10.0.0.1"),
    ("203.0.113.9", "203.0.113.9"),
    ("1.1.1.1, 203.0.113.9", "203.0.113.9"),
    ("203.0.113.9, 10.0.0.2", "203.0.113.9"),  # a second trusted hop is skipped
    ("203.0.113.9:5555", "203.0.113.9"),
    ("[2001:db8::1]:443", "2001:db8::1"),
    ("junk, 10.0.0.2", "10.0.0.2"),
])
def test_client_address_from_a_trusted_proxy(header, expected):
    from server.client_address import client_address, parse_proxies

    proxies = parse_proxies(["10.0.0.1", "10.0.0.0/30"])
    assert client_address("10.0.0.1", [header], proxies) == expected
    assert client_address("192.0.2.7", [header], proxies) == "192.0.2.7"
    assert client_address("10.0.0.1", [header], ()) == "10.0.0.1"
