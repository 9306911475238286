"""What a sync problem means for the officer, in Vietnamese: what happened and what to do."""

from desktop.sync.errors import SyncError

MESSAGES = {
    "sync.unreachable": (
        "Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; "
        "hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng)."
    ),
    "sync.bad_answer": (
        "Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại."
    ),
    "sync.not_enrolled": (
        "Máy này chưa được đăng ký với máy chủ thành phố. "
        "Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản)."
    ),
    "sync.login_needed": "Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại.",
    "sync.stalled": "Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại.",
    "sync.orphan_rows": (
        "Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không "
        "có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán "
        "bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại."
    ),
    "bundle.bad_server_key": (
        "Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố."
    ),
    "bundle.not_an_answer": "Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp.",
    "bundle.not_for_this_pc": (
        "Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp."
    ),
    "device.revoked": (
        "Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; "
        "dữ liệu trên máy không bị xoá."
    ),
    "auth.bad_credentials": "Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại.",
    "protocol.unsupported": (
        "Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. "
        "Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy."
    ),
}
_FALLBACK = "Đồng bộ chưa xong ({code}). Dữ liệu vẫn được giữ trên máy; hãy thử lại sau."

# Why the server refused a change (its own reason is shown when it sent one), by code.
REFUSED = {
    "sync.missing_value": (
        "Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại."
    ),
    "sync.invalid_value": (
        "Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không "
        "phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại."
    ),
    "sync.too_long": "Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.",
    "sync.unknown_column": (
        "Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi "
        "đồng bộ lại."
    ),
}
_REFUSED_FALLBACK = "Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố."

# Why a row from the server was held back rather than stored in the register, by code.
_HELD_WHAT = {
    "sync.missing_value": "thiếu giá trị bắt buộc ở cột «{column}»",
    "sync.invalid_value": "có giá trị ứng dụng không đọc được ở cột «{column}»",
    "sync.too_long": "có giá trị quá dài ở cột «{column}»",
    "sync.parent_held": (
        "thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được"
    ),
}
_HELD = (
    "Bản ghi nhận từ máy chủ {what} nên chưa được lưu vào sổ; phần còn lại của sổ vẫn dùng "
    "bình thường. Hãy báo cán bộ quản trị thành phố sửa bản ghi trên máy chủ: lần đồng bộ "
    "sau khi sửa, máy sẽ tự lưu bản ghi này."
)
HELD_ROWS = (
    "{count} bản ghi nhận từ máy chủ không đọc được nên được giữ riêng, chưa lưu vào sổ "
    "(xem mục «Thay đổi bị từ chối» ở trang Đồng bộ). Hãy báo cán bộ quản trị thành phố."
)


def refused_reason(code: str, column: str) -> str:
    """The officer's text for a refused change whose reason the server did not send."""
    return REFUSED.get(code, _REFUSED_FALLBACK).format(column=column or "?", code=code)


def held_reason(code: str, column: str) -> str:
    """The officer's text for a row from the server held back (see desktop/sync/held.py)."""
    what = _HELD_WHAT.get(code, _HELD_WHAT["sync.invalid_value"]).format(column=column or "?")
    return _HELD.format(what=what)


def explain(exc: SyncError) -> str:
    """The server's own Vietnamese message when it sent one, else ours for the code."""
    if exc.server_message:
        return exc.server_message
    return MESSAGES.get(exc.code, _FALLBACK.format(code=exc.code))
