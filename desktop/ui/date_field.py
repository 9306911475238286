"""The date field every form uses: typed dd/mm/yyyy, a calendar beside it, optionally empty."""

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

FIRST_YEAR, LAST_YEAR = 1900, 2100
# A two-digit year up to this many years ahead is read as 20yy (plans, reviews); older as 19yy.
_YEARS_AHEAD = 20
_SEPARATED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$")


def date_text(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def full_year(year: int, today: date) -> int:
    """A two-digit year as the nearest sensible century: at most 20 years ahead of today."""
    year += 2000
    return year - 100 if year > today.year + _YEARS_AHEAD else year


def parse(text: str, today: date | None = None) -> tuple[date | None, str]:
    """(the date, "") or (None, problem code): "" empty, "format", "impossible", "year"."""
    text = text.strip()
    if not text:
        return None, ""
    match = _SEPARATED.match(text)
    if match:
        day, month, year = match.groups()
    elif text.isdigit() and len(text) in (6, 8):
        day, month, year = text[:2], text[2:4], text[4:]
    else:
        return None, "format"
    number = int(year)
    if len(year) == 2:
        number = full_year(number, today or date.today())
    if not FIRST_YEAR <= number <= LAST_YEAR:
        return None, "year"
    try:
        return date(number, int(month), int(day)), ""
    except ValueError:
        return None, "impossible"


class _CalendarPopup(QWidget):
    """The month grid under the field; Enter or a click picks a day, Escape closes it."""

    picked = Signal(object)  # date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(day.toPython())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed as dd/mm/yyyy (or 15032014, 15-3-2014, 15.3.14), with a calendar button.

    value() is the date or None; a text that is no date gives None and problem() says why,
    shown under the field once the officer leaves it or a form calls check() before saving.
    """

    changed = Signal()  # the text changed, typed or set

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.line.setMaxLength(20)
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self.check)
        self.line.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendarButton")
        self.button.setText("▾")
        # Reached from the text with Alt+Down or F4, so Tab does not stop on it.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel(self)
        self.message.setObjectName("dateProblem")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.popup = _CalendarPopup(self)
        self.popup.picked.connect(self._picked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.line)
        self._retranslate()

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> date | None:
        return parse(self.line.text())[0]

    def set_value(self, day: date | None) -> None:
        self.line.setText("" if day is None else date_text(day))
        self._show_problem("")

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        """Put back what was typed (a draft), readable or not."""
        self.line.setText(text)

    def to_json(self) -> str | None:
        """For a draft: the ISO date, None when empty, or the typed text when it is no date."""
        day = self.value()
        if day is not None:
            return day.isoformat()
        return self.line.text() or None

    def from_json(self, value: str | None) -> None:
        try:
            self.set_value(date.fromisoformat(value) if value else None)
        except ValueError:
            self.set_text(value or "")

    def problem(self) -> str:
        """Why the text is not an acceptable date, in the officer's language; "" when it is."""
        text = self.line.text().strip()
        day, code = parse(text)
        if code == "format":
            hint = self.tr("“%1” is not a date. Type it as day/month/year, e.g. 15/03/2014.")
            return hint.replace("%1", text)
        if code == "impossible":
            return self.tr("There is no such day: %1. Check the day and the month.").replace(
                "%1", text
            )
        if code == "year":
            return self.tr("Check the year of %1: it must be between 1900 and 2100.").replace(
                "%1", text
            )
        if day is None and not self.optional:
            return self.tr("Enter a date (day/month/year).")
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    def check(self) -> bool:
        """Show the date as dd/mm/yyyy, or the problem under the field; True when it is good."""
        problem = self.problem()
        day = self.value()
        if not problem and day is not None and self.line.text() != date_text(day):
            self.line.setText(date_text(day))
        self._show_problem(problem)
        return not problem

    # --- calendar --------------------------------------------------------------------------------

    def open_calendar(self) -> None:
        day = self.value() or date.today()
        calendar = self.popup.calendar
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.setCurrentPage(day.year, day.month)
        self.popup.adjustSize()
        self.popup.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.popup.show()
        calendar.setFocus()

    def _picked(self, day: date) -> None:
        self.set_value(day)
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            ):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # --- showing ---------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self.message.isVisible() or self.message.text():
            # Once a problem is shown, it goes away as soon as the text is a good date.
            problem = self.problem()
            if not problem:
                self._show_problem("")
        self.changed.emit()

    def _show_problem(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.line.setStyleSheet("border: 1px solid #b00020;" if problem else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        if self.message.text():
            self._show_problem(self.problem())


def first_problem(fields: list[DateField]) -> DateField | None:
    """Check every date field of a form; the first that holds no acceptable date, focused."""
    bad = [f for f in fields if not f.check()]
    if bad:
        bad[0].line.setFocus()
        return bad[0]
    return None
