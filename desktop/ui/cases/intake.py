"""The intake editor (Mẫu 01): channel and 111 reference, time to the minute, child, informant."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.domain.enums import AbuseType, IntakeCategory, IntakeChannel
from desktop.services import cases
from desktop.ui.cases.editors import load_children
from desktop.ui.cases.form import Field, StepDialog
from desktop.ui.cases.texts import tr
from desktop.ui.context import AppContext


def intake_fields() -> list[Field]:
    return [
        Field("received_at", tr(QT_TRANSLATE_NOOP("CaseText", "Received at")), "datetime"),
        Field(
            "channel",
            tr(QT_TRANSLATE_NOOP("CaseText", "Channel")),
            "enum",
            tuple(IntakeChannel),
            IntakeChannel.HOTLINE_111,
        ),
        Field("hotline_ref", tr(QT_TRANSLATE_NOOP("CaseText", "Hotline 111 reference"))),
        Field(
            "child_id",
            tr(QT_TRANSLATE_NOOP("CaseText", "Child in the register")),
            "pick",
            extra={
                "none": tr(QT_TRANSLATE_NOOP("CaseText", "(not yet identified: describe below)"))
            },
        ),
        Field(
            "unidentified_description",
            tr(QT_TRANSLATE_NOOP("CaseText", "Child not yet identified")),
        ),
        Field(
            "category", tr(QT_TRANSLATE_NOOP("CaseText", "Category")), "enum", tuple(IntakeCategory)
        ),
        Field(
            "abuse_types",
            tr(QT_TRANSLATE_NOOP("CaseText", "Forms of abuse")),
            "enums",
            tuple(AbuseType),
        ),
        Field("place", tr(QT_TRANSLATE_NOOP("CaseText", "Place of the incident"))),
        Field("situation", tr(QT_TRANSLATE_NOOP("CaseText", "The child's condition")), "text"),
        Field(
            "likely_outcome",
            tr(QT_TRANSLATE_NOOP("CaseText", "Likely outcome without help")),
            "text",
        ),
        Field("actions_taken", tr(QT_TRANSLATE_NOOP("CaseText", "Already done")), "text"),
        Field(
            "in_danger",
            tr(QT_TRANSLATE_NOOP("CaseText", "The child is in danger now (12-hour limit)")),
            "bool",
        ),
        Field(
            "perpetrator_relationship",
            tr(QT_TRANSLATE_NOOP("CaseText", "Alleged perpetrator (restricted)")),
        ),
        Field(
            "sexual_abuse_details",
            tr(QT_TRANSLATE_NOOP("CaseText", "Sexual abuse details (restricted)")),
        ),
        Field(
            "informant_name", tr(QT_TRANSLATE_NOOP("CaseText", "Informant's name (confidential)"))
        ),
        Field("informant_phone", tr(QT_TRANSLATE_NOOP("CaseText", "Informant's phone"))),
        Field("informant_address", tr(QT_TRANSLATE_NOOP("CaseText", "Informant's address"))),
        Field(
            "informant_consents",
            tr(QT_TRANSLATE_NOOP("CaseText", "The informant agrees to be recorded")),
            "bool",
        ),
    ]


def open_intake_dialog(ctx: AppContext, now, parent: QWidget) -> StepDialog:
    store = ctx.store
    dialog = StepDialog(
        ctx,
        tr(QT_TRANSLATE_NOOP("CaseText", "New report (form 01)")),
        intake_fields(),
        lambda values: cases.open_intake(store, **values),
        draft_key="new",
        now=now,
        parent=parent,
    )

    load_children(ctx, dialog, "child_id")
    return dialog
