"""Names of records and fields as an officer reads them, and values shown plainly."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "SyncText"
_TABLES = {
    "child": QT_TRANSLATE_NOOP("SyncText", "Child"),
    "household": QT_TRANSLATE_NOOP("SyncText", "Household"),
    "carer": QT_TRANSLATE_NOOP("SyncText", "Carer"),
    "group_membership": QT_TRANSLATE_NOOP("SyncText", "Special group"),
    "allowance": QT_TRANSLATE_NOOP("SyncText", "Allowance"),
    "case_file": QT_TRANSLATE_NOOP("SyncText", "Case"),
    "support_plan": QT_TRANSLATE_NOOP("SyncText", "Support plan"),
    "plan_task": QT_TRANSLATE_NOOP("SyncText", "Plan task"),
    "home_visit": QT_TRANSLATE_NOOP("SyncText", "Home visit"),
    "case_note": QT_TRANSLATE_NOOP("SyncText", "Case note"),
    "officer": QT_TRANSLATE_NOOP("SyncText", "Officer"),
}
_FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("SyncText", "Full name"),
    "village": QT_TRANSLATE_NOOP("SyncText", "Village"),
    "school": QT_TRANSLATE_NOOP("SyncText", "School"),
    "notes": QT_TRANSLATE_NOOP("SyncText", "Notes"),
    "current_address": QT_TRANSLATE_NOOP("SyncText", "Current address"),
    "permanent_address": QT_TRANSLATE_NOOP("SyncText", "Permanent address"),
    "date_of_birth": QT_TRANSLATE_NOOP("SyncText", "Date of birth"),
    "personal_id": QT_TRANSLATE_NOOP("SyncText", "Personal ID number"),
    "commune_code": QT_TRANSLATE_NOOP("SyncText", "Commune"),
    "phone": QT_TRANSLATE_NOOP("SyncText", "Phone"),
    "stage": QT_TRANSLATE_NOOP("SyncText", "Stage"),
}

_EMPTY = QT_TRANSLATE_NOOP("SyncText", "(empty)")
_YES = QT_TRANSLATE_NOOP("SyncText", "Yes")
_NO = QT_TRANSLATE_NOOP("SyncText", "No")
_NEVER = QT_TRANSLATE_NOOP("SyncText", "never")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def table_label(table: str) -> str:
    return _tr(_TABLES[table]) if table in _TABLES else table


def field_label(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field


def show_value(value: Any) -> str:
    if value is None or value == "":
        return _tr(_EMPTY)
    if isinstance(value, bool):
        return _tr(_YES) if value else _tr(_NO)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    return text


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return _tr(_NEVER)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
