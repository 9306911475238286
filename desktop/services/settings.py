"""Settings: this PC's app file (language, data folder, auto-lock) and the register's own values."""

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from sqlalchemy import func, select

from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.text import fold
from desktop.paths import APP_NAME
from desktop.services.accounts import add_officer
from desktop.storage.schema.admin import LocalSettingRow, OfficerRow
from desktop.storage.store import Store
from desktop.sync.client import unencrypted

log = logging.getLogger(__name__)

CONFIG_ENV = "BVTE_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
DEFAULT_AUTO_LOCK_MINUTES = 10
MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES = 1, 120
SERVER_URL_KEY = "sync.server_url"
# Officers who answer for the register on this PC may give a colleague an account.
ROLES_THAT_ADD_OFFICERS = frozenset({Role.OFFICER, Role.APPROVER})


@dataclass(frozen=True)
class AppSettings:
    """What this PC remembers outside the register; never any personal data."""

    language: str = DEFAULT_LANGUAGE
    # None: the platform's user data folder (or $BVTE_DATA_DIR).
    data_folder: str | None = None
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES

    def normalised(self) -> "AppSettings":
        language = self.language if self.language in LANGUAGES else DEFAULT_LANGUAGE
        minutes = self.auto_lock_minutes
        if type(minutes) is not int or not (
            MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES
        ):
            minutes = DEFAULT_AUTO_LOCK_MINUTES
        folder = self.data_folder
        if not isinstance(folder, str) or not folder.strip():
            folder = None
        return replace(self, language=language, auto_lock_minutes=minutes, data_folder=folder)


def config_dir() -> Path:
    """$BVTE_CONFIG_DIR, else the platform's user config folder for BVTE."""
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_app_settings(path: Path | None = None) -> AppSettings:
    """The saved settings; defaults for anything missing, unknown or unreadable."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, ValueError) as exc:
        # A damaged settings file must never keep the officer out of the register.
        log.warning("settings file %s unreadable (%s); using defaults", path, type(exc).__name__)
        return AppSettings()
    if not isinstance(raw, dict):
        return AppSettings()
    known = {f.name for f in fields(AppSettings)}
    return AppSettings(**{k: v for k, v in raw.items() if k in known}).normalised()


def save_app_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write atomically, so a crash mid-write leaves the old file rather than half a file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(
        json.dumps(asdict(settings.normalised()), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    os.replace(temporary, path)


def get_local_setting(store: Store, key: str) -> str | None:
    """A value kept in the register for this PC only (never synced)."""
    with store.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(LocalSettingRow.value).where(LocalSettingRow.key == key))


def set_local_setting(store: Store, key: str, value: str | None) -> None:
    """Set (or with None, remove) a value kept in the register for this PC only."""
    with store.unit_of_work() as uow:
        row = uow.session.get(LocalSettingRow, key)
        if value is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(LocalSettingRow(key=key, value=value))
        else:
            row.value = value


def check_server_url(text: str) -> str:
    """The address cleaned up ("" means none); DomainError settings.bad_server_url otherwise,
    settings.insecure_server_url for http:// to any host but this PC."""
    url = text.strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise DomainError("settings.bad_server_url", url=url)
    try:
        parts.port  # noqa: B018 — raises ValueError on a malformed port
    except ValueError as exc:
        raise DomainError("settings.bad_server_url", url=url) from exc
    if unencrypted(url):
        raise DomainError("settings.insecure_server_url", url=url)
    return url


def server_url(store: Store) -> str:
    return get_local_setting(store, SERVER_URL_KEY) or ""


def set_server_url(store: Store, text: str) -> str:
    """Check and keep the city server's address; returns it as saved."""
    url = check_server_url(text)
    set_local_setting(store, SERVER_URL_KEY, url or None)
    return url


def can_add_officers(role: Role) -> bool:
    return role in ROLES_THAT_ADD_OFFICERS


@dataclass(frozen=True)
class OfficerInfo:
    """An officer as the Settings page lists them."""

    id: str
    full_name: str
    username: str
    role: Role
    # Whether they have a password on this PC (a slot in register.keys), and whether it is a
    # temporary one that they must replace at their next unlock.
    can_unlock: bool = True
    temporary: bool = False


def list_officers(store: Store) -> list[OfficerInfo]:
    """Active officers of this register, by name, with whether each can open it on this PC."""
    slots = store.slots_by_account()
    with store.unit_of_work(write=False) as uow:
        rows = uow.session.scalars(
            select(OfficerRow).where(OfficerRow.active.is_(True), OfficerRow.deleted_at.is_(None))
        ).all()
        found = [
            OfficerInfo(
                r.id,
                r.full_name,
                r.username,
                r.role,
                can_unlock=r.id in slots,
                temporary=r.id in slots and slots[r.id].must_change,
            )
            for r in rows
        ]
    return sorted(found, key=lambda officer: fold(officer.full_name))


def add_colleague(
    store: Store, *, full_name: str, username: str, password: str, role: Role
) -> OfficerInfo:
    """Another officer on this register, if the signed-in officer may add one and the name is free.

    Errors: officer.not_allowed, officer.name_missing, officer.username_taken, password.weak.
    """
    if not can_add_officers(store.officer.role):
        raise DomainError("officer.not_allowed", role=str(store.officer.role))
    full_name, username = full_name.strip(), username.strip()
    if not full_name or not username:
        raise DomainError("officer.name_missing")
    with store.unit_of_work(write=False) as uow:
        taken = uow.session.scalar(
            select(OfficerRow.id).where(func.lower(OfficerRow.username) == username.lower())
        )
    if taken is not None:
        raise DomainError("officer.username_taken", username=username)
    officer = add_officer(
        store, full_name=full_name, username=username, password=password, role=role
    )
    return OfficerInfo(officer.id, officer.full_name, officer.username, officer.role)
