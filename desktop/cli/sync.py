"""`bvte sync`: sync headless (for a scheduled task), enrol, and offline bundles."""

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.cli import bundle as cli_bundle
from desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_REFUSED,
    EXIT_SYNC,
    EXIT_USAGE,
    CliError,
    Secrets,
    open_store,
)

_STAGES = {
    "push": "Đang gửi thay đổi",
    "pull": "Đang nhận thay đổi",
    "snapshot": "Đang tải dữ liệu của xã",
    "verify": "Đang đối chiếu với máy chủ",
    "repair": "Đang sửa bản ghi lệch",
    "retry": "Mất kết nối, sẽ thử lại",
    "stalled": "Đồng bộ không tiến triển",
}


def _server_password(secrets: Secrets) -> str:
    """The server account's password: the next line of stdin, or asked at the prompt. Never
    the register's: the server account is another account, with a password of its own."""
    try:
        answer = secrets.ask("Mật khẩu tài khoản máy chủ thành phố (không phải mật khẩu mở sổ): ")
    except CliError as exc:
        raise CliError("sync.no_server_password", EXIT_USAGE) from exc
    if not answer:
        raise CliError("sync.no_server_password", EXIT_USAGE)
    return answer


class _Notices(logging.Handler):
    """The sync's log records that an officer should hear, in Vietnamese, once each; the
    developer's English text itself stays off the terminal (see desktop.cli.main)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._said: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        from desktop.services.sync.messages import notice

        params = {"table": record.table} if hasattr(record, "table") else {}
        text = notice(getattr(record, "code", ""), **params)
        if text and text not in self._said:
            self._said.add(text)
            print(text, file=sys.stderr, flush=True)


def _progress(item) -> None:
    label = _STAGES.get(item.stage, item.stage)
    total = f"/{item.total}" if item.total else ""
    print(f"{label}... {item.done}{total}", file=sys.stderr, flush=True)


def _refused(store, count: int) -> list[str]:
    """The reasons of the changes this sync had refused (the newest), one line each."""
    if not count:
        return []
    from desktop.services.sync import review as sync_review
    from desktop.services.sync.messages import table_names

    items = [i for i in sync_review.list_quarantine(store) if i.kind != "pulled"]
    return [f"  - {table_names([i.table])} {i.row_id}: {i.reason}" for i in items[-count:]]


def _fail(exc) -> CliError:
    from desktop.services.sync.messages import explain

    return CliError("sync.failed", EXIT_SYNC, text=explain(exc))


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.services import sync as service
    from desktop.services.sync import bundle as sync_bundle
    from desktop.sync.errors import NotEnrolled, SyncError

    secrets = Secrets(args.password_stdin)
    store = open_store(args, secrets, busy_wait=False)
    try:
        if args.server_key:
            sync_bundle.set_server_key(store, Path(args.server_key).read_text("utf-8"))
        if args.enrol:
            if not args.username:
                raise CliError("sync.needs_username", EXIT_REFUSED)
            device = service.enrol(store, args.enrol, args.username, _server_password(secrets))
            print(f"Đã đăng ký máy với máy chủ {args.enrol} (mã máy {device}).")
            return EXIT_OK
        if cli_bundle.wanted(args):
            if args.forward_bundle and not args.answer_out:
                raise CliError("sync.needs_answer_out", EXIT_REFUSED)
            return cli_bundle.run(
                args, store, secrets, lambda: _server_password(secrets)
            )
        status = service.status(store)
        if not status.enrolled:
            text = _fail(NotEnrolled()).params["text"]
            hint = " Trên dòng lệnh: bvte sync --enrol ĐỊA_CHỈ_MÁY_CHỦ --username TÀI_KHOẢN."
            raise CliError("sync.failed", EXIT_SYNC, text=f"{text}{hint}")
        if status.awaiting_answer:
            # Enrolled by file: the server cannot make this device yet, so no password is asked.
            raise SyncError("sync.awaiting_answer")
        password = _server_password(secrets)
        with _notices():
            report = service.sync_now(
                store, password=password, progress=_progress, pull_limit=args.page_size
            )
        refused = _refused(store, report.pushed.rejected)
    except SyncError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    for line in report_lines(report, refused):
        print(line)
    return EXIT_PROBLEMS if report.verify.still_mismatched or report.held else EXIT_OK


def report_lines(report, refused: list[str] = ()) -> list[str]:
    """What the officer reads after a sync: what moved, and what to do about what did not;
    `refused` holds a line for each change the server refused."""
    from desktop.services.sync.messages import table_names

    pushed, verify = report.pushed, report.verify
    lines = [
        f"Đồng bộ xong: gửi {pushed.applied + pushed.merged + pushed.duplicates} thay đổi, "
        f"nhận {report.pulled} bản ghi, {pushed.conflicts} xung đột, {pushed.rejected} bị từ chối."
    ]
    if pushed.conflicts:
        lines.append(
            f"{pushed.conflicts} xung đột: cùng một thông tin đã được sửa khác nhau trên hai máy. "
            "Hãy mở ứng dụng, trang Đồng bộ, thẻ Xung đột để chọn giá trị đúng."
        )
    if pushed.rejected:
        lines.append(
            f"{pushed.rejected} thay đổi bị máy chủ từ chối và vẫn được giữ trên máy. Hãy mở "
            "ứng dụng, trang Đồng bộ, thẻ Thay đổi bị từ chối để xem lý do, sửa và gửi lại."
        )
        lines.extend(refused)
    if report.held:
        from desktop.services.sync.messages import HELD_ROWS

        lines.append(HELD_ROWS.format(count=report.held))
    if verify.compared and verify.mismatched_tables:
        lines.append(
            f"Đối chiếu với máy chủ phát hiện lệch ở: {table_names(verify.mismatched_tables)}; "
            f"đã tải lại {verify.repaired_rows} bản ghi từ máy chủ."
        )
    if verify.still_mismatched:
        lines.append(
            f"Vẫn còn lệch với máy chủ ở: {table_names(verify.still_mismatched)}. Dữ liệu trên "
            "máy vẫn được giữ. Hãy đồng bộ lại; nếu vẫn báo như vậy, hãy báo bộ phận kỹ thuật "
            "và gửi kèm dòng này."
        )
    return lines


@contextlib.contextmanager
def _notices() -> Iterator[None]:
    handler = _Notices()
    logger = logging.getLogger("desktop")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def add_sync_parser(sub, unlock: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[unlock],
        help="đồng bộ với máy chủ thành phố (chạy được trong tác vụ định kỳ)",
    )
    p.add_argument("--enrol", metavar="URL", help="đăng ký máy này với máy chủ tại URL")
    p.add_argument("--username", help="tài khoản máy chủ (khi đăng ký máy)")
    p.add_argument("--server-key", metavar="FILE", help="tệp khóa công khai của máy chủ")
    cli_bundle.add_arguments(p)
    p.add_argument(
        "--page-size",
        type=int,
        default=2000,
        help="số bản ghi mỗi lần nhận (nhỏ hơn khi mạng yếu; mặc định 2000)",
    )
    p.set_defaults(run=cmd_sync)
