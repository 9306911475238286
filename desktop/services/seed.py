"""Deterministic synthetic register (families, HCĐB groups, allowances, cases, visits) for demos."""

import itertools
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop.domain.age import age_on, estimated_dob_from_age
from desktop.domain.deadlines import LOCAL_TZ, isolation_limit
from desktop.domain.enums import (
    AbuseType,
    AlternativeCare,
    AuditAction,
    BirthRegistration,
    CarerRelation,
    CarerStatus,
    CaseStage,
    DisabilityLevel,
    HouseholdPoverty,
    IntakeCategory,
    IntakeChannel,
    PlanStatus,
    ReviewOutcome,
    RiskLevel,
    Sex,
    SpecialGroup,
    TaskStatus,
    TransferTarget,
)
from desktop.domain.errors import DomainError
from desktop.domain.text import nfc
from desktop.paths import reference_dir
from desktop.reference.communes import commune_by_code, load_communes
from desktop.reference.groups import subgroups_of
from desktop.reference.rates import coefficient, monthly_amount
from desktop.storage import search_index
from desktop.storage.schema import Base
from desktop.storage.schema.cases import CaseRow
from desktop.storage.schema.register import HouseholdRow
from desktop.storage.store import Store

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


@dataclass
class SeedSummary:
    """Rows written per table (field names are the table names) and cases per stage."""

    household: int = 0
    child: int = 0
    carer: int = 0
    group_membership: int = 0
    allowance: int = 0
    case_file: int = 0
    informant: int = 0
    initial_assessment: int = 0
    detailed_assessment: int = 0
    case_meeting: int = 0
    isolation: int = 0
    isolation_extension: int = 0
    support_plan: int = 0
    plan_task: int = 0
    approval_decision: int = 0
    review: int = 0
    closure: int = 0
    case_event: int = 0
    home_visit: int = 0
    case_note: int = 0
    cases_by_stage: dict[CaseStage, int] = field(default_factory=dict)

    def per_table(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in TABLES}

    def __str__(self) -> str:
        return ", ".join(f"{name}={count}" for name, count in self.per_table().items() if count)


if tuple(f.name for f in fields(SeedSummary))[: len(TABLES)] != TABLES:
    raise AssertionError("SeedSummary fields must follow TABLES")

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


class _SeedIds:
    """UUIDv7-shaped ids: a fixed start time plus a counter, then seeded random bits."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"bvte-seed-ids-{seed}")
        self._count = 0

    def __call__(self) -> str:
        millis = _ID_EPOCH_MS + self._count
        self._count += 1
        bits = self._rng.getrandbits(74)
        value = (millis << 80) | (0x7 << 76) | (bits >> 62 << 64) | (0b10 << 62) | (bits & _LOW_62)
        return str(uuid.UUID(int=value))


class _Weighted:
    """A weighted choice with the cumulative weights built once, not on every draw."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(weight for _, weight in pairs))

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _texts(*items: str) -> tuple[str, ...]:
    return tuple(nfc(item) for item in items)


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

# ---- Vietnamese text pools (synthetic; no real person or event)
_VILLAGE_NAMES = _texts(
    "Đông", "Đoài", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tiền", "Hậu", "Đông Hải",
    "Tây Sơn", "Phú Xuân", "An Lạc", "Tân Lập", "Hòa Bình",
)  # fmt: skip
_OCCUPATIONS = _texts(
    "Làm ruộng", "Công nhân", "Buôn bán nhỏ", "Lao động tự do", "Ngư dân", "Nội trợ",
    "Thợ xây", "Lái xe", "Giáo viên", "Công nhân khu công nghiệp", "Chạy xe ôm", "Làm thuê",
    "Nuôi trồng thủy sản", "Thợ may", "Đi làm ăn xa",
)  # fmt: skip
_SCHOOL_NAMES = {
    "Trường Mầm non": _texts("Hoa Sen", "Hoa Mai", "Sao Mai", "Họa Mi", "Hoa Hồng"),
    "Trường Tiểu học": _texts("Kim Đồng", "Trần Quốc Toản", "Lê Văn Tám", "Võ Thị Sáu"),
    "Trường THCS": _texts("Chu Văn An", "Nguyễn Trãi", "Lê Quý Đôn", "Trần Phú"),
    "Trường THPT": _texts("Trần Nguyên Hãn", "Ngô Quyền", "Thái Phiên", "Nguyễn Bỉnh Khiêm"),
}
_EVIDENCE = {
    G.A: _texts("Giấy chứng tử của cha và mẹ"),
    G.B: _texts("Biên bản về việc trẻ em bị bỏ rơi"),
    G.C: _texts("Quyết định tuyên bố mất tích của Tòa án", "Giấy xác nhận chấp hành án phạt tù"),
    G.D: _texts("Giấy xác nhận khuyết tật"),
    G.DD: _texts("Kết quả xét nghiệm của cơ sở y tế"),
    G.E: _texts("Quyết định xử lý vi phạm hành chính"),
    G.G: _texts("Giấy xác nhận của cơ sở cai nghiện"),
    G.H: _texts("Xác nhận của nhà trường về việc trẻ thôi học"),
    G.I: _texts("Kết luận giám định của cơ quan chuyên môn"),
    G.K: _texts("Biên bản xác minh của Công an"),
    G.L: _texts("Kết luận của cơ quan điều tra"),
    G.M: _texts("Xác nhận nạn nhân bị mua bán của cơ quan công an"),
    G.N: _texts("Giấy chứng nhận hộ nghèo và hồ sơ bệnh án"),
    G.O: _texts("Xác nhận của UBND nơi trẻ đang cư trú"),
}
_PLACES = _texts(
    "Tại nhà riêng", "Tại nhà người quen", "Trên đường đi học về", "Tại khu nhà trọ công nhân",
    "Tại trường học", "Tại quán internet gần chợ", "Tại bãi đất trống cạnh đê",
)  # fmt: skip
_SITUATIONS = {
    AbuseType.VIOLENCE: _texts(
        "Trẻ có nhiều vết bầm tím ở tay và lưng; hàng xóm cho biết trẻ thường bị đánh khi "
        "người nhà say rượu.",
        "Trẻ bị đánh bằng roi, sưng tấy ở chân; trẻ sợ hãi, không dám về nhà.",
    ),
    AbuseType.NEGLECT: _texts(
        "Cha mẹ đi làm ăn xa, trẻ ở nhà một mình, thường xuyên bỏ bữa và nghỉ học.",
        "Trẻ nhỏ bị để ở nhà một mình nhiều ngày, nhà cửa mất vệ sinh, trẻ gầy yếu.",
    ),
    AbuseType.SEXUAL: _texts(
        "Trẻ bị một người quen có hành vi dâm ô khi ở nhà một mình; gia đình phát hiện và báo tin.",
        "Nhà trường thấy trẻ có biểu hiện bất thường; trẻ kể bị người lớn sàm sỡ nhiều lần.",
    ),
    AbuseType.EXPLOITATION: _texts(
        "Trẻ bị ép bán hàng rong đến khuya, không được đi học, bị đánh nếu không đủ tiền.",
        "Trẻ làm việc nặng nhọc tại xưởng gia công hơn 8 giờ mỗi ngày.",
    ),
    AbuseType.ABANDONMENT: _texts(
        "Phát hiện trẻ sơ sinh bị bỏ rơi trước cổng chùa trong thôn, sức khỏe yếu.",
        "Trẻ bị mẹ gửi lại nhà người quen rồi bỏ đi, không liên lạc được.",
    ),
    AbuseType.TRAFFICKING: _texts(
        "Trẻ được người lạ hứa việc làm lương cao ở nơi khác; gia đình mất liên lạc hai ngày.",
        "Trẻ bị dụ dỗ qua mạng xã hội đi khỏi địa phương; công an đã giải cứu.",
    ),
    AbuseType.OTHER: _texts(
        "Trẻ bị bạn bè bắt nạt, đăng ảnh xúc phạm lên mạng; trẻ sợ hãi, không muốn đến trường.",
        "Trẻ bị đe dọa qua mạng, bị ép gửi ảnh cá nhân.",
    ),
    None: _texts(
        "Trẻ mồ côi cha, mẹ đi làm ăn xa, sống với bà ngoại già yếu, hoàn cảnh rất khó khăn.",
        "Gia đình thuộc hộ nghèo, trẻ mắc bệnh nặng cần điều trị lâu dài.",
    ),
}
_PERPETRATORS = {
    AbuseType.VIOLENCE: _texts("Bố đẻ", "Bố dượng", "Mẹ kế", "Anh trai"),
    AbuseType.NEGLECT: _texts("Cha mẹ", "Mẹ đẻ", "Bố đẻ"),
    AbuseType.SEXUAL: _texts("Hàng xóm", "Người quen của gia đình", "Người lạ"),
    AbuseType.EXPLOITATION: _texts("Chủ cơ sở sản xuất", "Người quen", "Họ hàng"),
    AbuseType.ABANDONMENT: _texts("Mẹ đẻ", "Không rõ"),
    AbuseType.TRAFFICKING: _texts("Người lạ quen qua mạng", "Người quen"),
    AbuseType.OTHER: _texts("Bạn cùng trường", "Người lạ trên mạng"),
}
_SEXUAL_DETAILS = _texts("Dâm ô", "Giao cấu với người dưới 16 tuổi", "Chờ kết luận điều tra")
_LIKELY_OUTCOMES = _texts(
    "Nếu không được can thiệp kịp thời, trẻ có thể tiếp tục bị tổn hại về thể chất và tinh thần.",
    "Trẻ có nguy cơ bỏ học và bị xâm hại nghiêm trọng hơn.",
    "Sức khỏe và sự phát triển của trẻ có thể bị ảnh hưởng lâu dài.",
)
_FIRST_ACTIONS = _texts(
    "Đã báo trưởng thôn và cộng tác viên; đã đến nhà kiểm tra tình hình của trẻ.",
    "Đã liên hệ nhà trường và gia đình để xác minh thông tin.",
    "Đã trao đổi với cha mẹ trẻ, nhắc nhở trách nhiệm chăm sóc, bảo vệ trẻ.",
)
_EMERGENCY_ACTIONS = _texts(
    "Đã phối hợp với công an đến hiện trường, đưa trẻ đi sơ cứu, bảo quản chứng cứ.",
    "Đã đưa trẻ đến nơi an toàn, báo cáo Chủ tịch UBND và xin ý kiến Tổng đài 111.",
)
_EVENT_NOTES = {
    C.RECEIVED: "Tiếp nhận thông tin, lập báo cáo Mẫu 01.",
    C.INITIAL_ASSESSMENT: "Đánh giá ban đầu nguy cơ (Mẫu 02).",
    C.EMERGENCY: "Áp dụng biện pháp can thiệp khẩn cấp.",
    C.ISOLATION: "Chủ tịch UBND quyết định tạm thời cách ly trẻ (Mẫu 07).",
    C.DETAILED_ASSESSMENT: "Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03).",
    C.PLANNING: "Họp liên ngành; xây dựng kế hoạch hỗ trợ, can thiệp.",
    C.AWAITING_APPROVAL: "Trình Chủ tịch UBND phê duyệt kế hoạch (Mẫu 04).",
    C.IMPLEMENTING: "Kế hoạch được phê duyệt (Mẫu 05), bắt đầu thực hiện.",
    C.REVIEW: "Rà soát, đánh giá kết quả thực hiện kế hoạch (Mẫu 06).",
    C.CLOSED: "Kết thúc hồ sơ: trẻ đã an toàn, ổn định.",
    C.CLOSED_NO_ACTION: "Đóng hồ sơ: không có nguy cơ, không cần can thiệp.",
    C.TRANSFERRED: "Chuyển hồ sơ đến nơi có thẩm quyền.",
}
_EVENT_NOTES = {stage: nfc(note) for stage, note in _EVENT_NOTES.items()}
_HARM = {
    RiskLevel.HIGH: _texts(
        "Trẻ bị thương tích cần điều trị, vẫn sống cùng người gây hại.",
        "Tính mạng, sức khỏe của trẻ đang bị đe dọa nghiêm trọng.",
    ),
    RiskLevel.MEDIUM: _texts(
        "Trẻ bị tổn thương tinh thần, sợ hãi, có nguy cơ bị xâm hại tiếp.",
        "Trẻ thiếu sự chăm sóc, nghỉ học nhiều ngày.",
    ),
    RiskLevel.LOW: _texts(
        "Chưa phát hiện tổn hại đối với trẻ.",
        "Thông tin ban đầu không đúng sự thật; trẻ được chăm sóc đầy đủ.",
    ),
}
_SAFETY = {
    RiskLevel.HIGH: _texts("Đưa trẻ đến nơi an toàn, tách khỏi người gây hại, sơ cứu."),
    RiskLevel.MEDIUM: _texts(
        "Giao cộng tác viên theo dõi trẻ hằng ngày; nhắc nhở gia đình.",
        "Trao đổi với nhà trường để theo dõi trẻ.",
    ),
    RiskLevel.LOW: _texts("Không cần biện pháp bảo đảm an toàn."),
}
_SAFE_PLACES = _texts(
    "Nhà bà ngoại của trẻ",
    "Cơ sở trợ giúp xã hội thành phố Hải Phòng",
    "Nhà tạm lánh của Hội Liên hiệp Phụ nữ",
    "Nhà người thân thích trong thôn",
)
_EXTENSION_REASONS = _texts(
    "Gia đình chưa bảo đảm an toàn cho trẻ, cần thêm thời gian đánh giá.",
    "Chờ kết luận của cơ quan điều tra.",
)
_DETAILED_ITEMS = {
    "physical_emotional": _texts(
        "Trẻ còn vết thương ở tay, hay giật mình, khó ngủ.",
        "Sức khỏe ổn định; trẻ còn lo lắng khi nhắc lại sự việc.",
    ),
    "family_capacity": _texts(
        "Mẹ có khả năng chăm sóc nhưng thu nhập thấp, thường xuyên vắng nhà.",
        "Ông bà già yếu, khả năng bảo vệ trẻ hạn chế.",
    ),
    "risk_factors": _texts(
        "Người gây hại vẫn sống gần nhà trẻ.",
        "Gia đình thường xuyên mâu thuẫn; người cha nghiện rượu.",
    ),
    "schooling_self_protection": _texts(
        "Trẻ đi học đều, kỹ năng tự bảo vệ còn hạn chế.",
        "Trẻ nghỉ học hai tuần, chưa biết cách tìm sự trợ giúp.",
    ),
    "community_safety": _texts(
        "Trưởng thôn, hàng xóm sẵn sàng hỗ trợ theo dõi trẻ.",
        "Khu vực có nhiều nhà trọ, an ninh phức tạp.",
    ),
    "needs": _texts(
        "Khám, điều trị y tế; tư vấn tâm lý; hỗ trợ học phí.",
        "Trợ giúp pháp lý; hỗ trợ tiền ăn; kết nối học nghề.",
    ),
    "child_views": _texts(
        "Trẻ muốn ở với bà ngoại và tiếp tục đi học.",
        "Trẻ mong bố không đánh mẹ con nữa.",
    ),
    "parent_views": _texts(
        "Mẹ trẻ đồng ý phối hợp thực hiện kế hoạch.",
        "Cha mẹ cam kết không để trẻ ở nhà một mình.",
    ),
}
_MEETING_GUESTS = _texts(
    "Trưởng thôn hoặc tổ trưởng tổ dân phố nơi trẻ cư trú",
    "Giáo viên chủ nhiệm của trẻ",
    "Đại diện Hội Liên hiệp Phụ nữ",
    "Cán bộ trạm y tế",
    "Mẹ của trẻ",
    "Đại diện Đoàn Thanh niên",
)
_MINUTES = _texts(
    "Các thành viên thống nhất nguy cơ đối với trẻ ở mức cao; giao cán bộ bảo vệ trẻ em xây dựng "
    "kế hoạch hỗ trợ, can thiệp trong 5 ngày làm việc.",
    "Cuộc họp thống nhất nhu cầu của trẻ về y tế, tâm lý, giáo dục; gia đình cam kết phối hợp.",
)
_GOALS = _texts(
    "Trẻ được an toàn, phục hồi sức khỏe thể chất và tinh thần, tiếp tục đi học.",
    "Gia đình nâng cao khả năng chăm sóc, bảo vệ trẻ; trẻ không còn bị bạo lực.",
    "Trẻ được đoàn tụ với gia đình an toàn và hòa nhập cộng đồng.",
)
# (task, responsible, provider, lowest cost, highest cost in VND)
_TASKS = tuple(
    (nfc(task), nfc(who), nfc(provider), low, high)
    for task, who, provider, low, high in (
        ("Khám sức khỏe và điều trị vết thương cho trẻ", "Trạm Y tế", "Trạm Y tế", 0, 500_000),
        (
            "Tư vấn tâm lý cho trẻ (6 buổi)",
            "Cán bộ làm công tác bảo vệ trẻ em",
            "Trung tâm Công tác xã hội thành phố Hải Phòng",
            1_200_000,
            3_000_000,
        ),
        (
            "Trợ giúp pháp lý, đồng hành cùng trẻ trong quá trình tố tụng",
            "Công an",
            "Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng",
            0,
            0,
        ),
        ("Hỗ trợ học phí và đồ dùng học tập", "Nhà trường", "Hội Khuyến học", 500_000, 2_000_000),
        (
            "Hướng dẫn cha mẹ cách giáo dục con không dùng bạo lực",
            "Hội Liên hiệp Phụ nữ",
            "Hội Liên hiệp Phụ nữ",
            200_000,
            800_000,
        ),
        (
            "Thăm gia đình hằng tháng, theo dõi an toàn của trẻ",
            "Cộng tác viên bảo vệ trẻ em",
            "",
            0,
            0,
        ),
        ("Hỗ trợ tiền ăn 60.000 đồng/ngày khi chăm sóc khẩn cấp", "UBND", "", 600_000, 900_000),
        (
            "Lập hồ sơ đề nghị trợ cấp xã hội hằng tháng",
            "Cán bộ làm công tác bảo vệ trẻ em",
            "Phòng Văn hóa – Xã hội",
            0,
            0,
        ),
        (
            "Kết nối học nghề cho trẻ",
            "Đoàn Thanh niên",
            "Trung tâm Giáo dục nghề nghiệp",
            1_000_000,
            5_000_000,
        ),
        ("Cấp thẻ bảo hiểm y tế cho trẻ", "UBND", "Bảo hiểm xã hội", 0, 0),
    )
)
_PROGRESS = _texts(
    "Đã thực hiện đúng tiến độ.",
    "Đang thực hiện; gia đình phối hợp tốt.",
    "Chậm so với kế hoạch do gia đình đi vắng.",
)
_CONCLUSIONS_CLOSE = _texts(
    "Trẻ đã an toàn, sức khỏe và tâm lý ổn định; đề nghị kết thúc kế hoạch.",
    "Các nguy cơ đã được loại bỏ, gia đình đủ khả năng bảo vệ trẻ.",
)
_CONCLUSIONS_CONTINUE = _texts(
    "Nguy cơ vẫn còn; đề nghị xây dựng kế hoạch mới.",
    "Trẻ chưa ổn định tâm lý, cần tiếp tục hỗ trợ.",
)
_CLOSE_REASONS = _texts(
    "Trẻ an toàn, ổn định; mục tiêu kế hoạch đã đạt.",
    "Trẻ đã chuyển đến sống cùng người thân ở nơi an toàn.",
)
_NO_ACTION_REASONS = _texts(
    "Sau đánh giá ban đầu, trẻ không có nguy cơ; không cần can thiệp.",
    "Thông tin tiếp nhận không chính xác; trẻ được chăm sóc đầy đủ.",
)
_PEOPLE_MET = _texts(
    "Mẹ của trẻ", "Bố và mẹ của trẻ", "Bà nội của trẻ", "Ông ngoại và trẻ", "Người giám hộ của trẻ"
)
_OBSERVATIONS = _texts(
    "Trẻ khỏe mạnh, vui vẻ, đi học đều.",
    "Nhà ở chật chội, ẩm thấp; trẻ còn rụt rè.",
    "Gia đình quan tâm chăm sóc trẻ tốt hơn.",
    "Trẻ gầy, ăn uống thất thường.",
    "Không gặp trẻ vì trẻ đang ở trường.",
)
_RISK_FLAGS = _texts(
    "nhà ở tạm bợ", "cha mẹ vắng nhà dài ngày", "trẻ nghỉ học", "có dấu hiệu bạo lực",
    "thiếu ăn", "người gây hại còn ở gần",
)  # fmt: skip
_VISIT_ACTIONS = _texts(
    "Tư vấn cho gia đình về chăm sóc, bảo vệ trẻ.",
    "Nhắc gia đình đưa trẻ đi khám sức khỏe.",
    "Hướng dẫn gia đình làm hồ sơ trợ cấp.",
    "Trao quà hỗ trợ học tập.",
)
_NOTES = _texts(
    "Gọi điện cho mẹ trẻ: trẻ đã đi học lại.",
    "Trung tâm Công tác xã hội đã thực hiện buổi tư vấn thứ hai.",
    "Nhà trường báo trẻ tiến bộ, hòa đồng với bạn.",
    "Gia đình xin lùi lịch thăm vì bận mùa vụ.",
    "Đã chuyển hồ sơ đề nghị trợ cấp lên UBND.",
)


@dataclass(frozen=True)
class _CasePlan:
    stage: CaseStage
    steps: tuple[tuple[CaseStage, datetime], ...]  # each stage passed through, with its time
    code: str


@dataclass
class _Person:
    name: str
    relation: CarerRelation
    status: CarerStatus
    birth_year: int
    occupation: str
    personal_id: str | None
    phone: str


@dataclass
class _Family:
    household_id: str
    surname: str
    village: str
    address: str
    poverty: HouseholdPoverty
    mother_year: int
    carers: list[_Person]
    alternative_care: AlternativeCare
    family_subgroup: str  # "a3", "c6"... when neither parent can care, else ""
    size: int
    first_age: int
    placed: int = 0


def seed_register(
    store: Store,
    *,
    children: int,
    seed: int = 1,
    batch_size: int = 1000,
    progress: Callable[[int, int], None] | None = None,
) -> SeedSummary:
    """Add `children` synthetic children with families, groups, allowances, cases and visits.

    The same seed and count give the same names, dates, numbers and record ids; times are
    relative to the store's clock. Each batch is one transaction, so an interrupted run
    leaves only whole batches; the batch size does not change the data.
    """
    if children < 0 or batch_size < 1:
        raise ValueError("children must be >= 0 and batch_size >= 1")
    seeder = _Seeder(store, seed, children)
    with store.unit_of_work(write=False) as uow:
        # The same seed makes the same ids, so a second run would only collide half-way.
        if uow.session.get(HouseholdRow, _SeedIds(seed)()) is not None:
            raise DomainError("seed.already_applied", seed=seed)
        seeder.take_existing(uow.session)
    summary = SeedSummary()
    for start in range(0, children, batch_size):
        end = min(start + batch_size, children)
        with store.unit_of_work() as uow:
            rows, child_ids = seeder.batch(start, end)
            for table in TABLES:
                if rows[table]:
                    uow.session.execute(insert(Base.metadata.tables[table]), rows[table])
                    setattr(summary, table, getattr(summary, table) + len(rows[table]))
            search_index.refresh(uow.session, child_ids)
        if progress is not None:
            progress(end, children)
    summary.cases_by_stage = dict(seeder.stage_counts)
    with store.unit_of_work() as uow:
        uow.audit(AuditAction.CREATE, "seed", None, detail=f"seed={seed} children={children}")
    return summary


class _Seeder:
    """Draws every value in one fixed order from one seeded Random and one seeded Faker."""

    def __init__(self, store: Store, seed: int, children: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("vi_VN")
        self.fake.seed_instance(seed)
        self.ids = _SeedIds(seed)
        self.device_id = store.device_id
        self.officer_id = store.officer.id
        self.officer_name = store.officer.full_name
        self.commune_code = store.commune_code
        self.now = store.options.clock().astimezone(UTC).replace(second=0, microsecond=0)
        self.today = self.now.astimezone(LOCAL_TZ).date()
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.used_ids: set[str] = set()
        self.decision_numbers: dict[int, int] = {}
        self.stage_counts: dict[CaseStage, int] = {}
        self.family: _Family | None = None
        self.emergencies = 0
        self.via_hotline = False
        self._place_commune(children)
        self.cases = self._plan_cases(children)

    # ---- the commune: name, thôn/tổ, schools, the people who sign and visit
    def _place_commune(self, children: int) -> None:
        rng, fake = self.rng, self.fake
        commune = commune_by_code(self.commune_code)
        self.commune_name = commune.name if commune else self.commune_code
        kind = commune.type if commune else ""
        self.unit = kind or "xã"
        count = max(6, min(30, children // 600))
        if kind == "phường":
            villages = [f"Tổ dân phố {n}" for n in range(1, count + 1)]
        elif kind == "xã":
            named = rng.sample(_VILLAGE_NAMES, count // 3)
            villages = [f"Thôn {n}" for n in range(1, count - len(named) + 1)]
            villages += [f"Thôn {name}" for name in named]
        else:
            villages = [f"Thôn {n}" for n in range(1, count // 2 + 1)]
            villages += [f"Tổ dân phố {n}" for n in range(1, count - count // 2 + 1)]
        self.villages = [nfc(village) for village in villages]
        self.rural = kind != "phường"
        self.collaborators = {v: self._name(fake.last_name(), Sex.FEMALE) for v in self.villages}
        self.chair = self._name(fake.last_name(), Sex.MALE)
        self.deputy = self._name(fake.last_name(), Sex.FEMALE)
        self.police = self._name(fake.last_name(), Sex.MALE)
        short = commune.short_name if commune else ""
        self.schools = {
            level: ([nfc(f"{level} {short}")] if short else [])
            + [f"{level} {name}" for name in rng.sample(names, 2)]
            for level, names in _SCHOOL_NAMES.items()
        }
        self.schools["Trường THPT"].append(nfc(f"Trung tâm GDNN-GDTX {short or 'Hải Phòng'}"))
        self.other_communes = [c.code for c in load_communes() if c.code != self.commune_code]
        # Looked up once: finding the reference folder costs more than the lookups themselves.
        self.reference = reference_dir()
        self.subgroups = {group: [s.code for s in subgroups_of(group)] for group in SpecialGroup}

    def _name(self, surname: str, sex: Sex) -> str:
        """Family name, middle name, given name, as Vietnamese names are written."""
        rng, fake = self.rng, self.fake
        if sex is Sex.MALE:
            middle = "Văn" if rng.random() < 0.35 else fake.middle_name()
            given = fake.first_name_male() if rng.random() < 0.75 else fake.first_name_unisex()
        elif sex is Sex.FEMALE:
            middle = "Thị" if rng.random() < 0.45 else fake.middle_name()
            given = fake.first_name_female() if rng.random() < 0.75 else fake.first_name_unisex()
        else:
            middle, given = fake.middle_name(), fake.first_name_unisex()
        clash = _MALE_MIDDLES if sex is Sex.FEMALE else _FEMALE_MIDDLES
        if middle in clash or given in middle.split() or surname == middle:
            middle = "Thị" if sex is Sex.FEMALE else "Văn"
        return nfc(f"{surname} {middle} {given}")

    def _phone(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**7):07d}"

    def _personal_id(self, sex: Sex, year: int) -> str:
        """12 digits: province of birth registration, century and sex, birth year, random."""
        rng = self.rng
        province = "031" if rng.random() < 0.85 else "030"  # Hải Phòng, or Hải Dương before 2025
        digit = (0 if year < 2000 else 2) + (0 if sex is Sex.MALE else 1)
        while True:
            number = f"{province}{digit}{year % 100:02d}{rng.randrange(10**6):06d}"
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def _put(self, table: str, stamp: datetime, /, **values: Any) -> str:
        row_id = self.ids()
        values.update(
            id=row_id, version=1, device_id=self.device_id, created_at=stamp, updated_at=stamp
        )
        self.rows[table].append(values)
        return row_id

    def _at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=LOCAL_TZ).astimezone(UTC)

    def _between(self, start: datetime, end: datetime) -> datetime:
        minutes = max(0, int((end - start).total_seconds() // 60))
        return start + timedelta(minutes=self.rng.randint(0, minutes))

    def _office_time(self, start: datetime, end: datetime) -> datetime:
        """A moment between start and end, in office hours when the window allows it."""
        moment = self._between(start, end)
        day = self._local(moment)
        office = self._at(day, self.rng.randint(7, 16), 5 * self.rng.randint(0, 11))
        return office if start <= office <= end else moment

    def _local(self, moment: datetime) -> date:
        return moment.astimezone(LOCAL_TZ).date()

    def _decision_number(self, day: date) -> str:
        number = self.decision_numbers.get(day.year, 0) + 1
        self.decision_numbers[day.year] = number
        return f"{number}/QĐ-UBND"

    # ---- children and their families
    def batch(self, start: int, end: int) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
        """Rows for children start..end-1; a household may continue from the last batch."""
        self.rows = {table: [] for table in TABLES}
        child_ids = []
        for index in range(start, end):
            if self.family is None or self.family.placed >= self.family.size:
                self.family = self._new_family()
            child_ids.append(self._child(self.family, index))
            self.family.placed += 1
        return self.rows, child_ids

    def _age(self) -> int:
        # The register keeps a few 16-17 year-olds (K2 allowance, cases opened before 16).
        if self.rng.random() < 0.05:
            return self.rng.randint(16, 17)
        return self.rng.randint(0, 15)

    def _new_family(self) -> _Family:
        rng, fake = self.rng, self.fake
        first_age = self._age()
        mother_year = self.today.year - first_age - rng.randint(19, 36)
        father_year = mother_year - rng.randint(-2, 7)
        subgroup = ""
        if rng.random() < 0.025:
            pair = _ABSENT_PAIRS(rng)
            subgroup = _ABSENT_SUBGROUP[pair]
            father_status, mother_status = pair if rng.random() < 0.5 else pair[::-1]
        else:
            father_status, mother_status = _FATHER_STATUS(rng), _MOTHER_STATUS(rng)
        carers = []
        surname = fake.last_name()
        if subgroup or rng.random() < 0.96:
            carers.append(
                self._person(surname, Sex.MALE, father_year, CarerRelation.FATHER, father_status)
            )
        mother_surname = fake.last_name()
        carers.append(
            self._person(
                mother_surname, Sex.FEMALE, mother_year, CarerRelation.MOTHER, mother_status
            )
        )
        if len(carers) == 1:
            surname = mother_surname  # no father on the birth record: the mother's family name
        care = AlternativeCare.NONE
        if all(person.status is not S.LIVING_WITH for person in carers):
            care = _SUBSTITUTE_CARE(rng)
            carers.append(self._substitute(care, surname, mother_year))
        elif rng.random() < 0.08:
            carers.append(self._grandparent(surname, mother_year))
        if subgroup == "a":
            subgroup = _ORPHAN_SUBGROUP[care]
        village = rng.choice(self.villages)
        address = self._address(village)
        poverty = _POVERTY(rng)
        at_home = [person for person in carers if person.status is S.LIVING_WITH]
        household_id = self._put(
            "household",
            self.now,
            commune_code=self.commune_code,
            head_name=at_home[0].name if at_home else carers[-1].name,
            village=village,
            address=address,
            phone=next((person.phone for person in carers if person.phone), ""),
            poverty=poverty,
        )
        return _Family(
            household_id=household_id,
            surname=surname,
            village=village,
            address=address,
            poverty=poverty,
            mother_year=mother_year,
            carers=carers,
            alternative_care=care,
            family_subgroup=subgroup,
            size=_HOUSEHOLD_SIZE(rng),
            first_age=first_age,
        )

    def _person(
        self, surname: str, sex: Sex, year: int, relation: CarerRelation, status: CarerStatus
    ) -> _Person:
        rng = self.rng
        alive = status not in (S.DEAD, S.MISSING)
        free = alive and status not in (S.SERVING_SENTENCE, S.IN_FACILITY)
        return _Person(
            name=self._name(surname, sex),
            relation=relation,
            status=status,
            birth_year=year,
            occupation=rng.choice(_OCCUPATIONS) if free else "",
            personal_id=self._personal_id(sex, year) if alive and rng.random() < 0.85 else None,
            phone=self._phone() if free and rng.random() < 0.9 else "",
        )

    def _grandparent(self, surname: str, mother_year: int) -> _Person:
        sex = self.rng.choice((Sex.MALE, Sex.FEMALE))
        family_name = surname if sex is Sex.MALE else self.fake.last_name()
        year = mother_year - self.rng.randint(20, 30)
        return self._person(family_name, sex, year, CarerRelation.GRANDPARENT, S.LIVING_WITH)

    def _substitute(self, care: AlternativeCare, surname: str, mother_year: int) -> _Person:
        rng = self.rng
        if care is AlternativeCare.RELATIVES:
            if rng.random() < 0.7:
                return self._grandparent(surname, mother_year)
            year = mother_year + rng.randint(-10, 8)
            return self._person(surname, Sex.MALE, year, CarerRelation.GUARDIAN, S.LIVING_WITH)
        sex = Sex.FEMALE if rng.random() < 0.7 else Sex.MALE
        year = mother_year + rng.randint(-15, 5)
        person = self._person(self.fake.last_name(), sex, year, CarerRelation.CARER, S.LIVING_WITH)
        if care is AlternativeCare.FACILITY:
            person.occupation = nfc("Nhân viên cơ sở trợ giúp xã hội")
        return person

    def _address(self, village: str) -> str:
        rng = self.rng
        if self.rural:
            house = f"Số {rng.randint(1, 250)}, xóm {rng.randint(1, 12)}"
        else:
            street = self.fake.street_name()
            house = f"Số {rng.randint(1, 180)}, ngõ {rng.randint(1, 320)} {street}"
        return nfc(f"{house}, {village}, {self.commune_name}, thành phố Hải Phòng")

    def _dob(self, age: int) -> date:
        """A birth date that makes the child exactly `age` today."""
        latest = _years_before(self.today, age)
        earliest = _years_before(self.today, age + 1) + timedelta(days=1)
        return earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))

    def _school(self, age: int) -> str:
        rng = self.rng
        if age <= 2:
            level, share = "Trường Mầm non", 0.2 * age
        elif age <= 5:
            level, share = "Trường Mầm non", 0.92
        elif age <= 10:
            level, share = "Trường Tiểu học", 0.98
        elif age <= 14:
            level, share = "Trường THCS", 0.95
        else:
            level, share = "Trường THPT", 0.8
        return rng.choice(self.schools[level]) if rng.random() < share else ""

    def _child(self, fam: _Family, index: int) -> str:
        rng = self.rng
        roll = rng.random()
        sex = Sex.MALE if roll < 0.515 else Sex.FEMALE if roll < 0.999 else Sex.UNKNOWN
        age = fam.first_age if fam.placed == 0 else self._age()
        oldest = min(17, self.today.year - fam.mother_year - 18)
        if age > oldest:
            age = rng.randint(0, max(0, oldest))
        estimated = rng.random() < 0.03
        dob = estimated_dob_from_age(age, self.today)[0] if estimated else self._dob(age)
        personal_id = None
        registration = _UNREGISTERED(rng)
        if sex is not Sex.UNKNOWN and rng.random() < 0.852:
            personal_id = self._personal_id(sex, dob.year)
            registration = BirthRegistration.REGISTERED
        disability = _DISABILITY(rng) if rng.random() < 0.022 else DisabilityLevel.NONE
        groups = self._groups(fam, age, disability)
        school = self._school(age)
        if any(group is G.H for group, _ in groups):
            school = ""  # group h: left school to work
        current = fam.address
        if rng.random() < 0.05:
            room = f"Phòng trọ số {rng.randint(1, 30)}, {rng.choice(self.villages)}"
            current = nfc(f"{room}, {self.commune_name}, thành phố Hải Phòng")
        card = ""
        if rng.random() < (0.92 if age < 6 else 0.65):
            card = f"{'TE1' if age < 6 else 'HS4'}31{rng.randrange(10**10):010d}"
        child = {
            "commune_code": self.commune_code,
            "full_name": self._name(fam.surname, sex),
            "sex": sex,
            "date_of_birth": dob,
            "dob_estimated": estimated,
            "personal_id": personal_id,
            "household_id": fam.household_id,
            "ethnicity": _ETHNICITY(rng),
            "birth_registration": registration,
            "village": fam.village,
            "permanent_address": fam.address,
            "current_address": current,
            "school": school,
            "disability": disability,
            "hiv_positive": True if any(group is G.DD for group, _ in groups) else None,
            "health_insurance_card": card,
            "alternative_care": fam.alternative_care,
            "collaborator": self.collaborators[fam.village],
            "notes": "",
        }
        child_id = self._put("child", self.now, **child)
        for person in fam.carers:
            self._put(
                "carer",
                self.now,
                child_id=child_id,
                full_name=person.name,
                relation=person.relation,
                status=person.status,
                birth_year=person.birth_year,
                occupation=person.occupation,
                personal_id=person.personal_id,
                phone=person.phone,
            )
        starts = [self._membership(child_id, dob, group, code) for group, code in groups]
        self._allowance(child_id, child, fam, groups, starts, age)
        plan = self.cases.get(index)
        if plan is not None:
            self._case(child_id, fam, plan)
        elif groups and rng.random() < 0.3:
            self._routine_visits(child_id, fam)
        return child_id

    # ---- special circumstances and allowances
    def _groups(
        self, fam: _Family, age: int, disability: DisabilityLevel
    ) -> list[tuple[SpecialGroup, str]]:
        rng = self.rng
        groups = []
        if fam.family_subgroup:
            code = fam.family_subgroup
            groups.append((G.A if code.startswith("a") else G.C, code))
        if disability is not DisabilityLevel.NONE:
            groups.append((G.D, _DISABILITY_SUBGROUP[disability]))
        if rng.random() < _EXTRA_GROUP_SHARE:
            allowed = [
                (group, weight)
                for group, weight, min_age in _EXTRA_GROUPS
                if age >= min_age and (group is not G.N or fam.poverty is not HouseholdPoverty.NONE)
            ]
            group = _Weighted(allowed)(rng)
            code = rng.choice(self.subgroups[group])
            if all(known is not group for known, _ in groups):
                groups.append((group, code))
        return groups

    def _membership(self, child_id: str, dob: date, group: SpecialGroup, code: str) -> date:
        rng = self.rng
        start = dob + timedelta(days=rng.randint(0, max(0, (self.today - dob).days - 20)))
        end = None
        if rng.random() < 0.1 and (self.today - start).days > 60:
            end = start + timedelta(days=rng.randint(30, (self.today - start).days - 1))
        self._put(
            "group_membership",
            self.now,
            child_id=child_id,
            group=group,
            subgroup=code,
            start_date=start,
            end_date=end,
            evidence=rng.choice(_EVIDENCE[group]),
        )
        return start

    def _allowance(
        self,
        child_id: str,
        child: dict[str, Any],
        fam: _Family,
        groups: list[tuple[SpecialGroup, str]],
        starts: list[date],
        age: int,
    ) -> None:
        """The one monthly allowance the child is paid: the highest it qualifies for."""
        dob = child["date_of_birth"]
        options: list[tuple[str, str | None, date]] = []  # category, condition, eligible from
        for (group, code), since in zip(groups, starts, strict=True):
            if group in (G.A, G.B, G.C):
                if age < 16:
                    options.append(("K1", None, since))
                elif child["school"]:
                    options.append(("K2", "dang_hoc", max(since, _years_after(dob, 16))))
            elif group is G.D and code in ("d1", "d2") and age < 16:
                options.append(("K6", child["disability"].value, since))
            elif group is G.DD and fam.poverty is not HouseholdPoverty.NONE and age < 16:
                options.append(("K3", None, since))
        parents_home = [
            person
            for person in fam.carers
            if person.relation in (CarerRelation.FATHER, CarerRelation.MOTHER)
            and person.status is S.LIVING_WITH
        ]
        if fam.poverty is HouseholdPoverty.POOR and len(parents_home) == 1 and age < 16:
            options.append(("K4", None, dob))
        if not options:
            return
        rng = self.rng
        best = None
        for category, condition, since in options:
            since = max(since, self.today - timedelta(days=_ALLOWANCE_LOOKBACK_DAYS))
            decided = min(self.today, since + timedelta(days=rng.randint(10, 60)))
            start = _first_of_next_month(decided)
            if start > self.today:
                start = decided
            coef = coefficient(category, age_on(dob, start), condition, start, self.reference)
            if best is None or coef > best[1]:
                best = (category, coef, condition, decided, start)
        category, coef, condition, decided, start = best
        end = None
        if rng.random() < 0.05 and (self.today - start).days > 90:
            end = start + timedelta(days=rng.randint(60, (self.today - start).days))
        self._put(
            "allowance",
            self.now,
            child_id=child_id,
            category=category,
            coefficient=float(coef),
            monthly_amount=monthly_amount(
                category, age_on(dob, start), start, condition, self.reference
            ),
            decision_number=self._decision_number(decided),
            decision_date=decided,
            start_date=start,
            end_date=end,
        )

    # ---- cases: planned up front so codes follow intake order and every stage appears
    def take_existing(self, session: Session) -> None:
        """Keep clear of what the register already holds: case codes and ID numbers."""
        for table in ("child", "carer"):
            found = session.execute(
                text(f"SELECT personal_id FROM {table} WHERE personal_id NOT NULL")
            )
            self.used_ids.update(found.scalars())
        taken: dict[str, int] = {}
        query = select(CaseRow.code).where(CaseRow.commune_code == self.commune_code)
        for code in session.scalars(query):
            number, _, year = code.partition("/")
            if number.isdigit():
                taken[year] = max(taken.get(year, 0), int(number))
        for index, plan in self.cases.items():
            number, _, year = plan.code.partition("/")
            shifted = int(number) + taken.get(year, 0)
            self.cases[index] = replace(plan, code=f"{shifted:04d}/{year}")

    def _plan_cases(self, children: int) -> dict[int, _CasePlan]:
        rng = self.rng
        wanted = round(children * _CASE_SHARE)
        stages: list[CaseStage] = []
        if children >= _MIN_CHILDREN_FOR_ALL_STAGES:
            stages = list(CaseStage)
            wanted = max(wanted, len(stages))
        wanted = min(wanted, children)
        stages += [_STAGES(rng) for _ in range(wanted - len(stages))]
        rng.shuffle(stages)
        indexes = sorted(rng.sample(range(children), wanted))
        timelines = [self._timeline(stage) for stage in stages]
        codes: dict[int, str] = {}
        per_year: dict[int, int] = {}
        for i in sorted(range(wanted), key=lambda i: (timelines[i][0][1], i)):
            year = self._local(timelines[i][0][1]).year
            per_year[year] = per_year.get(year, 0) + 1
            codes[i] = f"{per_year[year]:04d}/{year}"
        return {indexes[i]: _CasePlan(stages[i], timelines[i], codes[i]) for i in range(wanted)}

    def _timeline(self, stage: CaseStage) -> tuple[tuple[CaseStage, datetime], ...]:
        """The stages a case at `stage` went through, at increasing whole-minute times."""
        rng = self.rng
        if stage in _MAIN_PATH:
            path = list(_MAIN_PATH[: _MAIN_PATH.index(stage) + 1])
            if len(path) > 2 and rng.random() < 0.25:
                path[2:2] = [C.EMERGENCY, C.ISOLATION] if rng.random() < 0.6 else [C.EMERGENCY]
        elif stage in (C.EMERGENCY, C.ISOLATION):
            path = [C.RECEIVED, C.INITIAL_ASSESSMENT, C.EMERGENCY]
            path += [C.ISOLATION] if stage is C.ISOLATION else []
        else:
            path = [C.RECEIVED, C.INITIAL_ASSESSMENT, stage]
        gaps = [0]
        for step in path[1:]:
            low, high = _GAP_HOURS[step]
            if step is C.INITIAL_ASSESSMENT and C.EMERGENCY in path:
                low, high = 0.3, 2.0  # an emergency is assessed at once
            gaps.append(max(1, int(rng.uniform(low, high) * 60)))
        total = sum(gaps)
        if stage is C.EMERGENCY:
            # Two in three still inside the 12-hour limit, starting with the first; the rest late.
            self.emergencies += 1
            since = rng.uniform(13, 60) if self.emergencies % 3 == 0 else rng.uniform(1, 11)
            idle = max(1, int(since * 60) - total)
        elif stage in _TERMINAL:
            idle = rng.randint(1, max(2, _HISTORY_DAYS * 1440 - total))
        else:
            low, high = _OPEN_HOURS[stage]
            idle = max(1, int(rng.uniform(low, high) * 60))
        moment = self.now - timedelta(minutes=total + idle)
        steps = []
        for step, gap in zip(path, gaps, strict=True):
            moment += timedelta(minutes=gap)
            steps.append((step, moment))
        return tuple(steps)

    def _case(self, child_id: str, fam: _Family, plan: _CasePlan) -> None:
        rng = self.rng
        self.stage_counts[plan.stage] = self.stage_counts.get(plan.stage, 0) + 1
        at = dict(plan.steps)
        received = plan.steps[0][1]
        emergency = C.EMERGENCY in at
        category = IntakeCategory.ABUSED if emergency else _CATEGORY(rng)
        abuse: list[AbuseType] = []
        if category is not IntakeCategory.SPECIAL_CIRCUMSTANCES:
            abuse = [_ABUSE(rng)]
            second = _ABUSE(rng) if rng.random() < 0.2 else abuse[0]
            abuse += [second] if second not in abuse else []
        kind = abuse[0] if abuse else None
        risk = None
        if C.INITIAL_ASSESSMENT in at:
            if emergency:
                risk = RiskLevel.HIGH
            elif plan.stage is C.CLOSED_NO_ACTION:
                risk = RiskLevel.LOW
            else:
                risk = rng.choice((RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH))
        target, target_commune = None, ""
        if plan.stage is C.TRANSFERRED:
            target = TransferTarget.POLICE
            if self.other_communes and rng.random() < 0.6:
                target = TransferTarget.OTHER_COMMUNE
                target_commune = rng.choice(self.other_communes)
        channel = _CHANNEL(rng)
        if emergency and not self.via_hotline:
            channel = IntakeChannel.HOTLINE_111  # so even a small register shows a 111 referral
        hotline_ref = ""
        if channel is IntakeChannel.HOTLINE_111:
            hotline_ref = f"111-{self._local(received).year}-{rng.randint(1, 30000):06d}"
            self.via_hotline = True
        case_id = self._put(
            "case_file",
            received,
            commune_code=self.commune_code,
            code=plan.code,
            code_confirmed=plan.stage in _TERMINAL and rng.random() < 0.8,
            stage=plan.stage,
            child_id=child_id,
            unidentified_description="",
            officer_id=self.officer_id,
            received_at=received,
            channel=channel,
            hotline_ref=hotline_ref,
            category=category,
            abuse_types=abuse,
            place=f"{rng.choice(_PLACES)}, {fam.village}",
            situation=rng.choice(_SITUATIONS[kind]),
            likely_outcome=rng.choice(_LIKELY_OUTCOMES),
            actions_taken=rng.choice(_EMERGENCY_ACTIONS if emergency else _FIRST_ACTIONS),
            risk_level=risk,
            emergency=emergency,
            perpetrator_relationship=rng.choice(_PERPETRATORS[kind]) if kind else "",
            sexual_abuse_details=rng.choice(_SEXUAL_DETAILS) if AbuseType.SEXUAL in abuse else "",
            transfer_target=target,
            transfer_to_commune=target_commune,
        )
        if rng.random() < 0.6:
            self._put(
                "informant",
                received,
                case_id=case_id,
                full_name=self._name(self.fake.last_name(), rng.choice((Sex.MALE, Sex.FEMALE))),
                phone=self._phone(),
                address=f"{rng.choice(self.villages)}, {self.commune_name}",
                consents_to_record=rng.random() < 0.75,
            )
        previous = None
        for stage, moment in plan.steps:
            self._put(
                "case_event",
                moment,
                case_id=case_id,
                at=moment,
                officer_id=self.officer_id,
                from_stage=previous,
                to_stage=stage,
                note=_EVENT_NOTES[stage],
            )
            previous = stage
        if risk is not None:
            moment = at[C.INITIAL_ASSESSMENT]
            self._put(
                "initial_assessment",
                moment,
                case_id=case_id,
                assessed_at=moment,
                risk_level=risk,
                emergency=emergency,
                harm_description=rng.choice(_HARM[risk]),
                safety_measures=rng.choice(_SAFETY[risk]),
                officer_id=self.officer_id,
            )
        if C.ISOLATION in at:
            self._isolation(case_id, at[C.ISOLATION], at.get(C.DETAILED_ASSESSMENT))
        if C.DETAILED_ASSESSMENT in at:
            self._detailed(case_id, at[C.DETAILED_ASSESSMENT], _next_time(plan, self.now))
            self._visit(child_id, case_id, fam, at[C.DETAILED_ASSESSMENT], ongoing=False)
        if C.PLANNING in at:
            self._plan(case_id, child_id, fam, plan)
        if C.REVIEW in at:
            self._review(case_id, plan.stage, at[C.REVIEW])
        if plan.stage in (C.CLOSED, C.CLOSED_NO_ACTION):
            moment = at[plan.stage]
            reasons = _CLOSE_REASONS if plan.stage is C.CLOSED else _NO_ACTION_REASONS
            self._put(
                "closure",
                moment,
                case_id=case_id,
                closed_on=self._local(moment),
                reason=rng.choice(reasons),
            )

    def _isolation(self, case_id: str, decided: datetime, reassessed: datetime | None) -> None:
        rng = self.rng
        start = self._local(decided)
        end = start + timedelta(days=rng.randint(5, 15))
        extension_at = None
        if rng.random() < 0.3:
            end = start + timedelta(days=rng.randint(5, 9))
            extension_at = self._at(end - timedelta(days=1), rng.randint(8, 16))
            stop = reassessed or self.now
            if extension_at >= stop:
                extension_at = None  # the child went home (or it is today) before any extension
        revoked = self._local(reassessed) if reassessed is not None else None
        isolation_id = self._put(
            "isolation",
            decided,
            case_id=case_id,
            decision_number=self._decision_number(start),
            decided_at=decided,
            start_date=start,
            end_date=end,
            safe_place=rng.choice(_SAFE_PLACES),
            carer_name=self._name(self.fake.last_name(), Sex.FEMALE),
            revoked_on=revoked if revoked is not None and revoked <= end else None,
        )
        if extension_at is not None:
            self._put(
                "isolation_extension",
                extension_at,
                isolation_id=isolation_id,
                decided_at=extension_at,
                new_end_date=min(isolation_limit(start), end + timedelta(days=rng.randint(3, 7))),
                reason=rng.choice(_EXTENSION_REASONS),
            )

    def _detailed(self, case_id: str, moment: datetime, until: datetime) -> None:
        rng = self.rng
        self._put(
            "detailed_assessment",
            moment,
            case_id=case_id,
            assessed_at=moment,
            **{item: rng.choice(texts) for item, texts in _DETAILED_ITEMS.items()},
            risk_level=rng.choice((RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.MEDIUM)),
            officer_id=self.officer_id,
        )
        held = self._office_time(moment, until)
        attendees = [
            nfc(f"{self.chair} – Chủ tịch UBND {self.unit}, chủ trì"),
            nfc(f"{self.officer_name} – cán bộ làm công tác bảo vệ trẻ em"),
            nfc(f"{self.police} – Công an {self.unit}"),
        ]
        attendees += rng.sample(_MEETING_GUESTS, rng.randint(1, 3))
        self._put(
            "case_meeting",
            held,
            case_id=case_id,
            held_at=held,
            chaired_by=self.chair,
            attendees=attendees,
            minutes=rng.choice(_MINUTES),
        )

    def _plan(self, case_id: str, child_id: str, fam: _Family, plan: _CasePlan) -> None:
        rng = self.rng
        at = dict(plan.steps)
        approved = C.IMPLEMENTING in at
        status = PlanStatus.DRAFT
        if approved:
            status = PlanStatus.APPROVED
        elif C.AWAITING_APPROVAL in at:
            status = PlanStatus.SUBMITTED
        drafted = at[C.PLANNING]
        plan_id = self._put(
            "support_plan",
            drafted,
            case_id=case_id,
            version_no=1,
            status=status,
            drafted_at=drafted,
            submitted_at=at.get(C.AWAITING_APPROVAL),
            goals=rng.choice(_GOALS),
        )
        begin = self._local(at[C.IMPLEMENTING]) if approved else self.today + timedelta(days=3)
        finished = self._local(at[C.REVIEW]) if C.REVIEW in at else None
        tasks = rng.sample(_TASKS, rng.randint(3, 8))
        for position, (task, responsible, provider, low, high) in enumerate(tasks):
            start = begin + timedelta(days=rng.randint(0, 20))
            end = start + timedelta(days=rng.randint(7, 90))
            if finished is not None:
                end = max(begin, min(end, finished - timedelta(days=1)))
                start = min(start, end)
            self._put(
                "plan_task",
                drafted,
                plan_id=plan_id,
                position=position,
                task=task,
                responsible=responsible,
                provider=provider,
                start_date=start,
                expected_end=end,
                cost=rng.randint(low // 50_000, high // 50_000) * 50_000,
                status=self._task_status(plan.stage, start, end, finished),
                progress_note=rng.choice(_PROGRESS) if approved and start <= self.today else "",
            )
        if not approved:
            return
        decided = at[C.IMPLEMENTING]
        deputy = rng.random() < 0.2
        self._put(
            "approval_decision",
            decided,
            case_id=case_id,
            plan_id=plan_id,
            decision_number=self._decision_number(self._local(decided)),
            decided_on=self._local(decided),
            signer_name=self.deputy if deputy else self.chair,
            signer_is_deputy=deputy,
        )
        until = at.get(C.REVIEW, self.now)
        for _ in range(rng.randint(1, 4)):
            moment = self._office_time(decided, until)
            self._visit(child_id, case_id, fam, moment, ongoing=C.REVIEW not in at)
        for _ in range(rng.randint(2, 5)):
            moment = self._office_time(decided, until)
            self._put(
                "case_note",
                moment,
                case_id=case_id,
                written_at=moment,
                author_id=self.officer_id,
                text=rng.choice(_NOTES),
                revision_of=None,
            )

    def _task_status(
        self, stage: CaseStage, start: date, end: date, finished: date | None
    ) -> TaskStatus:
        rng = self.rng
        if stage in (C.PLANNING, C.AWAITING_APPROVAL):
            return TaskStatus.PLANNED
        if finished is not None:
            return TaskStatus.DONE if rng.random() < 0.9 else TaskStatus.CANCELLED
        if end < self.today:
            return TaskStatus.DONE if rng.random() < 0.85 else TaskStatus.IN_PROGRESS
        return TaskStatus.IN_PROGRESS if start <= self.today else TaskStatus.PLANNED

    def _review(self, case_id: str, stage: CaseStage, moment: datetime) -> None:
        rng = self.rng
        closing = stage is C.CLOSED or rng.random() < 0.7
        levels = (RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM) if closing else tuple(RiskLevel)
        self._put(
            "review",
            moment,
            case_id=case_id,
            reviewed_on=self._local(moment),
            officer_id=self.officer_id,
            harm_still_serious=rng.choice(levels),
            abuser_access=rng.choice(levels),
            care_obstacles=rng.choice(levels),
            self_protection=rng.choice(levels),
            recovery=rng.choice(levels),
            conclusion=rng.choice(_CONCLUSIONS_CLOSE if closing else _CONCLUSIONS_CONTINUE),
            outcome=ReviewOutcome.CLOSE if closing else ReviewOutcome.NEW_CYCLE,
        )

    # ---- home visits
    def _visit(
        self, child_id: str, case_id: str | None, fam: _Family, moment: datetime, *, ongoing: bool
    ) -> None:
        """One visit; while follow-up goes on it names the next visit, which may now be past."""
        rng = self.rng
        upcoming = None
        if ongoing or rng.random() < 0.5:
            upcoming = self._local(moment) + timedelta(days=rng.randint(14, 60))
        self._put(
            "home_visit",
            moment,
            child_id=child_id,
            case_id=case_id,
            visited_at=moment,
            visitors=nfc(f"{self.officer_name}, {self.collaborators[fam.village]}"),
            people_met=rng.choice(_PEOPLE_MET),
            child_seen=rng.random() < 0.9,
            observations=rng.choice(_OBSERVATIONS),
            risk_flags=rng.sample(_RISK_FLAGS, rng.choice((0, 0, 1, 1, 2))),
            actions_taken=rng.choice(_VISIT_ACTIONS),
            next_visit_on=upcoming,
            author_id=self.officer_id,
            revision_of=None,
        )

    def _routine_visits(self, child_id: str, fam: _Family) -> None:
        """Follow-up visits to an HCĐB child outside any case, oldest first."""
        rng = self.rng
        for ago in sorted(rng.sample(range(7, 330), rng.randint(1, 2)), reverse=True):
            day = self.today - timedelta(days=ago)
            moment = self._at(day, rng.randint(8, 16), 5 * rng.randint(0, 11))
            self._visit(child_id, None, fam, moment, ongoing=True)


def _next_time(plan: _CasePlan, now: datetime) -> datetime:
    """When the step after the detailed assessment happened, or now if none has yet."""
    stages = [stage for stage, _ in plan.steps]
    position = stages.index(C.DETAILED_ASSESSMENT) + 1
    return plan.steps[position][1] if position < len(plan.steps) else now


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # born on 29 February: the birthday counts from 1 March
        return date(day.year + years, 3, 1)


def _first_of_next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)
