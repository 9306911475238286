"""The Qt interface: the only package that imports QtWidgets; one folder per screen."""

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBE_CALLS = 16


class _Probe(QObject):
    ping = Signal()


def leaked_singletons() -> list[str]:
    """Which of None and True this PySide6 returns without a reference of its own."""
    probe = _Probe()
    leaks = []
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    if before - sys.getrefcount(None) >= _PROBE_CALLS:
        leaks.append("None")
    before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.ping.emit()
    if before - sys.getrefcount(True) >= _PROBE_CALLS:
        leaks.append("True")
    return leaks


def _keep_singletons_alive() -> None:
    # PySide6 6.12.0 returns None from void methods and True from Signal.emit() without adding
    # a reference, so every such call takes one of theirs. Python 3.12+ makes them immortal;
    # on 3.11 the process aborts ("none_dealloc", "bool_dealloc") after a few thousand calls.
    # Spare references make that unreachable, as immortality does.
    if sys.version_info >= (3, 12) or not leaked_singletons():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's object layout.
        ctypes.c_ssize_t.from_address(id(singleton)).value += sys.maxsize >> 2


_keep_singletons_alive()
