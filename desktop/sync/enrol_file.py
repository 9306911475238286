"""Enrolment by file on a PC that is never online: its credentials, kept until confirmed.

The file (protocol.enrolment) names the device and brings the server's bundle key and a one-time
token; the device secret is made here and never leaves the register except sealed for the
server. The token rides in every bundle until an answer comes back, which proves the server
made the device; then it is forgotten.
"""

import base64
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.protocol.enrolment import EnrolFileError, EnrolmentHeader, open_enrolment
from desktop.sync import settings
from desktop.sync.errors import SyncError

TOKEN = "sync.enrol_token"
ENROLMENT_ID = "sync.enrol_id"
EXPIRES_AT = "sync.enrol_expires_at"


@dataclass(frozen=True)
class EnrolledByFile:
    device_id: str
    commune_code: str
    commune_name: str
    username: str
    expires_at: datetime
    replaced: bool  # an earlier enrolment by file, never confirmed, was given up for this one


def pending_token(session: Session) -> str:
    return settings.get(session, TOKEN)


def _forget_unconfirmed(session: Session) -> None:
    """The server never made the earlier device: batches frozen under its id go back to the
    outbox, to be frozen again under the new one, and its bundles' keys are dropped."""
    session.execute(text("UPDATE sync_outbox SET batch_id = NULL, op_id = NULL"))
    session.execute(text("DELETE FROM sync_batch"))
    session.execute(text("DELETE FROM local_setting WHERE key LIKE 'sync.bundle_key.%'"))


def enrol(
    session: Session, blob: bytes, code: str, *, commune_code: str, now: datetime | None = None
) -> EnrolledByFile:
    """Take an enrolment file with its activation code (call in a write transaction)."""
    try:
        header, token = open_enrolment(blob, code)
    except EnrolFileError as exc:
        raise SyncError(exc.code) from None
    if header.commune_code != commune_code:
        raise SyncError("enrol.other_commune")
    if header.expires() <= (now or datetime.now(UTC)):
        raise SyncError("enrol.expired")
    try:
        X25519PublicKey.from_public_bytes(base64.b64decode(header.server_key, validate=True))
    except ValueError:
        raise SyncError("bundle.bad_server_key") from None
    current = settings.get(session, settings.DEVICE_ID)
    pending = pending_token(session)
    if current and not pending:
        raise SyncError("enrol.already_enrolled")
    if pending and settings.get(session, ENROLMENT_ID) == header.enrolment_id:
        raise SyncError("enrol.already_imported")
    if current:
        _forget_unconfirmed(session)
    for key, value in (
        (settings.DEVICE_ID, header.device_id),
        (settings.DEVICE_SECRET, secrets.token_urlsafe(32)),
        (settings.SERVER_KEY, header.server_key),
        (settings.SERVER_URL, header.server_url),
        (settings.USERNAME, header.username),
        (TOKEN, token),
        (ENROLMENT_ID, header.enrolment_id),
        (EXPIRES_AT, header.expires_at),
    ):
        settings.put(session, key, value)
    return _summary(header, replaced=bool(current))


def _summary(header: EnrolmentHeader, *, replaced: bool) -> EnrolledByFile:
    return EnrolledByFile(
        header.device_id,
        header.commune_code,
        header.commune_name,
        header.username,
        header.expires(),
        replaced,
    )


def confirm(session: Session) -> bool:
    """An answer came back: the server has the device. True if it was waiting for that."""
    if not pending_token(session):
        return False
    session.execute(
        text("DELETE FROM local_setting WHERE key IN (:a, :b, :c)"),
        {"a": TOKEN, "b": ENROLMENT_ID, "c": EXPIRES_AT},
    )
    return True
