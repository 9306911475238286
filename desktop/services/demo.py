"""A ready-made demo register with synthetic children, for a first look at the app."""

from pathlib import Path

from desktop.paths import database_path
from desktop.services import sync as sync_service
from desktop.services.register_access import create_register, load_keyring, open_register
from desktop.services.seed import seed_register
from desktop.sync import settings as sync_settings

DEMO_PASSWORD = "demo-bvte-2026"
DEMO_COMMUNE = "11560"  # Phường Thủy Nguyên
DEMO_OFFICER = "Trần Thị Mai"


def prepare_demo(folder: Path, *, children: int = 3000) -> bool:
    """Create and seed the demo register unless it is already there; True if it was made now."""
    if database_path(folder).exists():
        return False
    store, _recovery_key = create_register(
        folder,
        commune_code=DEMO_COMMUNE,
        full_name=DEMO_OFFICER,
        username="tran.thi.mai",
        password=DEMO_PASSWORD,
    )
    try:
        seed_register(store, children=children, seed=2026)
    finally:
        store.close()
    return True


DEMO_SERVER_USER = "demo.thuy.nguyen"


def enrol_demo(folder: Path, server_url: str) -> None:
    """Enrol the demo register to the demo city server at `server_url` (made with the demo
    accounts); a register enrolled by an earlier demo only takes the new address."""
    officer_id = load_keyring(folder).officers()[0].officer_id
    store = open_register(folder, officer_id, password=DEMO_PASSWORD)
    try:
        if sync_service.status(store).enrolled:
            with store.unit_of_work() as uow:
                sync_settings.put(uow.session, sync_settings.SERVER_URL, server_url)
        else:
            sync_service.enrol(store, server_url, DEMO_SERVER_USER, DEMO_PASSWORD)
    finally:
        store.close()
