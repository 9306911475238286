"""The child's profile window: create or edit, checks in Vietnamese, duplicate and stale notices."""

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.child import Child, ChildFile, Household
from desktop.domain.visit import HomeVisit
from desktop.services import children as svc
from desktop.services import visits
from desktop.services.register import sees_sensitive
from desktop.services.register_access import StaleRecord
from desktop.ui.child import specs
from desktop.ui.child.draft_codec import decode, encode
from desktop.ui.child.lists import CasesTab, HistoryTab, VisitsTab
from desktop.ui.child.messages import problem_text, tab_of
from desktop.ui.child.record_form import RecordForm
from desktop.ui.child.record_list import RecordListEditor
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField, first_problem
from desktop.ui.drafts import DraftAutosave
from desktop.ui.printing.menu import child_print_menu
from desktop.ui.visits.form import VisitForm

EDITING_ROLES = ("can_bo", "phe_duyet")
DRAFT_KIND = "child_profile"
_RED = "color: #b00020;"


def _panel(parent: QWidget, name: str) -> tuple[QFrame, QLabel, QHBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    text = QLabel(frame)
    text.setWordWrap(True)
    buttons = QHBoxLayout()
    layout = QVBoxLayout(frame)
    layout.addWidget(text)
    layout.addLayout(buttons)
    frame.hide()
    return frame, text, buttons


class ChildProfileDialog(QDialog):
    """One child's file in tabs; `child_id` None makes a new child."""

    saved = Signal(str)

    GENERAL, HOUSEHOLD, GROUPS, ALLOWANCES, CASES, VISITS, HISTORY = range(7)

    def __init__(
        self, ctx: AppContext, child_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("childProfile")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.child_id = child_id
        self.file: ChildFile | None = None
        self._dirty = False
        self._busy = False
        lang, sensitive = ctx.lang, sees_sensitive(ctx.officer.role)
        self.can_edit = ctx.officer.role.value in EDITING_ROLES

        self.title = QLabel(self)
        self.title.setObjectName("childTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.problems = QLabel(self)
        self.problems.setObjectName("childProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.duplicate, self.duplicate_text, dup_buttons = _panel(self, "childDuplicate")
        self.open_match_button = QPushButton(self.duplicate)
        self.save_anyway_button = QPushButton(self.duplicate)
        dup_buttons.addWidget(self.open_match_button)
        dup_buttons.addWidget(self.save_anyway_button)
        dup_buttons.addStretch()
        self.open_match_button.clicked.connect(self._open_match)
        self.save_anyway_button.clicked.connect(lambda: self.save(allow_duplicate=True))
        self.stale, self.stale_text, stale_buttons = _panel(self, "childStale")
        self.reload_button = QPushButton(self.stale)
        stale_buttons.addWidget(self.reload_button)
        stale_buttons.addStretch()
        self.reload_button.clicked.connect(self._reload)
        self._matches: list[svc.DuplicateMatch] = []

        self.tabs = QTabWidget(self)
        self.general = RecordForm(specs.general_specs(lang, sensitive), parent=self.tabs)
        household_page = QWidget(self.tabs)
        self.household = RecordForm(specs.household_specs(lang), parent=household_page)
        self.carers = RecordListEditor(
            specs.carer_specs(lang, sensitive), ["full_name", "relation", "status", "birth_year"],
            lambda: specs.new_carer(self._child_id_for_new()), self._show_cell,
            parent=household_page,
        )  # fmt: skip
        self.carers_caption = QLabel(household_page)
        box = QVBoxLayout(household_page)
        box.addWidget(self.household)
        box.addWidget(self.carers_caption)
        box.addWidget(self.carers, 1)
        self.groups = RecordListEditor(
            specs.group_specs(lang), ["group", "subgroup", "start_date", "end_date"],
            lambda: specs.new_group(self._child_id_for_new()), self._show_cell, parent=self.tabs,
        )  # fmt: skip
        self.allowances = RecordListEditor(
            specs.allowance_specs(lang),
            ["category", "monthly_amount", "start_date", "end_date"],
            lambda: specs.new_allowance(self._child_id_for_new()), self._show_cell,
            adjust=self._adjust_allowance, parent=self.tabs,
        )  # fmt: skip
        self.cases = CasesTab(lang, self.tabs)
        self.cases.open_case.connect(ctx.open_case)
        self.visits = VisitsTab(self.tabs)
        self.visits.new_visit.connect(lambda: self.visit_form())
        self.visits.correct_visit.connect(lambda visit: self.visit_form(visit))
        self.history = HistoryTab(lang, self.tabs)
        for page in (self.general, household_page, self.groups, self.allowances, self.cases,
                     self.visits, self.history):  # fmt: skip
            self.tabs.addTab(page, "")
        if not sensitive:
            # Special-circumstance groups are sensitive data: hidden from collaborators/viewers.
            self.tabs.setTabVisible(self.GROUPS, False)
        for form in (self.general, self.household):
            form.changed.connect(self._edited)
        for editor in (self.carers, self.groups, self.allowances):
            editor.changed.connect(self._edited)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.close)
        self.save_button.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_S)
        self.save_button.setEnabled(self.can_edit)
        # The profile sheet and the latest visit record; there is nothing to print before saving.
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("childPrint")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._print_menu_for: str | None = None
        self._refresh_print_menu()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problems)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.stale)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.resize(1000, 680)
        ctx.signals.data_changed.connect(self._data_changed)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("childDraftNote")
        self.draft_note.setWordWrap(True)
        self.draft_note.hide()
        layout.insertWidget(1, self.draft_note)
        self._restored = False
        self._autosave_for(child_id)
        if child_id is None:
            self._show_file(self._blank())
            self._restore_draft()
        else:
            self._load()

    # --- loading ---------------------------------------------------------------------------------

    def _blank(self) -> ChildFile:
        store = self.ctx.store
        child = Child(commune_code=store.commune_code, full_name="")
        return ChildFile(child=child, household=Household(commune_code=store.commune_code,
                                                          head_name=""))  # fmt: skip

    def _child_id_for_new(self) -> str:
        return self.file.child.id if self.file else ""

    def _load(self) -> None:
        store, child_id = self.ctx.store, self.child_id
        self._busy = True
        self.ctx.read(
            lambda: (svc.load_profile(store, child_id), visits.visits_of_child(store, child_id)),
            self._loaded,
            self._load_failed,
            context=self,
        )

    def _refresh_print_menu(self) -> None:
        self.print_button.setEnabled(self.child_id is not None)
        if self.child_id is not None and self._print_menu_for != self.child_id:
            self.print_button.setMenu(child_print_menu(self.ctx, self.child_id, self))
            self._print_menu_for = self.child_id

    def _loaded(self, result: tuple[svc.ChildProfile, list[visits.VisitLine]]) -> None:
        profile, lines = result
        self._busy = False
        self._refresh_print_menu()
        self._show_file(profile.file)
        self.cases.set_cases(profile.cases)
        self.history.set_entries(profile.history)
        self.visits.set_lines(lines)
        self._restore_draft()

    # --- drafts: edits survive a lock, a crash or a closed window ------------------------------

    def _autosave_for(self, child_id: str | None) -> None:
        # One pending new child per officer; an existing child's edits under its own id.
        self.autosave = DraftAutosave(
            self.ctx, DRAFT_KIND, child_id or "new", self._draft_payload, parent=self
        )

    def _draft_payload(self) -> dict:
        return encode(self.edited_file())

    def _restore_draft(self) -> None:
        if not self._restored and self.can_edit:
            self._restored = True
            self.autosave.restore(self._apply_draft)

    def _apply_draft(self, payload: dict) -> None:
        self._show_file(decode(payload))
        self._dirty = True
        self.draft_note.setText(
            self.tr("Restored changes that were not saved. Check them, then save.")
        )
        self.draft_note.show()

    def save_drafts(self) -> None:
        """Called before the register locks or closes: keep the unsaved edits."""
        if self._dirty and self.can_edit:
            self.autosave.changed()
            self.autosave.flush()

    def _load_failed(self, exc: Exception) -> None:
        self._busy = False
        self._say(self.tr("The child's file could not be opened ({0}). Close and try again.")
                  .format(type(exc).__name__))  # fmt: skip

    def _show_file(self, file: ChildFile) -> None:
        self.file = file
        self.general.set_record(file.child)
        household = file.household or Household(commune_code=file.child.commune_code, head_name="")
        self.household.set_record(household)
        self.carers.set_records(file.carers)
        self.groups.set_records(file.groups)
        self.allowances.set_records(file.allowances)
        new = self.child_id is None
        for tab in (self.CASES, self.VISITS, self.HISTORY):
            self.tabs.setTabEnabled(tab, not new)
        for widget in (self.general, self.household, self.carers, self.groups, self.allowances):
            widget.setEnabled(self.can_edit)
        self._dirty = False
        self._retranslate()

    def _data_changed(self, table: str) -> None:
        if table == "home_visit" and self.child_id is not None:
            store, child_id = self.ctx.store, self.child_id
            self.ctx.read(
                lambda: visits.visits_of_child(store, child_id), self.visits.set_lines, context=self
            )

    # --- editing ---------------------------------------------------------------------------------

    def edited_file(self) -> ChildFile:
        assert self.file is not None
        household = self.household.record()
        if household is not None and household.version == 0 and not household.head_name.strip():
            household = None  # nothing entered: no household record
        return ChildFile(
            child=self.general.record(),
            household=household,
            carers=self.carers.records(),
            groups=self.groups.records(),
            allowances=self.allowances.records(),
        )

    def _edited(self) -> None:
        self._dirty = True
        if self.can_edit and self.file is not None:
            self.autosave.changed()
        if self.file is not None:
            warnings = [p for p in svc.validate(self.edited_file(), date.today())
                        if p.severity == "warning"]  # fmt: skip
            if warnings or self.problems.property("fromSave"):
                self._show_problems(warnings, from_save=False)

    def _adjust_allowance(self, record: object, name: str) -> object:
        if name != "category":
            return record
        dob = self.general.fields["date_of_birth"].value()
        return specs.with_rate(record, dob, date.today())

    def _show_cell(self, record: object, name: str) -> str:
        value = getattr(record, name)
        if value is None:
            return ""
        if isinstance(value, date):
            return specs.date_text(value)
        if name == "monthly_amount":
            return f"{value:,}".replace(",", ".") + " đ"
        if hasattr(value, "value") and name != "subgroup":
            return specs.label(value, self.ctx.lang) if name != "group" else value.value
        return str(value)

    # --- saving ----------------------------------------------------------------------------------

    def save(self, *, allow_duplicate: bool = False) -> None:
        if self._busy or self.file is None or not self.can_edit:
            return
        if not self._dates_readable():
            return
        file = self.edited_file()
        problems = svc.validate(file, date.today())
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            self._show_problems(problems, from_save=True)
            self.tabs.setCurrentIndex(tab_of(errors[0]))
            return
        self._busy = True
        self.save_button.setEnabled(False)
        store, new = self.ctx.store, self.child_id is None

        def work() -> ChildFile:
            if new:
                return svc.create_child(store, file, allow_duplicate=allow_duplicate)
            return svc.save_child(store, file)

        self.ctx.write(work, self._saved, self._save_failed, changes={"child"}, context=self)

    def _dates_readable(self) -> bool:
        """A typed date that is no date stops the save, shown at its field, nothing lost."""
        editors = (self.general, self.household, self.carers, self.groups, self.allowances)
        bad = first_problem([f for e in editors for f in e.findChildren(DateField)])
        if bad is None:
            return True
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(bad):
                self.tabs.setCurrentIndex(index)
        bad.line.setFocus()
        self._say(bad.problem())
        return False

    def _saved(self, file: ChildFile) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.autosave.discard()
        if self.child_id is None:
            self._autosave_for(file.child.id)
        self.draft_note.hide()
        self.child_id = file.child.id
        self.duplicate.hide()
        self.stale.hide()
        self.problems.hide()
        self.problems.setProperty("fromSave", False)
        self._show_file(file)
        self.saved.emit(file.child.id)
        self._load()  # cases, visits and the history line just written

    def _save_failed(self, exc: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, svc.DuplicateFound):
            self._matches = exc.matches
            match = exc.matches[0]
            why = (self.tr("the same ID number") if match.reason == "personal_id"
                   else self.tr("the same name and date of birth"))  # fmt: skip
            self.duplicate_text.setText(
                self.tr("This child may already be in the register, with {why}: {name}, born "
                        "{born}, {village}. Open that file instead, or save if it is a "
                        "different child.").format(why=why, name=match.full_name,
                                                   born=specs.date_text(match.date_of_birth),
                                                   village=match.village or "—")
            )  # fmt: skip
            self.duplicate.show()
        elif isinstance(exc, StaleRecord):
            self.stale_text.setText(
                self.tr("Someone saved this child's file after you opened it, so your changes "
                        "were not saved. They are still here in the form: note them, press "
                        "Reload to see the saved version, then enter them again.")
            )  # fmt: skip
            self.stale.show()
        elif isinstance(exc, svc.ChildInvalid):
            self._show_problems(exc.problems, from_save=True)
        else:
            self._say(self.tr("The file could not be saved ({0}). Your changes are still in "
                              "the form; try again.").format(type(exc).__name__))  # fmt: skip

    def _show_problems(self, problems: list[svc.Problem], *, from_save: bool) -> None:
        self.problems.setProperty("fromSave", from_save)
        self.general.mark({p.where for p in problems})
        if not problems:
            self.problems.hide()
            return
        lines = [("• " if p.severity == "error" else "△ ") + problem_text(p) for p in problems]
        self.problems.setText("\n".join(dict.fromkeys(lines)))
        self.problems.setStyleSheet(_RED if any(p.severity == "error" for p in problems) else "")
        self.problems.show()

    def _say(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setStyleSheet(_RED)
        self.problems.show()

    def _open_match(self) -> None:
        if self._matches:
            match_id = self._matches[0].id
            self._dirty = False
            self.close()
            self.ctx.open_child(match_id)

    def _reload(self) -> None:
        self.stale.hide()
        self._load()

    # --- visits ----------------------------------------------------------------------------------

    def visit_form(self, revise: HomeVisit | None = None) -> VisitForm | None:
        if self.child_id is None or self.file is None:
            return None
        form = VisitForm(self.ctx, self.child_id, self.file.child.full_name, revise=revise,
                         parent=self)  # fmt: skip
        form.show()
        return form

    # --- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self.can_edit:
            answer = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Close without saving? The changes made in this window will be lost."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
            self.autosave.discard()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        name = self.file.child.full_name if self.file and self.child_id else ""
        self.setWindowTitle(self.tr("Child's file") if name else self.tr("New child"))
        self.print_button.setText(self.tr("Print…"))
        # Room for the menu arrow beside the text, which QToolButton does not reserve.
        self.print_button.setMinimumWidth(
            self.print_button.fontMetrics().horizontalAdvance(self.print_button.text()) + 40
        )
        self.title.setText(name or self.tr("New child"))
        for index, text in enumerate((
            self.tr("&General"), self.tr("&Household and carers"),
            self.tr("&Special circumstances"), self.tr("&Allowances"), self.tr("Cas&es"),
            self.tr("Home &visits"), self.tr("&History"),
        )):  # fmt: skip
            self.tabs.setTabText(index, text)
        self.carers_caption.setText(self.tr("Carers"))
        self.open_match_button.setText(self.tr("Open that child's file"))
        self.save_anyway_button.setText(self.tr("It is a different child: save"))
        self.reload_button.setText(self.tr("Reload the saved version"))
        headers = {
            self.carers: (self.tr("Full name"), self.tr("Relation"), self.tr("Situation"),
                          self.tr("Year of birth")),
            self.groups: (self.tr("Group"), self.tr("Subgroup"), self.tr("From"), self.tr("To")),
            self.allowances: (self.tr("Category"), self.tr("Monthly amount"), self.tr("From"),
                              self.tr("To")),
        }  # fmt: skip
        for editor, texts in headers.items():
            editor.set_headers(texts)
