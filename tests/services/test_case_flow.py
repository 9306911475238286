"""Every legal step of a case, and every illegal one, through the case services."""

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.enums import (
    AuditAction,
    CaseStage,
    PlanStatus,
    ReviewOutcome,
    RiskLevel,
    TaskStatus,
    TransferTarget,
)
from desktop.domain.errors import DomainError
from desktop.services import cases
from desktop.services.cases.store import load_file
from desktop.storage.schema.admin import AuditEventRow
from desktop.storage.schema.cases import InformantRow
from tests.services.case_helpers import ITEMS, SAFE, TASKS, Clock, intake, make_store, step_to

S = CaseStage


def _meeting(store, cid, clock):
    return cases.record_meeting(
        store, cid, held_at=clock(), chaired_by="Chủ tịch", attendees=["Mẹ trẻ"], minutes="Họp"
    )


def _review(outcome):
    def run(store, cid, clock):
        return cases.record_review(
            store, cid, reviewed_on=clock().date(), ratings=SAFE, conclusion="", outcome=outcome
        )

    return run


def _first_task(store, cid):
    with store.unit_of_work(write=False) as uow:
        plan = load_file(uow, cid).plan_in(PlanStatus.APPROVED, PlanStatus.DRAFT)
        return plan.tasks[0].id if plan else "none"


# name -> (run(store, case_id, clock), {stage it may start from: stage it leads to})
STEPS = {
    "initial_assessment": (
        lambda st, cid, ck: cases.record_initial_assessment(
            st, cid, risk_level=RiskLevel.MEDIUM, emergency=False
        ),
        {S.RECEIVED: S.INITIAL_ASSESSMENT, S.INITIAL_ASSESSMENT: S.INITIAL_ASSESSMENT},
    ),
    "emergency": (
        lambda st, cid, ck: cases.record_emergency_measures(st, cid, "Báo công an, sơ cứu"),
        {S.RECEIVED: S.EMERGENCY, S.INITIAL_ASSESSMENT: S.EMERGENCY},
    ),
    "isolation": (
        lambda st, cid, ck: cases.decide_isolation(
            st,
            cid,
            decision_number="01/QĐ-UBND",
            start_date=ck().date(),
            end_date=ck().date() + timedelta(days=5),
            safe_place="Nhà bà ngoại",
            carer_name="Bà ngoại",
        ),
        {S.RECEIVED: S.ISOLATION, S.INITIAL_ASSESSMENT: S.ISOLATION, S.EMERGENCY: S.ISOLATION},
    ),
    "detailed_assessment": (
        lambda st, cid, ck: cases.record_detailed_assessment(st, cid, items=ITEMS),
        {
            S.INITIAL_ASSESSMENT: S.DETAILED_ASSESSMENT,
            S.EMERGENCY: S.DETAILED_ASSESSMENT,
            S.ISOLATION: S.DETAILED_ASSESSMENT,
            S.DETAILED_ASSESSMENT: S.DETAILED_ASSESSMENT,
            S.PLANNING: S.PLANNING,
        },
    ),
    "meeting": (
        _meeting,
        {S.DETAILED_ASSESSMENT: S.DETAILED_ASSESSMENT, S.PLANNING: S.PLANNING, S.REVIEW: S.REVIEW},
    ),
    "plan_start": (
        lambda st, cid, ck: cases.start_plan(st, cid, goals="An toàn", tasks=TASKS),
        {S.DETAILED_ASSESSMENT: S.PLANNING},
    ),
    "plan_edit": (
        lambda st, cid, ck: cases.edit_plan(st, cid, goals="Sửa", tasks=TASKS[:1]),
        {S.PLANNING: S.PLANNING},
    ),
    "plan_submit": (
        lambda st, cid, ck: cases.submit_plan(st, cid),
        {S.PLANNING: S.AWAITING_APPROVAL},
    ),
    "plan_approve": (
        lambda st, cid, ck: cases.approve_plan(
            st, cid, decision_number="20/QĐ-UBND", decided_on=ck().date(), signer_name="Chủ tịch"
        ),
        {S.AWAITING_APPROVAL: S.IMPLEMENTING},
    ),
    "plan_return": (
        lambda st, cid, ck: cases.return_plan(st, cid, reason="Bổ sung chi phí"),
        {S.AWAITING_APPROVAL: S.PLANNING},
    ),
    "task_progress": (
        lambda st, cid, ck: cases.record_task_progress(
            st, cid, task_id=_first_task(st, cid), status=TaskStatus.IN_PROGRESS
        ),
        {S.IMPLEMENTING: S.IMPLEMENTING},
    ),
    "review": (_review(ReviewOutcome.CLOSE), {S.IMPLEMENTING: S.REVIEW}),
    "close": (
        lambda st, cid, ck: cases.close_case(st, cid, closed_on=ck().date(), reason="An toàn"),
        {S.REVIEW: S.CLOSED},
    ),
    "new_cycle": (
        lambda st, cid, ck: cases.new_plan_cycle(st, cid),
        {},  # legal only after a review asking for it: tested on its own below
    ),
    "close_no_action": (
        lambda st, cid, ck: cases.close_no_action(
            st, cid, closed_on=ck().date(), reason="Không có nguy cơ"
        ),
        {S.INITIAL_ASSESSMENT: S.CLOSED_NO_ACTION, S.DETAILED_ASSESSMENT: S.CLOSED_NO_ACTION},
    ),
    "transfer": (
        lambda st, cid, ck: cases.transfer_case(
            st, cid, target=TransferTarget.OTHER_COMMUNE, to_commune="11311", reason="Nơi xảy ra"
        ),
        {
            stage: S.TRANSFERRED
            for stage in S
            if stage not in {S.CLOSED, S.CLOSED_NO_ACTION, S.TRANSFERRED}
        },
    ),
    "reopen": (
        lambda st, cid, ck: cases.reopen_case(st, cid, reason="Thông tin mới"),
        {S.CLOSED: S.RECEIVED, S.CLOSED_NO_ACTION: S.RECEIVED, S.TRANSFERRED: S.RECEIVED},
    ),
}
LEGAL = [(name, start, end) for name, (_, moves) in STEPS.items() for start, end in moves.items()]
ILLEGAL = [(name, stage) for name, (_, moves) in STEPS.items() for stage in S if stage not in moves]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    clock = Clock()
    store = make_store(tmp_path_factory.mktemp("cases") / "register", clock)
    yield store, clock
    store.close()


def _stage(store, case_id) -> CaseStage:
    with store.unit_of_work(write=False) as uow:
        return uow.cases.get(case_id).stage


def _events(store, case_id) -> int:
    with store.unit_of_work(write=False) as uow:
        return len(uow.case_events.where(case_id=case_id))


def _prepare(store, clock, name: str, stage: CaseStage) -> str:
    case_id = intake(store)
    step_to(store, case_id, stage, clock)
    if name == "plan_start" and stage is S.DETAILED_ASSESSMENT:
        _meeting(store, case_id, clock)
    return case_id


@pytest.mark.parametrize(("name", "start", "end"), LEGAL, ids=lambda v: str(v))
def test_legal_step_moves_the_case_and_appends_one_event(world, name, start, end) -> None:
    store, clock = world
    case_id = _prepare(store, clock, name, start)
    before = _events(store, case_id)
    clock.advance(minutes=10)
    done = STEPS[name][0](store, case_id, clock)
    assert done.stage is end
    assert _stage(store, case_id) is end
    assert _events(store, case_id) == before + 1


@pytest.mark.parametrize(("name", "stage"), ILLEGAL, ids=lambda v: str(v))
def test_illegal_step_is_refused_with_a_code_and_changes_nothing(world, name, stage) -> None:
    store, clock = world
    case_id = intake(store)
    step_to(store, case_id, stage, clock)
    before = _events(store, case_id)
    with pytest.raises(DomainError) as caught:
        STEPS[name][0](store, case_id, clock)
    assert caught.value.code
    assert _stage(store, case_id) is stage
    assert _events(store, case_id) == before


def test_walk_from_a_111_report_to_closure_keeps_every_step(world) -> None:
    store, clock = world
    case_id = intake(store)
    step_to(store, case_id, S.CLOSED, clock)
    with store.unit_of_work(write=False) as uow:
        file = load_file(uow, case_id)
        informants = uow.session.scalars(
            select(InformantRow).where(InformantRow.case_id == case_id)
        ).all()
        audits = uow.session.scalars(
            select(AuditEventRow).where(AuditEventRow.entity_id == case_id)
        ).all()
    assert file.case.hotline_ref == "111-2026-0456"
    assert [informant.full_name for informant in informants] == ["Lê Văn Báo"]
    steps = [event.action for event in file.events]
    assert steps == [
        "intake", "initial_assessment", "detailed_assessment", "meeting", "plan_start",
        "plan_submit", "plan_approve", "review", "close",
    ]  # fmt: skip
    assert all(event.officer_id == store.officer.id for event in file.events)
    assert [plan.status for plan in file.plans] == [PlanStatus.APPROVED]
    assert file.plans[0].total_cost == 2_300_000
    assert file.approvals[0].decision_number == "15/QĐ-UBND"
    assert len(file.closures) == 1
    assert {a.action for a in audits} >= {AuditAction.CREATE, AuditAction.UPDATE}


def test_case_numbers_run_per_commune_and_year(tmp_path: Path) -> None:
    clock = Clock()
    store = make_store(tmp_path / "r", clock)
    first = cases.open_intake(store, **_minimal(clock))
    second = cases.open_intake(store, **_minimal(clock))
    clock.advance(days=365)
    next_year = cases.open_intake(store, **_minimal(clock))
    store.close()
    assert (first.code, second.code, next_year.code) == ("0001/2026", "0002/2026", "0001/2027")


def _minimal(clock: Clock) -> dict:
    from desktop.domain.enums import IntakeCategory, IntakeChannel

    return {
        "received_at": clock(),
        "channel": IntakeChannel.IN_PERSON,
        "category": IntakeCategory.AT_RISK,
        "unidentified_description": "Trẻ trai khoảng 10 tuổi ở chợ",
    }


def test_returned_plan_is_kept_and_a_new_version_is_drafted(world) -> None:
    store, clock = world
    case_id = intake(store)
    step_to(store, case_id, S.AWAITING_APPROVAL, clock)
    cases.return_plan(store, case_id, reason="Thiếu chi phí")
    cases.edit_plan(store, case_id, goals="Bản sửa", tasks=TASKS)
    cases.submit_plan(store, case_id)
    cases.approve_plan(
        store, case_id, decision_number="21/QĐ", decided_on=clock().date(), signer_name="PCT",
        signer_is_deputy=True,
    )  # fmt: skip
    with store.unit_of_work(write=False) as uow:
        file = load_file(uow, case_id)
    assert [(p.version_no, p.status) for p in file.plans] == [
        (1, PlanStatus.SUPERSEDED),
        (2, PlanStatus.APPROVED),
    ]
    assert len(file.plans[0].tasks) == 2  # the returned version keeps its rows


def test_new_cycle_after_review_carries_open_tasks_into_version_two(world) -> None:
    store, clock = world
    case_id = intake(store)
    step_to(store, case_id, S.IMPLEMENTING, clock)
    done_id = _first_task(store, case_id)
    cases.record_task_progress(store, case_id, task_id=done_id, status=TaskStatus.DONE)
    _review(ReviewOutcome.NEW_CYCLE)(store, case_id, clock)
    with pytest.raises(DomainError, match=r"case.review_not_close"):
        cases.close_case(store, case_id, closed_on=clock().date(), reason="x")
    assert cases.new_plan_cycle(store, case_id).stage is S.PLANNING
    with store.unit_of_work(write=False) as uow:
        file = load_file(uow, case_id)
    new = file.latest_plan()
    assert new.version_no == 2 and new.status is PlanStatus.DRAFT
    assert [t.task for t in new.tasks] == ["Hỗ trợ học phí"]
    assert file.plan_in(PlanStatus.APPROVED).version_no == 1


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"hotline_ref": ""}, "intake.hotline_ref_missing"),
        ({"abuse_types": []}, "intake.abuse_type_missing"),
        ({"sexual_abuse_details": "Dâm ô"}, "intake.sexual_details_without_type"),
    ],
)
def test_intake_refuses_an_incomplete_report(world, change, code) -> None:
    store, _clock = world
    with pytest.raises(DomainError) as caught:
        intake(store, **change)
    assert caught.value.code == code


def test_intake_from_the_future_and_without_a_child_are_refused(world) -> None:
    store, clock = world
    with pytest.raises(DomainError, match=r"intake.received_in_future"):
        intake(store, received_at=clock() + timedelta(hours=1))
    with pytest.raises(DomainError, match=r"intake.child_missing"):
        intake(store, child=False, unidentified_description="")


def test_unidentified_child_is_linked_once_registered(world) -> None:
    from tests.helpers.registers import add_child

    store, _clock = world
    case_id = intake(store, child=False)
    child = add_child(store, "Bé Na")
    cases.link_child(store, case_id, child.id)
    with pytest.raises(DomainError, match=r"case.child_already_linked"):
        cases.link_child(store, case_id, child.id)


def test_isolation_limits_extensions_and_revocation(world) -> None:
    store, clock = world
    case_id = intake(store, in_danger=True)
    step_to(store, case_id, S.ISOLATION, clock)
    start = clock().date()
    with pytest.raises(DomainError, match=r"isolation.too_long"):
        cases.extend_isolation(store, case_id, new_end_date=start + timedelta(days=16), reason="x")
    with pytest.raises(DomainError, match=r"isolation.extension_not_later"):
        cases.extend_isolation(store, case_id, new_end_date=start + timedelta(days=3), reason="x")
    cases.extend_isolation(store, case_id, new_end_date=start + timedelta(days=15), reason="Chờ")
    with pytest.raises(DomainError, match=r"isolation.reassessment_missing"):
        cases.end_isolation(store, case_id, on=start + timedelta(days=4), reason="An toàn")
    clock.advance(hours=2)
    cases.record_detailed_assessment(store, case_id, items=ITEMS)
    cases.end_isolation(store, case_id, on=start + timedelta(days=4), reason="Nhà đã an toàn")
    with store.unit_of_work(write=False) as uow:
        file = load_file(uow, case_id)
    assert file.active_isolation() is None
    assert file.isolations[0].revoked_on == start + timedelta(days=4)
    assert file.isolation_end(file.isolations[0]) == start + timedelta(days=15)


def test_a_child_in_danger_needs_emergency_measures_before_the_detailed_assessment(world):
    store, clock = world
    case_id = intake(store)
    cases.record_initial_assessment(store, case_id, risk_level=RiskLevel.HIGH, emergency=True)
    with pytest.raises(DomainError, match=r"case.emergency_first"):
        cases.record_detailed_assessment(store, case_id, items=ITEMS)
    with pytest.raises(DomainError, match=r"case.too_risky_to_close"):
        cases.close_no_action(store, case_id, closed_on=clock().date(), reason="x")


def test_closing_a_still_unsafe_child_is_refused(world) -> None:
    store, clock = world
    case_id = intake(store)
    step_to(store, case_id, S.IMPLEMENTING, clock)
    unsafe = {**SAFE, "abuser_access": RiskLevel.HIGH}
    with pytest.raises(DomainError, match=r"review.close_while_unsafe"):
        cases.record_review(
            store, case_id, reviewed_on=clock().date(), ratings=unsafe, conclusion="",
            outcome=ReviewOutcome.CLOSE,
        )  # fmt: skip


def test_submitting_a_plan_needs_complete_rows(world) -> None:
    store, clock = world
    case_id = intake(store)
    step_to(store, case_id, S.PLANNING, clock)
    cases.edit_plan(store, case_id, goals="", tasks=[cases.TaskRow(task="Thăm hộ")])
    with pytest.raises(DomainError, match=r"plan.task_incomplete"):
        cases.submit_plan(store, case_id)
    cases.edit_plan(store, case_id, goals="", tasks=[])
    with pytest.raises(DomainError, match=r"plan.no_tasks"):
        cases.submit_plan(store, case_id)
