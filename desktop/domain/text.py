"""Vietnamese text normalisation: NFC for storage, accent-free folding for search."""

import re
import unicodedata
from functools import lru_cache

# Nonspacing marks and format characters live only in planes 0, 1 and 14; scanning just those
# keeps import fast.
_MARK_PLANES = (range(0x20000), range(0xE0000, 0xE1000))
# Every combining mark, not only Vietnamese tones, so stray marks from other tools fold too;
# and every format character (zero-width spaces and joiners, bidirectional controls, the soft
# hyphen), which a pasted name can hide inside a word: "Ng\u200buyễn" must fold to "nguyen".
_STRIP_MARKS = {
    code: None
    for plane in _MARK_PLANES
    for code in plane
    if unicodedata.category(chr(code)) in ("Mn", "Cf")
}
# đ/Đ are letters in their own right and never decompose, so they need an explicit rule.
_STRIP_MARKS.update({ord("đ"): "d", ord("Đ"): "d"})
_FOLD_TABLE = str.maketrans(_STRIP_MARKS)

_TOKEN = re.compile(r"[^\W_]+")
# Long strings (notes, pasted documents) are folded once and not kept in the cache.
_CACHE_LIMIT = 200


def nfc(s: str) -> str:
    """The canonical composed form every stored string uses."""
    return unicodedata.normalize("NFC", s)


def _fold(s: str) -> str:
    # Case-fold first: folding some letters (e.g. Greek ΐ) yields new combining marks.
    stripped = unicodedata.normalize("NFD", s.casefold()).translate(_FOLD_TABLE)
    return " ".join(stripped.split())


_fold_cached = lru_cache(maxsize=65536)(_fold)


def fold(s: str) -> str:
    """Lower-case, accent-free, single-spaced form: "Nguyễn  Văn Ân" -> "nguyen van an".

    NFD input, NFC input and either tone placement (hòa/hoà) give the same result,
    because every mark is removed after decomposition.
    """
    if len(s) > _CACHE_LIMIT:
        return _fold(s)
    return _fold_cached(s)


def search_tokens(s: str) -> list[str]:
    """Folded words of `s`, split on anything that is not a letter or digit."""
    return _TOKEN.findall(fold(s))


# The five tone marks; the other marks (â, ă, ơ, ư ...) change the letter, not the tone.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_DROP_TONES = str.maketrans("", "", _TONES)


def _tone_token(token: str) -> str:
    decomposed = unicodedata.normalize("NFD", token)
    tones = "".join(c for c in decomposed if c in _TONES)
    return unicodedata.normalize("NFC", decomposed.translate(_DROP_TONES)) + tones


@lru_cache(maxsize=65536)
def _accent_tokens(s: str) -> tuple[str, ...]:
    return tuple(_tone_token(token) for token in _TOKEN.findall(nfc(s).casefold()))


def accent_tokens(s: str) -> list[str]:
    """Words of `s` in lower case with their accents, the tone moved to the end of each word.

    Unlike fold(), "Cẩm Giàng" and "Cẩm Giang" stay different, while "Hòa"/"Hoà" and
    "Thủy"/"Thuỷ" (old and new tone placement) become equal.
    """
    if len(s) > _CACHE_LIMIT:
        return list(_accent_tokens.__wrapped__(s))
    return list(_accent_tokens(s))


def accent_key(s: str) -> str:
    return " ".join(accent_tokens(s))
