"""Bringing a window to the front, where the platform allows it."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_to_front(widget: QWidget) -> None:
    # Test and headless platforms cannot raise windows and say so in a warning.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        widget.raise_()
        widget.activateWindow()
