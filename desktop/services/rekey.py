"""Re-keying the register after a leak or an officer's removal, for the Settings page and CLI."""

from collections.abc import Collection, Mapping

from desktop.domain.errors import DomainError
from desktop.domain.passwords import check_password_strength
from desktop.services.settings import can_add_officers
from desktop.storage.keys import OfficerSlot
from desktop.storage.rekey import STAGES, Progress, RekeyPlan
from desktop.storage.store import Store

__all__ = ["STAGES", "Progress", "RekeyPlan", "apply_rekey", "colleagues", "prepare_rekey"]


def colleagues(store: Store) -> list[OfficerSlot]:
    """The other officers who can unlock this register today: each needs a new password."""
    return [slot for slot in store.keyring.officers() if slot.officer_id != store.slot_id]


def prepare_rekey(
    store: Store,
    *,
    password: str,
    temporary: Mapping[str, str],
    remove: Collection[str] = (),
) -> RekeyPlan:
    """Check the signed-in officer's password and write the new keyring beside the old one.

    `temporary` gives colleagues a temporary password each (they change it at their next
    sign-in); those left out, and those in `remove`, cannot unlock until given a new slot.
    The plan's recovery key is shown to the officer before `apply_rekey`; it counts only once
    that has finished. Errors: officer.not_allowed, password.weak, keyring.wrong_password.
    """
    if not can_add_officers(store.officer.role):
        raise DomainError("officer.not_allowed", role=str(store.officer.role))
    for given in temporary.values():
        weak = check_password_strength(given)
        if weak:
            raise DomainError("password.weak", reasons=weak)
    return store.prepare_rekey(password, temporary, remove=remove)


def apply_rekey(store: Store, plan: RekeyPlan, progress: Progress | None = None) -> None:
    """Re-encrypt the register under the new key and put the new keyring in place.

    `progress(stage, done, total)` is called as each of STAGES begins, then ("done", n, n).
    Safe to be stopped at any point: the register then opens with the old keys or the new.
    Errors: store.locked (another program has the register open).
    """
    store.apply_rekey(plan, progress)
