"""A batch's stored reply and an op's first result belong to the device that sent them.

Before this, another PC that sent a batch id (printed in the server log) or an op id (made from
it) of a PC of another commune got that PC's stored reply, with a child's whole record in it.
Against the real server on SQLite and PostgreSQL.
"""

import dataclasses

from alembic import command
from sqlalchemy import text

from desktop import protocol as p
from server import migrate
from server.db import make_engine
from tests.helpers.live_server import pg_database

SECRET_NAME = "Lê Thị Bảo Mật"


def _merged_reply(device) -> tuple[p.PushBatch, str, str]:
    """A pushes a child, then a stale edit of it: the second reply carries the whole record.
    Returns that batch, its reply as sent, and the child's id."""
    created = device.new("child", {"full_name": "Lê Thị Tạm", "sex": "nu"})
    assert device.push(created).results[0].fate == "applied"
    edit = device.change("child", created.row_id, {"full_name": SECRET_NAME},
                         base={"full_name": "Lê Thị Tạm"}, base_version=0)
    batch = device.batch(edit)
    answer = device.push_raw(batch)
    assert answer.status_code == 200, answer.text
    (result,) = p.PushReply.from_json(answer.json()).results
    assert result.fate == "merged" and result.row["full_name"] == SECRET_NAME
    return batch, answer.text, created.row_id


def _as_b(b, batch: p.PushBatch, batch_id: str) -> p.PushBatch:
    """B's own changes (its own children) under A's op ids, in a batch with `batch_id`."""
    changes = [dataclasses.replace(b.new("child", {"full_name": "Trẻ của xã B"}),
                                   op_id=c.op_id) for c in batch.changes]
    return p.PushBatch(batch_id, b.device_id, b.commune, changes)


def test_another_commune_reusing_batch_and_op_ids_gets_none_of_the_first_pcs_data(
        live_server, device_factory):
    a = device_factory(live_server.new_commune())
    a_batch, a_reply, child_id = _merged_reply(a)
    b = device_factory(live_server.new_commune())

    # The same batch id: refused whole, with a code, and nothing of A's reply.
    refused = b.push_raw(_as_b(b, a_batch, a_batch.batch_id))
    assert refused.status_code == 409 and refused.json()["code"] == "sync.batch_taken"
    assert refused.json()["message"] and SECRET_NAME not in refused.text

    # A's op ids in a new batch: each op is refused (into B's quarantine), not answered
    # with A's first result.
    reused = b.push_raw(_as_b(b, a_batch, b.batch().batch_id))
    assert reused.status_code == 200, reused.text
    assert SECRET_NAME not in reused.text and child_id not in reused.text
    results = p.PushReply.from_json(reused.json()).results
    assert [(r.fate, r.code, r.row) for r in results] == [("rejected", "sync.op_taken", None)]
    assert results[0].reason
    assert b.pull().rows == []  # nothing of B's refused ops was stored

    # A's replay is still answered from its own stored reply; A's data is as it was.
    replay = a.push_raw(a_batch)
    assert replay.status_code == 200 and replay.text == a_reply
    again = a.push(*a_batch.changes).results[0]
    assert again.fate == "duplicate" and again.code == "sync.duplicate.merged"
    assert again.row["full_name"] == SECRET_NAME
    a.sync_down()
    row = a.rows[("child", child_id)]
    assert row.values["full_name"] == SECRET_NAME and row.version == 2


def test_the_server_log_prints_no_batch_or_op_id(live_server, device_factory):
    a = device_factory(live_server.new_commune())
    batch = a.batch(a.new("child", {"full_name": "Trẻ Nhật Ký"}))
    assert a.push_raw(batch).status_code == 200
    assert a.push_raw(batch).status_code == 200  # a replay too
    logged = live_server.logs()
    assert '"event": "push"' in logged
    assert batch.batch_id not in logged and batch.changes[0].op_id not in logged
    assert batch.batch_id[:28] not in logged  # op ids are made from it


def _stored_before_upgrade(url: str) -> list[tuple[str, str, str]]:
    """A database at the revision before replies had a device, with a batch and its op."""
    engine = make_engine(url)
    config = migrate._config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "s0002e")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO push_batch (batch_id, device_id, reply_json, "
                              "received_at) VALUES ('b-1', 'd-1', '{}', CURRENT_TIMESTAMP)"))
            conn.execute(text("INSERT INTO applied_op (op_id, batch_id, result_json) "
                              "VALUES ('o-1', 'b-1', '{}')"))
        assert migrate.upgrade(engine)
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                text("SELECT op_id, device_id, batch_id FROM applied_op"))]
    finally:
        engine.dispose()


def test_stored_op_results_take_their_batchs_device_on_upgrade(tmp_path):
    assert _stored_before_upgrade(f"sqlite:///{tmp_path / 's.sqlite3'}") == [("o-1", "d-1",
                                                                              "b-1")]
    with pg_database() as url:
        assert _stored_before_upgrade(url) == [("o-1", "d-1", "b-1")]
