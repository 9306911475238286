<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/application.py" line="134"/>
        <source>There is no register in this folder yet.</source>
        <translation>Thư mục này chưa có sổ theo dõi trẻ em.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="137"/>
        <source>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</source>
        <translation>Thư mục: {folder}

Để tạo sổ mới, hãy chạy lệnh &apos;bvte init&apos;. Để dùng thử ứng dụng với dữ liệu mẫu, hãy chạy lệnh &apos;bvte demo&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="145"/>
        <source>The register in this folder cannot be opened.</source>
        <translation>Không mở được sổ theo dõi trong thư mục này.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="27"/>
        <source>BVTE — Children&apos;s register</source>
        <translation>BVTE — Sổ theo dõi trẻ em</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="54"/>
        <source>Register: %Ln children</source>
        <translation>
            <numerusform>Tổng số: %Ln trẻ em</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="59"/>
        <source>Officer: {officer} · {commune}</source>
        <translation>Cán bộ: {officer} · {commune}</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="52"/>
        <source>&amp;OK</source>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="54"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="55"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="56"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/application.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="58"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="59"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="60"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="61"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="62"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="63"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="34"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="35"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="36"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="37"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="38"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="39"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="40"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="41"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="43"/>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="44"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="45"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="46"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="47"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="48"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="49"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="50"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="51"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../desktop/ui/register/model.py" line="65"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="66"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="67"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="68"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="69"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="70"/>
        <source>Village/residential group</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="127"/>
        <source>Only the year (or age) is known; day and month are estimated.</source>
        <translation>Chỉ biết năm sinh (hoặc tuổi); ngày và tháng là ước tính.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="240"/>
        <source>%1 (estimated)</source>
        <translation>%1 (ước tính)</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../desktop/ui/register/view.py" line="43"/>
        <source>Search by name, ID number, carer, village — no need to type accents</source>
        <translation>Tìm theo tên, số định danh, người chăm sóc, thôn/tổ — không cần gõ dấu</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/register/view.py" line="145"/>
        <location filename="../desktop/ui/register/view.py" line="160"/>
        <source>%Ln children</source>
        <translation>
            <numerusform>%Ln trẻ em</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/register/view.py" line="149"/>
        <source>First %Ln matches — type more to narrow</source>
        <translation>
            <numerusform>%Ln kết quả đầu tiên — gõ thêm để thu hẹp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="151"/>
        <source>No child found</source>
        <translation>Không tìm thấy trẻ em nào</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/register/view.py" line="153"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>Tìm thấy %Ln trẻ em</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="158"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="167"/>
        <source>The register is busy (another program is using it). Wait a moment, then type the search again.</source>
        <translation>Sổ theo dõi đang bận (một chương trình khác đang dùng). Hãy chờ một lát rồi gõ lại nội dung tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="172"/>
        <source>The register file could not be read; it may be damaged. Nothing was changed. Close the app, run &apos;bvte doctor&apos; and restore the latest backup if it says so.</source>
        <translation>Không đọc được tệp sổ theo dõi; tệp có thể đã bị hỏng. Không có gì bị thay đổi. Hãy đóng ứng dụng, chạy lệnh &apos;bvte doctor&apos; và khôi phục bản sao lưu gần nhất nếu lệnh đó yêu cầu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="177"/>
        <source>The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run &apos;bvte doctor&apos;.</source>
        <translation>Không đọc được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy đóng rồi mở lại ứng dụng; nếu vẫn gặp lỗi, hãy chạy lệnh &apos;bvte doctor&apos;.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="37"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>Không tìm thấy sổ theo dõi trong thư mục này. Hãy kiểm tra lại thư mục, hoặc tạo sổ mới bằng lệnh &apos;bvte init&apos; (hoặc mở sổ mẫu bằng lệnh &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="43"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>Tệp khóa (register.keys) bị hỏng và bản dự phòng của nó cũng không dùng được. Hãy khôi phục register.keys từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="49"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>Tệp sổ theo dõi bị hỏng hoặc không đọc được. Không có gì bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="55"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>Sổ theo dõi đang được một chương trình khác sử dụng. Hãy đóng chương trình đó (hoặc chờ một lát) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="61"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>Cán bộ này không còn trong sổ. Hãy chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="64"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>Không mở được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy chạy lệnh &apos;bvte doctor&apos; và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="95"/>
        <source>Open the children&apos;s register</source>
        <translation>Mở sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="98"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Sổ theo dõi trẻ em — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="104"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Chọn tên của bạn và nhập mật khẩu để mở sổ theo dõi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="136"/>
        <location filename="../desktop/ui/unlock/dialog.py" line="257"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="141"/>
        <source>Officer:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="142"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="199"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Mật khẩu không đúng. Hãy nhập lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="225"/>
        <source>You can try your password again now.</source>
        <translation>Bây giờ bạn có thể nhập lại mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="229"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n giây, hoặc dùng khóa khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="254"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
</context>
</TS>
