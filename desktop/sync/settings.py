"""This PC's sync settings, kept in the encrypted register's local_setting table."""

from sqlalchemy import text
from sqlalchemy.orm import Session

SERVER_URL = "sync.server_url"
DEVICE_ID = "sync.device_id"
DEVICE_SECRET = "sync.device_secret"
USERNAME = "sync.username"
SERVER_KEY = "sync.server_public_key"
LAST_SUCCESS = "sync.last_success_at"
LAST_VERIFY = "sync.last_verify_at"
LAST_ERROR = "sync.last_error"
REMINDER_AT = "sync.reminder_at"


def get(session: Session, key: str, default: str = "") -> str:
    value = session.execute(
        text("SELECT value FROM local_setting WHERE key = :k"), {"k": key}
    ).scalar()
    return default if value is None else value


def put(session: Session, key: str, value: str) -> None:
    session.execute(
        text(
            "INSERT INTO local_setting (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )
