"""Printing speed: one support plan, and 100 mixed documents from a seeded register.

    python benchmarks/printing.py [--children 300] [--rounds 20]

Seeds a temporary register (synthetic data only), warms the fonts and templates once, then
times (a) rendering one Mẫu 04 plan from its plain data, and through the service with the
register read and the audit write, and (b) 100 documents of every kind in turn through the
service. Prints figures against the targets: one plan <= 150 ms, 100 documents <= 10 s.
"""

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.printing.render import render_pdf  # noqa: E402
from desktop.printing.templates import load_template  # noqa: E402
from desktop.services import documents as d  # noqa: E402
from desktop.services.document_data import DocumentError  # noqa: E402
from desktop.services.seed import seed_register  # noqa: E402
from desktop.storage.keyring import KdfParams  # noqa: E402
from desktop.storage.store import Store, StoreOptions  # noqa: E402

PLAN_TARGET_S, BATCH_TARGET_S, BATCH = 0.150, 10.0, 100


def _register(folder: Path, children: int) -> Store:
    store, _ = Store.create(
        folder,
        commune_code="11560",
        full_name="Trần Thị Mai",
        username="tran.thi.mai",
        password="Benchmark-mật-khẩu-2026",
        opts=StoreOptions(kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1)),
    )
    seed_register(store, children=children, seed=1)
    return store


def _printable(store: Store) -> list[tuple[str, str]]:
    """(form, target) pairs that have data, covering every case and child form."""
    with store.unit_of_work(write=False) as uow:
        cases = uow.cases.where()
        children = [c.id for c in uow.children.where()][:20]
    pairs: list[tuple[str, str]] = []
    for form in d.CASE_FORMS:
        for case in cases:
            try:
                d.document_data(store, form, case.id)
            except DocumentError:
                continue
            pairs.append((form, case.id))
            if sum(1 for f, _ in pairs if f == form) >= 5:
                break
    pairs += [("ho_so_tre", child) for child in children]
    return pairs


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--children", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = _register(Path(tmp) / "data", args.children)
        try:
            pairs = _printable(store)
            plan_case = max(
                (t for f, t in pairs if f == "mau04"),
                key=lambda t: len(d.document_data(store, "mau04", t).tables["tasks"]),
            )
            template = load_template("mau04")
            data = d.document_data(store, "mau04", plan_case)
            render_pdf(template, data)  # fonts and templates load once per process
            pure = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                render_pdf(template, data)
                pure.append(time.perf_counter() - start)
            served = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                d.render_document(store, "mau04", plan_case)
                served.append(time.perf_counter() - start)
            big = d.document_data(store, "mau04", plan_case)
            row = big.tables["tasks"][0]
            big.tables["tasks"] = [{**row, "no": str(i)} for i in range(1, 61)]
            big.values["goals"] = ("Trẻ được bảo vệ an toàn, gia đình được hỗ trợ. " * 110)[:5000]
            start = time.perf_counter()
            big_pages = render_pdf(template, big).count(b"/Type /Page\n")
            big_time = time.perf_counter() - start
            mix = list(itertools.islice(itertools.cycle(pairs), BATCH - 1))
            start = time.perf_counter()
            pages = 0
            for form, target in mix:
                pages += d.render_document(store, form, target).pdf.count(b"/Type /Page\n")
            pages += d.register_extract(store).pdf.count(b"/Type /Page\n")
            batch = time.perf_counter() - start
        finally:
            store.close()
    tasks = len(data.tables["tasks"])
    print(f"register: {args.children} synthetic children; plan with {tasks} tasks")
    print(
        f"one plan, render only:        median {_ms(statistics.median(pure))}  max {_ms(max(pure))}"
    )
    served_median = statistics.median(served)
    print(
        f"one plan, read+render+audit:  median {_ms(served_median)}  max {_ms(max(served))}"
        f"  target {_ms(PLAN_TARGET_S)}  ratio {served_median / PLAN_TARGET_S:.2f}"
    )
    print(f"plan with 60 tasks and 5,000 characters of goals ({big_pages} pages): {_ms(big_time)}")
    kinds = sorted({f for f, _ in mix} | {"so_theo_doi"})
    print(
        f"{BATCH} mixed documents ({len(kinds)} kinds, {pages} pages): {batch:.2f} s"
        f"  target {BATCH_TARGET_S:.0f} s  ratio {batch / BATCH_TARGET_S:.2f}"
    )


if __name__ == "__main__":
    main()
