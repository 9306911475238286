"""`bvte init`, `bvte seed`, `bvte search`: make a register, fill it with samples, find a child."""

import argparse
import sys

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Secrets,
    folder,
    open_store,
    positive,
)
from desktop.cli.text import safe_text


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.domain.text import fold
    from desktop.reference.communes import find_commune
    from desktop.services.register_access import create_register

    commune = find_commune(args.commune)
    if commune is None:
        raise CliError("cli.unknown_commune", EXIT_USAGE, name=args.commune)
    password = Secrets(args.password_stdin).ask_new()
    username = args.username or ".".join(fold(args.officer).split())
    store, recovery_key = create_register(
        folder(args),
        commune_code=commune.code,
        full_name=args.officer,
        username=username,
        password=password,
    )
    store.close()
    print(f"Đã tạo sổ theo dõi cho {commune.name} (mã {commune.code}) tại {store.folder}.")
    print(f"Cán bộ: {safe_text(args.officer)} (tên đăng nhập: {safe_text(username)}).")
    print()
    print("KHÓA KHÔI PHỤC (chỉ hiện một lần; hãy in hoặc chép ra giấy và cất giữ an toàn):")
    print(f"    {recovery_key}")
    print("Khóa này mở được sổ khi quên mật khẩu. Ai có khóa này đều đọc được dữ liệu trẻ em.")
    return EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    from desktop.services.seed import seed_register

    store = open_store(args)
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

    store = open_store(args)
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


def add_register_parsers(
    sub,
    common: argparse.ArgumentParser,
    unlock: argparse.ArgumentParser,
) -> None:
    p = sub.add_parser("init", parents=[common], help="tạo sổ theo dõi mã hóa mới")
    p.add_argument("--commune", required=True, help="tên hoặc mã xã/phường/đặc khu")
    p.add_argument("--officer", required=True, help="họ tên cán bộ đầu tiên")
    p.add_argument("--username", help="tên đăng nhập (mặc định: từ họ tên)")
    p.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ đầu vào chuẩn")
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("seed", parents=[unlock], help="thêm dữ liệu mẫu tổng hợp")
    p.add_argument("--children", required=True, type=positive("--children"))
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=cmd_seed)

    p = sub.add_parser("search", parents=[unlock], help="tìm trẻ em (không cần gõ dấu)")
    p.add_argument("query")
    p.add_argument("--limit", type=positive("--limit"), default=50)
    p.set_defaults(run=cmd_search)
