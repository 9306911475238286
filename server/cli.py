"""The `bvte-server` command: says plainly that the city server is not in this version yet."""

import argparse
import sys

from desktop import __version__

NOT_AVAILABLE = (
    "Máy chủ thành phố chưa có trong phiên bản này.\n"
    "Ứng dụng trên máy tính (lệnh `bvte`) chạy đầy đủ khi không có mạng: "
    "hãy tiếp tục nhập và in hồ sơ ở đó.\n"
    "Chức năng đồng bộ sẽ có khi máy chủ thành phố được phát hành.\n"
    "\n"
    "The city server is not available in this version yet.\n"
    "The desktop app (the `bvte` command) works fully offline: "
    "keep recording and printing there.\n"
    "Sync arrives with the city server.\n"
)

EXIT_NOT_AVAILABLE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bvte-server",
        description=(
            "Máy chủ thành phố BVTE (chưa có trong phiên bản này). "
            "BVTE city server (not available in this version yet)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bvte-server {__version__}")
    parser.add_argument("command", nargs="*", help="serve, migrate, ... (not available yet)")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        # Unknown options are accepted so every invocation gets the same clear answer.
        build_parser().parse_known_args(argv)
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    sys.stderr.write(NOT_AVAILABLE)
    return EXIT_NOT_AVAILABLE


if __name__ == "__main__":
    sys.exit(main())
