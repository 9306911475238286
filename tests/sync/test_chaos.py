"""Chaos: three officers edit and sync through a proxy that drops, delays, truncates,
duplicates and answers 500/429; at the end every replica equals the server, nothing lost or
doubled."""

import random
from datetime import UTC, datetime

from desktop.domain.visit import HomeVisit
from desktop.protocol import SYNCED_TABLES
from desktop.sync.errors import SyncError
from desktop.sync.retry import Backoff
from tests.helpers.communes import Commune
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.helpers import add_child, child, edit_child, pending, scalar, state, sums

ROUNDS = 400
QUICK = Backoff(base=0.005, cap=0.02)


def _server_checksums(commune: Commune, store):
    from desktop.services import sync as service

    client = service.connect(store, "Máy-chủ-2026!")
    try:
        reply = client.checksums()
    finally:
        client.close()
    return {t.table: (t.count, t.checksum) for t in reply.tables}


def test_chaos_rounds_end_with_every_replica_equal_to_the_server(commune: Commune) -> None:
    rng = random.Random(5)
    with FaultyProxy(commune.server.port, seed=11, fault_rate=0.35, delay=0.01) as proxy:
        proxy.fault_rate = 0.0
        officers = [commune.register(name, url=proxy.url) for name in ("a", "b", "c")]
        for store in officers:
            commune.sync(store)
        proxy.fault_rate = 0.35
        children: list[str] = []
        visits: dict[str, int] = {}
        failures = 0
        for _ in range(ROUNDS):
            store = rng.choice(officers)
            known = [cid for cid in children if child(store, cid) is not None]
            roll = rng.random()
            if roll < 0.2 or not known:
                made = add_child(
                    store, f"Trẻ {len(children):04d}", village=f"Thôn {rng.randint(1, 9)}"
                )
                children.append(made.id)
            elif roll < 0.5:
                target = rng.choice(known)
                if child(store, target).deleted_at is None:
                    field = rng.choice(["village", "school", "notes", "current_address"])
                    edit_child(store, target, **{field: f"{field}-{rng.randint(0, 999)}"})
            elif roll < 0.62:
                target = rng.choice(known)
                with store.unit_of_work() as uow:
                    visit = uow.visits.add(
                        HomeVisit(
                            child_id=target,
                            visited_at=datetime.now(UTC),
                            observations=f"v{rng.randint(0, 10**6)}",
                        )
                    )
                visits[visit.id] = 1
            elif roll < 0.65:
                target = rng.choice(known)
                if child(store, target).deleted_at is None:
                    with store.unit_of_work() as uow:
                        uow.children.delete(target)
            else:
                try:
                    commune.sync(store, attempts=3, backoff=QUICK)
                except SyncError:
                    failures += 1  # the scheduler would simply try again later
        assert sum(proxy.seen[f] for f in proxy.seen if f != "ok") > 20
        # Calm network: everyone syncs until nothing moves.
        proxy.fault_rate = 0.0
        for _ in range(3):
            for store in officers:
                commune.sync(store, attempts=3, backoff=QUICK)
        for store in officers:
            assert pending(store) == 0
            assert scalar(store, "SELECT count(*) FROM sync_quarantine") == 0
            assert {cid for cid in children if child(store, cid) is not None} == set(children)
            visit_ids = {
                vid
                for vid in visits
                if scalar(store, "SELECT count(*) FROM home_visit WHERE id = :i", i=vid) == 1
            }
            assert visit_ids == set(visits)
        first = state(officers[0])
        assert all(state(store) == first for store in officers[1:])
        server = _server_checksums(commune, officers[0])
        local = sums(officers[0])
        assert {t: server.get(t) for t in SYNCED_TABLES if t in server} == {
            t: local[t] for t in SYNCED_TABLES if t in server
        }
        assert all(local[t][0] == 0 for t in SYNCED_TABLES if t not in server)
        # Every accepted visit and child is on the server exactly once.
        assert server["home_visit"][0] == len(visits)
        assert server["child"][0] == len(children)
