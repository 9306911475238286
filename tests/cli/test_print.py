"""`bvte print`: a case's document to a PDF file, with Vietnamese errors and exit codes."""

import io
from pathlib import Path

import pytest

from desktop.cli import EXIT_MISSING, EXIT_OK, EXIT_USAGE, main
from desktop.services.seed import seed_register
from tests.helpers.registers import PASSWORD, create_store
from tests.printing.pdf_text import text


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("cli_print") / "data"
    store, _ = create_store(folder)
    seed_register(store, children=60, seed=5)
    with store.unit_of_work(write=False) as uow:
        plans = uow.plans.where()
        code = uow.cases.get(plans[0].case_id).code
    store.close()
    return folder, code


def _run(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return main(["print", *argv, "--password-stdin"])


def test_print_a_plan_to_a_pdf(
    register: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    folder, code = register
    out = tmp_path / "ke_hoach.pdf"
    assert (
        _run(monkeypatch, "mau04", "--data-dir", str(folder), "--case", code, "--out", str(out))
        == EXIT_OK
    )
    whole = text(out.read_bytes())
    assert "KẾ HOẠCH" in whole and code in whole
    assert "Đã in Mẫu 04" in capsys.readouterr().out
    assert not list(tmp_path.glob("*.partial"))


def test_print_the_register_extract_filtered_by_group(
    register: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = register
    out = tmp_path / "so.pdf"
    argv = ("so_theo_doi", "--data-dir", str(folder), "--group", "a", "--out", str(out))
    assert _run(monkeypatch, *argv) == EXIT_OK
    assert "Nhóm: " in text(out.read_bytes())


def test_unknown_case_and_form_are_explained_in_vietnamese(
    register: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    folder, _ = register
    out = str(tmp_path / "x.pdf")
    code = _run(
        monkeypatch, "mau01", "--data-dir", str(folder), "--case", "9999/1999", "--out", out
    )
    assert code == EXIT_MISSING
    assert "Không tìm thấy trường hợp '9999/1999'" in capsys.readouterr().err
    assert (
        _run(monkeypatch, "mau99", "--data-dir", str(folder), "--case", "1", "--out", out)
        == EXIT_USAGE
    )
    assert "Không có biểu mẫu 'mau99'" in capsys.readouterr().err
    assert _run(monkeypatch, "mau01", "--data-dir", str(folder), "--out", out) == EXIT_USAGE
    assert "--case" in capsys.readouterr().err
    assert not Path(out).exists()


def test_print_a_profile_sheet_by_personal_id(
    register: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage.store import Store

    folder, _ = register
    store = Store.open(folder, officer_id=_only_officer(folder), password=PASSWORD)
    with store.unit_of_work(write=False) as uow:
        child = next(c for c in uow.children.where() if c.personal_id)
    store.close()
    out = tmp_path / "ho_so.pdf"
    argv = ("ho_so_tre", "--data-dir", str(folder), "--child", child.personal_id, "--out", str(out))
    assert _run(monkeypatch, *argv) == EXIT_OK
    whole = text(out.read_bytes())
    assert "PHIẾU THÔNG TIN TRẺ EM" in whole and child.full_name in whole


def _only_officer(folder: Path) -> str:
    from desktop.paths import keyring_path
    from desktop.storage.keyring import Keyring

    return Keyring.load(keyring_path(folder)).officers()[0].officer_id
