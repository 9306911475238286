"""App settings file (no personal data) and the register's own settings such as the server."""

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.services.settings import (
    AppSettings,
    can_add_officers,
    check_server_url,
    config_dir,
    load_app_settings,
    save_app_settings,
    server_url,
    set_server_url,
)
from desktop.services.sync.status_bar import sync_status
from desktop.storage.store import Store
from tests.helpers.registers import FAST, PASSWORD, add_child, create_store


def test_defaults_are_vietnamese_ten_minutes_and_the_platform_folder(tmp_path: Path) -> None:
    settings = load_app_settings(tmp_path / "none.json")
    assert settings == AppSettings(language="vi", data_folder=None, auto_lock_minutes=10)


def test_settings_round_trip_and_hold_nothing_personal(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    save_app_settings(
        AppSettings(language="en", data_folder="/srv/bvte", auto_lock_minutes=5), path
    )
    assert load_app_settings(path) == AppSettings("en", "/srv/bvte", 5)
    assert set(json.loads(path.read_text(encoding="utf-8"))) == {
        "language",
        "data_folder",
        "auto_lock_minutes",
    }


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"language": "fr", "auto_lock_minutes": 0, "extra": 1}'],
)
def test_a_damaged_or_odd_file_falls_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert load_app_settings(path) == AppSettings()


def test_config_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BVTE_CONFIG_DIR", str(tmp_path / "x"))
    assert config_dir() == tmp_path / "x"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  https://bvte.haiphong.gov.vn/ ", "https://bvte.haiphong.gov.vn"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("", ""),
    ],
)
def test_server_addresses_are_cleaned(typed: str, kept: str) -> None:
    assert check_server_url(typed) == kept


@pytest.mark.parametrize("typed", ["bvte.haiphong.gov.vn", "ftp://x.vn", "http://", "http://a:x"])
def test_bad_server_addresses_are_refused_with_a_code(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        check_server_url(typed)
    assert caught.value.code == "settings.bad_server_url"


@pytest.mark.parametrize(
    "typed", ["http://bvte.haiphong.gov.vn", "HTTP://10.0.0.5:8740", "http://127.0.0.1.example.vn"]
)
def test_item12_unencrypted_server_addresses_are_refused_but_loopback(typed: str) -> None:
    with pytest.raises(DomainError) as caught:
        check_server_url(typed)
    assert caught.value.code == "settings.insecure_server_url"
    for loopback in ("http://localhost:8740", "http://127.0.0.2:1", "http://[::1]:8740"):
        assert check_server_url(loopback) == loopback


def test_server_address_lives_in_the_register(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    store, _ = create_store(folder)
    assert server_url(store) == ""
    set_server_url(store, "https://sync.example.vn/")
    officer_id = store.officer.id
    store.close()
    again = Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)
    try:
        assert server_url(again) == "https://sync.example.vn"
        set_server_url(again, "")
        assert server_url(again) == ""
    finally:
        again.close()


def test_only_officers_and_approvers_add_officers() -> None:
    assert can_add_officers(Role.OFFICER)
    assert can_add_officers(Role.APPROVER)
    assert not can_add_officers(Role.COLLABORATOR)
    assert not can_add_officers(Role.VIEWER)


def test_sync_status_counts_the_outbox_and_reads_the_last_success(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "r")
    try:
        before = sync_status(store)
        assert before.last_sync_at is None
        add_child(store, "Nguyễn Văn Ân")
        add_child(store, "Lê Thị Hoà")
        with store.unit_of_work() as uow:
            has_outbox = uow.session.scalar(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'sync_outbox'")
            )
            rows = uow.session.scalar(text("SELECT count(*) FROM sync_outbox")) if has_outbox else 0
            uow.session.execute(
                text("INSERT INTO local_setting VALUES ('sync.last_success_at', :at)"),
                {"at": "2026-11-20T09:30:00+00:00"},
            )
        status = sync_status(store)
        assert status.pending == rows
        if has_outbox:
            # Change capture records each new child, so the count grows with the writes.
            assert status.pending >= before.pending + 2
        assert status.last_sync_at is not None
        assert status.last_sync_at.isoformat() == "2026-11-20T09:30:00+00:00"
    finally:
        store.close()
