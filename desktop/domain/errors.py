"""Errors with stable codes; the UI and CLI turn a code into translated text."""


class DomainError(Exception):
    """A rule was broken; `code` names the rule, `params` fill the message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        detail = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.code} ({detail})"
