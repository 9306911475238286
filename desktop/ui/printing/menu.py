"""A Print menu for a case or a child: one entry per document, each opening its preview."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop.printing.templates import load_template
from desktop.services import documents
from desktop.ui.context import AppContext
from desktop.ui.printing.show import show_document_preview


def _add(menu: QMenu, context: AppContext, form: str, target_id: str, parent: QWidget) -> None:
    # Form names come from the templates: official Vietnamese titles the city may reword.
    action = menu.addAction(load_template(form).name)
    action.setObjectName(f"print_{form}")
    action.triggered.connect(lambda: show_document_preview(context, form, target_id, parent))


def case_print_menu(context: AppContext, case_id: str, parent: QWidget) -> QMenu:
    """Mẫu 01-07, the minutes and the latest home visit of this case."""
    menu = QMenu(parent)
    menu.setTitle(QCoreApplication.translate("DocumentPrintMenu", "Print"))
    for form in documents.CASE_FORMS:
        _add(menu, context, form, case_id, parent)
    return menu


def child_print_menu(context: AppContext, child_id: str, parent: QWidget) -> QMenu:
    """The child's profile sheet and the record of the child's latest home visit."""
    menu = QMenu(parent)
    menu.setTitle(QCoreApplication.translate("DocumentPrintMenu", "Print"))
    for form in (*documents.CHILD_FORMS, "tham_gia_dinh"):
        _add(menu, context, form, child_id, parent)
    return menu
