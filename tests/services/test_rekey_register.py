"""Re-keying in one call for the Settings page: what the officer is shown, and a stop part-way
never loses the only recovery key that works."""

from pathlib import Path

import pytest

from desktop.paths import database_path, keyring_path
from desktop.services.accounts import add_officer
from desktop.services.rekey import STAGES, rekey_register
from desktop.storage import migrate
from desktop.storage.keyring import Keyring
from desktop.storage.store import Store
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store

COLLEAGUE = "Đồng-nghiệp-2026!"
TEMPORARY = "Tạm-thời-2026-xyz"


class Stop(Exception):
    """What a stop looks like to the re-keying: its progress report raises."""


@pytest.fixture
def store(tmp_path: Path):
    opened, _ = create_store(tmp_path / "reg")
    add_child(opened, "Mạc Thị Lan")
    yield opened
    opened.close()


def test_the_outcome_names_colleagues_the_commune_and_old_backups(store: Store) -> None:
    kept = add_officer(store, full_name="Cao Văn Hai", username="cao.van.hai", password=COLLEAGUE)
    add_officer(store, full_name="Bùi Thị Ba", username="bui.thi.ba", password=COLLEAGUE)
    migrate.backup_file(store.engine, database_path(store.folder), "before-test")
    stages: list[str] = []

    outcome = rekey_register(
        store,
        password=PASSWORD,
        temporary={kept.id: TEMPORARY},
        progress=lambda stage, done, total: stages.append(stage),
    )
    assert stages == [*STAGES, "done"]
    assert outcome.temporary == ("Cao Văn Hai",)
    assert outcome.left_out == ("Bùi Thị Ba",)
    assert outcome.commune_name == "Phường Thủy Nguyên"
    assert outcome.old_backups == 1
    assert outcome.problem is None
    assert Keyring.load(keyring_path(store.folder)).unlock_with_recovery(outcome.recovery_key)


def test_a_stop_after_the_register_took_the_new_key_still_gives_its_recovery_key(
    store: Store,
) -> None:
    old = Keyring.load(keyring_path(store.folder)).file_id

    def stop_at_swap(stage: str, done: int, total: int) -> None:
        if stage == "swap":
            raise Stop

    outcome = rekey_register(store, password=PASSWORD, temporary={}, progress=stop_at_swap)
    assert outcome.problem == "Stop"
    keyring = Keyring.load(keyring_path(store.folder))
    assert keyring.file_id != old
    # The key shown is the one that opens the register now; the store goes on with it.
    keyring.unlock_with_recovery(outcome.recovery_key)
    with store.unit_of_work(write=False) as uow:
        assert [c.full_name for c in uow.search_children("lan")] == ["Mạc Thị Lan"]


def test_a_stop_before_the_register_took_the_new_key_changes_nothing(store: Store) -> None:
    before = keyring_path(store.folder).read_bytes()

    def stop_at_lock(stage: str, done: int, total: int) -> None:
        if stage == "lock":
            raise Stop

    with pytest.raises(Stop):
        rekey_register(store, password=PASSWORD, temporary={}, progress=stop_at_lock)
    assert keyring_path(store.folder).read_bytes() == before
    Store.open(store.folder, officer_id=store.officer.id, password=PASSWORD, opts=FAST).close()
