"""`bvte passwd --for-officer NAME`: a temporary password for a colleague left without one."""

import argparse

from desktop.cli.common import EXIT_OK, EXIT_USAGE, CliError, Secrets, open_store
from desktop.cli.text import safe_text


def cmd_give_password(args: argparse.Namespace) -> int:
    from desktop.domain.text import fold
    from desktop.services.officer_access import give_password, without_password
    from desktop.services.settings import list_officers

    secrets = Secrets(args.password_stdin)
    store = open_store(args, secrets, prompt="Mật khẩu của bạn: ")
    try:
        wanted = fold(args.for_officer)
        everyone = list_officers(store)
        match = [o for o in everyone if wanted in (o.id, fold(o.username), fold(o.full_name))]
        if not match:
            known = ", ".join(safe_text(o.full_name) for o in without_password(store)) or "-"
            who = safe_text(args.for_officer)
            raise CliError("cli.no_such_colleague", EXIT_USAGE, who=who, known=known)
        colleague = match[0]
        name = safe_text(colleague.full_name)
        temporary = secrets.ask_new(
            f"Mật khẩu tạm cho {name}: ", f"Nhập lại mật khẩu tạm cho {name}: "
        )
        give_password(store, colleague.id, temporary)
    finally:
        store.close()
    print(
        f"Đã cấp mật khẩu tạm cho {name}. Hãy báo trực tiếp cho người này; ở lần mở sổ đầu tiên "
        "người này phải đặt mật khẩu của riêng mình (trong ứng dụng, hoặc bằng 'bvte passwd')."
    )
    return EXIT_OK
