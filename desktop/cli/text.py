"""What the command line says to an officer, in Vietnamese, for each error code."""

import unicodedata

MESSAGES = {
    "store.missing": (
        "Không tìm thấy sổ theo dõi trong thư mục {where}. "
        "Hãy kiểm tra lại --data-dir, hoặc tạo sổ mới bằng lệnh 'bvte init'."
    ),
    "keyring.missing": (
        "Không tìm thấy tệp khóa (register.keys) trong thư mục {where}. "
        "Hãy kiểm tra lại --data-dir, hoặc tạo sổ mới bằng lệnh 'bvte init'."
    ),
    "store.exists": (
        "Thư mục {where} đã có sổ theo dõi. Không ghi đè để tránh mất dữ liệu; "
        "hãy chọn thư mục khác."
    ),
    "store.corrupt": (
        "Tệp dữ liệu trong {where} bị hỏng hoặc không đọc được "
        "(có thể bị cắt cụt hoặc sửa đổi). Không có gì bị ghi thêm. "
        "Hãy khôi phục từ bản sao lưu gần nhất và báo cho bộ phận kỹ thuật."
    ),
    "keyring.corrupt": (
        "Tệp khóa trong {where} bị hỏng và không có bản dự phòng dùng được. "
        "Hãy khôi phục register.keys từ bản sao lưu."
    ),
    "keyring.restored_from_backup": (
        "Lưu ý: tệp khóa register.keys bị hỏng hoặc bị mất; đã dùng bản dự phòng "
        "register.keys.bak và ghi lại tệp chính từ bản đó. Dữ liệu không bị ảnh hưởng. "
        "Hãy báo cho bộ phận kỹ thuật: ổ đĩa có thể có lỗi."
    ),
    "keyring.backup_repaired": (
        "Lưu ý: bản dự phòng register.keys.bak bị hỏng hoặc bị mất; đã ghi lại từ tệp khóa "
        "chính. Dữ liệu không bị ảnh hưởng. Nếu việc này lặp lại, hãy báo cho bộ phận kỹ thuật."
    ),
    "store.locked": (
        "Sổ theo dõi đang được một chương trình khác sử dụng và bị khóa. "
        "Hãy đóng chương trình đó (hoặc chờ một lát) rồi thử lại."
    ),
    "store.read_only": (
        "Không ghi được vào thư mục {where}: thư mục hoặc tệp trong đó chỉ cho đọc (ổ đĩa bị khóa "
        "ghi, thư mục mạng chỉ đọc, hoặc tài khoản máy không có quyền ghi). Sổ theo dõi không hỏng "
        "và không có gì bị thay đổi; đừng khôi phục từ bản sao lưu. Hãy chép cả thư mục sang nơi "
        "ghi được (ví dụ thư mục Tài liệu) hoặc nhờ bộ phận kỹ thuật cấp quyền ghi, rồi thử lại."
    ),
    "store.too_new": (
        "Sổ theo dõi trong {where} đã được một phiên bản BVTE mới hơn phiên bản này ({version}) "
        "cập nhật. Không có gì bị thay đổi và không cần khôi phục. Hãy cài bản cập nhật BVTE mới "
        "nhất trên máy này rồi mở lại sổ."
    ),
    "keyring.wrong_password": (
        "Mật khẩu không đúng. Hãy nhập lại (chú ý phím Caps Lock và bộ gõ)."
    ),
    "keyring.locked_out": (
        "Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau {seconds} giây, "
        "hoặc dùng khóa khôi phục."
    ),
    "keyring.unknown_officer": "Không có cán bộ '{who}' trong sổ này. Các cán bộ: {known}.",
    "keyring.must_change_password": (
        "Mật khẩu này là mật khẩu tạm do cán bộ khác cấp. Hãy đặt mật khẩu của riêng bạn trước "
        "(chạy 'bvte passwd', hoặc mở sổ trong ứng dụng) rồi chạy lại lệnh."
    ),
    "keyring.same_password": (
        "Mật khẩu mới phải khác mật khẩu tạm đã được cấp. Không có gì bị thay đổi; "
        "hãy chọn mật khẩu khác."
    ),
    "keyring.officer_removed": (
        "Cán bộ này đã bị xóa khỏi sổ nên không mở sổ được nữa. Nếu đây là nhầm lẫn, "
        "hãy nhờ cán bộ phụ trách của xã."
    ),
    "keyring.bad_recovery_key": (
        "Khóa khôi phục không hợp lệ (sai ký tự hoặc thiếu ký tự). Hãy nhập lại đúng như bản in."
    ),
    "cli.officer_ambiguous": "Sổ có nhiều cán bộ; hãy chọn bằng --officer. Các cán bộ: {known}.",
    "cli.no_password": (
        "Cần mật khẩu: hãy chạy lệnh trong cửa sổ dòng lệnh để nhập, "
        "hoặc dùng --password-stdin. Không bao giờ ghi mật khẩu trên dòng lệnh."
    ),
    "cli.password_mismatch": "Hai lần nhập mật khẩu không khớp nhau. Không có gì được tạo.",
    "cli.weak_password": "Mật khẩu quá yếu: {reasons}. Không có gì được tạo.",
    "cli.unknown_commune": (
        "Không tìm thấy xã/phường/đặc khu '{name}' trong danh sách 114 đơn vị của Hải Phòng. "
        "Hãy nhập tên (ví dụ 'Phường Thủy Nguyên') hoặc mã 5 chữ số."
    ),
    "cli.bad_number": "Giá trị '{value}' không hợp lệ cho {option}: cần một số nguyên dương.",
    "doctor.problems": (
        "Tệp dữ liệu có chỗ hỏng. Đừng ghi thêm vào sổ này: hãy sao chép cả thư mục để lưu giữ, "
        "khôi phục từ bản sao lưu gần nhất (tệp .bak) và báo cho bộ phận kỹ thuật."
    ),
    "doctor.busy": (
        "Một chương trình khác (ứng dụng BVTE đang mở, một lần đồng bộ hoặc tạo dữ liệu) đang ghi "
        "vào sổ nên chưa kiểm tra được: {checks}. Sổ không bị hỏng vì việc này. Hãy chờ chương "
        "trình đó xong (hoặc đóng ứng dụng) rồi chạy lại 'bvte doctor'; có thể cho lệnh chờ lâu "
        "hơn bằng biến môi trường BVTE_BUSY_TIMEOUT_MS (mili giây)."
    ),
    "officer.not_allowed": (
        "Vai trò của tài khoản này không được cấp tài khoản hoặc đổi khóa dữ liệu. "
        "Hãy nhờ cán bộ phụ trách làm việc này."
    ),
    "password.weak": "Mật khẩu tạm quá yếu. Không có gì bị thay đổi; hãy chọn mật khẩu mạnh hơn.",
    "officer.unknown": (
        "Không tìm thấy cán bộ này trong sổ (có thể đã bị xóa khỏi sổ). Không có gì bị thay đổi."
    ),
    "officer.has_password": (
        "{name} đã có mật khẩu để mở sổ trên máy này; không cấp mật khẩu tạm thay cho người đó. "
        "Nếu người này quên mật khẩu, hãy dùng khóa khôi phục ('bvte recover')."
    ),
    "officer.remove_self": "Không thể tự xóa mình khỏi sổ. Hãy nhờ một cán bộ khác làm việc này.",
    "cli.no_such_colleague": (
        "Không có cán bộ '{who}' trong sổ. Các cán bộ chưa mở được sổ trên máy này: {known}."
    ),
    "doctor.unreadable": (
        "Tệp dữ liệu không hỏng, nhưng các bản ghi trên có giá trị ứng dụng không đọc được "
        "(mã không có trong danh mục, ngày tháng sai...), nên các màn hình, tệp Excel và bản "
        "in có bản ghi đó sẽ báo lỗi. Không cần khôi phục bản sao lưu: hãy báo bộ phận kỹ "
        "thuật, kèm tên bảng và mã bản ghi ở trên, để sửa các bản ghi này."
    ),
    "cli.refused": "Không thực hiện được: quy tắc '{code}' không cho phép thao tác này.",
    "seed.already_applied": (
        "Dữ liệu mẫu với hạt giống {seed} đã có trong sổ này. "
        "Hãy dùng --seed khác nếu muốn thêm dữ liệu mẫu."
    ),
    "documents.not_found": (
        "Không tìm thấy {what} '{ref}' trong sổ. Hãy kiểm tra lại mã (ví dụ 0007/2026)."
    ),
    "documents.no_record": (
        "Hồ sơ chưa có dữ liệu để in biểu mẫu {form} (ví dụ chưa lập kế hoạch hoặc chưa có "
        "quyết định). Hãy nhập dữ liệu đó trong ứng dụng trước."
    ),
    "documents.unknown_form": "Không có biểu mẫu '{form}'. Các biểu mẫu: {known}.",
    "forms.invalid": (
        "Tệp mẫu văn bản {file} có lỗi ở mục '{key}': {problem}. "
        "Hãy sửa tệp trong resources/forms hoặc khôi phục bản gốc."
    ),
    "cli.print_needs": "Biểu mẫu {form} cần chỉ rõ hồ sơ bằng {option}.",
    "cli.print_folder": "Thư mục {where} không tồn tại. Hãy chọn nơi lưu tệp PDF khác.",
    "cli.unknown_group": (
        "Không có nhóm trẻ em có hoàn cảnh đặc biệt '{group}'. Dùng chữ cái a, b, c, d, đ, e, "
        "g, h, i, k, l, m, n, o."
    ),
    "sync.failed": "{text}",
    "sync.needs_username": "Hãy cho biết tài khoản máy chủ bằng --username khi đăng ký máy.",
    "sync.no_server_password": (
        "Cần mật khẩu tài khoản máy chủ thành phố (khác với mật khẩu mở sổ). Hãy nhập khi được "
        "hỏi; với --password-stdin, dòng đầu là mật khẩu mở sổ, dòng thứ hai là mật khẩu máy chủ."
    ),
    "sync.needs_answer_out": (
        "Hãy cho biết nơi ghi tệp trả lời bằng --answer-out khi chuyển tệp lên máy chủ."
    ),
    "cli.interrupted": "Đã dừng theo yêu cầu. Các phần đã lưu vẫn còn nguyên.",
    "cli.unexpected": (
        "Đã xảy ra lỗi không mong đợi ({kind}). Dữ liệu đã lưu không bị ảnh hưởng. "
        "Hãy chạy 'bvte doctor' và báo cho bộ phận kỹ thuật."
    ),
}

PASSWORD_REASONS = {
    "password.too_short": "cần ít nhất 10 ký tự",
    "password.all_digits": "không được chỉ gồm chữ số",
    "password.too_few_classes": (
        "cần kết hợp chữ hoa, chữ thường, chữ số hoặc ký hiệu (hoặc dài từ 16 ký tự)"
    ),
    "password.common": "mật khẩu quá phổ biến",
}


def message(code: str, **params: object) -> str:
    # A rule without a text of its own still says which rule refused, never a traceback.
    template = MESSAGES.get(code) or MESSAGES["cli.refused"].replace("{code}", code)
    try:
        return template.format(**params)
    except KeyError:
        return template


# Control characters move the cursor or recolour a terminal; format characters (bidirectional
# overrides, zero-width spaces) reorder or hide text. A name keeps them as typed, but the
# terminal only ever sees them escaped.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def safe_text(text: str) -> str:
    """`text` with every control, format or unassigned character written as \\uXXXX."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch
        for ch in text
    )
