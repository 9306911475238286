"""`bvte doctor`: check the register file, its search index, its sync log and its values."""

import argparse
import sys

from desktop.cli.common import EXIT_LOCKED, EXIT_OK, EXIT_PROBLEMS, open_store
from desktop.cli.text import message
from desktop.services.sync.messages import TABLE_NAMES

DOCTOR_LINES = 4


def cmd_doctor(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from desktop.storage.capture import capture_problems
    from desktop.storage.doctor import examine, unreadable_rows
    from desktop.storage.errors import StoreLocked, classify

    store = open_store(args)
    try:
        report = examine(store.engine)
        for check, run in (("sync", capture_problems), ("values", unreadable_rows)):
            try:
                found = run(store.engine)
            except DBAPIError as exc:
                if not isinstance(classify(exc.orig), StoreLocked):
                    raise
                report.busy.append(check)
                continue
            if check == "sync":
                report.problems += found
            else:
                report.unreadable = found
    finally:
        store.close()
    print(f"Lược đồ: {report.revision} (mới nhất: {report.head})")
    for table, count in report.counts.items():
        # The officer reads the Vietnamese name; the table's own name is for the technician.
        print(f"  {TABLE_NAMES.get(table, table)} ({table}): {count}")
    if report.ok:
        print("Kiểm tra: mã hóa, toàn vẹn, khóa ngoại, chỉ mục tìm kiếm đều tốt.")
        return EXIT_OK
    if report.problems or report.unreadable:
        print("Phát hiện vấn đề:")
        for problem in report.problems + report.unreadable:
            _print_problem(problem)
        # Unreadable values in a sound file: a backup would not help, the rows need correcting.
        print(message("doctor.problems" if report.problems else "doctor.unreadable"))
    if report.busy:
        # A register another program is writing is busy, not damaged: no restore is advised.
        print(message("doctor.busy", checks=", ".join(report.busy)), file=sys.stderr)
    return EXIT_PROBLEMS if report.problems or report.unreadable else EXIT_LOCKED


def _print_problem(problem: str) -> None:
    lines = problem.splitlines()
    more = f" (và {len(lines) - DOCTOR_LINES} dòng nữa)" if len(lines) > DOCTOR_LINES else ""
    print("  - " + "\n    ".join(lines[:DOCTOR_LINES]) + more)


def add_doctor_parser(sub, unlock: argparse.ArgumentParser) -> None:
    p = sub.add_parser("doctor", parents=[unlock], help="kiểm tra tình trạng tệp dữ liệu")
    p.set_defaults(run=cmd_doctor)
