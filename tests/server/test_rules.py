"""Pure server rules: per-field three-way merge, token signing."""

import time

import pytest

from desktop.protocol.merge import base_differs, merge_fields
from server.auth import TokenClaims, issue_token, read_token
from server.errors import ApiError


def test_merge_takes_untouched_fields_and_keeps_both_values_of_a_clash():
    server = {"a": 1, "b": "x", "c": "s"}
    merge = merge_fields(server, base={"a": 1, "b": "x", "c": "base"},
                         incoming={"a": 2, "b": "x", "c": "device"})
    assert merge.take == {"a": 2}
    assert merge.conflicts == {"c": {"base": "base", "server": "s", "device": "device"}}


def test_merge_ignores_converged_and_unchanged_fields():
    server = {"a": "same", "b": "server-new"}
    merge = merge_fields(server, base={"a": "old", "b": "old"}, incoming={"a": "same", "b": "old"})
    assert merge.take == {} and merge.conflicts == {}


def test_merge_without_base_is_a_deliberate_overwrite():
    assert merge_fields({"a": 1}, {}, {"a": 2, "new": 3}).take == {"a": 2, "new": 3}


def test_base_differs():
    assert base_differs({"a": 1}, {"a": 2})
    assert not base_differs({"a": 1, "b": 2}, {"a": 1})


def test_tokens_round_trip_and_refuse_tampering():
    secret = b"k" * 32
    claims = TokenClaims("acc", "officer", "11560", int(time.time()) + 60)
    token = issue_token(secret, claims)
    assert read_token(secret, token) == claims
    payload, signature = token.split(".")
    for bad in (f"{payload}x.{signature}", f"{payload}.{signature[:-2]}AA", "junk", ""):
        with pytest.raises(ApiError) as caught:
            read_token(secret, bad)
        assert caught.value.code == "auth.bad_token"
    with pytest.raises(ApiError) as caught:
        read_token(secret, token, now=claims.expires_at)
    assert caught.value.code == "auth.expired"

