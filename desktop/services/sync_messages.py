"""What a sync problem means for the officer, in Vietnamese: what happened and what to do."""

from desktop.services.sync_bundle_messages import BUNDLE_MESSAGES
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
MESSAGES.update(BUNDLE_MESSAGES)
_FALLBACK = "Đồng bộ chưa xong ({code}). Dữ liệu vẫn được giữ trên máy; hãy thử lại sau."


def explain(exc: SyncError) -> str:
    """The server's own Vietnamese message when it sent one, else ours for the code."""
    if exc.server_message:
        return exc.server_message
    return MESSAGES.get(exc.code, _FALLBACK.format(code=exc.code))
