"""Sync benchmark: BVTE's engine and PouchDB replication on the same child records, one run.

    .venv/bin/python benchmarks/sync.py [--records 10000] [--changed 200] [--rounds 3]
                                        [--skip-pouch]

Each round runs ../shared/bench/pouchdb-peer/run.sh, then the same phases against BVTE's city
server (SQLite, 127.0.0.1) with the records from `node gen_children.js N` mapped onto our child
rows, each on fresh stores. Bytes are counted on the socket (headers and bodies, both ways) by a
relay in front of the server, as the PouchDB peer counts them. Prints each round, then the
median of each figure over the rounds and the ratios of the medians: a shared machine's load
drifts by tens of per cent within a minute, and alternating the two sides spreads it evenly.
"""

import argparse
import contextlib
import gc
import json
import multiprocessing
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.domain.child import Child  # noqa: E402
from desktop.domain.enums import Sex  # noqa: E402
from desktop.services import sync as service  # noqa: E402
from desktop.storage.keyring import KdfParams  # noqa: E402
from desktop.storage.store import Store, StoreOptions  # noqa: E402
from desktop.sync.engine import SyncEngine  # noqa: E402
from server import accounts  # noqa: E402
from server.db import make_engine  # noqa: E402
from server.embedded import free_port  # noqa: E402
from server.migrate import upgrade  # noqa: E402

PEER = ROOT.parent / "shared" / "bench" / "pouchdb-peer"
COMMUNE = "11560"
PASSWORD = "Benchmark-2026!"
OPTS = StoreOptions(kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1))


def _relay_main(sock: socket.socket, upstream_port: int, up, down) -> None:
    """The relay's own process: one thread per direction per connection."""

    def pipe(src: socket.socket, dst: socket.socket, counter) -> None:
        try:
            while chunk := src.recv(65536):
                with counter.get_lock():
                    counter.value += len(chunk)
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (src, dst):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    while True:
        client, _ = sock.accept()
        server = socket.create_connection(("127.0.0.1", upstream_port))
        # Forwarded as it comes: with Nagle's algorithm a request's last small segment would
        # wait for the delayed ACK (40 ms on Linux), a delay the relay adds and the app has not.
        for end in (client, server):
            end.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for src, dst, counter in ((client, server, up), (server, client, down)):
            threading.Thread(target=pipe, args=(src, dst, counter), daemon=True).start()


class CountingRelay:
    """A TCP relay on loopback, in a process of its own (so it takes no time from the client
    being measured), that counts every byte each way, headers included."""

    def __init__(self, upstream_port: int) -> None:
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self._up, self._down = multiprocessing.Value("q", 0), multiprocessing.Value("q", 0)
        self._process = multiprocessing.get_context("fork").Process(
            target=_relay_main, args=(self._sock, upstream_port, self._up, self._down), daemon=True
        )
        self._process.start()

    def reset(self) -> tuple[int, int]:
        with self._up.get_lock(), self._down.get_lock():
            seen = (self._up.value, self._down.value)
            self._up.value = self._down.value = 0
        return seen

    def stop(self) -> None:
        self._process.terminate()
        self._process.join(5)


def run_pouch(records: int, changed: int) -> dict:
    done = subprocess.run(
        [str(PEER / "run.sh"), str(records), str(changed)],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT ") :])
    return {p["phase"].split("_" + str(changed))[0]: p for p in result["phases"]}


def load_records(records: int) -> list[dict]:
    out = subprocess.run(
        ["node", str(PEER / "gen_children.js"), str(records)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def to_child(doc: dict) -> Child:
    """One generated record -> our child row; what has no column of its own (record code,
    guardian and phone, circumstance, status) goes into the notes, so no information is lost."""
    return Child(
        commune_code=COMMUNE,
        full_name=doc["ho_ten"],
        sex=Sex.FEMALE if doc["gioi_tinh"] == "Nữ" else Sex.MALE,
        date_of_birth=date.fromisoformat(doc["ngay_sinh"]),
        ethnicity=doc["dan_toc"],
        permanent_address=doc["dia_chi"],
        school=doc["truong_hoc"],
        collaborator=doc["can_bo_phu_trach"],
        notes=(
            f"{doc['ma_tre']}; {doc['ten_xa']}; người giám hộ {doc['nguoi_giam_ho']} "
            f"{doc['sdt_giam_ho']}; {doc['hoan_canh']}; {doc['trang_thai']}; {doc['ghi_chu']}"
        ),
    )


def measure(relay: CountingRelay, client, fn) -> dict:
    # Each phase starts with the collector's debt from the set-up paid (10,000 records made
    # and held here), as timeit does: otherwise a full collection of this whole process lands
    # in whichever phase comes next. What a phase allocates is still collected in its time.
    gc.collect()
    relay.reset()
    before = client.traffic.requests
    start_at = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start_at
    up, down = relay.reset()
    return {
        "seconds": round(seconds, 3),
        "requests": client.traffic.requests - before,
        "bytes_up": up,
        "bytes_down": down,
    }


def start_server(db: Path) -> tuple[subprocess.Popen, int]:
    """`bvte-server serve` in its own process (as PouchDB's server runs in its own)."""
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    accounts.create_commune(engine, COMMUNE)
    accounts.create_account(engine, "bench.officer", PASSWORD, accounts.ROLE_OFFICER, COMMUNE)
    engine.dispose()
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--db",
            str(db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not service.probe(f"http://127.0.0.1:{port}"):
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("the city server did not start")
        time.sleep(0.1)
    return process, port


def enrolled_register(folder: Path, username: str, url: str) -> Store:
    """A new register for one officer of the commune, enrolled to the server at `url`."""
    store, _ = Store.create(
        folder,
        commune_code=COMMUNE,
        full_name=f"Cán bộ {username.upper()}",
        username=username,
        password=PASSWORD,
        opts=OPTS,
    )
    service.enrol(store, url, "bench.officer", PASSWORD)
    return store


def run_bvte(records: int, changed: int, folder: Path) -> dict:
    server, port = start_server(folder / "server.sqlite3")
    relay = CountingRelay(port)
    url = f"http://127.0.0.1:{relay.port}"
    docs = load_records(records)
    laptop = enrolled_register(folder / "laptop", "a", url)
    with laptop.unit_of_work() as uow:
        for doc in docs:
            uow.children.add(to_child(doc))
    results = {}
    client = service.connect(laptop, PASSWORD)
    engine = SyncEngine(laptop, client)
    results["initial_push"] = measure(relay, client, engine.push)
    service.sync_now(laptop, client=client)  # settle the cursor and the first check
    results["noop_sync"] = measure(relay, client, lambda: service.sync_now(laptop, client=client))
    with laptop.unit_of_work() as uow:
        for k, kid in enumerate(uow.children.where()[:changed]):
            kid.notes += f" Thăm nhà lần {k + 2}: trẻ khỏe, đã nhận học bổng."
            uow.children.update(kid)
    engine = SyncEngine(laptop, client)
    results["incremental_push"] = measure(relay, client, engine.push)
    fresh = enrolled_register(folder / "fresh", "b", url)
    fresh_client = service.connect(fresh, PASSWORD)
    results["initial_pull_fresh"] = measure(
        relay, fresh_client, lambda: service.sync_now(fresh, client=fresh_client)
    )
    with fresh.unit_of_work(write=False) as uow:
        results["fresh_children"] = len(uow.children.where())
    for store in (laptop, fresh):
        store.close()
    relay.stop()
    server.terminate()
    server.wait(10)
    return results


# Issue 5's targets, printed beside each phase.
TARGETS = {
    "initial_push": "time >= 3x, bytes >= 8x",
    "noop_sync": "one small request",
    "incremental_push": "faster, <= 25 KB",
    "initial_pull_fresh": "time >= 5x",
}


def report(pouch: dict | None, ours: dict) -> None:
    names = {
        "initial_push": "initial_push",
        "noop_sync": "noop_push",
        "incremental_push": "incremental_push",
        "initial_pull_fresh": "initial_pull_fresh",
    }
    print(
        f"{'phase':<20}{'BVTE s':>9}{'req':>6}{'KB up':>10}{'KB down':>10}"
        f"{'Pouch s':>10}{'req':>6}{'KB up':>10}{'KB down':>10}  ratios (Pouch/BVTE)"
    )
    for ours_name, pouch_name in names.items():
        mine = ours[ours_name]
        line = (
            f"{ours_name:<20}{mine['seconds']:>9.3f}{mine['requests']:>6}"
            f"{mine['bytes_up'] / 1024:>10.1f}{mine['bytes_down'] / 1024:>10.1f}"
        )
        theirs = (pouch or {}).get(pouch_name)
        if theirs:
            total_p = theirs["bytes_up"] + theirs["bytes_down"]
            total_o = mine["bytes_up"] + mine["bytes_down"]
            line += (
                f"{theirs['seconds']:>10.3f}{theirs['requests']:>6}"
                f"{theirs['bytes_up'] / 1024:>10.1f}{theirs['bytes_down'] / 1024:>10.1f}"
                f"  time {theirs['seconds'] / max(mine['seconds'], 1e-6):.1f}x"
                f", bytes {total_p / max(total_o, 1):.1f}x"
                f", requests {theirs['requests'] / max(mine['requests'], 1):.1f}x"
            )
        print(f"{line}  [target: {TARGETS[ours_name]}]")
    print(f"fresh PC children after bootstrap: {ours['fresh_children']}")


def median_of(rounds: list[dict]) -> dict:
    """Each phase's figures, the median over the rounds (the phases are dicts of numbers)."""
    out: dict = {}
    for name, first in rounds[0].items():
        if isinstance(first, dict):
            out[name] = {
                key: statistics.median(r[name][key] for r in rounds)
                for key, value in first.items()
                if isinstance(value, int | float) and not isinstance(value, bool)
            }
        elif isinstance(first, int | float):
            out[name] = statistics.median(r[name] for r in rounds)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--changed", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-pouch", action="store_true")
    args = parser.parse_args()
    pouch_rounds, our_rounds = [], []
    for number in range(1, args.rounds + 1):
        pouch = None if args.skip_pouch else run_pouch(args.records, args.changed)
        with tempfile.TemporaryDirectory() as folder:
            ours = run_bvte(args.records, args.changed, Path(folder))
        print(f"round {number} of {args.rounds}")
        report(pouch, ours)
        print()
        our_rounds.append(ours)
        if pouch is not None:
            pouch_rounds.append(pouch)
    ours = median_of(our_rounds)
    pouch = median_of(pouch_rounds) if pouch_rounds else None
    print(f"medians of {args.rounds} rounds")
    report(pouch, ours)
    print(json.dumps({"bvte": ours, "pouchdb": pouch, "rounds": args.rounds}, ensure_ascii=False))


if __name__ == "__main__":
    main()
