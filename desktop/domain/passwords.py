"""Password rules for officer accounts; the password guards a register of children's records."""

from desktop.domain.errors import DomainError

MIN_LENGTH = 10
# A long passphrase is strong without mixing character kinds.
PASSPHRASE_LENGTH = 16
MIN_CLASSES = 3

# Guessed first by anyone who finds the laptop: generic lists plus local favourites.
COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "0123456789",
        "12345678910",
        "123456789a",
        "a123456789",
        "1234567890a",
        "qwertyuiop",
        "qwerty12345",
        "1qaz2wsx3edc",
        "password12",
        "password123",
        "password@123",
        "p@ssw0rd123",
        "abc@123456",
        "abcd@12345",
        "admin@1234",
        "admin12345",
        "admin@12345",
        "iloveyou123",
        "matkhau123",
        "matkhau@123",
        "matkhau1234",
        "vietnam123",
        "vietnam@123",
        "haiphong123",
        "haiphong@123",
        "baovetreem",
        "baovetreem1",
        "baovetreem123",
        "baovetreem@123",
        "bvte123456",
        "bvte@12345",
        "ubnd123456",
        "ubnd@12345",
        "canbo12345",
        "canbo@123",
        "anhyeuem123",
        "emyeuanh123",
    }
)


def _classes(pw: str) -> int:
    lower = any(c.islower() for c in pw)
    upper = any(c.isupper() for c in pw)
    digit = any(c.isdigit() for c in pw)
    other = any(not (c.islower() or c.isupper() or c.isdigit()) for c in pw)
    return lower + upper + digit + other


def check_password_strength(pw: str) -> list[str]:
    """Codes of the rules `pw` breaks; an empty list means it is acceptable."""
    problems: list[str] = []
    if len(pw) < MIN_LENGTH:
        problems.append("password.too_short")
    if pw.isdigit():
        problems.append("password.all_digits")
    if len(pw) < PASSPHRASE_LENGTH and _classes(pw) < MIN_CLASSES:
        problems.append("password.too_few_classes")
    if pw.casefold() in COMMON_PASSWORDS:
        problems.append("password.common")
    return problems


def require_strong_password(pw: str) -> None:
    """Refuse `pw` with DomainError("password.weak", reasons=[codes]) if it breaks a rule."""
    problems = check_password_strength(pw)
    if problems:
        raise DomainError("password.weak", reasons=problems)
