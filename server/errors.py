"""API errors with stable codes and Vietnamese messages that say what happened and what to do."""

MESSAGES = {
    "protocol.unsupported": (
        "Phiên bản ứng dụng BVTE trên máy này đã cũ, máy chủ thành phố không còn nhận. "
        "Hãy cài bản mới nhất rồi đồng bộ lại; dữ liệu chưa gửi vẫn được giữ trên máy."
    ),
    "protocol.server_older": (
        "Ứng dụng BVTE trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; "
        "hãy đồng bộ lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy."
    ),
    "auth.bad_credentials": "Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra và thử lại.",
    "auth.rate_limited": (
        "Đăng nhập sai quá nhiều lần. Hãy đợi {retry_after} giây rồi thử lại."
    ),
    "auth.missing_token": "Chưa đăng nhập máy chủ. Hãy đăng nhập rồi thử lại.",
    "auth.bad_token": "Phiên đăng nhập không hợp lệ. Hãy đăng nhập lại.",
    "auth.expired": "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.",
    "auth.forbidden": "Tài khoản này không có quyền làm việc này.",
    "auth.account_inactive": (
        "Tài khoản máy chủ này đã bị khoá. Hãy liên hệ cán bộ quản trị thành phố; "
        "dữ liệu trên máy không bị xoá."
    ),
    "auth.scope": (
        "Tài khoản chỉ được làm việc với dữ liệu của xã mình. "
        "Hãy dùng đúng tài khoản của xã đã đăng ký cho máy này."
    ),
    "device.missing": "Máy này chưa được đăng ký với máy chủ. Hãy đăng ký máy trong Cài đặt.",
    "device.unknown": "Máy chủ không nhận ra máy này. Hãy đăng ký lại máy trong Cài đặt.",
    "device.revoked": (
        "Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; "
        "dữ liệu trên máy không bị xoá."
    ),
    "commune.unknown": "Mã xã không có trên máy chủ. Hãy kiểm tra lại mã xã.",
    "request.invalid": "Dữ liệu gửi lên không đúng định dạng: {detail}",
    "request.too_large": "Gói dữ liệu quá lớn. Hãy gửi thành nhiều lần nhỏ hơn.",
    "request.too_compressed": (
        "Gói dữ liệu nén bung ra lớn bất thường so với kích thước gửi lên nên máy chủ không "
        "nhận. Hãy gửi thành nhiều lần nhỏ hơn."
    ),
    "request.too_complex": (
        "Gói dữ liệu có quá nhiều giá trị hoặc lồng nhau quá sâu nên máy chủ không nhận. "
        "Hãy gửi thành nhiều lần nhỏ hơn."
    ),
    "bundle.unreadable": (
        "Không đọc được tệp đồng bộ: tệp hỏng hoặc không được mã hoá cho máy chủ này."
    ),
    "bundle.device_unknown": (
        "Máy chủ không nhận ra máy đã tạo tệp đồng bộ này (máy chưa đăng ký, hoặc đã đăng ký "
        "lại). Máy đó cần đăng ký với thành phố, bằng tệp đăng ký nếu không có mạng."
    ),
    "bundle.device_revoked": (
        "Máy đã tạo tệp đồng bộ này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị "
        "thành phố; dữ liệu trên máy đó không bị xoá."
    ),
    "enrolment.unknown": (
        "Máy chủ không nhận ra tệp đăng ký của máy gửi tệp đồng bộ này. "
        "Hãy xin cán bộ quản trị thành phố cấp tệp đăng ký mới cho máy đó."
    ),
    "enrolment.used": (
        "Tệp đăng ký của máy gửi tệp này đã được dùng cho một máy khác: mỗi tệp chỉ dùng được "
        "một lần. Hãy xin thành phố cấp tệp đăng ký mới cho máy này, và báo thành phố nếu không "
        "biết máy kia là máy nào."
    ),
    "enrolment.expired": (
        "Tệp đăng ký của máy gửi tệp này đã hết hạn trước khi tệp đồng bộ đầu tiên đến máy chủ. "
        "Hãy xin thành phố cấp tệp đăng ký mới, đăng ký lại máy bằng tệp đó rồi xuất tệp đồng "
        "bộ mới; dữ liệu trên máy không bị mất."
    ),
    "enrolment.cancelled": (
        "Thành phố đã huỷ tệp đăng ký của máy gửi tệp này. Hãy xin tệp đăng ký mới."
    ),
    "enrolment.account": (
        "Tài khoản cán bộ ghi trong tệp đăng ký không còn hoạt động ở xã này. "
        "Hãy liên hệ cán bộ quản trị thành phố."
    ),
    "sync.batch_taken": (
        "Mã gói dữ liệu này đã được một máy khác dùng, nên máy chủ không nhận gói. Dữ liệu vẫn "
        "được giữ trên máy. Hãy báo bộ phận kỹ thuật của thành phố."
    ),
    "request.nul_character": (
        "Dữ liệu gửi lên có ký tự rỗng (NUL) ở «{field}», máy chủ không nhận. "
        "Hãy gõ lại nội dung đó rồi thử lại."
    ),
    "server.error": "Máy chủ gặp lỗi. Hãy thử lại sau ít phút.",
}

# Reasons for a rejected op, shown in the quarantine screen.
REJECT_REASONS = {
    "sync.scope": "Bản ghi thuộc xã khác, máy này không được sửa.",
    "sync.device_mismatch": "Thay đổi được tạo trên máy khác, không gửi qua máy này được.",
    "sync.append_only": (
        "Biên bản thăm gia đình, ghi chép và sự kiện hồ sơ chỉ được thêm mới. "
        "Hãy tạo bản sửa mới (ghi rõ bản được sửa)."
    ),
    "sync.bad_kind": "Kiểu thay đổi không hợp lệ cho bảng này.",
    "sync.unknown_commune": "Xã nhận hồ sơ chuyển đến không có trên máy chủ.",
    "sync.conflict_unknown": "Không tìm thấy xung đột cần giải quyết trên máy chủ.",
    "sync.case_moved": (
        "Hồ sơ đã được chuyển sang xã khác và máy này đã nhận tin chuyển trước khi gửi ghi chép "
        "hoặc biên bản thăm này, nên xã nhận hồ sơ không nhận thêm. Hãy gửi nội dung cho cán bộ "
        "xã nhận hồ sơ, rồi huỷ thay đổi này."
    ),
    "sync.officer_exists": (
        "Xã đã có một cán bộ dùng tên đăng nhập này trên máy chủ. Lần đồng bộ sau, máy này sẽ "
        "dùng chung tài khoản đó (mật khẩu mở sổ trên máy này không đổi); nếu đây là người "
        "khác, hãy tạo cán bộ với tên đăng nhập khác."
    ),
    "sync.op_taken": (
        "Mã thay đổi này đã được một máy khác dùng, nên máy chủ không nhận. "
        "Hãy báo bộ phận kỹ thuật của thành phố."
    ),
    # The synced schema's problems (desktop/protocol/schema.py); {column} names the column.
    "sync.missing_value": (
        "Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại."
    ),
    "sync.invalid_value": (
        "Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không "
        "phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại."
    ),
    "sync.too_long": "Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.",
    "sync.unsafe_number": (
        "Số ở cột «{column}» quá lớn (vượt quá 9.007.199.254.740.991), máy khác có thể đọc "
        "sai. Hãy sửa số đó rồi gửi lại."
    ),
    "sync.unknown_column": (
        "Bản ghi có cột «{column}» mà máy chủ không biết: ứng dụng trên máy này có thể khác "
        "phiên bản máy chủ. Hãy cài bản BVTE mới nhất rồi đồng bộ lại."
    ),
}


class ApiError(Exception):
    """An answer other than success: HTTP status, code, Vietnamese message, extra headers."""

    def __init__(self, status: int, code: str, headers: dict[str, str] | None = None,
                 **params: object) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.headers = headers or {}
        template = MESSAGES.get(code, MESSAGES["server.error"])
        self.message = template.format(**params) if params else template

    def body(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
