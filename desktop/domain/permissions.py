"""Who may do what to a case, and which fields each role may see (Decree 56 Art. 24, 33)."""

from enum import StrEnum

from desktop.domain.enums import Role
from desktop.domain.errors import DomainError

MASK = "••••••"


class Action(StrEnum):
    """What an officer asks to do; each maps to the roles allowed to do it."""

    VIEW_CASE = "view_case"
    INTAKE = "intake"
    ASSESS = "assess"
    EMERGENCY = "emergency"
    ISOLATE = "isolate"
    MEETING = "meeting"
    PLAN_EDIT = "plan_edit"
    PLAN_SUBMIT = "plan_submit"
    PLAN_APPROVE = "plan_approve"
    PLAN_RETURN = "plan_return"
    TASK_PROGRESS = "task_progress"
    NOTE = "note"
    VISIT = "visit"
    REVIEW = "review"
    CLOSE = "close"
    TRANSFER = "transfer"
    REOPEN = "reopen"
    LINK_CHILD = "link_child"


class RestrictedField(StrEnum):
    """Sensitive data (Decree 356/2025) and the informant's identity (Decree 56 Art. 24)."""

    INFORMANT = "informant"
    PERPETRATOR = "perpetrator"
    SEXUAL_ABUSE_DETAILS = "sexual_abuse_details"
    HIV_STATUS = "hiv_status"
    ETHNICITY = "ethnicity"


_CASEWORK = frozenset(
    {
        Action.VIEW_CASE,
        Action.INTAKE,
        Action.ASSESS,
        Action.EMERGENCY,
        Action.MEETING,
        Action.PLAN_EDIT,
        Action.PLAN_SUBMIT,
        Action.TASK_PROGRESS,
        Action.NOTE,
        Action.VISIT,
        Action.REVIEW,
        Action.CLOSE,
        Action.TRANSFER,
        Action.REOPEN,
        Action.LINK_CHILD,
    }
)

# The officer may also record a decision the Chairman signed on paper (Mẫu 05, Mẫu 07);
# the step then requires its number and signer, so the register mirrors the signed document.
_ALLOWED: dict[Role, frozenset[Action]] = {
    Role.OFFICER: _CASEWORK | {Action.ISOLATE, Action.PLAN_APPROVE, Action.PLAN_RETURN},
    Role.APPROVER: frozenset(
        {
            Action.VIEW_CASE,
            Action.ISOLATE,
            Action.PLAN_APPROVE,
            Action.PLAN_RETURN,
            Action.NOTE,
            Action.MEETING,
        }
    ),
    Role.COLLABORATOR: frozenset({Action.VIEW_CASE, Action.INTAKE, Action.VISIT, Action.NOTE}),
    Role.VIEWER: frozenset({Action.VIEW_CASE}),
}

_SEES: dict[Role, frozenset[RestrictedField]] = {
    Role.OFFICER: frozenset(RestrictedField),
    # The Chairman decides on the facts of the case, but the informant stays with the receiver.
    Role.APPROVER: frozenset(RestrictedField) - {RestrictedField.INFORMANT},
    Role.COLLABORATOR: frozenset(),
    Role.VIEWER: frozenset(),
}


def can(role: Role, action: Action) -> bool:
    return action in _ALLOWED.get(role, frozenset())


def require(role: Role, action: Action) -> None:
    """Refuse a step the role may not take, with a code the UI turns into a message."""
    if not can(role, action):
        raise DomainError("permission.denied", role=role.value, action=action.value)


def can_see(role: Role, restricted: RestrictedField) -> bool:
    return restricted in _SEES.get(role, frozenset())


def require_sight(role: Role, restricted: RestrictedField) -> None:
    if not can_see(role, restricted):
        raise DomainError("permission.restricted", role=role.value, field=restricted.value)


def masked(value: str) -> str:
    """What a restricted value looks like until it is revealed; empty stays empty."""
    return MASK if value else ""
