"""The register's view: filters, sort, keyset paging, search and role limits on a real register."""

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.child import Allowance, Carer, Child, GroupMembership
from desktop.domain.enums import (
    AllowanceCategory,
    CarerRelation,
    Role,
    Sex,
    SpecialGroup,
)
from desktop.domain.errors import DomainError
from desktop.domain.text import fold
from desktop.services import register as r
from desktop.services.accounts import add_officer
from desktop.services.seed import seed_register
from desktop.storage.store import Store
from tests.helpers.registers import COMMUNE, FAST, PASSWORD, create_store

SEEDED = 700


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("register") / "r"
    store, _ = create_store(folder)
    seed_register(store, children=SEEDED, seed=3)
    yield store
    store.close()


def walk(store: Store, view: r.RegisterView, limit: int) -> list[r.ChildSummary]:
    rows: list[r.ChildSummary] = []
    after = None
    while True:
        page = r.fetch_page(store, view, after=after, limit=limit)
        rows += page.rows
        if page.after is None:
            return rows
        after = page.after


@pytest.mark.parametrize("column", list(r.Column))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_have_no_duplicates_or_gaps_in_any_sort(
    seeded: Store, column: r.Column, descending: bool
) -> None:
    view = r.RegisterView(sort=column, descending=descending)
    paged = walk(seeded, view, limit=97)
    whole = r.fetch_page(seeded, view, limit=10_000).rows
    assert [c.id for c in paged] == [c.id for c in whole]
    assert len({c.id for c in paged}) == SEEDED == r.count_view(seeded, view)


def test_name_order_is_folded_so_accented_initials_sit_with_their_letter(seeded: Store) -> None:
    names = [c.full_name for c in walk(seeded, r.RegisterView(), limit=150)]
    assert [fold(n) for n in names] == sorted(fold(n) for n in names)
    # "Đặng" sorts with the d's, not after "Vũ" as raw code points would put it.
    d_names = [n for n in names if n.startswith("Đ")]
    assert d_names and names.index(d_names[0]) < names.index(next(n for n in names if n[0] == "V"))


def test_dates_and_ages_sort_with_unknown_dates_kept(seeded: Store) -> None:
    by_dob = walk(seeded, r.RegisterView(sort=r.Column.DATE_OF_BIRTH), limit=111)
    known = [c.date_of_birth for c in by_dob if c.date_of_birth is not None]
    assert known == sorted(known)
    by_age = walk(seeded, r.RegisterView(sort=r.Column.AGE), limit=111)
    ages = [c.age for c in by_age if c.age is not None]
    assert ages == sorted(ages)
    oldest_first = r.fetch_page(seeded, r.RegisterView(sort=r.Column.AGE, descending=True)).rows
    assert oldest_first[0].age == max(ages)


def test_filters_match_what_each_line_shows(seeded: Store) -> None:
    everyone = walk(seeded, r.RegisterView(), limit=500)
    cases = [
        (r.RegisterFilter(sex=Sex.FEMALE), lambda c: c.sex == Sex.FEMALE),
        (r.RegisterFilter(open_case=True), lambda c: bool(c.open_case)),
        (r.RegisterFilter(open_case=False), lambda c: not c.open_case),
        (r.RegisterFilter(allowance=True), lambda c: bool(c.allowance)),
        (r.RegisterFilter(allowance=False), lambda c: not c.allowance),
        (r.RegisterFilter(age_band="6-10"), lambda c: c.age is not None and 6 <= c.age <= 10),
        (r.RegisterFilter(groups=frozenset({SpecialGroup.C})), lambda c: "c" in c.groups),
    ]
    for filters, keep in cases:
        expected = {c.id for c in everyone if keep(c)}
        got = walk(seeded, r.RegisterView(filters=filters), limit=200)
        assert {c.id for c in got} == expected, filters
        assert 0 < len(expected) < SEEDED, filters
    village = everyone[0].village
    got = walk(seeded, r.RegisterView(filters=r.RegisterFilter(village=village)), limit=200)
    assert got and all(c.village == village for c in got)
    assert village in r.villages(seeded)


def test_risk_filter_keeps_children_whose_open_case_has_that_risk(seeded: Store) -> None:
    open_cases = walk(seeded, r.RegisterView(filters=r.RegisterFilter(open_case=True)), 200)
    risk = next(c.risk for c in open_cases if c.risk is not None)
    got = walk(seeded, r.RegisterView(filters=r.RegisterFilter(risk=risk)), limit=200)
    assert got and {c.id for c in got} <= {c.id for c in open_cases}
    assert {c.id for c in got} >= {c.id for c in open_cases if c.risk == risk}


def test_search_with_filters_and_column_sort_pages_through_every_match(seeded: Store) -> None:
    filters = r.RegisterFilter(sex=Sex.MALE)
    view = r.RegisterView(query="van", filters=filters, sort=r.Column.NAME)
    paged = walk(seeded, view, limit=13)
    assert paged and all(c.sex == Sex.MALE for c in paged)
    assert len(paged) == r.count_view(seeded, view)
    ranked = r.fetch_page(seeded, r.RegisterView(query="van", filters=filters), limit=5000)
    assert ranked.after is None and {c.id for c in ranked.rows} == {c.id for c in paged}


def test_unaccented_search_finds_the_accented_name(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "r")
    with store.unit_of_work() as uow:
        child = uow.children.add(
            Child(commune_code=COMMUNE, full_name="Phạm Thị Ngọc Ánh", sex=Sex.FEMALE)
        )
        uow.carers.add(
            Carer(child_id=child.id, full_name="Đỗ Văn Hùng", relation=CarerRelation.FATHER)
        )
    assert [c.id for c in r.search_children(store, "pham thi ngoc anh")] == [child.id]
    assert [c.id for c in r.search_children(store, "do van hung")] == [child.id]
    assert r.search_children(store, "xyz") == []
    store.close()


def test_collaborator_sees_no_sensitive_field_and_cannot_sort_or_filter_by_one(
    tmp_path: Path,
) -> None:
    store, _ = create_store(tmp_path / "r")
    with store.unit_of_work() as uow:
        child = uow.children.add(
            Child(commune_code=COMMUNE, full_name="Lê Văn Tú", sex=Sex.MALE,
                  personal_id="031215001234", ethnicity="Tày")
        )  # fmt: skip
        uow.groups.add(GroupMembership(child_id=child.id, group=SpecialGroup.C, subgroup="c1"))
        uow.allowances.add(
            Allowance(child_id=child.id, category=AllowanceCategory.K1, coefficient=2.5,
                      monthly_amount=1_250_000)
        )  # fmt: skip
    helper = add_officer(
        store, full_name="Ngô Văn Ba", username="ngo.van.ba", password=PASSWORD,
        role=Role.COLLABORATOR,
    )  # fmt: skip
    store.close()
    own = r.fetch_page(create_store_open(tmp_path, store.officer.id), r.RegisterView()).rows[0]
    assert own.personal_id == "031215001234" and own.groups == (SpecialGroup.C,)
    assert own.allowance == "K1"
    seen = create_store_open(tmp_path, helper.id)
    line = r.fetch_page(seen, r.RegisterView()).rows[0]
    assert (line.personal_id, line.ethnicity, line.groups) == (None, "", ())
    assert line.allowance == "K1" and line.full_name == "Lê Văn Tú"
    assert r.Column.PERSONAL_ID not in r.allowed_columns(Role.COLLABORATOR)
    with pytest.raises(DomainError):
        r.fetch_page(seen, r.RegisterView(sort=r.Column.ETHNICITY))
    with pytest.raises(DomainError):
        r.fetch_page(seen, r.RegisterView(filters=r.RegisterFilter(groups=frozenset("c"))))
    seen.close()


def create_store_open(tmp_path: Path, officer_id: str) -> Store:
    return Store.open(tmp_path / "r", officer_id=officer_id, password=PASSWORD, opts=FAST)


def test_children_without_a_birth_date_are_kept_in_date_order(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "r")
    with store.unit_of_work() as uow:
        for i in range(7):
            dob = None if i % 3 == 0 else date(2012 + i, 1, 1)
            uow.children.add(Child(commune_code=COMMUNE, full_name=f"Trẻ {i}", date_of_birth=dob))
    for descending in (False, True):
        view = r.RegisterView(sort=r.Column.DATE_OF_BIRTH, descending=descending)
        paged = walk(store, view, limit=2)
        assert len({c.id for c in paged}) == 7
        nones = [i for i, c in enumerate(paged) if c.date_of_birth is None]
        assert nones == ([0, 1, 2] if not descending else [4, 5, 6])
    store.close()
