"""The `bvte-server` command: serve, migrate, communes, accounts, devices, bundle key."""

import argparse
import getpass
import os
import sys

from desktop import __version__
from server import accounts, cli_bundles, enrolment
from server.asgi import DB_ENV, TOKEN_TTL_ENV, TRUSTED_PROXIES_ENV
from server.client_address import parse_proxies
from server.db import make_engine, normalise_url
from server.migrate import upgrade

PASSWORD_MISMATCH = "Hai lần nhập mật khẩu không khớp. Hãy chạy lại lệnh."


def _engine(args: argparse.Namespace):
    engine = make_engine(args.db)
    upgrade(engine)
    return engine


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise accounts.AdminError("account.password_mismatch", PASSWORD_MISMATCH)
    return first


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    url = normalise_url(args.db)
    upgrade(make_engine(url))  # once, before any worker starts
    os.environ[DB_ENV] = url
    if args.token_ttl:
        os.environ[TOKEN_TTL_ENV] = str(args.token_ttl)
    if args.trusted_proxy:
        os.environ[TRUSTED_PROXIES_ENV] = ",".join(args.trusted_proxy)
    try:  # a typo stops here, before any worker starts
        parse_proxies([os.environ.get(TRUSTED_PROXIES_ENV, "")])
    except ValueError as exc:
        raise accounts.AdminError("serve.bad_proxy",
                                  f"Địa chỉ proxy tin cậy không hợp lệ: {exc}") from None
    print(f"Máy chủ BVTE chạy tại http://{args.host}:{args.port} (dừng: Ctrl+C)", flush=True)
    # proxy_headers off: uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1; the
    # app reads it only from the proxies named with --trusted-proxy (server/client_address.py).
    uvicorn.run("server.asgi:build", factory=True, host=args.host, port=args.port,
                workers=args.workers, access_log=False, log_level="warning",
                proxy_headers=False)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    changed = upgrade(make_engine(args.db))
    print("Đã cập nhật cơ sở dữ liệu." if changed else "Cơ sở dữ liệu đã ở bản mới nhất.")
    return 0


def cmd_create_commune(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if args.all:
        count = accounts.create_all_reference_communes(engine)
        print(f"Đã tạo {count} xã, phường, đặc khu từ danh mục.")
        return 0
    if not args.code:
        raise accounts.AdminError("commune.bad_code", "Hãy ghi mã xã (5 chữ số) hoặc --all.")
    name = accounts.create_commune(engine, args.code, args.name)
    print(f"Đã tạo {args.code} {name}.")
    return 0


def cmd_create_officer(args: argparse.Namespace) -> int:
    engine = _engine(args)
    account_id = accounts.create_account(engine, args.username, _password(args),
                                         accounts.ROLE_OFFICER, args.commune, args.full_name)
    print(f"Đã tạo cán bộ {args.username} của xã {args.commune} ({account_id}).")
    return 0


def cmd_create_city_staff(args: argparse.Namespace) -> int:
    engine = _engine(args)
    account_id = accounts.create_account(engine, args.username, _password(args),
                                         accounts.ROLE_CITY, None, args.full_name)
    print(f"Đã tạo cán bộ thành phố {args.username} ({account_id}).")
    return 0


def cmd_deactivate_account(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if accounts.set_account_active(engine, args.username, False):
        print(f"Đã khoá tài khoản {args.username}; phiên đăng nhập của tài khoản này hết hiệu "
              "lực ngay.")
        return 0
    print(f"Không có tài khoản {args.username} đang hoạt động.", file=sys.stderr)
    return 1


def cmd_activate_account(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if accounts.set_account_active(engine, args.username, True):
        print(f"Đã mở lại tài khoản {args.username}.")
        return 0
    print(f"Không có tài khoản {args.username} đang bị khoá.", file=sys.stderr)
    return 1


def cmd_revoke_device(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if accounts.revoke_device(engine, args.device_id):
        print(f"Đã thu hồi máy {args.device_id}; máy này không đồng bộ được nữa.")
        return 0
    if enrolment.cancel(engine, args.device_id):
        print(f"Đã huỷ tệp đăng ký chưa dùng của máy {args.device_id}; tệp đó không dùng được nữa.")
        return 0
    print(f"Không có máy {args.device_id} đang hoạt động.", file=sys.stderr)
    return 1


def cmd_list_devices(args: argparse.Namespace) -> int:
    devices = accounts.list_devices(_engine(args), args.commune)
    for d in devices:
        state = "đã thu hồi" if d["revoked_at"] else "hoạt động"
        seen = d["last_seen_at"].isoformat() if d["last_seen_at"] else "-"
        print(f"{d['id']}  {d['commune_code']}  {d['username']:<16} {state:<11} "
              f"lần cuối: {seen}  {d['name']}")
    print(f"Tổng: {len(devices)} máy.")
    return 0


def cmd_bundle_key(args: argparse.Namespace) -> int:
    from server.bundles import public_key_b64

    print(public_key_b64(_engine(args)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bvte-server",
                                     description="Máy chủ thành phố BVTE / BVTE city server.")
    parser.add_argument("--version", action="version", version=f"bvte-server {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", default=os.environ.get(DB_ENV),
                       help="postgresql://... hoặc đường dẫn tệp SQLite (mặc định: SQLite)")
        p.set_defaults(func=func)
        return p

    serve = command("serve", cmd_serve, "chạy máy chủ")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8740)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--token-ttl", type=int, default=0, help="giây (mặc định 900)")
    serve.add_argument("--trusted-proxy", action="append", metavar="ĐỊA_CHỈ",
                       help="proxy ngược được tin về X-Forwarded-For (địa chỉ hoặc mạng CIDR, "
                            f"lặp lại được; mặc định ${TRUSTED_PROXIES_ENV}, không có thì bỏ qua "
                            "X-Forwarded-For)")
    command("migrate", cmd_migrate, "cập nhật cấu trúc cơ sở dữ liệu")
    commune = command("create-commune", cmd_create_commune, "tạo xã (theo danh mục hoặc tên)")
    commune.add_argument("code", nargs="?")
    commune.add_argument("--name")
    commune.add_argument("--all", action="store_true", help="cả 114 đơn vị của Hải Phòng")
    for name, func in (("create-officer", cmd_create_officer),
                       ("create-city-staff", cmd_create_city_staff)):
        person = command(name, func, "tạo tài khoản")
        person.add_argument("username")
        if name == "create-officer":
            person.add_argument("--commune", required=True)
        person.add_argument("--full-name", default="")
        person.add_argument("--password-stdin", action="store_true")
    command("deactivate-account", cmd_deactivate_account,
            "khoá một tài khoản (phiên đăng nhập hết hiệu lực ngay)").add_argument("username")
    command("activate-account", cmd_activate_account,
            "mở lại một tài khoản đã khoá").add_argument("username")
    command("revoke-device", cmd_revoke_device, "thu hồi một máy").add_argument("device_id")
    command("list-devices", cmd_list_devices, "liệt kê máy").add_argument("--commune")
    command("bundle-key", cmd_bundle_key, "in khoá công khai cho tệp đồng bộ ngoại tuyến")
    cli_bundles.add_commands(command, _engine)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except accounts.AdminError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
