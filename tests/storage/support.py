"""Helpers for storage tests: real SQLCipher registers in a temporary folder, cheap KDF."""

from pathlib import Path

from desktop.domain.child import Child
from desktop.storage.keyring import KdfParams
from desktop.storage.store import Store, StoreOptions

FAST = StoreOptions(kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1))
PASSWORD = "Mật-khẩu-2026!"
COMMUNE = "11560"


def create_store(folder: Path, **overrides: object) -> tuple[Store, str]:
    params: dict[str, object] = {
        "commune_code": COMMUNE,
        "full_name": "Trần Thị Mai",
        "username": "tran.thi.mai",
        "password": PASSWORD,
        "opts": FAST,
    }
    params.update(overrides)
    return Store.create(folder, **params)


def add_child(store: Store, full_name: str, **fields: object) -> Child:
    with store.unit_of_work() as uow:
        return uow.children.add(Child(commune_code=COMMUNE, full_name=full_name, **fields))
