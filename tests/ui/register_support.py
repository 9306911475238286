"""Helpers for the register, profile and visit screen tests: a real register and a page context."""

from datetime import date
from pathlib import Path

from desktop.domain.child import Carer, Child
from desktop.domain.enums import CarerRelation, Sex
from desktop.services.seed import seed_register
from desktop.storage.store import Store
from desktop.ui.context import AppContext, AppSignals
from desktop.ui.task_runner import TaskRunner
from tests.helpers.registers import COMMUNE, FAST, PASSWORD, create_store

KNOWN_ID = "031215001234"


def make_register(folder: Path, seeded: int = 0) -> Store:
    store, _recovery = create_store(folder)
    if seeded:
        seed_register(store, children=seeded, seed=5)
    with store.unit_of_work() as uow:
        child = uow.children.add(
            Child(
                commune_code=COMMUNE,
                full_name="Nguyễn Văn Ân",
                sex=Sex.MALE,
                date_of_birth=date(2015, 3, 4),
                dob_estimated=True,
                personal_id=KNOWN_ID,
                village="Thôn Đông Hải",
            )
        )
        uow.carers.add(
            Carer(child_id=child.id, full_name="Lê Thị Hoà", relation=CarerRelation.MOTHER)
        )
    return store


def reopen(folder: Path, officer_id: str) -> Store:
    return Store.open(folder, officer_id=officer_id, password=PASSWORD, opts=FAST)


def context(store: Store, runner: TaskRunner, lang: str = "vi") -> AppContext:
    return AppContext(store, runner, lang, store.officer, AppSignals())


def vietnamese_catalogue(qapp):
    """Build and install the Vietnamese catalogue; returns the translators to remove after."""
    import subprocess
    import sys

    from desktop.ui.language import install_translators

    build = Path(__file__).resolve().parents[2] / "i18n" / "build.py"
    subprocess.run([sys.executable, str(build)], check=True, capture_output=True)
    return install_translators(qapp, "vi")
