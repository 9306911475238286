"""Texts of a screen built in code, set once and again whenever the language changes."""

from collections.abc import Callable


class Retexts:
    """Each setter runs when added and on every `apply()` (from the screen's LanguageChange)."""

    def __init__(self) -> None:
        self._setters: list[Callable[[], object]] = []

    def add(self, setter: Callable[[], object]) -> None:
        setter()
        self._setters.append(setter)

    def apply(self) -> None:
        for setter in self._setters:
            setter()
