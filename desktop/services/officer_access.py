"""Who opens the register on this PC: a colleague given a temporary password, an officer removed."""

import json
from dataclasses import replace

from desktop.domain.enums import AuditAction
from desktop.domain.errors import DomainError
from desktop.domain.passwords import require_strong_password
from desktop.services.settings import OfficerInfo, can_add_officers, list_officers
from desktop.storage.keyring import OfficerExists
from desktop.storage.store import Store


def without_password(store: Store) -> list[OfficerInfo]:
    """Officers of the register who cannot open it on this PC: left out at a re-keying, or set
    up on another PC. Each can be given a temporary password with `give_password`."""
    return [officer for officer in list_officers(store) if not officer.can_unlock]


def give_password(store: Store, officer_id: str, temporary: str) -> OfficerInfo:
    """Let a colleague open the register on this PC again, with a temporary password that
    they must replace by their own at their first unlock.

    Only a colleague with no password here is given one: one who has a password and forgot it
    uses the recovery key, so nobody takes over another's password.
    Errors: officer.not_allowed, officer.unknown, officer.has_password, password.weak.
    """
    _require_manager(store)
    require_strong_password(temporary)
    with store.unit_of_work() as uow:
        officer = uow.officers.find(officer_id)
        if officer is None or not officer.active:
            raise DomainError("officer.unknown")
        # The slot is written last: if it fails, the audit entry is rolled back with it.
        uow.audit(AuditAction.KEY_CHANGE, "officer", officer.id, detail='{"password": "given"}')
        try:
            store.keyring.add_officer(
                store.data_key, officer.id, officer.full_name, temporary, must_change=True
            )
        except OfficerExists:
            raise DomainError("officer.has_password", name=officer.full_name) from None
    return OfficerInfo(
        officer.id, officer.full_name, officer.username, officer.role, can_unlock=True,
        temporary=True,
    )  # fmt: skip


def remove_officer(store: Store, officer_id: str) -> OfficerInfo:
    """Take an officer off the register: the account is made inactive (on every PC, once
    synced) and their password on this PC stops working.

    A copy of the key file taken before still opens the register with their old password until
    the register is re-keyed (desktop.services.rekey), which the officer is offered next.
    Errors: officer.not_allowed, officer.unknown, officer.remove_self.
    """
    _require_manager(store)
    if officer_id == store.officer.id:
        raise DomainError("officer.remove_self")
    with store.unit_of_work() as uow:
        officer = uow.officers.find(officer_id)
        if officer is None or not officer.active:
            raise DomainError("officer.unknown")
        uow.officers.update(replace(officer, active=False))
        uow.audit(AuditAction.DELETE, "officer", officer.id, detail=json.dumps({"active": False}))
        # Last, so a failure to write the key file rolls the officer back to active.
        slot = store.slots_by_account().get(officer.id)
        if slot is not None:
            store.keyring.remove_officer(slot.officer_id)
    return OfficerInfo(
        officer.id, officer.full_name, officer.username, officer.role, can_unlock=False
    )


def _require_manager(store: Store) -> None:
    if not can_add_officers(store.officer.role):
        raise DomainError("officer.not_allowed", role=str(store.officer.role))
