"""Vietnamese text pools of the synthetic register (no real person or event)."""

from desktop.domain.enums import (
    AbuseType,
    CarerStatus,
    CaseStage,
    RiskLevel,
    SpecialGroup,
)
from desktop.domain.text import nfc

S, G, C = CarerStatus, SpecialGroup, CaseStage


def _texts(*items: str) -> tuple[str, ...]:
    return tuple(nfc(item) for item in items)


# ---- Vietnamese text pools (synthetic; no real person or event)
_VILLAGE_NAMES = _texts(
    "Đông", "Đoài", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tiền", "Hậu", "Đông Hải",
    "Tây Sơn", "Phú Xuân", "An Lạc", "Tân Lập", "Hòa Bình",
)  # fmt: skip
_OCCUPATIONS = _texts(
    "Làm ruộng", "Công nhân", "Buôn bán nhỏ", "Lao động tự do", "Ngư dân", "Nội trợ",
    "Thợ xây", "Lái xe", "Giáo viên", "Công nhân khu công nghiệp", "Chạy xe ôm", "Làm thuê",
    "Nuôi trồng thủy sản", "Thợ may", "Đi làm ăn xa",
)  # fmt: skip
_SCHOOL_NAMES = {
    "Trường Mầm non": _texts("Hoa Sen", "Hoa Mai", "Sao Mai", "Họa Mi", "Hoa Hồng"),
    "Trường Tiểu học": _texts("Kim Đồng", "Trần Quốc Toản", "Lê Văn Tám", "Võ Thị Sáu"),
    "Trường THCS": _texts("Chu Văn An", "Nguyễn Trãi", "Lê Quý Đôn", "Trần Phú"),
    "Trường THPT": _texts("Trần Nguyên Hãn", "Ngô Quyền", "Thái Phiên", "Nguyễn Bỉnh Khiêm"),
}
_EVIDENCE = {
    G.A: _texts("Giấy chứng tử của cha và mẹ"),
    G.B: _texts("Biên bản về việc trẻ em bị bỏ rơi"),
    G.C: _texts("Quyết định tuyên bố mất tích của Tòa án", "Giấy xác nhận chấp hành án phạt tù"),
    G.D: _texts("Giấy xác nhận khuyết tật"),
    G.DD: _texts("Kết quả xét nghiệm của cơ sở y tế"),
    G.E: _texts("Quyết định xử lý vi phạm hành chính"),
    G.G: _texts("Giấy xác nhận của cơ sở cai nghiện"),
    G.H: _texts("Xác nhận của nhà trường về việc trẻ thôi học"),
    G.I: _texts("Kết luận giám định của cơ quan chuyên môn"),
    G.K: _texts("Biên bản xác minh của Công an"),
    G.L: _texts("Kết luận của cơ quan điều tra"),
    G.M: _texts("Xác nhận nạn nhân bị mua bán của cơ quan công an"),
    G.N: _texts("Giấy chứng nhận hộ nghèo và hồ sơ bệnh án"),
    G.O: _texts("Xác nhận của UBND nơi trẻ đang cư trú"),
}
_PLACES = _texts(
    "Tại nhà riêng", "Tại nhà người quen", "Trên đường đi học về", "Tại khu nhà trọ công nhân",
    "Tại trường học", "Tại quán internet gần chợ", "Tại bãi đất trống cạnh đê",
)  # fmt: skip
_SITUATIONS = {
    AbuseType.VIOLENCE: _texts(
        "Trẻ có nhiều vết bầm tím ở tay và lưng; hàng xóm cho biết trẻ thường bị đánh khi "
        "người nhà say rượu.",
        "Trẻ bị đánh bằng roi, sưng tấy ở chân; trẻ sợ hãi, không dám về nhà.",
    ),
    AbuseType.NEGLECT: _texts(
        "Cha mẹ đi làm ăn xa, trẻ ở nhà một mình, thường xuyên bỏ bữa và nghỉ học.",
        "Trẻ nhỏ bị để ở nhà một mình nhiều ngày, nhà cửa mất vệ sinh, trẻ gầy yếu.",
    ),
    AbuseType.SEXUAL: _texts(
        "Trẻ bị một người quen có hành vi dâm ô khi ở nhà một mình; gia đình phát hiện và báo tin.",
        "Nhà trường thấy trẻ có biểu hiện bất thường; trẻ kể bị người lớn sàm sỡ nhiều lần.",
    ),
    AbuseType.EXPLOITATION: _texts(
        "Trẻ bị ép bán hàng rong đến khuya, không được đi học, bị đánh nếu không đủ tiền.",
        "Trẻ làm việc nặng nhọc tại xưởng gia công hơn 8 giờ mỗi ngày.",
    ),
    AbuseType.ABANDONMENT: _texts(
        "Phát hiện trẻ sơ sinh bị bỏ rơi trước cổng chùa trong thôn, sức khỏe yếu.",
        "Trẻ bị mẹ gửi lại nhà người quen rồi bỏ đi, không liên lạc được.",
    ),
    AbuseType.TRAFFICKING: _texts(
        "Trẻ được người lạ hứa việc làm lương cao ở nơi khác; gia đình mất liên lạc hai ngày.",
        "Trẻ bị dụ dỗ qua mạng xã hội đi khỏi địa phương; công an đã giải cứu.",
    ),
    AbuseType.OTHER: _texts(
        "Trẻ bị bạn bè bắt nạt, đăng ảnh xúc phạm lên mạng; trẻ sợ hãi, không muốn đến trường.",
        "Trẻ bị đe dọa qua mạng, bị ép gửi ảnh cá nhân.",
    ),
    None: _texts(
        "Trẻ mồ côi cha, mẹ đi làm ăn xa, sống với bà ngoại già yếu, hoàn cảnh rất khó khăn.",
        "Gia đình thuộc hộ nghèo, trẻ mắc bệnh nặng cần điều trị lâu dài.",
    ),
}
_PERPETRATORS = {
    AbuseType.VIOLENCE: _texts("Bố đẻ", "Bố dượng", "Mẹ kế", "Anh trai"),
    AbuseType.NEGLECT: _texts("Cha mẹ", "Mẹ đẻ", "Bố đẻ"),
    AbuseType.SEXUAL: _texts("Hàng xóm", "Người quen của gia đình", "Người lạ"),
    AbuseType.EXPLOITATION: _texts("Chủ cơ sở sản xuất", "Người quen", "Họ hàng"),
    AbuseType.ABANDONMENT: _texts("Mẹ đẻ", "Không rõ"),
    AbuseType.TRAFFICKING: _texts("Người lạ quen qua mạng", "Người quen"),
    AbuseType.OTHER: _texts("Bạn cùng trường", "Người lạ trên mạng"),
}
_SEXUAL_DETAILS = _texts("Dâm ô", "Giao cấu với người dưới 16 tuổi", "Chờ kết luận điều tra")
_LIKELY_OUTCOMES = _texts(
    "Nếu không được can thiệp kịp thời, trẻ có thể tiếp tục bị tổn hại về thể chất và tinh thần.",
    "Trẻ có nguy cơ bỏ học và bị xâm hại nghiêm trọng hơn.",
    "Sức khỏe và sự phát triển của trẻ có thể bị ảnh hưởng lâu dài.",
)
_FIRST_ACTIONS = _texts(
    "Đã báo trưởng thôn và cộng tác viên; đã đến nhà kiểm tra tình hình của trẻ.",
    "Đã liên hệ nhà trường và gia đình để xác minh thông tin.",
    "Đã trao đổi với cha mẹ trẻ, nhắc nhở trách nhiệm chăm sóc, bảo vệ trẻ.",
)
_EMERGENCY_ACTIONS = _texts(
    "Đã phối hợp với công an đến hiện trường, đưa trẻ đi sơ cứu, bảo quản chứng cứ.",
    "Đã đưa trẻ đến nơi an toàn, báo cáo Chủ tịch UBND và xin ý kiến Tổng đài 111.",
)
_EVENT_NOTES = {
    C.RECEIVED: "Tiếp nhận thông tin, lập báo cáo Mẫu 01.",
    C.INITIAL_ASSESSMENT: "Đánh giá ban đầu nguy cơ (Mẫu 02).",
    C.EMERGENCY: "Áp dụng biện pháp can thiệp khẩn cấp.",
    C.ISOLATION: "Chủ tịch UBND quyết định tạm thời cách ly trẻ (Mẫu 07).",
    C.DETAILED_ASSESSMENT: "Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03).",
    C.PLANNING: "Họp liên ngành; xây dựng kế hoạch hỗ trợ, can thiệp.",
    C.AWAITING_APPROVAL: "Trình Chủ tịch UBND phê duyệt kế hoạch (Mẫu 04).",
    C.IMPLEMENTING: "Kế hoạch được phê duyệt (Mẫu 05), bắt đầu thực hiện.",
    C.REVIEW: "Rà soát, đánh giá kết quả thực hiện kế hoạch (Mẫu 06).",
    C.CLOSED: "Kết thúc hồ sơ: trẻ đã an toàn, ổn định.",
    C.CLOSED_NO_ACTION: "Đóng hồ sơ: không có nguy cơ, không cần can thiệp.",
    C.TRANSFERRED: "Chuyển hồ sơ đến nơi có thẩm quyền.",
}
_EVENT_NOTES = {stage: nfc(note) for stage, note in _EVENT_NOTES.items()}
_HARM = {
    RiskLevel.HIGH: _texts(
        "Trẻ bị thương tích cần điều trị, vẫn sống cùng người gây hại.",
        "Tính mạng, sức khỏe của trẻ đang bị đe dọa nghiêm trọng.",
    ),
    RiskLevel.MEDIUM: _texts(
        "Trẻ bị tổn thương tinh thần, sợ hãi, có nguy cơ bị xâm hại tiếp.",
        "Trẻ thiếu sự chăm sóc, nghỉ học nhiều ngày.",
    ),
    RiskLevel.LOW: _texts(
        "Chưa phát hiện tổn hại đối với trẻ.",
        "Thông tin ban đầu không đúng sự thật; trẻ được chăm sóc đầy đủ.",
    ),
}
_SAFETY = {
    RiskLevel.HIGH: _texts("Đưa trẻ đến nơi an toàn, tách khỏi người gây hại, sơ cứu."),
    RiskLevel.MEDIUM: _texts(
        "Giao cộng tác viên theo dõi trẻ hằng ngày; nhắc nhở gia đình.",
        "Trao đổi với nhà trường để theo dõi trẻ.",
    ),
    RiskLevel.LOW: _texts("Không cần biện pháp bảo đảm an toàn."),
}
_SAFE_PLACES = _texts(
    "Nhà bà ngoại của trẻ",
    "Cơ sở trợ giúp xã hội thành phố Hải Phòng",
    "Nhà tạm lánh của Hội Liên hiệp Phụ nữ",
    "Nhà người thân thích trong thôn",
)
_EXTENSION_REASONS = _texts(
    "Gia đình chưa bảo đảm an toàn cho trẻ, cần thêm thời gian đánh giá.",
    "Chờ kết luận của cơ quan điều tra.",
)
_DETAILED_ITEMS = {
    "physical_emotional": _texts(
        "Trẻ còn vết thương ở tay, hay giật mình, khó ngủ.",
        "Sức khỏe ổn định; trẻ còn lo lắng khi nhắc lại sự việc.",
    ),
    "family_capacity": _texts(
        "Mẹ có khả năng chăm sóc nhưng thu nhập thấp, thường xuyên vắng nhà.",
        "Ông bà già yếu, khả năng bảo vệ trẻ hạn chế.",
    ),
    "risk_factors": _texts(
        "Người gây hại vẫn sống gần nhà trẻ.",
        "Gia đình thường xuyên mâu thuẫn; người cha nghiện rượu.",
    ),
    "schooling_self_protection": _texts(
        "Trẻ đi học đều, kỹ năng tự bảo vệ còn hạn chế.",
        "Trẻ nghỉ học hai tuần, chưa biết cách tìm sự trợ giúp.",
    ),
    "community_safety": _texts(
        "Trưởng thôn, hàng xóm sẵn sàng hỗ trợ theo dõi trẻ.",
        "Khu vực có nhiều nhà trọ, an ninh phức tạp.",
    ),
    "needs": _texts(
        "Khám, điều trị y tế; tư vấn tâm lý; hỗ trợ học phí.",
        "Trợ giúp pháp lý; hỗ trợ tiền ăn; kết nối học nghề.",
    ),
    "child_views": _texts(
        "Trẻ muốn ở với bà ngoại và tiếp tục đi học.",
        "Trẻ mong bố không đánh mẹ con nữa.",
    ),
    "parent_views": _texts(
        "Mẹ trẻ đồng ý phối hợp thực hiện kế hoạch.",
        "Cha mẹ cam kết không để trẻ ở nhà một mình.",
    ),
}
_MEETING_GUESTS = _texts(
    "Trưởng thôn hoặc tổ trưởng tổ dân phố nơi trẻ cư trú",
    "Giáo viên chủ nhiệm của trẻ",
    "Đại diện Hội Liên hiệp Phụ nữ",
    "Cán bộ trạm y tế",
    "Mẹ của trẻ",
    "Đại diện Đoàn Thanh niên",
)
_MINUTES = _texts(
    "Các thành viên thống nhất nguy cơ đối với trẻ ở mức cao; giao cán bộ bảo vệ trẻ em xây dựng "
    "kế hoạch hỗ trợ, can thiệp trong 5 ngày làm việc.",
    "Cuộc họp thống nhất nhu cầu của trẻ về y tế, tâm lý, giáo dục; gia đình cam kết phối hợp.",
)
_GOALS = _texts(
    "Trẻ được an toàn, phục hồi sức khỏe thể chất và tinh thần, tiếp tục đi học.",
    "Gia đình nâng cao khả năng chăm sóc, bảo vệ trẻ; trẻ không còn bị bạo lực.",
    "Trẻ được đoàn tụ với gia đình an toàn và hòa nhập cộng đồng.",
)
# (task, responsible, provider, lowest cost, highest cost in VND)
_TASKS = tuple(
    (nfc(task), nfc(who), nfc(provider), low, high)
    for task, who, provider, low, high in (
        ("Khám sức khỏe và điều trị vết thương cho trẻ", "Trạm Y tế", "Trạm Y tế", 0, 500_000),
        (
            "Tư vấn tâm lý cho trẻ (6 buổi)",
            "Cán bộ làm công tác bảo vệ trẻ em",
            "Trung tâm Công tác xã hội thành phố Hải Phòng",
            1_200_000,
            3_000_000,
        ),
        (
            "Trợ giúp pháp lý, đồng hành cùng trẻ trong quá trình tố tụng",
            "Công an",
            "Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng",
            0,
            0,
        ),
        ("Hỗ trợ học phí và đồ dùng học tập", "Nhà trường", "Hội Khuyến học", 500_000, 2_000_000),
        (
            "Hướng dẫn cha mẹ cách giáo dục con không dùng bạo lực",
            "Hội Liên hiệp Phụ nữ",
            "Hội Liên hiệp Phụ nữ",
            200_000,
            800_000,
        ),
        (
            "Thăm gia đình hằng tháng, theo dõi an toàn của trẻ",
            "Cộng tác viên bảo vệ trẻ em",
            "",
            0,
            0,
        ),
        ("Hỗ trợ tiền ăn 60.000 đồng/ngày khi chăm sóc khẩn cấp", "UBND", "", 600_000, 900_000),
        (
            "Lập hồ sơ đề nghị trợ cấp xã hội hằng tháng",
            "Cán bộ làm công tác bảo vệ trẻ em",
            "Phòng Văn hóa – Xã hội",
            0,
            0,
        ),
        (
            "Kết nối học nghề cho trẻ",
            "Đoàn Thanh niên",
            "Trung tâm Giáo dục nghề nghiệp",
            1_000_000,
            5_000_000,
        ),
        ("Cấp thẻ bảo hiểm y tế cho trẻ", "UBND", "Bảo hiểm xã hội", 0, 0),
    )
)
_PROGRESS = _texts(
    "Đã thực hiện đúng tiến độ.",
    "Đang thực hiện; gia đình phối hợp tốt.",
    "Chậm so với kế hoạch do gia đình đi vắng.",
)
_CONCLUSIONS_CLOSE = _texts(
    "Trẻ đã an toàn, sức khỏe và tâm lý ổn định; đề nghị kết thúc kế hoạch.",
    "Các nguy cơ đã được loại bỏ, gia đình đủ khả năng bảo vệ trẻ.",
)
_CONCLUSIONS_CONTINUE = _texts(
    "Nguy cơ vẫn còn; đề nghị xây dựng kế hoạch mới.",
    "Trẻ chưa ổn định tâm lý, cần tiếp tục hỗ trợ.",
)
_CLOSE_REASONS = _texts(
    "Trẻ an toàn, ổn định; mục tiêu kế hoạch đã đạt.",
    "Trẻ đã chuyển đến sống cùng người thân ở nơi an toàn.",
)
_NO_ACTION_REASONS = _texts(
    "Sau đánh giá ban đầu, trẻ không có nguy cơ; không cần can thiệp.",
    "Thông tin tiếp nhận không chính xác; trẻ được chăm sóc đầy đủ.",
)
_PEOPLE_MET = _texts(
    "Mẹ của trẻ", "Bố và mẹ của trẻ", "Bà nội của trẻ", "Ông ngoại và trẻ", "Người giám hộ của trẻ"
)
_OBSERVATIONS = _texts(
    "Trẻ khỏe mạnh, vui vẻ, đi học đều.",
    "Nhà ở chật chội, ẩm thấp; trẻ còn rụt rè.",
    "Gia đình quan tâm chăm sóc trẻ tốt hơn.",
    "Trẻ gầy, ăn uống thất thường.",
    "Không gặp trẻ vì trẻ đang ở trường.",
)
_RISK_FLAGS = _texts(
    "nhà ở tạm bợ", "cha mẹ vắng nhà dài ngày", "trẻ nghỉ học", "có dấu hiệu bạo lực",
    "thiếu ăn", "người gây hại còn ở gần",
)  # fmt: skip
_VISIT_ACTIONS = _texts(
    "Tư vấn cho gia đình về chăm sóc, bảo vệ trẻ.",
    "Nhắc gia đình đưa trẻ đi khám sức khỏe.",
    "Hướng dẫn gia đình làm hồ sơ trợ cấp.",
    "Trao quà hỗ trợ học tập.",
)
_NOTES = _texts(
    "Gọi điện cho mẹ trẻ: trẻ đã đi học lại.",
    "Trung tâm Công tác xã hội đã thực hiện buổi tư vấn thứ hai.",
    "Nhà trường báo trẻ tiến bộ, hòa đồng với bạn.",
    "Gia đình xin lùi lịch thăm vì bận mùa vụ.",
    "Đã chuyển hồ sơ đề nghị trợ cấp lên UBND.",
)
