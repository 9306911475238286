"""Words of casework on screen: steps, tasks, errors by code, dates and countdowns."""

from datetime import date, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.case_flow_file import Step
from desktop.domain.case_tasks import TaskKind
from desktop.domain.deadlines import LOCAL_TZ
from desktop.domain.errors import DomainError
from desktop.domain.permissions import RestrictedField
from desktop.reference.labels import label
from desktop.services.register_access import StorageError
from desktop.ui.language import current_language

CONTEXT = "CaseText"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_label(member: Enum | None) -> str:
    if member is None:
        return ""
    return label(member, current_language())


STEPS = {
    Step.INTAKE: QT_TRANSLATE_NOOP("CaseText", "Report received (form 01)"),
    Step.LINK_CHILD: QT_TRANSLATE_NOOP("CaseText", "Child identified in the register"),
    Step.INITIAL_ASSESSMENT: QT_TRANSLATE_NOOP("CaseText", "Initial assessment (form 02)"),
    Step.EMERGENCY: QT_TRANSLATE_NOOP("CaseText", "Emergency measures"),
    Step.ISOLATION: QT_TRANSLATE_NOOP("CaseText", "Temporary isolation decided (form 07)"),
    Step.ISOLATION_EXTENSION: QT_TRANSLATE_NOOP("CaseText", "Isolation extended"),
    Step.ISOLATION_END: QT_TRANSLATE_NOOP("CaseText", "Isolation ended"),
    Step.DETAILED_ASSESSMENT: QT_TRANSLATE_NOOP("CaseText", "Detailed assessment (form 03)"),
    Step.MEETING: QT_TRANSLATE_NOOP("CaseText", "Case meeting"),
    Step.PLAN_START: QT_TRANSLATE_NOOP("CaseText", "Plan drafting started (form 04)"),
    Step.PLAN_EDIT: QT_TRANSLATE_NOOP("CaseText", "Draft plan saved"),
    Step.PLAN_SUBMIT: QT_TRANSLATE_NOOP("CaseText", "Plan submitted to the Chairman"),
    Step.PLAN_APPROVE: QT_TRANSLATE_NOOP("CaseText", "Plan approved (form 05)"),
    Step.PLAN_RETURN: QT_TRANSLATE_NOOP("CaseText", "Plan returned for changes"),
    Step.TASK_PROGRESS: QT_TRANSLATE_NOOP("CaseText", "Task progress"),
    Step.NOTE: QT_TRANSLATE_NOOP("CaseText", "Note"),
    Step.REVIEW: QT_TRANSLATE_NOOP("CaseText", "Review (form 06)"),
    Step.NEW_CYCLE: QT_TRANSLATE_NOOP("CaseText", "New plan cycle"),
    Step.CLOSE: QT_TRANSLATE_NOOP("CaseText", "Case closed"),
    Step.CLOSE_NO_ACTION: QT_TRANSLATE_NOOP("CaseText", "Closed without intervention"),
    Step.TRANSFER: QT_TRANSLATE_NOOP("CaseText", "Case transferred"),
    Step.REOPEN: QT_TRANSLATE_NOOP("CaseText", "Case reopened"),
}
VISIT = QT_TRANSLATE_NOOP("CaseText", "Home visit")

TASKS = {
    TaskKind.INITIAL_ASSESSMENT: QT_TRANSLATE_NOOP("CaseText", "Initial assessment (12 hours)"),
    TaskKind.EMERGENCY: QT_TRANSLATE_NOOP("CaseText", "Emergency measures (12 hours)"),
    TaskKind.PLAN_DRAFT: QT_TRANSLATE_NOOP("CaseText", "Draft the plan (5 working days)"),
    TaskKind.PLAN_APPROVAL: QT_TRANSLATE_NOOP("CaseText", "Plan approval (2 working days)"),
    TaskKind.ISOLATION_END: QT_TRANSLATE_NOOP("CaseText", "Temporary isolation ends"),
    TaskKind.PLAN_TASK: QT_TRANSLATE_NOOP("CaseText", "Plan task"),
    TaskKind.HOME_VISIT: QT_TRANSLATE_NOOP("CaseText", "Home visit due"),
}

RESTRICTED = {
    RestrictedField.INFORMANT: QT_TRANSLATE_NOOP("CaseText", "Informant"),
    RestrictedField.PERPETRATOR: QT_TRANSLATE_NOOP("CaseText", "Alleged perpetrator"),
    RestrictedField.SEXUAL_ABUSE_DETAILS: QT_TRANSLATE_NOOP("CaseText", "Sexual abuse details"),
    RestrictedField.HIV_STATUS: QT_TRANSLATE_NOOP("CaseText", "HIV status"),
    RestrictedField.ETHNICITY: QT_TRANSLATE_NOOP("CaseText", "Ethnicity"),
}

FACTS = {
    "risk_level": QT_TRANSLATE_NOOP("CaseText", "risk"),
    "emergency": QT_TRANSLATE_NOOP("CaseText", "emergency"),
    "chaired_by": QT_TRANSLATE_NOOP("CaseText", "chaired by"),
    "attendees": QT_TRANSLATE_NOOP("CaseText", "attendees"),
    "decision_number": QT_TRANSLATE_NOOP("CaseText", "decision no."),
    "end_date": QT_TRANSLATE_NOOP("CaseText", "until"),
    "version": QT_TRANSLATE_NOOP("CaseText", "version"),
    "total_cost": QT_TRANSLATE_NOOP("CaseText", "total cost"),
    "outcome": QT_TRANSLATE_NOOP("CaseText", "outcome"),
    "child_seen": QT_TRANSLATE_NOOP("CaseText", "child seen"),
    "next_visit_on": QT_TRANSLATE_NOOP("CaseText", "next visit"),
    "signer": QT_TRANSLATE_NOOP("CaseText", "signed by"),
}

ERRORS = {
    "case.illegal_step": QT_TRANSLATE_NOOP(
        "CaseText", "This step cannot be taken while the case is at its current stage."
    ),
    "case.emergency_first": QT_TRANSLATE_NOOP(
        "CaseText",
        "The child is in danger: record the emergency measures or the isolation decision first.",
    ),
    "case.child_already_linked": QT_TRANSLATE_NOOP(
        "CaseText", "This case is already linked to a child in the register."
    ),
    "case.too_risky_to_close": QT_TRANSLATE_NOOP(
        "CaseText",
        "A child at high risk or in danger cannot be closed without intervention. "
        "Continue with the detailed assessment.",
    ),
    "case.isolation_active": QT_TRANSLATE_NOOP(
        "CaseText", "The temporary isolation is still in force. End it before closing the case."
    ),
    "case.review_not_close": QT_TRANSLATE_NOOP(
        "CaseText", "The latest review did not propose closing the case."
    ),
    "case.review_not_new_cycle": QT_TRANSLATE_NOOP(
        "CaseText", "The latest review did not ask for a new plan."
    ),
    "case.reason_missing": QT_TRANSLATE_NOOP("CaseText", "Write the reason."),
    "intake.received_in_future": QT_TRANSLATE_NOOP(
        "CaseText", "The time received is in the future. Check the date and time."
    ),
    "intake.hotline_ref_missing": QT_TRANSLATE_NOOP(
        "CaseText", "A report from hotline 111 needs the hotline's reference number."
    ),
    "intake.child_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Choose the child from the register, or describe a child not yet identified."
    ),
    "intake.abuse_type_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Tick at least one form of abuse for an abused child."
    ),
    "intake.sexual_details_without_type": QT_TRANSLATE_NOOP(
        "CaseText", "Sexual abuse details need 'Sexual abuse' ticked among the forms of abuse."
    ),
    "emergency.measures_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Describe the emergency measures taken."
    ),
    "isolation.decision_number_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Enter the number of the Chairman's signed decision."
    ),
    "isolation.already_active": QT_TRANSLATE_NOOP(
        "CaseText", "An isolation decision is already in force; extend it instead."
    ),
    "isolation.safe_place_missing": QT_TRANSLATE_NOOP("CaseText", "Enter the safe place."),
    "isolation.carer_missing": QT_TRANSLATE_NOOP("CaseText", "Enter who cares for the child."),
    "isolation.too_long": QT_TRANSLATE_NOOP(
        "CaseText",
        "Temporary isolation may last at most 15 days unless an authority orders longer.",
    ),
    "isolation.end_before_start": QT_TRANSLATE_NOOP(
        "CaseText", "The end date is before the start date."
    ),
    "isolation.none_active": QT_TRANSLATE_NOOP("CaseText", "No isolation is in force."),
    "isolation.extension_not_later": QT_TRANSLATE_NOOP(
        "CaseText", "The new end date must be later than the current one."
    ),
    "isolation.reason_missing": QT_TRANSLATE_NOOP("CaseText", "Write the reason."),
    "isolation.reassessment_missing": QT_TRANSLATE_NOOP(
        "CaseText",
        "Isolation ends after a new detailed assessment finds the home safe. Record it first.",
    ),
    "assessment.empty": QT_TRANSLATE_NOOP(
        "CaseText", "Fill in at least one item of the assessment."
    ),
    "meeting.chair_missing": QT_TRANSLATE_NOOP("CaseText", "Enter who chaired the meeting."),
    "meeting.attendees_missing": QT_TRANSLATE_NOOP(
        "CaseText", "List the people who attended, one per line."
    ),
    "plan.assessment_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Record the detailed assessment before drafting the plan."
    ),
    "plan.meeting_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Record the case meeting chaired by the Chairman before drafting the plan."
    ),
    "plan.no_draft": QT_TRANSLATE_NOOP("CaseText", "There is no draft plan."),
    "plan.no_tasks": QT_TRANSLATE_NOOP("CaseText", "Add at least one task to the plan."),
    "plan.task_incomplete": QT_TRANSLATE_NOOP(
        "CaseText", "Task {position} needs who is responsible, a start date and an end date."
    ),
    "plan.task_empty": QT_TRANSLATE_NOOP("CaseText", "Task {position} has no description."),
    "plan.cost_negative": QT_TRANSLATE_NOOP("CaseText", "Task {position} has a negative cost."),
    "plan.task_ends_before_start": QT_TRANSLATE_NOOP(
        "CaseText", "Task {position} ends before it starts."
    ),
    "plan.not_submitted": QT_TRANSLATE_NOOP("CaseText", "No plan is waiting for approval."),
    "plan.return_reason_missing": QT_TRANSLATE_NOOP("CaseText", "Write why the plan is returned."),
    "plan.task_not_found": QT_TRANSLATE_NOOP("CaseText", "That task is not in the approved plan."),
    "approval.number_missing": QT_TRANSLATE_NOOP("CaseText", "Enter the decision number."),
    "approval.signer_missing": QT_TRANSLATE_NOOP("CaseText", "Enter who signed the decision."),
    "approval.before_submission": QT_TRANSLATE_NOOP(
        "CaseText", "The decision date is before the plan was submitted."
    ),
    "note.empty": QT_TRANSLATE_NOOP("CaseText", "The note is empty."),
    "review.ratings_incomplete": QT_TRANSLATE_NOOP("CaseText", "Rate every criterion."),
    "review.close_while_unsafe": QT_TRANSLATE_NOOP(
        "CaseText",
        "The harm is still serious or the abuser can still reach the child: "
        "the case cannot be closed. Choose a new plan cycle.",
    ),
    "transfer.commune_missing": QT_TRANSLATE_NOOP(
        "CaseText", "Choose the commune the case goes to (5-digit code)."
    ),
    "transfer.same_commune": QT_TRANSLATE_NOOP("CaseText", "The case is already in this commune."),
    "permission.denied": QT_TRANSLATE_NOOP(
        "CaseText", "Your role does not allow this step. Ask the officer in charge."
    ),
    "permission.restricted": QT_TRANSLATE_NOOP(
        "CaseText", "Your role does not allow you to see this information."
    ),
    "time.naive": QT_TRANSLATE_NOOP("CaseText", "The time is incomplete."),
}
UNKNOWN_ERROR = QT_TRANSLATE_NOOP(
    "CaseText", "The step could not be saved ({0}). Nothing was changed; try again."
)
STALE = QT_TRANSLATE_NOOP(
    "CaseText", "Someone else changed this case meanwhile. It has been reloaded; redo the step."
)


def error_text(exc: Exception) -> str:
    """What went wrong, and what to do, in the officer's language."""
    if isinstance(exc, DomainError) and exc.code in ERRORS:
        params = {k: v for k, v in exc.params.items() if isinstance(v, int | str)}
        return tr(ERRORS[exc.code]).format(**params) if params else tr(ERRORS[exc.code])
    if isinstance(exc, StorageError) and exc.code == "store.stale":
        return tr(STALE)
    code = getattr(exc, "code", type(exc).__name__)
    return tr(UNKNOWN_ERROR).format(code)


def step_name(kind: str) -> str:
    if kind == "visit":
        return tr(VISIT)
    try:
        return tr(STEPS[Step(kind)])
    except ValueError:
        return kind


def fmt_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def fmt_time(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M") if moment else ""


def fmt_money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"


def fmt_countdown(left: timedelta) -> str:
    """ "03:12:09 left" or "overdue 00:05:00", to the second."""
    seconds = int(left.total_seconds())
    sign, seconds = (seconds < 0), abs(seconds)
    text = f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if sign:
        return QCoreApplication.translate("CaseText", "overdue by {0}").format(text)
    return QCoreApplication.translate("CaseText", "{0} left").format(text)
