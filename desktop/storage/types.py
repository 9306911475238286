"""Column types that carry domain values: aware UTC times, enums by code, JSON lists."""

import json
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import DateTime, Enum, Text
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC, refuses naive input so no local time slips in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; BVTE stores only aware times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def code_enum(enum_cls: type[StrEnum]) -> Enum:
    """An enum column holding the stable code, with no CHECK that would block new codes."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class JsonList(TypeDecorator[list]):
    """A list of strings (or enum codes when `enum_cls` is given) kept as a JSON array."""

    impl = Text
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum] | None = None) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: list | None, dialect: object) -> str:
        return json.dumps([str(item) for item in value or []], ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: object) -> list:
        items = json.loads(value) if value else []
        if self.enum_cls is None:
            return items
        return [self.enum_cls(item) for item in items]
