"""An export leaves no plaintext outside the chosen file: not when killed, not when it fails."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from desktop.domain.enums import Sex
from desktop.services import register as r
from desktop.services.seed import seed_register
from tests.helpers.registers import FAST, add_child, create_store, secrets_of

ROOT = Path(__file__).resolve().parents[2]
CHILDREN = 1200  # more than one export batch, so the kill lands with rows already made

# Opens the register, exports every column, and stops in the progress callback after the first
# batch: told "hang" it waits there to be killed, told "fail" it raises and reports what the temp
# folder holds while the process is still alive (as the app would be).
EXPORTER = textwrap.dedent(
    """
    import gc, os, sys
    from pathlib import Path
    from desktop.services import register as r
    from desktop.storage.store import Store
    from tests.helpers.registers import FAST, PASSWORD

    folder, target, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    store = Store.open(folder, officer_id=sys.argv[4], password=PASSWORD, opts=FAST)

    def progress(done, total):
        print("batch", done, flush=True)
        if mode == "hang":
            sys.stdin.read()
        raise RuntimeError("stopped")

    columns = [(column, column.value) for column in r.Column]
    try:
        r.export_view(store, r.RegisterView(), columns, target, progress=progress)
    except RuntimeError:
        print("failed", flush=True)
    gc.collect()
    print("left:", sorted(os.listdir(os.environ["TMPDIR"])), flush=True)
    store.close()
    """
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("export") / "reg"
    store, _ = create_store(folder)
    seed_register(store, children=CHILDREN, seed=7)
    values = secrets_of(store)
    officer_id = store.officer.id
    store.close()
    return folder, officer_id, values


def needles(values: set[str]) -> set[bytes]:
    # A sheet holds text as typed (UTF-8); six characters or more do not turn up by chance.
    return {value.encode("utf-8") for value in values if len(value) >= 6}


def leaks(folder: Path, wanted: set[bytes]) -> dict[str, int]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits = sum(1 for needle in wanted if needle in data)
            if hits:
                found[str(path.relative_to(folder))] = hits
    return found


def start_exporter(seeded, tmp_path: Path, mode: str) -> tuple[subprocess.Popen, Path, Path]:
    folder, officer_id, _ = seeded
    temp, out = tmp_path / "tmp", tmp_path / "out"
    temp.mkdir()
    out.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", EXPORTER, str(folder), str(out / "danh-sach.xlsx"), mode,
         officer_id],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, cwd=tmp_path,
    )  # fmt: skip
    return child, temp, out


def test_export_killed_midway_leaves_no_plaintext_in_temp_or_target_folder(
    seeded, tmp_path: Path
) -> None:
    child, temp, out = start_exporter(seeded, tmp_path, "hang")
    try:
        assert child.stdout.readline().startswith("batch 1000")
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    wanted = needles(seeded[2])
    assert len(wanted) > 1000
    assert leaks(temp, wanted) == {}
    assert leaks(out, wanted) == {}
    assert list(out.iterdir()) == []


def test_failed_export_leaves_nothing_and_prints_no_traceback(seeded, tmp_path: Path) -> None:
    child, temp, out = start_exporter(seeded, tmp_path, "fail")
    stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    assert "failed" in stdout
    assert "left: []" in stdout, stdout
    assert stderr == ""
    assert list(temp.iterdir()) == [] and list(out.iterdir()) == []


def test_names_with_control_and_format_characters_export_as_typed(tmp_path: Path) -> None:
    store, _ = create_store(tmp_path / "reg", opts=FAST)
    odd = [
        "Lê\x07 Văn\x1b[31m Bốn",  # a bell and a terminal colour code
        "Trần\u202e Thị\u200b Năm",  # a right-to-left override and a zero-width space
        "Đỗ _x0041_ Sáu",  # looks like Excel's own escape
    ]
    try:
        for name in odd:
            add_child(store, name, sex=Sex.MALE, date_of_birth=date(2015, 1, 1))
        out = tmp_path / "odd.xlsx"
        assert r.export_view(store, r.RegisterView(), [(r.Column.NAME, "Tên")], out) == 3
    finally:
        store.close()
    book = load_workbook(out, read_only=True)
    # Decoded as Excel decodes its _xHHHH_ escapes (openpyxl leaves them as they are).
    names = sorted(unescape(row[0]) for row in book.active.iter_rows(min_row=2, values_only=True))
    book.close()
    assert names == sorted(odd)
