"""A frozen batch is sent again exactly: stored whole, or, from an older register, by entry."""

import json

from sqlalchemy import text

from desktop.protocol import PATH_PUSH, ZSTD, is_zstd, unpack_body
from desktop.sync import outbox
from tests.helpers.communes import QUICK, Commune, server_version
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.helpers import add_child, edit_child, pending, scalar


def _freeze(store, commune: Commune) -> str:
    device_id = scalar(store, "SELECT value FROM local_setting WHERE key = 'sync.device_id'")
    with store.unit_of_work() as uow:
        batch = outbox.next_batch(uow.session, device_id=device_id, commune_code=commune.code)
    assert batch is not None
    return batch.batch_id


def _applied(commune: Commune, batch_id: str) -> int:
    with commune.server.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM applied_op WHERE batch_id = :b"), {"b": batch_id}
        ).scalar_one()


def test_a_stored_batch_is_resent_byte_for_byte_after_a_lost_reply(commune: Commune) -> None:
    with FaultyProxy(commune.server.port) as proxy:
        a = commune.register("a", url=proxy.url)
        made = [add_child(a, f"Lê Thị Hồng {k}") for k in range(3)]
        batch_id = _freeze(a, commune)
        body = scalar(a, "SELECT body FROM sync_batch WHERE batch_id = :b", b=batch_id)
        assert is_zstd(body)  # kept in zstd, a tenth of its JSON
        frozen = json.loads(unpack_body(body, ZSTD))
        assert frozen["batch_id"] == batch_id
        assert {c["row_id"] for c in frozen["changes"]} >= {kid.id for kid in made}
        proxy.plan(PATH_PUSH, "lose_reply")
        commune.sync(a, attempts=3, backoff=QUICK)
    assert pending(a) == 0 and _applied(commune, batch_id) == len(frozen["changes"])
    assert scalar(a, "SELECT count(*) FROM sync_batch") == 0
    assert all(server_version(commune, "child", kid.id) == 1 for kid in made)


def test_a_batch_frozen_by_an_older_register_is_sent_from_its_entries(commune: Commune) -> None:
    a = commune.register("a")
    kid = add_child(a, "Phạm Minh Khôi")
    commune.sync(a)
    edit_child(a, kid.id, village="Thôn Đông")
    batch_id = _freeze(a, commune)
    # As an older version froze it: op id and change text on each entry, no stored body.
    with a.engine.begin() as conn:
        body = conn.execute(
            text("SELECT body FROM sync_batch WHERE batch_id = :b"), {"b": batch_id}
        ).scalar_one()
        for change in json.loads(unpack_body(body, ZSTD))["changes"]:
            conn.execute(
                text(
                    "UPDATE sync_outbox SET op_id = :op, change_json = :c "
                    "WHERE batch_id = :b AND row_id = :r"
                ),
                {
                    "op": change["op_id"],
                    "c": json.dumps(change),
                    "b": batch_id,
                    "r": change["row_id"],
                },
            )
        conn.execute(text("DELETE FROM sync_batch"))
    commune.sync(a)
    assert pending(a) == 0 and _applied(commune, batch_id) == 1
    assert server_version(commune, "child", kid.id) == 2


def test_a_batch_kept_as_plain_json_by_an_older_register_is_sent_as_it_is(
    commune: Commune,
) -> None:
    a = commune.register("a")
    kid = add_child(a, "Trần Thị Bích Ngọc")
    batch_id = _freeze(a, commune)
    with a.engine.begin() as conn:
        body = conn.execute(
            text("SELECT body FROM sync_batch WHERE batch_id = :b"), {"b": batch_id}
        ).scalar_one()
        plain = unpack_body(body, ZSTD)
        conn.execute(
            text("UPDATE sync_batch SET body = :p WHERE batch_id = :b"), {"p": plain, "b": batch_id}
        )
    commune.sync(a)
    assert pending(a) == 0 and _applied(commune, batch_id) == len(json.loads(plain)["changes"])
    assert server_version(commune, "child", kid.id) == 1
