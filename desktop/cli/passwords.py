"""`bvte passwd` and `bvte recover`: an officer's new password, or one set with the recovery key."""

import argparse

from desktop.cli.common import EXIT_OK, Secrets, folder, officer_id


def _officer_and_secrets(args: argparse.Namespace):
    from desktop.services.register_access import check_writable

    where = folder(args)
    who = officer_id(where, args.officer)
    # Before a password is asked for: a folder that cannot take the new slot says so at once.
    check_writable(where)
    return where, who, Secrets(args.password_stdin)


def cmd_passwd(args: argparse.Namespace) -> int:
    if args.for_officer is not None:
        from desktop.cli.officers import cmd_give_password

        return cmd_give_password(args)
    from desktop.services.register_access import change_password

    where, who, secrets = _officer_and_secrets(args)
    old = secrets.ask("Mật khẩu hiện tại: ")
    change_password(where, who, old, secrets.ask_new())
    print("Đã đổi mật khẩu. Dữ liệu không cần mã hóa lại.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from desktop.services.register_access import reset_password

    where, who, secrets = _officer_and_secrets(args)
    recovery_key = secrets.ask("Khóa khôi phục: ")
    reset_password(where, who, recovery_key, secrets.ask_new())
    print("Đã đặt mật khẩu mới bằng khóa khôi phục.")
    return EXIT_OK


def add_password_parsers(sub, unlock: argparse.ArgumentParser) -> None:
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
