"""Fixtures for storage tests: real SQLCipher registers in a temporary folder."""

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.child import Carer, Child
from desktop.domain.enums import CarerRelation, Sex
from desktop.storage.store import Store
from tests.helpers.registers import add_child, create_store


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "register"


@pytest.fixture
def store(folder: Path):
    created, _recovery = create_store(folder)
    yield created
    created.close()


@pytest.fixture
def family(store: Store) -> Child:
    """One child with a mother, enough to search by name, ID, carer and thôn."""
    child = add_child(
        store,
        "Nguyễn Văn Ân",
        sex=Sex.MALE,
        date_of_birth=date(2015, 3, 4),
        personal_id="031215001234",
        village="Thôn Đông Hải",
    )
    with store.unit_of_work() as uow:
        uow.carers.add(
            Carer(child_id=child.id, full_name="Lê Thị Hoà", relation=CarerRelation.MOTHER)
        )
    return child
