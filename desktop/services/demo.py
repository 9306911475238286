"""A ready-made demo register with synthetic children, for a first look at the app."""

from pathlib import Path

from desktop.paths import database_path
from desktop.services.seed import seed_register
from desktop.storage.store import Store

DEMO_PASSWORD = "demo-bvte-2026"
DEMO_COMMUNE = "11560"  # Phường Thủy Nguyên
DEMO_OFFICER = "Trần Thị Mai"


def prepare_demo(folder: Path, *, children: int = 3000) -> bool:
    """Create and seed the demo register unless it is already there; True if it was made now."""
    if database_path(folder).exists():
        return False
    store, _recovery_key = Store.create(
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
