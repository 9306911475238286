"""What goes wrong with sync files and enrolment by file, in Vietnamese, for the officer."""

from desktop.services.translation_marks import QT_TRANSLATE_NOOP

BUNDLE_MESSAGES = {
    "bundle.cannot_read": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Không đọc được tệp đã chọn. Hãy kiểm tra USB đã cắm chắc, rồi chọn lại tệp.",
    ),
    "bundle.cannot_write": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Không ghi được tệp vào chỗ đã chọn (USB đầy, bị khoá ghi hoặc đã rút ra). Không có gì "
        "bị mất: hãy chọn chỗ khác rồi làm lại.",
    ),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "SyncMessages", "Tệp đã chọn quá lớn, không phải tệp đồng bộ BVTE. Hãy chọn đúng tệp."
    ),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Tệp này không phải tệp gửi thành phố của một máy không có mạng (tệp do nút «Xuất tệp "
        "gửi thành phố» tạo ra). Hãy chọn đúng tệp.",
    ),
    "bundle.bad_answer": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Tệp trả lời bị hỏng (có thể do chép dở). Hãy chép lại tệp từ máy đã chuyển tệp lên "
        "máy chủ, rồi nhập lại. Chưa có gì thay đổi trên máy này.",
    ),
    "sync.awaiting_answer": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Máy này đăng ký bằng tệp và chưa nhận tệp trả lời đầu tiên của thành phố, nên chưa "
        "đồng bộ qua mạng được. Hãy xuất tệp gửi thành phố và nhập tệp trả lời; sau đó máy "
        "đồng bộ được cả qua mạng.",
    ),
    "enrol.not_a_file": QT_TRANSLATE_NOOP(
        "SyncMessages", "Tệp này không phải tệp đăng ký máy do thành phố cấp. Hãy chọn đúng tệp."
    ),
    "enrol.bad_code": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Mã kích hoạt gồm 16 chữ số. Hãy nhập lại đúng như thành phố đã đọc hoặc ghi cho bạn.",
    ),
    "enrol.wrong_code": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Mã kích hoạt không khớp với tệp đăng ký này (hoặc tệp đã bị sửa). Hãy nhập lại; nếu "
        "vẫn không được, hãy gọi cán bộ thành phố đã cấp tệp để kiểm tra.",
    ),
    "enrol.other_commune": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Tệp đăng ký này được cấp cho xã khác, không dùng được cho sổ của xã này. Hãy xin "
        "thành phố tệp cấp cho đúng xã.",
    ),
    "enrol.expired": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Tệp đăng ký đã hết hạn. Hãy xin thành phố cấp tệp mới; dữ liệu trên máy không bị "
        "ảnh hưởng.",
    ),
    "enrol.already_enrolled": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Máy này đã đăng ký với máy chủ thành phố rồi, không cần tệp đăng ký. Tệp này chưa "
        "được dùng: hãy báo thành phố để huỷ tệp.",
    ),
    "enrol.already_imported": QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Máy này đã nhận tệp đăng ký này rồi. Hãy xuất tệp gửi thành phố để hoàn tất đăng ký.",
    ),
}
