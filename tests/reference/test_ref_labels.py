import pytest

from desktop.domain.enums import CaseStage, DeadlineState, Role, Sex
from desktop.reference.errors import MissingReferenceError
from desktop.reference.labels import known_enums, label, labels_for, missing_labels


def test_every_enum_member_has_vietnamese_and_english_labels():
    enums = known_enums()
    assert "Sex" in enums and "CaseStage" in enums
    for cls in enums.values():
        for member in cls:
            assert label(member, "vi").strip(), member
            assert label(member, "en").strip(), member
    assert missing_labels() == []


def test_vietnamese_labels():
    assert [label(sex) for sex in Sex] == ["Nam", "Nữ", "Không xác định"]
    assert [label(stage) for stage in CaseStage] == [
        "Tiếp nhận",
        "Đánh giá ban đầu",
        "Can thiệp khẩn cấp",
        "Cách ly tạm thời",
        "Đánh giá cụ thể",
        "Lập kế hoạch",
        "Chờ phê duyệt",
        "Đang thực hiện",
        "Rà soát",
        "Kết thúc",
        "Đóng - không can thiệp",
        "Chuyển",
    ]
    assert [label(role) for role in Role] == [
        "Cán bộ bảo vệ trẻ em",
        "Người phê duyệt (Chủ tịch/Phó Chủ tịch)",
        "Cộng tác viên",
        "Người xem",
    ]
    assert label(DeadlineState.OVERDUE) == "Quá hạn"


def test_labels_for_keeps_order():
    assert labels_for(Sex, "en") == [
        (Sex.MALE, "Male"),
        (Sex.FEMALE, "Female"),
        (Sex.UNKNOWN, "Unknown"),
    ]


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        label(Sex.MALE, "fr")


def test_missing_label_names_the_member(tmp_path):
    (tmp_path / "labels.csv").write_text("enum,code,vi,en\nSex,nam,Nam,Male\n", encoding="utf-8")
    assert label(Sex.MALE, folder=tmp_path) == "Nam"
    with pytest.raises(MissingReferenceError, match=r"Sex\.FEMALE \('nu'\)"):
        label(Sex.FEMALE, folder=tmp_path)
    assert "Sex.FEMALE" in missing_labels(tmp_path)
