"""The 14 groups of children in special circumstances and their Decree 56 subgroups."""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop.domain.enums import SpecialGroup
from desktop.paths import reference_dir
from desktop.reference.csvfile import read_rows
from desktop.reference.errors import MissingReferenceError, ReferenceDataError

FILE_NAME = "special_groups.csv"
COLUMNS = ("group", "subgroup", "label_vi", "label_en")
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Subgroup:
    group: SpecialGroup
    code: str  # the group code and a number: "a1", "dd1", "c12"
    label_vi: str
    label_en: str

    def label(self, lang: str = "vi") -> str:
        return _pick(self.label_vi, self.label_en, lang)


@dataclass(frozen=True)
class _Groups:
    group_labels: dict[SpecialGroup, tuple[str, str]]
    subgroups: tuple[Subgroup, ...]
    by_code: dict[str, Subgroup]


def _pick(vi: str, en: str, lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    return vi if lang == "vi" else en


def _folder(folder: Path | None) -> Path:
    return Path(folder) if folder is not None else reference_dir()


@lru_cache(maxsize=8)
def _load(folder: Path) -> _Groups:
    path = folder / FILE_NAME
    group_labels: dict[SpecialGroup, tuple[str, str]] = {}
    by_code: dict[str, Subgroup] = {}
    for row in read_rows(path, COLUMNS):
        group = SpecialGroup(row.choice("group", {g.value for g in SpecialGroup}))
        labels = (row.required("label_vi"), row.required("label_en"))
        code = row["subgroup"]
        if not code:
            if group in group_labels:
                raise row.fail(f"group {group.value!r} has two label rows")
            group_labels[group] = labels
            continue
        if not re.fullmatch(rf"{group.value}[1-9][0-9]?", code):
            raise row.fail(f"subgroup {code!r} must be {group.value!r} followed by a number")
        if code in by_code:
            raise row.fail(f"subgroup {code!r} appears twice")
        by_code[code] = Subgroup(group, code, *labels)
    unlabelled = [group.value for group in SpecialGroup if group not in group_labels]
    if unlabelled:
        raise ReferenceDataError(path, None, f"no label row for group(s) {unlabelled}")
    empty = [g.value for g in SpecialGroup if not any(s.group == g for s in by_code.values())]
    if empty:
        raise ReferenceDataError(path, None, f"no subgroup for group(s) {empty}")
    return _Groups(group_labels, tuple(by_code.values()), by_code)


def load_subgroups(folder: Path | None = None) -> tuple[Subgroup, ...]:
    """Every subgroup in file order."""
    return _load(_folder(folder)).subgroups


def subgroups_of(group: SpecialGroup | str, folder: Path | None = None) -> tuple[Subgroup, ...]:
    wanted = SpecialGroup(group)
    return tuple(sub for sub in load_subgroups(folder) if sub.group == wanted)


def subgroup(code: str, folder: Path | None = None) -> Subgroup:
    found = _load(_folder(folder)).by_code.get(code)
    if found is None:
        raise MissingReferenceError(f"subgroup {code!r} is not in {FILE_NAME}")
    return found


def subgroup_label(code: str, lang: str = "vi", folder: Path | None = None) -> str:
    return subgroup(code, folder).label(lang)


def group_label(group: SpecialGroup | str, lang: str = "vi", folder: Path | None = None) -> str:
    vi, en = _load(_folder(folder)).group_labels[SpecialGroup(group)]
    return _pick(vi, en, lang)
