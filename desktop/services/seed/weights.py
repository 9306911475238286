"""Weighted draws of the synthetic register: who lives with whom, stages, channels, risks."""

import itertools
import random
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.domain.case_flow_file import Step
from desktop.domain.enums import (
    AbuseType,
    AlternativeCare,
    BirthRegistration,
    CarerStatus,
    CaseStage,
    DisabilityLevel,
    HouseholdPoverty,
    IntakeCategory,
    IntakeChannel,
    SpecialGroup,
)

# Insert order: every table comes after the tables its foreign keys point to.
TABLES = (
    "household",
    "child",
    "carer",
    "group_membership",
    "allowance",
    "case_file",
    "informant",
    "initial_assessment",
    "detailed_assessment",
    "case_meeting",
    "isolation",
    "isolation_extension",
    "support_plan",
    "plan_task",
    "approval_decision",
    "review",
    "closure",
    "case_event",
    "home_visit",
    "case_note",
)

# Fixed so a seed always gives the same ids; in the past, so ids the app makes later sort after.
_ID_EPOCH_MS = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp() * 1000)
_LOW_62 = (1 << 62) - 1
_CASE_SHARE = 0.03
_MIN_CHILDREN_FOR_ALL_STAGES = 50
_HISTORY_DAYS = 548  # intakes spread over the last 18 months
# Allowance decisions are recent, so their amounts follow the base rates of the last two years.
_ALLOWANCE_LOOKBACK_DAYS = 2 * 365
# Faker's middle names are not sexed; these read as one sex only.
_MALE_MIDDLES = frozenset({"Văn", "Đức", "Tấn", "Thế", "Hữu", "Trí", "Quang", "Phú"})
_FEMALE_MIDDLES = frozenset({"Thị", "Mai", "Mai Bảo"})


class _Weighted:
    """A weighted choice with the cumulative weights built once, not on every draw."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(weight for _, weight in pairs))

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cum)[0]


S, G, C = CarerStatus, SpecialGroup, CaseStage

_FATHER_STATUS = _Weighted(
    [
        (S.LIVING_WITH, 86), (S.LIVING_APART, 7), (S.DEAD, 2.5), (S.MISSING, 1),
        (S.SERVING_SENTENCE, 2.5), (S.IN_FACILITY, 0.6), (S.RIGHTS_RESTRICTED, 0.4),
    ]
)  # fmt: skip
_MOTHER_STATUS = _Weighted(
    [
        (S.LIVING_WITH, 91), (S.LIVING_APART, 4.5), (S.DEAD, 1.8), (S.MISSING, 1),
        (S.SERVING_SENTENCE, 0.8), (S.IN_FACILITY, 0.5), (S.RIGHTS_RESTRICTED, 0.4),
    ]
)  # fmt: skip
# Parents who both cannot care, and the Decree 56 subgroup that follows ("a": double orphan).
_ABSENT_SUBGROUP = {
    (S.DEAD, S.DEAD): "a",
    (S.DEAD, S.MISSING): "c1",
    (S.DEAD, S.IN_FACILITY): "c2",
    (S.DEAD, S.SERVING_SENTENCE): "c3",
    (S.MISSING, S.MISSING): "c4",
    (S.MISSING, S.IN_FACILITY): "c5",
    (S.MISSING, S.SERVING_SENTENCE): "c6",
    (S.IN_FACILITY, S.IN_FACILITY): "c7",
    (S.SERVING_SENTENCE, S.SERVING_SENTENCE): "c8",
    (S.RIGHTS_RESTRICTED, S.RIGHTS_RESTRICTED): "c12",
}
_ABSENT_PAIRS = _Weighted(
    [(pair, 4 if code == "a" else 1) for pair, code in _ABSENT_SUBGROUP.items()]
)
_ORPHAN_SUBGROUP = {
    AlternativeCare.FACILITY: "a2",
    AlternativeCare.RELATIVES: "a3",
    AlternativeCare.NON_RELATIVES: "a4",
}
_SUBSTITUTE_CARE = _Weighted(
    [
        (AlternativeCare.RELATIVES, 75),
        (AlternativeCare.NON_RELATIVES, 12),
        (AlternativeCare.FACILITY, 13),
    ]
)
_HOUSEHOLD_SIZE = _Weighted([(1, 35), (2, 30), (3, 20), (4, 10), (5, 5)])  # mean 2.2
_POVERTY = _Weighted(
    [(HouseholdPoverty.NONE, 84), (HouseholdPoverty.NEAR_POOR, 8), (HouseholdPoverty.POOR, 8)]
)
_UNREGISTERED = _Weighted(
    [
        (BirthRegistration.REGISTERED, 40),
        (BirthRegistration.NOT_REGISTERED, 40),
        (BirthRegistration.UNKNOWN, 20),
    ]
)
_DISABILITY = _Weighted(
    [(DisabilityLevel.MILD, 50), (DisabilityLevel.SEVERE, 35), (DisabilityLevel.EXTREME, 15)]
)
_DISABILITY_SUBGROUP = {
    DisabilityLevel.EXTREME: "d1",
    DisabilityLevel.SEVERE: "d2",
    DisabilityLevel.MILD: "d3",
}
# Groups drawn at random on top of those that follow from the family: (group, weight, min age).
_EXTRA_GROUPS = (
    (G.N, 22, 0),
    (G.H, 14, 11),
    (G.E, 10, 12),
    (G.I, 8, 0),
    (G.K, 8, 8),
    (G.L, 8, 3),
    (G.O, 8, 0),
    (G.B, 6, 0),
    (G.G, 5, 12),
    (G.M, 4, 0),
    (G.DD, 4, 0),
)
_EXTRA_GROUP_SHARE = 0.16
_ETHNICITY = _Weighted(
    [("Kinh", 97), ("Hoa", 1), ("Tày", 0.5), ("Mường", 0.5), ("Sán Dìu", 0.5), ("Nùng", 0.5)]
)
_STAGES = _Weighted(
    [
        (C.RECEIVED, 3),
        (C.INITIAL_ASSESSMENT, 4),
        (C.EMERGENCY, 3),
        (C.ISOLATION, 3),
        (C.DETAILED_ASSESSMENT, 5),
        (C.PLANNING, 5),
        (C.AWAITING_APPROVAL, 4),
        (C.IMPLEMENTING, 12),
        (C.REVIEW, 5),
        (C.CLOSED, 35),
        (C.CLOSED_NO_ACTION, 15),
        (C.TRANSFERRED, 6),
    ]
)
_CHANNEL = _Weighted(
    [
        (IntakeChannel.PHONE, 15),
        (IntakeChannel.IN_PERSON, 20),
        (IntakeChannel.REPORTED_BY_OTHER, 15),
        (IntakeChannel.HOTLINE_111, 12),
        (IntakeChannel.POLICE, 12),
        (IntakeChannel.SCHOOL, 12),
        (IntakeChannel.LETTER, 4),
        (IntakeChannel.COMMUNE_HOTLINE, 10),
    ]
)
_CATEGORY = _Weighted(
    [
        (IntakeCategory.ABUSED, 45),
        (IntakeCategory.AT_RISK, 40),
        (IntakeCategory.SPECIAL_CIRCUMSTANCES, 15),
    ]
)
_ABUSE = _Weighted(
    [
        (AbuseType.VIOLENCE, 35),
        (AbuseType.NEGLECT, 20),
        (AbuseType.SEXUAL, 15),
        (AbuseType.EXPLOITATION, 10),
        (AbuseType.ABANDONMENT, 7),
        (AbuseType.TRAFFICKING, 4),
        (AbuseType.OTHER, 9),
    ]
)
_MAIN_PATH = (
    C.RECEIVED,
    C.INITIAL_ASSESSMENT,
    C.DETAILED_ASSESSMENT,
    C.PLANNING,
    C.AWAITING_APPROVAL,
    C.IMPLEMENTING,
    C.REVIEW,
    C.CLOSED,
)
# Hours from the previous step to this one.
_GAP_HOURS = {
    C.INITIAL_ASSESSMENT: (1, 20),
    C.EMERGENCY: (0.3, 2.5),
    C.ISOLATION: (1, 5),
    C.DETAILED_ASSESSMENT: (48, 240),
    C.PLANNING: (24, 96),
    C.AWAITING_APPROVAL: (24, 160),
    C.IMPLEMENTING: (20, 96),
    C.REVIEW: (720, 2880),
    C.CLOSED: (24, 240),
    C.CLOSED_NO_ACTION: (12, 120),
    C.TRANSFERRED: (4, 72),
}
# Hours from the last step to now for open cases; wide enough that some deadlines are overdue.
_OPEN_HOURS = {
    C.RECEIVED: (0.2, 30),
    C.INITIAL_ASSESSMENT: (12, 120),
    C.ISOLATION: (2, 300),
    C.DETAILED_ASSESSMENT: (12, 240),
    C.PLANNING: (12, 240),
    C.AWAITING_APPROVAL: (6, 120),
    C.IMPLEMENTING: (120, 4800),
    C.REVIEW: (12, 480),
}
_TERMINAL = frozenset({C.CLOSED, C.CLOSED_NO_ACTION, C.TRANSFERRED})
_MOBILE_PREFIXES = (
    "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033",
    "034", "035", "036", "037", "038", "039", "070", "077", "081", "085",
)  # fmt: skip

# The step that moves a case into each stage, as the case workflow records it.
_STEP_OF_STAGE = {
    C.RECEIVED: Step.INTAKE.value,
    C.INITIAL_ASSESSMENT: Step.INITIAL_ASSESSMENT.value,
    C.EMERGENCY: Step.EMERGENCY.value,
    C.ISOLATION: Step.ISOLATION.value,
    C.DETAILED_ASSESSMENT: Step.DETAILED_ASSESSMENT.value,
    C.PLANNING: Step.PLAN_START.value,
    C.AWAITING_APPROVAL: Step.PLAN_SUBMIT.value,
    C.IMPLEMENTING: Step.PLAN_APPROVE.value,
    C.REVIEW: Step.REVIEW.value,
    C.CLOSED: Step.CLOSE.value,
    C.CLOSED_NO_ACTION: Step.CLOSE_NO_ACTION.value,
    C.TRANSFERRED: Step.TRANSFER.value,
}
