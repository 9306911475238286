"""City server under load: every PC of Hai Phong syncing at the same moment, on PostgreSQL.

    python benchmarks/server_load.py [--communes 114] [--devices 2] [--changes 300]
                                     [--workers 2]

Makes a fresh PostgreSQL database (BVTE_PG_URL, default postgres@127.0.0.1:5432/test), the
114 communes and an officer each, starts `bvte-server serve` as a subprocess, enrols two PCs
per commune, then releases all PCs at once: each pushes its changes in one gzip batch (new
children, carers, home visits and edits of its children) and pulls until caught up. Asserts
zero errors and zero lost changes (every row in the database with the expected values and
version, every op recorded once, each PC's pull holding both PCs' rows), then prints p50, p95
and max sync time and changes per second. Synthetic data only.
"""

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

import requests
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import protocol as p  # noqa: E402
from server import accounts  # noqa: E402
from server import models as m  # noqa: E402
from tests.helpers.live_server import PASSWORD, LiveServer, pg_database  # noqa: E402
from tests.server.client import Device, new_id  # noqa: E402


def changes_for(device: Device, count: int) -> tuple[list[p.Change], dict]:
    """A PC's day of work: new children, carers, visits, then edits of its own children."""
    changes, expected = [], {}
    kids = max(1, count // 3)
    child_ids = [new_id() for _ in range(kids)]
    for i, child in enumerate(child_ids):
        change = device.new("child", {"full_name": f"Trẻ {device.device_id[:4]} {i}",
                                      "sex": "nu" if i % 2 else "nam", "village": "Thôn 1"},
                            row_id=child)
        changes.append(change)
        expected[("child", child)] = (1, dict(change.fields))
    while len(changes) < count:
        i = len(changes)
        child = child_ids[i % kids]
        kind = i % 3
        if kind == 0:
            made = device.new("carer", {"child_id": child, "full_name": f"Người chăm sóc {i}"})
            changes.append(made)
            expected[("carer", made.row_id)] = (1, made.fields)
        elif kind == 1:
            made = device.new("home_visit", {"child_id": child, "observations": f"Thăm {i}"})
            changes.append(made)
            expected[("home_visit", made.row_id)] = (1, made.fields)
        else:
            version, values = expected[("child", child)]
            village = f"Thôn {i}"
            changes.append(device.change("child", child, {"village": village},
                                         base={"village": values["village"]},
                                         base_version=version))
            expected[("child", child)] = (version + 1, {**values, "village": village})
    return changes, expected


def sync(device: Device, batch: p.PushBatch, stats: dict) -> None:
    started = time.perf_counter()
    try:
        answer = device.push_raw(batch)
        stats["requests"] += 1
        if answer.status_code != 200:
            raise RuntimeError(f"push {answer.status_code}: {answer.text[:200]}")
        reply = p.PushReply.from_json(answer.json())
        bad = [r for r in reply.results if r.fate not in ("applied",)]
        if bad:
            raise RuntimeError(f"{len(bad)} ops not applied, e.g. {bad[0].fate} {bad[0].code}")
        while True:
            page = device.pull(limit=p.MAX_PULL_LIMIT)
            stats["requests"] += 1
            for row in page.rows:
                device.rows[(row.table, row.row_id)] = row
            device.cursor = page.next_cursor
            if not page.has_more:
                break
        stats["times"].append(time.perf_counter() - started)
    except Exception as exc:  # counted and shown: the run must end with zero of these
        stats["errors"].append(f"{type(exc).__name__}: {exc}")


def verify(server: LiveServer, devices: list[Device], expected: dict, total_ops: int) -> None:
    with server.engine.connect() as conn:
        ops = conn.execute(select(func.count()).select_from(m.applied_op)).scalar_one()
        rows = {(r.table_name, r.row_id): r for r in conn.execute(select(m.sync_row))}
    assert ops == total_ops, f"ops recorded {ops} != sent {total_ops}"
    lost = [k for k in expected if k not in rows]
    assert not lost, f"{len(lost)} rows lost"
    wrong = [k for k, (version, values) in expected.items()
             if rows[k].version != version or json.loads(rows[k].values_json) != values]
    assert not wrong, f"{len(wrong)} rows with wrong values or version"
    for device in devices:  # a final pull: each PC holds every row of its commune
        device.sync_down(limit=p.MAX_PULL_LIMIT)
        mine = {k for k, r in rows.items() if r.commune_code == device.commune}
        assert set(device.rows) == mine, f"device {device.device_id} misses rows"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=114)
    parser.add_argument("--devices", type=int, default=2)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    log_dir = ROOT / "benchmarks" / ".cache"
    log_dir.mkdir(parents=True, exist_ok=True)
    with pg_database("bvte_bench") as url:
        server = LiveServer.start(url, log_dir)
        try:
            codes = sorted(accounts.reference_communes())[: args.communes]
            for code in codes:
                accounts.create_commune(server.engine, code)
            print(f"Enrolling {len(codes) * args.devices} PCs ...", flush=True)
            devices = []
            for code in codes:
                username = server.new_officer(code)
                for _ in range(args.devices):
                    devices.append(Device.enrol(server.url, username, PASSWORD, code))
            if args.workers > 1:  # restart with several workers on the same database
                server.stop()
                server = _start_workers(url, log_dir, args.workers)
                for device in devices:
                    device.base_url = server.url
            batches, expected = [], {}
            for device in devices:
                changes, rows = changes_for(device, args.changes)
                batches.append(device.batch(*changes))
                expected.update(rows)
            stats = {"times": [], "errors": [], "requests": 0}
            stats_lock = threading.Lock()
            gate = threading.Barrier(len(devices) + 1)

            def run(device, batch):
                gate.wait()
                local = {"times": [], "errors": [], "requests": 0}
                sync(device, batch, local)
                with stats_lock:
                    for key in ("times", "errors"):
                        stats[key].extend(local[key])
                    stats["requests"] += local["requests"]

            threads = [threading.Thread(target=run, args=(d, b)) for d, b in zip(devices, batches,
                                                                                strict=True)]
            for thread in threads:
                thread.start()
            print(f"Releasing {len(devices)} PCs at once, {args.changes} changes each ...",
                  flush=True)
            gate.wait()
            started = time.perf_counter()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - started
            total = len(devices) * args.changes
            assert not stats["errors"], f"{len(stats['errors'])} errors: {stats['errors'][:3]}"
            verify(server, devices, expected, total)
            times = sorted(stats["times"])
            p95 = times[max(0, round(0.95 * len(times)) - 1)]
            print(f"PCs: {len(devices)} ({len(codes)} communes x {args.devices}), "
                  f"changes: {total}, server workers: {args.workers}, database: PostgreSQL")
            print(f"errors: 0, lost changes: 0, requests: {stats['requests']}")
            print(f"sync time p50 {statistics.median(times):.2f} s, p95 {p95:.2f} s, "
                  f"max {times[-1]:.2f} s; wall {wall:.2f} s; {total / wall:,.0f} changes/s")
        finally:
            server.stop()
    return 0


def _start_workers(url: str, log_dir: Path, workers: int) -> LiveServer:
    import subprocess

    from server.db import make_engine
    from tests.helpers.live_server import REPO_ROOT, free_port

    port = free_port()
    log_path = log_dir / f"server-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--db", url, "--port", str(port),
             "--workers", str(workers)], cwd=REPO_ROOT, stdout=log, stderr=log)
    server = LiveServer(f"http://127.0.0.1:{port}", url, make_engine(url), process, log_path)
    for _ in range(600):
        try:
            if requests.get(server.url + p.PATH_HEALTH, timeout=2).ok:
                return server
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


if __name__ == "__main__":
    sys.exit(main())
