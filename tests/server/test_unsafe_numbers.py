"""An integer beyond 2^53 - 1 is refused with sync.unsafe_number, and nothing is stored: a
reader that parses JSON numbers as doubles would change it. SQLite and PostgreSQL."""

import pytest
from sqlalchemy import select

from server import models as m

UNSAFE = 2**53 + 1


def _stored(server, row_id):
    with server.engine.connect() as conn:
        return conn.execute(select(m.sync_row.c.values_json)
                            .where(m.sync_row.c.row_id == row_id)).first()


@pytest.mark.parametrize("value", [UNSAFE, -UNSAFE, 2**63 - 1])
def test_a_new_row_with_an_unsafe_integer_is_refused(live_server, commune, device_factory,
                                                    value):
    device = device_factory(commune)
    kid = device.new("child", {"full_name": "Ngô Văn Số"})
    carer = device.new("carer", {"child_id": kid.row_id, "birth_year": value})
    kid_result, carer_result = device.push(kid, carer).results
    assert kid_result.fate == "applied"
    assert (carer_result.fate, carer_result.code) == ("rejected", "sync.unsafe_number")
    assert "«birth_year»" in carer_result.reason and str(value) not in carer_result.reason
    assert _stored(live_server, carer.row_id) is None
    assert [r.table for r in device.pull().rows] == ["child"]


def test_an_edit_to_an_unsafe_integer_is_refused_and_the_row_kept(live_server, commune,
                                                                 device_factory):
    device = device_factory(commune)
    kid = device.new("child", {"full_name": "Ngô Văn Số"})
    plan = device.new("carer", {"child_id": kid.row_id, "birth_year": 1980})
    assert {r.fate for r in device.push(kid, plan).results} == {"applied"}
    edit = device.change("carer", plan.row_id, {"birth_year": UNSAFE},
                         base={"birth_year": 1980}, base_version=1)
    (result,) = device.push(edit).results
    assert (result.fate, result.code) == ("rejected", "sync.unsafe_number")
    assert '"birth_year":1980' in _stored(live_server, plan.row_id)[0]
    # The largest safe integer itself is taken.
    edit = device.change("carer", plan.row_id, {"birth_year": 2**53 - 1},
                         base={"birth_year": 1980}, base_version=1)
    assert device.push(edit).results[0].fate == "applied"
