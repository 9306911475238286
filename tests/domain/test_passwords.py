import pytest

from desktop.domain.passwords import check_password_strength


@pytest.mark.parametrize(
    "password",
    ["Hoa-Binh-2026", "Tre3m@HaiPhong", "correct horse battery staple", "Bảo vệ trẻ em 2026"],
)
def test_strong_passwords_pass(password):
    assert check_password_strength(password) == []


def test_too_short():
    assert check_password_strength("Ab1!xyz") == ["password.too_short"]


def test_ten_characters_with_three_classes_is_enough():
    assert check_password_strength("Abcdefgh1!") == []
    assert check_password_strength("abcdefgh12") == ["password.too_few_classes"]


def test_all_digits_even_when_long():
    assert check_password_strength("83749261058374629") == ["password.all_digits"]


def test_two_classes_are_too_few_below_16_characters():
    assert check_password_strength("abcdefghijk1") == ["password.too_few_classes"]
    assert check_password_strength("abcdefghijklmno1") == []


def test_common_passwords_are_refused_whatever_the_case():
    assert check_password_strength("Password123") == ["password.common"]
    assert check_password_strength("BaoVeTreEm@123") == ["password.common"]
    assert check_password_strength("1234567890") == [
        "password.all_digits",
        "password.too_few_classes",
        "password.common",
    ]


def test_empty_password_breaks_every_length_rule():
    assert check_password_strength("") == ["password.too_short", "password.too_few_classes"]
