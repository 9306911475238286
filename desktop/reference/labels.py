"""Vietnamese and English labels for every enumeration code, from resources/labels.csv."""

import inspect
from collections.abc import Iterable
from enum import Enum
from functools import lru_cache
from pathlib import Path

from desktop.domain import enums
from desktop.paths import resources_dir
from desktop.reference.csvfile import read_rows
from desktop.reference.errors import MissingReferenceError

FILE_NAME = "labels.csv"
COLUMNS = ("enum", "code", "vi", "en")
LANGUAGES = ("vi", "en")


def known_enums() -> dict[str, type[Enum]]:
    """Every enumeration of desktop.domain.enums by class name."""
    return {
        name: cls
        for name, cls in inspect.getmembers(enums, inspect.isclass)
        if issubclass(cls, Enum) and cls.__module__ == enums.__name__
    }


def _folder(folder: Path | None) -> Path:
    return Path(folder) if folder is not None else resources_dir()


@lru_cache(maxsize=8)
def _load(folder: Path) -> dict[tuple[str, str], dict[str, str]]:
    known = known_enums()
    labels: dict[tuple[str, str], dict[str, str]] = {}
    for row in read_rows(folder / FILE_NAME, COLUMNS):
        name = row.choice("enum", set(known))
        code = row.choice("code", {member.value for member in known[name]})
        if (name, code) in labels:
            raise row.fail(f"{name} {code!r} is labelled twice")
        labels[(name, code)] = {lang: row.required(lang) for lang in LANGUAGES}
    return labels


def load_labels(folder: Path | None = None) -> dict[tuple[str, str], dict[str, str]]:
    """{(enum class name, code): {"vi": ..., "en": ...}}."""
    return _load(_folder(folder))


def label(member: Enum, lang: str = "vi", folder: Path | None = None) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    enum_name = type(member).__name__
    entry = load_labels(folder).get((enum_name, member.value))
    if entry is None:
        raise MissingReferenceError(
            f"no label for {enum_name}.{member.name} ({member.value!r}) in {FILE_NAME}"
        )
    return entry[lang]


def labels_for(
    members: Iterable[Enum], lang: str = "vi", folder: Path | None = None
) -> list[tuple[Enum, str]]:
    """(member, label) pairs in the given order, e.g. to fill a drop-down list."""
    return [(member, label(member, lang, folder)) for member in members]


def missing_labels(folder: Path | None = None) -> list[str]:
    """Members with no row in the file, as "Enum.NAME"; empty when the file is complete."""
    labels = load_labels(folder)
    return [
        f"{name}.{member.name}"
        for name, cls in known_enums().items()
        for member in cls
        if (name, member.value) not in labels
    ]
