"""Automatic sync when the server answers again, and the end-of-day reminder."""

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

PROBE_MS = 60_000
REMINDER_CHECK_MS = 30_000


class AutoSync(QObject):
    """Probes the server with a cheap health request; when it comes back, asks for a sync.

    A failed sync is always rescheduled: the next probe that finds the server tries again.
    """

    reachable_again = Signal()
    reminder_due = Signal()

    def __init__(
        self,
        probe: Callable[[Callable[[bool], None]], None],
        reminder_at: Callable[[], str],
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._reminder_at = reminder_at
        self._now = now
        self._reachable: bool | None = None
        self._reminded_on: date | None = None
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_MS)
        self.probe_timer.timeout.connect(self.probe_now)
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(REMINDER_CHECK_MS)
        self.reminder_timer.timeout.connect(self.check_reminder)

    def start(self) -> None:
        self.probe_timer.start()
        self.reminder_timer.start()

    def stop(self) -> None:
        self.probe_timer.stop()
        self.reminder_timer.stop()

    def probe_now(self) -> None:
        self._probe(self._answered)

    def _answered(self, reachable: bool) -> None:
        came_back = reachable and self._reachable is not True
        self._reachable = reachable
        if came_back:
            self.reachable_again.emit()

    def mark_failed(self) -> None:
        """A sync failed: the next probe that reaches the server starts one again."""
        self._reachable = False

    def check_reminder(self) -> None:
        now = self._now()
        try:
            hours, minutes = (int(part) for part in self._reminder_at().split(":"))
        except ValueError:
            hours, minutes = 16, 30
        if self._reminded_on == now.date():
            return
        if (now.hour, now.minute) >= (hours, minutes):
            self._reminded_on = now.date()
            self.reminder_due.emit()
