<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="96"/>
        <source>The sign-in name “{name}” is already used. Choose another.</source>
        <translation>Tên đăng nhập “{name}” đã có người dùng. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="101"/>
        <source>The password is too weak: {reasons}.</source>
        <translation>Mật khẩu chưa đủ mạnh: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="103"/>
        <source>Your role may not add officers. Ask the commune&apos;s officer.</source>
        <translation>Vai trò của bạn không được thêm cán bộ. Hãy nhờ cán bộ bảo vệ trẻ em của xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="106"/>
        <source>The officer could not be added ({error}). Nothing was changed; try again.</source>
        <translation>Chưa thêm được cán bộ ({error}). Chưa có gì thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="137"/>
        <source>Add an officer</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="140"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="140"/>
        <source>Sign-in name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="140"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="147"/>
        <source>Add officer</source>
        <translation>Thêm cán bộ</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/application.py" line="72"/>
        <source>There is no register in this folder yet.</source>
        <translation>Thư mục này chưa có sổ theo dõi trẻ em.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="75"/>
        <source>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</source>
        <translation>Thư mục: {folder}

Để tạo sổ mới, hãy chạy lệnh &apos;bvte init&apos;. Để dùng thử ứng dụng với dữ liệu mẫu, hãy chạy lệnh &apos;bvte demo&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="83"/>
        <source>The register in this folder cannot be opened.</source>
        <translation>Không mở được sổ theo dõi trong thư mục này.</translation>
    </message>
</context>
<context>
    <name>BundleBox</name>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="61"/>
        <source>Without a network: sync by file</source>
        <translation>Không có mạng: đồng bộ bằng tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="67"/>
        <source>A PC with no connection sends its changes on a USB stick; any connected BVTE PC of the city carries the file to the server and saves the answer, which brings back the commune&apos;s news.</source>
        <translation>Máy không có mạng gửi thay đổi bằng USB: một máy BVTE có mạng bất kỳ của thành phố chuyển tệp lên máy chủ và lưu tệp trả lời, tệp này mang dữ liệu mới của xã về.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="74"/>
        <source>Export a file for the city...</source>
        <translation>Xuất tệp gửi thành phố...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="77"/>
        <source>Import the answer...</source>
        <translation>Nhập tệp trả lời...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="81"/>
        <source>Carry another PC&apos;s file to the server...</source>
        <translation>Chuyển tệp của máy khác lên máy chủ...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="85"/>
        <source>Enrol by file...</source>
        <translation>Đăng ký bằng tệp...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="163"/>
        <source>Something went wrong (%1). Nothing was lost.</source>
        <translation>Có lỗi xảy ra (%1). Không có gì bị mất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="183"/>
        <source>Save the file for the city</source>
        <translation>Lưu tệp gửi thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="184"/>
        <location filename="../desktop/ui/sync/bundles.py" line="218"/>
        <location filename="../desktop/ui/sync/bundles.py" line="253"/>
        <location filename="../desktop/ui/sync/bundles.py" line="259"/>
        <source>BVTE sync files (*.bvte)</source>
        <translation>Tệp đồng bộ BVTE (*.bvte)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="191"/>
        <source>Writing the file...</source>
        <translation>Đang ghi tệp...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="198"/>
        <source>%1 changes were written to %2, sealed: only the city server can read them.</source>
        <translation>Đã ghi %1 thay đổi vào tệp %2, đã mã hóa: chỉ máy chủ thành phố đọc được.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="202"/>
        <source>No change waits to be sent: the file %1 asks the city for the commune&apos;s news.</source>
        <translation>Không có thay đổi nào chờ gửi: tệp %1 chỉ xin thành phố gửi dữ liệu mới của xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="206"/>
        <source>%1 changes did not fit; they go in the next file, once this file&apos;s answer is imported.</source>
        <translation>%1 thay đổi chưa vừa tệp này; chúng đi trong tệp sau, khi đã nhập tệp trả lời của tệp này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="210"/>
        <source>The file also completes this PC&apos;s enrolment.</source>
        <translation>Tệp này cũng hoàn tất việc đăng ký máy.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="212"/>
        <source>Take it to a connected BVTE PC of the city and bring its answer back.</source>
        <translation>Hãy mang tệp đến một máy BVTE có mạng của thành phố và mang tệp trả lời về.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="217"/>
        <source>Choose the answer file</source>
        <translation>Chọn tệp trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="224"/>
        <source>Importing the answer...</source>
        <translation>Đang nhập tệp trả lời...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="230"/>
        <source>The answer is imported: %1 changes taken by the server, %2 conflicts, %3 refused, %4 records received.</source>
        <translation>Đã nhập tệp trả lời: %1 thay đổi được máy chủ nhận, %2 xung đột, %3 bị từ chối, %4 bản ghi mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="241"/>
        <source>The city has confirmed this PC&apos;s enrolment.</source>
        <translation>Thành phố đã xác nhận đăng ký của máy này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="244"/>
        <source>%1 records wait for the records they belong to; the next answer brings them.</source>
        <translation>%1 bản ghi chờ bản ghi gốc của chúng; tệp trả lời sau sẽ mang đến đủ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="252"/>
        <source>Choose the file of the PC with no network</source>
        <translation>Chọn tệp của máy không có mạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="258"/>
        <source>Save the server&apos;s answer</source>
        <translation>Lưu tệp trả lời của máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="267"/>
        <source>Sending the file to the server and waiting for its answer...</source>
        <translation>Đang gửi tệp lên máy chủ và chờ trả lời...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="277"/>
        <source>The server took the file: %1 changes of commune %2. The answer is %3: copy it to the USB stick and import it on the PC that made the file.</source>
        <translation>Máy chủ đã nhận tệp: %1 thay đổi của xã %2. Tệp trả lời là %3: hãy chép vào USB và nhập ở máy đã tạo tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="301"/>
        <source>Choose the enrolment file</source>
        <translation>Chọn tệp đăng ký máy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="302"/>
        <source>BVTE enrolment files (*.bvte-enrol)</source>
        <translation>Tệp đăng ký máy BVTE (*.bvte-enrol)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="308"/>
        <source>Reading the enrolment file...</source>
        <translation>Đang đọc tệp đăng ký...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="320"/>
        <source>Checking the code (a few seconds)...</source>
        <translation>Đang kiểm tra mã (vài giây)...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="326"/>
        <source>This PC is enrolled by file for %1. Export a file for the city and let it reach the server before %2: its answer completes the enrolment.</source>
        <translation>Máy này đã đăng ký bằng tệp cho %1. Hãy xuất tệp gửi thành phố và để tệp đến máy chủ trước %2: tệp trả lời sẽ hoàn tất đăng ký.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="13"/>
        <source>Case no.</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="14"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="15"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="16"/>
        <source>Risk</source>
        <translation>Nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="17"/>
        <source>Received</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="18"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="19"/>
        <source>Next deadline</source>
        <translation>Hạn gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="69"/>
        <source>Provisional number, until the city server confirms it</source>
        <translation>Số tạm thời, cho đến khi máy chủ thành phố xác nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="78"/>
        <source>(child not yet identified)</source>
        <translation>(chưa xác định được trẻ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="87"/>
        <source>{0} · emergency</source>
        <translation>{0} · khẩn cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="99"/>
        <source>{0} (overdue)</source>
        <translation>{0} (quá hạn)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="159"/>
        <source>← Cases</source>
        <translation>← Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="160"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="165"/>
        <source>Preview, print or save this case&apos;s forms as PDF</source>
        <translation>Xem trước, in hoặc lưu các biểu mẫu của vụ việc này thành PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Report</source>
        <translation>Thông tin tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Tasks</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="174"/>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="174"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="174"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="203"/>
        <source>child not yet identified</source>
        <translation>chưa xác định được trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="204"/>
        <source>Case {0} · {1}</source>
        <translation>Vụ việc {0} · {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="207"/>
        <source>risk: {0}</source>
        <translation>nguy cơ: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="208"/>
        <source>emergency case</source>
        <translation>vụ việc khẩn cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="209"/>
        <source>received {0} via {1}</source>
        <translation>tiếp nhận {0} qua {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="210"/>
        <source>officer: {0}</source>
        <translation>cán bộ: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="311"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="312"/>
        <source>Hotline 111 reference</source>
        <translation>Mã tham chiếu Tổng đài 111</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="313"/>
        <source>Category</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="314"/>
        <source>Forms of abuse</source>
        <translation>Hình thức xâm hại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="315"/>
        <source>Place</source>
        <translation>Nơi xảy ra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="316"/>
        <source>Situation</source>
        <translation>Tình trạng của trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="317"/>
        <source>Likely outcome without help</source>
        <translation>Hậu quả có thể xảy ra nếu không can thiệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="318"/>
        <source>Already done</source>
        <translation>Những việc đã làm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="323"/>
        <source>Temporary isolation</source>
        <translation>Cách ly tạm thời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="324"/>
        <source>{0} until {1} at {2}</source>
        <translation>{0}, đến {1}, tại {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="357"/>
        <source>Show (recorded in the audit log)</source>
        <translation>Xem (được ghi vào nhật ký truy cập)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="362"/>
        <source>Hidden for your role</source>
        <translation>Ẩn với vai trò của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="371"/>
        <source>HIV positive</source>
        <translation>Nhiễm HIV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="372"/>
        <source>HIV negative</source>
        <translation>Không nhiễm HIV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="373"/>
        <location filename="../desktop/ui/cases/case_page.py" line="374"/>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="31"/>
        <source>Report received (form 01)</source>
        <translation>Tiếp nhận thông tin (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="32"/>
        <source>Child identified in the register</source>
        <translation>Xác định được trẻ trong sổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="33"/>
        <source>Initial assessment (form 02)</source>
        <translation>Đánh giá ban đầu (Mẫu 02)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="112"/>
        <location filename="../desktop/ui/cases/texts.py" line="34"/>
        <source>Emergency measures</source>
        <translation>Biện pháp khẩn cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="35"/>
        <source>Temporary isolation decided (form 07)</source>
        <translation>Quyết định cách ly tạm thời (Mẫu 07)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="36"/>
        <source>Isolation extended</source>
        <translation>Gia hạn cách ly</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="37"/>
        <source>Isolation ended</source>
        <translation>Chấm dứt cách ly</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="38"/>
        <source>Detailed assessment (form 03)</source>
        <translation>Đánh giá cụ thể (Mẫu 03)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="213"/>
        <location filename="../desktop/ui/cases/texts.py" line="39"/>
        <source>Case meeting</source>
        <translation>Họp về vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="40"/>
        <source>Plan drafting started (form 04)</source>
        <translation>Bắt đầu lập kế hoạch (Mẫu 04)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="41"/>
        <source>Draft plan saved</source>
        <translation>Lưu dự thảo kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="42"/>
        <source>Plan submitted to the Chairman</source>
        <translation>Trình kế hoạch lên Chủ tịch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="43"/>
        <source>Plan approved (form 05)</source>
        <translation>Phê duyệt kế hoạch (Mẫu 05)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="44"/>
        <source>Plan returned for changes</source>
        <translation>Kế hoạch bị trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="45"/>
        <source>Task progress</source>
        <translation>Tiến độ công việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="368"/>
        <location filename="../desktop/ui/cases/texts.py" line="46"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="47"/>
        <source>Review (form 06)</source>
        <translation>Rà soát (Mẫu 06)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="302"/>
        <location filename="../desktop/ui/cases/texts.py" line="48"/>
        <source>New plan cycle</source>
        <translation>Chu kỳ kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="49"/>
        <source>Case closed</source>
        <translation>Kết thúc vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="50"/>
        <source>Closed without intervention</source>
        <translation>Đóng, không can thiệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="51"/>
        <source>Case transferred</source>
        <translation>Chuyển vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="52"/>
        <source>Case reopened</source>
        <translation>Mở lại vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="54"/>
        <source>Home visit</source>
        <translation>Thăm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="57"/>
        <source>Initial assessment (12 hours)</source>
        <translation>Đánh giá ban đầu (12 giờ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="58"/>
        <source>Emergency measures (12 hours)</source>
        <translation>Biện pháp khẩn cấp (12 giờ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="59"/>
        <source>Draft the plan (5 working days)</source>
        <translation>Xây dựng kế hoạch (5 ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="60"/>
        <source>Plan approval (2 working days)</source>
        <translation>Phê duyệt kế hoạch (2 ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="61"/>
        <source>Temporary isolation ends</source>
        <translation>Hết thời hạn cách ly tạm thời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="62"/>
        <source>Plan task</source>
        <translation>Công việc trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="63"/>
        <source>Home visit due</source>
        <translation>Đến hạn thăm hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="67"/>
        <source>Informant</source>
        <translation>Người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="68"/>
        <source>Alleged perpetrator</source>
        <translation>Người bị nghi xâm hại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="69"/>
        <source>Sexual abuse details</source>
        <translation>Chi tiết xâm hại tình dục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="70"/>
        <source>HIV status</source>
        <translation>Tình trạng HIV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="71"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="75"/>
        <source>risk</source>
        <translation>nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="76"/>
        <source>emergency</source>
        <translation>khẩn cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="77"/>
        <source>chaired by</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="78"/>
        <source>attendees</source>
        <translation>số người dự</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="79"/>
        <source>decision no.</source>
        <translation>số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="80"/>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="81"/>
        <source>version</source>
        <translation>phiên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="82"/>
        <source>total cost</source>
        <translation>tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="83"/>
        <source>outcome</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="84"/>
        <source>child seen</source>
        <translation>gặp trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="85"/>
        <source>next visit</source>
        <translation>lần thăm tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="86"/>
        <source>signed by</source>
        <translation>người ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="90"/>
        <source>This step cannot be taken while the case is at its current stage.</source>
        <translation>Không thể thực hiện bước này ở giai đoạn hiện tại của vụ việc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="93"/>
        <source>The child is in danger: record the emergency measures or the isolation decision first.</source>
        <translation>Trẻ đang gặp nguy hiểm: hãy ghi biện pháp khẩn cấp hoặc quyết định cách ly trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="97"/>
        <source>This case is already linked to a child in the register.</source>
        <translation>Vụ việc này đã gắn với một trẻ trong sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="100"/>
        <source>A child at high risk or in danger cannot be closed without intervention. Continue with the detailed assessment.</source>
        <translation>Không thể đóng vụ việc của trẻ có nguy cơ cao hoặc đang gặp nguy hiểm mà không can thiệp. Hãy tiếp tục đánh giá cụ thể.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="105"/>
        <source>The temporary isolation is still in force. End it before closing the case.</source>
        <translation>Quyết định cách ly tạm thời vẫn còn hiệu lực. Hãy chấm dứt cách ly trước khi kết thúc vụ việc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="108"/>
        <source>The latest review did not propose closing the case.</source>
        <translation>Lần rà soát gần nhất không đề xuất kết thúc vụ việc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="111"/>
        <source>The latest review did not ask for a new plan.</source>
        <translation>Lần rà soát gần nhất không đề xuất lập kế hoạch mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="114"/>
        <location filename="../desktop/ui/cases/texts.py" line="152"/>
        <source>Write the reason.</source>
        <translation>Hãy ghi lý do.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="115"/>
        <source>The time received is in the future. Check the date and time.</source>
        <translation>Thời điểm tiếp nhận ở tương lai. Hãy kiểm tra ngày giờ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="118"/>
        <source>A report from hotline 111 needs the hotline&apos;s reference number.</source>
        <translation>Thông tin từ Tổng đài 111 cần có mã tham chiếu của Tổng đài.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="121"/>
        <source>Choose the child from the register, or describe a child not yet identified.</source>
        <translation>Hãy chọn trẻ trong sổ, hoặc mô tả trẻ chưa xác định được.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="124"/>
        <source>Tick at least one form of abuse for an abused child.</source>
        <translation>Hãy đánh dấu ít nhất một hình thức xâm hại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="127"/>
        <source>Sexual abuse details need &apos;Sexual abuse&apos; ticked among the forms of abuse.</source>
        <translation>Muốn ghi chi tiết xâm hại tình dục, hãy đánh dấu &apos;Xâm hại tình dục&apos; trong các hình thức xâm hại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="130"/>
        <source>Describe the emergency measures taken.</source>
        <translation>Hãy mô tả các biện pháp khẩn cấp đã áp dụng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="133"/>
        <source>Enter the number of the Chairman&apos;s signed decision.</source>
        <translation>Hãy nhập số quyết định đã được Chủ tịch ký.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="136"/>
        <source>An isolation decision is already in force; extend it instead.</source>
        <translation>Đã có quyết định cách ly còn hiệu lực; hãy gia hạn quyết định đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="139"/>
        <source>Enter the safe place.</source>
        <translation>Hãy nhập nơi ở an toàn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="140"/>
        <source>Enter who cares for the child.</source>
        <translation>Hãy nhập người chăm sóc trẻ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="141"/>
        <source>Temporary isolation may last at most 15 days unless an authority orders longer.</source>
        <translation>Cách ly tạm thời không quá 15 ngày, trừ khi cơ quan có thẩm quyền yêu cầu dài hơn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="145"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="148"/>
        <source>No isolation is in force.</source>
        <translation>Không có quyết định cách ly nào đang có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="149"/>
        <source>The new end date must be later than the current one.</source>
        <translation>Ngày kết thúc mới phải sau ngày kết thúc hiện tại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="153"/>
        <source>Isolation ends after a new detailed assessment finds the home safe. Record it first.</source>
        <translation>Chỉ chấm dứt cách ly khi đánh giá cụ thể mới cho thấy gia đình đã an toàn. Hãy ghi đánh giá đó trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="157"/>
        <source>Fill in at least one item of the assessment.</source>
        <translation>Hãy điền ít nhất một mục của đánh giá.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="160"/>
        <source>Enter who chaired the meeting.</source>
        <translation>Hãy nhập người chủ trì cuộc họp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="161"/>
        <source>List the people who attended, one per line.</source>
        <translation>Hãy liệt kê người dự họp, mỗi người một dòng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="164"/>
        <source>Record the detailed assessment before drafting the plan.</source>
        <translation>Hãy ghi đánh giá cụ thể trước khi lập kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="167"/>
        <source>Record the case meeting chaired by the Chairman before drafting the plan.</source>
        <translation>Hãy ghi cuộc họp do Chủ tịch chủ trì trước khi lập kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="170"/>
        <source>There is no draft plan.</source>
        <translation>Chưa có dự thảo kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="171"/>
        <source>Add at least one task to the plan.</source>
        <translation>Hãy thêm ít nhất một công việc vào kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="172"/>
        <source>Task {position} needs who is responsible, a start date and an end date.</source>
        <translation>Công việc {position} cần có người chịu trách nhiệm, ngày bắt đầu và ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="175"/>
        <source>Task {position} has no description.</source>
        <translation>Công việc {position} chưa có nội dung.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="176"/>
        <source>Task {position} has a negative cost.</source>
        <translation>Công việc {position} có kinh phí âm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="177"/>
        <source>Task {position} ends before it starts.</source>
        <translation>Công việc {position} kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="180"/>
        <source>No plan is waiting for approval.</source>
        <translation>Không có kế hoạch nào đang chờ phê duyệt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="181"/>
        <source>Write why the plan is returned.</source>
        <translation>Hãy ghi lý do trả lại kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="182"/>
        <source>That task is not in the approved plan.</source>
        <translation>Công việc này không có trong kế hoạch đã phê duyệt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="183"/>
        <source>Enter the decision number.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="184"/>
        <source>Enter who signed the decision.</source>
        <translation>Hãy nhập người ký quyết định.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="185"/>
        <source>The decision date is before the plan was submitted.</source>
        <translation>Ngày quyết định trước ngày trình kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="188"/>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="189"/>
        <source>Rate every criterion.</source>
        <translation>Hãy đánh giá đủ mọi tiêu chí.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="190"/>
        <source>The harm is still serious or the abuser can still reach the child: the case cannot be closed. Choose a new plan cycle.</source>
        <translation>Tổn hại vẫn nghiêm trọng hoặc người xâm hại vẫn tiếp cận được trẻ: chưa thể kết thúc vụ việc. Hãy chọn lập kế hoạch mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="195"/>
        <source>Choose the commune the case goes to (5-digit code).</source>
        <translation>Hãy nhập xã nhận vụ việc (mã 5 chữ số).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="198"/>
        <source>The case is already in this commune.</source>
        <translation>Vụ việc đang ở chính xã này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="199"/>
        <source>Your role does not allow this step. Ask the officer in charge.</source>
        <translation>Vai trò của bạn không được thực hiện bước này. Hãy liên hệ cán bộ phụ trách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="202"/>
        <source>Your role does not allow you to see this information.</source>
        <translation>Vai trò của bạn không được xem thông tin này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="205"/>
        <source>The time is incomplete.</source>
        <translation>Thời gian chưa đầy đủ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="207"/>
        <source>The step could not be saved ({0}). Nothing was changed; try again.</source>
        <translation>Không lưu được bước này ({0}). Chưa có gì thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="210"/>
        <source>Someone else changed this case meanwhile. It has been reloaded; redo the step.</source>
        <translation>Vụ việc vừa được người khác sửa. Đã tải lại; hãy làm lại bước này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="253"/>
        <source>overdue by {0}</source>
        <translation>quá hạn {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="254"/>
        <source>{0} left</source>
        <translation>còn {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="53"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="55"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="16"/>
        <source>Received at</source>
        <translation>Thời điểm tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="19"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="24"/>
        <source>Hotline 111 reference</source>
        <translation>Mã tham chiếu Tổng đài 111</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="358"/>
        <location filename="../desktop/ui/cases/intake.py" line="27"/>
        <source>Child in the register</source>
        <translation>Trẻ trong sổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="30"/>
        <source>(not yet identified: describe below)</source>
        <translation>(chưa xác định: mô tả bên dưới)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="35"/>
        <source>Child not yet identified</source>
        <translation>Trẻ chưa xác định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="38"/>
        <source>Category</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="42"/>
        <source>Forms of abuse</source>
        <translation>Hình thức xâm hại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="46"/>
        <source>Place of the incident</source>
        <translation>Nơi xảy ra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="47"/>
        <source>The child&apos;s condition</source>
        <translation>Tình trạng của trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="50"/>
        <source>Likely outcome without help</source>
        <translation>Hậu quả có thể xảy ra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="53"/>
        <source>Already done</source>
        <translation>Những việc đã làm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="56"/>
        <source>The child is in danger now (12-hour limit)</source>
        <translation>Trẻ đang gặp nguy hiểm (thời hạn 12 giờ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="61"/>
        <source>Alleged perpetrator (restricted)</source>
        <translation>Người bị nghi xâm hại (hạn chế)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="65"/>
        <source>Sexual abuse details (restricted)</source>
        <translation>Chi tiết xâm hại tình dục (hạn chế)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="68"/>
        <source>Informant&apos;s name (confidential)</source>
        <translation>Họ tên người báo tin (bảo mật)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="70"/>
        <source>Informant&apos;s phone</source>
        <translation>Điện thoại người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="71"/>
        <source>Informant&apos;s address</source>
        <translation>Địa chỉ người báo tin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="74"/>
        <source>The informant agrees to be recorded</source>
        <translation>Người báo tin đồng ý cho ghi lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="84"/>
        <source>New report (form 01)</source>
        <translation>Tiếp nhận thông tin mới (Mẫu 01)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="24"/>
        <source>a) Physical and emotional state</source>
        <translation>a) Tình trạng thể chất, tinh thần</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="25"/>
        <source>b) Family and its capacity to protect</source>
        <translation>b) Gia đình và khả năng bảo vệ trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="26"/>
        <source>c) Risk factors</source>
        <translation>c) Các yếu tố nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="29"/>
        <source>d) Schooling and self-protection</source>
        <translation>d) Học tập và khả năng tự bảo vệ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="31"/>
        <source>e) Community safety and support</source>
        <translation>e) Mức độ an toàn và hỗ trợ của cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="34"/>
        <source>f) Needs: medical, assistance, education, legal, psychological</source>
        <translation>f) Nhu cầu: y tế, trợ giúp, giáo dục, pháp lý, tâm lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="38"/>
        <source>g) The child&apos;s views</source>
        <translation>g) Ý kiến của trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="39"/>
        <source>h) The parents&apos; views</source>
        <translation>h) Ý kiến của cha mẹ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="42"/>
        <source>Harm still serious</source>
        <translation>Tổn hại còn nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="43"/>
        <source>Abuser can still reach the child</source>
        <translation>Người xâm hại còn tiếp cận được trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="44"/>
        <source>Obstacles in the care environment</source>
        <translation>Trở ngại trong môi trường chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="45"/>
        <source>Child&apos;s capacity to protect themselves</source>
        <translation>Khả năng tự bảo vệ của trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="46"/>
        <source>Child&apos;s capacity to recover</source>
        <translation>Khả năng phục hồi của trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="61"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="80"/>
        <source>Initial assessment</source>
        <translation>Đánh giá ban đầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="86"/>
        <location filename="../desktop/ui/cases/editors.py" line="200"/>
        <source>Risk level</source>
        <translation>Mức độ nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="94"/>
        <source>The child is in danger: emergency measures within 12 hours</source>
        <translation>Trẻ đang gặp nguy hiểm: can thiệp khẩn cấp trong 12 giờ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="101"/>
        <source>Harm observed</source>
        <translation>Tổn hại ghi nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="104"/>
        <source>Temporary safety measures taken</source>
        <translation>Biện pháp bảo đảm an toàn tạm thời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="119"/>
        <source>Measures taken (police, first aid, evidence, 111)</source>
        <translation>Biện pháp đã áp dụng (công an, sơ cứu, giữ chứng cứ, 111)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="130"/>
        <source>Isolation decision</source>
        <translation>Quyết định cách ly</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="134"/>
        <location filename="../desktop/ui/cases/editors.py" line="242"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="136"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="140"/>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="144"/>
        <source>Safe place</source>
        <translation>Nơi ở an toàn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="145"/>
        <source>Carer</source>
        <translation>Người chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="148"/>
        <location filename="../desktop/ui/cases/editors.py" line="169"/>
        <source>An authority ordered a longer period</source>
        <translation>Cơ quan có thẩm quyền yêu cầu thời gian dài hơn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="156"/>
        <source>Extend isolation</source>
        <translation>Gia hạn cách ly</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="162"/>
        <source>New end date</source>
        <translation>Ngày kết thúc mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="178"/>
        <source>End isolation</source>
        <translation>Chấm dứt cách ly</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="182"/>
        <source>Ended on</source>
        <translation>Chấm dứt ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="190"/>
        <source>Detailed assessment</source>
        <translation>Đánh giá cụ thể</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="218"/>
        <source>Held at</source>
        <translation>Thời gian họp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="220"/>
        <source>Chaired by</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="222"/>
        <source>Attendees (one per line)</source>
        <translation>Người dự họp (mỗi người một dòng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="224"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="230"/>
        <source>Start the plan</source>
        <translation>Lập kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="233"/>
        <location filename="../desktop/ui/cases/editors.py" line="305"/>
        <source>Goals of the plan</source>
        <translation>Mục tiêu của kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="238"/>
        <source>Approve the plan</source>
        <translation>Phê duyệt kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="245"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="249"/>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="252"/>
        <source>Signed by a Vice-Chairman</source>
        <translation>Phó Chủ tịch ký thay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="260"/>
        <source>Return the plan</source>
        <translation>Trả lại kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="263"/>
        <source>What must change</source>
        <translation>Nội dung cần sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="268"/>
        <source>Review</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="275"/>
        <source>Review date</source>
        <translation>Ngày rà soát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="282"/>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="285"/>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="310"/>
        <source>Close the case</source>
        <translation>Kết thúc vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="71"/>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="318"/>
        <source>Close without intervention</source>
        <translation>Đóng, không can thiệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="326"/>
        <source>Transfer</source>
        <translation>Chuyển vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="332"/>
        <source>Transfer to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="336"/>
        <source>Commune code (5 digits)</source>
        <translation>Mã xã (5 chữ số)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="343"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="347"/>
        <source>New information</source>
        <translation>Thông tin mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="348"/>
        <source>The child is in danger</source>
        <translation>Trẻ đang gặp nguy hiểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="354"/>
        <source>Link the registered child</source>
        <translation>Gắn với trẻ trong sổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="365"/>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="105"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="106"/>
        <source>Overdue only</source>
        <translation>Chỉ vụ việc quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="107"/>
        <source>New report…</source>
        <translation>Báo cáo mới…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="112"/>
        <source>Open cases</source>
        <translation>Vụ việc đang mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="113"/>
        <source>All stages</source>
        <translation>Mọi bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="118"/>
        <source>Any risk</source>
        <translation>Mọi mức nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="124"/>
        <source>All officers</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="125"/>
        <source>My cases</source>
        <translation>Vụ việc của tôi</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/cases/page.py" line="163"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n vụ việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Case number</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Risk</source>
        <translation>Mức nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="86"/>
        <source>Cases are opened and worked on in the Cases page; double-click one to go there.</source>
        <translation>Vụ việc được mở và xử lý ở trang Vụ việc; bấm đúp vào một vụ việc để chuyển tới đó.</translation>
    </message>
</context>
<context>
    <name>ChildMessages</name>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="13"/>
        <source>Enter the child&apos;s full name.</source>
        <translation>Nhập họ và tên của trẻ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="15"/>
        <source>Choose the child&apos;s sex.</source>
        <translation>Chọn giới tính của trẻ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="17"/>
        <source>Enter the date of birth. If only the age is known, enter 01/07 of the birth year and tick &apos;estimated&apos;.</source>
        <translation>Nhập ngày sinh. Nếu chỉ biết tuổi, nhập ngày 01/07 của năm sinh và đánh dấu &quot;ước tính&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="23"/>
        <source>A date is in the future. Check the day, month and year.</source>
        <translation>Có một ngày ở tương lai. Kiểm tra lại ngày, tháng, năm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="27"/>
        <source>An end date is before its start date. Correct one of them.</source>
        <translation>Có ngày kết thúc trước ngày bắt đầu. Sửa lại một trong hai ngày.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="31"/>
        <source>The ID number may hold digits only (12 digits).</source>
        <translation>Số định danh chỉ gồm chữ số (12 chữ số).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="35"/>
        <source>The ID number has {n} digits; it must have 12.</source>
        <translation>Số định danh có {n} chữ số; phải đủ 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="39"/>
        <source>The 4th digit of the ID number cannot be right for a child. Check the number.</source>
        <translation>Chữ số thứ 4 của số định danh không thể đúng với một trẻ em. Kiểm tra lại số.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="44"/>
        <source>The ID number is for the other sex (4th digit). Check the number or the sex.</source>
        <translation>Số định danh là của giới tính khác (chữ số thứ 4). Kiểm tra lại số hoặc giới tính.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="49"/>
        <source>The ID number gives birth year {id_year}, the form says {birth_year}. Check the number or the date of birth.</source>
        <translation>Số định danh cho năm sinh {id_year}, còn hồ sơ ghi {birth_year}. Kiểm tra lại số hoặc ngày sinh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="55"/>
        <source>Each carer needs a full name.</source>
        <translation>Mỗi người chăm sóc cần có họ và tên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="57"/>
        <source>A carer&apos;s year of birth is not a possible year.</source>
        <translation>Năm sinh của một người chăm sóc không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="61"/>
        <source>Choose a subgroup that belongs to the chosen group.</source>
        <translation>Chọn nhóm nhỏ thuộc đúng nhóm đã chọn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="65"/>
        <source>Enter the monthly amount of each allowance (in đồng).</source>
        <translation>Nhập mức trợ cấp hằng tháng của từng khoản (đồng).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="68"/>
        <source>Check this field ({code}).</source>
        <translation>Kiểm tra lại mục này ({code}).</translation>
    </message>
</context>
<context>
    <name>ChildProfile</name>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="46"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="48"/>
        <location filename="../desktop/ui/child/specs.py" line="124"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="51"/>
        <source>Sex *</source>
        <translation>Giới tính *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="60"/>
        <source>Date of birth *</source>
        <translation>Ngày sinh *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="64"/>
        <source>Estimated (only the year or age is known)</source>
        <translation>Ước tính (chỉ biết năm sinh hoặc tuổi)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="67"/>
        <location filename="../desktop/ui/child/specs.py" line="139"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="68"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="71"/>
        <source>Birth registration</source>
        <translation>Đăng ký khai sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="75"/>
        <location filename="../desktop/ui/child/specs.py" line="110"/>
        <source>Village/residential group</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="76"/>
        <source>Current address</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="77"/>
        <source>Permanent address</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="78"/>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="81"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="87"/>
        <source>Health insurance card</source>
        <translation>Thẻ bảo hiểm y tế</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="91"/>
        <source>Alternative care</source>
        <translation>Chăm sóc thay thế</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="97"/>
        <source>Collaborator following the child</source>
        <translation>Cộng tác viên theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="99"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="109"/>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="111"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="112"/>
        <location filename="../desktop/ui/child/specs.py" line="140"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="115"/>
        <source>Poverty status</source>
        <translation>Hộ nghèo/cận nghèo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="127"/>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="133"/>
        <source>Situation</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="137"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="138"/>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="160"/>
        <source>Group (Law on Children, Art. 10)</source>
        <translation>Nhóm (Điều 10 Luật Trẻ em)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="166"/>
        <source>Subgroup (Decree 56)</source>
        <translation>Nhóm nhỏ (Nghị định 56)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="171"/>
        <location filename="../desktop/ui/child/specs.py" line="193"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="172"/>
        <location filename="../desktop/ui/child/specs.py" line="194"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="174"/>
        <source>Evidence / documents</source>
        <translation>Căn cứ / giấy tờ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="183"/>
        <source>Category (Decree 20/2021)</source>
        <translation>Diện hưởng (Nghị định 20/2021)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="187"/>
        <source>Coefficient</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="189"/>
        <source>Monthly amount</source>
        <translation>Mức hằng tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="191"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="192"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
</context>
<context>
    <name>ChildProfileDialog</name>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="240"/>
        <source>Restored changes that were not saved. Check them, then save.</source>
        <translation>Đã khôi phục những thay đổi chưa lưu. Kiểm tra lại rồi lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="252"/>
        <source>The child&apos;s file could not be opened ({0}). Close and try again.</source>
        <translation>Không mở được hồ sơ của trẻ ({0}). Đóng cửa sổ rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="381"/>
        <source>the same ID number</source>
        <translation>cùng số định danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="382"/>
        <source>the same name and date of birth</source>
        <translation>cùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="384"/>
        <source>This child may already be in the register, with {why}: {name}, born {born}, {village}. Open that file instead, or save if it is a different child.</source>
        <translation>Trẻ này có thể đã có trong sổ, {why}: {name}, sinh {born}, {village}. Hãy mở hồ sơ đó, hoặc lưu nếu đây là một trẻ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="393"/>
        <source>Someone saved this child&apos;s file after you opened it, so your changes were not saved. They are still here in the form: note them, press Reload to see the saved version, then enter them again.</source>
        <translation>Hồ sơ của trẻ đã được người khác lưu sau khi bạn mở, nên thay đổi của bạn chưa được lưu. Các thay đổi vẫn còn trong biểu mẫu: hãy ghi lại, bấm &quot;Tải lại bản đã lưu&quot; để xem bản mới, rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="401"/>
        <source>The file could not be saved ({0}). Your changes are still in the form; try again.</source>
        <translation>Không lưu được hồ sơ ({0}). Thay đổi của bạn vẫn còn trong biểu mẫu; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="447"/>
        <source>Close without saving? The changes made in this window will be lost.</source>
        <translation>Đóng mà không lưu? Những thay đổi trong cửa sổ này sẽ bị mất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="464"/>
        <source>Child&apos;s file</source>
        <translation>Hồ sơ trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="464"/>
        <location filename="../desktop/ui/child/dialog.py" line="470"/>
        <source>New child</source>
        <translation>Thêm trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="465"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="472"/>
        <source>&amp;General</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="472"/>
        <source>&amp;Household and carers</source>
        <translation>&amp;Hộ gia đình và người chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="473"/>
        <source>&amp;Special circumstances</source>
        <translation>Hoàn cảnh đặc &amp;biệt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="473"/>
        <source>&amp;Allowances</source>
        <translation>&amp;Trợ cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="473"/>
        <source>Cas&amp;es</source>
        <translation>&amp;Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="474"/>
        <source>Home &amp;visits</source>
        <translation>Thăm &amp;hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="474"/>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="477"/>
        <source>Carers</source>
        <translation>Người chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="478"/>
        <source>Open that child&apos;s file</source>
        <translation>Mở hồ sơ trẻ đó</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="479"/>
        <source>It is a different child: save</source>
        <translation>Đây là trẻ khác: lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="480"/>
        <source>Reload the saved version</source>
        <translation>Tải lại bản đã lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="482"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="482"/>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="482"/>
        <source>Situation</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="483"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <source>Subgroup</source>
        <translation>Nhóm nhỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <location filename="../desktop/ui/child/dialog.py" line="485"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <location filename="../desktop/ui/child/dialog.py" line="486"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="485"/>
        <source>Category</source>
        <translation>Diện hưởng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="485"/>
        <source>Monthly amount</source>
        <translation>Mức hằng tháng</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="110"/>
        <source>Your commune</source>
        <translation>Xã, phường của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="111"/>
        <source>Step 1 of 4</source>
        <translation>Bước 1/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="114"/>
        <source>Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).</source>
        <translation>Chọn xã, phường hoặc đặc khu mà máy tính này giữ sổ theo dõi. Gõ một phần tên, không cần gõ dấu (ví dụ “hong bang”).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="118"/>
        <source>Search: name or code</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/first_run/commune_page.py" line="134"/>
        <source>%n unit(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n đơn vị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>My value</source>
        <translation>Giá trị của tôi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>Server value</source>
        <translation>Giá trị trên máy chủ</translation>
    </message>
</context>
<context>
    <name>CountdownCard</name>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="58"/>
        <source>Open case</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="63"/>
        <source>child not yet identified</source>
        <translation>chưa xác định được trẻ</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="57"/>
        <source>A register already exists in this folder. Close BVTE and open it instead; nothing was overwritten.</source>
        <translation>Thư mục này đã có sổ theo dõi. Hãy đóng BVTE rồi mở sổ đó; không có gì bị ghi đè.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="62"/>
        <source>The register could not be written to the data folder ({error}). Check that the disk has free space and the folder may be written, then try again.</source>
        <translation>Không ghi được sổ vào thư mục dữ liệu ({error}). Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="90"/>
        <source>Creating the register</source>
        <translation>Đang tạo sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="91"/>
        <source>Step 3 of 4</source>
        <translation>Bước 3/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="92"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="96"/>
        <source>The encrypted register is ready.</source>
        <translation>Sổ theo dõi đã được mã hóa và sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="100"/>
        <source>Creating the encrypted register and protecting it with your password. This takes a few seconds…</source>
        <translation>Đang tạo sổ theo dõi mã hóa và bảo vệ bằng mật khẩu của bạn. Việc này mất vài giây…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="164"/>
        <source>“%1” is not a date. Type it as day/month/year, e.g. 15/03/2014.</source>
        <translation>“%1” không phải là ngày. Nhập theo ngày/tháng/năm, ví dụ 15/03/2014.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="167"/>
        <source>There is no such day: %1. Check the day and the month.</source>
        <translation>Không có ngày này: %1. Kiểm tra lại ngày và tháng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="171"/>
        <source>Check the year of %1: it must be between 1900 and 2100.</source>
        <translation>Kiểm tra lại năm của %1: năm phải từ 1900 đến 2100.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="175"/>
        <source>Enter a date (day/month/year).</source>
        <translation>Nhập ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="237"/>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="238"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="21"/>
        <source>This case has no data for that form yet (for example no plan or no decision). Enter it first, then print again.</source>
        <translation>Hồ sơ này chưa có dữ liệu cho biểu mẫu đó (ví dụ chưa có kế hoạch hoặc quyết định). Hãy nhập dữ liệu trước rồi in lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="27"/>
        <source>The record was not found; it may have been deleted. Refresh the page.</source>
        <translation>Không tìm thấy hồ sơ; có thể hồ sơ đã bị xóa. Hãy tải lại trang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="33"/>
        <source>The form template file %1 has an error at &apos;%2&apos;. Ask the technical staff to fix or restore the files in resources/forms.</source>
        <translation>Tệp mẫu văn bản %1 có lỗi ở mục &apos;%2&apos;. Hãy nhờ bộ phận kỹ thuật sửa hoặc khôi phục các tệp trong resources/forms.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="44"/>
        <source>The document could not be prepared. Saved data is not affected; try again.</source>
        <translation>Không chuẩn bị được văn bản. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="89"/>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="36"/>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/printing/preview.py" line="51"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="53"/>
        <source>Restricted information is hidden for your account.</source>
        <translation>Thông tin hạn chế đã được che theo quyền của tài khoản.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="57"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="58"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="60"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="98"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="142"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="144"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="158"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="160"/>
        <source>The file could not be written. Choose another folder (for example Documents) and check that the disk is not full.</source>
        <translation>Không ghi được tệp. Hãy chọn thư mục khác (ví dụ Tài liệu) và kiểm tra ổ đĩa còn chỗ trống.</translation>
    </message>
</context>
<context>
    <name>DocumentPrintMenu</name>
    <message>
        <location filename="../desktop/ui/printing/menu.py" line="22"/>
        <location filename="../desktop/ui/printing/menu.py" line="31"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="30"/>
        <source>Printed documents</source>
        <translation>Văn bản in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="39"/>
        <source>Give reports the next number automatically</source>
        <translation>Tự động cấp số tiếp theo cho báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="40"/>
        <source>e.g. Xã An Lão</source>
        <translation>ví dụ: Xã An Lão</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="41"/>
        <source>e.g. An Lão</source>
        <translation>ví dụ: An Lão</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="42"/>
        <source>Usually empty</source>
        <translation>Thường để trống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="45"/>
        <source>Commune, ward or special zone</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="46"/>
        <source>Place name on the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="47"/>
        <source>Body above the commune</source>
        <translation>Cơ quan cấp trên (nếu có)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="48"/>
        <source>Chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="49"/>
        <source>Vice-chairmen (one per line)</source>
        <translation>Phó Chủ tịch (mỗi dòng một người)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="52"/>
        <source>These names are printed in the header and signature blocks of documents.</source>
        <translation>Các tên này được in ở phần đầu và phần ký của văn bản.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="59"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="100"/>
        <source>Commune name needed</source>
        <translation>Cần tên xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="101"/>
        <source>Enter the commune&apos;s official name, e.g. Xã An Lão.</source>
        <translation>Hãy nhập tên chính thức của xã, phường, ví dụ Xã An Lão.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="120"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="121"/>
        <source>The settings could not be read or saved. Nothing was changed; try again.</source>
        <translation>Không đọc hoặc lưu được cài đặt. Chưa có gì thay đổi; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="33"/>
        <source>Enrol this PC with the city server</source>
        <translation>Đăng ký máy này với máy chủ thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="41"/>
        <source>The PC is enrolled to this register&apos;s commune. Your server account is the one the city gave you; the password is not stored on this PC.</source>
        <translation>Máy được đăng ký cho xã của sổ này. Tài khoản máy chủ là tài khoản thành phố cấp cho anh/chị; mật khẩu không được lưu trên máy.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="52"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="53"/>
        <source>Server account</source>
        <translation>Tài khoản máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="54"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="67"/>
        <source>An http:// address is not encrypted: children&apos;s records would cross the network readable by anyone on the way. Use the https:// address the city gave you.</source>
        <translation>Địa chỉ http:// không được mã hóa: hồ sơ trẻ em sẽ đi qua mạng mà ai ở giữa cũng đọc được. Hãy dùng địa chỉ https:// do thành phố cung cấp.</translation>
    </message>
</context>
<context>
    <name>EnrolFileDialog</name>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="62"/>
        <source>Enrol this PC by file</source>
        <translation>Đăng ký máy bằng tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="65"/>
        <source>The city issued this file for one PC. Type the activation code the city gave you separately (16 digits, by telephone or on paper).</source>
        <translation>Thành phố cấp tệp này cho một máy. Hãy nhập mã kích hoạt thành phố đưa riêng cho bạn (16 chữ số, qua điện thoại hoặc trên giấy).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="75"/>
        <source>Commune:</source>
        <translation>Xã:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="76"/>
        <source>Server account:</source>
        <translation>Tài khoản máy chủ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="77"/>
        <source>Valid until:</source>
        <translation>Hiệu lực đến:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="78"/>
        <source>Activation code:</source>
        <translation>Mã kích hoạt:</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/children/export.py" line="44"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="45"/>
        <source>Writing the list to %1…</source>
        <translation>Đang ghi danh sách vào %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="46"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="84"/>
        <location filename="../desktop/ui/children/filters.py" line="124"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="125"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="125"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="132"/>
        <source>%1 years</source>
        <translation>%1 tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="141"/>
        <source>&amp;Group</source>
        <translation>&amp;Nhóm HCĐB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="142"/>
        <source>A&amp;ge</source>
        <translation>Độ t&amp;uổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="143"/>
        <source>Se&amp;x</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="144"/>
        <source>&amp;Village</source>
        <translation>&amp;Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="145"/>
        <source>Open &amp;case</source>
        <translation>Có &amp;vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="146"/>
        <source>&amp;Risk</source>
        <translation>&amp;Mức nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="147"/>
        <source>All&amp;owance</source>
        <translation>T&amp;rợ cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="151"/>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="122"/>
        <source>BVTE — Set up the children&apos;s register</source>
        <translation>BVTE — Thiết lập sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="124"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="125"/>
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="126"/>
        <source>Open the register</source>
        <translation>Mở sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="127"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>GivePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="65"/>
        <source>The password is too weak: {reasons}.</source>
        <translation>Mật khẩu chưa đủ mạnh: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="68"/>
        <source>{name} already has a password on this PC. If it is forgotten, they set a new one with the recovery key (Forgot your password? when unlocking).</source>
        <translation>{name} đã có mật khẩu để mở sổ trên máy này. Nếu quên mật khẩu, người đó tự đặt mật khẩu mới bằng khóa khôi phục (mục Quên mật khẩu? khi mở sổ).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="72"/>
        <source>Your role may not give passwords. Ask the commune&apos;s officer.</source>
        <translation>Vai trò của bạn không được cấp mật khẩu. Hãy nhờ cán bộ bảo vệ trẻ em của xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="74"/>
        <source>This officer is no longer in the register.</source>
        <translation>Cán bộ này không còn trong sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="77"/>
        <source>The password could not be given ({error}). Nothing was changed; try again.</source>
        <translation>Chưa cấp được mật khẩu ({error}). Chưa có gì thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="89"/>
        <source>Give a password</source>
        <translation>Cấp mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="92"/>
        <source>{name} cannot open the register on this PC yet. Give them a temporary password and tell it to them in person: at their first sign-in they must choose their own.</source>
        <translation>{name} chưa mở được sổ trên máy này. Hãy cấp một mật khẩu tạm và báo trực tiếp cho người này: ở lần mở sổ đầu tiên, họ phải đặt mật khẩu của riêng mình.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="97"/>
        <source>Give password</source>
        <translation>Cấp mật khẩu</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="184"/>
        <source>The child&apos;s file</source>
        <translation>Hồ sơ trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="185"/>
        <source>Home visit</source>
        <translation>Thăm hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="186"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="241"/>
        <source>Encryption key</source>
        <translation>Khóa mã hóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="242"/>
        <source>Change the encryption key…</source>
        <translation>Đổi khóa mã hóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="246"/>
        <source>Change it after an officer leaves, or when a PC, a copy of the data folder or the key file may have been lost or copied: until then an old copy of the key file still opens the register.</source>
        <translation>Hãy đổi khóa khi một cán bộ thôi việc, hoặc khi máy tính, bản sao thư mục dữ liệu hay tệp khóa có thể đã bị mất hoặc bị sao chép: cho đến lúc đó, một bản sao cũ của tệp khóa vẫn mở được sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="252"/>
        <source>Your role may not change the encryption key.</source>
        <translation>Vai trò của bạn không được đổi khóa mã hóa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="283"/>
        <source>BVTE — Children&apos;s register</source>
        <translation>BVTE — Sổ theo dõi trẻ em</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="261"/>
        <source>Register: %Ln children</source>
        <translation>
            <numerusform>Tổng số: %Ln trẻ em</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="255"/>
        <source>Officer: {officer} · {commune}</source>
        <translation>Cán bộ: {officer} · {commune}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="264"/>
        <source>Not synced: …</source>
        <translation>Chưa đồng bộ: …</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="267"/>
        <source>Not synced: %Ln change(s)</source>
        <translation>
            <numerusform>Chưa đồng bộ: %Ln thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="269"/>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>Last sync: {when}</source>
        <translation>Đồng bộ lần cuối: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="288"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="290"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Khóa (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="292"/>
        <source>Close the register now; your unsaved entries are kept as drafts.</source>
        <translation>Đóng sổ ngay; những gì đang nhập dở được giữ lại làm bản nháp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="294"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="73"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="74"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="75"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="76"/>
        <source>Home visits</source>
        <translation>Thăm gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="77"/>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="78"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="79"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="80"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="100"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="101"/>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="110"/>
        <source>At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.</source>
        <translation>Ít nhất {n} ký tự, kết hợp chữ hoa, chữ thường, chữ số hoặc ký hiệu; hoặc một cụm từ dài từ {long} ký tự trở lên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="119"/>
        <source>Not yet: {reasons}.</source>
        <translation>Chưa dùng được: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="123"/>
        <source>The password is strong enough.</source>
        <translation>Mật khẩu đủ mạnh.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="85"/>
        <source>The first officer</source>
        <translation>Cán bộ đầu tiên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="86"/>
        <source>Step 2 of 4</source>
        <translation>Bước 2/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="89"/>
        <source>This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.</source>
        <translation>Cán bộ này mở sổ bằng mật khẩu riêng. Có thể thêm đồng nghiệp sau trong phần Cài đặt, mỗi người một mật khẩu riêng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="95"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="95"/>
        <source>Sign-in name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="95"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="102"/>
        <source>Create the register</source>
        <translation>Tạo sổ theo dõi</translation>
    </message>
</context>
<context>
    <name>OfficersBox</name>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="88"/>
        <source> (you)</source>
        <translation> (bạn)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="91"/>
        <source> — cannot open the register on this PC yet</source>
        <translation> — chưa mở được sổ trên máy này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="93"/>
        <source> — temporary password</source>
        <translation> — đang dùng mật khẩu tạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="122"/>
        <location filename="../desktop/ui/settings/officers.py" line="174"/>
        <source>Remove an officer</source>
        <translation>Xóa cán bộ khỏi sổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="124"/>
        <source>Remove {name} from the register?</source>
        <translation>Xóa {name} khỏi sổ?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="127"/>
        <source>They will no longer open the register, on this PC nor, once synced, on the commune&apos;s other PCs. The records they entered and their name in the history are kept.</source>
        <translation>Người này sẽ không mở được sổ nữa, trên máy này và (sau khi đồng bộ) trên các máy khác của xã. Hồ sơ họ đã nhập và tên họ trong nhật ký vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="132"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="152"/>
        <source>Change the encryption key?</source>
        <translation>Đổi khóa mã hóa?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="155"/>
        <source>{name} was removed from the register.</source>
        <translation>Đã xóa {name} khỏi sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="158"/>
        <source>If they kept a copy of the key file (register.keys), it still opens the register with their old password until the encryption key is changed. Change it now?</source>
        <translation>Nếu người này còn giữ một bản sao tệp khóa (register.keys), bản sao đó vẫn mở được sổ bằng mật khẩu cũ của họ cho đến khi đổi khóa mã hóa. Đổi khóa ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="162"/>
        <source>Change the key now…</source>
        <translation>Đổi khóa ngay…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="164"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="175"/>
        <source>The officer could not be removed ({error}). Nothing was changed.</source>
        <translation>Chưa xóa được cán bộ ({error}). Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="198"/>
        <source>Officers of this register</source>
        <translation>Cán bộ dùng sổ này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="199"/>
        <source>Add an officer…</source>
        <translation>Thêm cán bộ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="200"/>
        <source>Give a password…</source>
        <translation>Cấp mật khẩu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="201"/>
        <source>Remove…</source>
        <translation>Xóa khỏi sổ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="205"/>
        <source>Each officer opens the register with a password of their own. A colleague who cannot open it on this PC is given a temporary password.</source>
        <translation>Mỗi cán bộ mở sổ bằng mật khẩu riêng của mình. Đồng nghiệp chưa mở được sổ trên máy này thì được cấp một mật khẩu tạm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="210"/>
        <source>Your role may not add officers.</source>
        <translation>Vai trò của bạn không được thêm cán bộ.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="179"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="181"/>
        <source>12-hour limit: reports to assess and children in danger</source>
        <translation>Thời hạn 12 giờ: tin báo cần đánh giá và trẻ đang gặp nguy hiểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="183"/>
        <source>No child is waiting for emergency measures.</source>
        <translation>Không có trẻ nào đang chờ can thiệp khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="184"/>
        <source>Overdue and due soon first</source>
        <translation>Việc quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="185"/>
        <source>Open cases by stage</source>
        <translation>Vụ việc đang mở theo bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="186"/>
        <source>Home visits overdue or due within 7 days</source>
        <translation>Thăm hộ quá hạn hoặc đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <location filename="../desktop/ui/overview/page.py" line="190"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <location filename="../desktop/ui/overview/page.py" line="190"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="219"/>
        <source>Today, {0}</source>
        <translation>Hôm nay, {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="257"/>
        <source>Children in special circumstances: {0}</source>
        <translation>Trẻ em có hoàn cảnh đặc biệt: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="311"/>
        <source>Total open: {0}</source>
        <translation>Tổng số đang mở: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="334"/>
        <source>The 12-hour limit has passed for case(s) {0}: act and record it now.</source>
        <translation>Đã quá thời hạn 12 giờ với vụ việc {0}: hãy xử lý và ghi lại ngay.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="340"/>
        <source>Less than 2 hours left for case(s) {0} to take emergency measures.</source>
        <translation>Còn dưới 2 giờ để can thiệp khẩn cấp cho vụ việc {0}.</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="77"/>
        <source>Choose a password different from the temporary one.</source>
        <translation>Hãy chọn mật khẩu khác với mật khẩu tạm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="90"/>
        <source>Choose your own password</source>
        <translation>Đặt mật khẩu của riêng bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="93"/>
        <source>The password typed for {name} is a temporary one, given by a colleague. Choose your own now: from then on only you know it, and the temporary password no longer opens the register.</source>
        <translation>Mật khẩu vừa nhập cho {name} là mật khẩu tạm do đồng nghiệp cấp. Hãy đặt mật khẩu của riêng bạn ngay bây giờ: từ đó chỉ mình bạn biết mật khẩu, và mật khẩu tạm không còn mở được sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="98"/>
        <source>Set password and open</source>
        <translation>Đặt mật khẩu và mở sổ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="83"/>
        <source>City server login</source>
        <translation>Đăng nhập máy chủ thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="86"/>
        <source>Password of server account %1:</source>
        <translation>Mật khẩu của tài khoản máy chủ %1:</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="12"/>
        <source>use at least {n} characters</source>
        <translation>cần ít nhất {n} ký tự</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="15"/>
        <source>do not use only digits</source>
        <translation>không được chỉ gồm chữ số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="18"/>
        <source>mix capitals, small letters, digits or symbols (or use {n} characters or more)</source>
        <translation>cần kết hợp chữ hoa, chữ thường, chữ số hoặc ký hiệu (hoặc dài từ {n} ký tự)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="22"/>
        <source>this password is too common; choose another</source>
        <translation>mật khẩu này quá phổ biến, hãy chọn mật khẩu khác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="34"/>
        <source>type the same password again below</source>
        <translation>hãy nhập lại đúng mật khẩu đó vào ô bên dưới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="38"/>
        <source>the two passwords are not the same</source>
        <translation>hai mật khẩu chưa giống nhau</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="61"/>
        <source>This part of the register is coming in a later version of BVTE.</source>
        <translation>Phần này sẽ có trong phiên bản sau của BVTE.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="133"/>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="134"/>
        <source>Add task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="135"/>
        <location filename="../desktop/ui/cases/plan_editor.py" line="224"/>
        <source>Remove task</source>
        <translation>Xóa công việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="136"/>
        <source>Save draft plan</source>
        <translation>Lưu dự thảo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="137"/>
        <source>Submit to the Chairman</source>
        <translation>Trình Chủ tịch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="138"/>
        <source>Record progress</source>
        <translation>Ghi tiến độ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="154"/>
        <source>Version {0} · {1}</source>
        <translation>Phiên bản {0} · {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="183"/>
        <source>Decision {0} of {1}, signed by {2}</source>
        <translation>Quyết định số {0} ngày {1}, người ký: {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="189"/>
        <source>No plan yet: it starts after the case meeting.</source>
        <translation>Chưa có kế hoạch: lập sau cuộc họp về vụ việc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="207"/>
        <source>Total cost: {0}</source>
        <translation>Tổng kinh phí: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="224"/>
        <source>Remove this task?</source>
        <translation>Xóa công việc này?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="300"/>
        <source>Submit the plan</source>
        <translation>Trình kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="302"/>
        <source>Submit this plan to the Chairman for approval? It can no longer be edited unless it is returned.</source>
        <translation>Trình kế hoạch này để Chủ tịch phê duyệt? Sau khi trình, kế hoạch không sửa được nữa trừ khi bị trả lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="321"/>
        <source>Choose a task in the table first.</source>
        <translation>Hãy chọn một công việc trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="327"/>
        <source>Task progress</source>
        <translation>Tiến độ công việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="330"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="332"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>PlanTaskModel</name>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="22"/>
        <source>Task or service</source>
        <translation>Công việc, dịch vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="23"/>
        <source>Responsible</source>
        <translation>Cơ quan, người thực hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="24"/>
        <source>Provider</source>
        <translation>Đơn vị cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="25"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="26"/>
        <source>Expected end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="27"/>
        <source>Cost (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="28"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/language.py" line="54"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="55"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="56"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="57"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="58"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="59"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../desktop/ui/language.py" line="42"/>
        <source>&amp;OK</source>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="44"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="45"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="46"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/language.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="50"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="51"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="52"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="53"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/language.py" line="24"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="25"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="26"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="27"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="28"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="29"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="31"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="32"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="34"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="35"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="36"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="37"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="38"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="39"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="40"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="41"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../desktop/ui/language.py" line="60"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="61"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="62"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="64"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="105"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="105"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="105"/>
        <source>Refused at</source>
        <translation>Thời điểm bị từ chối</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../desktop/ui/child/record_list.py" line="100"/>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/record_list.py" line="101"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/record_list.py" line="102"/>
        <source>None yet. Press Add to enter one.</source>
        <translation>Chưa có. Bấm &quot;Thêm&quot; để nhập.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="105"/>
        <source>This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).</source>
        <translation>Khóa khôi phục không hợp lệ: có ký tự bị sai hoặc thiếu. Hãy so từng nhóm 5 ký tự với tờ giấy (0 và O, 1 và I được coi là như nhau).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="110"/>
        <source>This recovery key does not open this register. Find the key printed when this register was created.</source>
        <translation>Khóa khôi phục này không mở được sổ này. Hãy tìm khóa đã in khi tạo sổ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/recovery.py" line="115"/>
        <source>Too many wrong recovery keys. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Đã nhập sai khóa khôi phục quá nhiều lần. Hãy chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="131"/>
        <source>Forgotten password</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="134"/>
        <source>Type the recovery key printed when the register was created, then choose a new password for {name}.</source>
        <translation>Nhập khóa khôi phục đã in khi tạo sổ, rồi đặt mật khẩu mới cho {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="138"/>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="139"/>
        <source>Set password and open</source>
        <translation>Đặt mật khẩu và mở sổ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="100"/>
        <source>Print the recovery key</source>
        <translation>In khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="122"/>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="162"/>
        <source>Copied.</source>
        <translation>Đã sao chép.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="132"/>
        <source>BVTE — Recovery key of the register</source>
        <translation>BVTE — Khóa khôi phục của sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="133"/>
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="134"/>
        <source>Made on: {day}</source>
        <translation>Ngày lập: {day}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="138"/>
        <source>This key replaces every earlier recovery key of the register.</source>
        <translation>Khóa này thay thế mọi khóa khôi phục trước đây của sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="155"/>
        <source>Keep the paper locked away, apart from this PC. Anyone with this key can read the children&apos;s records.</source>
        <translation>Hãy cất tờ giấy vào nơi có khóa, tách khỏi máy tính này. Ai có khóa này đều đọc được hồ sơ của trẻ em.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="159"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="160"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="205"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="206"/>
        <source>Step 4 of 4</source>
        <translation>Bước 4/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="209"/>
        <source>If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.</source>
        <translation>Nếu quên hết mật khẩu, chỉ khóa này mở được sổ. Khóa chỉ hiện một lần này: hãy in ra hoặc chép lại thật chính xác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="213"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Tôi đã chép lại hoặc in khóa khôi phục</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="12"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="13"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="14"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="15"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="16"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="17"/>
        <source>Village/residential group</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="18"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="19"/>
        <source>Special circumstances</source>
        <translation>Nhóm HCĐB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="20"/>
        <source>Carers</source>
        <translation>Người chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="21"/>
        <source>Carers&apos; phones</source>
        <translation>Điện thoại người chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="22"/>
        <source>Open case</source>
        <translation>Vụ việc đang mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="23"/>
        <source>Risk</source>
        <translation>Mức nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="24"/>
        <source>Allowance</source>
        <translation>Trợ cấp</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../desktop/ui/children/export.py" line="81"/>
        <source>The export was stopped; no file was written.</source>
        <translation>Đã dừng xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="85"/>
        <source>Your role may not export ID numbers, ethnicity, special circumstances or carers&apos; phones. Hide those columns and export again.</source>
        <translation>Vai trò của bạn không được xuất số định danh, dân tộc, nhóm hoàn cảnh đặc biệt hay điện thoại người chăm sóc. Hãy ẩn các cột đó rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="91"/>
        <source>The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.</source>
        <translation>Không ghi được tệp ({0}). Chọn thư mục khác, hoặc đóng tệp nếu đang mở trong Excel, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="96"/>
        <source>The export failed ({0}). Nothing was written; try again.</source>
        <translation>Xuất không thành công ({0}). Chưa có gì được ghi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="105"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="106"/>
        <source>%n children exported to %1.</source>
        <translation>Đã xuất %n trẻ em vào %1.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../desktop/ui/children/model.py" line="145"/>
        <source>Only the year (or age) is known; day and month are estimated.</source>
        <translation>Chỉ biết năm sinh (hoặc tuổi); ngày và tháng là ước tính.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/model.py" line="275"/>
        <source>%1 (estimated)</source>
        <translation>%1 (ước tính)</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../desktop/ui/children/view.py" line="386"/>
        <source>Search by name, ID number, carer, village — no need to type accents</source>
        <translation>Tìm theo tên, số định danh, người chăm sóc, thôn/tổ — không cần gõ dấu</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="342"/>
        <source>%Ln children</source>
        <translation>
            <numerusform>%Ln trẻ em</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="216"/>
        <location filename="../desktop/ui/children/view.py" line="235"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="235"/>
        <source>register.xlsx</source>
        <translation>danh-sach-tre-em.xlsx</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="235"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="340"/>
        <source>%Ln children match the filters</source>
        <translation>
            <numerusform>%Ln trẻ em khớp bộ lọc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="344"/>
        <source>No child found</source>
        <translation>Không tìm thấy trẻ em nào</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="347"/>
        <source>First %1 of %Ln matches — type more to narrow</source>
        <translation>
            <numerusform>%1 kết quả đầu trong %Ln — gõ thêm để thu hẹp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="352"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>Tìm thấy %Ln trẻ em</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="360"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="360"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="368"/>
        <source>The register is busy (another program is using it). Wait a moment, then type the search again.</source>
        <translation>Sổ theo dõi đang bận (một chương trình khác đang dùng). Hãy chờ một lát rồi gõ lại nội dung tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="373"/>
        <source>The register file could not be read; it may be damaged. Nothing was changed. Close the app, run &apos;bvte doctor&apos; and restore the latest backup if it says so.</source>
        <translation>Không đọc được tệp sổ theo dõi; tệp có thể đã bị hỏng. Không có gì bị thay đổi. Hãy đóng ứng dụng, chạy lệnh &apos;bvte doctor&apos; và khôi phục bản sao lưu gần nhất nếu lệnh đó yêu cầu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="378"/>
        <source>The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run &apos;bvte doctor&apos;.</source>
        <translation>Không đọc được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy đóng rồi mở lại ứng dụng; nếu vẫn gặp lỗi, hãy chạy lệnh &apos;bvte doctor&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="388"/>
        <source>&amp;Filters</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="389"/>
        <source>C&amp;olumns</source>
        <translation>&amp;Cột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="390"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="391"/>
        <source>&amp;New child</source>
        <translation>Thêm &amp;trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="392"/>
        <source>Add a child to the register (Ctrl+N)</source>
        <translation>Thêm trẻ em vào sổ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="393"/>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm kiếm (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="322"/>
        <source>Not yet: {reasons}.</source>
        <translation>Chưa dùng được: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="341"/>
        <source>Change the encryption key</source>
        <translation>Đổi khóa mã hóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="342"/>
        <source>Change the encryption key of the register</source>
        <translation>Đổi khóa mã hóa của sổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="345"/>
        <source>This makes a new key for the register and encrypts every record again with it. Do it after an officer was removed, or when a PC, a copy of the data folder or the key file may have been lost or copied.</source>
        <translation>Việc này tạo một khóa mới cho sổ và mã hóa lại toàn bộ hồ sơ bằng khóa đó. Hãy làm khi vừa xóa một cán bộ khỏi sổ, hoặc khi máy tính, một bản sao thư mục dữ liệu hay tệp khóa có thể đã bị mất hoặc bị sao chép.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="352"/>
        <source>Until it is done, a copy of the key file (register.keys) taken earlier still opens the register with the password it had then, records added since included. Changing a password does not stop that; changing the key does.</source>
        <translation>Cho đến khi đổi khóa, một bản sao tệp khóa (register.keys) lấy từ trước vẫn mở được sổ bằng mật khẩu lúc đó, kể cả các hồ sơ nhập sau này. Đổi mật khẩu không ngăn được điều đó; chỉ đổi khóa mới ngăn được.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="359"/>
        <source>A new recovery key replaces the old one: you print or copy it at the end. Colleagues need a new password on this PC: give each a temporary password below (they choose their own at their next sign-in), or leave it empty and give them one later in Settings. It takes from a few seconds to a few minutes; do not turn off the PC meanwhile.</source>
        <translation>Một khóa khôi phục mới sẽ thay khóa cũ: bạn in hoặc sao chép nó ở bước cuối. Đồng nghiệp cần mật khẩu mới trên máy này: hãy cấp cho mỗi người một mật khẩu tạm ở dưới (họ tự đặt mật khẩu riêng ở lần mở sổ tiếp theo), hoặc để trống và cấp sau trong Cài đặt. Việc này mất từ vài giây đến vài phút; đừng tắt máy trong lúc đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="366"/>
        <source>Your password:</source>
        <translation>Mật khẩu của bạn:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="367"/>
        <source>Colleagues who open the register on this PC</source>
        <translation>Đồng nghiệp mở sổ trên máy này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="368"/>
        <source>No other officer opens the register on this PC.</source>
        <translation>Không có cán bộ nào khác mở sổ trên máy này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="371"/>
        <source>temporary password (empty: give one later)</source>
        <translation>mật khẩu tạm (để trống: cấp sau)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="372"/>
        <source>Changing the encryption key…</source>
        <translation>Đang đổi khóa mã hóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="375"/>
        <source>Do not turn off the PC. If the work is stopped, the register still opens, with the old key or with the new one.</source>
        <translation>Đừng tắt máy. Nếu bị dừng giữa chừng, sổ vẫn mở được, bằng khóa cũ hoặc bằng khóa mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="380"/>
        <source>The encryption key was changed</source>
        <translation>Đã đổi khóa mã hóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="383"/>
        <source>Every earlier copy of the key file, and the old recovery key, no longer open the register. This is the new recovery key, shown only now: print it or copy it, and keep it safe.</source>
        <translation>Mọi bản sao cũ của tệp khóa và khóa khôi phục cũ không còn mở được sổ. Đây là khóa khôi phục mới, chỉ hiện một lần này: hãy in hoặc sao chép, rồi cất giữ an toàn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="389"/>
        <source>I have printed or written down the new recovery key</source>
        <translation>Tôi đã in hoặc chép lại khóa khôi phục mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="391"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="393"/>
        <source>Change the key</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="394"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="13"/>
        <source>Making the new key and the colleagues&apos; temporary passwords</source>
        <translation>Đang tạo khóa mới và mật khẩu tạm của đồng nghiệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="16"/>
        <source>Holding the register for this work alone</source>
        <translation>Đang giữ sổ cho riêng việc này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="19"/>
        <source>Encrypting the whole register again with the new key</source>
        <translation>Đang mã hóa lại toàn bộ sổ bằng khóa mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="22"/>
        <source>Writing the file out</source>
        <translation>Đang ghi gọn tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="23"/>
        <source>Checking every page with the new key</source>
        <translation>Đang kiểm tra từng trang bằng khóa mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="24"/>
        <source>Replacing the key file</source>
        <translation>Đang thay tệp khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="25"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="33"/>
        <source>Your password is not right. Nothing was changed; type it again.</source>
        <translation>Mật khẩu của bạn không đúng. Chưa có gì thay đổi; hãy nhập lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="37"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n giây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="41"/>
        <source>Another program has the register open (a &apos;bvte&apos; command, or BVTE under another account of this PC). Close it and try again. Nothing was changed.</source>
        <translation>Một chương trình khác đang mở sổ (một lệnh &apos;bvte&apos;, hoặc BVTE trong một tài khoản khác của máy này). Hãy đóng chương trình đó rồi thử lại. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="47"/>
        <source>Your role may not change the encryption key. Ask the commune&apos;s officer.</source>
        <translation>Vai trò của bạn không được đổi khóa mã hóa. Hãy nhờ cán bộ bảo vệ trẻ em của xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="51"/>
        <source>A temporary password is too weak. Nothing was changed; choose a stronger one.</source>
        <translation>Có mật khẩu tạm chưa đủ mạnh. Chưa có gì thay đổi; hãy chọn mật khẩu mạnh hơn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="57"/>
        <source>The key could not be changed ({error}). The register still opens as before and nothing was lost. Try again; if it fails again, tell the technical team.</source>
        <translation>Chưa đổi được khóa ({error}). Sổ vẫn mở được như trước và không mất dữ liệu. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="69"/>
        <source>Temporary password, to replace at their next sign-in (tell it to them in person): {names}.</source>
        <translation>Có mật khẩu tạm, tự đổi ở lần mở sổ tới (hãy báo trực tiếp cho họ): {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="77"/>
        <source>Cannot open the register on this PC until given a password (Settings, Officers): {names}.</source>
        <translation>Chưa mở được sổ trên máy này cho đến khi được cấp mật khẩu (Cài đặt, mục Cán bộ): {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="86"/>
        <source>%n older backup(s) of the register (register.db.*.bak) still use the old key: delete them or keep them somewhere safe.</source>
        <translation>%n bản sao lưu cũ của sổ (register.db.*.bak) vẫn dùng khóa cũ: hãy xóa hoặc cất ở nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="96"/>
        <source>Something failed at the very end ({error}), but the register already uses the new key and this recovery key. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>Có lỗi ở bước cuối cùng ({error}), nhưng sổ đã dùng khóa mới và khóa khôi phục này. Hãy chạy &apos;bvte doctor&apos; và báo cho bộ phận kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="176"/>
        <source>Choose the data folder</source>
        <translation>Chọn thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="225"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="226"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="227"/>
        <source>Language of the app:</source>
        <translation>Ngôn ngữ của phần mềm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="228"/>
        <source>Automatic lock</source>
        <translation>Tự động khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="229"/>
        <source>Lock after this many minutes without use:</source>
        <translation>Khóa sau số phút không sử dụng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="230"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="231"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="232"/>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="233"/>
        <source>Use the default</source>
        <translation>Dùng mặc định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="234"/>
        <source>City server</source>
        <translation>Máy chủ thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="235"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="236"/>
        <source>Save address</source>
        <translation>Lưu địa chỉ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="246"/>
        <source>From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.</source>
        <translation>Từ lần mở sau, BVTE dùng thư mục {folder}. Hãy chép register.db và register.keys sang đó trước, nếu không BVTE sẽ thiết lập một sổ mới ở đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="250"/>
        <source>From the next start BVTE uses the default folder {folder}.</source>
        <translation>Từ lần mở sau, BVTE dùng thư mục mặc định {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="253"/>
        <source>The register and its key file are kept in this folder. Back it up.</source>
        <translation>Sổ theo dõi và tệp khóa được lưu trong thư mục này. Hãy sao lưu thư mục thường xuyên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="258"/>
        <source>Sync sends this PC&apos;s changes to this address.</source>
        <translation>Khi đồng bộ, các thay đổi trên máy này được gửi tới địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="259"/>
        <source>Address saved.</source>
        <translation>Đã lưu địa chỉ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="260"/>
        <source>No server address: this PC will not sync.</source>
        <translation>Chưa có địa chỉ máy chủ: máy này sẽ không đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="262"/>
        <source>This is not a server address. It starts with https://, e.g. https://bvte.haiphong.gov.vn</source>
        <translation>Đây không phải địa chỉ máy chủ. Địa chỉ bắt đầu bằng https://, ví dụ https://bvte.haiphong.gov.vn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="266"/>
        <source>An http:// address is not encrypted: children&apos;s records would cross the network readable by anyone on the way. Use the https:// address the city gave you.</source>
        <translation>Địa chỉ http:// không được mã hóa: hồ sơ trẻ em sẽ đi qua mạng mà ai ở giữa cũng đọc được. Hãy dùng địa chỉ https:// do thành phố cung cấp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="269"/>
        <source>The address could not be saved. Try again.</source>
        <translation>Chưa lưu được địa chỉ. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="6"/>
        <source>Không đọc được tệp đã chọn. Hãy kiểm tra USB đã cắm chắc, rồi chọn lại tệp.</source>
        <translation>Không đọc được tệp đã chọn. Hãy kiểm tra USB đã cắm chắc, rồi chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="10"/>
        <source>Không ghi được tệp vào chỗ đã chọn (USB đầy, bị khoá ghi hoặc đã rút ra). Không có gì bị mất: hãy chọn chỗ khác rồi làm lại.</source>
        <translation>Không ghi được tệp vào chỗ đã chọn (USB đầy, bị khoá ghi hoặc đã rút ra). Không có gì bị mất: hãy chọn chỗ khác rồi làm lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="15"/>
        <source>Tệp đã chọn quá lớn, không phải tệp đồng bộ BVTE. Hãy chọn đúng tệp.</source>
        <translation>Tệp đã chọn quá lớn, không phải tệp đồng bộ BVTE. Hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="18"/>
        <source>Tệp này không phải tệp gửi thành phố của một máy không có mạng (tệp do nút «Xuất tệp gửi thành phố» tạo ra). Hãy chọn đúng tệp.</source>
        <translation>Tệp này không phải tệp gửi thành phố của một máy không có mạng (tệp do nút «Xuất tệp gửi thành phố» tạo ra). Hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="23"/>
        <source>Tệp trả lời bị hỏng (có thể do chép dở). Hãy chép lại tệp từ máy đã chuyển tệp lên máy chủ, rồi nhập lại. Chưa có gì thay đổi trên máy này.</source>
        <translation>Tệp trả lời bị hỏng (có thể do chép dở). Hãy chép lại tệp từ máy đã chuyển tệp lên máy chủ, rồi nhập lại. Chưa có gì thay đổi trên máy này.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="28"/>
        <source>Máy này đăng ký bằng tệp và chưa nhận tệp trả lời đầu tiên của thành phố, nên chưa đồng bộ qua mạng được. Hãy xuất tệp gửi thành phố và nhập tệp trả lời; sau đó máy đồng bộ được cả qua mạng.</source>
        <translation>Máy này đăng ký bằng tệp và chưa nhận tệp trả lời đầu tiên của thành phố, nên chưa đồng bộ qua mạng được. Hãy xuất tệp gửi thành phố và nhập tệp trả lời; sau đó máy đồng bộ được cả qua mạng.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="34"/>
        <source>Tệp này không phải tệp đăng ký máy do thành phố cấp. Hãy chọn đúng tệp.</source>
        <translation>Tệp này không phải tệp đăng ký máy do thành phố cấp. Hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="37"/>
        <source>Mã kích hoạt gồm 16 chữ số. Hãy nhập lại đúng như thành phố đã đọc hoặc ghi cho bạn.</source>
        <translation>Mã kích hoạt gồm 16 chữ số. Hãy nhập lại đúng như thành phố đã đọc hoặc ghi cho bạn.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="41"/>
        <source>Mã kích hoạt không khớp với tệp đăng ký này (hoặc tệp đã bị sửa). Hãy nhập lại; nếu vẫn không được, hãy gọi cán bộ thành phố đã cấp tệp để kiểm tra.</source>
        <translation>Mã kích hoạt không khớp với tệp đăng ký này (hoặc tệp đã bị sửa). Hãy nhập lại; nếu vẫn không được, hãy gọi cán bộ thành phố đã cấp tệp để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="46"/>
        <source>Tệp đăng ký này được cấp cho xã khác, không dùng được cho sổ của xã này. Hãy xin thành phố tệp cấp cho đúng xã.</source>
        <translation>Tệp đăng ký này được cấp cho xã khác, không dùng được cho sổ của xã này. Hãy xin thành phố tệp cấp cho đúng xã.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="51"/>
        <source>Tệp đăng ký đã hết hạn. Hãy xin thành phố cấp tệp mới; dữ liệu trên máy không bị ảnh hưởng.</source>
        <translation>Tệp đăng ký đã hết hạn. Hãy xin thành phố cấp tệp mới; dữ liệu trên máy không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="56"/>
        <source>Máy này đã đăng ký với máy chủ thành phố rồi, không cần tệp đăng ký. Tệp này chưa được dùng: hãy báo thành phố để huỷ tệp.</source>
        <translation>Máy này đã đăng ký với máy chủ thành phố rồi, không cần tệp đăng ký. Tệp này chưa được dùng: hãy báo thành phố để huỷ tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="61"/>
        <source>Máy này đã nhận tệp đăng ký này rồi. Hãy xuất tệp gửi thành phố để hoàn tất đăng ký.</source>
        <translation>Máy này đã nhận tệp đăng ký này rồi. Hãy xuất tệp gửi thành phố để hoàn tất đăng ký.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="8"/>
        <source>Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng).</source>
        <translation>Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng).</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="13"/>
        <source>Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại.</source>
        <translation>Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="17"/>
        <source>Máy này chưa được đăng ký với máy chủ thành phố. Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản).</source>
        <translation>Máy này chưa được đăng ký với máy chủ thành phố. Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản).</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="22"/>
        <source>Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại.</source>
        <translation>Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="25"/>
        <source>Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại.</source>
        <translation>Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="28"/>
        <source>Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại.</source>
        <translation>Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="34"/>
        <source>Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố.</source>
        <translation>Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="38"/>
        <source>Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp.</source>
        <translation>Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="41"/>
        <source>Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp.</source>
        <translation>Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="45"/>
        <source>Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; dữ liệu trên máy không bị xoá.</source>
        <translation>Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; dữ liệu trên máy không bị xoá.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="50"/>
        <source>Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="53"/>
        <source>Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy.</source>
        <translation>Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="58"/>
        <source>Ứng dụng trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; hãy đồng bộ lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy.</source>
        <translation>Ứng dụng trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; hãy đồng bộ lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="63"/>
        <source>Máy chủ không nhận gói dữ liệu của máy này vì sai định dạng. Dữ liệu vẫn được giữ trên máy. Hãy cài bản BVTE mới nhất rồi đồng bộ lại; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.</source>
        <translation>Máy chủ không nhận gói dữ liệu của máy này vì sai định dạng. Dữ liệu vẫn được giữ trên máy. Hãy cài bản BVTE mới nhất rồi đồng bộ lại; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="68"/>
        <source>Gói dữ liệu gửi lên quá lớn so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>Gói dữ liệu gửi lên quá lớn so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="73"/>
        <source>Gói dữ liệu gửi lên bung ra lớn bất thường khi giải nén nên máy chủ không nhận. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>Gói dữ liệu gửi lên bung ra lớn bất thường khi giải nén nên máy chủ không nhận. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="78"/>
        <source>Gói dữ liệu gửi lên có quá nhiều giá trị so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>Gói dữ liệu gửi lên có quá nhiều giá trị so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="83"/>
        <source>Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.</source>
        <translation>Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="132"/>
        <source>Đồng bộ chưa xong. Dữ liệu vẫn được giữ trên máy; hãy thử lại sau. Nếu lần sau vẫn vậy, hãy báo bộ phận kỹ thuật (mã lỗi: {code}).</source>
        <translation>Đồng bộ chưa xong. Dữ liệu vẫn được giữ trên máy; hãy thử lại sau. Nếu lần sau vẫn vậy, hãy báo bộ phận kỹ thuật (mã lỗi: {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="140"/>
        <source>Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại.</source>
        <translation>Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="144"/>
        <source>Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại.</source>
        <translation>Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="149"/>
        <source>Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.</source>
        <translation>Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="152"/>
        <source>Số ở cột «{column}» quá lớn (vượt quá 9.007.199.254.740.991), máy khác có thể đọc sai. Hãy sửa số đó rồi gửi lại.</source>
        <translation>Số ở cột «{column}» quá lớn (vượt quá 9.007.199.254.740.991), máy khác có thể đọc sai. Hãy sửa số đó rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="157"/>
        <source>Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi đồng bộ lại.</source>
        <translation>Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi đồng bộ lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="163"/>
        <source>Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố.</source>
        <translation>Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="169"/>
        <source>thiếu giá trị bắt buộc ở cột «{column}»</source>
        <translation>thiếu giá trị bắt buộc ở cột «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="172"/>
        <source>có giá trị ứng dụng không đọc được ở cột «{column}»</source>
        <translation>có giá trị ứng dụng không đọc được ở cột «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="175"/>
        <source>có giá trị quá dài ở cột «{column}»</source>
        <translation>có giá trị quá dài ở cột «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="176"/>
        <source>có số quá lớn, không giữ được chính xác, ở cột «{column}»</source>
        <translation>có số quá lớn, không giữ được chính xác, ở cột «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="179"/>
        <source>thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được</source>
        <translation>thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="184"/>
        <source>Bản ghi nhận từ máy chủ {what} nên chưa được lưu vào sổ; phần còn lại của sổ vẫn dùng bình thường. Hãy báo cán bộ quản trị thành phố sửa bản ghi trên máy chủ: lần đồng bộ sau khi sửa, máy sẽ tự lưu bản ghi này.</source>
        <translation>Bản ghi nhận từ máy chủ {what} nên chưa được lưu vào sổ; phần còn lại của sổ vẫn dùng bình thường. Hãy báo cán bộ quản trị thành phố sửa bản ghi trên máy chủ: lần đồng bộ sau khi sửa, máy sẽ tự lưu bản ghi này.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="63"/>
        <location filename="../desktop/ui/sync/page.py" line="99"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="66"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="67"/>
        <source>Refused changes</source>
        <translation>Thay đổi bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="85"/>
        <source>City server</source>
        <translation>Máy chủ thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="90"/>
        <source>Enrol this PC...</source>
        <translation>Đăng ký máy này...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="94"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="95"/>
        <source>This PC:</source>
        <translation>Máy này:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="101"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="123"/>
        <source>Last sync:</source>
        <translation>Lần đồng bộ gần nhất:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="124"/>
        <source>Changes waiting:</source>
        <translation>Thay đổi chờ gửi:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="126"/>
        <source>End-of-day reminder at:</source>
        <translation>Nhắc đồng bộ cuối ngày lúc:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="146"/>
        <source>The same field was changed here and on another PC. Choose which value to keep, or write the right one; your choice reaches every PC of the commune.</source>
        <translation>Cùng một mục đã được sửa trên máy này và trên máy khác. Hãy chọn giá trị cần giữ, hoặc ghi giá trị đúng; lựa chọn sẽ được gửi tới mọi máy của xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="155"/>
        <source>Keep my value</source>
        <translation>Giữ giá trị của tôi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="156"/>
        <source>Keep the server value</source>
        <translation>Lấy giá trị trên máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="157"/>
        <source>Write the right value...</source>
        <translation>Ghi giá trị đúng...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="176"/>
        <source>The server refused these changes. They are kept here: fix and send them again, or discard them.</source>
        <translation>Máy chủ đã từ chối các thay đổi này. Chúng được giữ ở đây: hãy sửa rồi gửi lại, hoặc bỏ đi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="184"/>
        <source>Fix and send again...</source>
        <translation>Sửa và gửi lại...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="185"/>
        <source>Discard...</source>
        <translation>Bỏ thay đổi...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="228"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="232"/>
        <source>enrolled</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="232"/>
        <source>not enrolled yet</source>
        <translation>chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="244"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="246"/>
        <source>Refused changes (%1)</source>
        <translation>Bị từ chối (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="257"/>
        <source>This could not be done (%1).</source>
        <translation>Không thực hiện được (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="259"/>
        <source>Something went wrong (%1). Nothing was lost.</source>
        <translation>Đã xảy ra lỗi (%1). Không có dữ liệu nào bị mất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="280"/>
        <source>Enrolling this PC...</source>
        <translation>Đang đăng ký máy...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="291"/>
        <source>This PC is enrolled. You can sync now.</source>
        <translation>Máy đã được đăng ký. Có thể đồng bộ ngay.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="296"/>
        <source>Sending changes</source>
        <translation>Đang gửi thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="297"/>
        <source>Receiving changes</source>
        <translation>Đang nhận thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="298"/>
        <source>Downloading the commune&apos;s register</source>
        <translation>Đang tải sổ của xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="299"/>
        <source>Checking against the server</source>
        <translation>Đang đối chiếu với máy chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="300"/>
        <source>Repairing records that differ</source>
        <translation>Đang sửa các bản ghi bị lệch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="301"/>
        <source>Connection lost; trying again</source>
        <translation>Mất kết nối; đang thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="302"/>
        <source>No progress for a while; still trying</source>
        <translation>Lâu không tiến triển; vẫn đang thử</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="337"/>
        <source>Sync finished: %1 changes sent, %2 records received.</source>
        <translation>Đồng bộ xong: đã gửi %1 thay đổi, đã nhận %2 bản ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="341"/>
        <source>%1 conflicts need your choice.</source>
        <translation>%1 xung đột cần anh/chị chọn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="345"/>
        <source>%1 changes were refused.</source>
        <translation>%1 thay đổi bị từ chối.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="347"/>
        <source>Some records differed from the server and were repaired.</source>
        <translation>Một số bản ghi lệch với máy chủ và đã được sửa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="348"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="398"/>
        <source>End of the day</source>
        <translation>Cuối ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="400"/>
        <source>%1 changes on this PC are not synced yet. Sync now?</source>
        <translation>Còn %1 thay đổi trên máy này chưa đồng bộ. Đồng bộ ngay?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="423"/>
        <source>Choose a conflict first.</source>
        <translation>Hãy chọn một xung đột trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="427"/>
        <source>Write the right value</source>
        <translation>Ghi giá trị đúng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="435"/>
        <source>Your choice is saved and goes out with the next sync.</source>
        <translation>Đã lưu lựa chọn; sẽ được gửi đi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="451"/>
        <source>Fix the change</source>
        <translation>Sửa thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="464"/>
        <source>The change goes out again with the next sync.</source>
        <translation>Thay đổi sẽ được gửi lại ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="477"/>
        <source>Discard the change</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="479"/>
        <source>Discard this refused change for good? The record returns to the server&apos;s copy at the next sync.</source>
        <translation>Bỏ hẳn thay đổi bị từ chối này? Bản ghi sẽ trở về bản trên máy chủ ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="490"/>
        <source>The change was discarded.</source>
        <translation>Đã bỏ thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="230"/>
        <source>enrolled by file; the first answer completes it</source>
        <translation>đã đăng ký bằng tệp; tệp trả lời đầu tiên sẽ hoàn tất</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="10"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="11"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="12"/>
        <source>Carer</source>
        <translation>Người chăm sóc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="13"/>
        <source>Special group</source>
        <translation>Nhóm hoàn cảnh đặc biệt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="14"/>
        <source>Allowance</source>
        <translation>Trợ cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="15"/>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="16"/>
        <source>Support plan</source>
        <translation>Kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="17"/>
        <source>Plan task</source>
        <translation>Việc trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="18"/>
        <source>Home visit</source>
        <translation>Thăm gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="19"/>
        <source>Case note</source>
        <translation>Ghi chép hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="20"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="23"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="24"/>
        <source>Village</source>
        <translation>Thôn/tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="25"/>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="26"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="27"/>
        <source>Current address</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="28"/>
        <source>Permanent address</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="29"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="30"/>
        <source>Personal ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="31"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="32"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="33"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="36"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="37"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="38"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="39"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="87"/>
        <source>All officers</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="88"/>
        <source>My cases</source>
        <translation>Vụ việc của tôi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="91"/>
        <source>Overdue and due soon only</source>
        <translation>Chỉ việc quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="92"/>
        <source>5 working days to draft a plan count from:</source>
        <translation>5 ngày làm việc lập kế hoạch tính từ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="97"/>
        <source>the report</source>
        <translation>ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="98"/>
        <source>the initial assessment</source>
        <translation>đánh giá ban đầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="99"/>
        <source>the detailed assessment</source>
        <translation>đánh giá cụ thể</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="100"/>
        <source>the case meeting</source>
        <translation>cuộc họp về vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="107"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="108"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="109"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="110"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="111"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="112"/>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="150"/>
        <source>Child in danger</source>
        <translation>Trẻ gặp nguy hiểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="151"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="152"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="153"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tasks/page.py" line="174"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="47"/>
        <source>The data folder cannot be written (a read-only folder, a locked USB stick or a network folder without write rights). The register is not damaged and nothing was changed: do not restore a backup. Copy the whole folder somewhere you can write (for example Documents), or ask the technical team for write rights, and try again.</source>
        <translation>Không ghi được vào thư mục dữ liệu (thư mục chỉ cho đọc, USB bị khóa ghi hoặc thư mục mạng không có quyền ghi). Sổ theo dõi không bị hỏng và không có gì bị thay đổi: đừng khôi phục từ bản sao lưu. Hãy chép cả thư mục sang nơi ghi được (ví dụ thư mục Tài liệu), hoặc nhờ bộ phận kỹ thuật cấp quyền ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="55"/>
        <source>This register was updated by a newer version of BVTE. Nothing was changed and no restore is needed. Install the latest BVTE update on this PC, then open it again.</source>
        <translation>Sổ theo dõi này đã được một phiên bản BVTE mới hơn cập nhật. Không có gì bị thay đổi và không cần khôi phục. Hãy cài bản cập nhật BVTE mới nhất trên máy này rồi mở lại sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="41"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>Không tìm thấy sổ theo dõi trong thư mục này. Hãy kiểm tra lại thư mục, hoặc tạo sổ mới bằng lệnh &apos;bvte init&apos; (hoặc mở sổ mẫu bằng lệnh &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="61"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>Tệp khóa (register.keys) bị hỏng và bản dự phòng của nó cũng không dùng được. Hãy khôi phục register.keys từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="67"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>Tệp sổ theo dõi bị hỏng hoặc không đọc được. Không có gì bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="73"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>Sổ theo dõi đang được một chương trình khác sử dụng. Hãy đóng chương trình đó (hoặc chờ một lát) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="79"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>Cán bộ này không còn trong sổ. Hãy chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="82"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>Không mở được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy chạy lệnh &apos;bvte doctor&apos; và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="354"/>
        <source>Open the children&apos;s register</source>
        <translation>Mở sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="355"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Sổ theo dõi trẻ em — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="357"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Chọn tên của bạn và nhập mật khẩu để mở sổ theo dõi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="363"/>
        <source>Forgot your password?</source>
        <translation>Quên mật khẩu?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="373"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="361"/>
        <source>Officer:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="283"/>
        <source>You can type your password again now.</source>
        <translation>Bây giờ bạn có thể nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="344"/>
        <source>BVTE is locked</source>
        <translation>BVTE đang khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="345"/>
        <source>The register is locked</source>
        <translation>Sổ theo dõi đang khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="348"/>
        <source>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</source>
        <translation>Những gì đang nhập dở đã được giữ lại làm bản nháp. Nhập mật khẩu để làm tiếp, hoặc chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="352"/>
        <source>Close BVTE</source>
        <translation>Đóng BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="359"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="362"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="297"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Mật khẩu không đúng. Hãy nhập lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="302"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n giây, hoặc dùng khóa khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="373"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="22"/>
        <source>The key file (register.keys) was damaged or missing. It was rebuilt from its backup copy (register.keys.bak); the register&apos;s data is not affected. Tell the technical team: the disk may be failing.</source>
        <translation>Tệp khóa (register.keys) bị hỏng hoặc bị mất; đã dựng lại từ bản dự phòng (register.keys.bak). Dữ liệu của sổ không bị ảnh hưởng. Hãy báo cho bộ phận kỹ thuật: ổ đĩa có thể đang hỏng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="29"/>
        <source>The backup copy of the key file (register.keys.bak) was damaged or missing and was written again from the key file. The register&apos;s data is not affected. If this happens again, tell the technical team.</source>
        <translation>Bản dự phòng của tệp khóa (register.keys.bak) bị hỏng hoặc bị mất và đã được ghi lại từ tệp khóa chính. Dữ liệu của sổ không bị ảnh hưởng. Nếu việc này lặp lại, hãy báo cho bộ phận kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="24"/>
        <source>Visited on</source>
        <translation>Ngày thăm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="25"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="26"/>
        <source>Visitors</source>
        <translation>Người đi thăm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="27"/>
        <source>Child seen</source>
        <translation>Gặp trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="28"/>
        <source>Risk flags</source>
        <translation>Dấu hiệu nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="29"/>
        <source>Next visit</source>
        <translation>Lần thăm tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="30"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="34"/>
        <source>Planned</source>
        <translation>Đã hẹn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="35"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="36"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="42"/>
        <source>Corrected by a later revision</source>
        <translation>Đã được sửa bằng bản sau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="45"/>
        <source>Correction</source>
        <translation>Bản sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="118"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="119"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="40"/>
        <source>The visit time is in the future. Check the date and time.</source>
        <translation>Thời gian thăm ở tương lai. Kiểm tra lại ngày giờ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="43"/>
        <source>Enter who made the visit.</source>
        <translation>Nhập người đi thăm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="46"/>
        <source>Write what you observed or what was done.</source>
        <translation>Ghi những gì quan sát được hoặc việc đã làm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="49"/>
        <source>The next visit must be after the day of this visit.</source>
        <translation>Lần thăm tới phải sau ngày của lần thăm này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="52"/>
        <source>This visit was already corrected; correct the latest revision instead.</source>
        <translation>Lần thăm này đã được sửa; hãy sửa bản mới nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="188"/>
        <source>Restored the unsaved entry you were making. Check it, then save.</source>
        <translation>Đã khôi phục phần bạn đang nhập dở. Kiểm tra lại rồi lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="253"/>
        <source>The visit could not be saved ({0}). What you typed is kept as a draft; try again in a moment.</source>
        <translation>Không lưu được lần thăm ({0}). Nội dung đã nhập vẫn được giữ làm bản nháp; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="300"/>
        <source>New home visit</source>
        <translation>Thăm hộ mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="301"/>
        <source>Home visit to %1</source>
        <translation>Thăm hộ: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="303"/>
        <source>Correct a home visit</source>
        <translation>Sửa lần thăm hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="306"/>
        <source>Correction of the visit to %1. The visit as first saved is kept; this correction is saved beside it.</source>
        <translation>Sửa lần thăm %1. Bản lưu ban đầu vẫn được giữ; bản sửa này được lưu bên cạnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="311"/>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="311"/>
        <source>Visitors</source>
        <translation>Người đi thăm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="311"/>
        <source>People met</source>
        <translation>Người được gặp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="312"/>
        <source>Observations</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="312"/>
        <source>Risk flags</source>
        <translation>Dấu hiệu nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="312"/>
        <source>Actions taken</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="313"/>
        <source>Next visit</source>
        <translation>Lần thăm tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="317"/>
        <source>The child was seen</source>
        <translation>Đã gặp trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="318"/>
        <source>Other flags, separated by commas</source>
        <translation>Dấu hiệu khác, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="319"/>
        <source>Discard draft</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="320"/>
        <source>Close; what you typed is kept as a draft</source>
        <translation>Đóng; nội dung đã nhập được giữ làm bản nháp</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/visits/page.py" line="181"/>
        <source>%n visits in the last 90 days</source>
        <translation>
            <numerusform>%n lần thăm trong 90 ngày qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits/page.py" line="183"/>
        <source>%n children due or overdue for a visit</source>
        <translation>
            <numerusform>%n trẻ đến hạn hoặc quá hạn thăm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits/page.py" line="189"/>
        <source>%n visit entries were not saved yet.</source>
        <translation>
            <numerusform>Có %n lần thăm nhập dở chưa lưu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="196"/>
        <source>Due and overdue</source>
        <translation>Đến hạn và quá hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="197"/>
        <source>Recent visits</source>
        <translation>Các lần thăm gần đây</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="200"/>
        <source>Filter by child, visitor or risk flag</source>
        <translation>Lọc theo trẻ, người đi thăm hoặc dấu hiệu nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="201"/>
        <source>&amp;Record a visit…</source>
        <translation>&amp;Ghi lần thăm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="202"/>
        <source>Open &amp;profile</source>
        <translation>Mở &amp;hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="203"/>
        <source>Resume the latest</source>
        <translation>Tiếp tục bản mới nhất</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="135"/>
        <source>&amp;New visit…</source>
        <translation>&amp;Thăm hộ mới…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="136"/>
        <source>&amp;Correct the selected visit…</source>
        <translation>&amp;Sửa lần thăm đã chọn…</translation>
    </message>
</context>
</TS>
