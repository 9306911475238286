"""Administration shared by the CLI, the API and the embedded demo: communes, people, devices."""

import csv
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select, update

from desktop.domain.text import nfc
from server import models as m
from server.auth import hash_device_secret, hash_password, new_device_secret

ROLE_OFFICER = "officer"
ROLE_CITY = "city_staff"
ROLES = (ROLE_OFFICER, ROLE_CITY)
REFERENCE_COMMUNES = Path(__file__).resolve().parent.parent / "resources/reference/communes.csv"


class AdminError(Exception):
    """An administration step that cannot be done; `code` is stable, str() is Vietnamese."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def now() -> datetime:
    return datetime.now(UTC)


def token_secret(engine: Engine) -> bytes:
    """The HMAC key for access tokens, made once and kept in the database for every worker."""
    with engine.begin() as conn:
        row = conn.execute(select(m.server_setting.c.value)
                           .where(m.server_setting.c.key == "token_secret")).first()
        if row:
            return bytes.fromhex(row[0])
        value = secrets.token_hex(32)
        conn.execute(insert(m.server_setting).values(key="token_secret", value=value))
        return bytes.fromhex(value)


def reference_communes(path: Path = REFERENCE_COMMUNES) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: nfc(row["name"]) for row in csv.DictReader(handle)}


def create_commune(engine: Engine, code: str, name: str | None = None) -> str:
    """Add a commune; the name comes from the reference list when not given. Returns the name."""
    if not (len(code) == 5 and code.isdigit()):
        raise AdminError("commune.bad_code", f"Mã xã phải có 5 chữ số: {code!r}.")
    if name is None:
        name = reference_communes().get(code)
        if name is None:
            raise AdminError("commune.unknown",
                             f"Mã {code} không có trong danh sách xã của Hải Phòng; hãy ghi tên.")
    with engine.begin() as conn:
        exists = conn.execute(select(m.commune.c.code).where(m.commune.c.code == code)).first()
        if exists:
            conn.execute(update(m.commune).where(m.commune.c.code == code)
                         .values(name=nfc(name)))
        else:
            conn.execute(insert(m.commune).values(code=code, name=nfc(name), log_seq=0))
    return nfc(name)


def create_all_reference_communes(engine: Engine) -> int:
    communes = reference_communes()
    for code, name in communes.items():
        create_commune(engine, code, name)
    return len(communes)


def commune_exists(conn: Connection, code: str) -> bool:
    found = conn.execute(select(m.commune.c.code).where(m.commune.c.code == code)).first()
    return found is not None


def create_account(engine: Engine, username: str, password: str, role: str,
                   commune_code: str | None = None, full_name: str = "") -> str:
    if role not in ROLES:
        raise AdminError("account.bad_role", f"Vai trò phải là một trong {ROLES}.")
    if role == ROLE_OFFICER and not commune_code:
        raise AdminError("account.no_commune", "Cán bộ xã phải gắn với một xã.")
    if len(password) < 8:
        raise AdminError("account.weak_password", "Mật khẩu phải có ít nhất 8 ký tự.")
    account_id = str(uuid.uuid4())
    with engine.begin() as conn:
        if commune_code and not commune_exists(conn, commune_code):
            raise AdminError("commune.unknown",
                             f"Xã {commune_code} chưa có trên máy chủ; hãy tạo xã trước.")
        taken = conn.execute(select(m.account.c.id)
                             .where(m.account.c.username == username)).first()
        if taken:
            raise AdminError("account.exists", f"Tên đăng nhập {username!r} đã có.")
        conn.execute(insert(m.account).values(
            id=account_id, username=username, full_name=nfc(full_name),
            password_hash=hash_password(password), role=role,
            commune_code=commune_code if role == ROLE_OFFICER else None, active=True,
            created_at=now()))
    return account_id


def set_account_active(engine: Engine, username: str, active: bool) -> bool:
    """Deactivate (or reactivate) an account; True when it changed. A deactivated account's
    tokens are refused at once by every worker: each authenticated request reads the flag."""
    with engine.begin() as conn:
        done = conn.execute(update(m.account).where(m.account.c.username == username,
                                                    m.account.c.active.is_(not active))
                            .values(active=active))
        return done.rowcount == 1


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    device_secret: str
    commune_code: str


def enrol_device(engine: Engine, account_id: str, commune_code: str, name: str) -> Enrolment:
    device_id, secret = str(uuid.uuid4()), new_device_secret()
    with engine.begin() as conn:
        conn.execute(insert(m.device).values(
            id=device_id, commune_code=commune_code, account_id=account_id, name=nfc(name),
            secret_hash=hash_device_secret(secret), enrolled_at=now()))
    return Enrolment(device_id, secret, commune_code)


def revoke_device(engine: Engine, device_id: str) -> bool:
    with engine.begin() as conn:
        done = conn.execute(update(m.device).where(m.device.c.id == device_id,
                                                   m.device.c.revoked_at.is_(None))
                            .values(revoked_at=now()))
        return done.rowcount == 1


def list_devices(engine: Engine, commune_code: str | None = None) -> list[dict[str, object]]:
    query = (select(m.device.c.id, m.device.c.commune_code, m.device.c.name,
                    m.account.c.username, m.device.c.enrolled_at, m.device.c.revoked_at,
                    m.device.c.last_seen_at)
             .join(m.account, m.account.c.id == m.device.c.account_id)
             .order_by(m.device.c.commune_code, m.device.c.enrolled_at))
    if commune_code:
        query = query.where(m.device.c.commune_code == commune_code)
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]
