from collections import Counter

import pytest

from desktop.reference.communes import (
    commune_by_code,
    communes_formed_from,
    find_commune,
    load_communes,
    match_communes,
)


def test_114_communes_by_type():
    communes = load_communes()
    assert len(communes) == 114
    assert Counter(c.type for c in communes) == {"xã": 67, "phường": 45, "đặc khu": 2}


def test_codes_are_five_digits_and_unique():
    codes = [c.code for c in load_communes()]
    assert all(len(code) == 5 and code.isdigit() for code in codes)
    assert len(set(codes)) == len(codes)


def test_names_carry_their_type_prefix():
    prefixes = {"xã": "Xã ", "phường": "Phường ", "đặc khu": "Đặc khu "}
    for commune in load_communes():
        assert commune.name.startswith(prefixes[commune.type])
        assert commune.confirmed
        assert commune.formed_from


def test_special_zones():
    zones = {c.short_name for c in load_communes() if c.type == "đặc khu"}
    assert zones == {"Cát Hải", "Bạch Long Vĩ"}


@pytest.mark.parametrize(
    "text",
    [
        "11560",
        " 11560 ",
        "Phường Thủy Nguyên",
        "phường thuỷ nguyên",
        "Thủy Nguyên",
        "Thuỷ Nguyên",
        "thuy nguyen",
        "PHUONG THUY NGUYEN",
        "P. Thủy Nguyên",
        "  phuong   thuy   nguyen ",
    ],
)
def test_find_by_code_or_name(text):
    found = find_commune(text)
    assert found is not None
    assert found.code == "11560"


def test_find_with_old_tone_placement():
    assert find_commune("Phường Hoà Bình") == find_commune("Phường Hòa Bình")
    assert find_commune("Hoà Bình").name == "Phường Hòa Bình"


def test_find_special_zone_with_and_without_prefix():
    assert find_commune("Đặc khu Bạch Long Vĩ").code == "11948"
    assert find_commune("bach long vi").code == "11948"
    assert find_commune("dac khu cat hai").code == "11914"


def test_names_differing_by_a_tone_are_told_apart():
    giang_grave = find_commune("Xã Cẩm Giàng")
    giang = find_commune("Cẩm Giang")
    assert giang_grave.code == "10903"
    assert giang.code == "10888"
    # Without accents the text fits both: nothing is guessed.
    assert find_commune("cam giang") is None
    assert {c.code for c in match_communes("cam giang")} == {"10903", "10888"}


def test_wrong_type_prefix_or_unknown_name_finds_nothing():
    assert find_commune("Xã Thủy Nguyên") is None
    assert find_commune("Phường Không Có") is None
    assert find_commune("") is None
    assert find_commune("99999") is None


def test_commune_by_code():
    assert commune_by_code("11914").short_name == "Cát Hải"
    assert commune_by_code("00000") is None


def test_legacy_names_point_to_the_new_units():
    names = {c.name for c in communes_formed_from("Hoa Động")}
    assert names == {"Phường Thủy Nguyên", "Phường Thiên Hương"}
    assert communes_formed_from("") == ()
