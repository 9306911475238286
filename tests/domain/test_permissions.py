"""The role table: each role's steps and restricted fields."""

import pytest

from desktop.domain.enums import Role
from desktop.domain.errors import DomainError
from desktop.domain.permissions import (
    MASK,
    Action,
    RestrictedField,
    can,
    can_see,
    masked,
    require,
)


def test_only_officers_and_approvers_see_restricted_fields() -> None:
    for field in RestrictedField:
        assert can_see(Role.OFFICER, field)
        assert not can_see(Role.COLLABORATOR, field)
        assert not can_see(Role.VIEWER, field)
    assert not can_see(Role.APPROVER, RestrictedField.INFORMANT)
    assert can_see(Role.APPROVER, RestrictedField.HIV_STATUS)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.COLLABORATOR, {Action.VIEW_CASE, Action.INTAKE, Action.VISIT, Action.NOTE}),
        (Role.VIEWER, {Action.VIEW_CASE}),
    ],
)
def test_limited_roles(role, allowed) -> None:
    assert {a for a in Action if can(role, a)} == allowed


def test_only_approvers_and_officers_decide_and_a_refusal_has_a_code() -> None:
    assert can(Role.APPROVER, Action.PLAN_APPROVE) and not can(Role.APPROVER, Action.PLAN_EDIT)
    with pytest.raises(DomainError) as caught:
        require(Role.VIEWER, Action.PLAN_APPROVE)
    assert caught.value.code == "permission.denied"


def test_masking_keeps_empty_values_empty() -> None:
    assert masked("Cha dượng") == MASK
    assert masked("") == ""
