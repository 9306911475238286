"""What the command line says to an officer, in Vietnamese, for each error code."""

MESSAGES = {
    "store.missing": (
        "Không tìm thấy sổ đăng ký trong thư mục {where}. "
        "Hãy kiểm tra lại --data-dir, hoặc tạo sổ mới bằng lệnh 'bvte init'."
    ),
    "keyring.missing": (
        "Không tìm thấy tệp khóa (register.keys) trong thư mục {where}. "
        "Hãy kiểm tra lại --data-dir, hoặc tạo sổ mới bằng lệnh 'bvte init'."
    ),
    "store.exists": (
        "Thư mục {where} đã có sổ đăng ký. Không ghi đè để tránh mất dữ liệu; "
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
    "store.locked": (
        "Sổ đăng ký đang được một chương trình khác sử dụng và bị khóa. "
        "Hãy đóng chương trình đó (hoặc chờ một lát) rồi thử lại."
    ),
    "keyring.wrong_password": (
        "Mật khẩu không đúng. Hãy nhập lại (chú ý phím Caps Lock và bộ gõ)."
    ),
    "keyring.locked_out": (
        "Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau {seconds} giây, "
        "hoặc dùng khóa khôi phục."
    ),
    "keyring.unknown_officer": "Không có cán bộ '{who}' trong sổ này. Các cán bộ: {known}.",
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
