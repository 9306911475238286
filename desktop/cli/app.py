"""`bvte app` and `bvte demo`: the officer's window, on the register or on a synthetic one."""

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, folder, positive
from desktop.paths import data_dir


def cmd_app(args: argparse.Namespace) -> int:
    from desktop.app import run_app

    return run_app(folder(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import DEMO_PASSWORD, prepare_demo

    where = Path(args.data_dir) if args.data_dir else data_dir() / "demo"
    created = prepare_demo(where, children=args.children)
    from desktop.demo_server import start_demo_sync

    demo_server = start_demo_sync(where)
    print(f"Máy chủ thành phố mẫu chạy tại {demo_server.url}; sổ mẫu đã đăng ký để đồng bộ.")
    state = "Đã tạo" if created else "Dùng lại"
    print(f"{state} sổ mẫu tại {where} (dữ liệu tổng hợp). Mật khẩu mẫu: {DEMO_PASSWORD}")
    if args.no_window:
        return EXIT_OK
    from desktop.app import run_app

    return run_app(where, demo_password=DEMO_PASSWORD)


def add_demo_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="mở ứng dụng với sổ mẫu tổng hợp")
    p.add_argument("--children", type=positive("--children"), default=3000)
    p.add_argument("--no-window", action="store_true", help="chỉ chuẩn bị sổ mẫu")
    p.set_defaults(run=cmd_demo)


def add_app_parser(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("app", parents=[common], help="mở ứng dụng (mặc định)")
    p.set_defaults(run=cmd_app)
