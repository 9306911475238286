"""The Vietnamese catalogue is complete, keeps every placeholder, and covers every string in ui/."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
PLACEHOLDER = re.compile(r"%L?n|%\d+|\{\w*\}")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(path: Path) -> list[str]:
    found = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind is not None:
            found.append(f"{where} is {kind}")
            continue
        forms = texts(message)
        if not forms or any(not form.strip() for form in forms):
            found.append(f"{where} has an empty translation")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                found.append(f"{where}: {form!r} does not keep the placeholders {wanted}")
    return found


def test_vietnamese_is_vi_vn() -> None:
    root = ET.parse(I18N / "bvte_vi.ts").getroot()
    assert root.get("language") == "vi_VN"
    assert root.get("sourcelanguage") == "en"


@pytest.mark.parametrize("name", ["bvte_vi.ts", "bvte_en.ts"])
def test_every_entry_is_translated(name: str) -> None:
    assert messages(I18N / name), f"{name} has no entries"
    assert problems(I18N / name) == []


def test_qt_standard_buttons_are_vietnamese() -> None:
    entries = {
        (context, message.findtext("source")): texts(message)
        for context, message in messages(I18N / "bvte_vi.ts")
    }
    assert entries[("QPlatformTheme", "OK")] == ["Đồng ý"]
    assert entries[("QPlatformTheme", "Cancel")] == ["Hủy"]


def test_catalogue_covers_every_string_in_ui(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this interpreter")
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "py",
            str(ROOT / "desktop" / "ui"),
            str(ROOT / "desktop" / "services"),  # sync messages, marked with QT_TRANSLATE_NOOP
            "-ts",
            str(fresh),
        ],
        check=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(context, message.findtext("source") or "") for context, message in messages(path)}

    missing = keys(fresh) - keys(I18N / "bvte_vi.ts")
    assert not missing, f"run pyside6-lupdate (see i18n/README.md) and translate: {missing}"


def test_rebuilding_replaces_a_catalogue_instead_of_rewriting_it_under_a_reader(
    tmp_path: Path, qapp
) -> None:
    # A loaded catalogue is mapped into memory: a rebuild that truncated the file in place would
    # pull the pages from under the running app. The new file must arrive by rename.
    from PySide6.QtCore import QTranslator

    sys.path.insert(0, str(I18N))
    try:
        import build as catalogues
    finally:
        sys.path.remove(str(I18N))
    source = tmp_path / "bvte_vi.ts"
    source.write_bytes((I18N / "bvte_vi.ts").read_bytes())
    (target,) = catalogues.build(tmp_path)
    loaded = QTranslator()
    assert loaded.load(str(target))
    first = target.stat().st_ino
    before = loaded.translate("Navigation", "Children")
    assert before == "Trẻ em"

    assert catalogues.build(tmp_path) == [target]
    assert target.stat().st_ino == first, "an up-to-date catalogue is left as it is"
    later = target.stat().st_mtime + 5
    os.utime(source, (later, later))  # the .ts was edited after the last build
    catalogues.build(tmp_path)
    assert target.stat().st_ino != first
    assert loaded.translate("Navigation", "Children") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bvte_vi.qm", "bvte_vi.ts"]
