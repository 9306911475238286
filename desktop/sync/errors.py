"""Sync errors: a stable code the UI and CLI turn into Vietnamese, and whether to try again."""


class SyncError(Exception):
    """`retryable`: the same request may be sent again later (network, 5xx, 429, cut answer)."""

    def __init__(
        self,
        code: str,
        *,
        retryable: bool = False,
        status: int | None = None,
        server_message: str = "",
        retry_after: float | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(f"{code}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.retryable = retryable
        self.status = status
        self.server_message = server_message
        self.retry_after = retry_after
        self.detail = detail


class NotEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__("sync.not_enrolled")
