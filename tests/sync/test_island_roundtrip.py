"""Issue 13 item 10: a PC that is never online enrols by file, sends its register through a
connected PC of another commune (and the city's own command), takes the answer, and ends
equal to the server; every step is a real `bvte` / `bvte-server` process."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.protocol import MAX_BATCH_CHANGES, SYNCED_TABLES
from desktop.services.sync import bundle as sync_bundle
from tests.cli.runner import bvte
from tests.helpers.communes import CODE_COUNTER, SERVER_PASSWORD, Commune, commune_codes
from tests.helpers.live_server import SyncServer
from tests.helpers.registers import PASSWORD
from tests.sync.helpers import add_child, child, state
from tests.sync.island_support import (
    REGISTER_PASSWORD,
    bvte_server,
    db_url,
    differs_from_server,
    init_register,
    issue_enrolment,
    open_register,
    server_effects,
    sync_cli,
)


def _commune(server: SyncServer, folder: Path) -> Commune:
    codes = commune_codes()
    return Commune(server, codes[next(CODE_COUNTER) % len(codes)], folder)


@pytest.fixture
def communes(server: SyncServer, tmp_path: Path) -> Iterator[tuple[Commune, Commune]]:
    island, other = _commune(server, tmp_path / "dao"), _commune(server, tmp_path / "bo")
    yield island, other
    island.close()
    other.close()


def _changes(out: str) -> int:
    found = re.search(r"Đã ghi (\d+) thay đổi", out)
    assert found, out
    return int(found.group(1))


def test_an_island_pc_enrolled_by_file_syncs_through_a_carrier_and_ends_equal_to_the_server(
    server: SyncServer, communes: tuple[Commune, Commune], tmp_path: Path
) -> None:
    island_commune, other = communes
    # The commune already has a PC on the mainland: its news must reach the island.
    mainland = island_commune.register("dat.lien")
    news = add_child(mainland, "Tin từ đất liền")
    island_commune.sync(mainland)
    carrier = other.register("chuyen")  # a connected PC of another commune carries the file
    carrier_folder = carrier.folder
    carrier.close()
    other.stores.remove(carrier)

    enrolment, island, usb = tmp_path / "dao.bvte-enrol", tmp_path / "island", tmp_path / "usb"
    usb.mkdir()
    code = issue_enrolment(server, island_commune.code, island_commune.username, enrolment)
    init_register(island, island_commune.code, "Phạm Thị Đảo")
    done = sync_cli(island, "--enrol-file", str(enrolment), stdin=f"{code}\n")
    assert done.code == 0 and "Đã đăng ký máy này bằng tệp" in done.out, done.text
    online = sync_cli(island)  # the server does not know the PC before its first file
    assert online.code == 8 and "chưa nhận tệp trả lời đầu tiên" in online.err, online.text
    seeded = bvte("seed", "--data-dir", str(island), "--children", "120", "--password-stdin",
                  stdin=f"{REGISTER_PASSWORD}\n")
    assert seeded.code == 0, seeded.text  # children, carers and cases: synthetic

    bundle, answer, again = usb / "gui-thanh-pho.bvte", usb / "tra-loi.bvte", usb / "lai.bvte"
    done = sync_cli(island, "--export-bundle", str(bundle))
    assert done.code == 0 and "hoàn tất việc đăng ký" in done.out, done.text
    sent = _changes(done.out)
    assert sent > MAX_BATCH_CHANGES  # more than one batch, in one file
    done = sync_cli(carrier_folder, "--forward-bundle", str(bundle), "--answer-out", str(answer),
                    stdin=f"{SERVER_PASSWORD}\n", password=PASSWORD)
    assert done.code == 0, done.text
    assert f"{sent} thay đổi của xã {island_commune.code}" in done.out
    effects = server_effects(server, island_commune.code)
    # The same file again, at the city: the same answer's content, and no second effect.
    city = bvte_server("import-bundle", str(bundle), "--out", str(again), "--db", db_url(server))
    assert city.code == 0, city.text
    assert f"{sent} thay đổi; 0 được nhận mới, {sent} đã nhận từ trước" in city.out
    assert server_effects(server, island_commune.code) == effects

    done = sync_cli(island, "--import-answer", str(answer))
    assert done.code == 0 and "Thành phố đã xác nhận đăng ký" in done.out, done.text
    assert f"{sent} thay đổi được nhận, 0 xung đột, 0 bị từ chối" in done.out
    late = sync_cli(island, "--import-answer", str(again))  # the replay's answer: done already
    assert late.code == 8 and "không dành cho máy này (hoặc đã được nhập rồi)" in late.err

    store = open_register(island)
    try:
        assert child(store, news.id) is not None
        assert differs_from_server(store, server) == []
        # A second round, now the enrolment is confirmed: through the city's command.
        made = add_child(store, "Trẻ mới trên đảo")
    finally:
        store.close()
    done = sync_cli(island, "--export-bundle", str(bundle))
    assert done.code == 0 and "hoàn tất việc đăng ký" not in done.out
    city = bvte_server("import-bundle", str(bundle), "--out", str(answer), "--db", db_url(server))
    assert city.code == 0 and "Tệp trả lời" in city.out, city.text
    assert sync_cli(island, "--import-answer", str(answer)).code == 0
    store = open_register(island)
    try:
        assert differs_from_server(store, server) == []
        island_commune.sync(mainland)
        assert child(mainland, made.id) is not None
        # Login records wait for each PC's next sync; every register table is the same.
        register = tuple(t for t in SYNCED_TABLES if t != "audit_event")
        assert state(store, register) == state(mainland, register)
        assert differs_from_server(mainland, server) == []
    finally:
        store.close()


def test_a_pc_with_nothing_to_send_still_gets_the_city_s_news_by_file(
    server: SyncServer, communes: tuple[Commune, Commune], tmp_path: Path
) -> None:
    island_commune, _other = communes
    island, mainland = island_commune.register("dao"), island_commune.register("dat.lien")
    island_commune.sync(island)
    news = add_child(mainland, "Tin mới từ thành phố")
    island_commune.sync(mainland)
    bundle, answer = tmp_path / "hoi.bvte", tmp_path / "tra-loi.bvte"
    made = sync_bundle.export_bundle(island, bundle)
    assert (made.changes, made.batches, made.left) == (0, 0, 0)
    city = bvte_server("import-bundle", str(bundle), "--out", str(answer), "--db", db_url(server))
    assert city.code == 0, city.text
    assert child(island, news.id) is None
    summary = sync_bundle.import_answer(island, answer)
    assert summary.pulled >= 1 and summary.pushed.applied == 0
    assert child(island, news.id) is not None
    assert differs_from_server(island, server) == []
