"""Issue 13 item 10: an enrolment file is used once, expires, is bound to its commune and its
code, and every refusal says in Vietnamese what happened and what to do (real processes)."""

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.protocol.enrolment import ENROL_MAGIC, read_header
from desktop.services.sync import bundle as sync_bundle
from desktop.services.sync.messages import explain
from desktop.storage.store import Store
from desktop.sync import enrol_file
from desktop.sync.errors import SyncError
from server import accounts
from server import models as m
from tests.helpers.communes import CODE_COUNTER, Commune, commune_codes
from tests.helpers.live_server import SyncServer
from tests.helpers.registers import create_store
from tests.sync.helpers import add_child
from tests.sync.island_support import (
    bvte_server,
    db_url,
    differs_from_server,
    init_register,
    issue_enrolment,
    open_register,
    server_effects,
    sync_cli,
)

# The PC's own checks and the city's command do not depend on the server's database.
SQLITE_ONLY = pytest.mark.parametrize("server", ["sqlite"], indirect=True)


@pytest.fixture
def commune(server: SyncServer, tmp_path: Path) -> Iterator[Commune]:
    codes = commune_codes()
    made = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path)
    yield made
    made.close()


def _enrolled_pc(commune: Commune, name: str, enrolment: Path, code: str) -> Store:
    """A PC set up as the wizard does and enrolled by file (in this process: the city's side
    is the real `bvte-server` command, and the island's own commands have their own test)."""
    store, _ = create_store(commune.folder / name, commune_code=commune.code, username=name)
    commune.stores.append(store)
    sync_bundle.enrol_by_file(store, enrolment, code)
    return store


def _send(server: SyncServer, store: Store, tmp_path: Path):
    """Export the PC's bundle and import it at the city; (outcome, answer file)."""
    name = store.folder.name
    bundle, answer = tmp_path / f"{name}.bvte", tmp_path / f"{name}-answer.bvte"
    sync_bundle.export_bundle(store, bundle)
    city = bvte_server("import-bundle", str(bundle), "--out", str(answer), "--db", db_url(server))
    return city, answer


def _devices(server: SyncServer, commune: str) -> int:
    with server.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(m.device)
                            .where(m.device.c.commune_code == commune)).scalar_one()


def test_a_reused_enrolment_file_is_refused_and_the_second_pc_recovers_with_a_new_one(
    server: SyncServer, commune: Commune, tmp_path: Path
) -> None:
    enrolment = tmp_path / "dao.bvte-enrol"
    code = issue_enrolment(server, commune.code, commune.username, enrolment)
    first = _enrolled_pc(commune, "may.mot", enrolment, code)
    assert "đã nhận tệp đăng ký này rồi" in _refusal(first, enrolment, code)
    # Someone copied the file and the code onto another PC: it cannot tell, the server can.
    second = _enrolled_pc(commune, "may.hai", enrolment, code)
    add_child(second, "Trẻ ở máy thứ hai")
    city, answer = _send(server, first, tmp_path)
    assert city.code == 0 and "đã được đăng ký bằng tệp" in city.out, city.text
    effects, devices = server_effects(server, commune.code), _devices(server, commune.code)
    city, refused = _send(server, second, tmp_path)
    assert city.code == 3 and not refused.exists()
    assert "mỗi tệp chỉ dùng được một lần" in city.err and "xin thành phố cấp" in city.err
    assert (server_effects(server, commune.code), _devices(server, commune.code)) == (
        effects, devices)
    sync_bundle.import_answer(first, answer)
    # The second PC gets a file of its own; what it had frozen goes again under its new id.
    fresh = tmp_path / "may-hai.bvte-enrol"
    code = issue_enrolment(server, commune.code, commune.username, fresh)
    assert sync_bundle.enrol_by_file(second, fresh, code).replaced
    city, answer = _send(server, second, tmp_path)
    assert city.code == 0 and "0 bị từ chối" in city.out, city.text
    assert sync_bundle.import_answer(second, answer).confirmed
    assert differs_from_server(second, server) == []


def test_an_expired_enrolment_file_is_refused_by_the_pc_and_by_the_server(
    server: SyncServer, commune: Commune, tmp_path: Path
) -> None:
    enrolment = tmp_path / "dao.bvte-enrol"
    code = issue_enrolment(server, commune.code, commune.username, enrolment, expires="2d")
    header = read_header(enrolment.read_bytes())
    # On the PC: a file whose time has passed is refused before anything is kept.
    store, _ = create_store(tmp_path / "tre", commune_code=commune.code, username="tre")
    commune.stores.append(store)
    with pytest.raises(SyncError) as late, store.unit_of_work() as uow:
        enrol_file.enrol(uow.session, enrolment.read_bytes(), code, commune_code=commune.code,
                         now=header.expires() + timedelta(seconds=1))
    assert late.value.code == "enrol.expired"
    assert "Tệp đăng ký đã hết hạn" in explain(late.value)
    assert "thành phố cấp tệp mới" in explain(late.value)
    # At the city: the first bundle arrives after the file's time.
    island = _enrolled_pc(commune, "dao", enrolment, code)
    with server.engine.begin() as conn:
        conn.execute(update(m.enrolment_file)
                     .where(m.enrolment_file.c.device_id == header.device_id)
                     .values(expires_at=m.enrolment_file.c.issued_at))
    city, answer = _send(server, island, tmp_path)
    assert city.code == 3 and not answer.exists()
    assert "đã hết hạn trước khi tệp đồng bộ đầu tiên đến máy chủ" in city.err, city.text
    assert _devices(server, commune.code) == 0


def _refusal(store: Store, enrolment: Path, code: str) -> str:
    with pytest.raises(SyncError) as refused:
        sync_bundle.enrol_by_file(store, enrolment, code)
    return explain(refused.value)


@SQLITE_ONLY
def test_a_wrong_code_a_changed_file_and_another_commune_s_file_are_refused(
    server: SyncServer, commune: Commune, tmp_path: Path
) -> None:
    enrolment = tmp_path / "dao.bvte-enrol"
    code = issue_enrolment(server, commune.code, commune.username, enrolment)
    island = tmp_path / "dao"
    init_register(island, commune.code, "Phạm Thị Đảo")
    wrong = "".join(str((int(d) + 1) % 10) if d.isdigit() else d for d in code)
    done = sync_cli(island, "--enrol-file", str(enrolment), stdin=f"{wrong}\n")
    assert done.code == 8 and "Mã kích hoạt không khớp" in done.err, done.text
    store = open_register(island)
    try:
        assert "gồm 16 chữ số" in _refusal(store, enrolment, "1234 5678")
        # The readable part is bound to the code: a file pointed elsewhere is refused.
        body = json.loads(enrolment.read_bytes()[len(ENROL_MAGIC):])
        body["enrolment"]["server_url"] = "https://gia-mao.example"
        changed = tmp_path / "changed.bvte-enrol"
        changed.write_bytes(ENROL_MAGIC + json.dumps(body).encode())
        assert "Mã kích hoạt không khớp" in _refusal(store, changed, code)
        not_a_file = tmp_path / "anh.jpg"
        not_a_file.write_bytes(b"\xff\xd8\xff\xe0 not an enrolment")
        assert "không phải tệp đăng ký máy" in _refusal(store, not_a_file, code)
        assert "Không đọc được tệp" in _refusal(store, tmp_path / "missing", code)
        # Nothing of the refused attempts was kept: the right code still works, once.
        assert sync_bundle.enrol_by_file(store, enrolment, code).commune_code == commune.code
    finally:
        store.close()
    elsewhere = next(c for c in commune_codes() if c != commune.code)
    other, _ = create_store(tmp_path / "xa-khac", commune_code=elsewhere, username="khac")
    online = commune.register("co.mang")
    try:
        assert "được cấp cho xã khác" in _refusal(other, enrolment, code)
        assert "đã đăng ký với máy chủ thành phố rồi" in _refusal(online, enrolment, code)
    finally:
        other.close()


@SQLITE_ONLY
def test_a_lost_file_cancelled_at_the_city_enrols_nothing(
    server: SyncServer, commune: Commune, tmp_path: Path
) -> None:
    enrolment = tmp_path / "mat.bvte-enrol"
    code = issue_enrolment(server, commune.code, commune.username, enrolment)
    device = read_header(enrolment.read_bytes()).device_id
    done = bvte_server("revoke-device", device, "--db", db_url(server))
    assert done.code == 0 and "Đã huỷ tệp đăng ký chưa dùng" in done.out, done.text
    island = _enrolled_pc(commune, "dao", enrolment, code)
    city, _ = _send(server, island, tmp_path)
    assert city.code == 3 and "Thành phố đã huỷ tệp đăng ký" in city.err
    assert _devices(server, commune.code) == 0


@SQLITE_ONLY
def test_the_city_issues_files_only_for_its_own_officers(
    server: SyncServer, commune: Commune, tmp_path: Path
) -> None:
    out = tmp_path / "x.bvte-enrol"
    elsewhere = next(c for c in commune_codes() if c != commune.code)
    accounts.create_commune(server.engine, elsewhere)
    done = bvte_server("issue-enrolment", "--db", db_url(server), "--commune", elsewhere,
                       "--username", commune.username, "--out", str(out))
    assert done.code == 2 and "không phải cán bộ của xã" in done.err and not out.exists()
    done = bvte_server("issue-enrolment", "--db", db_url(server), "--commune", commune.code,
                       "--username", commune.username, "--out", str(out), "--expires", "2y")
    assert done.code == 2 and "Thời hạn" in done.err and not out.exists()
