"""Open a case from any page: switch the main window to Cases and show that case."""

from PySide6.QtWidgets import QWidget


def open_case_from(widget: QWidget, case_id: str) -> bool:
    """True when the window could show the case (it has the shell's page registry)."""
    window = widget.window()
    page_of = getattr(window, "page", None)
    show_page = getattr(window, "show_page", None)
    if page_of is None or show_page is None:
        return False
    page = page_of("cases")
    show_page("cases")
    page.open_case(case_id)
    return True
