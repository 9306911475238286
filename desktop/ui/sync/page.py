"""The Sync page: enrol, sync now with progress, status, conflicts and refused changes."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import sync as service
from desktop.services.sync import review as sync_review
from desktop.sync.errors import SyncError
from desktop.ui.context import AppContext
from desktop.ui.retexts import Retexts
from desktop.ui.sync.auto import AutoSync
from desktop.ui.sync.bundles import BundleBox
from desktop.ui.sync.dialogs import EditValuesDialog, EnrolDialog, PasswordDialog
from desktop.ui.sync.messages import explain
from desktop.ui.sync.models import ConflictModel, QuarantineModel
from desktop.ui.sync.texts import when_text


def _table(parent: QWidget, model: Any) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._ctx = ctx
        self._status: service.SyncStatus | None = None
        self._loaded: tuple[Any, Any, Any] | None = None  # shown again in another language
        self._password: str | None = None  # kept only until the register is locked
        self._syncing = False
        ctx.signals.locked.connect(self._forget_password)

        self._texts = Retexts()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_sync_tab(), "")
        self._texts.add(lambda: self.tabs.setTabText(0, self.tr("Sync")))
        self.conflict_model = ConflictModel(self)
        self.quarantine_model = QuarantineModel(self)
        self.tabs.addTab(self._build_conflict_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._build_quarantine_tab(), self.tr("Refused changes"))
        # Tabs 1 and 2 carry counts: refresh() sets them, and runs again on a language change.
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.auto = AutoSync(self._probe, self._reminder_text, self)
        self.auto.reachable_again.connect(self._auto_sync)
        self.auto.reminder_due.connect(self._remind)
        # Probing needs the runner: a probe due after it shut down (the app closing) is skipped.
        ctx.runner.closing.connect(self.auto.stop)
        self.auto.start()
        self.refresh()

    # ---- layout ------------------------------------------------------------------------

    def _build_sync_tab(self) -> QWidget:
        tab = QWidget(self)
        server_box = QGroupBox(tab)
        self._texts.add(lambda: server_box.setTitle(self.tr("City server")))
        self.server_label = QLabel(tab)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrol_state = QLabel(tab)
        self.enrol_button = QPushButton(tab)
        self._texts.add(lambda: self.enrol_button.setText(self.tr("Enrol this PC...")))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_button.setMaximumWidth(280)
        form = QFormLayout(server_box)
        form.addRow(self._label(tab, lambda: self.tr("Address:")), self.server_label)
        form.addRow(self._label(tab, lambda: self.tr("This PC:")), self.enrol_state)
        form.addRow("", self.enrol_button)

        sync_box = QGroupBox(tab)
        self._texts.add(lambda: sync_box.setTitle(self.tr("Sync")))
        self.sync_button = QPushButton(tab)
        self._texts.add(lambda: self.sync_button.setText(self.tr("Sync now")))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        # F5 syncs from anywhere on the page, as it refreshes elsewhere.
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.sync_now)
        self.progress = QProgressBar(tab)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage = QLabel(tab)
        self.stage.setWordWrap(True)
        self.last_sync = QLabel(tab)
        self.pending = QLabel(tab)
        self.message = QLabel(tab)
        self.message.setWordWrap(True)
        self.reminder = QTimeEdit(tab)
        self.reminder.setDisplayFormat("HH:mm")
        self.reminder.timeChanged.connect(self._reminder_changed)
        self.reminder.setMaximumWidth(120)
        form = QFormLayout(sync_box)
        form.addRow(self.sync_button, self.progress)
        form.addRow("", self.stage)
        form.addRow(self._label(tab, lambda: self.tr("Last sync:")), self.last_sync)
        form.addRow(self._label(tab, lambda: self.tr("Changes waiting:")), self.pending)
        form.addRow(
            self._label(tab, lambda: self.tr("End-of-day reminder at:")), self.reminder
        )
        form.addRow("", self.message)

        self.bundles = BundleBox(
            self._ctx, lambda: self._password, lambda typed: setattr(self, "_password", typed), tab
        )
        self.bundles.changed.connect(self.refresh)
        layout = QVBoxLayout(tab)
        layout.addWidget(server_box)
        layout.addWidget(sync_box)
        layout.addWidget(self.bundles)
        layout.addStretch(1)
        return tab

    def _build_conflict_tab(self) -> QWidget:
        tab = QWidget(self)
        intro = self._label(
            tab,
            lambda: self.tr(
                "The same field was changed here and on another PC. Choose which value to keep, "
                "or write the right one; your choice reaches every PC of the commune."
            ),
        )
        intro.setWordWrap(True)
        self.conflict_view = _table(tab, self.conflict_model)
        self.keep_mine = QPushButton(tab)
        self.keep_theirs = QPushButton(tab)
        self.edit_value = QPushButton(tab)
        self._texts.add(lambda: self.keep_mine.setText(self.tr("Keep my value")))
        self._texts.add(lambda: self.keep_theirs.setText(self.tr("Keep the server value")))
        self._texts.add(lambda: self.edit_value.setText(self.tr("Write the right value...")))
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.edit_value.clicked.connect(lambda: self.resolve("edit"))
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.edit_value):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.conflict_view)
        layout.addLayout(buttons)
        return tab

    def _build_quarantine_tab(self) -> QWidget:
        tab = QWidget(self)
        intro = self._label(
            tab,
            lambda: self.tr(
                "The server refused these changes. They are kept here: fix and send them again, "
                "or discard them."
            ),
        )
        intro.setWordWrap(True)
        self.quarantine_view = _table(tab, self.quarantine_model)
        self.resend_button = QPushButton(tab)
        self.discard_button = QPushButton(tab)
        self._texts.add(lambda: self.resend_button.setText(self.tr("Fix and send again...")))
        self._texts.add(lambda: self.discard_button.setText(self.tr("Discard...")))
        self.resend_button.clicked.connect(self.resend)
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addWidget(self.quarantine_view)
        layout.addLayout(buttons)
        return tab

    def _label(self, parent: QWidget, text: Callable[[], str]) -> QLabel:
        label = QLabel(parent)
        self._texts.add(lambda: label.setText(text()))
        return label

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.apply()
            if self._loaded is not None:
                self._show(self._loaded)
        super().changeEvent(event)

    # ---- status ------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self._ctx.store

        def load() -> tuple[Any, Any, Any]:
            return (
                service.status(store),
                sync_review.list_conflicts(store),
                sync_review.list_quarantine(store),
            )

        self._ctx.read(load, self._show, self._failed, context=self)

    def _show(self, loaded: tuple[Any, Any, Any]) -> None:
        status, conflicts, quarantined = loaded
        self._loaded = loaded
        self._status = status
        self.server_label.setText(status.server_url or self.tr("not set"))
        self.enrol_state.setText(
            self.tr("enrolled by file; the first answer completes it")
            if status.awaiting_answer
            else self.tr("enrolled") if status.enrolled else self.tr("not enrolled yet")
        )
        online = status.enrolled and not status.awaiting_answer
        self.sync_button.setEnabled(online and not self._syncing)
        self.bundles.set_status(status)
        self.last_sync.setText(when_text(status.last_success_at))
        self.pending.setText(str(status.pending))
        self.reminder.blockSignals(True)
        self.reminder.setTime(QTime.fromString(status.reminder_at, "HH:mm"))
        self.reminder.blockSignals(False)
        self.conflict_model.set_items(conflicts)
        self.quarantine_model.set_items(quarantined)
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(conflicts))))
        self.tabs.setTabText(
            2, self.tr("Refused changes (%1)").replace("%1", str(len(quarantined)))
        )

    def _failed(self, exc: Exception) -> None:
        self._syncing = False
        self.sync_button.setEnabled(bool(self._status and self._status.enrolled))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, SyncError):
            text = explain(exc)
        elif isinstance(exc, sync_review.ReviewError):
            text = self.tr("This could not be done (%1).").replace("%1", exc.code)
        else:
            text = self.tr("Something went wrong (%1). Nothing was lost.").replace(
                "%1", type(exc).__name__
            )
        self.message.setText(text)
        self.stage.setText("")

    # ---- enrol and sync ----------------------------------------------------------------

    def enrol(self) -> None:
        status = self._status
        dialog = EnrolDialog(
            status.server_url if status else "", status.username if status else "", self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        url, user, password = (
            dialog.url.text().strip(),
            dialog.username.text().strip(),
            dialog.password.text(),
        )
        store = self._ctx.store
        self.message.setText(self.tr("Enrolling this PC..."))
        self._password = password
        self._ctx.write(
            lambda: service.enrol(store, url, user, password),
            lambda _device: self._enrolled(),
            self._failed,
            changes={"sync"},
            context=self,
        )

    def _enrolled(self) -> None:
        self.message.setText(self.tr("This PC is enrolled. You can sync now."))
        self.refresh()

    def _stage_text(self, stage: str) -> str:
        return {
            "push": self.tr("Sending changes"),
            "pull": self.tr("Receiving changes"),
            "snapshot": self.tr("Downloading the commune's register"),
            "verify": self.tr("Checking against the server"),
            "repair": self.tr("Repairing records that differ"),
            "retry": self.tr("Connection lost; trying again"),
            "stalled": self.tr("No progress for a while; still trying"),
        }.get(stage, stage)

    def _on_progress(self, item: Any) -> None:
        self.stage.setText(self._stage_text(item.stage))
        if item.total:
            self.progress.setRange(0, max(1, item.total))
            self.progress.setValue(min(item.done, item.total))
        else:
            self.progress.setRange(0, 0)  # busy: the amount is not known yet

    def sync_now(self) -> None:
        if self._syncing or not (self._status and self._status.enrolled):
            return
        self._syncing = True
        self.sync_button.setEnabled(False)
        self.message.setText("")
        self.progress.setRange(0, 0)
        store, password = self._ctx.store, self._password
        self._ctx.write(
            lambda report: service.sync_now(store, password=password, progress=report),
            self._synced,
            self._sync_failed,
            changes={"sync"},
            context=self,
            on_progress=self._on_progress,
        )

    def _synced(self, report: Any) -> None:
        self._syncing = False
        # The first sync may have made this officer the commune's account of the same username.
        self._ctx.officer = self._ctx.store.officer
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        pushed = report.pushed
        text = self.tr("Sync finished: %1 changes sent, %2 records received.")
        text = text.replace("%1", str(pushed.applied + pushed.merged + pushed.duplicates))
        text = text.replace("%2", str(report.pulled))
        if pushed.conflicts:
            text += " " + self.tr("%1 conflicts need your choice.").replace(
                "%1", str(pushed.conflicts)
            )
        if pushed.rejected:
            text += " " + self.tr("%1 changes were refused.").replace("%1", str(pushed.rejected))
        if report.verify.mismatched_tables:
            text += " " + self.tr("Some records differed from the server and were repaired.")
        self.stage.setText(self.tr("Done"))
        self.message.setText(text)
        self.refresh()

    def _sync_failed(self, exc: Exception) -> None:
        self.auto.mark_failed()
        if isinstance(exc, SyncError) and exc.code == "sync.login_needed":
            self._syncing = False
            dialog = PasswordDialog(self._status.username if self._status else "", self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.password.text():
                self._password = dialog.password.text()
                self.sync_now()
                return
        self._failed(exc)
        self.refresh()

    def _forget_password(self) -> None:
        self._password = None
        self.auto.stop()

    # ---- automatic sync and reminder ---------------------------------------------------

    def _probe(self, answer: Any) -> None:
        url = self._status.server_url if self._status else ""
        if not url or not self._status or not self._status.enrolled:
            return
        self._ctx.read(lambda: service.probe(url), answer, lambda _exc: None, context=self)

    def _auto_sync(self) -> None:
        if self._password is not None:
            self.sync_now()

    def _reminder_text(self) -> str:
        return self._status.reminder_at if self._status else "16:30"

    def _reminder_changed(self, value: QTime) -> None:
        store, text = self._ctx.store, value.toString("HH:mm")
        self._ctx.write(
            lambda: service.set_reminder(store, text),
            lambda _r: self.refresh(),
            self._failed,
            changes={"local_setting"},
            context=self,
        )

    def _remind(self) -> None:
        if not self._status or self._status.pending == 0:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("End of the day"))
        box.setText(
            self.tr("%1 changes on this PC are not synced yet. Sync now?").replace(
                "%1", str(self._status.pending)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                self.sync_now()
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()

    # ---- conflicts and quarantine ------------------------------------------------------

    def _selected(self, view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def resolve(self, choice: str, edited: dict[str, Any] | None = None) -> None:
        item = self.conflict_model.item_at(self._selected(self.conflict_view))
        if item is None:
            self.message.setText(self.tr("Choose a conflict first."))
            return
        if choice == "edit" and edited is None:
            start = {f.field: f.mine for f in item.fields}
            dialog = EditValuesDialog(self.tr("Write the right value"), start, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            edited = sync_review.coerce(item.table, dialog.values())
        store = self._ctx.store
        self._ctx.write(
            lambda: sync_review.resolve_conflict(store, item.id, choice, edited),
            lambda _r: self._after_review(
                self.tr("Your choice is saved and goes out with the next sync.")
            ),
            self._failed,
            changes={"sync"},
            context=self,
        )

    def _after_review(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def resend(self, fixed: dict[str, Any] | None = None) -> None:
        item = self.quarantine_model.item_at(self._selected(self.quarantine_view))
        if item is None:
            return
        if fixed is None and item.fields:
            dialog = EditValuesDialog(self.tr("Fix the change"), dict(item.fields), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            typed = dialog.values()
            changed = {
                k: v
                for k, v in typed.items()
                if v != ("" if item.fields[k] is None else str(item.fields[k]))
            }
            fixed = sync_review.coerce(item.table, changed)
        store = self._ctx.store
        self._ctx.write(
            lambda: sync_review.resend(store, item.op_id, fixed or None),
            lambda _r: self._after_review(self.tr("The change goes out again with the next sync.")),
            self._failed,
            changes={"sync"},
            context=self,
        )

    def discard(self, confirmed: bool = False) -> None:
        item = self.quarantine_model.item_at(self._selected(self.quarantine_view))
        if item is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the change"),
                self.tr(
                    "Discard this refused change for good? The record returns to the server's "
                    "copy at the next sync."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store = self._ctx.store
        self._ctx.write(
            lambda: sync_review.discard(store, item.op_id, confirmed=True),
            lambda _r: self._after_review(self.tr("The change was discarded.")),
            self._failed,
            changes={"sync"},
            context=self,
        )
