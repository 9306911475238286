"""What sync refuses (issue 13, item 12): the register password as the server's, plain http://
to another host, a note for a case whose move had reached the PC; and an unreadable server row
told to the officer in Vietnamese, never in the developer's English."""

import os
import pty
import select
import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.visit import CaseNote, HomeVisit
from desktop.services import sync as service
from desktop.sync.errors import SyncError
from tests.cli.runner import ROOT, bvte, child_env
from tests.helpers.communes import CODE_COUNTER, SERVER_PASSWORD, Commune, commune_codes
from tests.helpers.live_server import SyncServer, add_officer
from tests.helpers.registers import PASSWORD
from tests.sync.helpers import add_case, add_child, pending, plant_server_row
from tests.sync.support import raw

UNENCRYPTED = "http://192.0.2.10:8740"  # TEST-NET-1: never routed, so nothing could answer


def _pushes(server: SyncServer, device_id: str) -> int:
    with server.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM push_batch WHERE device_id = :d"), {"d": device_id}
        ).scalar_one()


@pytest.fixture
def same_password(commune: Commune):
    """A PC whose server account happens to have the register's password: the old `bvte sync`
    took the register password for the server's without asking, and so synced."""
    username = f"same.{commune.code}"
    add_officer(commune.server.engine, commune.code, username, PASSWORD)
    store = commune.register("a", enrol=False)
    device = service.enrol(store, commune.server.url, username, PASSWORD)
    folder = store.folder
    store.close()
    commune.stores.remove(store)
    return folder, device


def test_item12_bvte_sync_with_one_stdin_line_asks_for_the_server_password(
    same_password, commune: Commune
) -> None:
    folder, device = same_password
    for stdin in (f"{PASSWORD}\n", f"{PASSWORD}\n\n"):
        done = bvte("sync", "--data-dir", str(folder), "--password-stdin", stdin=stdin)
        assert done.code == 2, done.text
        assert "mật khẩu tài khoản máy chủ" in done.err and "dòng thứ hai" in done.err
        assert "Traceback" not in done.text
    assert _pushes(commune.server, device) == 0


def _interactive(
    args: list[str], answers: list[tuple[str, str]], timeout: float = 60
) -> tuple[int, str]:
    """Run `bvte` on a terminal of its own; each prompt, once shown, gets its answer."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its controlling terminal
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "desktop", *args], child_env())
    seen, waiting = "", list(answers)
    deadline = time.monotonic() + timeout
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"bvte did not finish; it showed: {seen!r}")
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal: it has exited
                break
            if not chunk:
                break
            seen += chunk.decode("utf-8", errors="replace")
            if waiting and waiting[0][0] in seen:
                prompt, answer = waiting.pop(0)
                seen = seen.replace(prompt, f"<{prompt.strip()}>", 1)
                os.write(fd, answer.encode("utf-8") + b"\r")
    finally:
        os.close(fd)
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen


def test_item12_bvte_sync_at_a_terminal_refuses_a_blank_server_password_never_reusing_ours(
    same_password, commune: Commune
) -> None:
    folder, device = same_password
    code, shown = _interactive(
        ["sync", "--data-dir", str(folder)],
        [("Mật khẩu: ", PASSWORD), ("Mật khẩu tài khoản máy chủ", "")],
    )
    assert code == 2, shown
    assert "Cần mật khẩu tài khoản máy chủ thành phố" in shown
    assert _pushes(commune.server, device) == 0
    code, shown = _interactive(
        ["sync", "--data-dir", str(folder)],
        [("Mật khẩu: ", PASSWORD), ("Mật khẩu tài khoản máy chủ", PASSWORD)],
    )
    assert code == 0, shown
    assert "Đồng bộ xong" in shown and _pushes(commune.server, device) >= 1


def test_item12_an_unencrypted_server_address_is_refused_before_anything_is_sent(
    commune: Commune,
) -> None:
    store = commune.register("a", enrol=False)
    with pytest.raises(SyncError) as caught:
        service.enrol(store, UNENCRYPTED, commune.username, SERVER_PASSWORD)
    # Refused as such, not as an address that did not answer: no connection was tried.
    assert caught.value.code == "sync.insecure_url"
    assert not service.status(store).enrolled
    for url in ("http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"):
        with pytest.raises(SyncError) as tried:  # loopback is allowed: it is tried
            service.enrol(store, url, commune.username, SERVER_PASSWORD)
        assert tried.value.code == "sync.unreachable"
    folder = store.folder
    store.close()
    commune.stores.remove(store)
    done = bvte(
        "sync", "--data-dir", str(folder), "--password-stdin", "--enrol", UNENCRYPTED,
        "--username", commune.username, stdin=f"{PASSWORD}\n{SERVER_PASSWORD}\n",
    )  # fmt: skip
    assert done.code == 8, done.text
    assert "http://" in done.err and "https://" in done.err and "không được mã" in done.err


def test_item12_bvte_sync_tells_of_an_unreadable_server_row_in_vietnamese_only(
    commune: Commune,
) -> None:
    store = commune.register("a")
    commune.sync(store)
    folder = store.folder
    store.close()
    commune.stores.remove(store)
    plant_server_row(commune.server, commune.code, "child", {"commune_code": commune.code})
    done = bvte(
        "sync", "--data-dir", str(folder), "--password-stdin",
        stdin=f"{PASSWORD}\n{SERVER_PASSWORD}\n",
    )  # fmt: skip
    shown = done.text
    for english in ("lacks", "required columns", "checksum mismatch", "pulled", "Traceback"):
        assert english not in shown, shown
    # The row is held back, not stored, and counted as the server's: no endless mismatch.
    assert "1 bản ghi nhận từ máy chủ không đọc được nên được giữ riêng" in shown, shown
    assert "Hãy báo cán bộ quản trị thành phố" in shown and "lệch" not in shown
    assert done.code == 1


def test_item12_a_note_for_a_moved_case_is_refused_once_the_move_reached_that_pc(
    server: SyncServer, tmp_path: Path
) -> None:
    codes = commune_codes()
    sender = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "sender")
    receiver = Commune(server, codes[next(CODE_COUNTER) % len(codes)], tmp_path / "receiver")
    try:
        a, b = sender.register("a"), sender.register("b")
        y = receiver.register("y")
        kid = add_child(a, "Trẻ chuyển xã")
        case = add_case(a, kid.id)
        sender.sync(a)
        sender.sync(b)
        with a.unit_of_work() as uow:
            moving = uow.cases.get(case.id)
            moving.commune_code = receiver.code
            moving.transfer_to_commune = receiver.code
            uow.cases.update(moving)
        sender.sync(a)
        # b wrote this before the move reached it (offline): it joins the case.
        with b.unit_of_work() as uow:
            uow.notes.add(
                CaseNote(case_id=case.id, written_at=datetime.now(UTC), text="trước khi biết")
            )
        report = sender.sync(b)
        assert report.pushed.rejected == 0 and pending(b) == 0
        assert raw(b, "SELECT deleted_at FROM case_file")[0]["deleted_at"] is not None
        # Now b has the move; what it writes for the case afterwards is refused.
        with b.unit_of_work() as uow:
            uow.notes.add(CaseNote(case_id=case.id, written_at=datetime.now(UTC), text="sau"))
            uow.visits.add(
                HomeVisit(child_id=kid.id, case_id=case.id, visited_at=datetime.now(UTC))
            )
        report = sender.sync(b)
        assert report.pushed.rejected == 2
        refused = raw(b, "SELECT table_name, reason_code, reason FROM sync_quarantine")
        assert sorted(r["table_name"] for r in refused) == ["case_note", "home_visit"]
        assert {r["reason_code"] for r in refused} == {"sync.case_moved"}
        assert all("xã nhận hồ sơ" in r["reason"] for r in refused)
        receiver.sync(y)
        with y.unit_of_work(write=False) as uow:
            assert [n.text for n in uow.notes.where(case_id=case.id)] == ["trước khi biết"]
            assert uow.visits.where(case_id=case.id) == []
    finally:
        sender.close()
        receiver.close()
