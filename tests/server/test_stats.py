"""City staff see counts for every commune; officers only their own; no child data either way."""

import requests

from desktop import protocol as p
from server import accounts
from tests.helpers.live_server import PASSWORD
from tests.server.client import VERSION_HEADERS, login, new_id


def _stats(server, token):
    return requests.get(server.url + p.PATH_STATS, timeout=10,
                        headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"})


def test_city_staff_see_every_commune_and_officers_their_own(live_server, pair):
    one, _ = pair
    one.push(one.new("child", {"full_name": "Đặng Văn Kín"}))
    live_server.new_commune()
    staff = f"tp{new_id()[:8]}"
    accounts.create_account(live_server.engine, staff, PASSWORD, accounts.ROLE_CITY)
    city = _stats(live_server, login(live_server.url, staff, PASSWORD).json()["access_token"])
    assert city.status_code == 200
    mine = next(c for c in city.json() if c["commune_code"] == one.commune)
    assert mine["rows"] == {"child": 1} and mine["devices"] == 2
    assert mine["last_sync_at"] is not None
    assert len(city.json()) > 1
    assert "Kín" not in city.text
    officer = _stats(live_server, one.token)
    assert [c["commune_code"] for c in officer.json()] == [one.commune]


def test_city_staff_cannot_enrol_or_sync(live_server, commune):
    staff = f"tp{new_id()[:8]}"
    accounts.create_account(live_server.engine, staff, PASSWORD, accounts.ROLE_CITY)
    token = login(live_server.url, staff, PASSWORD).json()["access_token"]
    answer = requests.post(live_server.url + p.PATH_ENROL, json={"commune_code": commune},
                           headers={**VERSION_HEADERS, "Authorization": f"Bearer {token}"},
                           timeout=10)
    assert answer.status_code == 403 and answer.json()["code"] == "auth.scope"
