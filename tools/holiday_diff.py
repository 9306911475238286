"""Lists every difference between holidays.csv and the `holidays` package's Vietnam calendar."""

import argparse
import sys
from datetime import date
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.reference.calendar import HOLIDAY, WORKDAY, load_holidays  # noqa: E402

FIRST_YEAR, LAST_YEAR = 2025, 2030
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _label(day: date) -> str:
    return f"{day:%d/%m/%Y} {WEEKDAYS[day.weekday()]}"


def differences(folder: Path | None, first: int, last: int) -> list[str]:
    """One line per day the two calendars treat differently, in date order."""
    ours = {entry.day: entry for entry in load_holidays(folder)
            if first <= entry.day.year <= last}
    theirs = holidays.country_holidays("VN", years=range(first, last + 1))
    lines = []
    for day in sorted(set(ours) | set(theirs)):
        entry = ours.get(day)
        name = theirs.get(day)
        # A weekend day off moves no deadline, but a person should still see it once.
        weekend = " (cuối tuần: không đổi hạn)" if day.weekday() >= 5 else ""
        if entry is not None and entry.kind == WORKDAY:
            if name is not None:
                lines.append(f"{_label(day)}  làm bù trong tệp, nghỉ theo gói: {name}")
            continue
        if entry is not None and entry.kind == HOLIDAY and name is None:
            lines.append(f"{_label(day)}  chỉ trong tệp [{entry.status}]: {entry.name}{weekend}")
        elif entry is None and name is not None:
            lines.append(f"{_label(day)}  chỉ trong gói holidays: {name}{weekend}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=None,
                        help="folder holding holidays.csv (default: resources/reference)")
    parser.add_argument("--first", type=int, default=FIRST_YEAR)
    parser.add_argument("--last", type=int, default=LAST_YEAR)
    args = parser.parse_args(argv)
    lines = differences(args.folder, args.first, args.last)
    print(f"holidays.csv so với gói holidays {holidays.__version__} (Việt Nam), "
          f"{args.first}–{args.last}: {len(lines)} khác biệt cần xem")
    for line in lines:
        print("  " + line)
    # Like diff: 1 when there is something to review, so a person or a script notices.
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
