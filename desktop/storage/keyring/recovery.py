"""Recovery keys: 130 random bits and a 20-bit check, typed as 30 symbols in groups of 5."""

import secrets

from desktop.storage.keyring.errors import InvalidRecoveryKey

# Crockford base32: no U, and the look-alikes O, I and L read as 0, 1 and 1.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_VALUES = {
    **{symbol: value for value, symbol in enumerate(_CROCKFORD)},
    "O": 0,
    "I": 1,
    "L": 1,
}
_RECOVERY_DATA_BITS = 130
_RECOVERY_CHECK_BITS = 20
_RECOVERY_SYMBOLS = (_RECOVERY_DATA_BITS + _RECOVERY_CHECK_BITS) // 5
_RECOVERY_GROUP = 5
# x^20 + x^3 + 1 is primitive, so the CRC catches every error within 4 neighbouring symbols
# (any one wrong symbol, any swap of neighbours) and misses other typos 1 time in a million.
_RECOVERY_CRC_POLY = (1 << 20) | (1 << 3) | 1
_RECOVERY_SEPARATORS = frozenset(" \t\r\n-\u2010\u2011\u2012\u2013\u2014")


def _crc_remainder(value: int) -> int:
    """`value` modulo the CRC polynomial, over GF(2)."""
    for shift in range(value.bit_length() - 1, _RECOVERY_CHECK_BITS - 1, -1):
        if value >> shift & 1:
            value ^= _RECOVERY_CRC_POLY << (shift - _RECOVERY_CHECK_BITS)
    return value


def _format_recovery_key(codeword: int) -> str:
    symbols = "".join(
        _CROCKFORD[(codeword >> (5 * index)) & 31] for index in reversed(range(_RECOVERY_SYMBOLS))
    )
    return "-".join(
        symbols[start : start + _RECOVERY_GROUP]
        for start in range(0, _RECOVERY_SYMBOLS, _RECOVERY_GROUP)
    )


def generate_recovery_key() -> str:
    shifted = secrets.randbits(_RECOVERY_DATA_BITS) << _RECOVERY_CHECK_BITS
    return _format_recovery_key(shifted | _crc_remainder(shifted))


def recovery_secret(recovery_key: str) -> bytes:
    """The canonical symbols of a typed key, or InvalidRecoveryKey before any Argon2 work."""
    if not isinstance(recovery_key, str):
        raise InvalidRecoveryKey()
    symbols = [ch for ch in recovery_key if ch not in _RECOVERY_SEPARATORS]
    # Checked before upper() because some non-ASCII letters upper-case into valid symbols.
    if len(symbols) != _RECOVERY_SYMBOLS or not all(ch.isascii() for ch in symbols):
        raise InvalidRecoveryKey()
    codeword = 0
    for ch in symbols:
        value = _CROCKFORD_VALUES.get(ch.upper())
        if value is None:
            raise InvalidRecoveryKey()
        codeword = codeword << 5 | value
    if _crc_remainder(codeword) != 0:
        raise InvalidRecoveryKey()
    return _format_recovery_key(codeword).replace("-", "").encode("ascii")
