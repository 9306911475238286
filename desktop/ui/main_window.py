"""The main window: navigation on the left, the chosen page in the middle, who and sync below."""

from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.reference.communes import commune_by_code
from desktop.services.register_access import Store
from desktop.services.sync.status_bar import SyncStatus, sync_status
from desktop.ui.context import SCRATCH, AppContext, AppSignals
from desktop.ui.drafts import save_all_drafts
from desktop.ui.pages import PAGES, NavPage
from desktop.ui.task_runner import TaskRunner

STATUS_REFRESH_MS = 30_000
START_PAGE = "children"


def format_local_time(moment: datetime) -> str:
    """dd/mm/yyyy hh:mm in this PC's time zone, as Vietnamese officers write dates."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class MainWindow(QMainWindow):
    """Holds the open register from unlock to lock; pages are rebuilt at every unlock."""

    lock_requested = Signal()
    # The officer closed the window: BVTE exits (drafts are saved and the register closed).
    closed = Signal()

    def __init__(
        self,
        ctx: AppContext | Store,
        runner: TaskRunner | None = None,
        *,
        lang: str = "vi",
        pages: tuple[NavPage, ...] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if isinstance(ctx, Store):
            if runner is None:
                raise TypeError("a runner is needed with a bare store")
            ctx = AppContext(ctx, runner, lang, ctx.officer, AppSignals())
        self.signals = ctx.signals
        self.ctx: AppContext | None = None
        self._pages = pages
        self._built: dict[str, QWidget] = {}
        self._status: SyncStatus | None = None
        self._total: int | None = None
        self.setObjectName("mainWindow")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setIconSize(QSize(0, 0))
        # Big enough to hit with a mouse on a laptop touchpad, and to read at a glance.
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 7px 8px; }")
        for page in pages:
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
        self.nav.currentRowChanged.connect(self._show_row)

        self.lock_button = QPushButton(self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(self.lock_requested)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.addAction(self.lock_action)

        side = QWidget(self)
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 6, 6)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.lock_button)
        side.setMinimumWidth(190)
        side.setMaximumWidth(240)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageArea")
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for number, page in enumerate(pages[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=page.key: self.show_page(key))

        self.officer_label = QLabel(self)
        self.officer_label.setObjectName("statusOfficer")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("statusPending")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("statusLastSync")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("statusTotal")
        for label in (self.pending_label, self.last_sync_label, self.total_label):
            label.setContentsMargins(12, 0, 6, 0)
        self.statusBar().addWidget(self.officer_label, 1)
        self.statusBar().addPermanentWidget(self.total_label)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.last_sync_label)

        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self.signals.data_changed.connect(self._on_data_changed)

        self._retranslate()
        self._fit_to_screen()
        self.attach(ctx)

    # --- the open register -----------------------------------------------------------------------

    @property
    def store(self) -> Store | None:
        return self.ctx.store if self.ctx is not None else None

    @property
    def register(self) -> QWidget:
        """The Children page (the register of children), built on first use."""
        return self.page("children")

    def attach(self, ctx: AppContext, start: str | None = None) -> None:
        """Show a freshly unlocked register; pages are built anew for this officer."""
        self.ctx = ctx
        ctx.navigator.attach(self.stack, self.show_case)
        self._status = None
        self._total = None
        self._update_status_labels()
        self.show_page(start or START_PAGE)
        self.refresh_status()
        self._status_timer.start()

    def detach(self) -> str | None:
        """Keep every draft, then close the register; returns the page that was showing."""
        if self.ctx is None:
            return None
        current = self.current_key()
        ctx, self.ctx = self.ctx, None
        self._status_timer.stop()
        save_all_drafts(self.stack)
        ctx.navigator.close_all()
        ctx.signals.locked.emit()
        # Nothing is shown any more: a running sync stops at its next step (it resumes at the
        # next sync), and drafts and any other queued writes still reach the file before it
        # closes.
        ctx.runner.cancel_all()
        ctx.runner.wait()
        for widget in self._built.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        ctx.store.close()
        return current

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detach()
        super().closeEvent(event)
        self.closed.emit()

    # --- pages -----------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if self.ctx is None:
            raise RuntimeError("the register is locked")
        widget = self._built.get(key)
        if widget is None:
            entry = next(page for page in self._pages if page.key == key)
            widget = entry.factory(self.ctx, self.stack)
            widget.setObjectName(widget.objectName() or f"page_{key}")
            self._built[key] = widget
            self.stack.addWidget(widget)
            total_changed = getattr(widget, "total_changed", None)
            if total_changed is not None:
                total_changed.connect(self._on_total)
        return widget

    def show_page(self, key: str) -> None:
        if self.ctx is None:
            return
        row = next((i for i, page in enumerate(self._pages) if page.key == key), 0)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # comes back through _show_row
        else:
            self._show_row(row)

    def show_case(self, case_id: str) -> None:
        """The Cases page, showing one case (asked for by any page through the navigator)."""
        page = self.page("cases")
        self.show_page("cases")
        page.open_case(case_id)

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._pages[row].key if 0 <= row < len(self._pages) else None

    def _show_row(self, row: int) -> None:
        if self.ctx is None or not 0 <= row < len(self._pages):
            return
        widget = self.page(self._pages[row].key)
        self.stack.setCurrentWidget(widget)

    # --- status bar ------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        if self.ctx is None:
            return
        store = self.ctx.store
        self.ctx.read(lambda: sync_status(store), self._on_status, context=self)

    def _on_status(self, status: SyncStatus) -> None:
        if self.ctx is None:
            return
        self._status = status
        self._update_status_labels()

    def _on_data_changed(self, table: str) -> None:
        if table not in SCRATCH:
            self.refresh_status()

    def _on_total(self, total: int) -> None:
        self._total = total
        self._update_status_labels()

    def _update_status_labels(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return
        commune = commune_by_code(ctx.store.commune_code)
        where = commune.name if commune is not None else ctx.store.commune_code
        self.officer_label.setText(
            self.tr("Officer: {officer} · {commune}").format(
                officer=ctx.officer.full_name, commune=where
            )
        )
        self.total_label.setVisible(self._total is not None)
        if self._total is not None:
            self.total_label.setText(self.tr("Register: %Ln children", "", self._total))
        status = self._status
        if status is None:
            self.pending_label.setText(self.tr("Not synced: …"))
            self.last_sync_label.setText("")
            return
        self.pending_label.setText(self.tr("Not synced: %Ln change(s)", "", status.pending))
        if status.last_sync_at is None:
            self.last_sync_label.setText(self.tr("Never synced"))
        else:
            self.last_sync_label.setText(
                self.tr("Last sync: {when}").format(when=format_local_time(status.last_sync_at))
            )

    # --- language and size -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("BVTE — Children's register"))
        for row, page in enumerate(self._pages):
            item = self.nav.item(row)
            item.setText(page.label())
            item.setToolTip(
                self.tr("{page} (Ctrl+{number})").format(page=page.label(), number=row + 1)
            )
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.lock_button.setToolTip(
            self.tr("Close the register now; your unsaved entries are kept as drafts.")
        )
        self.lock_action.setText(self.tr("Lock"))
        self._update_status_labels()

    def _fit_to_screen(self) -> None:
        self.resize(1280, 720)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            # Commune PCs often have 1366x768 screens; never open larger than what is visible.
            self.resize(
                min(self.width(), available.width() - 40),
                min(self.height(), available.height() - 60),
            )
