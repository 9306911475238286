"""Helpers for case tests: a register with a settable clock, and cases brought to any stage."""

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.domain.enums import (
    AbuseType,
    CaseStage,
    IntakeCategory,
    IntakeChannel,
    ReviewOutcome,
    RiskLevel,
    Role,
    TransferTarget,
)
from desktop.domain.officer import Officer
from desktop.services import cases
from desktop.storage.store import Store, StoreOptions
from tests.helpers.registers import FAST, add_child, create_store

S = CaseStage
# Monday 02/03/2026, 09:30 in Hai Phong.
START = datetime(2026, 3, 2, 2, 30, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_store(folder: Path, clock: Clock) -> Store:
    store, _ = create_store(folder, opts=StoreOptions(kdf=FAST.kdf, clock=clock))
    return store


def act_as(store: Store, role: Role) -> Officer:
    """Switch the acting officer to one with `role` (a real officer row, so audits name them)."""
    with store.unit_of_work() as uow:
        officer = uow.officers.add(
            Officer(
                commune_code=store.commune_code,
                full_name=f"Cán bộ {role.value}",
                username=f"user-{role.value}-{len(uow.officers.where())}",
                role=role,
            )
        )
    store.officer = officer
    return officer


def as_role(store: Store, role: Role) -> None:
    store.officer = replace(store.officer, role=role)


def intake(store: Store, *, in_danger: bool = False, child: bool = True, **extra) -> str:
    child_id = add_child(store, "Nguyễn Thị Hoa").id if child else None
    fields = {
        "received_at": store.options.clock() - timedelta(minutes=20),
        "channel": IntakeChannel.HOTLINE_111,
        "hotline_ref": "111-2026-0456",
        "category": IntakeCategory.ABUSED,
        "abuse_types": [AbuseType.VIOLENCE],
        "child_id": child_id,
        "unidentified_description": "" if child else "Bé gái khoảng 8 tuổi",
        "place": "Thôn Đông",
        "in_danger": in_danger,
        "perpetrator_relationship": "Cha dượng",
        "informant_name": "Lê Văn Báo",
        "informant_phone": "0912345678",
    }
    fields.update(extra)
    return cases.open_intake(store, **fields).case_id


ITEMS = {"physical_emotional": "Có vết bầm ở tay", "needs": "Tư vấn tâm lý"}
TASKS = [
    cases.TaskRow(
        task="Tư vấn tâm lý cho trẻ",
        responsible="Trạm y tế xã",
        provider="Trung tâm công tác xã hội",
        start_date=date(2026, 3, 9),
        expected_end=date(2026, 4, 9),
        cost=1_500_000,
    ),
    cases.TaskRow(
        task="Hỗ trợ học phí",
        responsible="Trường tiểu học",
        start_date=date(2026, 3, 9),
        expected_end=date(2026, 3, 31),
        cost=800_000,
    ),
]
SAFE = {
    "harm_still_serious": RiskLevel.LOW,
    "abuser_access": RiskLevel.LOW,
    "care_obstacles": RiskLevel.LOW,
    "self_protection": RiskLevel.MEDIUM,
    "recovery": RiskLevel.MEDIUM,
}


def step_to(store: Store, case_id: str, stage: CaseStage, clock: Clock) -> None:
    """Take a fresh case along the main path until it reaches `stage`."""
    path = [
        (
            S.INITIAL_ASSESSMENT,
            lambda: cases.record_initial_assessment(
                store, case_id, risk_level=RiskLevel.MEDIUM, emergency=False
            ),
        ),
        (
            S.DETAILED_ASSESSMENT,
            lambda: cases.record_detailed_assessment(store, case_id, items=ITEMS),
        ),
        (
            S.PLANNING,
            lambda: (
                cases.record_meeting(
                    store,
                    case_id,
                    held_at=clock(),
                    chaired_by="Chủ tịch UBND xã",
                    attendees=["Cha mẹ trẻ", "Công an xã"],
                    minutes="Thống nhất",
                ),
                cases.start_plan(store, case_id, goals="Trẻ an toàn", tasks=TASKS),
            ),
        ),
        (S.AWAITING_APPROVAL, lambda: cases.submit_plan(store, case_id)),
        (
            S.IMPLEMENTING,
            lambda: cases.approve_plan(
                store,
                case_id,
                decision_number="15/QĐ-UBND",
                decided_on=clock().date(),
                signer_name="Phạm Văn Chủ",
            ),
        ),
        (
            S.REVIEW,
            lambda: cases.record_review(
                store,
                case_id,
                reviewed_on=clock().date(),
                ratings=SAFE,
                conclusion="Ổn định",
                outcome=ReviewOutcome.CLOSE,
            ),
        ),
        (
            S.CLOSED,
            lambda: cases.close_case(
                store, case_id, closed_on=clock().date(), reason="Trẻ an toàn"
            ),
        ),
    ]
    special = {
        S.EMERGENCY: lambda: cases.record_emergency_measures(store, case_id, "Đưa trẻ đi viện"),
        S.ISOLATION: lambda: cases.decide_isolation(
            store,
            case_id,
            decision_number="07/QĐ-UBND",
            start_date=clock().date(),
            end_date=clock().date() + timedelta(days=10),
            safe_place="Nhà bà ngoại",
            carer_name="Trần Thị Bà",
        ),
        S.CLOSED_NO_ACTION: lambda: (
            cases.record_initial_assessment(
                store, case_id, risk_level=RiskLevel.LOW, emergency=False
            ),
            cases.close_no_action(
                store, case_id, closed_on=clock().date(), reason="Không có nguy cơ"
            ),
        ),
        S.TRANSFERRED: lambda: cases.transfer_case(
            store, case_id, target=TransferTarget.POLICE, reason="Dấu hiệu tội phạm"
        ),
    }
    if stage is S.RECEIVED:
        return
    if stage in special:
        clock.advance(minutes=30)
        special[stage]()
        return
    for reached, step in path:
        clock.advance(hours=1)
        step()
        if reached is stage:
            return
    raise AssertionError(stage)
