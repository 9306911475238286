import pytest

from desktop.domain.enums import SpecialGroup
from desktop.reference.errors import MissingReferenceError
from desktop.reference.groups import (
    group_label,
    load_subgroups,
    subgroup_label,
    subgroups_of,
)

COUNTS = {
    "a": 4, "b": 2, "c": 12, "d": 3, "dd": 1, "e": 4, "g": 2,
    "h": 2, "i": 1, "k": 5, "l": 5, "m": 2, "n": 2, "o": 3,
}  # fmt: skip


def test_subgroup_counts_per_group():
    assert {group.value for group in SpecialGroup} == set(COUNTS)
    for group, count in COUNTS.items():
        subgroups = subgroups_of(group)
        assert len(subgroups) == count, group
        assert [s.code for s in subgroups] == [f"{group}{n}" for n in range(1, count + 1)]
    assert len(load_subgroups()) == sum(COUNTS.values()) == 48


def test_every_group_and_subgroup_has_both_labels():
    for group in SpecialGroup:
        assert group_label(group, "vi").startswith("Trẻ em")
        assert group_label(group, "en")
    for sub in load_subgroups():
        assert sub.label_vi.startswith("Trẻ em"), sub.code
        assert sub.label_en


def test_labels_by_code():
    assert subgroup_label("dd1") == "Trẻ em nhiễm HIV/AIDS"
    assert subgroup_label("l1", "en").startswith("Child who was raped")
    assert subgroup_label("d1") == "Trẻ em khuyết tật đặc biệt nặng"
    assert group_label(SpecialGroup.DD) == "Trẻ em nhiễm HIV/AIDS"


def test_unknown_subgroup_or_language():
    with pytest.raises(MissingReferenceError, match="z9"):
        subgroup_label("z9")
    with pytest.raises(ValueError):
        subgroup_label("a1", "fr")
