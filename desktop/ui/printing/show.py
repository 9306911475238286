"""Open a document's preview from any page: render in the background, then show the dialog."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.enums import AuditAction
from desktop.domain.errors import DomainError
from desktop.services import documents
from desktop.ui.context import AppContext
from desktop.ui.printing.preview import DocumentPreviewDialog
from desktop.ui.task_runner import Task

# Dialogs opened without a parent stay alive until closed.
_OPEN: set[DocumentPreviewDialog] = set()


def error_text(exc: Exception) -> str:
    """What went wrong, in the officer's words, and what to do about it."""
    code = getattr(exc, "code", "") if isinstance(exc, DomainError) else ""
    if code == "documents.no_record":
        return QCoreApplication.translate(
            "DocumentPreview",
            "This case has no data for that form yet (for example no plan or no decision). "
            "Enter it first, then print again.",
        )
    if code == "documents.not_found":
        return QCoreApplication.translate(
            "DocumentPreview",
            "The record was not found; it may have been deleted. Refresh the page.",
        )
    if code == "forms.invalid":
        return (
            QCoreApplication.translate(
                "DocumentPreview",
                "The form template file %1 has an error at '%2'. Ask the technical staff to fix "
                "or restore the files in resources/forms.",
            )
            .replace("%1", str(exc.params.get("file", "")))
            .replace(
                "%2",
                str(exc.params.get("key", "")),
            )
        )
    return QCoreApplication.translate(
        "DocumentPreview",
        "The document could not be prepared. Saved data is not affected; try again.",
    )


def show_document_preview(
    context: AppContext,
    kind: str,
    target_id: str | None,
    parent: QWidget | None = None,
    *,
    filters: documents.RegisterFilter | None = None,
) -> Task:
    """Preview form `kind` ("mau04", "ho_so_tre", "so_theo_doi"...) of a case, child or visit.

    The PDF is rendered on the runner (the print is audited there); the dialog opens when
    it is ready. `target_id` is a case id for case forms, a child id for "ho_so_tre", a
    visit, case or child id for "tham_gia_dinh", and None for the register extract.
    """
    store = context.store

    def work() -> documents.RenderedDocument:
        # Opening the preview shows the data: logged as a view; printing or saving follows.
        if kind in documents.LIST_FORMS:
            return documents.register_extract(store, filters, action=AuditAction.VIEW)
        return documents.render_document(store, kind, target_id or "", action=AuditAction.VIEW)

    def output(rendered: documents.RenderedDocument, how: str) -> None:
        action = AuditAction.PRINT if how == "print" else AuditAction.EXPORT
        context.write(
            lambda: documents.record_output(store, rendered, action), changes={"audit_event"}
        )

    def done(rendered: documents.RenderedDocument) -> None:
        dialog = DocumentPreviewDialog(rendered, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.output_done.connect(lambda how: output(rendered, how))
        _OPEN.add(dialog)
        dialog.finished.connect(lambda _result: _OPEN.discard(dialog))
        dialog.setModal(True)
        dialog.show()

    def failed(exc: Exception) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DocumentPreview", "Cannot print"), error_text(exc)
        )

    return context.read(work, done, failed, context=parent)
