"""`bvte-server issue-enrolment` and `import-bundle`: the city's side of PCs never online."""

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.domain.deadlines import LOCAL_TZ
from server import bodies, enrolment
from server.bundle_import import import_bundle
from server.bundles import private_key
from server.errors import ApiError

EXIT_REFUSED = 3


def _write_private(path: Path, data: bytes) -> None:
    """Beside the target first and renamed, readable by the owner only: a cut never leaves
    half a file, and an enrolment file is a credential until its first use."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def cmd_issue_enrolment(args: argparse.Namespace, engine_of: Callable) -> int:
    engine = engine_of(args)
    issued = enrolment.issue(engine, args.commune, args.username,
                             valid_for=enrolment.parse_duration(args.expires),
                             server_url=args.url or "")
    _write_private(Path(args.out), issued.blob)
    header = issued.header
    until = header.expires().astimezone(LOCAL_TZ).strftime("%H:%M ngày %d/%m/%Y")
    who = issued.full_name or header.username
    print(f"Đã tạo tệp đăng ký {args.out} cho máy của {who} ({header.username}), "
          f"{header.commune_name} ({header.commune_code}).")
    print(f"MÃ KÍCH HOẠT: {issued.code}")
    print("Đọc mã này cho cán bộ qua điện thoại hoặc trao trên giấy, KHÔNG gửi kèm tệp: "
          "có cả tệp và mã mới đăng ký được máy.")
    print(f"Tệp dùng được một lần cho một máy; tệp đồng bộ đầu tiên của máy phải đến máy chủ "
          f"trước {until} (giờ Việt Nam). Mã máy: {header.device_id}.")
    print(f"Tệp bị mất hoặc đưa nhầm: bvte-server revoke-device {header.device_id}")
    return 0


def cmd_import_bundle(args: argparse.Namespace, engine_of: Callable) -> int:
    engine = engine_of(args)
    source = Path(args.file)
    try:
        if source.stat().st_size > bodies.BUNDLE.body:  # refused before it is read
            print(f"Không nhập được tệp {source}: {bodies.too_large().message}",
                  file=sys.stderr)
            return EXIT_REFUSED
        data = source.read_bytes()
    except OSError as exc:
        print(f"Lỗi: không đọc được tệp {source} ({exc.strerror}).", file=sys.stderr)
        return 2
    try:
        done = import_bundle(engine, private_key(engine), data)
    except ApiError as exc:
        print(f"Không nhập được tệp {source}: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    _write_private(Path(args.out), done.answer)
    fates = done.fates
    taken = fates.get("applied", 0) + fates.get("merged", 0) + fates.get("duplicate", 0)
    if done.enrolled:
        print(f"Máy {done.device_id} của xã {done.commune_code} đã được đăng ký bằng tệp.")
    print(f"Đã nhập tệp của máy {done.device_id} (xã {done.commune_code}): {done.changes} "
          f"thay đổi; {taken} được nhận mới, {done.replayed} đã nhận từ trước (tệp đến lần "
          f"nữa), {fates.get('conflict', 0)} xung đột, {fates.get('rejected', 0)} bị từ chối.")
    print(f"Tệp trả lời: {args.out}. Hãy chép tệp này vào USB để mang về máy đó và nhập ở "
          "trang Đồng bộ (Nhập tệp trả lời).")
    return 0


def add_commands(command: Callable[..., argparse.ArgumentParser], engine_of: Callable) -> None:
    """The two commands, on the parser of `bvte-server` (`command` makes a subcommand)."""
    issue = command("issue-enrolment", lambda a: cmd_issue_enrolment(a, engine_of),
                    "cấp tệp đăng ký cho máy không có mạng")
    issue.add_argument("--commune", required=True, help="mã xã (5 chữ số)")
    issue.add_argument("--username", required=True, help="tài khoản máy chủ của cán bộ xã")
    issue.add_argument("--out", required=True, metavar="FILE", help="tệp đăng ký sẽ ghi")
    issue.add_argument("--expires", default="30d",
                       help="thời hạn để tệp đồng bộ đầu tiên về đến máy chủ (30d, 12h; "
                            "mặc định 30d)")
    issue.add_argument("--url", default="", help="địa chỉ máy chủ, khi sau này máy có mạng")
    bundle = command("import-bundle", lambda a: cmd_import_bundle(a, engine_of),
                     "nhập tệp đồng bộ của máy không có mạng, ghi tệp trả lời")
    bundle.add_argument("file", metavar="FILE")
    bundle.add_argument("--out", required=True, metavar="ANSWER", help="tệp trả lời sẽ ghi")
