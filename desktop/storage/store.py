"""The encrypted register on disk: create, unlock, run units of work, close."""

import contextlib
import json
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.enums import AuditAction, Role
from desktop.domain.ids import new_id
from desktop.domain.officer import Officer
from desktop.paths import database_path, keyring_path
from desktop.storage import files, migrate, rekey
from desktop.storage.engine import DEFAULT_BUSY_TIMEOUT_MS, make_engine
from desktop.storage.errors import StorageError, StoreCorrupt, StoreExists, StoreMissing, classify
from desktop.storage.keyring import (
    DEFAULT_KDF,
    KdfParams,
    Keyring,
    OfficerRemoved,
    OfficerSlot,
    PasswordChangeRequired,
    backup_path,
)
from desktop.storage.mapping import to_record
from desktop.storage.schema.admin import LocalSettingRow, OfficerRow
from desktop.storage.unit_of_work import UnitOfWork

# local_setting key + a slot's officer id -> the id of the account that officer became.
OFFICER_ALIAS = "officer.alias."


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class StoreOptions:
    kdf: KdfParams = DEFAULT_KDF
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
    clock: Callable[[], datetime] = utc_now


class Store:
    """One commune's register file, opened by one officer."""

    def __init__(
        self,
        folder: Path,
        engine: Engine,
        officer: Officer,
        keyring: Keyring,
        data_key: bytes,
        opts: StoreOptions,
        *,
        slot_id: str | None = None,
    ) -> None:
        self.folder = folder
        # The keyring slot this officer unlocked with: the officer's id, unless the officer
        # became the commune's account of the same username at the first sync (see
        # desktop/sync/officers.py).
        self.slot_id = slot_id or officer.id
        # Kept for adding officers and renewing the recovery key; SQLCipher holds it anyway.
        self.data_key = data_key
        self.engine = engine
        self.officer = officer
        self.keyring = keyring
        self.options = opts
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with self._sessions() as session:
            self.device_id = _setting(session, "device_id")
            self.commune_code = _setting(session, "commune_code")

    @property
    def db_path(self) -> Path:
        return database_path(self.folder)

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        commune_code: str,
        full_name: str,
        username: str,
        password: str,
        role: Role = Role.OFFICER,
        opts: StoreOptions | None = None,
    ) -> tuple["Store", str]:
        """A new encrypted register with its first officer; returns it and the recovery key."""
        opts = opts or StoreOptions()
        folder.mkdir(parents=True, exist_ok=True)
        db_path, keys_path = database_path(folder), keyring_path(folder)
        if db_path.exists() or keys_path.exists():
            raise StoreExists(str(folder))
        officer = Officer(
            commune_code=commune_code, full_name=full_name, username=username, role=role
        )
        keyring, data_key, recovery_key = Keyring.create(
            keys_path, officer.id, full_name, password, kdf=opts.kdf
        )
        try:
            files.create_private(db_path)
            engine = make_engine(
                db_path, data_key, must_exist=False, busy_timeout_ms=opts.busy_timeout_ms
            )
            migrate.upgrade(engine)
            with Session(engine) as session, session.begin():
                session.add(LocalSettingRow(key="device_id", value=new_id()))
                session.add(LocalSettingRow(key="commune_code", value=commune_code))
            store = cls(folder, engine, officer, keyring, data_key, opts)
            with store.unit_of_work() as uow:
                store.officer = uow.officers.add(officer)
                uow.audit(AuditAction.CREATE, "register", None)
        except BaseException:
            # A half-made register would block the next attempt; nothing in it is worth keeping.
            for leftover in folder.glob("register.*"):
                leftover.unlink(missing_ok=True)
            raise
        return store, recovery_key

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        officer_id: str,
        password: str | None = None,
        recovery_key: str | None = None,
        new_password: str | None = None,
        opts: StoreOptions | None = None,
    ) -> "Store":
        """Unlock with an officer's password (or the recovery key) and bring the schema to head.

        A temporary password (given by a colleague) opens nothing until replaced: without
        `new_password` it raises PasswordChangeRequired once it is known to be right; with it,
        the officer's slot takes `new_password` first. An officer removed from the register
        (inactive) is refused as unknown.
        """
        opts = opts or StoreOptions()
        db_path = database_path(folder)
        keyring = Keyring.load(keyring_path(folder))
        if not db_path.exists():
            raise StoreMissing(str(db_path))
        # Before any password is tried: a folder that cannot be written is said to be so, rather
        # than failing later as a damaged file, and a wrong guess there costs the usual wait.
        files.require_writable(folder, register_files(folder))
        files.make_private(register_files(folder))


        def unlock(ring: Keyring) -> bytes:
            if recovery_key is not None:
                return ring.unlock_with_recovery(recovery_key)
            return ring.unlock(officer_id, password or "")

        data_key = unlock(keyring)
        if recovery_key is None and keyring.must_change(officer_id):
            if new_password is None:
                raise PasswordChangeRequired()
            keyring.change_password(officer_id, password or "", new_password)
        try:
            engine = make_engine(db_path, data_key, busy_timeout_ms=opts.busy_timeout_ms)
        except StoreCorrupt:
            # Perhaps not damaged: a re-keying stopped after the file took the new key.
            settled = rekey.settle(folder, keyring, opened=False, unlock=unlock)
            if settled is None:
                raise
            keyring, data_key = settled
            engine = make_engine(db_path, data_key, busy_timeout_ms=opts.busy_timeout_ms)
        else:
            rekey.settle(folder, keyring, opened=True, unlock=unlock)
        try:
            migrate.upgrade(engine, db_path)
            with Session(engine) as session:
                officer_row = session.get(OfficerRow, _account_of(session, officer_id))
                if officer_row is None:
                    raise StoreMissing(f"officer:{officer_id}")
                if not officer_row.active:
                    raise OfficerRemoved()
                officer = to_record(officer_row, Officer)
            store = cls(folder, engine, officer, keyring, data_key, opts, slot_id=officer_id)
            with store.unit_of_work() as uow:
                uow.audit(AuditAction.LOGIN, "officer", officer.id)
        except DBAPIError as exc:
            engine.dispose()
            raise (classify(exc.orig) or exc) from exc
        except BaseException:
            engine.dispose()
            raise
        return store

    def refresh_officer(self) -> None:
        """Read the officer again: the id changes once, when the officer becomes the commune's
        account of the same username at this PC's first sync."""
        with self._sessions() as session:
            row = session.get(OfficerRow, _account_of(session, self.slot_id))
            if row is not None:
                self.officer = to_record(row, Officer)

    @contextlib.contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[UnitOfWork]:
        """`with store.unit_of_work() as uow:` commits at the end, rolls back on any error."""
        session = self._sessions()
        if write:
            session.connection(execution_options={"bvte_write": True})
        uow = UnitOfWork(
            session,
            officer_id=self.officer.id,
            device_id=self.device_id,
            clock=self.options.clock,
        )
        try:
            yield uow
            uow.finish()
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            mapped = classify(exc.orig)
            if mapped is None:
                raise
            raise mapped from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def prepare_rekey(
        self,
        password: str,
        temporary: Mapping[str, str],
        *,
        remove: Collection[str] = (),
    ) -> rekey.RekeyPlan:
        """Step 1 of re-keying (see desktop.storage.rekey); the plan holds the recovery key."""
        return rekey.prepare(
            self.keyring, self.folder, self.data_key, self.slot_id, password, temporary,
            remove=remove, kdf=self.options.kdf,
        )  # fmt: skip

    def apply_rekey(self, plan: rekey.RekeyPlan, progress: rekey.Progress | None = None) -> None:
        """Re-encrypt under the plan's new key and swap the keys; this store then uses them."""
        self.engine.dispose()
        try:
            rekey.apply(plan, busy_timeout_ms=self.options.busy_timeout_ms, progress=progress)
        except BaseException:
            # Stopped part-way: go on with whichever key the file now opens with, and finish or
            # undo the run accordingly.
            try:
                self._use_key(plan.old_key, self.keyring)
                rekey.settle(self.folder, self.keyring, opened=True, unlock=lambda _: plan.old_key)
            except StoreCorrupt:
                rekey.promote(self.folder)
                self._use_key(plan.new_key, Keyring.load(keyring_path(self.folder)))
            raise
        self._use_key(plan.new_key, Keyring.load(keyring_path(self.folder)))
        with self.unit_of_work() as uow:
            detail = json.dumps({"kept": len(plan.kept), "left_out": len(plan.left_out)})
            uow.audit(AuditAction.KEY_CHANGE, "register", None, detail=detail)

    def _use_key(self, data_key: bytes, keyring: Keyring) -> None:
        engine = make_engine(
            self.db_path, data_key, busy_timeout_ms=self.options.busy_timeout_ms
        )
        self.engine.dispose()
        self.engine, self.data_key, self.keyring = engine, data_key, keyring
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def slots_by_account(self) -> dict[str, OfficerSlot]:
        """Each password slot of register.keys under the officer account it opens.

        A slot keeps the id it was made with; the account may have taken another id when the
        officer became the commune's account of the same username (see desktop/sync/officers).
        """
        slots = self.keyring.officers()
        with self._sessions() as session:
            return {_account_of(session, slot.officer_id): slot for slot in slots}

    def close(self) -> None:
        self.engine.dispose()


def register_files(folder: Path) -> list[Path]:
    """The register, its WAL and shared-memory files, and the keyring with its copy."""
    db_path, keys_path = database_path(folder), keyring_path(folder)
    return [
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
        keys_path,
        backup_path(keys_path),
    ]


def _account_of(session: Session, slot_id: str) -> str:
    """The officer row a password slot opens: its own id, or the account it became."""
    alias = session.scalar(
        select(LocalSettingRow.value).where(LocalSettingRow.key == OFFICER_ALIAS + slot_id)
    )
    return alias or slot_id


def _setting(session: Session, key: str) -> str:
    value = session.scalar(select(LocalSettingRow.value).where(LocalSettingRow.key == key))
    if value is None:
        raise StorageError(f"missing local setting {key}")
    return value
