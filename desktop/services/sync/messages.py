"""What a sync problem means for the officer, in Vietnamese: what happened and what to do."""

from desktop.services.sync.bundle_messages import BUNDLE_MESSAGES
from desktop.services.translation_marks import QT_TRANSLATE_NOOP
from desktop.sync.errors import SyncError

MESSAGES = {
    "sync.unreachable": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; "
        "hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng).",
    ),
    "sync.bad_answer": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại.",
    ),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Máy này chưa được đăng ký với máy chủ thành phố. "
        "Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản).",
    ),
    "sync.login_needed": QT_TRANSLATE_NOOP(
        "SyncMessages", "Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại."
    ),
    "sync.stalled": QT_TRANSLATE_NOOP(
        "SyncMessages", "Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại."
    ),
    "sync.orphan_rows": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không "
        "có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán "
        "bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại.",
    ),
    "bundle.bad_server_key": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố.",
    ),
    "bundle.not_an_answer": QT_TRANSLATE_NOOP(
        "SyncMessages", "Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp."
    ),
    "bundle.not_for_this_pc": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp.",
    ),
    "device.revoked": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; "
        "dữ liệu trên máy không bị xoá.",
    ),
    "auth.bad_credentials": QT_TRANSLATE_NOOP(
        "SyncMessages", "Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại."
    ),
    "protocol.unsupported": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. "
        "Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy.",
    ),
    "protocol.server_older": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Ứng dụng trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; hãy đồng bộ "
        "lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy.",
    ),
    "request.invalid": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Máy chủ không nhận gói dữ liệu của máy này vì sai định dạng. Dữ liệu vẫn được giữ trên "
        "máy. Hãy cài bản BVTE mới nhất rồi đồng bộ lại; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.",
    ),
    "request.too_large": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Gói dữ liệu gửi lên quá lớn so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; "
        "hãy báo bộ phận kỹ thuật.",
    ),
    "request.too_compressed": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Gói dữ liệu gửi lên bung ra lớn bất thường khi giải nén nên máy chủ không nhận. Dữ liệu "
        "vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.",
    ),
    "request.too_complex": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Gói dữ liệu gửi lên có quá nhiều giá trị so với giới hạn của máy chủ. Dữ liệu vẫn được "
        "giữ trên máy; hãy báo bộ phận kỹ thuật.",
    ),
    "sync.insecure_url": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã "
        "hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố "
        "cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.",
    ),
}

# What a sync tells the log (desktop/sync, by the `code` of the record) and the officer
# should hear: in Vietnamese, once per sync, from the command line. None: the officer hears
# it otherwise (the sync stops with that error's message, or the summary names the records).
NOTICES: dict[str, str | None] = {
    "sync.officer_twice": (
        "Máy chủ có hai tài khoản cán bộ cùng một tên đăng nhập (đã được tạo riêng trên hai máy "
        "trước đây); máy này chỉ giữ được một. Dữ liệu khác vẫn được đồng bộ. Hãy báo cán bộ "
        "quản trị thành phố để gộp hai tài khoản."
    ),
    "sync.rows_held": None,  # the summary counts them (HELD_ROWS)
    "sync.orphan_rows": None,
    "sync.checksum_mismatch": None,
    "sync.stalled": None,
}

# Each synced table as an officer calls its records.
TABLE_NAMES = {
    "officer": "cán bộ",
    "household": "hộ gia đình",
    "child": "trẻ em",
    "carer": "người chăm sóc",
    "group_membership": "nhóm hoàn cảnh đặc biệt",
    "allowance": "trợ cấp",
    "case_file": "hồ sơ",
    "informant": "người báo tin",
    "initial_assessment": "đánh giá ban đầu",
    "detailed_assessment": "đánh giá chi tiết",
    "case_meeting": "cuộc họp hồ sơ",
    "isolation": "cách ly",
    "isolation_extension": "gia hạn cách ly",
    "support_plan": "kế hoạch hỗ trợ",
    "plan_task": "việc trong kế hoạch",
    "approval_decision": "quyết định phê duyệt",
    "review": "rà soát",
    "closure": "kết thúc hồ sơ",
    "case_event": "diễn biến hồ sơ",
    "case_note": "ghi chép hồ sơ",
    "home_visit": "thăm gia đình",
    "audit_event": "nhật ký thao tác",
}
MESSAGES.update(BUNDLE_MESSAGES)
_FALLBACK = QT_TRANSLATE_NOOP(
    "SyncMessages",
    "Đồng bộ chưa xong. Dữ liệu vẫn được giữ trên máy; hãy thử lại sau. Nếu lần sau vẫn vậy, "
    "hãy báo bộ phận kỹ thuật (mã lỗi: {code}).",
)

# Why the server refused a change (its own reason is shown when it sent one), by code.
REFUSED = {
    "sync.missing_value": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại.",
    ),
    "sync.invalid_value": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không "
        "phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại.",
    ),
    "sync.too_long": QT_TRANSLATE_NOOP(
        "SyncMessages", "Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại."
    ),
    "sync.unsafe_number": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Số ở cột «{column}» quá lớn (vượt quá 9.007.199.254.740.991), máy khác có thể đọc "
        "sai. Hãy sửa số đó rồi gửi lại.",
    ),
    "sync.unknown_column": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi "
        "đồng bộ lại.",
    ),
}
_REFUSED_FALLBACK = QT_TRANSLATE_NOOP(
    "SyncMessages", "Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố."
)

# Why a row from the server was held back rather than stored in the register, by code.
_HELD_WHAT = {
    "sync.missing_value": QT_TRANSLATE_NOOP(
        "SyncMessages", "thiếu giá trị bắt buộc ở cột «{column}»"
    ),
    "sync.invalid_value": QT_TRANSLATE_NOOP(
        "SyncMessages", "có giá trị ứng dụng không đọc được ở cột «{column}»"
    ),
    "sync.too_long": QT_TRANSLATE_NOOP("SyncMessages", "có giá trị quá dài ở cột «{column}»"),
    "sync.unsafe_number": QT_TRANSLATE_NOOP(
        "SyncMessages", "có số quá lớn, không giữ được chính xác, ở cột «{column}»"
    ),
    "sync.parent_held": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được",
    ),
}
_HELD = QT_TRANSLATE_NOOP(
    "SyncMessages",
    "Bản ghi nhận từ máy chủ {what} nên chưa được lưu vào sổ; phần còn lại của sổ vẫn dùng "
    "bình thường. Hãy báo cán bộ quản trị thành phố sửa bản ghi trên máy chủ: lần đồng bộ "
    "sau khi sửa, máy sẽ tự lưu bản ghi này.",
)
HELD_ROWS = (
    "{count} bản ghi nhận từ máy chủ không đọc được nên được giữ riêng, chưa lưu vào sổ "
    "(xem mục «Thay đổi bị từ chối» ở trang Đồng bộ). Hãy báo cán bộ quản trị thành phố."
)


# A text to show: a template marked for the catalogues and its parameters, or (None) a text
# to show as it is (the server's own words). The UI translates the template, then fills it in.
Text = tuple[str, dict[str, str] | None]


def refused_text(code: str, column: str) -> Text:
    """A refused change whose reason the server did not send."""
    return REFUSED.get(code, _REFUSED_FALLBACK), {"column": column or "?", "code": code}


def held_text(code: str, column: str) -> tuple[str, str, str]:
    """A row from the server held back (see desktop/sync/held.py): the sentence, and what was
    wrong with it (filled with the column) to translate and put in it as {what}."""
    return _HELD, _HELD_WHAT.get(code, _HELD_WHAT["sync.invalid_value"]), column or "?"


def explanation(exc: SyncError) -> Text:
    """Ours for a code we know (the server's may quote a request's technical detail), else the
    server's own Vietnamese message, else a general one with the code for a technician."""
    if exc.code in MESSAGES:
        return MESSAGES[exc.code], {}
    if exc.server_message:
        return exc.server_message, None
    return _FALLBACK, {"code": exc.code}


def fill(text: Text) -> str:
    template, params = text
    return template if params is None else template.format(**params)


def refused_reason(code: str, column: str) -> str:
    """The officer's text for a refused change whose reason the server did not send."""
    return fill(refused_text(code, column))


def held_reason(code: str, column: str) -> str:
    """The officer's text for a row from the server held back (see desktop/sync/held.py)."""
    sentence, what, column_name = held_text(code, column)
    return sentence.format(what=what.format(column=column_name))


def explain(exc: SyncError) -> str:
    """In Vietnamese, for the command line; the UI translates `explanation(exc)` instead."""
    return fill(explanation(exc))


def table_names(tables: list[str]) -> str:
    return ", ".join(TABLE_NAMES.get(table, table) for table in tables)


def notice(code: str, **params: object) -> str | None:
    """The officer's text for a logged sync event; None when something else says it."""
    template = NOTICES.get(code)
    if template is None:
        return None
    if "table" in params:
        params["table"] = TABLE_NAMES.get(str(params["table"]), str(params["table"]))
    return template.format(**params)
