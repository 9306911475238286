"""Re-keying the register after a leak or an officer's removal, for the Settings page and CLI."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.domain.passwords import require_strong_password
from desktop.reference.communes import commune_by_code
from desktop.services.settings import can_add_officers
from desktop.storage.keyring import OfficerSlot
from desktop.storage.rekey import STAGES, Progress, RekeyPlan
from desktop.storage.store import Store

__all__ = [
    "STAGES",
    "Progress",
    "RekeyOutcome",
    "RekeyPlan",
    "apply_rekey",
    "colleagues",
    "prepare_rekey",
    "rekey_register",
]


@dataclass(frozen=True)
class RekeyOutcome:
    """What the officer is shown once the register has its new key."""

    recovery_key: str
    commune_name: str
    # Colleagues given a temporary password, and those left out (no password until given one).
    temporary: tuple[str, ...]
    left_out: tuple[str, ...]
    # Backups made before (register.db.*.bak) are still under the old key.
    old_backups: int
    # Set when something failed after the register took the new key (the key above is the one
    # that counts): the error code, for the officer to report.
    problem: str | None = None


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
        require_strong_password(given)
    return store.prepare_rekey(password, temporary, remove=remove)


def apply_rekey(store: Store, plan: RekeyPlan, progress: Progress | None = None) -> None:
    """Re-encrypt the register under the new key and put the new keyring in place.

    `progress(stage, done, total)` is called as each of STAGES begins, then ("done", n, n).
    Safe to be stopped at any point: the register then opens with the old keys or the new.
    Errors: store.locked (another program has the register open).
    """
    store.apply_rekey(plan, progress)


def rekey_register(
    store: Store,
    *,
    password: str,
    temporary: Mapping[str, str],
    progress: Progress | None = None,
) -> RekeyOutcome:
    """Prepare and apply in one call, for the Settings page's background worker.

    `progress` is also told ("keys", 0, n) before the new keyring is made (its key derivations
    take a few seconds). A failure before the register took the new key is raised, with nothing
    changed; a failure after it is reported in the outcome, so the new recovery key (the only
    one that now works) is never lost.
    """
    if progress is not None:
        progress(STAGES[0], 0, len(STAGES))
    plan = prepare_rekey(store, password=password, temporary=temporary)
    problem = None
    try:
        apply_rekey(store, plan, progress)
    except Exception as exc:
        if store.keyring.file_id != plan.file_id:
            raise
        problem = getattr(exc, "code", type(exc).__name__)
    commune = commune_by_code(store.commune_code)
    return RekeyOutcome(
        recovery_key=plan.recovery_key,
        commune_name=commune.name if commune else store.commune_code,
        temporary=tuple(slot.display_name for slot in plan.kept[1:]),
        left_out=tuple(slot.display_name for slot in plan.left_out),
        old_backups=len(list(store.folder.glob("register.db.*.bak"))),
        problem=problem,
    )
