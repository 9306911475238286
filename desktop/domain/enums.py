"""Enumerations of the register; values are stable codes, labels live in resources/labels.csv."""

from enum import StrEnum


class Sex(StrEnum):
    MALE = "nam"
    FEMALE = "nu"
    UNKNOWN = "khong_xac_dinh"


class BirthRegistration(StrEnum):
    REGISTERED = "da_dang_ky"
    NOT_REGISTERED = "chua_dang_ky"
    UNKNOWN = "khong_ro"


class CarerRelation(StrEnum):
    FATHER = "cha"
    MOTHER = "me"
    GUARDIAN = "nguoi_giam_ho"
    CARER = "nguoi_cham_soc"
    GRANDPARENT = "ong_ba"
    SIBLING = "anh_chi"
    OTHER_RELATIVE = "ho_hang"


class CarerStatus(StrEnum):
    LIVING_WITH = "song_cung"
    LIVING_APART = "song_rieng"
    DEAD = "chet"
    MISSING = "mat_tich"
    SERVING_SENTENCE = "chap_hanh_an"
    IN_FACILITY = "o_co_so"
    RIGHTS_RESTRICTED = "han_che_quyen"


class SpecialGroup(StrEnum):
    """Law on Children Art. 10: the groups of children in special circumstances (HCĐB)."""

    A = "a"
    B = "b"
    C = "c"
    D = "d"
    DD = "dd"
    E = "e"
    G = "g"
    H = "h"
    I = "i"  # noqa: E741 - the law's own letter
    K = "k"
    L = "l"
    M = "m"
    N = "n"
    O = "o"  # noqa: E741 - the law's own letter


class AllowanceCategory(StrEnum):
    """Decree 20/2021 Art. 5-6 monthly allowance categories that concern children."""

    K1 = "K1"
    K2 = "K2"
    K3 = "K3"
    K4 = "K4"
    K6 = "K6"
    K7 = "K7"


class DisabilityLevel(StrEnum):
    NONE = "khong"
    EXTREME = "dac_biet_nang"
    SEVERE = "nang"
    MILD = "nhe"


class AlternativeCare(StrEnum):
    NONE = "khong"
    RELATIVES = "nguoi_than_thich"
    NON_RELATIVES = "khong_than_thich"
    ADOPTION = "nhan_con_nuoi"
    FACILITY = "co_so_tro_giup"


class IntakeChannel(StrEnum):
    PHONE = "dien_thoai"
    IN_PERSON = "truc_tiep"
    REPORTED_BY_OTHER = "nguoi_khac_bao"
    HOTLINE_111 = "tong_dai_111"
    POLICE = "cong_an"
    SCHOOL = "nha_truong"
    LETTER = "van_ban"
    COMMUNE_HOTLINE = "duong_day_nong_xa"


class IntakeCategory(StrEnum):
    ABUSED = "bi_xam_hai"
    AT_RISK = "co_nguy_co"
    SPECIAL_CIRCUMSTANCES = "co_hcdb"


class AbuseType(StrEnum):
    VIOLENCE = "bao_luc"
    EXPLOITATION = "boc_lot"
    SEXUAL = "xam_hai_tinh_duc"
    TRAFFICKING = "mua_ban"
    ABANDONMENT = "bo_roi"
    NEGLECT = "bo_mat"
    OTHER = "khac"


class ProtectionLevel(StrEnum):
    PREVENTION = "phong_ngua"
    SUPPORT = "ho_tro"
    INTERVENTION = "can_thiep"


class RiskLevel(StrEnum):
    HIGH = "cao"
    MEDIUM = "trung_binh"
    LOW = "thap"


class CaseStage(StrEnum):
    """Decree 56 Art. 25-32 workflow states (domain.md section 10)."""

    RECEIVED = "tiep_nhan"
    INITIAL_ASSESSMENT = "danh_gia_ban_dau"
    EMERGENCY = "can_thiep_khan_cap"
    ISOLATION = "cach_ly_tam_thoi"
    DETAILED_ASSESSMENT = "danh_gia_cu_the"
    PLANNING = "lap_ke_hoach"
    AWAITING_APPROVAL = "cho_phe_duyet"
    IMPLEMENTING = "dang_thuc_hien"
    REVIEW = "ra_soat"
    CLOSED = "ket_thuc"
    CLOSED_NO_ACTION = "dong_khong_can_thiep"
    TRANSFERRED = "chuyen"


class TaskStatus(StrEnum):
    PLANNED = "du_kien"
    IN_PROGRESS = "dang_thuc_hien"
    DONE = "hoan_thanh"
    CANCELLED = "huy"


class PlanStatus(StrEnum):
    DRAFT = "du_thao"
    SUBMITTED = "da_trinh"
    APPROVED = "da_phe_duyet"
    SUPERSEDED = "da_thay_the"


class TransferTarget(StrEnum):
    OTHER_COMMUNE = "xa_khac"
    POLICE = "cong_an"


class Role(StrEnum):
    OFFICER = "can_bo"
    APPROVER = "phe_duyet"
    COLLABORATOR = "cong_tac_vien"
    VIEWER = "xem"


class AuditAction(StrEnum):
    CREATE = "tao"
    UPDATE = "sua"
    DELETE = "xoa"
    VIEW = "xem"
    VIEW_RESTRICTED = "xem_han_che"
    EXPORT = "xuat"
    PRINT = "in"
    LOGIN = "dang_nhap"
    LOGIN_FAILED = "dang_nhap_sai"
    KEY_CHANGE = "doi_khoa"


class HouseholdPoverty(StrEnum):
    NONE = "khong"
    POOR = "ngheo"
    NEAR_POOR = "can_ngheo"


class ReviewOutcome(StrEnum):
    CLOSE = "ket_thuc"
    NEW_CYCLE = "chu_ky_moi"


class DeadlineState(StrEnum):
    """Where a legal time limit stands at a moment (Decree 56 Art. 26, 28, 32); never stored."""

    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE = "done"
