"""A colleague left out at a re-keying is given a temporary password later, which opens nothing
until they choose their own; an officer removed opens nothing at all."""

import json
import shutil
from pathlib import Path

import pytest

from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.paths import keyring_path
from desktop.services import rekey
from desktop.services.accounts import add_officer
from desktop.services.officer_access import give_password, remove_officer, without_password
from desktop.services.settings import list_officers
from desktop.storage.keyring import (
    Keyring,
    KeyringCorrupt,
    OfficerRemoved,
    PasswordChangeRequired,
    SamePassword,
    UnknownOfficer,
    WrongPassword,
)
from desktop.storage.store import Store
from tests.helpers.registers import FAST, PASSWORD, create_store

COLLEAGUE = "Đồng-nghiệp-2026!"
TEMPORARY = "Tạm-thời-2026-xyz"
OWN = "Của-riêng-tôi-2027!"


@pytest.fixture
def store(tmp_path: Path):
    opened, _ = create_store(tmp_path / "reg")
    yield opened
    opened.close()


def left_out_colleague(store: Store) -> str:
    """A colleague re-keyed out of the register: on the officer list, with no password here."""
    colleague = add_officer(store, full_name="Lý Thị Ở", username="ly.thi.o", password=COLLEAGUE)
    plan = rekey.prepare_rekey(store, password=PASSWORD, temporary={})
    rekey.apply_rekey(store, plan)
    return colleague.id


def test_a_left_out_colleague_is_given_a_temporary_password_to_replace_at_first_unlock(
    store: Store,
) -> None:
    colleague = left_out_colleague(store)
    assert [o.id for o in without_password(store)] == [colleague]
    with pytest.raises(UnknownOfficer):
        Store.open(store.folder, officer_id=colleague, password=COLLEAGUE, opts=FAST)

    given = give_password(store, colleague, TEMPORARY)
    assert given.can_unlock and given.temporary
    assert without_password(store) == []
    listed = {o.id: o for o in list_officers(store)}
    assert listed[colleague].temporary and not listed[store.officer.id].temporary

    # Right, but temporary: nothing opens until the colleague chooses a password of their own.
    with pytest.raises(PasswordChangeRequired):
        Store.open(store.folder, officer_id=colleague, password=TEMPORARY, opts=FAST)
    with pytest.raises(WrongPassword):
        Store.open(store.folder, officer_id=colleague, password="Sai-mật-khẩu-1", opts=FAST)
    with pytest.raises(SamePassword):
        Store.open(store.folder, officer_id=colleague, password=TEMPORARY,
                   new_password=TEMPORARY, opts=FAST)  # fmt: skip
    opened = Store.open(
        store.folder, officer_id=colleague, password=TEMPORARY, new_password=OWN, opts=FAST
    )
    opened.close()
    keyring = Keyring.load(keyring_path(store.folder))
    assert not keyring.must_change(colleague)
    Store.open(store.folder, officer_id=colleague, password=OWN, opts=FAST).close()
    with pytest.raises(WrongPassword):
        Store.open(store.folder, officer_id=colleague, password=TEMPORARY, opts=FAST)


def test_the_temporary_flag_cannot_be_edited_out_of_the_key_file(store: Store) -> None:
    colleague = left_out_colleague(store)
    give_password(store, colleague, TEMPORARY)
    path = keyring_path(store.folder)
    document = json.loads(path.read_text(encoding="utf-8"))
    [slot] = [s for s in document["slots"] if s.get("officer_id") == colleague]
    assert slot["must_change"] is True
    del slot["must_change"]
    path.write_text(json.dumps(document), encoding="utf-8")
    shutil.copy(path, path.with_name("register.keys.bak"))
    with pytest.raises(KeyringCorrupt):
        Store.open(store.folder, officer_id=colleague, password=TEMPORARY, opts=FAST)


def test_colleagues_given_a_temporary_password_at_a_rekey_must_replace_it(store: Store) -> None:
    colleague = add_officer(store, full_name="Cao Văn Hai", username="cao.van.hai",
                            password=COLLEAGUE)  # fmt: skip
    plan = rekey.prepare_rekey(store, password=PASSWORD, temporary={colleague.id: TEMPORARY})
    rekey.apply_rekey(store, plan)
    with pytest.raises(PasswordChangeRequired):
        Store.open(store.folder, officer_id=colleague.id, password=TEMPORARY, opts=FAST)
    # The officer who re-keyed keeps her own password, with nothing to change.
    assert not store.keyring.must_change(store.officer.id)


def test_only_a_colleague_without_a_password_here_is_given_one(store: Store) -> None:
    colleague = add_officer(store, full_name="Cao Văn Hai", username="cao.van.hai",
                            password=COLLEAGUE)  # fmt: skip
    with pytest.raises(DomainError) as caught:
        give_password(store, colleague.id, TEMPORARY)
    assert caught.value.code == "officer.has_password"
    # Their own password is untouched.
    Store.open(store.folder, officer_id=colleague.id, password=COLLEAGUE, opts=FAST).close()
    with pytest.raises(DomainError) as caught:
        give_password(store, "no-such-officer", TEMPORARY)
    assert caught.value.code == "officer.unknown"


def test_a_weak_temporary_password_or_a_viewer_is_refused(store: Store) -> None:
    colleague = left_out_colleague(store)
    with pytest.raises(DomainError) as caught:
        give_password(store, colleague, "12345")
    assert caught.value.code == "password.weak"
    viewer = add_officer(store, full_name="Phạm Văn Xem", username="pham.van.xem",
                         password=COLLEAGUE, role=Role.VIEWER)  # fmt: skip
    as_viewer = Store.open(store.folder, officer_id=viewer.id, password=COLLEAGUE, opts=FAST)
    try:
        with pytest.raises(DomainError) as caught:
            give_password(as_viewer, colleague, TEMPORARY)
        assert caught.value.code == "officer.not_allowed"
        with pytest.raises(DomainError) as caught:
            remove_officer(as_viewer, store.officer.id)
        assert caught.value.code == "officer.not_allowed"
    finally:
        as_viewer.close()
    assert [o.id for o in without_password(store)] == [colleague]


def test_a_removed_officer_leaves_the_list_and_opens_nothing(store: Store) -> None:
    leaver = add_officer(store, full_name="Ngô Văn Đi", username="ngo.van.di", password=COLLEAGUE)
    with pytest.raises(DomainError) as caught:
        remove_officer(store, store.officer.id)
    assert caught.value.code == "officer.remove_self"

    removed = remove_officer(store, leaver.id)
    assert not removed.can_unlock
    assert [o.id for o in list_officers(store)] == [store.officer.id]
    assert leaver.id not in {slot.officer_id for slot in store.keyring.officers()}
    with store.unit_of_work(write=False) as uow:
        assert uow.officers.get(leaver.id).active is False
    # Even with a slot put back (a key file copied from another PC), the officer is refused.
    store.keyring.add_officer(store.data_key, leaver.id, leaver.full_name, COLLEAGUE)
    with pytest.raises(OfficerRemoved):
        Store.open(store.folder, officer_id=leaver.id, password=COLLEAGUE, opts=FAST)
    with pytest.raises(DomainError) as caught:
        give_password(store, leaver.id, TEMPORARY)
    assert caught.value.code == "officer.unknown"
