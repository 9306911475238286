<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="126"/>
        <source>The sign-in name “{name}” is already used. Choose another.</source>
        <translation>Tên đăng nhập “{name}” đã có người dùng. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="131"/>
        <source>The password is too weak: {reasons}.</source>
        <translation>Mật khẩu chưa đủ mạnh: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="133"/>
        <source>Your role may not add officers. Ask the commune&apos;s officer.</source>
        <translation>Vai trò của bạn không được thêm cán bộ. Hãy nhờ cán bộ bảo vệ trẻ em của xã.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="136"/>
        <source>The officer could not be added ({error}). Nothing was changed; try again.</source>
        <translation>Chưa thêm được cán bộ ({error}). Chưa có gì thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="172"/>
        <source>Add an officer</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="175"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="175"/>
        <source>Sign-in name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="175"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="182"/>
        <source>Add officer</source>
        <translation>Thêm cán bộ</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/application.py" line="162"/>
        <source>There is no register in this folder yet.</source>
        <translation>Thư mục này chưa có sổ theo dõi trẻ em.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="165"/>
        <source>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</source>
        <translation>Thư mục: {folder}

Để tạo sổ mới, hãy chạy lệnh &apos;bvte init&apos;. Để dùng thử ứng dụng với dữ liệu mẫu, hãy chạy lệnh &apos;bvte demo&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="173"/>
        <source>The register in this folder cannot be opened.</source>
        <translation>Không mở được sổ theo dõi trong thư mục này.</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="79"/>
        <source>Your commune</source>
        <translation>Xã, phường của bạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="80"/>
        <source>Step 1 of 4</source>
        <translation>Bước 1/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="83"/>
        <source>Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).</source>
        <translation>Chọn xã, phường hoặc đặc khu mà máy tính này giữ sổ theo dõi. Gõ một phần tên, không cần gõ dấu (ví dụ “hong bang”).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="87"/>
        <source>Search: name or code</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/first_run/commune_page.py" line="103"/>
        <source>%n unit(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n đơn vị</numerusform>
        </translation>
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
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/register/export.py" line="48"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="49"/>
        <source>Writing the list to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="50"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="84"/>
        <location filename="../desktop/ui/register/filters.py" line="123"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="124"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="124"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="131"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="140"/>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="141"/>
        <source>A&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="142"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="143"/>
        <source>&amp;Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="144"/>
        <source>Open &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="145"/>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="146"/>
        <source>All&amp;owance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="150"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="118"/>
        <source>BVTE — Set up the children&apos;s register</source>
        <translation>BVTE — Thiết lập sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="120"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="121"/>
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="122"/>
        <source>Open the register</source>
        <translation>Mở sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="123"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="267"/>
        <source>BVTE — Children&apos;s register</source>
        <translation>BVTE — Sổ theo dõi trẻ em</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="245"/>
        <source>Register: %Ln children</source>
        <translation>
            <numerusform>Tổng số: %Ln trẻ em</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="239"/>
        <source>Officer: {officer} · {commune}</source>
        <translation>Cán bộ: {officer} · {commune}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="248"/>
        <source>Not synced: …</source>
        <translation>Chưa đồng bộ: …</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="251"/>
        <source>Not synced: %Ln change(s)</source>
        <translation>
            <numerusform>Chưa đồng bộ: %Ln thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="253"/>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="256"/>
        <source>Last sync: {when}</source>
        <translation>Đồng bộ lần cuối: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="274"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Khóa (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="276"/>
        <source>Close the register now; your unsaved entries are kept as drafts.</source>
        <translation>Đóng sổ ngay; những gì đang nhập dở được giữ lại làm bản nháp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="278"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="79"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="80"/>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="81"/>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="82"/>
        <source>Home visits</source>
        <translation>Thăm gia đình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="83"/>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="84"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="85"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="86"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="90"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="91"/>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="100"/>
        <source>At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.</source>
        <translation>Ít nhất {n} ký tự, kết hợp chữ hoa, chữ thường, chữ số hoặc ký hiệu; hoặc một cụm từ dài từ {long} ký tự trở lên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="109"/>
        <source>Not yet: {reasons}.</source>
        <translation>Chưa dùng được: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="113"/>
        <source>The password is strong enough.</source>
        <translation>Mật khẩu đủ mạnh.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="86"/>
        <source>The first officer</source>
        <translation>Cán bộ đầu tiên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="87"/>
        <source>Step 2 of 4</source>
        <translation>Bước 2/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="90"/>
        <source>This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.</source>
        <translation>Cán bộ này mở sổ bằng mật khẩu riêng. Có thể thêm đồng nghiệp sau trong phần Cài đặt, mỗi người một mật khẩu riêng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="96"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="96"/>
        <source>Sign-in name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="96"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="103"/>
        <source>Create the register</source>
        <translation>Tạo sổ theo dõi</translation>
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
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/application.py" line="63"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="64"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="65"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="66"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="67"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="68"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="51"/>
        <source>&amp;OK</source>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="53"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="54"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="55"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/application.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="57"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="58"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="60"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="61"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="62"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="33"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="34"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="35"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="36"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="37"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="38"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="39"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="40"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="41"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="42"/>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="43"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="44"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="45"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="46"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="47"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="48"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="49"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="50"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../desktop/ui/application.py" line="69"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="70"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="71"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="73"/>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="129"/>
        <source>This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).</source>
        <translation>Khóa khôi phục không hợp lệ: có ký tự bị sai hoặc thiếu. Hãy so từng nhóm 5 ký tự với tờ giấy (0 và O, 1 và I được coi là như nhau).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="134"/>
        <source>This recovery key does not open this register. Find the key printed when this register was created.</source>
        <translation>Khóa khôi phục này không mở được sổ này. Hãy tìm khóa đã in khi tạo sổ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/recovery.py" line="139"/>
        <source>Too many wrong recovery keys. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Đã nhập sai khóa khôi phục quá nhiều lần. Hãy chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="155"/>
        <source>Forgotten password</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="158"/>
        <source>Type the recovery key printed when the register was created, then choose a new password for {name}.</source>
        <translation>Nhập khóa khôi phục đã in khi tạo sổ, rồi đặt mật khẩu mới cho {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="162"/>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="163"/>
        <source>Set password and open</source>
        <translation>Đặt mật khẩu và mở sổ</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="87"/>
        <source>Print the recovery key</source>
        <translation>In khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="107"/>
        <source>BVTE — Recovery key of the register</source>
        <translation>BVTE — Khóa khôi phục của sổ theo dõi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="108"/>
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="109"/>
        <source>Made on: {day}</source>
        <translation>Ngày lập: {day}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="124"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="125"/>
        <source>Step 4 of 4</source>
        <translation>Bước 4/4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="128"/>
        <source>If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.</source>
        <translation>Nếu quên hết mật khẩu, chỉ khóa này mở được sổ. Khóa chỉ hiện một lần này: hãy in ra hoặc chép lại thật chính xác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="134"/>
        <source>Keep the paper locked away, apart from this PC. Anyone with this key can read the children&apos;s records.</source>
        <translation>Hãy cất tờ giấy vào nơi có khóa, tách khỏi máy tính này. Ai có khóa này đều đọc được hồ sơ của trẻ em.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="138"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="139"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Tôi đã chép lại hoặc in khóa khôi phục</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="12"/>
        <source>Full name</source>
        <translation type="unfinished">Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="13"/>
        <source>Date of birth</source>
        <translation type="unfinished">Ngày sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="14"/>
        <source>Age</source>
        <translation type="unfinished">Tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="15"/>
        <source>Sex</source>
        <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="16"/>
        <source>ID number</source>
        <translation type="unfinished">Số định danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="17"/>
        <source>Village/residential group</source>
        <translation type="unfinished">Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="18"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="19"/>
        <source>Special circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="20"/>
        <source>Carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="21"/>
        <source>Carers&apos; phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="22"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="23"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="24"/>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../desktop/ui/register/export.py" line="85"/>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="89"/>
        <source>Your role may not export ID numbers, ethnicity, special circumstances or carers&apos; phones. Hide those columns and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="95"/>
        <source>The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="100"/>
        <source>The export failed ({0}). Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="108"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="109"/>
        <source>%n children exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../desktop/ui/register/model.py" line="141"/>
        <source>Only the year (or age) is known; day and month are estimated.</source>
        <translation>Chỉ biết năm sinh (hoặc tuổi); ngày và tháng là ước tính.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="269"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="182"/>
        <source> (you)</source>
        <translation> (bạn)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="205"/>
        <source>Choose the data folder</source>
        <translation>Chọn thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="252"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="253"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="254"/>
        <source>Language of the app:</source>
        <translation>Ngôn ngữ của phần mềm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="255"/>
        <source>Automatic lock</source>
        <translation>Tự động khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="256"/>
        <source>Lock after this many minutes without use:</source>
        <translation>Khóa sau số phút không sử dụng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="257"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="258"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="259"/>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="260"/>
        <source>Use the default</source>
        <translation>Dùng mặc định</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="261"/>
        <source>City server</source>
        <translation>Máy chủ thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="262"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="263"/>
        <source>Save address</source>
        <translation>Lưu địa chỉ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="264"/>
        <source>Officers of this register</source>
        <translation>Cán bộ dùng sổ này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="265"/>
        <source>Add an officer…</source>
        <translation>Thêm cán bộ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="268"/>
        <source>Each officer opens the register with a password of their own.</source>
        <translation>Mỗi cán bộ mở sổ bằng mật khẩu riêng của mình.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="271"/>
        <source>Your role may not add officers.</source>
        <translation>Vai trò của bạn không được thêm cán bộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="283"/>
        <source>From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.</source>
        <translation>Từ lần mở sau, BVTE dùng thư mục {folder}. Hãy chép register.db và register.keys sang đó trước, nếu không BVTE sẽ thiết lập một sổ mới ở đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="289"/>
        <source>From the next start BVTE uses the default folder {folder}.</source>
        <translation>Từ lần mở sau, BVTE dùng thư mục mặc định {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="295"/>
        <source>The register and its key file are kept in this folder. Back it up.</source>
        <translation>Sổ theo dõi và tệp khóa được lưu trong thư mục này. Hãy sao lưu thư mục thường xuyên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="300"/>
        <source>Sync sends this PC&apos;s changes to this address.</source>
        <translation>Khi đồng bộ, các thay đổi trên máy này được gửi tới địa chỉ này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="301"/>
        <source>Address saved.</source>
        <translation>Đã lưu địa chỉ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="302"/>
        <source>No server address: this PC will not sync.</source>
        <translation>Chưa có địa chỉ máy chủ: máy này sẽ không đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="304"/>
        <source>This is not a server address. It starts with https:// (or http://), e.g. https://bvte.haiphong.gov.vn</source>
        <translation>Đây không phải địa chỉ máy chủ. Địa chỉ bắt đầu bằng https:// (hoặc http://), ví dụ https://bvte.haiphong.gov.vn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="307"/>
        <source>The address could not be saved. Try again.</source>
        <translation>Chưa lưu được địa chỉ. Hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="12"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>Không tìm thấy sổ theo dõi trong thư mục này. Hãy kiểm tra lại thư mục, hoặc tạo sổ mới bằng lệnh &apos;bvte init&apos; (hoặc mở sổ mẫu bằng lệnh &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="18"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>Tệp khóa (register.keys) bị hỏng và bản dự phòng của nó cũng không dùng được. Hãy khôi phục register.keys từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="24"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>Tệp sổ theo dõi bị hỏng hoặc không đọc được. Không có gì bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="30"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>Sổ theo dõi đang được một chương trình khác sử dụng. Hãy đóng chương trình đó (hoặc chờ một lát) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="36"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>Cán bộ này không còn trong sổ. Hãy chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="39"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>Không mở được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy chạy lệnh &apos;bvte doctor&apos; và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="315"/>
        <source>Open the children&apos;s register</source>
        <translation>Mở sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="316"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Sổ theo dõi trẻ em — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="318"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Chọn tên của bạn và nhập mật khẩu để mở sổ theo dõi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="323"/>
        <source>Forgot your password?</source>
        <translation>Quên mật khẩu?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="333"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="321"/>
        <source>Officer:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="244"/>
        <source>You can type your password again now.</source>
        <translation>Bây giờ bạn có thể nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="305"/>
        <source>BVTE is locked</source>
        <translation>BVTE đang khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="306"/>
        <source>The register is locked</source>
        <translation>Sổ theo dõi đang khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="309"/>
        <source>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</source>
        <translation>Những gì đang nhập dở đã được giữ lại làm bản nháp. Nhập mật khẩu để làm tiếp, hoặc chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="313"/>
        <source>Close BVTE</source>
        <translation>Đóng BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="320"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="322"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="258"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Mật khẩu không đúng. Hãy nhập lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="263"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n giây, hoặc dùng khóa khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="333"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="20"/>
        <source>This case has no data for that form yet (for example no plan or no decision). Enter it first, then print again.</source>
        <translation>Hồ sơ này chưa có dữ liệu cho biểu mẫu đó (ví dụ chưa có kế hoạch hoặc quyết định). Hãy nhập dữ liệu trước rồi in lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="26"/>
        <source>The record was not found; it may have been deleted. Refresh the page.</source>
        <translation>Không tìm thấy hồ sơ; có thể hồ sơ đã bị xóa. Hãy tải lại trang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="32"/>
        <source>The form template file %1 has an error at &apos;%2&apos;. Ask the technical staff to fix or restore the files in resources/forms.</source>
        <translation>Tệp mẫu văn bản %1 có lỗi ở mục &apos;%2&apos;. Hãy nhờ bộ phận kỹ thuật sửa hoặc khôi phục các tệp trong resources/forms.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="43"/>
        <source>The document could not be prepared. Saved data is not affected; try again.</source>
        <translation>Không chuẩn bị được văn bản. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="80"/>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="33"/>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/printing/preview.py" line="48"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="50"/>
        <source>Restricted information is hidden for your account.</source>
        <translation>Thông tin hạn chế đã được che theo quyền của tài khoản.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="54"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="55"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="57"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="76"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="116"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="118"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="132"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="134"/>
        <source>The file could not be written. Choose another folder (for example Documents) and check that the disk is not full.</source>
        <translation>Không ghi được tệp. Hãy chọn thư mục khác (ví dụ Tài liệu) và kiểm tra ổ đĩa còn chỗ trống.</translation>
    </message>
</context>
</TS>
