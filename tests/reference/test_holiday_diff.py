"""The holiday check lists what differs from the holidays package, and 24/11 is a day off."""

import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop.paths import reference_dir
from desktop.reference.calendar import FILE_NAME, load_holidays, load_work_calendar

TOOL = Path(__file__).resolve().parents[2] / "tools" / "holiday_diff.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_vietnam_culture_day_is_a_day_off_from_2026():
    days = {entry.day: entry for entry in load_holidays()}
    assert days[date(2026, 11, 24)].status == "announced"
    assert "Văn hóa Việt Nam" in days[date(2026, 11, 24)].name
    # 24/11/2029 is a Saturday and 24/11/2030 a Sunday: the next Monday is off instead.
    assert date(2029, 11, 26) in days and date(2030, 11, 25) in days


def test_deadlines_across_24_november_2026_skip_it():
    calendar = load_work_calendar()
    friday = date(2026, 11, 20)
    assert calendar.add_working_days(friday, 2) == date(2026, 11, 25)
    assert calendar.add_working_days(friday, 5) == date(2026, 11, 30)


def test_the_check_lists_a_day_the_file_lacks(tmp_path):
    source = (reference_dir() / FILE_NAME).read_text(encoding="utf-8").splitlines()
    kept = [line for line in source if not line.startswith("2026-11-24")]
    assert len(kept) == len(source) - 1
    (tmp_path / FILE_NAME).write_text("\n".join(kept) + "\n", encoding="utf-8")
    lacking = _run("--folder", str(tmp_path), "--first", "2026", "--last", "2026")
    assert lacking.returncode == 1
    assert "24/11/2026 T3  chỉ trong gói holidays: Vietnam Cultural Day" in lacking.stdout

    full = _run("--first", "2026", "--last", "2026")
    assert "24/11/2026" not in full.stdout
    # The swapped day 02/01/2026 comes from a government notice the package does not know.
    assert "02/01/2026 T6  chỉ trong tệp [announced]" in full.stdout
