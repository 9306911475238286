"""`bvte-server` says honestly, in Vietnamese then English, that the city server is not built."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from server import cli

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_no_arguments_explains_and_exits_2(capsys):
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "Máy chủ thành phố chưa có trong phiên bản này" in err
    assert "The city server is not available in this version yet" in err
    assert err.index("Máy chủ") < err.index("The city server")
    assert "offline" in err


@pytest.mark.parametrize("argv", [["serve"], ["serve", "--port", "8000"], ["migrate"]])
def test_any_command_gets_the_same_answer(capsys, argv):
    assert cli.main(argv) == 2
    assert "not available in this version yet" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert cli.main(["--help"]) == 0
    assert "bvte-server" in capsys.readouterr().out


def test_version_comes_from_the_desktop_package(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"bvte-server {__version__}"


def test_console_entry_exits_2_in_a_real_process():
    result = subprocess.run(
        [sys.executable, "-c", "import server.cli,sys; sys.exit(server.cli.main(['serve']))"],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Máy chủ thành phố chưa có" in result.stderr
    assert "The city server is not available" in result.stderr
