"""A commune's second PC: one officer account on every PC, and ordinary edits that sync clean.

Issue 13, item 8 (the same officer set up on two PCs by the first-run wizard and `bvte init`)
and item 9 (a save that changes nothing must not leave a version the server never hears of).
"""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from desktop.domain.child import ChildFile
from desktop.paths import keyring_path
from desktop.services import children as svc
from desktop.services import sync as service
from desktop.services.rekey import colleagues
from desktop.services.settings import list_officers
from desktop.storage.keyring import Keyring, WrongPassword
from desktop.storage.store import Store
from desktop.sync.engine import SyncEngine
from desktop.ui.first_run.wizard import FirstRunWizard
from desktop.ui.task_runner import TaskRunner
from tests.cli.runner import bvte
from tests.helpers.communes import CODE_COUNTER, SERVER_PASSWORD, Commune, commune_codes
from tests.helpers.live_server import SyncServer
from tests.helpers.registers import FAST, a_file, create_store
from tests.sync.helpers import pending, plant_server_row, state, sums

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.usefixtures("private_settings"),
]

WIZARD_PASSWORD = "Mật-khẩu-máy-một-2026!"
INIT_PASSWORD = "Mật-khẩu-máy-hai-2026!"
OFFICER = "Trần Thị Mai"


def _fresh_commune(server: SyncServer, folder: Path) -> Commune:
    codes = commune_codes()
    return Commune(server, codes[next(CODE_COUNTER) % len(codes)], folder)


def _file(code: str) -> ChildFile:
    """A child with household, carer, group and allowance, in the given commune."""
    file = a_file(commune_code=code)
    return replace(file, household=replace(file.household, commune_code=code))


def _wizard_register(qtbot, folder: Path, code: str, runner: TaskRunner) -> Store:
    """The first-run wizard, page by page, as an officer goes through it."""
    wizard = FirstRunWizard(folder, runner, options=FAST)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.commune_page.search.setText(code)
    assert wizard.commune_page.commune is not None
    assert wizard.commune_page.commune.code == code
    wizard.next()
    officer = wizard.officer_page
    officer.full_name.setText(OFFICER)
    officer.fields.password.setText(WIZARD_PASSWORD)
    officer.fields.repeat.setText(WIZARD_PASSWORD)
    assert officer.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=30_000)
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.store is not None
    return wizard.store


def _sync(folder: Path, password: str, *extra: str):
    """`bvte sync` as a scheduled task runs it: register password, then server password."""
    return bvte(
        "sync", "--data-dir", str(folder), "--password-stdin", *extra,
        stdin=f"{password}\n{SERVER_PASSWORD}\n",
    )  # fmt: skip


def _officers(folder: Path, password: str) -> list[tuple[str, str]]:
    slot = Keyring.load(keyring_path(folder)).officers()[0].officer_id
    store = Store.open(folder, officer_id=slot, password=password)
    try:
        with store.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT id, username FROM officer"))]
    finally:
        store.close()


def test_item8_second_pc_set_up_by_wizard_and_bvte_init_syncs_cleanly_with_one_officer(
    qtbot, server: SyncServer, tmp_path: Path, runner: TaskRunner
) -> None:
    commune = _fresh_commune(server, tmp_path)
    first, second = tmp_path / "pc-wizard", tmp_path / "pc-init"
    store = _wizard_register(qtbot, first, commune.code, runner)
    svc.create_child(store, _file(commune.code))
    store.close()
    made = bvte(
        "init", "--data-dir", str(second), "--commune", commune.code, "--officer", OFFICER,
        "--password-stdin", stdin=INIT_PASSWORD + "\n",
    )  # fmt: skip
    assert made.code == 0, made.text

    enrol = ("--enrol", server.url, "--username", commune.username)
    for folder, password in ((first, WIZARD_PASSWORD), (second, INIT_PASSWORD)):
        done = _sync(folder, password, *enrol)
        assert done.code == 0, done.text
    for _round in range(3):
        for folder, password in ((first, WIZARD_PASSWORD), (second, INIT_PASSWORD)):
            done = _sync(folder, password)
            assert done.code == 0, done.text
            assert "lệch" not in done.text and "Traceback" not in done.text, done.text

    on_first = _officers(first, WIZARD_PASSWORD)
    on_second = _officers(second, INIT_PASSWORD)
    with server.engine.connect() as conn:
        on_server = conn.execute(
            text("SELECT row_id FROM sync_row WHERE table_name = 'officer' AND commune_code = :c"),
            {"c": commune.code},
        ).all()
    assert len(on_first) == 1 and on_first == on_second
    assert [r[0] for r in on_server] == [on_first[0][0]]
    assert on_first[0][1] == "tran.thi.mai"
    # Each PC keeps its own password; the other PC's does not open it.
    second_slot = Keyring.load(keyring_path(second)).officers()[0].officer_id
    with pytest.raises(WrongPassword):
        Store.open(second, officer_id=second_slot, password=WIZARD_PASSWORD)
    reopened = Store.open(second, officer_id=second_slot, password=INIT_PASSWORD)
    try:
        assert reopened.officer.id == on_first[0][0]
        assert reopened.slot_id == second_slot
        with reopened.engine.connect() as conn:
            authors = conn.execute(
                text("SELECT DISTINCT officer_id FROM audit_event WHERE officer_id IS NOT NULL")
            ).scalars()
            assert set(authors) == {on_first[0][0]}  # the second PC's history names the account
            guards = conn.execute(
                text("SELECT name FROM sqlite_master WHERE name = 'audit_event_no_update'")
            ).scalars()
            assert list(guards) == ["audit_event_no_update"]  # history is append-only again
        # Settings still knows her password opens this PC, under the account's id.
        (listed,) = list_officers(reopened)
        assert (listed.id, listed.can_unlock) == (on_first[0][0], True)
        # And a re-keying finds her own entry in register.keys.
        assert colleagues(reopened) == []
    finally:
        reopened.close()


def test_item8_two_new_pcs_sending_one_username_at_once_end_with_one_account(
    commune: Commune, tmp_path: Path
) -> None:
    """The server refuses a second account of a username; the PC takes the first at its pull."""
    first = commune.register("a")
    first.close()
    commune.stores.remove(first)
    a, _ = create_store(tmp_path / "one", commune_code=commune.code, username="le.van.tam")
    b, _ = create_store(tmp_path / "two", commune_code=commune.code, username="le.van.tam")
    commune.stores += [a, b]
    for store in (a, b):
        service.enrol(store, commune.server.url, commune.username, SERVER_PASSWORD)
    commune.sync(a)
    # b sends before it could see a's account: what two first syncs at once come to.
    client = service.connect(b, SERVER_PASSWORD)
    try:
        outcome = SyncEngine(b, client).push()
    finally:
        client.close()
    assert outcome.rejected == 1
    with b.engine.connect() as conn:
        reason = conn.execute(text("SELECT reason_code FROM sync_quarantine")).scalar_one()
    assert reason == "sync.officer_exists"
    for _ in range(2):
        for store in (a, b):
            report = commune.sync(store, force_verify=True)
            assert report.verify.compared and report.verify.mismatched_tables == []
    assert b.officer.id == a.officer.id
    assert state(a, ("officer",)) == state(b, ("officer",))
    with b.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_quarantine")).scalar_one() == 0


def test_item9_ordinary_edits_on_two_pcs_sync_with_no_mismatch(commune: Commune) -> None:
    a, b = commune.register("a"), commune.register("b")
    made = svc.create_child(a, _file(commune.code))
    child_id = made.child.id
    for store in (a, b, a):
        commune.sync(store, force_verify=True)

    def edit(store: Store, **changes: object) -> None:
        opened = svc.open_child_file(store, child_id)
        svc.save_child(store, replace(opened, child=replace(opened.child, **changes)))

    edit(a, notes="Đã gặp gia đình")
    edit(b, village="Thôn Nam")
    edit(a)  # saved with nothing changed: the household and the child are saved again
    edit(b)
    with b.engine.connect() as conn:
        versions = dict(conn.execute(text("SELECT 'household', version FROM household")).all())
    for _ in range(2):
        for store in (a, b):
            report = commune.sync(store, force_verify=True)
            assert report.verify.compared, report.verify
            assert report.verify.mismatched_tables == [], report.verify
            assert report.verify.repaired_rows == 0
    assert versions == {"household": 1}
    assert pending(a) == pending(b) == 0
    assert state(a) == state(b) and sums(a) == sums(b)
    got = svc.open_child_file(b, child_id).child
    assert (got.notes, got.village) == ("Đã gặp gia đình", "Thôn Nam")


def test_item9_a_save_that_changes_nothing_writes_no_version_and_no_outbox_entry(
    commune: Commune,
) -> None:
    a = commune.register("a")
    made = svc.create_child(a, _file(commune.code))
    commune.sync(a)
    assert pending(a) == 0
    svc.save_child(a, svc.open_child_file(a, made.child.id))
    with a.engine.connect() as conn:
        waiting = conn.execute(text("SELECT table_name FROM sync_outbox")).scalars().all()
        versions = (
            conn.execute(text("SELECT version FROM child UNION ALL SELECT version FROM household"))
            .scalars()
            .all()
        )
    # Opening the file is audited; the save that changed nothing leaves nothing else.
    assert waiting == ["audit_event"]
    assert versions == [1, 1]


def test_item8_two_accounts_of_one_username_left_on_the_server_do_not_stop_a_new_pc(
    commune: Commune,
) -> None:
    """Stored before the server refused a second account: a new PC keeps one and syncs on."""
    for _ in range(2):
        plant_server_row(
            commune.server,
            commune.code,
            "officer",
            {
                "commune_code": commune.code,
                "full_name": OFFICER,
                "username": "tran.thi.mai",
                "role": "can_bo",
                "active": True,
            },
        )
    store = commune.register("c")
    report = commune.sync(store)
    assert report.bootstrapped
    with store.engine.connect() as conn:
        names = conn.execute(text("SELECT username FROM officer ORDER BY username")).scalars()
        assert list(names) == [f"c.{commune.code}", "tran.thi.mai"]
    assert report.verify.still_mismatched == ["officer"]  # told, for the city to merge them
