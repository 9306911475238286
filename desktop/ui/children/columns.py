"""The register's column titles, which are shown by default, and the officer's own choice."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.enums import Role
from desktop.services import settings
from desktop.services.register import SENSITIVE_COLUMNS, Column, sees_sensitive
from desktop.services.register_access import Store

CONTEXT = "RegisterColumns"
_TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("RegisterColumns", "Full name"),
    Column.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("RegisterColumns", "Date of birth"),
    Column.AGE: QT_TRANSLATE_NOOP("RegisterColumns", "Age"),
    Column.SEX: QT_TRANSLATE_NOOP("RegisterColumns", "Sex"),
    Column.PERSONAL_ID: QT_TRANSLATE_NOOP("RegisterColumns", "ID number"),
    Column.VILLAGE: QT_TRANSLATE_NOOP("RegisterColumns", "Village/residential group"),
    Column.ETHNICITY: QT_TRANSLATE_NOOP("RegisterColumns", "Ethnicity"),
    Column.GROUPS: QT_TRANSLATE_NOOP("RegisterColumns", "Special circumstances"),
    Column.CARERS: QT_TRANSLATE_NOOP("RegisterColumns", "Carers"),
    Column.CARER_PHONES: QT_TRANSLATE_NOOP("RegisterColumns", "Carers' phones"),
    Column.OPEN_CASE: QT_TRANSLATE_NOOP("RegisterColumns", "Open case"),
    Column.RISK: QT_TRANSLATE_NOOP("RegisterColumns", "Risk"),
    Column.ALLOWANCE: QT_TRANSLATE_NOOP("RegisterColumns", "Allowance"),
}
# What a new officer sees; the rest is one click away in the column chooser.
DEFAULT_HIDDEN = frozenset({Column.ETHNICITY, Column.CARER_PHONES, Column.ALLOWANCE})
_KEY = "register.hidden_columns.{officer}"


def column_title(column: Column) -> str:
    return QCoreApplication.translate(CONTEXT, _TITLES[column])


def choosable(role: Role) -> list[Column]:
    """Columns the officer may switch on or off (the name always shows)."""
    return [
        c
        for c in Column
        if c != Column.NAME and (sees_sensitive(role) or c not in SENSITIVE_COLUMNS)
    ]


def load_hidden(store: Store) -> frozenset[Column]:
    """The officer's hidden columns (runs on the worker); the default set if never chosen."""
    text = settings.get_local_setting(store, _KEY.format(officer=store.officer.id))
    if text is None:
        return DEFAULT_HIDDEN
    known = {c.value for c in Column}
    return frozenset(Column(code) for code in text.split(",") if code in known)


def save_hidden(store: Store, hidden: frozenset[Column]) -> None:
    value = ",".join(sorted(c.value for c in hidden))
    settings.set_local_setting(store, _KEY.format(officer=store.officer.id), value)
