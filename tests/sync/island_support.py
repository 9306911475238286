"""The island officer's way, for tests: the city's and the PCs' commands as real processes."""

import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.storage.store import Store
from desktop.sync import checksums
from server import models as m
from server.read import checksums as server_checksums
from tests.cli.runner import ROOT, Outcome, bvte, child_env
from tests.helpers.live_server import SyncServer

REGISTER_PASSWORD = "Đảo-Cát-Hải-2026!"
CODE = re.compile(r"MÃ KÍCH HOẠT: ([0-9 ]+)")


def db_url(server: SyncServer) -> str:
    return server.engine.url.render_as_string(hide_password=False)


def bvte_server(*args: str, timeout: float = 300) -> Outcome:
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        capture_output=True,
        timeout=timeout,
        env=child_env(),
        cwd=ROOT,
        check=False,
    )
    return Outcome(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def issue_enrolment(server: SyncServer, commune: str, username: str, out: Path,
                    expires: str = "30d") -> str:
    """`bvte-server issue-enrolment` as city staff run it; returns the activation code."""
    done = bvte_server("issue-enrolment", "--db", db_url(server), "--commune", commune,
                       "--username", username, "--out", str(out), "--expires", expires,
                       "--url", server.url)
    assert done.code == 0, done.text
    found = CODE.search(done.out)
    assert found, done.out
    return found.group(1)


def init_register(folder: Path, commune: str, officer: str) -> None:
    """`bvte init`, as a new PC is set up (the wizard does the same through Store.create)."""
    done = bvte("init", "--data-dir", str(folder), "--commune", commune, "--officer", officer,
                "--password-stdin", stdin=f"{REGISTER_PASSWORD}\n")
    assert done.code == 0, done.text


def sync_cli(folder: Path, *args: str, stdin: str = "", password: str = REGISTER_PASSWORD,
             timeout: float = 600) -> Outcome:
    """`bvte sync --data-dir folder ...`; the register password is the first stdin line."""
    return bvte("sync", "--data-dir", str(folder), "--password-stdin", *args,
                stdin=f"{password}\n{stdin}", timeout=timeout)


def open_register(folder: Path, password: str = REGISTER_PASSWORD) -> Store:
    from desktop.paths import keyring_path
    from desktop.storage.keyring import Keyring

    slots = Keyring.load(keyring_path(folder)).officers()
    return Store.open(folder, officer_id=slots[0].officer_id, password=password)


def differs_from_server(store: Store, server: SyncServer) -> list[str]:
    """Synced tables whose count or checksum differ from the server's for the commune.

    Each opening of a register writes a login record that waits for the next file; those
    are not the server's yet and are left out. Nothing else may be waiting.
    """
    with store.unit_of_work(write=False) as uow:
        session = uow.session
        local = checksums.local_checksums(session)
        waiting = session.execute(text("SELECT table_name, row_id FROM sync_outbox")).all()
        assert {row.table_name for row in waiting} <= {"audit_event"}, waiting
        if waiting:
            unsent = {row.row_id for row in waiting}
            ids = [i for i in session.execute(text("SELECT id FROM audit_event")).scalars()
                   if i not in unsent]
            local["audit_event"] = checksums.of_sum(
                "audit_event", *checksums.quick_sum(session, "audit_event", ids))
    return checksums.mismatched(local, server_checksums(server.engine, store.commune_code))


def server_effects(server: SyncServer, commune: str) -> tuple[int, int]:
    """The commune's log length and row count on the server: a replay must move neither."""
    with server.engine.connect() as conn:
        log = conn.execute(select(m.commune.c.log_seq).where(m.commune.c.code == commune))
        rows = conn.execute(select(func.count()).select_from(m.sync_row)
                            .where(m.sync_row.c.commune_code == commune))
        return log.scalar_one(), rows.scalar_one()
