"""The one error a message that breaks the contract raises."""


# The code of a message's text field (a name, a token) holding U+0000.
NUL_CHARACTER = "protocol.nul_character"


class ProtocolError(ValueError):
    """A message broke the contract; `code` is stable, `path` names the offending field."""

    def __init__(self, code: str, message: str, path: str = "") -> None:
        super().__init__(f"{code}: {message}" + (f" (at {path})" if path else ""))
        self.code = code
        self.message = message
        self.path = path
