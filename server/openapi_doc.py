"""Request and answer schemas of the protocol messages, for the published OpenAPI document."""

import dataclasses
import re
from typing import Any

from desktop import protocol as p

MESSAGES = (p.Change, p.PushBatch, p.Conflict, p.ChangeResult, p.PushReply, p.PullRequest,
            p.PulledRow, p.PullPage, p.SnapshotRequest, p.SnapshotPage, p.TableChecksum,
            p.ChecksumReply, p.RowsRequest, p.RowsReply, p.LoginRequest, p.LoginReply,
            p.EnrolRequest, p.EnrolReply, p.ErrorBody)
_NAMES = {cls.__name__ for cls in MESSAGES}
_SCALARS = {"str": {"type": "string"}, "int": {"type": "integer"},
            "bool": {"type": "boolean"}, "Any": {}}


def _schema(annotation: str) -> dict[str, Any]:
    text = annotation.replace(" | None", "").strip()
    if text in _SCALARS:
        return dict(_SCALARS[text])
    if text in _NAMES:
        return {"$ref": f"#/components/schemas/{text}"}
    inner = re.fullmatch(r"list\[(.+)\]", text)
    if inner:
        return {"type": "array", "items": _schema(inner.group(1))}
    return {"type": "object"}


def component(cls: type) -> dict[str, Any]:
    properties, required = {}, []
    for item in dataclasses.fields(cls):
        properties[item.name] = _schema(str(item.type))
        if item.name not in cls._optional:
            required.append(item.name)
    return {"type": "object", "properties": properties, "required": required,
            "description": (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""}


def components() -> dict[str, Any]:
    return {cls.__name__: component(cls) for cls in MESSAGES}


def body(name: str) -> dict[str, Any]:
    """openapi_extra for an endpoint whose JSON body (gzip or zstd allowed) is message `name`."""
    ref = {"$ref": f"#/components/schemas/{name}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}


def answer(name: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{name}"}
    return {200: {"description": name, "content": {"application/json": {"schema": ref}}}}
