"""What every `bvte` command shares: exit codes, its error, passwords, the folder, the register."""

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.cli.text import PASSWORD_REASONS, message, safe_text
from desktop.paths import data_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_MISSING, EXIT_AUTH, EXIT_CORRUPT, EXIT_LOCKED, EXIT_REFUSED = 3, 4, 5, 6, 7
EXIT_SYNC = 8  # bvte sync's own failure
EXIT_TOO_NEW, EXIT_READ_ONLY = 9, 10
EXIT_UNEXPECTED = 70
BUSY_TIMEOUT_ENV = "BVTE_BUSY_TIMEOUT_MS"


class CliError(Exception):
    def __init__(self, code: str, exit_code: int, **params: object) -> None:
        super().__init__(code)
        self.code, self.exit_code, self.params = code, exit_code, params


class Secrets:
    """Passwords come from the terminal prompt or, for scripts, one per line on stdin."""

    def __init__(self, from_stdin: bool) -> None:
        self._lines: Iterator[str] | None = iter(sys.stdin) if from_stdin else None

    def ask(self, prompt: str) -> str:
        if self._lines is not None:
            line = next(self._lines, None)
            if line is None:
                raise CliError("cli.no_password", EXIT_USAGE)
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise CliError("cli.no_password", EXIT_USAGE)
        return getpass.getpass(prompt)

    def ask_new(
        self, prompt: str = "Mật khẩu mới: ", again: str = "Nhập lại mật khẩu mới: "
    ) -> str:
        from desktop.domain.errors import DomainError
        from desktop.services.register_access import require_strong_password

        first = self.ask(prompt)
        if self._lines is None and first != self.ask(again):
            raise CliError("cli.password_mismatch", EXIT_REFUSED)
        # Refused here, before any slow key work, with each broken rule named.
        try:
            require_strong_password(first)
        except DomainError as exc:
            reasons = exc.params.get("reasons")
            codes = [str(code) for code in reasons] if isinstance(reasons, list) else []
            text = "; ".join(PASSWORD_REASONS.get(code, code) for code in codes)
            raise CliError("cli.weak_password", EXIT_REFUSED, reasons=text) from None
        return first


def folder(args: argparse.Namespace) -> Path:
    return data_dir(args.data_dir)


def officer_id(where: Path, wanted: str | None) -> str:
    """The keyring slot of the officer named by --officer (by id or name), or the only one."""
    from desktop.domain.text import fold
    from desktop.services.register_access import load_keyring

    keyring = load_keyring(where)
    for notice in keyring.notices:
        print(message(notice), file=sys.stderr)
    slots = keyring.officers()
    known = ", ".join(safe_text(slot.display_name) for slot in slots)
    if wanted is None:
        if len(slots) == 1:
            return slots[0].officer_id
        raise CliError("cli.officer_ambiguous", EXIT_USAGE, known=known)
    for slot in slots:
        if wanted == slot.officer_id or fold(wanted) == fold(slot.display_name):
            return slot.officer_id
    raise CliError("keyring.unknown_officer", EXIT_USAGE, who=safe_text(wanted), known=known)


def store_options():
    from desktop.services.register_access import StoreOptions

    # A scheduled task may prefer to give up quickly rather than wait for the app to finish.
    wait = os.environ.get(BUSY_TIMEOUT_ENV, "")
    if not wait:
        return StoreOptions()
    if not wait.isdigit():
        raise CliError("cli.bad_number", EXIT_USAGE, value=wait, option=BUSY_TIMEOUT_ENV)
    return StoreOptions(busy_timeout_ms=int(wait))


def open_store(
    args: argparse.Namespace,
    secrets: Secrets | None = None,
    *,
    prompt: str = "Mật khẩu: ",
    busy_wait: bool = True,
):
    """The register unlocked by the officer of --officer with the password asked for now.

    `busy_wait` False keeps the store's own wait for a busy file, whatever BVTE_BUSY_TIMEOUT_MS
    says (bvte sync's choice)."""
    from desktop.services.register_access import open_register

    where = folder(args)
    who = officer_id(where, getattr(args, "officer", None))
    secrets = secrets or Secrets(args.password_stdin)
    password = secrets.ask(prompt)
    opts = store_options() if busy_wait else None
    return open_register(where, who, password=password, opts=opts)


def positive(option: str):
    """An argparse type: a whole number above zero, refused in Vietnamese otherwise."""

    def parse(value: str) -> int:
        if not value.isdigit() or int(value) <= 0:
            raise argparse.ArgumentTypeError(message("cli.bad_number", value=value, option=option))
        return int(value)

    return parse
