"""The `bvte` command: register set-up, seed, search, doctor, passwords, print, sync, the app."""

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli_text import PASSWORD_REASONS, message, safe_text
from desktop.paths import data_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_MISSING, EXIT_AUTH, EXIT_CORRUPT, EXIT_LOCKED, EXIT_REFUSED = 3, 4, 5, 6, 7
EXIT_TOO_NEW, EXIT_READ_ONLY = 9, 10  # 8 is bvte sync's own failure
EXIT_UNEXPECTED = 70
BUSY_TIMEOUT_ENV = "BVTE_BUSY_TIMEOUT_MS"
DOCTOR_LINES = 4


class CliError(Exception):
    def __init__(self, code: str, exit_code: int, **params: object) -> None:
        super().__init__(code)
        self.code, self.exit_code, self.params = code, exit_code, params


class Secrets:
    """Passwords come from the terminal prompt or, for scripts, one per line on stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self._lines: Iterator[str] | None = iter(sys.stdin) if from_stdin else None

    def ask(self, prompt: str) -> str:
        if self._lines is not None:
            line = next(self._lines, None)
            if line is None:
                raise CliError("cli.no_password", EXIT_USAGE)
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise CliError("cli.no_password", EXIT_USAGE)
        return getpass.getpass(prompt)

    def ask_new(
        self, prompt: str = "Mật khẩu mới: ", again: str = "Nhập lại mật khẩu mới: "
    ) -> str:
        from desktop.domain.passwords import check_password_strength

        first = self.ask(prompt)
        if self._lines is None and first != self.ask(again):
            raise CliError("cli.password_mismatch", EXIT_REFUSED)
        reasons = check_password_strength(first)
        if reasons:
            text = "; ".join(PASSWORD_REASONS.get(code, code) for code in reasons)
            raise CliError("cli.weak_password", EXIT_REFUSED, reasons=text)
        return first


def _folder(args: argparse.Namespace) -> Path:
    return data_dir(args.data_dir)


def _officer_id(folder: Path, wanted: str | None) -> str:
    from desktop.domain.text import fold
    from desktop.paths import keyring_path
    from desktop.storage.keyring import Keyring

    keyring = Keyring.load(keyring_path(folder))
    for notice in keyring.notices:
        print(message(notice), file=sys.stderr)
    slots = keyring.officers()
    known = ", ".join(safe_text(slot.display_name) for slot in slots)
    if wanted is None:
        if len(slots) == 1:
            return slots[0].officer_id
        raise CliError("cli.officer_ambiguous", EXIT_USAGE, known=known)
    for slot in slots:
        if wanted == slot.officer_id or fold(wanted) == fold(slot.display_name):
            return slot.officer_id
    raise CliError("keyring.unknown_officer", EXIT_USAGE, who=safe_text(wanted), known=known)


def _store_options():  # type: ignore[no-untyped-def]
    from desktop.storage.store import StoreOptions

    # A scheduled task may prefer to give up quickly rather than wait for the app to finish.
    wait = os.environ.get(BUSY_TIMEOUT_ENV, "")
    if not wait:
        return StoreOptions()
    if not wait.isdigit():
        raise CliError("cli.bad_number", EXIT_USAGE, value=wait, option=BUSY_TIMEOUT_ENV)
    return StoreOptions(busy_timeout_ms=int(wait))


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.storage.store import Store

    folder = _folder(args)
    officer_id = _officer_id(folder, getattr(args, "officer", None))
    password = Secrets(args.password_stdin).ask("Mật khẩu: ")
    return Store.open(folder, officer_id=officer_id, password=password, opts=_store_options())


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.domain.text import fold
    from desktop.reference.communes import find_commune
    from desktop.storage.store import Store

    commune = find_commune(args.commune)
    if commune is None:
        raise CliError("cli.unknown_commune", EXIT_USAGE, name=args.commune)
    password = Secrets(args.password_stdin).ask_new()
    username = args.username or ".".join(fold(args.officer).split())
    store, recovery_key = Store.create(
        _folder(args),
        commune_code=commune.code,
        full_name=args.officer,
        username=username,
        password=password,
    )
    store.close()
    print(f"Đã tạo sổ đăng ký cho {commune.name} (mã {commune.code}) tại {store.folder}.")
    print(f"Cán bộ: {safe_text(args.officer)} (tên đăng nhập: {safe_text(username)}).")
    print()
    print("KHÓA KHÔI PHỤC (chỉ hiện một lần; hãy in hoặc chép ra giấy và cất giữ an toàn):")
    print(f"    {recovery_key}")
    print("Khóa này mở được sổ khi quên mật khẩu. Ai có khóa này đều đọc được dữ liệu trẻ em.")
    return EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    from desktop.services.seed import seed_register

    store = _open(args)
    try:

        def progress(done: int, total: int) -> None:
            print(f"Đã tạo {done}/{total} trẻ em...", file=sys.stderr, flush=True)

        summary = seed_register(store, children=args.children, seed=args.seed, progress=progress)
    finally:
        store.close()
    print(f"Đã tạo dữ liệu mẫu (tổng hợp, không phải người thật): {summary}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.services.register import search_children

    store = _open(args)
    try:
        matches = search_children(store, args.query, limit=args.limit)
    finally:
        store.close()
    if not matches:
        print("Không tìm thấy trẻ em nào.")
        return EXIT_OK
    for child in matches:
        born = child.date_of_birth.strftime("%d/%m/%Y") if child.date_of_birth else "?"
        approx = " (ước tính)" if child.dob_estimated else ""
        cells = (child.full_name, child.personal_id or "-", child.village)
        name, personal_id, village = (safe_text(cell) for cell in cells)
        print(f"{name}\t{born}{approx}\t{personal_id}\t{village}")
    print(f"({len(matches)} kết quả)")
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from desktop.storage.doctor import examine, unreadable_rows
    from desktop.storage.errors import StoreLocked, classify
    from desktop.sync.capture import capture_problems

    store = _open(args)
    try:
        report = examine(store.engine)
        for check, run in (("sync", capture_problems), ("values", unreadable_rows)):
            try:
                found = run(store.engine)
            except DBAPIError as exc:
                if not isinstance(classify(exc.orig), StoreLocked):
                    raise
                report.busy.append(check)
                continue
            if check == "sync":
                report.problems += found
            else:
                report.unreadable = found
    finally:
        store.close()
    print(f"Lược đồ: {report.revision} (mới nhất: {report.head})")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    if report.ok:
        print("Kiểm tra: mã hóa, toàn vẹn, khóa ngoại, chỉ mục tìm kiếm đều tốt.")
        return EXIT_OK
    if report.problems or report.unreadable:
        print("Phát hiện vấn đề:")
        for problem in report.problems + report.unreadable:
            _print_problem(problem)
        # Unreadable values in a sound file: a backup would not help, the rows need correcting.
        print(message("doctor.problems" if report.problems else "doctor.unreadable"))
    if report.busy:
        # A register another program is writing is busy, not damaged: no restore is advised.
        print(message("doctor.busy", checks=", ".join(report.busy)), file=sys.stderr)
    return EXIT_PROBLEMS if report.problems or report.unreadable else EXIT_LOCKED


def _print_problem(problem: str) -> None:
    lines = problem.splitlines()
    more = f" (và {len(lines) - DOCTOR_LINES} dòng nữa)" if len(lines) > DOCTOR_LINES else ""
    print("  - " + "\n    ".join(lines[:DOCTOR_LINES]) + more)


def _keyring_and_officer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.paths import keyring_path
    from desktop.storage.files import require_writable
    from desktop.storage.keyring import Keyring
    from desktop.storage.store import register_files

    folder = _folder(args)
    officer_id = _officer_id(folder, args.officer)
    keyring = Keyring.load(keyring_path(folder))
    # Before a password is asked for: a folder that cannot take the new slot says so at once.
    require_writable(folder, register_files(folder))
    return keyring, officer_id, Secrets(args.password_stdin)


def cmd_passwd(args: argparse.Namespace) -> int:
    if args.for_officer is not None:
        from desktop.cli_officers import cmd_give_password

        return cmd_give_password(args)
    keyring, officer_id, secrets = _keyring_and_officer(args)
    old = secrets.ask("Mật khẩu hiện tại: ")
    keyring.change_password(officer_id, old, secrets.ask_new())
    print("Đã đổi mật khẩu. Dữ liệu không cần mã hóa lại.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    keyring, officer_id, secrets = _keyring_and_officer(args)
    recovery_key = secrets.ask("Khóa khôi phục: ")
    keyring.reset_password(recovery_key, officer_id, secrets.ask_new())
    print("Đã đặt mật khẩu mới bằng khóa khôi phục.")
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from desktop.app import run_app

    return run_app(_folder(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import DEMO_PASSWORD, prepare_demo

    folder = Path(args.data_dir) if args.data_dir else data_dir() / "demo"
    created = prepare_demo(folder, children=args.children)
    from desktop.demo_server import start_demo_sync

    demo_server = start_demo_sync(folder)
    print(f"Máy chủ thành phố mẫu chạy tại {demo_server.url}; sổ mẫu đã đăng ký để đồng bộ.")
    state = "Đã tạo" if created else "Dùng lại"
    print(f"{state} sổ mẫu tại {folder} (dữ liệu tổng hợp). Mật khẩu mẫu: {DEMO_PASSWORD}")
    if args.no_window:
        return EXIT_OK
    from desktop.app import run_app

    return run_app(folder, demo_password=DEMO_PASSWORD)


def _positive(option: str):  # type: ignore[no-untyped-def]
    def parse(value: str) -> int:
        if not value.isdigit() or int(value) <= 0:
            raise argparse.ArgumentTypeError(message("cli.bad_number", value=value, option=option))
        return int(value)

    return parse


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", help="thư mục chứa sổ đăng ký (mặc định: thư mục của người dùng)"
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

    p = sub.add_parser("init", parents=[common], help="tạo sổ đăng ký mã hóa mới")
    p.add_argument("--commune", required=True, help="tên hoặc mã xã/phường/đặc khu")
    p.add_argument("--officer", required=True, help="họ tên cán bộ đầu tiên")
    p.add_argument("--username", help="tên đăng nhập (mặc định: từ họ tên)")
    p.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ đầu vào chuẩn")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("seed", parents=[unlock], help="thêm dữ liệu mẫu tổng hợp")
    p.add_argument("--children", required=True, type=_positive("--children"))
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_seed)

    p = sub.add_parser("search", parents=[unlock], help="tìm trẻ em (không cần gõ dấu)")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive("--limit"), default=50)
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("doctor", parents=[unlock], help="kiểm tra tình trạng tệp dữ liệu")
    p.set_defaults(run=cmd_doctor)

    p = sub.add_parser("passwd", parents=[unlock], help="đổi mật khẩu")
    p.add_argument(
        "--for-officer",
        metavar="TÊN",
        help="cấp mật khẩu tạm cho một cán bộ chưa mở được sổ trên máy này "
        "(người đó đặt mật khẩu riêng ở lần mở sổ đầu tiên)",
    )
    p.set_defaults(run=cmd_passwd)

    p = sub.add_parser("recover", parents=[unlock], help="đặt mật khẩu mới bằng khóa khôi phục")
    p.set_defaults(run=cmd_recover)

    p = sub.add_parser("demo", parents=[common], help="mở ứng dụng với sổ mẫu tổng hợp")
    p.add_argument("--children", type=_positive("--children"), default=3000)
    p.add_argument("--no-window", action="store_true", help="chỉ chuẩn bị sổ mẫu")
    p.set_defaults(run=cmd_demo)

    from desktop.cli_print import add_print_parser

    add_print_parser(sub, unlock)

    from desktop.cli_sync import add_sync_parser

    add_sync_parser(sub, unlock)

    from desktop.cli_rekey import add_rekey_parser

    add_rekey_parser(sub, unlock)

    p = sub.add_parser("app", parents=[common], help="mở ứng dụng (mặc định)")
    p.set_defaults(run=cmd_app)
    return parser


def _explain(exc: BaseException, args: argparse.Namespace) -> tuple[str, int]:
    from desktop.domain.errors import DomainError
    from desktop.storage.errors import (
        StorageError,
        StoreExists,
        StoreLocked,
        StoreMissing,
        StoreReadOnly,
        StoreTooNew,
    )
    from desktop.storage.keyring import (
        KeyringError,
        KeyringMissing,
        OfficerRemoved,
        PasswordChangeRequired,
        SamePassword,
        TooManyAttempts,
    )

    where = str(_folder(args)) if hasattr(args, "data_dir") else ""
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
        text, code = _explain(exc, args)
        print(text, file=sys.stderr)
        return code
