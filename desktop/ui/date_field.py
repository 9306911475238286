"""The date field every form uses: dd/mm/yyyy, with a calendar, optionally empty."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd/MM/yyyy"


class DateField(QDateEdit):
    """A date shown dd/mm/yyyy, with a calendar; the lowest value means "no date"."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            # Shown instead of 01/01/1900; the officer clears a date with Delete or by typing it.
            self.setSpecialValueText(" ")
        self.setDate(NO_DATE if optional else QDate.currentDate())

    def value(self) -> date | None:
        if self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, day: date | None) -> None:
        self.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))
