"""`bvte sync`: sync headless (for a scheduled task), enrol, and offline bundles."""

import argparse
import sys
from pathlib import Path

from desktop.cli import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_REFUSED,
    CliError,
    Secrets,
    _folder,
    _officer_id,
)

EXIT_SYNC = 8

_STAGES = {
    "push": "Đang gửi thay đổi",
    "pull": "Đang nhận thay đổi",
    "snapshot": "Đang tải dữ liệu của xã",
    "verify": "Đang đối chiếu với máy chủ",
    "repair": "Đang sửa bản ghi lệch",
    "retry": "Mất kết nối, sẽ thử lại",
    "stalled": "Đồng bộ không tiến triển",
}


def _open(args: argparse.Namespace, secrets: Secrets):  # type: ignore[no-untyped-def]
    from desktop.storage.store import Store

    folder = _folder(args)
    officer_id = _officer_id(folder, getattr(args, "officer", None))
    password = secrets.ask("Mật khẩu: ")
    return Store.open(folder, officer_id=officer_id, password=password), password


def _server_password(secrets: Secrets, register_password: str) -> str:
    """The next line (or prompt); blank or absent means the same as the register's."""
    try:
        answer = secrets.ask("Mật khẩu tài khoản máy chủ (Enter = như mật khẩu sổ): ")
    except CliError:
        answer = ""
    return answer or register_password


def _progress(item) -> None:  # type: ignore[no-untyped-def]
    label = _STAGES.get(item.stage, item.stage)
    total = f"/{item.total}" if item.total else ""
    print(f"{label}... {item.done}{total}", file=sys.stderr, flush=True)


def _refused(store, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The reasons of the changes this sync had refused (the newest), one line each."""
    if not count:
        return []
    from desktop.services import sync_review

    items = [i for i in sync_review.list_quarantine(store) if i.kind != "pulled"]
    return [f"  - {i.table} {i.row_id}: {i.reason}" for i in items[-count:]]


def _fail(exc) -> CliError:  # type: ignore[no-untyped-def]
    from desktop.services.sync_messages import explain

    return CliError("sync.failed", EXIT_SYNC, text=explain(exc))


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.services import sync as service
    from desktop.services import sync_bundle
    from desktop.sync.errors import NotEnrolled, SyncError

    secrets = Secrets(args.password_stdin)
    store, register_password = _open(args, secrets)
    try:
        if args.server_key:
            sync_bundle.set_server_key(store, Path(args.server_key).read_text("utf-8"))
        if args.enrol:
            if not args.username:
                raise CliError("sync.needs_username", EXIT_REFUSED)
            device = service.enrol(
                store, args.enrol, args.username, _server_password(secrets, register_password)
            )
            print(f"Đã đăng ký máy với máy chủ {args.enrol} (mã máy {device}).")
            return EXIT_OK
        if args.export_bundle:
            count = sync_bundle.export_bundle(store, Path(args.export_bundle))
            if count == 0:
                print("Không có thay đổi nào chờ gửi; không tạo tệp.")
            else:
                print(f"Đã ghi {count} thay đổi (đã mã hóa cho máy chủ) vào {args.export_bundle}.")
            return EXIT_OK
        if args.import_answer:
            summary = sync_bundle.import_answer(store, Path(args.import_answer))
            print(f"Đã nhập tệp trả lời: {summary}.")
            return EXIT_OK
        status = service.status(store)
        if not status.enrolled:
            text = _fail(NotEnrolled()).params["text"]
            hint = " Trên dòng lệnh: bvte sync --enrol ĐỊA_CHỈ_MÁY_CHỦ --username TÀI_KHOẢN."
            raise CliError("sync.failed", EXIT_SYNC, text=f"{text}{hint}")
        password = _server_password(secrets, register_password)
        report = service.sync_now(
            store, password=password, progress=_progress, pull_limit=args.page_size
        )
        refused = _refused(store, report.pushed.rejected)
    except SyncError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    pushed = report.pushed
    print(
        f"Đồng bộ xong: gửi {pushed.applied + pushed.merged + pushed.duplicates} thay đổi, "
        f"nhận {report.pulled} bản ghi, {pushed.conflicts} xung đột, {pushed.rejected} bị từ chối."
    )
    for line in refused:
        print(line)
    if report.held:
        from desktop.services.sync_messages import HELD_ROWS

        print(HELD_ROWS.format(count=report.held))
    verify = report.verify
    if verify.compared and verify.mismatched_tables:
        print(
            f"Đối chiếu phát hiện lệch ở: {', '.join(verify.mismatched_tables)}; "
            f"đã tải lại {verify.repaired_rows} bản ghi."
        )
    if verify.still_mismatched:
        print(f"Vẫn còn lệch ở: {', '.join(verify.still_mismatched)}. Hãy báo kỹ thuật.")
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if report.held else EXIT_OK


def add_sync_parser(sub, unlock: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    p = sub.add_parser(
        "sync",
        parents=[unlock],
        help="đồng bộ với máy chủ thành phố (chạy được trong tác vụ định kỳ)",
    )
    p.add_argument("--enrol", metavar="URL", help="đăng ký máy này với máy chủ tại URL")
    p.add_argument("--username", help="tài khoản máy chủ (khi đăng ký máy)")
    p.add_argument("--server-key", metavar="FILE", help="tệp khóa công khai của máy chủ")
    p.add_argument(
        "--export-bundle", metavar="FILE", help="ghi thay đổi chờ gửi vào tệp mã hóa (không mạng)"
    )
    p.add_argument("--import-answer", metavar="FILE", help="nhập tệp trả lời của máy chủ")
    p.add_argument(
        "--page-size",
        type=int,
        default=2000,
        help="số bản ghi mỗi lần nhận (nhỏ hơn khi mạng yếu; mặc định 2000)",
    )
    p.set_defaults(run=cmd_sync)
