"""`bvte sync` by file: export a bundle, forward another PC's, import an answer, enrol by file."""

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common import EXIT_OK, Secrets

CARRY = (
    "Hãy mang tệp đến một máy BVTE có mạng của thành phố (trang Đồng bộ, «Chuyển tệp của máy "
    "khác lên máy chủ», hoặc lệnh bvte sync --forward-bundle) và mang tệp trả lời về."
)


def wanted(args: argparse.Namespace) -> bool:
    return bool(args.export_bundle or args.import_answer or args.forward_bundle or args.enrol_file)


def _when(moment) -> str:
    from desktop.domain.deadlines import LOCAL_TZ

    return moment.astimezone(LOCAL_TZ).strftime("%H:%M ngày %d/%m/%Y")


def run(
    args: argparse.Namespace, store, secrets: Secrets, server_password: Callable[[], str]
) -> int:
    """One file operation on an open register; SyncError goes to the caller."""
    from desktop.services.sync import bundle as sync_bundle

    if args.enrol_file:
        code = secrets.ask("Mã kích hoạt (16 chữ số thành phố đã đưa): ")
        done = sync_bundle.enrol_by_file(store, Path(args.enrol_file), code)
        print(
            f"Đã đăng ký máy này bằng tệp cho {done.commune_name} ({done.commune_code}), "
            f"tài khoản máy chủ {done.username}."
        )
        print(
            f"Hãy xuất tệp gửi thành phố (bvte sync --export-bundle TỆP) và để tệp đó đến máy "
            f"chủ trước {_when(done.expires_at)} (giờ Việt Nam): tệp đầu tiên hoàn tất đăng ký."
        )
        return EXIT_OK
    if args.export_bundle:
        made = sync_bundle.export_bundle(store, Path(args.export_bundle))
        if made.changes:
            print(
                f"Đã ghi {made.changes} thay đổi (đã mã hóa cho máy chủ) vào {args.export_bundle}."
            )
        else:
            print(
                f"Không có thay đổi nào chờ gửi; tệp {args.export_bundle} (đã mã hóa cho máy chủ) "
                "chỉ xin thành phố gửi dữ liệu mới của xã."
            )
        if made.left:
            print(
                f"Còn {made.left} thay đổi chưa vào tệp này vì tệp đã đủ lớn; chúng đi trong tệp "
                "sau, khi đã nhập tệp trả lời của tệp này."
            )
        if made.enrolling:
            print("Tệp này cũng hoàn tất việc đăng ký máy bằng tệp.")
        print(CARRY)
        return EXIT_OK
    if args.import_answer:
        summary = sync_bundle.import_answer(store, Path(args.import_answer))
        pushed = summary.pushed
        print(
            f"Đã nhập tệp trả lời: {pushed.applied + pushed.merged + pushed.duplicates} thay "
            f"đổi được nhận, {pushed.conflicts} xung đột, {pushed.rejected} bị từ chối, "
            f"{summary.pulled} bản ghi mới."
        )
        if summary.confirmed:
            print("Thành phố đã xác nhận đăng ký của máy này.")
        if summary.waiting:
            print(
                f"{summary.waiting} bản ghi chờ bản ghi gốc của chúng; tệp trả lời sau sẽ mang "
                "đến đủ."
            )
        return EXIT_OK
    done = sync_bundle.forward_bundle(
        store, Path(args.forward_bundle), Path(args.answer_out), password=server_password()
    )
    print(
        f"Máy chủ đã nhận tệp: {done.changes} thay đổi của xã {done.commune_code}. "
        f"Tệp trả lời: {args.answer_out}."
    )
    print(
        "Hãy chép tệp trả lời vào USB và mang về máy đã tạo tệp (trang Đồng bộ, «Nhập tệp trả "
        "lời»). Máy này không đọc được nội dung của cả hai tệp."
    )
    return EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--export-bundle", metavar="FILE", help="ghi thay đổi chờ gửi vào tệp mã hóa (không mạng)"
    )
    parser.add_argument("--import-answer", metavar="FILE", help="nhập tệp trả lời của máy chủ")
    parser.add_argument(
        "--forward-bundle",
        metavar="FILE",
        help="máy có mạng: chuyển tệp của máy không có mạng lên máy chủ (cần --answer-out)",
    )
    parser.add_argument("--answer-out", metavar="FILE", help="nơi ghi tệp trả lời của máy chủ")
    parser.add_argument(
        "--enrol-file", metavar="FILE", help="đăng ký máy bằng tệp thành phố cấp (hỏi mã kích hoạt)"
    )
