"""Real SQLCipher registers for tests in a temporary folder, with a cheap KDF."""

from datetime import date
from pathlib import Path

from sqlalchemy import text

from desktop.domain.child import Allowance, Carer, Child, ChildFile, GroupMembership, Household
from desktop.domain.enums import AllowanceCategory, CarerRelation, Sex, SpecialGroup
from desktop.services.seed import seed_register
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


def secrets_of(store: Store) -> set[str]:
    """Every name, ID number, phone and address the seed wrote, as a person would type them."""
    queries = (
        "SELECT full_name FROM child",
        "SELECT personal_id FROM child WHERE personal_id IS NOT NULL",
        "SELECT full_name FROM carer",
        "SELECT phone FROM carer WHERE phone IS NOT NULL AND phone != ''",
        "SELECT address FROM household WHERE address IS NOT NULL AND address != ''",
    )
    found: set[str] = set()
    with store.unit_of_work(write=False) as uow:
        for query in queries:
            found.update(value for (value,) in uow.session.execute(text(query)) if value)
    return found


def a_file(**child: object) -> ChildFile:
    """A complete child file (household, carer, group, allowance) with fields overridable."""
    values: dict[str, object] = {
        "commune_code": COMMUNE,
        "full_name": "Nguyễn Thị Hoa",
        "sex": Sex.FEMALE,
        "date_of_birth": date(2016, 4, 2),
        "personal_id": "031316004321",
        "village": "Thôn Bắc",
    }
    values.update(child)
    kid = Child(**values)
    return ChildFile(
        child=kid,
        household=Household(commune_code=COMMUNE, head_name="Nguyễn Văn Nam", village="Thôn Bắc"),
        carers=[Carer(child_id=kid.id, full_name="Nguyễn Văn Nam", relation=CarerRelation.FATHER)],
        groups=[
            GroupMembership(
                child_id=kid.id, group=SpecialGroup.C, subgroup="c1", start_date=date(2024, 1, 1)
            )
        ],
        allowances=[
            Allowance(
                child_id=kid.id,
                category=AllowanceCategory.K1,
                coefficient=2.5,
                monthly_amount=1_250_000,
                start_date=date(2024, 2, 1),
            )
        ],
    )


# The personal ID of the one child make_register() always adds.
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
