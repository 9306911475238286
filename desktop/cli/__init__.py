"""The `bvte` command: register set-up, seed, search, doctor, passwords, print, sync, the app."""

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.app import add_app_parser, add_demo_parser, cmd_app
from desktop.cli.common import (
    EXIT_AUTH,
    EXIT_CORRUPT,
    EXIT_LOCKED,
    EXIT_MISSING,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_READ_ONLY,
    EXIT_REFUSED,
    EXIT_SYNC,
    EXIT_TOO_NEW,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    CliError,
    folder,
)
from desktop.cli.doctor import add_doctor_parser
from desktop.cli.passwords import add_password_parsers
from desktop.cli.printing import add_print_parser
from desktop.cli.register import add_register_parsers
from desktop.cli.rekey import add_rekey_parser
from desktop.cli.sync import add_sync_parser
from desktop.cli.text import message

__all__ = [
    "EXIT_AUTH",
    "EXIT_CORRUPT",
    "EXIT_LOCKED",
    "EXIT_MISSING",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_READ_ONLY",
    "EXIT_REFUSED",
    "EXIT_SYNC",
    "EXIT_TOO_NEW",
    "EXIT_UNEXPECTED",
    "EXIT_USAGE",
    "build_parser",
    "main",
]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", help="thư mục chứa sổ theo dõi (mặc định: thư mục của người dùng)"
    )
    unlock = argparse.ArgumentParser(add_help=False, parents=[common])
    unlock.add_argument("--officer", help="tên hoặc mã cán bộ (khi sổ có nhiều cán bộ)")
    unlock.add_argument(
        "--password-stdin", action="store_true", help="đọc mật khẩu từ đầu vào chuẩn, mỗi dòng một"
    )
    parser = argparse.ArgumentParser(
        prog="bvte", description="BVTE: sổ theo dõi và quản lý trường hợp bảo vệ trẻ em cấp xã."
    )
    parser.add_argument("--version", action="version", version=f"bvte {__version__}")
    sub = parser.add_subparsers(dest="command")
    add_register_parsers(sub, common, unlock)
    add_doctor_parser(sub, unlock)
    add_password_parsers(sub, unlock)
    add_demo_parser(sub, common)
    add_print_parser(sub, unlock)
    add_sync_parser(sub, unlock)
    add_rekey_parser(sub, unlock)
    add_app_parser(sub, common)
    return parser


def explain(exc: BaseException, args: argparse.Namespace) -> tuple[str, int]:
    """What the officer reads about `exc`, and the exit code it ends the command with."""
    from desktop.domain.errors import DomainError
    from desktop.services.register_access import (
        KeyringError,
        KeyringMissing,
        OfficerRemoved,
        PasswordChangeRequired,
        SamePassword,
        StorageError,
        StoreExists,
        StoreLocked,
        StoreMissing,
        StoreReadOnly,
        StoreTooNew,
        TooManyAttempts,
    )

    where = str(folder(args)) if hasattr(args, "data_dir") else ""
    if isinstance(exc, CliError):
        return message(exc.code, **exc.params), exc.exit_code
    if isinstance(exc, DomainError):
        return message(exc.code, **exc.params), EXIT_REFUSED
    if isinstance(exc, (StoreMissing, KeyringMissing)):
        return message(exc.code, where=where), EXIT_MISSING
    if isinstance(exc, StoreExists):
        return message(exc.code, where=where), EXIT_REFUSED
    if isinstance(exc, StoreLocked):
        return message(exc.code), EXIT_LOCKED
    if isinstance(exc, StoreReadOnly):
        return message(exc.code, where=where), EXIT_READ_ONLY
    if isinstance(exc, StoreTooNew):
        return message(exc.code, where=where, version=__version__), EXIT_TOO_NEW
    if isinstance(exc, PasswordChangeRequired | SamePassword | OfficerRemoved):
        return message(exc.code), EXIT_REFUSED
    if isinstance(exc, TooManyAttempts):
        return message(exc.code, seconds=max(1, round(exc.retry_after))), EXIT_AUTH
    if isinstance(exc, KeyringError):
        exit_code = EXIT_CORRUPT if exc.code == "keyring.corrupt" else EXIT_AUTH
        return message(exc.code, where=where), exit_code
    if isinstance(exc, StorageError):
        return message(exc.code, where=where), EXIT_CORRUPT
    return message("cli.unexpected", kind=type(exc).__name__), EXIT_UNEXPECTED


def main(argv: Sequence[str] | None = None) -> int:
    # The app's log records are the developer's, in English: a person at the terminal reads the
    # Vietnamese each command prints instead (`bvte sync` turns the ones that matter into it).
    logging.getLogger("desktop").addHandler(logging.NullHandler())
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", cmd_app)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    try:
        return run(args)
    except KeyboardInterrupt:
        print(message("cli.interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:
        text, code = explain(exc, args)
        print(text, file=sys.stderr)
        return code
