"""Enrolment by file: the city issues a one-time, expiring file; the first bundle redeems it.

Design and threat model: desktop/protocol/enrolment.py and server/README.md.
"""

import hmac
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select, update

from desktop.protocol import wire_datetime
from desktop.protocol.enrolment import (
    EnrolmentHeader,
    new_code,
    new_token,
    seal_enrolment,
    token_hash,
)
from server import models as m
from server.accounts import ROLE_OFFICER, AdminError, now
from server.auth import hash_device_secret
from server.bundles import public_key_b64
from server.db import write_transaction
from server.errors import ApiError

DEFAULT_VALID = timedelta(days=30)
LONGEST_VALID = timedelta(days=365)
_DURATION = re.compile(r"(\d{1,4})\s*([dhm])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def parse_duration(text: str) -> timedelta:
    """'30d', '12h' or '90m'; at most a year."""
    found = _DURATION.fullmatch(text.strip().lower())
    if found is None:
        raise AdminError("enrolment.bad_duration",
                         f"Thời hạn {text!r} không hợp lệ: hãy ghi số ngày (30d) hoặc giờ (12h).")
    valid = timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})
    if not timedelta(0) < valid <= LONGEST_VALID:
        raise AdminError("enrolment.bad_duration", "Thời hạn phải từ 1 phút đến 365 ngày.")
    return valid


@dataclass(frozen=True)
class Issued:
    """The file's bytes, the activation code to give apart from it, and what it is for."""

    blob: bytes
    code: str
    header: EnrolmentHeader
    full_name: str


def issue(engine: Engine, commune_code: str, username: str, *,
          valid_for: timedelta = DEFAULT_VALID, server_url: str = "") -> Issued:
    """A new enrolment file for `username`, an active officer of `commune_code`."""
    key = public_key_b64(engine)
    with write_transaction(engine) as conn:
        commune = conn.execute(select(m.commune.c.name)
                               .where(m.commune.c.code == commune_code)).first()
        if commune is None:
            raise AdminError("commune.unknown",
                             f"Xã {commune_code} chưa có trên máy chủ; hãy tạo xã trước.")
        account = conn.execute(select(m.account).where(m.account.c.username == username)).first()
        if account is None or not account.active:
            raise AdminError("account.unknown",
                             f"Không có tài khoản đang hoạt động tên {username!r}.")
        if account.role != ROLE_OFFICER or account.commune_code != commune_code:
            raise AdminError("enrolment.other_commune",
                             f"Tài khoản {username!r} không phải cán bộ của xã {commune_code}; "
                             "tệp đăng ký chỉ cấp cho cán bộ của đúng xã đó.")
        issued = now()
        header = EnrolmentHeader(
            enrolment_id=str(uuid.uuid4()), device_id=str(uuid.uuid4()),
            commune_code=commune_code, commune_name=commune.name, username=username,
            server_url=server_url.rstrip("/"), server_key=key,
            issued_at=wire_datetime(issued), expires_at=wire_datetime(issued + valid_for))
        token, code = new_token(), new_code()
        conn.execute(insert(m.enrolment_file).values(
            id=header.enrolment_id, device_id=header.device_id, commune_code=commune_code,
            account_id=account.id, token_hash=token_hash(token), issued_at=issued,
            expires_at=issued + valid_for))
    return Issued(seal_enrolment(header, token, code), code, header, account.full_name)


def _utc(value: datetime) -> datetime:
    # SQLite gives the stored instant back without its zone; it was stored in UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def redeem(engine: Engine, device_id: str, device_secret: str, token: str,
           device_name: str = "") -> bool:
    """Make the device a bundle's enrolment token names; True when made now.

    The same device coming again (a replayed or later bundle sent before its first answer
    came back) passes; any other use of a used, expired or cancelled file is refused.
    """
    with write_transaction(engine) as conn:
        row = conn.execute(select(m.enrolment_file)
                           .where(m.enrolment_file.c.device_id == device_id)).first()
        if row is None or not hmac.compare_digest(row.token_hash, token_hash(token)):
            raise ApiError(403, "enrolment.unknown")
        if row.cancelled_at is not None:
            raise ApiError(403, "enrolment.cancelled")
        if row.used_at is not None:
            made = conn.execute(select(m.device.c.secret_hash)
                                .where(m.device.c.id == device_id)).scalar()
            if made is not None and hmac.compare_digest(made, hash_device_secret(device_secret)):
                return False
            raise ApiError(403, "enrolment.used")
        at = now()
        if at >= _utc(row.expires_at):
            raise ApiError(403, "enrolment.expired")
        account = conn.execute(select(m.account).where(m.account.c.id == row.account_id)).first()
        if account is None or not account.active or account.commune_code != row.commune_code:
            raise ApiError(403, "enrolment.account")
        taken = conn.execute(update(m.enrolment_file)
                             .where(m.enrolment_file.c.id == row.id,
                                    m.enrolment_file.c.used_at.is_(None))
                             .values(used_at=at))
        if taken.rowcount != 1:  # another PC's bundle with the same file got there first
            raise ApiError(403, "enrolment.used")
        conn.execute(insert(m.device).values(
            id=device_id, commune_code=row.commune_code, account_id=row.account_id,
            name=device_name or "tệp đăng ký", secret_hash=hash_device_secret(device_secret),
            enrolled_at=at))
    return True


def cancel(engine: Engine, device_id: str) -> bool:
    """Cancel an unused file (lost, or given to the wrong person); True if one was."""
    with write_transaction(engine) as conn:
        done = conn.execute(update(m.enrolment_file)
                            .where(m.enrolment_file.c.device_id == device_id,
                                   m.enrolment_file.c.used_at.is_(None),
                                   m.enrolment_file.c.cancelled_at.is_(None))
                            .values(cancelled_at=now()))
        return done.rowcount == 1
