"""`bvte rekey`: a new data key for the register, after a leak or an officer's removal."""

import argparse
import sys

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Secrets,
    folder,
    officer_id,
    store_options,
)
from desktop.cli.text import safe_text

_STAGES = {
    "lock": "Đang giữ sổ cho riêng lệnh này",
    "encrypt": "Đang mã hóa lại toàn bộ sổ bằng khóa mới",
    "fold": "Đang ghi gọn tệp",
    "verify": "Đang kiểm tra từng trang bằng khóa mới",
    "swap": "Đang thay tệp khóa",
    "done": "Xong",
}


def cmd_rekey(args: argparse.Namespace) -> int:
    from desktop.services.register_access import open_register
    from desktop.services.rekey import apply_rekey, colleagues, prepare_rekey

    where = folder(args)
    who = officer_id(where, args.officer)
    secrets = Secrets(args.password_stdin)
    password = secrets.ask("Mật khẩu của bạn: ")
    store = open_register(where, who, password=password, opts=store_options())
    try:
        others = colleagues(store)
        removed = _removed(others, args.remove_officer)
        temporary = {}
        for slot in others:
            if slot.officer_id in removed:
                continue
            name = safe_text(slot.display_name)
            given = secrets.ask(f"Mật khẩu tạm cho {name} (để trống: cấp lại sau): ")
            if given:
                temporary[slot.officer_id] = given
        plan = prepare_rekey(store, password=password, temporary=temporary, remove=removed)
        print("KHÓA KHÔI PHỤC MỚI (chỉ hiện một lần; hãy in hoặc chép ra giấy và cất giữ an toàn):")
        print(f"    {plan.recovery_key}")
        print(
            "Khóa này có hiệu lực khi lệnh báo đã đổi khóa xong; "
            "khi đó khóa khôi phục cũ hết hiệu lực."
        )
        sys.stdout.flush()

        def progress(stage: str, done: int, total: int) -> None:
            print(f"[{done}/{total}] {_STAGES.get(stage, stage)}...", file=sys.stderr, flush=True)

        apply_rekey(store, plan, progress)
    finally:
        store.close()
    print("Đã đổi khóa dữ liệu. Mọi bản sao cũ của register.keys không còn mở được sổ.")
    for slot in plan.kept[1:]:
        print(
            f"  - {safe_text(slot.display_name)}: dùng mật khẩu tạm; ở lần mở sổ đầu tiên người "
            "này phải đặt mật khẩu riêng."
        )
    for slot in plan.left_out:
        print(
            f"  - {safe_text(slot.display_name)}: chưa mở được sổ; cán bộ khác cấp mật khẩu tạm "
            "trong Cài đặt → Cán bộ, hoặc bằng 'bvte passwd --for-officer'."
        )
    backups = sorted(where.glob("register.db.*.bak"))
    if backups:
        print(
            f"Lưu ý: {len(backups)} bản sao lưu cũ (register.db.*.bak) vẫn dùng khóa cũ; "
            "hãy xóa chúng hoặc cất ở nơi an toàn."
        )
    return EXIT_OK


def _removed(others, names: list[str]) -> set[str]:
    from desktop.domain.text import fold

    removed = set()
    for wanted in names:
        match = [s for s in others if fold(wanted) in (s.officer_id, fold(s.display_name))]
        if not match:
            known = ", ".join(safe_text(s.display_name) for s in others)
            who = safe_text(wanted)
            raise CliError("keyring.unknown_officer", EXIT_USAGE, who=who, known=known)
        removed.update(slot.officer_id for slot in match)
    return removed


def add_rekey_parser(sub, unlock: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "rekey",
        parents=[unlock],
        help="đổi khóa dữ liệu (khi lộ tệp khóa hoặc khi một cán bộ thôi việc)",
    )
    p.add_argument(
        "--remove-officer",
        action="append",
        default=[],
        metavar="TÊN",
        help="cán bộ không còn được mở sổ (dùng nhiều lần cho nhiều người)",
    )
    p.set_defaults(run=cmd_rekey)

