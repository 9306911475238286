"""Offline sync by file: export the outbox sealed for the server, carry another PC's file to
the server, import the server's answer, and enrol a PC that is never online by file."""

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop import protocol as p
from desktop.protocol.enrolment import EnrolFileError, EnrolmentHeader, read_header
from desktop.services import sync as service
from desktop.storage.store import Store
from desktop.sync import bundle, enrol_file, settings
from desktop.sync.bundle import AnswerSummary
from desktop.sync.enrol_file import EnrolledByFile
from desktop.sync.errors import SyncError

# The server answers a forwarded file only once every batch in it is applied: thousands of
# changes from weeks on an island take longer than one online push.
FORWARD_TIMEOUT = 30 * 60.0
MAX_FILE_BYTES = 256 * 1024 * 1024  # far above any bundle or answer; a wrong file is refused

__all__ = ["AnswerSummary", "EnrolledByFile", "Exported", "Forwarded"]


@dataclass(frozen=True)
class Exported:
    changes: int
    batches: int
    left: int
    enrolling: bool


@dataclass(frozen=True)
class Forwarded:
    changes: int
    commune_code: str


def _read(source: Path) -> bytes:
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise SyncError("bundle.too_large")
        return source.read_bytes()
    except OSError as exc:
        raise SyncError("bundle.cannot_read", detail=type(exc).__name__) from exc


def _write(target: Path, data: bytes) -> None:
    """Beside the target first and renamed: a cut (a stick pulled out) never leaves half a
    file under the right name. Bundles and answers are sealed; nothing in them is plain."""
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # a USB stick is often pulled out right after
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise SyncError("bundle.cannot_write", detail=type(exc).__name__) from exc


def set_server_key(store: Store, key_text: str) -> None:
    """Keep the server's bundle key (from enrolment or a file the city hands out)."""
    key = bundle.load_public_key(key_text)
    with store.unit_of_work() as uow:
        settings.put(uow.session, settings.SERVER_KEY, bundle.public_key_text(key))


def export_bundle(
    store: Store, target: Path, progress: Callable[[int, int], None] | None = None
) -> Exported:
    """Write what is owed to the server to `target` (with nothing owed, the file asks only
    for the commune's news). `progress(batches, about how many)` while batches are made."""
    with store.unit_of_work() as uow:
        made = bundle.export_bundle(uow.session, commune_code=store.commune_code,
                                    progress=progress)
    # Written after the commit: a file whose key the register lost could never be answered.
    _write(target, made.blob)
    return Exported(made.changes, made.batches, made.left, made.enrolling)


def import_answer(store: Store, source: Path) -> AnswerSummary:
    data = _read(source)
    with store.unit_of_work() as uow:
        return bundle.import_answer(
            uow.session, data, commune_code=store.commune_code, device_id=store.device_id
        )


def forward_bundle(
    store: Store, source: Path, answer: Path, *, password: str | None = None
) -> Forwarded:
    """This connected PC carries another PC's bundle to the server, logged in as itself, and
    saves the answer for the officer to carry back. It cannot read either file."""
    data = _read(source)
    if not data.startswith(p.BUNDLE_MAGIC):
        raise SyncError("bundle.not_a_bundle")
    client = service.connect(store, password)
    try:
        reply, said = client.import_bundle(data, timeout=FORWARD_TIMEOUT)
    finally:
        client.close()
    _write(answer, reply)
    changes = said.get(p.HEADER_BUNDLE_CHANGES, "")
    return Forwarded(int(changes) if changes.isdigit() else 0,
                     said.get(p.HEADER_BUNDLE_COMMUNE, ""))


def read_enrolment(source: Path) -> EnrolmentHeader:
    """What an enrolment file says it is for, to show before the code is asked."""
    try:
        return read_header(_read(source))
    except EnrolFileError as exc:
        raise SyncError(exc.code) from None


def enrol_by_file(store: Store, source: Path, code: str) -> EnrolledByFile:
    data = _read(source)
    with store.unit_of_work() as uow:
        return enrol_file.enrol(uow.session, data, code, commune_code=store.commune_code)
