"""Sync messages follow the UI's language; the command line keeps them in Vietnamese."""

from datetime import UTC, datetime

from desktop.services.sync import messages as sync_messages
from desktop.services.sync.review import QuarantineItem
from desktop.sync.errors import SyncError
from desktop.ui.sync.messages import explain
from desktop.ui.sync.models import reason_text
from tests.helpers.languages import drop_language, use_language


def refused(code: str, **extra: object) -> QuarantineItem:
    fields = dict(op_id="op", table="child", row_id="r", kind="push", fields={},
                  reason_code=code, reason="", quarantined_at=datetime.now(UTC))  # fmt: skip
    fields.update(extra)
    return QuarantineItem(**fields)


def test_a_refusal_reads_in_english_when_the_ui_is_english_and_in_vietnamese_otherwise(
    qapp,
) -> None:
    revoked, unknown = SyncError("device.revoked"), SyncError("http.502")
    held = refused("sync.invalid_value", kind="held", held_problem=("sync.too_long", "notes"))
    try:
        use_language("en")
        assert explain(revoked).startswith("This PC's right to sync has been revoked.")
        assert "(error code: http.502)" in explain(unknown)
        assert reason_text(refused("sync.missing_value")).startswith(
            "The record lacks a required value in column «?»"
        )
        assert reason_text(held).startswith(
            "A record received from the server has a value that is too long in column «notes»"
        )
        use_language("vi")
        assert explain(revoked) == sync_messages.MESSAGES["device.revoked"]
        assert "(mã lỗi: http.502)" in explain(unknown)
        assert reason_text(held) == sync_messages.held_reason("sync.too_long", "notes")
    finally:
        drop_language()
    # The command line (no catalogues) says it in Vietnamese, as before.
    assert sync_messages.explain(revoked).startswith("Máy này đã bị thu hồi quyền đồng bộ.")
    # The server's own words are shown as they came.
    said = SyncError("x.y", server_message="Hãy đợi 30 giây rồi thử lại.")
    assert explain(said) == "Hãy đợi 30 giây rồi thử lại."
