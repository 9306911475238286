"""Automatic sync when the server answers again, and the end-of-day reminder, once a day."""

from datetime import datetime

from desktop.ui.sync.auto import AutoSync


def test_a_server_that_comes_back_triggers_one_sync_and_a_failure_rearms_it(qtbot) -> None:
    answers = iter([False, True, True, True])
    auto = AutoSync(lambda reply: reply(next(answers)), lambda: "16:30")
    fired: list[int] = []
    auto.reachable_again.connect(lambda: fired.append(1))
    auto.probe_now()  # unreachable
    auto.probe_now()  # back: sync
    auto.probe_now()  # still there: nothing new
    assert fired == [1]
    auto.mark_failed()  # that sync failed; the next answer starts another
    auto.probe_now()
    assert fired == [1, 1]


def test_the_reminder_comes_once_a_day_after_its_time(qtbot) -> None:
    clock = [datetime(2026, 11, 23, 16, 0)]
    auto = AutoSync(lambda reply: None, lambda: "16:30", now=lambda: clock[0])
    due: list[int] = []
    auto.reminder_due.connect(lambda: due.append(1))
    auto.check_reminder()
    assert due == []
    clock[0] = datetime(2026, 11, 23, 16, 31)
    auto.check_reminder()
    auto.check_reminder()
    assert due == [1]
    clock[0] = datetime(2026, 11, 24, 16, 45)
    auto.check_reminder()
    assert due == [1, 1]
