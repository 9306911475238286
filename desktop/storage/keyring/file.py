"""The keyring file: its JSON layout, strict parsing, and atomic writes with a backup copy."""

import base64
import binascii
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import low_level as argon2_low_level

from desktop.storage.files import atomic_write
from desktop.storage.keyring.errors import KeyringCorrupt, KeyringMissing
from desktop.storage.keyring.params import (
    BACKUP_SUFFIX,
    CHECK_BYTES,
    FORMAT,
    KEY_CHECK_BYTES,
    MAX_FILE_BYTES,
    NONCE_BYTES,
    OFFICER,
    RECOVERY,
    SALT_BYTES,
    VERSION,
    WRAPPED_KEY_BYTES,
    KdfParams,
)


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: str
    officer_id: str | None
    display_name: str | None
    kdf: KdfParams
    salt: bytes
    check: bytes
    nonce: bytes
    wrapped_key: bytes
    # A temporary password given by a colleague: its officer must choose their own at the first
    # unlock. Bound into the wrapped key (see Keyring._associated_data), so it cannot be dropped.
    must_change: bool = False


@dataclass(frozen=True)
class Failures:
    count: int
    last: float


def backup_path(path: str | os.PathLike[str]) -> Path:
    """The second copy kept beside the keyring: register.keys.bak."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class KeyringDocument:
    """What a keyring file holds, checked: everything but the clock and the path."""

    file_id: str
    key_check: bytes
    slots: list[Slot]
    failures: dict[str, Failures]


def to_json(document: KeyringDocument) -> bytes:
    slots = []
    for slot in document.slots:
        entry: dict[str, Any] = {"slot_id": slot.slot_id, "kind": slot.kind}
        if slot.kind == OFFICER:
            entry["officer_id"] = slot.officer_id
            entry["display_name"] = slot.display_name
            if slot.must_change:
                entry["must_change"] = True
        entry["kdf"] = {
            "name": "argon2id",
            "version": argon2_low_level.ARGON2_VERSION,
            "time_cost": slot.kdf.time_cost,
            "memory_cost": slot.kdf.memory_cost,
            "parallelism": slot.kdf.parallelism,
            "salt": _b64(slot.salt),
        }
        entry["check"] = _b64(slot.check)
        entry["nonce"] = _b64(slot.nonce)
        entry["wrapped_key"] = _b64(slot.wrapped_key)
        slots.append(entry)
    body = {
        "format": FORMAT,
        "version": VERSION,
        "file_id": document.file_id,
        "key_check": _b64(document.key_check),
        "slots": slots,
        "failures": {
            slot_id: {"count": record.count, "last": record.last}
            for slot_id, record in document.failures.items()
        },
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save(path: Path, document: KeyringDocument) -> None:
    data = to_json(document)
    # Main file first: if we stop between the two writes the main file is already current.
    atomic_write(path, data)
    atomic_write(backup_path(path), data)


def read(path: Path) -> KeyringDocument:
    """The checked content of one file; KeyringMissing or KeyringCorrupt otherwise."""
    return parse(_read_json(path))


def parse(document: Any) -> KeyringDocument:
    doc = _expect_dict(document, "keyring")
    if doc.get("format") != FORMAT:
        raise KeyringCorrupt("not a BVTE keyring")
    version = doc.get("version")
    if type(version) is not int or version != VERSION:
        raise KeyringCorrupt(f"unsupported keyring version: {version!r}")
    file_id = doc.get("file_id")
    if not _is_hex(file_id, 32):
        raise KeyringCorrupt("bad file_id")
    key_check = _expect_bytes(doc.get("key_check"), KEY_CHECK_BYTES, "key_check")
    raw_slots = doc.get("slots")
    if not isinstance(raw_slots, list):
        raise KeyringCorrupt("bad slots")
    slots = [_slot_from_document(entry) for entry in raw_slots]
    slot_ids = [slot.slot_id for slot in slots]
    officer_ids = [slot.officer_id for slot in slots if slot.kind == OFFICER]
    if len(set(slot_ids)) != len(slot_ids) or len(set(officer_ids)) != len(officer_ids):
        raise KeyringCorrupt("duplicate slots")
    if not officer_ids or sum(1 for slot in slots if slot.kind == RECOVERY) != 1:
        raise KeyringCorrupt("keyring needs officer slots and exactly one recovery slot")
    failures: dict[str, Failures] = {}
    for slot_id, record in _expect_dict(doc.get("failures"), "failures").items():
        record = _expect_dict(record, "failure record")
        count, last = record.get("count"), record.get("last")
        if slot_id not in slot_ids or type(count) is not int or count < 1:
            raise KeyringCorrupt("bad failure record")
        if type(last) not in (int, float) or not math.isfinite(last):
            raise KeyringCorrupt("bad failure record")
        failures[slot_id] = Failures(count, float(last))
    return KeyringDocument(file_id, key_check, slots, failures)


def _read_json(path: Path) -> Any:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyringMissing(f"no keyring at {path}") from None
    if len(data) > MAX_FILE_BYTES:
        raise KeyringCorrupt("keyring file is too large")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyringCorrupt("keyring file is not valid JSON") from None


def _slot_from_document(entry: Any) -> Slot:
    entry = _expect_dict(entry, "slot")
    slot_id, kind = entry.get("slot_id"), entry.get("kind")
    if not _is_hex(slot_id, 16) or kind not in (OFFICER, RECOVERY):
        raise KeyringCorrupt("bad slot id or kind")
    officer_id = display_name = None
    must_change = entry.get("must_change", False)
    if type(must_change) is not bool or (must_change and kind != OFFICER):
        raise KeyringCorrupt("bad must_change flag")
    if kind == OFFICER:
        officer_id, display_name = entry.get("officer_id"), entry.get("display_name")
        if not isinstance(officer_id, str) or not officer_id or not isinstance(display_name, str):
            raise KeyringCorrupt("bad officer slot")
    kdf_entry = _expect_dict(entry.get("kdf"), "kdf")
    if kdf_entry.get("name") != "argon2id" or kdf_entry.get("version") != (
        argon2_low_level.ARGON2_VERSION
    ):
        raise KeyringCorrupt("unsupported key derivation")
    try:
        kdf = KdfParams(
            time_cost=kdf_entry.get("time_cost"),
            memory_cost=kdf_entry.get("memory_cost"),
            parallelism=kdf_entry.get("parallelism"),
        )
    except ValueError:
        raise KeyringCorrupt("bad key derivation parameters") from None
    return Slot(
        slot_id=slot_id,
        kind=kind,
        officer_id=officer_id,
        display_name=display_name,
        kdf=kdf,
        salt=_expect_bytes(kdf_entry.get("salt"), SALT_BYTES, "salt"),
        check=_expect_bytes(entry.get("check"), CHECK_BYTES, "check"),
        nonce=_expect_bytes(entry.get("nonce"), NONCE_BYTES, "nonce"),
        wrapped_key=_expect_bytes(entry.get("wrapped_key"), WRAPPED_KEY_BYTES, "wrapped_key"),
        must_change=must_change,
    )


def _expect_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise KeyringCorrupt(f"bad {what}")
    return value


def _expect_bytes(value: Any, length: int, what: str) -> bytes:
    if not isinstance(value, str):
        raise KeyringCorrupt(f"bad {what}")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise KeyringCorrupt(f"bad {what}") from None
    if len(data) != length:
        raise KeyringCorrupt(f"bad {what}")
    return data


def _is_hex(value: Any, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(ch in "0123456789abcdef" for ch in value)
    )
