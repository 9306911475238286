"""The communes, wards and special zones of Hai Phong (QĐ 19/2025 codes), from communes.csv."""

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.domain.text import accent_tokens, fold, search_tokens
from desktop.paths import reference_dir
from desktop.reference.csvfile import read_rows
from desktop.reference.errors import ReferenceDataError

FILE_NAME = "communes.csv"
COLUMNS = ("code", "type", "name", "formed_from", "confirmed")
CODE_LENGTH = 5
# The type as written in the file, and the prefix it gives the official name.
TYPE_PREFIXES = {"xã": "Xã", "phường": "Phường", "đặc khu": "Đặc khu"}
# Folded prefixes as people type them, abbreviations of imported registers included.
_PREFIX_WORDS = (
    (("dac", "khu"), "đặc khu"),
    (("phuong",), "phường"),
    (("xa",), "xã"),
    (("dk",), "đặc khu"),
    (("p",), "phường"),
    (("x",), "xã"),
)
_YES_NO = {"yes": True, "no": False}


@dataclass(frozen=True)
class Commune:
    code: str
    type: str
    name: str
    formed_from: str = field(default="", repr=False)
    confirmed: bool = True

    @property
    def short_name(self) -> str:
        """The name without "Xã", "Phường" or "Đặc khu"."""
        prefix = TYPE_PREFIXES[self.type] + " "
        return self.name[len(prefix) :] if self.name.startswith(prefix) else self.name


@dataclass(frozen=True)
class _Index:
    communes: tuple[Commune, ...]
    by_code: dict[str, Commune]
    # Two keys per name: with accents (Cẩm Giàng and Cẩm Giang are two different xã)
    # and folded, for text typed without accents.
    by_accents: dict[str, tuple[Commune, ...]]
    by_folded: dict[str, tuple[Commune, ...]]


def _folder(folder: Path | None) -> Path:
    return Path(folder) if folder is not None else reference_dir()


def _group(pairs: list[tuple[str, Commune]]) -> dict[str, tuple[Commune, ...]]:
    grouped: dict[str, list[Commune]] = {}
    for key, commune in pairs:
        grouped.setdefault(key, []).append(commune)
    return {key: tuple(found) for key, found in grouped.items()}


@lru_cache(maxsize=8)
def _load(folder: Path) -> _Index:
    path = folder / FILE_NAME
    communes: list[Commune] = []
    by_code: dict[str, Commune] = {}
    seen_names: set[tuple[str, str]] = set()
    for row in read_rows(path, COLUMNS):
        code = row.required("code")
        if len(code) != CODE_LENGTH or not (code.isascii() and code.isdigit()):
            raise row.fail(f"code {code!r} is not {CODE_LENGTH} digits")
        if code in by_code:
            raise row.fail(f"code {code} appears twice")
        commune = Commune(
            code=code,
            type=row.choice("type", set(TYPE_PREFIXES)),
            name=row.required("name"),
            formed_from=row["formed_from"],
            confirmed=_YES_NO[row.choice("confirmed", set(_YES_NO))],
        )
        name_key = (commune.type, " ".join(accent_tokens(commune.short_name)))
        if name_key in seen_names:
            raise row.fail(f"{commune.name!r} appears twice")
        seen_names.add(name_key)
        communes.append(commune)
        by_code[code] = commune
    if not communes:
        raise ReferenceDataError(path, None, "no communes listed")
    return _Index(
        communes=tuple(communes),
        by_code=by_code,
        by_accents=_group([(" ".join(accent_tokens(c.short_name)), c) for c in communes]),
        by_folded=_group([(fold(c.short_name), c) for c in communes]),
    )


def load_communes(folder: Path | None = None) -> tuple[Commune, ...]:
    """Every commune in file order."""
    return _load(_folder(folder)).communes


def commune_by_code(code: str, folder: Path | None = None) -> Commune | None:
    return _load(_folder(folder)).by_code.get(code.strip())


def _lookups(words: list[str]) -> list[tuple[str, str | None]]:
    """(name key, required type) pairs to try: the text as typed, then without its prefix."""
    folded = [fold(word) for word in words]
    tries: list[tuple[str, str | None]] = [(" ".join(words), None)]
    for prefix, kind in _PREFIX_WORDS:
        if len(folded) > len(prefix) and tuple(folded[: len(prefix)]) == prefix:
            tries.append((" ".join(words[len(prefix) :]), kind))
            break
    return tries


def match_communes(text: str, folder: Path | None = None) -> tuple[Commune, ...]:
    """Every commune `text` could name, best matches only; see find_commune()."""
    index = _load(_folder(folder))
    stripped = text.strip()
    if stripped in index.by_code:
        return (index.by_code[stripped],)
    words = accent_tokens(stripped)
    for table, key_of in ((index.by_accents, str), (index.by_folded, fold)):
        found: dict[str, Commune] = {}
        for key, kind in _lookups(words):
            for commune in table.get(key_of(key), ()):
                if kind is None or commune.type == kind:
                    found[commune.code] = commune
        if found:
            return tuple(found.values())
    return ()


def find_commune(text: str, folder: Path | None = None) -> Commune | None:
    """The commune `text` names: its code, or its name with or without the type prefix.

    Case, spacing and old/new tone placement never matter ("Thuỷ Nguyên", "P. Thủy Nguyên");
    accents may be left out ("phuong thuy nguyen"). None when nothing matches or when the
    text fits several communes (e.g. "cam giang" for both Cẩm Giàng and Cẩm Giang).
    """
    matches = match_communes(text, folder)
    return matches[0] if len(matches) == 1 else None


def communes_formed_from(legacy_name: str, folder: Path | None = None) -> tuple[Commune, ...]:
    """Communes whose `formed_from` mentions a pre-2025 unit, e.g. to place old addresses.

    A legacy ward split between two new units gives both, so a person must choose.
    """
    wanted = " ".join(search_tokens(legacy_name))
    if not wanted:
        return ()
    return tuple(
        commune
        for commune in load_communes(folder)
        if f" {wanted} " in f" {' '.join(search_tokens(commune.formed_from))} "
    )
