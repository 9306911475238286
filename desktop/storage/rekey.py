"""Re-keying: a new data key, the file re-encrypted with PRAGMA rekey, the slots wrapped anew.

A password change only re-wraps one slot: a copy of register.keys taken before it (or before an
officer was removed) still unwraps the same data key, which opens the register, new records
included. Re-keying replaces the data key itself, so every older copy of the key file is dead.

The steps, each safe to be killed at:
  1. The new keyring (new data key, new recovery key, the signed-in officer's slot, a slot for
     each colleague given a temporary password) is written to register.keys.new.
  2. The register is re-encrypted in one transaction (PRAGMA rekey writes every page under the
     new key into the WAL and commits): before the commit it opens with the old key only, after
     it with the new key only. The connection holds the file in exclusive locking mode, so no
     other program can be reading it with the old key meanwhile.
  3. The WAL is folded into the file and every page is checked under the new key.
  4. register.keys.new replaces register.keys and its .bak copy.
On the next open, `settle` finishes or undoes an interrupted run: if the register still opens
with the old key, register.keys.new is deleted; if only with the new key, it is put in place.

Colleagues' slots cannot be re-wrapped without their passwords, which nobody else knows: the
signed-in officer gives each a temporary password (to be changed at their next sign-in) or
leaves them out, and an officer left out is given a new slot later by a colleague. The
recovery key is always re-issued, since the old one unwraps the old key.
"""

import contextlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from desktop.paths import database_path, keyring_path
from desktop.storage.engine import open_connection, rekey_pragma
from desktop.storage.errors import StoreCorrupt, StoreLocked, classify
from desktop.storage.files import atomic_write, fsync_folder
from desktop.storage.keyring import KdfParams, Keyring, OfficerSlot, backup_path
from desktop.storage.keyring import file as keyring_file
from desktop.storage.keyring.errors import KeyringError, WrongDataKey

PENDING_SUFFIX = ".new"
# The stages `progress` is told about, in order.
STAGES = ("keys", "lock", "encrypt", "fold", "verify", "swap")

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RekeyPlan:
    """A prepared re-keying: the new keyring is on disk beside the old one, not yet in use."""

    folder: Path
    old_key: bytes
    new_key: bytes
    recovery_key: str
    file_id: str
    kept: tuple[OfficerSlot, ...]
    left_out: tuple[OfficerSlot, ...]


def pending_path(folder: Path) -> Path:
    keys = keyring_path(folder)
    return keys.with_name(keys.name + PENDING_SUFFIX)


def prepare(
    keyring: Keyring,
    folder: Path,
    data_key: bytes,
    officer_id: str,
    password: str,
    temporary: Mapping[str, str],
    *,
    remove: Collection[str] = (),
    kdf: KdfParams | None = None,
) -> RekeyPlan:
    """Step 1: check the officer's password and write register.keys.new.

    `temporary` maps colleagues' officer ids to the temporary password each is given (and must
    replace at their next unlock); the colleagues not in it, and those in `remove`, get no slot
    in the new keyring.
    """
    if keyring.unlock(officer_id, password) != data_key:
        raise WrongDataKey()
    slots = {slot.officer_id: slot for slot in keyring.officers()}
    me = slots[officer_id]
    _discard(folder)
    new_keyring, new_key, recovery_key = Keyring.create(
        pending_path(folder), officer_id, me.display_name, password, kdf=kdf or KdfParams()
    )
    kept, left_out = [me], []
    for slot in slots.values():
        if slot.officer_id == officer_id:
            continue
        given = temporary.get(slot.officer_id)
        if given and slot.officer_id not in remove:
            new_keyring.add_officer(
                new_key, slot.officer_id, slot.display_name, given, must_change=True
            )
            kept.append(slot)
        else:
            left_out.append(slot)
    # Only the one file is needed; Keyring.create also wrote a copy beside it.
    backup_path(pending_path(folder)).unlink(missing_ok=True)
    return RekeyPlan(
        folder, data_key, new_key, recovery_key, new_keyring.file_id, tuple(kept), tuple(left_out)
    )


def apply(plan: RekeyPlan, *, busy_timeout_ms: int, progress: Progress | None = None) -> None:
    """Steps 2 to 4. The caller has closed every connection of its own to the register."""
    total = len(STAGES)

    def stage(name: str) -> None:
        if progress is not None:
            progress(name, STAGES.index(name), total)

    stage("lock")
    conn = open_connection(database_path(plan.folder), plan.old_key, busy_timeout_ms)
    try:
        try:
            # Held until the keys are swapped: no other program can read a page written under
            # the new key with the old one in memory, nor settle this run half-way. Refused
            # while another program has the register open.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            if _pending_file_id(plan.folder) != plan.file_id:
                # Another program undid step 1 before the lock was ours: nothing has changed.
                raise StoreLocked("the new keyring was removed before re-encryption")
            stage("encrypt")
            conn.execute(rekey_pragma(plan.new_key))
            stage("fold")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            stage("verify")
            damaged = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            raise (classify(exc) or StoreCorrupt(str(exc))) from exc
        if damaged:
            raise StoreCorrupt("; ".join(damaged[:3]))
        stage("swap")
        promote(plan.folder)
    finally:
        conn.close()
    if progress is not None:
        progress("done", total, total)


def promote(folder: Path) -> None:
    """Put register.keys.new in place of register.keys and its copy (step 4)."""
    pending = pending_path(folder)
    data = pending.read_bytes()
    keys = keyring_path(folder)
    atomic_write(keys, data)
    atomic_write(backup_path(keys), data)
    _discard(folder)
    fsync_folder(folder)


def settle(
    folder: Path,
    keyring: Keyring,
    *,
    opened: bool,
    unlock: Callable[[Keyring], bytes],
) -> tuple[Keyring, bytes] | None:
    """Finish or undo a stopped re-keying; the keyring and key to use if it was finished.

    `opened` says whether the register opened with the key from register.keys; `unlock` is how
    the officer unlocked that (a password or the recovery key), tried on the new keyring.
    """
    waiting = _pending_file_id(folder)
    if waiting is None:
        if opened:
            _discard(folder)  # an unreadable leftover
        return None
    if opened:
        if waiting == keyring.file_id:
            promote(folder)  # stopped between the two copies: finish writing them
        else:
            _discard(folder)  # stopped before the register was re-encrypted: undo
        return None
    # The register was re-encrypted but the keys were not yet swapped: the new keyring is the
    # one, and this officer's slot in it opens the register.
    new_key = unlock(Keyring.load(pending_path(folder)))
    promote(folder)
    return Keyring.load(keyring_path(folder)), new_key


def _pending_file_id(folder: Path) -> str | None:
    try:
        return keyring_file.read(pending_path(folder)).file_id
    except KeyringError:
        return None


def _discard(folder: Path) -> None:
    pending = pending_path(folder)
    for leftover in (pending, backup_path(pending)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
