"""The synthetic register: deterministic, complete across case stages, valid, searchable."""

import itertools
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.age import age_on
from desktop.domain.deadlines import LOCAL_TZ, isolation_limit
from desktop.domain.enums import CaseStage, PlanStatus, ReviewOutcome, RiskLevel
from desktop.domain.errors import DomainError
from desktop.domain.personal_id import check_personal_id
from desktop.domain.text import fold
from desktop.services.seed import TABLES, SeedSummary, seed_register
from desktop.storage.keyring import KdfParams
from desktop.storage.store import Store, StoreOptions

NOW = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)
FAST = StoreOptions(kdf=KdfParams(time_cost=1, memory_cost=8192, parallelism=1), clock=lambda: NOW)
COMMUNE = "11560"
CHILDREN = 300
Seeded = tuple[Store, SeedSummary, list[tuple[int, int]]]


def make_store(folder: Path) -> Store:
    store, _recovery = Store.create(
        folder,
        commune_code=COMMUNE,
        full_name="Trần Thị Mai",
        username="tran.thi.mai",
        password="Mật-khẩu-2026!",
        opts=FAST,
    )
    return store


def seeded(folder: Path, **kwargs: object) -> tuple[Store, SeedSummary]:
    store = make_store(folder)
    params: dict[str, object] = {"children": CHILDREN, "seed": 7}
    params.update(kwargs)
    return store, seed_register(store, **params)


def dump(store: Store) -> dict[str, list[tuple]]:
    """What must match between two runs: ids, names, dates, numbers, codes."""
    queries = {
        "household": "SELECT id, head_name, village, address FROM household",
        "child": "SELECT id, full_name, sex, date_of_birth, personal_id, household_id FROM child",
        "carer": "SELECT id, child_id, full_name, relation, status, personal_id FROM carer",
        "group": 'SELECT id, child_id, "group", subgroup, start_date FROM group_membership',
        "allowance": "SELECT id, child_id, category, monthly_amount, start_date FROM allowance",
        "case": "SELECT id, code, stage, child_id, received_at, hotline_ref FROM case_file",
        "event": "SELECT id, case_id, at, from_stage, to_stage FROM case_event",
        "task": "SELECT id, plan_id, task, start_date, expected_end, cost FROM plan_task",
        "visit": "SELECT id, child_id, case_id, visited_at, next_visit_on FROM home_visit",
    }
    with store.unit_of_work(write=False) as uow:
        return {
            name: [tuple(row) for row in uow.session.execute(text(f"{sql} ORDER BY id"))]
            for name, sql in queries.items()
        }


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    calls: list[tuple[int, int]] = []
    store, summary = seeded(
        tmp_path_factory.mktemp("seed") / "register",
        batch_size=128,
        progress=lambda done, total: calls.append((done, total)),
    )
    yield store, summary, calls
    store.close()


def test_counts_match_the_summary(register: Seeded) -> None:
    store, summary, calls = register
    with store.unit_of_work(write=False) as uow:
        stored = {
            table: uow.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in TABLES
        }
        indexed = uow.session.execute(text("SELECT count(*) FROM child_search")).scalar_one()
    assert stored == summary.per_table()
    assert summary.child == CHILDREN == indexed
    assert 1.8 <= summary.child / summary.household <= 2.7  # about 2.2 children a household
    assert 1 <= summary.carer / summary.child <= 3
    assert sum(summary.cases_by_stage.values()) == summary.case_file
    assert calls == [(128, CHILDREN), (256, CHILDREN), (CHILDREN, CHILDREN)]


def test_same_seed_gives_the_same_register_whatever_the_batch_size(tmp_path: Path) -> None:
    first, _ = seeded(tmp_path / "one", batch_size=1000)
    second, _ = seeded(tmp_path / "two", batch_size=37)
    other, _ = seeded(tmp_path / "three", seed=8)
    try:
        assert dump(first) == dump(second)
        assert dump(first)["child"] != dump(other)["child"]
    finally:
        for store in (first, second, other):
            store.close()


def test_ids_are_uuid7_in_creation_order(register: Seeded) -> None:
    store, _, _ = register
    with store.unit_of_work(write=False) as uow:
        ids = list(uow.session.execute(text("SELECT id FROM child ORDER BY rowid")).scalars())
    assert all(uuid.UUID(child_id).version == 7 for child_id in ids)
    assert ids == sorted(ids)


def test_children_look_real(register: Seeded) -> None:
    store, summary, _ = register
    today = NOW.astimezone(LOCAL_TZ).date()
    with store.unit_of_work(write=False) as uow:
        children = uow.children.where()
        households = uow.households.where()
    names = [child.full_name for child in children]
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert all(len(name.split()) >= 3 for name in names)  # family, middle and given name
    assert sum(name != fold(name) for name in names) > 0.9 * len(names)  # diacritics kept
    ages = [age_on(child.date_of_birth, today) for child in children]
    assert min(ages) == 0 and max(ages) <= 17 and any(age >= 16 for age in ages)
    assert any(child.dob_estimated for child in children)
    with_id = [child for child in children if child.personal_id]
    assert 0.75 < len(with_id) / len(children) < 0.95
    assert all(child.commune_code == COMMUNE for child in children)
    assert all("Thủy Nguyên" in household.address for household in households)
    assert all(h.village.startswith(("Thôn ", "Tổ dân phố ")) for h in households)
    assert 0.1 < summary.group_membership / CHILDREN < 0.35
    assert 0.03 < summary.allowance / CHILDREN < 0.15


def test_personal_ids_pass_the_domain_check(register: Seeded) -> None:
    store, _, _ = register
    with store.unit_of_work(write=False) as uow:
        children = [child for child in uow.children.where() if child.personal_id]
    numbers = [child.personal_id for child in children]
    assert len(set(numbers)) == len(numbers)
    for child in children:
        assert child.personal_id[:3] in ("031", "030")
        problems = check_personal_id(
            child.personal_id, child.sex, child.date_of_birth, child.dob_estimated
        )
        assert problems == [], (child.personal_id, child.sex, child.date_of_birth, problems)


def test_allowances_follow_the_reference_rates(register: Seeded) -> None:
    from desktop.reference.rates import base_rate_on

    store, _, _ = register
    with store.unit_of_work(write=False) as uow:
        allowances = uow.allowances.where()
    assert allowances
    for allowance in allowances:
        expected = round(allowance.coefficient * base_rate_on(allowance.start_date))
        assert allowance.monthly_amount == expected


def test_every_stage_has_the_records_it_implies(register: Seeded) -> None:
    store, summary, _ = register
    with store.unit_of_work(write=False) as uow:
        cases = uow.cases.where()
        by_case = defaultdict(lambda: defaultdict(list))
        for name in (
            "initial_assessments",
            "detailed_assessments",
            "meetings",
            "isolations",
            "plans",
            "approvals",
            "reviews",
            "closures",
            "case_events",
            "notes",
        ):
            for record in getattr(uow, name).where():
                by_case[record.case_id][name].append(record)
        for visit in uow.visits.where():
            if visit.case_id:
                by_case[visit.case_id]["visits"].append(visit)
        tasks = defaultdict(list)
        for task in uow.plan_tasks.where():
            tasks[task.plan_id].append(task)
        extensions = uow.isolation_extensions.where()
    assert {case.stage for case in cases} == set(CaseStage)
    assert summary.cases_by_stage.keys() == set(CaseStage)
    assert any(case.hotline_ref.startswith("111-20") for case in cases)
    codes = [case.code for case in cases]
    assert len(set(codes)) == len(codes)
    assert all(len(code) == 9 and code[4] == "/" for code in codes)
    for case in cases:
        records = by_case[case.id]
        events = sorted(records["case_events"], key=lambda event: event.at)
        assert events[0].from_stage is None and events[0].to_stage is CaseStage.RECEIVED
        assert events[0].at == case.received_at <= NOW
        assert events[-1].to_stage is case.stage and events[-1].at <= NOW
        for before, after in itertools.pairwise(events):
            assert after.from_stage is before.to_stage and after.at > before.at
        passed = {event.to_stage for event in events}
        assert bool(records["initial_assessments"]) == (CaseStage.INITIAL_ASSESSMENT in passed)
        assert bool(records["detailed_assessments"]) == (CaseStage.DETAILED_ASSESSMENT in passed)
        assert bool(records["isolations"]) == (CaseStage.ISOLATION in passed)
        assert bool(records["plans"]) == (CaseStage.PLANNING in passed)
        assert bool(records["approvals"]) == (CaseStage.IMPLEMENTING in passed)
        assert bool(records["reviews"]) == (CaseStage.REVIEW in passed)
        check_stage(case, records, tasks)
    isolations = {i.id: i for records in by_case.values() for i in records["isolations"]}
    for extension in extensions:
        isolation = isolations[extension.isolation_id]
        assert isolation.end_date < extension.new_end_date <= isolation_limit(isolation.start_date)
        assert isolation.decided_at < extension.decided_at <= NOW


def check_stage(case, records, tasks) -> None:
    stage = case.stage
    if stage is CaseStage.RECEIVED:
        assert not records["initial_assessments"]
    if stage in (CaseStage.EMERGENCY, CaseStage.ISOLATION):
        (assessment,) = records["initial_assessments"]
        assert assessment.emergency and assessment.risk_level is RiskLevel.HIGH and case.emergency
        # Emergency measures are hours old; an isolation may run its 15 days (Art. 32).
        limit = timedelta(hours=61) if stage is CaseStage.EMERGENCY else timedelta(days=16)
        assert NOW - case.received_at < limit
    if stage is CaseStage.ISOLATION:
        (isolation,) = records["isolations"]
        assert isolation.start_date <= isolation.end_date <= isolation_limit(isolation.start_date)
    if CaseStage.DETAILED_ASSESSMENT in {e.to_stage for e in records["case_events"]}:
        (meeting,) = records["meetings"]
        assert len(meeting.attendees) >= 3 and meeting.minutes and meeting.chaired_by
        (detailed,) = records["detailed_assessments"]
        assert all(getattr(detailed, item) for item in ("physical_emotional", "parent_views"))
    if records["plans"]:
        (plan,) = records["plans"]
        expected = {
            CaseStage.PLANNING: PlanStatus.DRAFT,
            CaseStage.AWAITING_APPROVAL: PlanStatus.SUBMITTED,
        }.get(stage, PlanStatus.APPROVED)
        assert plan.status is expected
        assert (plan.submitted_at is not None) == (stage is not CaseStage.PLANNING)
        rows = tasks[plan.id]
        assert 3 <= len(rows) <= 8
        for task in rows:
            assert task.responsible and task.cost >= 0 and task.cost % 50_000 == 0
            assert task.start_date <= task.expected_end
    if stage is CaseStage.IMPLEMENTING:
        assert records["approvals"] and records["visits"] and len(records["notes"]) >= 2
    if stage is CaseStage.CLOSED:
        (review,) = records["reviews"]
        assert review.outcome is ReviewOutcome.CLOSE and records["closures"]
    if stage is CaseStage.CLOSED_NO_ACTION:
        (assessment,) = records["initial_assessments"]
        assert assessment.risk_level is RiskLevel.LOW and records["closures"]
    assert (case.transfer_target is not None) == (stage is CaseStage.TRANSFERRED)


def test_an_emergency_is_inside_its_12_hours(register: Seeded) -> None:
    store, _, _ = register
    with store.unit_of_work(write=False) as uow:
        emergencies = [c for c in uow.cases.where() if c.stage is CaseStage.EMERGENCY]
    assert emergencies
    assert any(NOW - case.received_at < timedelta(hours=12) for case in emergencies)


def test_search_finds_a_child_without_diacritics_and_by_id_prefix(register: Seeded) -> None:
    store, _, _ = register
    with store.unit_of_work(write=False) as uow:
        child = next(
            c for c in uow.children.where() if c.personal_id and c.full_name != fold(c.full_name)
        )
        by_name = uow.search_children(fold(child.full_name), limit=CHILDREN)
        by_id = uow.search_children(child.personal_id[:8], limit=CHILDREN)
    assert fold(child.full_name).isascii()
    assert child.id in [found.id for found in by_name]
    assert child.id in [found.id for found in by_id]


def test_foreign_keys_hold(register: Seeded) -> None:
    store, _, _ = register
    with store.unit_of_work(write=False) as uow:
        assert uow.session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_an_interrupted_seed_keeps_whole_batches(tmp_path: Path) -> None:
    store = make_store(tmp_path / "register")

    def stop_after_first_batch(done: int, total: int) -> None:
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            seed_register(
                store, children=CHILDREN, seed=3, batch_size=50, progress=stop_after_first_batch
            )
        with store.unit_of_work(write=False) as uow:
            count = uow.session.execute(text("SELECT count(*) FROM child")).scalar_one()
            indexed = uow.session.execute(text("SELECT count(*) FROM child_search")).scalar_one()
            broken = uow.session.execute(text("PRAGMA foreign_key_check")).all()
        assert count == indexed == 50 and broken == []
    finally:
        store.close()


def test_seeding_again_continues_case_codes_and_refuses_a_used_seed(tmp_path: Path) -> None:
    store, _ = seeded(tmp_path / "register", children=100)
    try:
        seed_register(store, children=100, seed=8)
        with pytest.raises(DomainError) as refused:
            seed_register(store, children=100, seed=7)
        assert refused.value.code == "seed.already_applied"
        with store.unit_of_work(write=False) as uow:
            codes = [case.code for case in uow.cases.where()]
            children = uow.session.execute(text("SELECT count(*) FROM child")).scalar_one()
        assert len(codes) == len(set(codes)) and children == 200
    finally:
        store.close()


def test_a_rural_commune_has_thon(tmp_path: Path) -> None:
    from desktop.reference.communes import load_communes

    rural = next(commune for commune in load_communes() if commune.type == "xã")
    store, _ = Store.create(
        tmp_path / "register",
        commune_code=rural.code,
        full_name="Lê Văn Hùng",
        username="le.van.hung",
        password="Mật-khẩu-2026!",
        opts=FAST,
    )
    try:
        seed_register(store, children=60, seed=5)
        with store.unit_of_work(write=False) as uow:
            households = uow.households.where()
        assert {h.village.split()[0] for h in households} == {"Thôn"}
        assert all(rural.name in household.address for household in households)
    finally:
        store.close()
