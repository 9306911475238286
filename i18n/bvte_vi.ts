<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="96"/>
        <source>The sign-in name “{name}” is already used. Choose another.</source>
        <translation>The sign-in name “{name}” is already used. Choose another.&lt;/source&gt;
        &lt;translation&gt;Tên đăng nhập “{name}” đã có người dùng. Hãy chọn tên khác.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="101"/&gt;
        &lt;source&gt;The password is too weak: {reasons}.&lt;/source&gt;
        &lt;translation&gt;Mật khẩu chưa đủ mạnh: {reasons}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="103"/&gt;
        &lt;source&gt;Your role may not add officers. Ask the commune's officer.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được thêm cán bộ. Hãy nhờ cán bộ bảo vệ trẻ em của xã.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="106"/&gt;
        &lt;source&gt;The officer could not be added ({error}). Nothing was changed; try again.&lt;/source&gt;
        &lt;translation&gt;Chưa thêm được cán bộ ({error}). Chưa có gì thay đổi; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="137"/&gt;
        &lt;source&gt;Add an officer&lt;/source&gt;
        &lt;translation&gt;Thêm cán bộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="140"/&gt;
        &lt;source&gt;Full name:&lt;/source&gt;
        &lt;translation&gt;Họ và tên:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="140"/&gt;
        &lt;source&gt;Sign-in name:&lt;/source&gt;
        &lt;translation&gt;Tên đăng nhập:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="140"/&gt;
        &lt;source&gt;Role:&lt;/source&gt;
        &lt;translation&gt;Vai trò:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/add_officer.py" line="147"/&gt;
        &lt;source&gt;Add officer&lt;/source&gt;
        &lt;translation&gt;Thêm cán bộ&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Application&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/application.py" line="73"/&gt;
        &lt;source&gt;There is no register in this folder yet.&lt;/source&gt;
        &lt;translation&gt;Thư mục này chưa có sổ theo dõi trẻ em.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/application.py" line="76"/&gt;
        &lt;source&gt;Folder: {folder}

To create a register, run 'bvte init'. To try the app with sample children, run 'bvte demo'.&lt;/source&gt;
        &lt;translation&gt;Thư mục: {folder}

Để tạo sổ mới, hãy chạy lệnh 'bvte init'. Để dùng thử ứng dụng với dữ liệu mẫu, hãy chạy lệnh 'bvte demo'.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/application.py" line="84"/&gt;
        &lt;source&gt;The register in this folder cannot be opened.&lt;/source&gt;
        &lt;translation&gt;Không mở được sổ theo dõi trong thư mục này.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;BundleBox&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="61"/&gt;
        &lt;source&gt;Without a network: sync by file&lt;/source&gt;
        &lt;translation&gt;Không có mạng: đồng bộ bằng tệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="67"/&gt;
        &lt;source&gt;A PC with no connection sends its changes on a USB stick; any connected BVTE PC of the city carries the file to the server and saves the answer, which brings back the commune's news.&lt;/source&gt;
        &lt;translation&gt;Máy không có mạng gửi thay đổi bằng USB: một máy BVTE có mạng bất kỳ của thành phố chuyển tệp lên máy chủ và lưu tệp trả lời, tệp này mang dữ liệu mới của xã về.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="74"/&gt;
        &lt;source&gt;Export a file for the city...&lt;/source&gt;
        &lt;translation&gt;Xuất tệp gửi thành phố...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="77"/&gt;
        &lt;source&gt;Import the answer...&lt;/source&gt;
        &lt;translation&gt;Nhập tệp trả lời...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="81"/&gt;
        &lt;source&gt;Carry another PC's file to the server...&lt;/source&gt;
        &lt;translation&gt;Chuyển tệp của máy khác lên máy chủ...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="85"/&gt;
        &lt;source&gt;Enrol by file...&lt;/source&gt;
        &lt;translation&gt;Đăng ký bằng tệp...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="163"/&gt;
        &lt;source&gt;Something went wrong (%1). Nothing was lost.&lt;/source&gt;
        &lt;translation&gt;Có lỗi xảy ra (%1). Không có gì bị mất.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="183"/&gt;
        &lt;source&gt;Save the file for the city&lt;/source&gt;
        &lt;translation&gt;Lưu tệp gửi thành phố&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="184"/&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="218"/&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="253"/&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="259"/&gt;
        &lt;source&gt;BVTE sync files (*.bvte)&lt;/source&gt;
        &lt;translation&gt;Tệp đồng bộ BVTE (*.bvte)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="191"/&gt;
        &lt;source&gt;Writing the file...&lt;/source&gt;
        &lt;translation&gt;Đang ghi tệp...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="198"/&gt;
        &lt;source&gt;%1 changes were written to %2, sealed: only the city server can read them.&lt;/source&gt;
        &lt;translation&gt;Đã ghi %1 thay đổi vào tệp %2, đã mã hóa: chỉ máy chủ thành phố đọc được.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="202"/&gt;
        &lt;source&gt;No change waits to be sent: the file %1 asks the city for the commune's news.&lt;/source&gt;
        &lt;translation&gt;Không có thay đổi nào chờ gửi: tệp %1 chỉ xin thành phố gửi dữ liệu mới của xã.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="206"/&gt;
        &lt;source&gt;%1 changes did not fit; they go in the next file, once this file's answer is imported.&lt;/source&gt;
        &lt;translation&gt;%1 thay đổi chưa vừa tệp này; chúng đi trong tệp sau, khi đã nhập tệp trả lời của tệp này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="210"/&gt;
        &lt;source&gt;The file also completes this PC's enrolment.&lt;/source&gt;
        &lt;translation&gt;Tệp này cũng hoàn tất việc đăng ký máy.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="212"/&gt;
        &lt;source&gt;Take it to a connected BVTE PC of the city and bring its answer back.&lt;/source&gt;
        &lt;translation&gt;Hãy mang tệp đến một máy BVTE có mạng của thành phố và mang tệp trả lời về.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="217"/&gt;
        &lt;source&gt;Choose the answer file&lt;/source&gt;
        &lt;translation&gt;Chọn tệp trả lời&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="224"/&gt;
        &lt;source&gt;Importing the answer...&lt;/source&gt;
        &lt;translation&gt;Đang nhập tệp trả lời...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="230"/&gt;
        &lt;source&gt;The answer is imported: %1 changes taken by the server, %2 conflicts, %3 refused, %4 records received.&lt;/source&gt;
        &lt;translation&gt;Đã nhập tệp trả lời: %1 thay đổi được máy chủ nhận, %2 xung đột, %3 bị từ chối, %4 bản ghi mới.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="241"/&gt;
        &lt;source&gt;The city has confirmed this PC's enrolment.&lt;/source&gt;
        &lt;translation&gt;Thành phố đã xác nhận đăng ký của máy này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="244"/&gt;
        &lt;source&gt;%1 records wait for the records they belong to; the next answer brings them.&lt;/source&gt;
        &lt;translation&gt;%1 bản ghi chờ bản ghi gốc của chúng; tệp trả lời sau sẽ mang đến đủ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="252"/&gt;
        &lt;source&gt;Choose the file of the PC with no network&lt;/source&gt;
        &lt;translation&gt;Chọn tệp của máy không có mạng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="258"/&gt;
        &lt;source&gt;Save the server's answer&lt;/source&gt;
        &lt;translation&gt;Lưu tệp trả lời của máy chủ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="267"/&gt;
        &lt;source&gt;Sending the file to the server and waiting for its answer...&lt;/source&gt;
        &lt;translation&gt;Đang gửi tệp lên máy chủ và chờ trả lời...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="277"/&gt;
        &lt;source&gt;The server took the file: %1 changes of commune %2. The answer is %3: copy it to the USB stick and import it on the PC that made the file.&lt;/source&gt;
        &lt;translation&gt;Máy chủ đã nhận tệp: %1 thay đổi của xã %2. Tệp trả lời là %3: hãy chép vào USB và nhập ở máy đã tạo tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="301"/&gt;
        &lt;source&gt;Choose the enrolment file&lt;/source&gt;
        &lt;translation&gt;Chọn tệp đăng ký máy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="302"/&gt;
        &lt;source&gt;BVTE enrolment files (*.bvte-enrol)&lt;/source&gt;
        &lt;translation&gt;Tệp đăng ký máy BVTE (*.bvte-enrol)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="308"/&gt;
        &lt;source&gt;Reading the enrolment file...&lt;/source&gt;
        &lt;translation&gt;Đang đọc tệp đăng ký...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="320"/&gt;
        &lt;source&gt;Checking the code (a few seconds)...&lt;/source&gt;
        &lt;translation&gt;Đang kiểm tra mã (vài giây)...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundles.py" line="326"/&gt;
        &lt;source&gt;This PC is enrolled by file for %1. Export a file for the city and let it reach the server before %2: its answer completes the enrolment.&lt;/source&gt;
        &lt;translation&gt;Máy này đã đăng ký bằng tệp cho %1. Hãy xuất tệp gửi thành phố và để tệp đến máy chủ trước %2: tệp trả lời sẽ hoàn tất đăng ký.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CaseListModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="13"/&gt;
        &lt;source&gt;Case no.&lt;/source&gt;
        &lt;translation&gt;Số vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="14"/&gt;
        &lt;source&gt;Child&lt;/source&gt;
        &lt;translation&gt;Trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="15"/&gt;
        &lt;source&gt;Stage&lt;/source&gt;
        &lt;translation&gt;Bước&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="16"/&gt;
        &lt;source&gt;Risk&lt;/source&gt;
        &lt;translation&gt;Nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="17"/&gt;
        &lt;source&gt;Received&lt;/source&gt;
        &lt;translation&gt;Tiếp nhận lúc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="18"/&gt;
        &lt;source&gt;Officer&lt;/source&gt;
        &lt;translation&gt;Cán bộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="19"/&gt;
        &lt;source&gt;Next deadline&lt;/source&gt;
        &lt;translation&gt;Hạn gần nhất&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="69"/&gt;
        &lt;source&gt;Provisional number, until the city server confirms it&lt;/source&gt;
        &lt;translation&gt;Số tạm thời, cho đến khi máy chủ thành phố xác nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="78"/&gt;
        &lt;source&gt;(child not yet identified)&lt;/source&gt;
        &lt;translation&gt;(chưa xác định được trẻ)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="87"/&gt;
        &lt;source&gt;{0} · emergency&lt;/source&gt;
        &lt;translation&gt;{0} · khẩn cấp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/list_model.py" line="99"/&gt;
        &lt;source&gt;{0} (overdue)&lt;/source&gt;
        &lt;translation&gt;{0} (quá hạn)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CasePage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="159"/&gt;
        &lt;source&gt;← Cases&lt;/source&gt;
        &lt;translation&gt;← Vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="160"/&gt;
        &lt;source&gt;Print…&lt;/source&gt;
        &lt;translation&gt;In…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="165"/&gt;
        &lt;source&gt;Preview, print or save this case's forms as PDF&lt;/source&gt;
        &lt;translation&gt;Xem trước, in hoặc lưu các biểu mẫu của vụ việc này thành PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="167"/&gt;
        &lt;source&gt;Timeline&lt;/source&gt;
        &lt;translation&gt;Diễn biến&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="167"/&gt;
        &lt;source&gt;Report&lt;/source&gt;
        &lt;translation&gt;Thông tin tiếp nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="167"/&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="167"/&gt;
        &lt;source&gt;Tasks&lt;/source&gt;
        &lt;translation&gt;Việc cần làm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="171"/&gt;
        &lt;source&gt;When&lt;/source&gt;
        &lt;translation&gt;Thời điểm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="171"/&gt;
        &lt;source&gt;Step&lt;/source&gt;
        &lt;translation&gt;Bước&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="171"/&gt;
        &lt;source&gt;By&lt;/source&gt;
        &lt;translation&gt;Người thực hiện&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="171"/&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation&gt;Chi tiết&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="174"/&gt;
        &lt;source&gt;Task&lt;/source&gt;
        &lt;translation&gt;Việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="174"/&gt;
        &lt;source&gt;Due&lt;/source&gt;
        &lt;translation&gt;Hạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="174"/&gt;
        &lt;source&gt;State&lt;/source&gt;
        &lt;translation&gt;Tình trạng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="203"/&gt;
        &lt;source&gt;child not yet identified&lt;/source&gt;
        &lt;translation&gt;chưa xác định được trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="204"/&gt;
        &lt;source&gt;Case {0} · {1}&lt;/source&gt;
        &lt;translation&gt;Vụ việc {0} · {1}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="207"/&gt;
        &lt;source&gt;risk: {0}&lt;/source&gt;
        &lt;translation&gt;nguy cơ: {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="208"/&gt;
        &lt;source&gt;emergency case&lt;/source&gt;
        &lt;translation&gt;vụ việc khẩn cấp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="209"/&gt;
        &lt;source&gt;received {0} via {1}&lt;/source&gt;
        &lt;translation&gt;tiếp nhận {0} qua {1}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="210"/&gt;
        &lt;source&gt;officer: {0}&lt;/source&gt;
        &lt;translation&gt;cán bộ: {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="311"/&gt;
        &lt;source&gt;Channel&lt;/source&gt;
        &lt;translation&gt;Kênh tiếp nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="312"/&gt;
        &lt;source&gt;Hotline 111 reference&lt;/source&gt;
        &lt;translation&gt;Mã tham chiếu Tổng đài 111&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="313"/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Phân loại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="314"/&gt;
        &lt;source&gt;Forms of abuse&lt;/source&gt;
        &lt;translation&gt;Hình thức xâm hại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="315"/&gt;
        &lt;source&gt;Place&lt;/source&gt;
        &lt;translation&gt;Nơi xảy ra&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="316"/&gt;
        &lt;source&gt;Situation&lt;/source&gt;
        &lt;translation&gt;Tình trạng của trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="317"/&gt;
        &lt;source&gt;Likely outcome without help&lt;/source&gt;
        &lt;translation&gt;Hậu quả có thể xảy ra nếu không can thiệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="318"/&gt;
        &lt;source&gt;Already done&lt;/source&gt;
        &lt;translation&gt;Những việc đã làm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="323"/&gt;
        &lt;source&gt;Temporary isolation&lt;/source&gt;
        &lt;translation&gt;Cách ly tạm thời&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="324"/&gt;
        &lt;source&gt;{0} until {1} at {2}&lt;/source&gt;
        &lt;translation&gt;{0}, đến {1}, tại {2}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="357"/&gt;
        &lt;source&gt;Show (recorded in the audit log)&lt;/source&gt;
        &lt;translation&gt;Xem (được ghi vào nhật ký truy cập)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="362"/&gt;
        &lt;source&gt;Hidden for your role&lt;/source&gt;
        &lt;translation&gt;Ẩn với vai trò của bạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="371"/&gt;
        &lt;source&gt;HIV positive&lt;/source&gt;
        &lt;translation&gt;Nhiễm HIV&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="372"/&gt;
        &lt;source&gt;HIV negative&lt;/source&gt;
        &lt;translation&gt;Không nhiễm HIV&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="373"/&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="374"/&gt;
        &lt;source&gt;not recorded&lt;/source&gt;
        &lt;translation&gt;chưa ghi nhận&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CaseText&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="31"/&gt;
        &lt;source&gt;Report received (form 01)&lt;/source&gt;
        &lt;translation&gt;Tiếp nhận thông tin (Mẫu 01)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="32"/&gt;
        &lt;source&gt;Child identified in the register&lt;/source&gt;
        &lt;translation&gt;Xác định được trẻ trong sổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="33"/&gt;
        &lt;source&gt;Initial assessment (form 02)&lt;/source&gt;
        &lt;translation&gt;Đánh giá ban đầu (Mẫu 02)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="111"/&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="34"/&gt;
        &lt;source&gt;Emergency measures&lt;/source&gt;
        &lt;translation&gt;Biện pháp khẩn cấp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="35"/&gt;
        &lt;source&gt;Temporary isolation decided (form 07)&lt;/source&gt;
        &lt;translation&gt;Quyết định cách ly tạm thời (Mẫu 07)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="36"/&gt;
        &lt;source&gt;Isolation extended&lt;/source&gt;
        &lt;translation&gt;Gia hạn cách ly&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="37"/&gt;
        &lt;source&gt;Isolation ended&lt;/source&gt;
        &lt;translation&gt;Chấm dứt cách ly&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="38"/&gt;
        &lt;source&gt;Detailed assessment (form 03)&lt;/source&gt;
        &lt;translation&gt;Đánh giá cụ thể (Mẫu 03)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="212"/&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="39"/&gt;
        &lt;source&gt;Case meeting&lt;/source&gt;
        &lt;translation&gt;Họp về vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="40"/&gt;
        &lt;source&gt;Plan drafting started (form 04)&lt;/source&gt;
        &lt;translation&gt;Bắt đầu lập kế hoạch (Mẫu 04)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="41"/&gt;
        &lt;source&gt;Draft plan saved&lt;/source&gt;
        &lt;translation&gt;Lưu dự thảo kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="42"/&gt;
        &lt;source&gt;Plan submitted to the Chairman&lt;/source&gt;
        &lt;translation&gt;Trình kế hoạch lên Chủ tịch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="43"/&gt;
        &lt;source&gt;Plan approved (form 05)&lt;/source&gt;
        &lt;translation&gt;Phê duyệt kế hoạch (Mẫu 05)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="44"/&gt;
        &lt;source&gt;Plan returned for changes&lt;/source&gt;
        &lt;translation&gt;Kế hoạch bị trả lại để sửa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="45"/&gt;
        &lt;source&gt;Task progress&lt;/source&gt;
        &lt;translation&gt;Tiến độ công việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="367"/&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="46"/&gt;
        &lt;source&gt;Note&lt;/source&gt;
        &lt;translation&gt;Ghi chú&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="47"/&gt;
        &lt;source&gt;Review (form 06)&lt;/source&gt;
        &lt;translation&gt;Rà soát (Mẫu 06)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="301"/&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="48"/&gt;
        &lt;source&gt;New plan cycle&lt;/source&gt;
        &lt;translation&gt;Chu kỳ kế hoạch mới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="49"/&gt;
        &lt;source&gt;Case closed&lt;/source&gt;
        &lt;translation&gt;Kết thúc vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="50"/&gt;
        &lt;source&gt;Closed without intervention&lt;/source&gt;
        &lt;translation&gt;Đóng, không can thiệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="51"/&gt;
        &lt;source&gt;Case transferred&lt;/source&gt;
        &lt;translation&gt;Chuyển vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="52"/&gt;
        &lt;source&gt;Case reopened&lt;/source&gt;
        &lt;translation&gt;Mở lại vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="54"/&gt;
        &lt;source&gt;Home visit&lt;/source&gt;
        &lt;translation&gt;Thăm hộ gia đình&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="57"/&gt;
        &lt;source&gt;Initial assessment (12 hours)&lt;/source&gt;
        &lt;translation&gt;Đánh giá ban đầu (12 giờ)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="58"/&gt;
        &lt;source&gt;Emergency measures (12 hours)&lt;/source&gt;
        &lt;translation&gt;Biện pháp khẩn cấp (12 giờ)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="59"/&gt;
        &lt;source&gt;Draft the plan (5 working days)&lt;/source&gt;
        &lt;translation&gt;Xây dựng kế hoạch (5 ngày làm việc)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="60"/&gt;
        &lt;source&gt;Plan approval (2 working days)&lt;/source&gt;
        &lt;translation&gt;Phê duyệt kế hoạch (2 ngày làm việc)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="61"/&gt;
        &lt;source&gt;Temporary isolation ends&lt;/source&gt;
        &lt;translation&gt;Hết thời hạn cách ly tạm thời&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="62"/&gt;
        &lt;source&gt;Plan task&lt;/source&gt;
        &lt;translation&gt;Công việc trong kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="63"/&gt;
        &lt;source&gt;Home visit due&lt;/source&gt;
        &lt;translation&gt;Đến hạn thăm hộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="67"/&gt;
        &lt;source&gt;Informant&lt;/source&gt;
        &lt;translation&gt;Người báo tin&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="68"/&gt;
        &lt;source&gt;Alleged perpetrator&lt;/source&gt;
        &lt;translation&gt;Người bị nghi xâm hại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="69"/&gt;
        &lt;source&gt;Sexual abuse details&lt;/source&gt;
        &lt;translation&gt;Chi tiết xâm hại tình dục&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="70"/&gt;
        &lt;source&gt;HIV status&lt;/source&gt;
        &lt;translation&gt;Tình trạng HIV&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="71"/&gt;
        &lt;source&gt;Ethnicity&lt;/source&gt;
        &lt;translation&gt;Dân tộc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="75"/&gt;
        &lt;source&gt;risk&lt;/source&gt;
        &lt;translation&gt;nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="76"/&gt;
        &lt;source&gt;emergency&lt;/source&gt;
        &lt;translation&gt;khẩn cấp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="77"/&gt;
        &lt;source&gt;chaired by&lt;/source&gt;
        &lt;translation&gt;chủ trì&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="78"/&gt;
        &lt;source&gt;attendees&lt;/source&gt;
        &lt;translation&gt;số người dự&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="79"/&gt;
        &lt;source&gt;decision no.&lt;/source&gt;
        &lt;translation&gt;số quyết định&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="80"/&gt;
        &lt;source&gt;until&lt;/source&gt;
        &lt;translation&gt;đến&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="81"/&gt;
        &lt;source&gt;version&lt;/source&gt;
        &lt;translation&gt;phiên bản&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="82"/&gt;
        &lt;source&gt;total cost&lt;/source&gt;
        &lt;translation&gt;tổng kinh phí&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="83"/&gt;
        &lt;source&gt;outcome&lt;/source&gt;
        &lt;translation&gt;đề xuất&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="84"/&gt;
        &lt;source&gt;child seen&lt;/source&gt;
        &lt;translation&gt;gặp trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="85"/&gt;
        &lt;source&gt;next visit&lt;/source&gt;
        &lt;translation&gt;lần thăm tới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="86"/&gt;
        &lt;source&gt;signed by&lt;/source&gt;
        &lt;translation&gt;người ký&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="90"/&gt;
        &lt;source&gt;This step cannot be taken while the case is at its current stage.&lt;/source&gt;
        &lt;translation&gt;Không thể thực hiện bước này ở giai đoạn hiện tại của vụ việc.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="93"/&gt;
        &lt;source&gt;The child is in danger: record the emergency measures or the isolation decision first.&lt;/source&gt;
        &lt;translation&gt;Trẻ đang gặp nguy hiểm: hãy ghi biện pháp khẩn cấp hoặc quyết định cách ly trước.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="97"/&gt;
        &lt;source&gt;This case is already linked to a child in the register.&lt;/source&gt;
        &lt;translation&gt;Vụ việc này đã gắn với một trẻ trong sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="100"/&gt;
        &lt;source&gt;A child at high risk or in danger cannot be closed without intervention. Continue with the detailed assessment.&lt;/source&gt;
        &lt;translation&gt;Không thể đóng vụ việc của trẻ có nguy cơ cao hoặc đang gặp nguy hiểm mà không can thiệp. Hãy tiếp tục đánh giá cụ thể.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="105"/&gt;
        &lt;source&gt;The temporary isolation is still in force. End it before closing the case.&lt;/source&gt;
        &lt;translation&gt;Quyết định cách ly tạm thời vẫn còn hiệu lực. Hãy chấm dứt cách ly trước khi kết thúc vụ việc.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="108"/&gt;
        &lt;source&gt;The latest review did not propose closing the case.&lt;/source&gt;
        &lt;translation&gt;Lần rà soát gần nhất không đề xuất kết thúc vụ việc.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="111"/&gt;
        &lt;source&gt;The latest review did not ask for a new plan.&lt;/source&gt;
        &lt;translation&gt;Lần rà soát gần nhất không đề xuất lập kế hoạch mới.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="114"/&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="152"/&gt;
        &lt;source&gt;Write the reason.&lt;/source&gt;
        &lt;translation&gt;Hãy ghi lý do.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="115"/&gt;
        &lt;source&gt;The time received is in the future. Check the date and time.&lt;/source&gt;
        &lt;translation&gt;Thời điểm tiếp nhận ở tương lai. Hãy kiểm tra ngày giờ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="118"/&gt;
        &lt;source&gt;A report from hotline 111 needs the hotline's reference number.&lt;/source&gt;
        &lt;translation&gt;Thông tin từ Tổng đài 111 cần có mã tham chiếu của Tổng đài.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="121"/&gt;
        &lt;source&gt;Choose the child from the register, or describe a child not yet identified.&lt;/source&gt;
        &lt;translation&gt;Hãy chọn trẻ trong sổ, hoặc mô tả trẻ chưa xác định được.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="124"/&gt;
        &lt;source&gt;Tick at least one form of abuse for an abused child.&lt;/source&gt;
        &lt;translation&gt;Hãy đánh dấu ít nhất một hình thức xâm hại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="127"/&gt;
        &lt;source&gt;Sexual abuse details need 'Sexual abuse' ticked among the forms of abuse.&lt;/source&gt;
        &lt;translation&gt;Muốn ghi chi tiết xâm hại tình dục, hãy đánh dấu 'Xâm hại tình dục' trong các hình thức xâm hại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="130"/&gt;
        &lt;source&gt;Describe the emergency measures taken.&lt;/source&gt;
        &lt;translation&gt;Hãy mô tả các biện pháp khẩn cấp đã áp dụng.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="133"/&gt;
        &lt;source&gt;Enter the number of the Chairman's signed decision.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập số quyết định đã được Chủ tịch ký.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="136"/&gt;
        &lt;source&gt;An isolation decision is already in force; extend it instead.&lt;/source&gt;
        &lt;translation&gt;Đã có quyết định cách ly còn hiệu lực; hãy gia hạn quyết định đó.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="139"/&gt;
        &lt;source&gt;Enter the safe place.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập nơi ở an toàn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="140"/&gt;
        &lt;source&gt;Enter who cares for the child.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập người chăm sóc trẻ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="141"/&gt;
        &lt;source&gt;Temporary isolation may last at most 15 days unless an authority orders longer.&lt;/source&gt;
        &lt;translation&gt;Cách ly tạm thời không quá 15 ngày, trừ khi cơ quan có thẩm quyền yêu cầu dài hơn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="145"/&gt;
        &lt;source&gt;The end date is before the start date.&lt;/source&gt;
        &lt;translation&gt;Ngày kết thúc trước ngày bắt đầu.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="148"/&gt;
        &lt;source&gt;No isolation is in force.&lt;/source&gt;
        &lt;translation&gt;Không có quyết định cách ly nào đang có hiệu lực.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="149"/&gt;
        &lt;source&gt;The new end date must be later than the current one.&lt;/source&gt;
        &lt;translation&gt;Ngày kết thúc mới phải sau ngày kết thúc hiện tại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="153"/&gt;
        &lt;source&gt;Isolation ends after a new detailed assessment finds the home safe. Record it first.&lt;/source&gt;
        &lt;translation&gt;Chỉ chấm dứt cách ly khi đánh giá cụ thể mới cho thấy gia đình đã an toàn. Hãy ghi đánh giá đó trước.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="157"/&gt;
        &lt;source&gt;Fill in at least one item of the assessment.&lt;/source&gt;
        &lt;translation&gt;Hãy điền ít nhất một mục của đánh giá.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="160"/&gt;
        &lt;source&gt;Enter who chaired the meeting.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập người chủ trì cuộc họp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="161"/&gt;
        &lt;source&gt;List the people who attended, one per line.&lt;/source&gt;
        &lt;translation&gt;Hãy liệt kê người dự họp, mỗi người một dòng.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="164"/&gt;
        &lt;source&gt;Record the detailed assessment before drafting the plan.&lt;/source&gt;
        &lt;translation&gt;Hãy ghi đánh giá cụ thể trước khi lập kế hoạch.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="167"/&gt;
        &lt;source&gt;Record the case meeting chaired by the Chairman before drafting the plan.&lt;/source&gt;
        &lt;translation&gt;Hãy ghi cuộc họp do Chủ tịch chủ trì trước khi lập kế hoạch.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="170"/&gt;
        &lt;source&gt;There is no draft plan.&lt;/source&gt;
        &lt;translation&gt;Chưa có dự thảo kế hoạch.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="171"/&gt;
        &lt;source&gt;Add at least one task to the plan.&lt;/source&gt;
        &lt;translation&gt;Hãy thêm ít nhất một công việc vào kế hoạch.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="172"/&gt;
        &lt;source&gt;Task {position} needs who is responsible, a start date and an end date.&lt;/source&gt;
        &lt;translation&gt;Công việc {position} cần có người chịu trách nhiệm, ngày bắt đầu và ngày kết thúc.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="175"/&gt;
        &lt;source&gt;Task {position} has no description.&lt;/source&gt;
        &lt;translation&gt;Công việc {position} chưa có nội dung.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="176"/&gt;
        &lt;source&gt;Task {position} has a negative cost.&lt;/source&gt;
        &lt;translation&gt;Công việc {position} có kinh phí âm.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="177"/&gt;
        &lt;source&gt;Task {position} ends before it starts.&lt;/source&gt;
        &lt;translation&gt;Công việc {position} kết thúc trước khi bắt đầu.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="180"/&gt;
        &lt;source&gt;No plan is waiting for approval.&lt;/source&gt;
        &lt;translation&gt;Không có kế hoạch nào đang chờ phê duyệt.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="181"/&gt;
        &lt;source&gt;Write why the plan is returned.&lt;/source&gt;
        &lt;translation&gt;Hãy ghi lý do trả lại kế hoạch.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="182"/&gt;
        &lt;source&gt;That task is not in the approved plan.&lt;/source&gt;
        &lt;translation&gt;Công việc này không có trong kế hoạch đã phê duyệt.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="183"/&gt;
        &lt;source&gt;Enter the decision number.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập số quyết định.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="184"/&gt;
        &lt;source&gt;Enter who signed the decision.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập người ký quyết định.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="185"/&gt;
        &lt;source&gt;The decision date is before the plan was submitted.&lt;/source&gt;
        &lt;translation&gt;Ngày quyết định trước ngày trình kế hoạch.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="188"/&gt;
        &lt;source&gt;The note is empty.&lt;/source&gt;
        &lt;translation&gt;Ghi chú đang trống.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="189"/&gt;
        &lt;source&gt;Rate every criterion.&lt;/source&gt;
        &lt;translation&gt;Hãy đánh giá đủ mọi tiêu chí.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="190"/&gt;
        &lt;source&gt;The harm is still serious or the abuser can still reach the child: the case cannot be closed. Choose a new plan cycle.&lt;/source&gt;
        &lt;translation&gt;Tổn hại vẫn nghiêm trọng hoặc người xâm hại vẫn tiếp cận được trẻ: chưa thể kết thúc vụ việc. Hãy chọn lập kế hoạch mới.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="195"/&gt;
        &lt;source&gt;Choose the commune the case goes to (5-digit code).&lt;/source&gt;
        &lt;translation&gt;Hãy nhập xã nhận vụ việc (mã 5 chữ số).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="198"/&gt;
        &lt;source&gt;The case is already in this commune.&lt;/source&gt;
        &lt;translation&gt;Vụ việc đang ở chính xã này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="199"/&gt;
        &lt;source&gt;Your role does not allow this step. Ask the officer in charge.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được thực hiện bước này. Hãy liên hệ cán bộ phụ trách.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="202"/&gt;
        &lt;source&gt;Your role does not allow you to see this information.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được xem thông tin này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="205"/&gt;
        &lt;source&gt;The time is incomplete.&lt;/source&gt;
        &lt;translation&gt;Thời gian chưa đầy đủ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="207"/&gt;
        &lt;source&gt;The step could not be saved ({0}). Nothing was changed; try again.&lt;/source&gt;
        &lt;translation&gt;Không lưu được bước này ({0}). Chưa có gì thay đổi; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="210"/&gt;
        &lt;source&gt;Someone else changed this case meanwhile. It has been reloaded; redo the step.&lt;/source&gt;
        &lt;translation&gt;Vụ việc vừa được người khác sửa. Đã tải lại; hãy làm lại bước này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="253"/&gt;
        &lt;source&gt;overdue by {0}&lt;/source&gt;
        &lt;translation&gt;quá hạn {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/texts.py" line="254"/&gt;
        &lt;source&gt;{0} left&lt;/source&gt;
        &lt;translation&gt;còn {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="53"/&gt;
        &lt;source&gt;yes&lt;/source&gt;
        &lt;translation&gt;có&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/case_page.py" line="55"/&gt;
        &lt;source&gt;no&lt;/source&gt;
        &lt;translation&gt;không&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="16"/&gt;
        &lt;source&gt;Received at&lt;/source&gt;
        &lt;translation&gt;Thời điểm tiếp nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="19"/&gt;
        &lt;source&gt;Channel&lt;/source&gt;
        &lt;translation&gt;Kênh tiếp nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="24"/&gt;
        &lt;source&gt;Hotline 111 reference&lt;/source&gt;
        &lt;translation&gt;Mã tham chiếu Tổng đài 111&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="357"/&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="27"/&gt;
        &lt;source&gt;Child in the register&lt;/source&gt;
        &lt;translation&gt;Trẻ trong sổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="30"/&gt;
        &lt;source&gt;(not yet identified: describe below)&lt;/source&gt;
        &lt;translation&gt;(chưa xác định: mô tả bên dưới)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="35"/&gt;
        &lt;source&gt;Child not yet identified&lt;/source&gt;
        &lt;translation&gt;Trẻ chưa xác định&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="38"/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Phân loại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="42"/&gt;
        &lt;source&gt;Forms of abuse&lt;/source&gt;
        &lt;translation&gt;Hình thức xâm hại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="46"/&gt;
        &lt;source&gt;Place of the incident&lt;/source&gt;
        &lt;translation&gt;Nơi xảy ra&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="47"/&gt;
        &lt;source&gt;The child's condition&lt;/source&gt;
        &lt;translation&gt;Tình trạng của trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="50"/&gt;
        &lt;source&gt;Likely outcome without help&lt;/source&gt;
        &lt;translation&gt;Hậu quả có thể xảy ra&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="53"/&gt;
        &lt;source&gt;Already done&lt;/source&gt;
        &lt;translation&gt;Những việc đã làm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="56"/&gt;
        &lt;source&gt;The child is in danger now (12-hour limit)&lt;/source&gt;
        &lt;translation&gt;Trẻ đang gặp nguy hiểm (thời hạn 12 giờ)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="61"/&gt;
        &lt;source&gt;Alleged perpetrator (restricted)&lt;/source&gt;
        &lt;translation&gt;Người bị nghi xâm hại (hạn chế)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="65"/&gt;
        &lt;source&gt;Sexual abuse details (restricted)&lt;/source&gt;
        &lt;translation&gt;Chi tiết xâm hại tình dục (hạn chế)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="68"/&gt;
        &lt;source&gt;Informant's name (confidential)&lt;/source&gt;
        &lt;translation&gt;Họ tên người báo tin (bảo mật)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="70"/&gt;
        &lt;source&gt;Informant's phone&lt;/source&gt;
        &lt;translation&gt;Điện thoại người báo tin&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="71"/&gt;
        &lt;source&gt;Informant's address&lt;/source&gt;
        &lt;translation&gt;Địa chỉ người báo tin&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="74"/&gt;
        &lt;source&gt;The informant agrees to be recorded&lt;/source&gt;
        &lt;translation&gt;Người báo tin đồng ý cho ghi lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/intake.py" line="84"/&gt;
        &lt;source&gt;New report (form 01)&lt;/source&gt;
        &lt;translation&gt;Tiếp nhận thông tin mới (Mẫu 01)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="23"/&gt;
        &lt;source&gt;a) Physical and emotional state&lt;/source&gt;
        &lt;translation&gt;a) Tình trạng thể chất, tinh thần&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="24"/&gt;
        &lt;source&gt;b) Family and its capacity to protect&lt;/source&gt;
        &lt;translation&gt;b) Gia đình và khả năng bảo vệ trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="25"/&gt;
        &lt;source&gt;c) Risk factors&lt;/source&gt;
        &lt;translation&gt;c) Các yếu tố nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="28"/&gt;
        &lt;source&gt;d) Schooling and self-protection&lt;/source&gt;
        &lt;translation&gt;d) Học tập và khả năng tự bảo vệ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="30"/&gt;
        &lt;source&gt;e) Community safety and support&lt;/source&gt;
        &lt;translation&gt;e) Mức độ an toàn và hỗ trợ của cộng đồng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="33"/&gt;
        &lt;source&gt;f) Needs: medical, assistance, education, legal, psychological&lt;/source&gt;
        &lt;translation&gt;f) Nhu cầu: y tế, trợ giúp, giáo dục, pháp lý, tâm lý&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="37"/&gt;
        &lt;source&gt;g) The child's views&lt;/source&gt;
        &lt;translation&gt;g) Ý kiến của trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="38"/&gt;
        &lt;source&gt;h) The parents' views&lt;/source&gt;
        &lt;translation&gt;h) Ý kiến của cha mẹ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="41"/&gt;
        &lt;source&gt;Harm still serious&lt;/source&gt;
        &lt;translation&gt;Tổn hại còn nghiêm trọng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="42"/&gt;
        &lt;source&gt;Abuser can still reach the child&lt;/source&gt;
        &lt;translation&gt;Người xâm hại còn tiếp cận được trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="43"/&gt;
        &lt;source&gt;Obstacles in the care environment&lt;/source&gt;
        &lt;translation&gt;Trở ngại trong môi trường chăm sóc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="44"/&gt;
        &lt;source&gt;Child's capacity to protect themselves&lt;/source&gt;
        &lt;translation&gt;Khả năng tự bảo vệ của trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="45"/&gt;
        &lt;source&gt;Child's capacity to recover&lt;/source&gt;
        &lt;translation&gt;Khả năng phục hồi của trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="60"/&gt;
        &lt;source&gt;Reason&lt;/source&gt;
        &lt;translation&gt;Lý do&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="79"/&gt;
        &lt;source&gt;Initial assessment&lt;/source&gt;
        &lt;translation&gt;Đánh giá ban đầu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="85"/&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="199"/&gt;
        &lt;source&gt;Risk level&lt;/source&gt;
        &lt;translation&gt;Mức độ nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="93"/&gt;
        &lt;source&gt;The child is in danger: emergency measures within 12 hours&lt;/source&gt;
        &lt;translation&gt;Trẻ đang gặp nguy hiểm: can thiệp khẩn cấp trong 12 giờ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="100"/&gt;
        &lt;source&gt;Harm observed&lt;/source&gt;
        &lt;translation&gt;Tổn hại ghi nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="103"/&gt;
        &lt;source&gt;Temporary safety measures taken&lt;/source&gt;
        &lt;translation&gt;Biện pháp bảo đảm an toàn tạm thời&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="118"/&gt;
        &lt;source&gt;Measures taken (police, first aid, evidence, 111)&lt;/source&gt;
        &lt;translation&gt;Biện pháp đã áp dụng (công an, sơ cứu, giữ chứng cứ, 111)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="129"/&gt;
        &lt;source&gt;Isolation decision&lt;/source&gt;
        &lt;translation&gt;Quyết định cách ly&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="133"/&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="241"/&gt;
        &lt;source&gt;Decision number&lt;/source&gt;
        &lt;translation&gt;Số quyết định&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="135"/&gt;
        &lt;source&gt;From&lt;/source&gt;
        &lt;translation&gt;Từ ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="139"/&gt;
        &lt;source&gt;Until&lt;/source&gt;
        &lt;translation&gt;Đến ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="143"/&gt;
        &lt;source&gt;Safe place&lt;/source&gt;
        &lt;translation&gt;Nơi ở an toàn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="144"/&gt;
        &lt;source&gt;Carer&lt;/source&gt;
        &lt;translation&gt;Người chăm sóc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="147"/&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="168"/&gt;
        &lt;source&gt;An authority ordered a longer period&lt;/source&gt;
        &lt;translation&gt;Cơ quan có thẩm quyền yêu cầu thời gian dài hơn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="155"/&gt;
        &lt;source&gt;Extend isolation&lt;/source&gt;
        &lt;translation&gt;Gia hạn cách ly&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="161"/&gt;
        &lt;source&gt;New end date&lt;/source&gt;
        &lt;translation&gt;Ngày kết thúc mới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="177"/&gt;
        &lt;source&gt;End isolation&lt;/source&gt;
        &lt;translation&gt;Chấm dứt cách ly&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="181"/&gt;
        &lt;source&gt;Ended on&lt;/source&gt;
        &lt;translation&gt;Chấm dứt ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="189"/&gt;
        &lt;source&gt;Detailed assessment&lt;/source&gt;
        &lt;translation&gt;Đánh giá cụ thể&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="217"/&gt;
        &lt;source&gt;Held at&lt;/source&gt;
        &lt;translation&gt;Thời gian họp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="219"/&gt;
        &lt;source&gt;Chaired by&lt;/source&gt;
        &lt;translation&gt;Người chủ trì&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="221"/&gt;
        &lt;source&gt;Attendees (one per line)&lt;/source&gt;
        &lt;translation&gt;Người dự họp (mỗi người một dòng)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="223"/&gt;
        &lt;source&gt;Minutes&lt;/source&gt;
        &lt;translation&gt;Biên bản&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="229"/&gt;
        &lt;source&gt;Start the plan&lt;/source&gt;
        &lt;translation&gt;Lập kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="232"/&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="304"/&gt;
        &lt;source&gt;Goals of the plan&lt;/source&gt;
        &lt;translation&gt;Mục tiêu của kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="237"/&gt;
        &lt;source&gt;Approve the plan&lt;/source&gt;
        &lt;translation&gt;Phê duyệt kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="244"/&gt;
        &lt;source&gt;Decision date&lt;/source&gt;
        &lt;translation&gt;Ngày quyết định&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="248"/&gt;
        &lt;source&gt;Signed by&lt;/source&gt;
        &lt;translation&gt;Người ký&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="251"/&gt;
        &lt;source&gt;Signed by a Vice-Chairman&lt;/source&gt;
        &lt;translation&gt;Phó Chủ tịch ký thay&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="259"/&gt;
        &lt;source&gt;Return the plan&lt;/source&gt;
        &lt;translation&gt;Trả lại kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="262"/&gt;
        &lt;source&gt;What must change&lt;/source&gt;
        &lt;translation&gt;Nội dung cần sửa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="267"/&gt;
        &lt;source&gt;Review&lt;/source&gt;
        &lt;translation&gt;Rà soát&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="274"/&gt;
        &lt;source&gt;Review date&lt;/source&gt;
        &lt;translation&gt;Ngày rà soát&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="281"/&gt;
        &lt;source&gt;Conclusion&lt;/source&gt;
        &lt;translation&gt;Kết luận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="284"/&gt;
        &lt;source&gt;Proposal&lt;/source&gt;
        &lt;translation&gt;Đề xuất&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="309"/&gt;
        &lt;source&gt;Close the case&lt;/source&gt;
        &lt;translation&gt;Kết thúc vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="70"/&gt;
        &lt;source&gt;Closed on&lt;/source&gt;
        &lt;translation&gt;Ngày kết thúc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="317"/&gt;
        &lt;source&gt;Close without intervention&lt;/source&gt;
        &lt;translation&gt;Đóng, không can thiệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="325"/&gt;
        &lt;source&gt;Transfer&lt;/source&gt;
        &lt;translation&gt;Chuyển vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="331"/&gt;
        &lt;source&gt;Transfer to&lt;/source&gt;
        &lt;translation&gt;Chuyển đến&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="335"/&gt;
        &lt;source&gt;Commune code (5 digits)&lt;/source&gt;
        &lt;translation&gt;Mã xã (5 chữ số)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="342"/&gt;
        &lt;source&gt;Reopen&lt;/source&gt;
        &lt;translation&gt;Mở lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="346"/&gt;
        &lt;source&gt;New information&lt;/source&gt;
        &lt;translation&gt;Thông tin mới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="347"/&gt;
        &lt;source&gt;The child is in danger&lt;/source&gt;
        &lt;translation&gt;Trẻ đang gặp nguy hiểm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="353"/&gt;
        &lt;source&gt;Link the registered child&lt;/source&gt;
        &lt;translation&gt;Gắn với trẻ trong sổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/editors.py" line="364"/&gt;
        &lt;source&gt;Add a note&lt;/source&gt;
        &lt;translation&gt;Thêm ghi chú&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CasesPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="105"/&gt;
        &lt;source&gt;Show:&lt;/source&gt;
        &lt;translation&gt;Hiển thị:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="106"/&gt;
        &lt;source&gt;Overdue only&lt;/source&gt;
        &lt;translation&gt;Chỉ vụ việc quá hạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="107"/&gt;
        &lt;source&gt;New report…&lt;/source&gt;
        &lt;translation&gt;Báo cáo mới…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="112"/&gt;
        &lt;source&gt;Open cases&lt;/source&gt;
        &lt;translation&gt;Vụ việc đang mở&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="113"/&gt;
        &lt;source&gt;All stages&lt;/source&gt;
        &lt;translation&gt;Mọi bước&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="118"/&gt;
        &lt;source&gt;Any risk&lt;/source&gt;
        &lt;translation&gt;Mọi mức nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="124"/&gt;
        &lt;source&gt;All officers&lt;/source&gt;
        &lt;translation&gt;Mọi cán bộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="125"/&gt;
        &lt;source&gt;My cases&lt;/source&gt;
        &lt;translation&gt;Vụ việc của tôi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/cases/page.py" line="163"/&gt;
        &lt;source&gt;%n case(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n vụ việc&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CasesTab&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="82"/&gt;
        &lt;source&gt;Case number&lt;/source&gt;
        &lt;translation&gt;Số vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="82"/&gt;
        &lt;source&gt;Stage&lt;/source&gt;
        &lt;translation&gt;Bước&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="82"/&gt;
        &lt;source&gt;Risk&lt;/source&gt;
        &lt;translation&gt;Mức nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="82"/&gt;
        &lt;source&gt;Received on&lt;/source&gt;
        &lt;translation&gt;Ngày tiếp nhận&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="86"/&gt;
        &lt;source&gt;Cases are opened and worked on in the Cases page; double-click one to go there.&lt;/source&gt;
        &lt;translation&gt;Vụ việc được mở và xử lý ở trang Vụ việc; bấm đúp vào một vụ việc để chuyển tới đó.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ChildMessages&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="13"/&gt;
        &lt;source&gt;Enter the child's full name.&lt;/source&gt;
        &lt;translation&gt;Nhập họ và tên của trẻ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="15"/&gt;
        &lt;source&gt;Choose the child's sex.&lt;/source&gt;
        &lt;translation&gt;Chọn giới tính của trẻ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="17"/&gt;
        &lt;source&gt;Enter the date of birth. If only the age is known, enter 01/07 of the birth year and tick 'estimated'.&lt;/source&gt;
        &lt;translation&gt;Nhập ngày sinh. Nếu chỉ biết tuổi, nhập ngày 01/07 của năm sinh và đánh dấu "ước tính".&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="23"/&gt;
        &lt;source&gt;A date is in the future. Check the day, month and year.&lt;/source&gt;
        &lt;translation&gt;Có một ngày ở tương lai. Kiểm tra lại ngày, tháng, năm.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="27"/&gt;
        &lt;source&gt;An end date is before its start date. Correct one of them.&lt;/source&gt;
        &lt;translation&gt;Có ngày kết thúc trước ngày bắt đầu. Sửa lại một trong hai ngày.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="31"/&gt;
        &lt;source&gt;The ID number may hold digits only (12 digits).&lt;/source&gt;
        &lt;translation&gt;Số định danh chỉ gồm chữ số (12 chữ số).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="35"/&gt;
        &lt;source&gt;The ID number has {n} digits; it must have 12.&lt;/source&gt;
        &lt;translation&gt;Số định danh có {n} chữ số; phải đủ 12 chữ số.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="39"/&gt;
        &lt;source&gt;The 4th digit of the ID number cannot be right for a child. Check the number.&lt;/source&gt;
        &lt;translation&gt;Chữ số thứ 4 của số định danh không thể đúng với một trẻ em. Kiểm tra lại số.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="44"/&gt;
        &lt;source&gt;The ID number is for the other sex (4th digit). Check the number or the sex.&lt;/source&gt;
        &lt;translation&gt;Số định danh là của giới tính khác (chữ số thứ 4). Kiểm tra lại số hoặc giới tính.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="49"/&gt;
        &lt;source&gt;The ID number gives birth year {id_year}, the form says {birth_year}. Check the number or the date of birth.&lt;/source&gt;
        &lt;translation&gt;Số định danh cho năm sinh {id_year}, còn hồ sơ ghi {birth_year}. Kiểm tra lại số hoặc ngày sinh.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="55"/&gt;
        &lt;source&gt;Each carer needs a full name.&lt;/source&gt;
        &lt;translation&gt;Mỗi người chăm sóc cần có họ và tên.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="57"/&gt;
        &lt;source&gt;A carer's year of birth is not a possible year.&lt;/source&gt;
        &lt;translation&gt;Năm sinh của một người chăm sóc không hợp lệ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="61"/&gt;
        &lt;source&gt;Choose a subgroup that belongs to the chosen group.&lt;/source&gt;
        &lt;translation&gt;Chọn nhóm nhỏ thuộc đúng nhóm đã chọn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="65"/&gt;
        &lt;source&gt;Enter the monthly amount of each allowance (in đồng).&lt;/source&gt;
        &lt;translation&gt;Nhập mức trợ cấp hằng tháng của từng khoản (đồng).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/messages.py" line="68"/&gt;
        &lt;source&gt;Check this field ({code}).&lt;/source&gt;
        &lt;translation&gt;Kiểm tra lại mục này ({code}).&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ChildProfile&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="46"/&gt;
        &lt;source&gt;— choose —&lt;/source&gt;
        &lt;translation&gt;— chọn —&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="48"/&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="124"/&gt;
        &lt;source&gt;Full name *&lt;/source&gt;
        &lt;translation&gt;Họ và tên *&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="51"/&gt;
        &lt;source&gt;Sex *&lt;/source&gt;
        &lt;translation&gt;Giới tính *&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="60"/&gt;
        &lt;source&gt;Date of birth *&lt;/source&gt;
        &lt;translation&gt;Ngày sinh *&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="64"/&gt;
        &lt;source&gt;Estimated (only the year or age is known)&lt;/source&gt;
        &lt;translation&gt;Ước tính (chỉ biết năm sinh hoặc tuổi)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="67"/&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="139"/&gt;
        &lt;source&gt;ID number&lt;/source&gt;
        &lt;translation&gt;Số định danh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="68"/&gt;
        &lt;source&gt;Ethnicity&lt;/source&gt;
        &lt;translation&gt;Dân tộc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="71"/&gt;
        &lt;source&gt;Birth registration&lt;/source&gt;
        &lt;translation&gt;Đăng ký khai sinh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="75"/&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="110"/&gt;
        &lt;source&gt;Village/residential group&lt;/source&gt;
        &lt;translation&gt;Thôn/Tổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="76"/&gt;
        &lt;source&gt;Current address&lt;/source&gt;
        &lt;translation&gt;Nơi ở hiện tại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="77"/&gt;
        &lt;source&gt;Permanent address&lt;/source&gt;
        &lt;translation&gt;Nơi thường trú&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="78"/&gt;
        &lt;source&gt;School&lt;/source&gt;
        &lt;translation&gt;Trường học&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="81"/&gt;
        &lt;source&gt;Disability&lt;/source&gt;
        &lt;translation&gt;Khuyết tật&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="87"/&gt;
        &lt;source&gt;Health insurance card&lt;/source&gt;
        &lt;translation&gt;Thẻ bảo hiểm y tế&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="91"/&gt;
        &lt;source&gt;Alternative care&lt;/source&gt;
        &lt;translation&gt;Chăm sóc thay thế&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="97"/&gt;
        &lt;source&gt;Collaborator following the child&lt;/source&gt;
        &lt;translation&gt;Cộng tác viên theo dõi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="99"/&gt;
        &lt;source&gt;Notes&lt;/source&gt;
        &lt;translation&gt;Ghi chú&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="109"/&gt;
        &lt;source&gt;Head of household&lt;/source&gt;
        &lt;translation&gt;Chủ hộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="111"/&gt;
        &lt;source&gt;Address&lt;/source&gt;
        &lt;translation&gt;Địa chỉ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="112"/&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="140"/&gt;
        &lt;source&gt;Phone&lt;/source&gt;
        &lt;translation&gt;Điện thoại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="115"/&gt;
        &lt;source&gt;Poverty status&lt;/source&gt;
        &lt;translation&gt;Hộ nghèo/cận nghèo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="127"/&gt;
        &lt;source&gt;Relation&lt;/source&gt;
        &lt;translation&gt;Quan hệ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="133"/&gt;
        &lt;source&gt;Situation&lt;/source&gt;
        &lt;translation&gt;Tình trạng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="137"/&gt;
        &lt;source&gt;Year of birth&lt;/source&gt;
        &lt;translation&gt;Năm sinh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="138"/&gt;
        &lt;source&gt;Occupation&lt;/source&gt;
        &lt;translation&gt;Nghề nghiệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="160"/&gt;
        &lt;source&gt;Group (Law on Children, Art. 10)&lt;/source&gt;
        &lt;translation&gt;Nhóm (Điều 10 Luật Trẻ em)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="166"/&gt;
        &lt;source&gt;Subgroup (Decree 56)&lt;/source&gt;
        &lt;translation&gt;Nhóm nhỏ (Nghị định 56)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="171"/&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="193"/&gt;
        &lt;source&gt;From&lt;/source&gt;
        &lt;translation&gt;Từ ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="172"/&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="194"/&gt;
        &lt;source&gt;To&lt;/source&gt;
        &lt;translation&gt;Đến ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="174"/&gt;
        &lt;source&gt;Evidence / documents&lt;/source&gt;
        &lt;translation&gt;Căn cứ / giấy tờ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="183"/&gt;
        &lt;source&gt;Category (Decree 20/2021)&lt;/source&gt;
        &lt;translation&gt;Diện hưởng (Nghị định 20/2021)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="187"/&gt;
        &lt;source&gt;Coefficient&lt;/source&gt;
        &lt;translation&gt;Hệ số&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="189"/&gt;
        &lt;source&gt;Monthly amount&lt;/source&gt;
        &lt;translation&gt;Mức hằng tháng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="191"/&gt;
        &lt;source&gt;Decision number&lt;/source&gt;
        &lt;translation&gt;Số quyết định&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/specs.py" line="192"/&gt;
        &lt;source&gt;Decision date&lt;/source&gt;
        &lt;translation&gt;Ngày quyết định&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ChildProfileDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="239"/&gt;
        &lt;source&gt;Restored changes that were not saved. Check them, then save.&lt;/source&gt;
        &lt;translation&gt;Đã khôi phục những thay đổi chưa lưu. Kiểm tra lại rồi lưu.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="251"/&gt;
        &lt;source&gt;The child's file could not be opened ({0}). Close and try again.&lt;/source&gt;
        &lt;translation&gt;Không mở được hồ sơ của trẻ ({0}). Đóng cửa sổ rồi thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="365"/&gt;
        &lt;source&gt;the same ID number&lt;/source&gt;
        &lt;translation&gt;cùng số định danh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="366"/&gt;
        &lt;source&gt;the same name and date of birth&lt;/source&gt;
        &lt;translation&gt;cùng họ tên và ngày sinh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="368"/&gt;
        &lt;source&gt;This child may already be in the register, with {why}: {name}, born {born}, {village}. Open that file instead, or save if it is a different child.&lt;/source&gt;
        &lt;translation&gt;Trẻ này có thể đã có trong sổ, {why}: {name}, sinh {born}, {village}. Hãy mở hồ sơ đó, hoặc lưu nếu đây là một trẻ khác.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="377"/&gt;
        &lt;source&gt;Someone saved this child's file after you opened it, so your changes were not saved. They are still here in the form: note them, press Reload to see the saved version, then enter them again.&lt;/source&gt;
        &lt;translation&gt;Hồ sơ của trẻ đã được người khác lưu sau khi bạn mở, nên thay đổi của bạn chưa được lưu. Các thay đổi vẫn còn trong biểu mẫu: hãy ghi lại, bấm "Tải lại bản đã lưu" để xem bản mới, rồi nhập lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="385"/&gt;
        &lt;source&gt;The file could not be saved ({0}). Your changes are still in the form; try again.&lt;/source&gt;
        &lt;translation&gt;Không lưu được hồ sơ ({0}). Thay đổi của bạn vẫn còn trong biểu mẫu; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="431"/&gt;
        &lt;source&gt;Close without saving? The changes made in this window will be lost.&lt;/source&gt;
        &lt;translation&gt;Đóng mà không lưu? Những thay đổi trong cửa sổ này sẽ bị mất.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="448"/&gt;
        &lt;source&gt;Child's file&lt;/source&gt;
        &lt;translation&gt;Hồ sơ trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="448"/&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="454"/&gt;
        &lt;source&gt;New child&lt;/source&gt;
        &lt;translation&gt;Thêm trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="449"/&gt;
        &lt;source&gt;Print…&lt;/source&gt;
        &lt;translation&gt;In…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="456"/&gt;
        &lt;source&gt;&amp;General&lt;/source&gt;
        &lt;translation&gt;Thông tin &amp;chung&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="456"/&gt;
        &lt;source&gt;&amp;Household and carers&lt;/source&gt;
        &lt;translation&gt;&amp;Hộ gia đình và người chăm sóc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="457"/&gt;
        &lt;source&gt;&amp;Special circumstances&lt;/source&gt;
        &lt;translation&gt;Hoàn cảnh đặc &amp;biệt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="457"/&gt;
        &lt;source&gt;&amp;Allowances&lt;/source&gt;
        &lt;translation&gt;&amp;Trợ cấp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="457"/&gt;
        &lt;source&gt;Cas&amp;es&lt;/source&gt;
        &lt;translation&gt;&amp;Vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="458"/&gt;
        &lt;source&gt;Home &amp;visits&lt;/source&gt;
        &lt;translation&gt;Thăm &amp;hộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="458"/&gt;
        &lt;source&gt;&amp;History&lt;/source&gt;
        &lt;translation&gt;&amp;Lịch sử&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="461"/&gt;
        &lt;source&gt;Carers&lt;/source&gt;
        &lt;translation&gt;Người chăm sóc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="462"/&gt;
        &lt;source&gt;Open that child's file&lt;/source&gt;
        &lt;translation&gt;Mở hồ sơ trẻ đó&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="463"/&gt;
        &lt;source&gt;It is a different child: save&lt;/source&gt;
        &lt;translation&gt;Đây là trẻ khác: lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="464"/&gt;
        &lt;source&gt;Reload the saved version&lt;/source&gt;
        &lt;translation&gt;Tải lại bản đã lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="466"/&gt;
        &lt;source&gt;Full name&lt;/source&gt;
        &lt;translation&gt;Họ và tên&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="466"/&gt;
        &lt;source&gt;Relation&lt;/source&gt;
        &lt;translation&gt;Quan hệ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="466"/&gt;
        &lt;source&gt;Situation&lt;/source&gt;
        &lt;translation&gt;Tình trạng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="467"/&gt;
        &lt;source&gt;Year of birth&lt;/source&gt;
        &lt;translation&gt;Năm sinh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="468"/&gt;
        &lt;source&gt;Group&lt;/source&gt;
        &lt;translation&gt;Nhóm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="468"/&gt;
        &lt;source&gt;Subgroup&lt;/source&gt;
        &lt;translation&gt;Nhóm nhỏ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="468"/&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="469"/&gt;
        &lt;source&gt;From&lt;/source&gt;
        &lt;translation&gt;Từ ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="468"/&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="470"/&gt;
        &lt;source&gt;To&lt;/source&gt;
        &lt;translation&gt;Đến ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="469"/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Diện hưởng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/dialog.py" line="469"/&gt;
        &lt;source&gt;Monthly amount&lt;/source&gt;
        &lt;translation&gt;Mức hằng tháng&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CommunePage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/commune_page.py" line="110"/&gt;
        &lt;source&gt;Your commune&lt;/source&gt;
        &lt;translation&gt;Xã, phường của bạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/commune_page.py" line="111"/&gt;
        &lt;source&gt;Step 1 of 4&lt;/source&gt;
        &lt;translation&gt;Bước 1/4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/commune_page.py" line="114"/&gt;
        &lt;source&gt;Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).&lt;/source&gt;
        &lt;translation&gt;Chọn xã, phường hoặc đặc khu mà máy tính này giữ sổ theo dõi. Gõ một phần tên, không cần gõ dấu (ví dụ “hong bang”).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/commune_page.py" line="118"/&gt;
        &lt;source&gt;Search: name or code&lt;/source&gt;
        &lt;translation&gt;Tìm theo tên hoặc mã&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/first_run/commune_page.py" line="134"/&gt;
        &lt;source&gt;%n unit(s) found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Tìm thấy %n đơn vị&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ConflictModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="54"/&gt;
        &lt;source&gt;Record&lt;/source&gt;
        &lt;translation&gt;Bản ghi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="54"/&gt;
        &lt;source&gt;Field&lt;/source&gt;
        &lt;translation&gt;Trường&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="54"/&gt;
        &lt;source&gt;My value&lt;/source&gt;
        &lt;translation&gt;Giá trị của tôi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="54"/&gt;
        &lt;source&gt;Server value&lt;/source&gt;
        &lt;translation&gt;Giá trị trên máy chủ&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CountdownCard&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="58"/&gt;
        &lt;source&gt;Open case&lt;/source&gt;
        &lt;translation&gt;Mở vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="63"/&gt;
        &lt;source&gt;child not yet identified&lt;/source&gt;
        &lt;translation&gt;chưa xác định được trẻ&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CreatePage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="57"/&gt;
        &lt;source&gt;A register already exists in this folder. Close BVTE and open it instead; nothing was overwritten.&lt;/source&gt;
        &lt;translation&gt;Thư mục này đã có sổ theo dõi. Hãy đóng BVTE rồi mở sổ đó; không có gì bị ghi đè.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="62"/&gt;
        &lt;source&gt;The register could not be written to the data folder ({error}). Check that the disk has free space and the folder may be written, then try again.&lt;/source&gt;
        &lt;translation&gt;Không ghi được sổ vào thư mục dữ liệu ({error}). Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="90"/&gt;
        &lt;source&gt;Creating the register&lt;/source&gt;
        &lt;translation&gt;Đang tạo sổ theo dõi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="91"/&gt;
        &lt;source&gt;Step 3 of 4&lt;/source&gt;
        &lt;translation&gt;Bước 3/4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="92"/&gt;
        &lt;source&gt;Try again&lt;/source&gt;
        &lt;translation&gt;Thử lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="96"/&gt;
        &lt;source&gt;The encrypted register is ready.&lt;/source&gt;
        &lt;translation&gt;Sổ theo dõi đã được mã hóa và sẵn sàng.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/create_page.py" line="100"/&gt;
        &lt;source&gt;Creating the encrypted register and protecting it with your password. This takes a few seconds…&lt;/source&gt;
        &lt;translation&gt;Đang tạo sổ theo dõi mã hóa và bảo vệ bằng mật khẩu của bạn. Việc này mất vài giây…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentPreview&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/show.py" line="21"/&gt;
        &lt;source&gt;This case has no data for that form yet (for example no plan or no decision). Enter it first, then print again.&lt;/source&gt;
        &lt;translation&gt;Hồ sơ này chưa có dữ liệu cho biểu mẫu đó (ví dụ chưa có kế hoạch hoặc quyết định). Hãy nhập dữ liệu trước rồi in lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/show.py" line="27"/&gt;
        &lt;source&gt;The record was not found; it may have been deleted. Refresh the page.&lt;/source&gt;
        &lt;translation&gt;Không tìm thấy hồ sơ; có thể hồ sơ đã bị xóa. Hãy tải lại trang.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/show.py" line="33"/&gt;
        &lt;source&gt;The form template file %1 has an error at '%2'. Ask the technical staff to fix or restore the files in resources/forms.&lt;/source&gt;
        &lt;translation&gt;Tệp mẫu văn bản %1 có lỗi ở mục '%2'. Hãy nhờ bộ phận kỹ thuật sửa hoặc khôi phục các tệp trong resources/forms.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/show.py" line="44"/&gt;
        &lt;source&gt;The document could not be prepared. Saved data is not affected; try again.&lt;/source&gt;
        &lt;translation&gt;Không chuẩn bị được văn bản. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/show.py" line="89"/&gt;
        &lt;source&gt;Cannot print&lt;/source&gt;
        &lt;translation&gt;Không in được&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentPreviewDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="36"/&gt;
        &lt;source&gt;Preview: %1&lt;/source&gt;
        &lt;translation&gt;Xem trước: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="51"/&gt;
        &lt;source&gt;%n page(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n trang&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="53"/&gt;
        &lt;source&gt;Restricted information is hidden for your account.&lt;/source&gt;
        &lt;translation&gt;Thông tin hạn chế đã được che theo quyền của tài khoản.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="57"/&gt;
        &lt;source&gt;&amp;Print…&lt;/source&gt;
        &lt;translation&gt;&amp;In…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="58"/&gt;
        &lt;source&gt;&amp;Save as PDF…&lt;/source&gt;
        &lt;translation&gt;&amp;Lưu thành PDF…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="60"/&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Đóng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="98"/&gt;
        &lt;source&gt;Print&lt;/source&gt;
        &lt;translation&gt;In&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="142"/&gt;
        &lt;source&gt;Save as PDF&lt;/source&gt;
        &lt;translation&gt;Lưu thành PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="144"/&gt;
        &lt;source&gt;PDF documents (*.pdf)&lt;/source&gt;
        &lt;translation&gt;Tệp PDF (*.pdf)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="158"/&gt;
        &lt;source&gt;Could not save&lt;/source&gt;
        &lt;translation&gt;Không lưu được&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/preview.py" line="160"/&gt;
        &lt;source&gt;The file could not be written. Choose another folder (for example Documents) and check that the disk is not full.&lt;/source&gt;
        &lt;translation&gt;Không ghi được tệp. Hãy chọn thư mục khác (ví dụ Tài liệu) và kiểm tra ổ đĩa còn chỗ trống.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentPrintMenu&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/menu.py" line="22"/&gt;
        &lt;location filename="../desktop/ui/printing/menu.py" line="31"/&gt;
        &lt;source&gt;Print&lt;/source&gt;
        &lt;translation&gt;In&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DocumentSettingsDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="30"/&gt;
        &lt;source&gt;Printed documents&lt;/source&gt;
        &lt;translation&gt;Văn bản in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="39"/&gt;
        &lt;source&gt;Give reports the next number automatically&lt;/source&gt;
        &lt;translation&gt;Tự động cấp số tiếp theo cho báo cáo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="40"/&gt;
        &lt;source&gt;e.g. Xã An Lão&lt;/source&gt;
        &lt;translation&gt;ví dụ: Xã An Lão&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="41"/&gt;
        &lt;source&gt;e.g. An Lão&lt;/source&gt;
        &lt;translation&gt;ví dụ: An Lão&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="42"/&gt;
        &lt;source&gt;Usually empty&lt;/source&gt;
        &lt;translation&gt;Thường để trống&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="45"/&gt;
        &lt;source&gt;Commune, ward or special zone&lt;/source&gt;
        &lt;translation&gt;Xã, phường, đặc khu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="46"/&gt;
        &lt;source&gt;Place name on the date line&lt;/source&gt;
        &lt;translation&gt;Địa danh ở dòng ngày tháng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="47"/&gt;
        &lt;source&gt;Body above the commune&lt;/source&gt;
        &lt;translation&gt;Cơ quan cấp trên (nếu có)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="48"/&gt;
        &lt;source&gt;Chairman&lt;/source&gt;
        &lt;translation&gt;Chủ tịch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="49"/&gt;
        &lt;source&gt;Vice-chairmen (one per line)&lt;/source&gt;
        &lt;translation&gt;Phó Chủ tịch (mỗi dòng một người)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="52"/&gt;
        &lt;source&gt;These names are printed in the header and signature blocks of documents.&lt;/source&gt;
        &lt;translation&gt;Các tên này được in ở phần đầu và phần ký của văn bản.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="59"/&gt;
        &lt;source&gt;Save&lt;/source&gt;
        &lt;translation&gt;Lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="60"/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Hủy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="100"/&gt;
        &lt;source&gt;Commune name needed&lt;/source&gt;
        &lt;translation&gt;Cần tên xã, phường&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="101"/&gt;
        &lt;source&gt;Enter the commune's official name, e.g. Xã An Lão.&lt;/source&gt;
        &lt;translation&gt;Hãy nhập tên chính thức của xã, phường, ví dụ Xã An Lão.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="120"/&gt;
        &lt;source&gt;Not saved&lt;/source&gt;
        &lt;translation&gt;Chưa lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/printing/settings_dialog.py" line="121"/&gt;
        &lt;source&gt;The settings could not be read or saved. Nothing was changed; try again.&lt;/source&gt;
        &lt;translation&gt;Không đọc hoặc lưu được cài đặt. Chưa có gì thay đổi; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EnrolDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="33"/&gt;
        &lt;source&gt;Enrol this PC with the city server&lt;/source&gt;
        &lt;translation&gt;Đăng ký máy này với máy chủ thành phố&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="41"/&gt;
        &lt;source&gt;The PC is enrolled to this register's commune. Your server account is the one the city gave you; the password is not stored on this PC.&lt;/source&gt;
        &lt;translation&gt;Máy được đăng ký cho xã của sổ này. Tài khoản máy chủ là tài khoản thành phố cấp cho anh/chị; mật khẩu không được lưu trên máy.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="52"/&gt;
        &lt;source&gt;Server address&lt;/source&gt;
        &lt;translation&gt;Địa chỉ máy chủ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="53"/&gt;
        &lt;source&gt;Server account&lt;/source&gt;
        &lt;translation&gt;Tài khoản máy chủ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="54"/&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation&gt;Mật khẩu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="67"/&gt;
        &lt;source&gt;An http:// address is not encrypted: children's records would cross the network readable by anyone on the way. Use the https:// address the city gave you.&lt;/source&gt;
        &lt;translation&gt;Địa chỉ http:// không được mã hóa: hồ sơ trẻ em sẽ đi qua mạng mà ai ở giữa cũng đọc được. Hãy dùng địa chỉ https:// do thành phố cung cấp.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EnrolFileDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundle_dialogs.py" line="62"/&gt;
        &lt;source&gt;Enrol this PC by file&lt;/source&gt;
        &lt;translation&gt;Đăng ký máy bằng tệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundle_dialogs.py" line="65"/&gt;
        &lt;source&gt;The city issued this file for one PC. Type the activation code the city gave you separately (16 digits, by telephone or on paper).&lt;/source&gt;
        &lt;translation&gt;Thành phố cấp tệp này cho một máy. Hãy nhập mã kích hoạt thành phố đưa riêng cho bạn (16 chữ số, qua điện thoại hoặc trên giấy).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundle_dialogs.py" line="75"/&gt;
        &lt;source&gt;Commune:&lt;/source&gt;
        &lt;translation&gt;Xã:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundle_dialogs.py" line="76"/&gt;
        &lt;source&gt;Server account:&lt;/source&gt;
        &lt;translation&gt;Tài khoản máy chủ:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundle_dialogs.py" line="77"/&gt;
        &lt;source&gt;Valid until:&lt;/source&gt;
        &lt;translation&gt;Hiệu lực đến:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/bundle_dialogs.py" line="78"/&gt;
        &lt;source&gt;Activation code:&lt;/source&gt;
        &lt;translation&gt;Mã kích hoạt:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExportJob&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="44"/&gt;
        &lt;source&gt;Export to Excel&lt;/source&gt;
        &lt;translation&gt;Xuất ra Excel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="45"/&gt;
        &lt;source&gt;Writing the list to %1…&lt;/source&gt;
        &lt;translation&gt;Đang ghi danh sách vào %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="46"/&gt;
        &lt;source&gt;Stop&lt;/source&gt;
        &lt;translation&gt;Dừng&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FilterBar&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="84"/&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="124"/&gt;
        &lt;source&gt;All&lt;/source&gt;
        &lt;translation&gt;Tất cả&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="125"/&gt;
        &lt;source&gt;Yes&lt;/source&gt;
        &lt;translation&gt;Có&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="125"/&gt;
        &lt;source&gt;No&lt;/source&gt;
        &lt;translation&gt;Không&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="132"/&gt;
        &lt;source&gt;%1 years&lt;/source&gt;
        &lt;translation&gt;%1 tuổi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="141"/&gt;
        &lt;source&gt;&amp;Group&lt;/source&gt;
        &lt;translation&gt;&amp;Nhóm HCĐB&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="142"/&gt;
        &lt;source&gt;A&amp;ge&lt;/source&gt;
        &lt;translation&gt;Độ t&amp;uổi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="143"/&gt;
        &lt;source&gt;Se&amp;x&lt;/source&gt;
        &lt;translation&gt;&amp;Giới tính&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="144"/&gt;
        &lt;source&gt;&amp;Village&lt;/source&gt;
        &lt;translation&gt;&amp;Thôn/Tổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="145"/&gt;
        &lt;source&gt;Open &amp;case&lt;/source&gt;
        &lt;translation&gt;Có &amp;vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="146"/&gt;
        &lt;source&gt;&amp;Risk&lt;/source&gt;
        &lt;translation&gt;&amp;Mức nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="147"/&gt;
        &lt;source&gt;All&amp;owance&lt;/source&gt;
        &lt;translation&gt;T&amp;rợ cấp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/filters.py" line="151"/&gt;
        &lt;source&gt;Clear filters&lt;/source&gt;
        &lt;translation&gt;Bỏ lọc&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FirstRunWizard&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/wizard.py" line="122"/&gt;
        &lt;source&gt;BVTE — Set up the children's register&lt;/source&gt;
        &lt;translation&gt;BVTE — Thiết lập sổ theo dõi trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/wizard.py" line="124"/&gt;
        &lt;source&gt;&lt; Back&lt;/source&gt;
        &lt;translation&gt;&lt; Quay lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/wizard.py" line="125"/&gt;
        &lt;source&gt;Next &gt;&lt;/source&gt;
        &lt;translation&gt;Tiếp theo &gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/wizard.py" line="126"/&gt;
        &lt;source&gt;Open the register&lt;/source&gt;
        &lt;translation&gt;Mở sổ theo dõi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/wizard.py" line="127"/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Hủy&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;GivePasswordDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="65"/&gt;
        &lt;source&gt;The password is too weak: {reasons}.&lt;/source&gt;
        &lt;translation&gt;Mật khẩu chưa đủ mạnh: {reasons}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="68"/&gt;
        &lt;source&gt;{name} already has a password on this PC. If it is forgotten, they set a new one with the recovery key (Forgot your password? when unlocking).&lt;/source&gt;
        &lt;translation&gt;{name} đã có mật khẩu để mở sổ trên máy này. Nếu quên mật khẩu, người đó tự đặt mật khẩu mới bằng khóa khôi phục (mục Quên mật khẩu? khi mở sổ).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="72"/&gt;
        &lt;source&gt;Your role may not give passwords. Ask the commune's officer.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được cấp mật khẩu. Hãy nhờ cán bộ bảo vệ trẻ em của xã.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="74"/&gt;
        &lt;source&gt;This officer is no longer in the register.&lt;/source&gt;
        &lt;translation&gt;Cán bộ này không còn trong sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="77"/&gt;
        &lt;source&gt;The password could not be given ({error}). Nothing was changed; try again.&lt;/source&gt;
        &lt;translation&gt;Chưa cấp được mật khẩu ({error}). Chưa có gì thay đổi; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="89"/&gt;
        &lt;source&gt;Give a password&lt;/source&gt;
        &lt;translation&gt;Cấp mật khẩu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="92"/&gt;
        &lt;source&gt;{name} cannot open the register on this PC yet. Give them a temporary password and tell it to them in person: at their first sign-in they must choose their own.&lt;/source&gt;
        &lt;translation&gt;{name} chưa mở được sổ trên máy này. Hãy cấp một mật khẩu tạm và báo trực tiếp cho người này: ở lần mở sổ đầu tiên, họ phải đặt mật khẩu của riêng mình.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/give_password.py" line="97"/&gt;
        &lt;source&gt;Give password&lt;/source&gt;
        &lt;translation&gt;Cấp mật khẩu&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;HistoryTab&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="182"/&gt;
        &lt;source&gt;When&lt;/source&gt;
        &lt;translation&gt;Thời gian&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="182"/&gt;
        &lt;source&gt;Officer&lt;/source&gt;
        &lt;translation&gt;Cán bộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="182"/&gt;
        &lt;source&gt;Action&lt;/source&gt;
        &lt;translation&gt;Thao tác&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="182"/&gt;
        &lt;source&gt;What&lt;/source&gt;
        &lt;translation&gt;Đối tượng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="184"/&gt;
        &lt;source&gt;The child's file&lt;/source&gt;
        &lt;translation&gt;Hồ sơ trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="185"/&gt;
        &lt;source&gt;Home visit&lt;/source&gt;
        &lt;translation&gt;Thăm hộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/lists.py" line="186"/&gt;
        &lt;source&gt;Case&lt;/source&gt;
        &lt;translation&gt;Vụ việc&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;KeyBox&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="241"/&gt;
        &lt;source&gt;Encryption key&lt;/source&gt;
        &lt;translation&gt;Khóa mã hóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="242"/&gt;
        &lt;source&gt;Change the encryption key…&lt;/source&gt;
        &lt;translation&gt;Đổi khóa mã hóa…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="246"/&gt;
        &lt;source&gt;Change it after an officer leaves, or when a PC, a copy of the data folder or the key file may have been lost or copied: until then an old copy of the key file still opens the register.&lt;/source&gt;
        &lt;translation&gt;Hãy đổi khóa khi một cán bộ thôi việc, hoặc khi máy tính, bản sao thư mục dữ liệu hay tệp khóa có thể đã bị mất hoặc bị sao chép: cho đến lúc đó, một bản sao cũ của tệp khóa vẫn mở được sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="252"/&gt;
        &lt;source&gt;Your role may not change the encryption key.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được đổi khóa mã hóa.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="283"/&gt;
        &lt;source&gt;BVTE — Children's register&lt;/source&gt;
        &lt;translation&gt;BVTE — Sổ theo dõi trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="261"/&gt;
        &lt;source&gt;Register: %Ln children&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Tổng số: %Ln trẻ em&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="255"/&gt;
        &lt;source&gt;Officer: {officer} · {commune}&lt;/source&gt;
        &lt;translation&gt;Cán bộ: {officer} · {commune}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="264"/&gt;
        &lt;source&gt;Not synced: …&lt;/source&gt;
        &lt;translation&gt;Chưa đồng bộ: …&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="267"/&gt;
        &lt;source&gt;Not synced: %Ln change(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Chưa đồng bộ: %Ln thay đổi&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="269"/&gt;
        &lt;source&gt;Never synced&lt;/source&gt;
        &lt;translation&gt;Chưa đồng bộ lần nào&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="272"/&gt;
        &lt;source&gt;Last sync: {when}&lt;/source&gt;
        &lt;translation&gt;Đồng bộ lần cuối: {when}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="288"/&gt;
        &lt;source&gt;{page} (Ctrl+{number})&lt;/source&gt;
        &lt;translation&gt;{page} (Ctrl+{number})&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="290"/&gt;
        &lt;source&gt;Lock (Ctrl+L)&lt;/source&gt;
        &lt;translation&gt;Khóa (Ctrl+L)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="292"/&gt;
        &lt;source&gt;Close the register now; your unsaved entries are kept as drafts.&lt;/source&gt;
        &lt;translation&gt;Đóng sổ ngay; những gì đang nhập dở được giữ lại làm bản nháp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/main_window.py" line="294"/&gt;
        &lt;source&gt;Lock&lt;/source&gt;
        &lt;translation&gt;Khóa&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Navigation&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="73"/&gt;
        &lt;source&gt;Overview&lt;/source&gt;
        &lt;translation&gt;Tổng quan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="74"/&gt;
        &lt;source&gt;Children&lt;/source&gt;
        &lt;translation&gt;Trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="75"/&gt;
        &lt;source&gt;Cases&lt;/source&gt;
        &lt;translation&gt;Vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="76"/&gt;
        &lt;source&gt;Home visits&lt;/source&gt;
        &lt;translation&gt;Thăm gia đình&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="77"/&gt;
        &lt;source&gt;Tasks&lt;/source&gt;
        &lt;translation&gt;Công việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="78"/&gt;
        &lt;source&gt;Reports&lt;/source&gt;
        &lt;translation&gt;Báo cáo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="79"/&gt;
        &lt;source&gt;Sync&lt;/source&gt;
        &lt;translation&gt;Đồng bộ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="80"/&gt;
        &lt;source&gt;Settings&lt;/source&gt;
        &lt;translation&gt;Cài đặt&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NewPasswordFields&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="100"/&gt;
        &lt;source&gt;Password:&lt;/source&gt;
        &lt;translation&gt;Mật khẩu:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="101"/&gt;
        &lt;source&gt;Password again:&lt;/source&gt;
        &lt;translation&gt;Nhập lại mật khẩu:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="110"/&gt;
        &lt;source&gt;At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.&lt;/source&gt;
        &lt;translation&gt;Ít nhất {n} ký tự, kết hợp chữ hoa, chữ thường, chữ số hoặc ký hiệu; hoặc một cụm từ dài từ {long} ký tự trở lên.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="119"/&gt;
        &lt;source&gt;Not yet: {reasons}.&lt;/source&gt;
        &lt;translation&gt;Chưa dùng được: {reasons}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="123"/&gt;
        &lt;source&gt;The password is strong enough.&lt;/source&gt;
        &lt;translation&gt;Mật khẩu đủ mạnh.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;OfficerPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="85"/&gt;
        &lt;source&gt;The first officer&lt;/source&gt;
        &lt;translation&gt;Cán bộ đầu tiên&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="86"/&gt;
        &lt;source&gt;Step 2 of 4&lt;/source&gt;
        &lt;translation&gt;Bước 2/4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="89"/&gt;
        &lt;source&gt;This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.&lt;/source&gt;
        &lt;translation&gt;Cán bộ này mở sổ bằng mật khẩu riêng. Có thể thêm đồng nghiệp sau trong phần Cài đặt, mỗi người một mật khẩu riêng.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="95"/&gt;
        &lt;source&gt;Full name:&lt;/source&gt;
        &lt;translation&gt;Họ và tên:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="95"/&gt;
        &lt;source&gt;Sign-in name:&lt;/source&gt;
        &lt;translation&gt;Tên đăng nhập:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="95"/&gt;
        &lt;source&gt;Role:&lt;/source&gt;
        &lt;translation&gt;Vai trò:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/officer_page.py" line="102"/&gt;
        &lt;source&gt;Create the register&lt;/source&gt;
        &lt;translation&gt;Tạo sổ theo dõi&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;OfficersBox&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="88"/&gt;
        &lt;source&gt; (you)&lt;/source&gt;
        &lt;translation&gt; (bạn)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="91"/&gt;
        &lt;source&gt; — cannot open the register on this PC yet&lt;/source&gt;
        &lt;translation&gt; — chưa mở được sổ trên máy này&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="93"/&gt;
        &lt;source&gt; — temporary password&lt;/source&gt;
        &lt;translation&gt; — đang dùng mật khẩu tạm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="122"/&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="174"/&gt;
        &lt;source&gt;Remove an officer&lt;/source&gt;
        &lt;translation&gt;Xóa cán bộ khỏi sổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="124"/&gt;
        &lt;source&gt;Remove {name} from the register?&lt;/source&gt;
        &lt;translation&gt;Xóa {name} khỏi sổ?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="127"/&gt;
        &lt;source&gt;They will no longer open the register, on this PC nor, once synced, on the commune's other PCs. The records they entered and their name in the history are kept.&lt;/source&gt;
        &lt;translation&gt;Người này sẽ không mở được sổ nữa, trên máy này và (sau khi đồng bộ) trên các máy khác của xã. Hồ sơ họ đã nhập và tên họ trong nhật ký vẫn được giữ lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="132"/&gt;
        &lt;source&gt;Remove&lt;/source&gt;
        &lt;translation&gt;Xóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="152"/&gt;
        &lt;source&gt;Change the encryption key?&lt;/source&gt;
        &lt;translation&gt;Đổi khóa mã hóa?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="155"/&gt;
        &lt;source&gt;{name} was removed from the register.&lt;/source&gt;
        &lt;translation&gt;Đã xóa {name} khỏi sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="158"/&gt;
        &lt;source&gt;If they kept a copy of the key file (register.keys), it still opens the register with their old password until the encryption key is changed. Change it now?&lt;/source&gt;
        &lt;translation&gt;Nếu người này còn giữ một bản sao tệp khóa (register.keys), bản sao đó vẫn mở được sổ bằng mật khẩu cũ của họ cho đến khi đổi khóa mã hóa. Đổi khóa ngay bây giờ?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="162"/&gt;
        &lt;source&gt;Change the key now…&lt;/source&gt;
        &lt;translation&gt;Đổi khóa ngay…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="164"/&gt;
        &lt;source&gt;Later&lt;/source&gt;
        &lt;translation&gt;Để sau&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="175"/&gt;
        &lt;source&gt;The officer could not be removed ({error}). Nothing was changed.&lt;/source&gt;
        &lt;translation&gt;Chưa xóa được cán bộ ({error}). Chưa có gì thay đổi.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="198"/&gt;
        &lt;source&gt;Officers of this register&lt;/source&gt;
        &lt;translation&gt;Cán bộ dùng sổ này&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="199"/&gt;
        &lt;source&gt;Add an officer…&lt;/source&gt;
        &lt;translation&gt;Thêm cán bộ…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="200"/&gt;
        &lt;source&gt;Give a password…&lt;/source&gt;
        &lt;translation&gt;Cấp mật khẩu…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="201"/&gt;
        &lt;source&gt;Remove…&lt;/source&gt;
        &lt;translation&gt;Xóa khỏi sổ…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="205"/&gt;
        &lt;source&gt;Each officer opens the register with a password of their own. A colleague who cannot open it on this PC is given a temporary password.&lt;/source&gt;
        &lt;translation&gt;Mỗi cán bộ mở sổ bằng mật khẩu riêng của mình. Đồng nghiệp chưa mở được sổ trên máy này thì được cấp một mật khẩu tạm.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/officers.py" line="210"/&gt;
        &lt;source&gt;Your role may not add officers.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được thêm cán bộ.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;OverviewPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="179"/&gt;
        &lt;source&gt;Today&lt;/source&gt;
        &lt;translation&gt;Hôm nay&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="181"/&gt;
        &lt;source&gt;12-hour limit: reports to assess and children in danger&lt;/source&gt;
        &lt;translation&gt;Thời hạn 12 giờ: tin báo cần đánh giá và trẻ đang gặp nguy hiểm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="183"/&gt;
        &lt;source&gt;No child is waiting for emergency measures.&lt;/source&gt;
        &lt;translation&gt;Không có trẻ nào đang chờ can thiệp khẩn cấp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="184"/&gt;
        &lt;source&gt;Overdue and due soon first&lt;/source&gt;
        &lt;translation&gt;Việc quá hạn và sắp đến hạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="185"/&gt;
        &lt;source&gt;Open cases by stage&lt;/source&gt;
        &lt;translation&gt;Vụ việc đang mở theo bước&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="186"/&gt;
        &lt;source&gt;Home visits overdue or due within 7 days&lt;/source&gt;
        &lt;translation&gt;Thăm hộ quá hạn hoặc đến hạn trong 7 ngày&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="188"/&gt;
        &lt;source&gt;State&lt;/source&gt;
        &lt;translation&gt;Tình trạng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="188"/&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="190"/&gt;
        &lt;source&gt;Due&lt;/source&gt;
        &lt;translation&gt;Hạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="188"/&gt;
        &lt;source&gt;Case&lt;/source&gt;
        &lt;translation&gt;Vụ việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="188"/&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="190"/&gt;
        &lt;source&gt;Child&lt;/source&gt;
        &lt;translation&gt;Trẻ em&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="188"/&gt;
        &lt;source&gt;Task&lt;/source&gt;
        &lt;translation&gt;Việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="219"/&gt;
        &lt;source&gt;Today, {0}&lt;/source&gt;
        &lt;translation&gt;Hôm nay, {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="257"/&gt;
        &lt;source&gt;Children in special circumstances: {0}&lt;/source&gt;
        &lt;translation&gt;Trẻ em có hoàn cảnh đặc biệt: {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="311"/&gt;
        &lt;source&gt;Total open: {0}&lt;/source&gt;
        &lt;translation&gt;Tổng số đang mở: {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="334"/&gt;
        &lt;source&gt;The 12-hour limit has passed for case(s) {0}: act and record it now.&lt;/source&gt;
        &lt;translation&gt;Đã quá thời hạn 12 giờ với vụ việc {0}: hãy xử lý và ghi lại ngay.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/overview/page.py" line="340"/&gt;
        &lt;source&gt;Less than 2 hours left for case(s) {0} to take emergency measures.&lt;/source&gt;
        &lt;translation&gt;Còn dưới 2 giờ để can thiệp khẩn cấp cho vụ việc {0}.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;OwnPasswordDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/own_password.py" line="78"/&gt;
        &lt;source&gt;Choose a password different from the temporary one.&lt;/source&gt;
        &lt;translation&gt;Hãy chọn mật khẩu khác với mật khẩu tạm.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/own_password.py" line="91"/&gt;
        &lt;source&gt;Choose your own password&lt;/source&gt;
        &lt;translation&gt;Đặt mật khẩu của riêng bạn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/own_password.py" line="94"/&gt;
        &lt;source&gt;The password typed for {name} is a temporary one, given by a colleague. Choose your own now: from then on only you know it, and the temporary password no longer opens the register.&lt;/source&gt;
        &lt;translation&gt;Mật khẩu vừa nhập cho {name} là mật khẩu tạm do đồng nghiệp cấp. Hãy đặt mật khẩu của riêng bạn ngay bây giờ: từ đó chỉ mình bạn biết mật khẩu, và mật khẩu tạm không còn mở được sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/own_password.py" line="99"/&gt;
        &lt;source&gt;Set password and open&lt;/source&gt;
        &lt;translation&gt;Đặt mật khẩu và mở sổ&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PasswordDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="83"/&gt;
        &lt;source&gt;City server login&lt;/source&gt;
        &lt;translation&gt;Đăng nhập máy chủ thành phố&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/dialogs.py" line="86"/&gt;
        &lt;source&gt;Password of server account %1:&lt;/source&gt;
        &lt;translation&gt;Mật khẩu của tài khoản máy chủ %1:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PasswordRules&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="12"/&gt;
        &lt;source&gt;use at least {n} characters&lt;/source&gt;
        &lt;translation&gt;cần ít nhất {n} ký tự&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="15"/&gt;
        &lt;source&gt;do not use only digits&lt;/source&gt;
        &lt;translation&gt;không được chỉ gồm chữ số&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="18"/&gt;
        &lt;source&gt;mix capitals, small letters, digits or symbols (or use {n} characters or more)&lt;/source&gt;
        &lt;translation&gt;cần kết hợp chữ hoa, chữ thường, chữ số hoặc ký hiệu (hoặc dài từ {n} ký tự)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="22"/&gt;
        &lt;source&gt;this password is too common; choose another&lt;/source&gt;
        &lt;translation&gt;mật khẩu này quá phổ biến, hãy chọn mật khẩu khác&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="34"/&gt;
        &lt;source&gt;type the same password again below&lt;/source&gt;
        &lt;translation&gt;hãy nhập lại đúng mật khẩu đó vào ô bên dưới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/passwords.py" line="38"/&gt;
        &lt;source&gt;the two passwords are not the same&lt;/source&gt;
        &lt;translation&gt;hai mật khẩu chưa giống nhau&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PlaceholderPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/pages.py" line="61"/&gt;
        &lt;source&gt;This part of the register is coming in a later version of BVTE.&lt;/source&gt;
        &lt;translation&gt;Phần này sẽ có trong phiên bản sau của BVTE.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PlanEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="129"/&gt;
        &lt;source&gt;Goals&lt;/source&gt;
        &lt;translation&gt;Mục tiêu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="130"/&gt;
        &lt;source&gt;Add task&lt;/source&gt;
        &lt;translation&gt;Thêm công việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="131"/&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="220"/&gt;
        &lt;source&gt;Remove task&lt;/source&gt;
        &lt;translation&gt;Xóa công việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="132"/&gt;
        &lt;source&gt;Save draft plan&lt;/source&gt;
        &lt;translation&gt;Lưu dự thảo&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="133"/&gt;
        &lt;source&gt;Submit to the Chairman&lt;/source&gt;
        &lt;translation&gt;Trình Chủ tịch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="134"/&gt;
        &lt;source&gt;Record progress&lt;/source&gt;
        &lt;translation&gt;Ghi tiến độ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="150"/&gt;
        &lt;source&gt;Version {0} · {1}&lt;/source&gt;
        &lt;translation&gt;Phiên bản {0} · {1}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="179"/&gt;
        &lt;source&gt;Decision {0} of {1}, signed by {2}&lt;/source&gt;
        &lt;translation&gt;Quyết định số {0} ngày {1}, người ký: {2}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="185"/&gt;
        &lt;source&gt;No plan yet: it starts after the case meeting.&lt;/source&gt;
        &lt;translation&gt;Chưa có kế hoạch: lập sau cuộc họp về vụ việc.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="203"/&gt;
        &lt;source&gt;Total cost: {0}&lt;/source&gt;
        &lt;translation&gt;Tổng kinh phí: {0}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="220"/&gt;
        &lt;source&gt;Remove this task?&lt;/source&gt;
        &lt;translation&gt;Xóa công việc này?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="291"/&gt;
        &lt;source&gt;Submit the plan&lt;/source&gt;
        &lt;translation&gt;Trình kế hoạch&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="293"/&gt;
        &lt;source&gt;Submit this plan to the Chairman for approval? It can no longer be edited unless it is returned.&lt;/source&gt;
        &lt;translation&gt;Trình kế hoạch này để Chủ tịch phê duyệt? Sau khi trình, kế hoạch không sửa được nữa trừ khi bị trả lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="312"/&gt;
        &lt;source&gt;Choose a task in the table first.&lt;/source&gt;
        &lt;translation&gt;Hãy chọn một công việc trong bảng trước.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="318"/&gt;
        &lt;source&gt;Task progress&lt;/source&gt;
        &lt;translation&gt;Tiến độ công việc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="321"/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Tình trạng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_editor.py" line="323"/&gt;
        &lt;source&gt;Progress&lt;/source&gt;
        &lt;translation&gt;Tiến độ&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PlanTaskModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="22"/&gt;
        &lt;source&gt;Task or service&lt;/source&gt;
        &lt;translation&gt;Công việc, dịch vụ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="23"/&gt;
        &lt;source&gt;Responsible&lt;/source&gt;
        &lt;translation&gt;Cơ quan, người thực hiện&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="24"/&gt;
        &lt;source&gt;Provider&lt;/source&gt;
        &lt;translation&gt;Đơn vị cung cấp dịch vụ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="25"/&gt;
        &lt;source&gt;Start&lt;/source&gt;
        &lt;translation&gt;Bắt đầu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="26"/&gt;
        &lt;source&gt;Expected end&lt;/source&gt;
        &lt;translation&gt;Dự kiến kết thúc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="27"/&gt;
        &lt;source&gt;Cost (VND)&lt;/source&gt;
        &lt;translation&gt;Kinh phí (đồng)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/cases/plan_model.py" line="28"/&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Tình trạng&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QFileDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="54"/&gt;
        &lt;source&gt;Choose&lt;/source&gt;
        &lt;translation&gt;Chọn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="55"/&gt;
        &lt;source&gt;&amp;Choose&lt;/source&gt;
        &lt;translation&gt;&amp;Chọn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="56"/&gt;
        &lt;source&gt;Look in:&lt;/source&gt;
        &lt;translation&gt;Tìm trong:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="57"/&gt;
        &lt;source&gt;Directory:&lt;/source&gt;
        &lt;translation&gt;Thư mục:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="58"/&gt;
        &lt;source&gt;Files of type:&lt;/source&gt;
        &lt;translation&gt;Loại tệp:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="59"/&gt;
        &lt;source&gt;Create New Folder&lt;/source&gt;
        &lt;translation&gt;Tạo thư mục mới&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QGnomeTheme&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="42"/&gt;
        &lt;source&gt;&amp;OK&lt;/source&gt;
        &lt;translation&gt;Đồng &amp;ý&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="43"/&gt;
        &lt;source&gt;&amp;Save&lt;/source&gt;
        &lt;translation&gt;&amp;Lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="44"/&gt;
        &lt;source&gt;&amp;Cancel&lt;/source&gt;
        &lt;translation&gt;&amp;Hủy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="45"/&gt;
        &lt;source&gt;&amp;Close&lt;/source&gt;
        &lt;translation&gt;Đó&amp;ng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="46"/&gt;
        &lt;source&gt;Close without Saving&lt;/source&gt;
        &lt;translation&gt;Đóng không lưu&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QLineEdit&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="47"/&gt;
        &lt;source&gt;&amp;Undo&lt;/source&gt;
        &lt;translation&gt;&amp;Hoàn tác&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="48"/&gt;
        &lt;source&gt;&amp;Redo&lt;/source&gt;
        &lt;translation&gt;&amp;Làm lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="49"/&gt;
        &lt;source&gt;Cu&amp;t&lt;/source&gt;
        &lt;translation&gt;&amp;Cắt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="50"/&gt;
        &lt;source&gt;&amp;Copy&lt;/source&gt;
        &lt;translation&gt;&amp;Sao chép&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="51"/&gt;
        &lt;source&gt;&amp;Paste&lt;/source&gt;
        &lt;translation&gt;&amp;Dán&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="52"/&gt;
        &lt;source&gt;Delete&lt;/source&gt;
        &lt;translation&gt;Xóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="53"/&gt;
        &lt;source&gt;Select All&lt;/source&gt;
        &lt;translation&gt;Chọn tất cả&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QPlatformTheme&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="24"/&gt;
        &lt;source&gt;OK&lt;/source&gt;
        &lt;translation&gt;Đồng ý&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="25"/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Hủy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="26"/&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Đóng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="27"/&gt;
        &lt;source&gt;Save&lt;/source&gt;
        &lt;translation&gt;Lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="28"/&gt;
        &lt;source&gt;Save All&lt;/source&gt;
        &lt;translation&gt;Lưu tất cả&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="29"/&gt;
        &lt;source&gt;Open&lt;/source&gt;
        &lt;translation&gt;Mở&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="30"/&gt;
        &lt;source&gt;&amp;Yes&lt;/source&gt;
        &lt;translation&gt;&amp;Có&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="31"/&gt;
        &lt;source&gt;Yes to &amp;All&lt;/source&gt;
        &lt;translation&gt;Có với &amp;tất cả&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="32"/&gt;
        &lt;source&gt;&amp;No&lt;/source&gt;
        &lt;translation&gt;&amp;Không&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="33"/&gt;
        &lt;source&gt;N&amp;o to All&lt;/source&gt;
        &lt;translation&gt;K&amp;hông với tất cả&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="34"/&gt;
        &lt;source&gt;Abort&lt;/source&gt;
        &lt;translation&gt;Hủy bỏ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="35"/&gt;
        &lt;source&gt;Retry&lt;/source&gt;
        &lt;translation&gt;Thử lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="36"/&gt;
        &lt;source&gt;Ignore&lt;/source&gt;
        &lt;translation&gt;Bỏ qua&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="37"/&gt;
        &lt;source&gt;Discard&lt;/source&gt;
        &lt;translation&gt;Không lưu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="38"/&gt;
        &lt;source&gt;Help&lt;/source&gt;
        &lt;translation&gt;Trợ giúp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="39"/&gt;
        &lt;source&gt;Apply&lt;/source&gt;
        &lt;translation&gt;Áp dụng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="40"/&gt;
        &lt;source&gt;Reset&lt;/source&gt;
        &lt;translation&gt;Đặt lại&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="41"/&gt;
        &lt;source&gt;Restore Defaults&lt;/source&gt;
        &lt;translation&gt;Khôi phục mặc định&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QPrintDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="60"/&gt;
        &lt;source&gt;Print&lt;/source&gt;
        &lt;translation&gt;In&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="61"/&gt;
        &lt;source&gt;&amp;Print&lt;/source&gt;
        &lt;translation&gt;&amp;In&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="62"/&gt;
        &lt;source&gt;Printer&lt;/source&gt;
        &lt;translation&gt;Máy in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="63"/&gt;
        &lt;source&gt;&amp;Name:&lt;/source&gt;
        &lt;translation&gt;&amp;Tên:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/language.py" line="64"/&gt;
        &lt;source&gt;Copies&lt;/source&gt;
        &lt;translation&gt;Số bản&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QuarantineModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="105"/&gt;
        &lt;source&gt;Record&lt;/source&gt;
        &lt;translation&gt;Bản ghi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="105"/&gt;
        &lt;source&gt;Reason&lt;/source&gt;
        &lt;translation&gt;Lý do&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/sync/models.py" line="105"/&gt;
        &lt;source&gt;Refused at&lt;/source&gt;
        &lt;translation&gt;Thời điểm bị từ chối&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RecordListEditor&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/record_list.py" line="100"/&gt;
        &lt;source&gt;&amp;Add&lt;/source&gt;
        &lt;translation&gt;&amp;Thêm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/record_list.py" line="101"/&gt;
        &lt;source&gt;&amp;Remove&lt;/source&gt;
        &lt;translation&gt;&amp;Xoá&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/child/record_list.py" line="102"/&gt;
        &lt;source&gt;None yet. Press Add to enter one.&lt;/source&gt;
        &lt;translation&gt;Chưa có. Bấm "Thêm" để nhập.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RecoveryDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="100"/&gt;
        &lt;source&gt;This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).&lt;/source&gt;
        &lt;translation&gt;Khóa khôi phục không hợp lệ: có ký tự bị sai hoặc thiếu. Hãy so từng nhóm 5 ký tự với tờ giấy (0 và O, 1 và I được coi là như nhau).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="105"/&gt;
        &lt;source&gt;This recovery key does not open this register. Find the key printed when this register was created.&lt;/source&gt;
        &lt;translation&gt;Khóa khôi phục này không mở được sổ này. Hãy tìm khóa đã in khi tạo sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="110"/&gt;
        &lt;source&gt;Too many wrong recovery keys. Wait %n second(s) and try again.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Đã nhập sai khóa khôi phục quá nhiều lần. Hãy chờ %n giây rồi thử lại.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="126"/&gt;
        &lt;source&gt;Forgotten password&lt;/source&gt;
        &lt;translation&gt;Quên mật khẩu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="129"/&gt;
        &lt;source&gt;Type the recovery key printed when the register was created, then choose a new password for {name}.&lt;/source&gt;
        &lt;translation&gt;Nhập khóa khôi phục đã in khi tạo sổ, rồi đặt mật khẩu mới cho {name}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="133"/&gt;
        &lt;source&gt;Recovery key:&lt;/source&gt;
        &lt;translation&gt;Khóa khôi phục:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/unlock/recovery.py" line="134"/&gt;
        &lt;source&gt;Set password and open&lt;/source&gt;
        &lt;translation&gt;Đặt mật khẩu và mở sổ&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RecoveryKeyView&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="100"/&gt;
        &lt;source&gt;Print the recovery key&lt;/source&gt;
        &lt;translation&gt;In khóa khôi phục&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="122"/&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="162"/&gt;
        &lt;source&gt;Copied.&lt;/source&gt;
        &lt;translation&gt;Đã sao chép.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="132"/&gt;
        &lt;source&gt;BVTE — Recovery key of the register&lt;/source&gt;
        &lt;translation&gt;BVTE — Khóa khôi phục của sổ theo dõi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="133"/&gt;
        &lt;source&gt;Unit: {unit}&lt;/source&gt;
        &lt;translation&gt;Đơn vị: {unit}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="134"/&gt;
        &lt;source&gt;Made on: {day}&lt;/source&gt;
        &lt;translation&gt;Ngày lập: {day}&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="138"/&gt;
        &lt;source&gt;This key replaces every earlier recovery key of the register.&lt;/source&gt;
        &lt;translation&gt;Khóa này thay thế mọi khóa khôi phục trước đây của sổ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="155"/&gt;
        &lt;source&gt;Keep the paper locked away, apart from this PC. Anyone with this key can read the children's records.&lt;/source&gt;
        &lt;translation&gt;Hãy cất tờ giấy vào nơi có khóa, tách khỏi máy tính này. Ai có khóa này đều đọc được hồ sơ của trẻ em.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="159"/&gt;
        &lt;source&gt;Print…&lt;/source&gt;
        &lt;translation&gt;In…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="160"/&gt;
        &lt;source&gt;Copy&lt;/source&gt;
        &lt;translation&gt;Sao chép&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RecoveryPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="205"/&gt;
        &lt;source&gt;Recovery key&lt;/source&gt;
        &lt;translation&gt;Khóa khôi phục&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="206"/&gt;
        &lt;source&gt;Step 4 of 4&lt;/source&gt;
        &lt;translation&gt;Bước 4/4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="209"/&gt;
        &lt;source&gt;If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.&lt;/source&gt;
        &lt;translation&gt;Nếu quên hết mật khẩu, chỉ khóa này mở được sổ. Khóa chỉ hiện một lần này: hãy in ra hoặc chép lại thật chính xác.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/first_run/recovery_page.py" line="213"/&gt;
        &lt;source&gt;I have written down or printed the recovery key&lt;/source&gt;
        &lt;translation&gt;Tôi đã chép lại hoặc in khóa khôi phục&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RegisterColumns&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="12"/&gt;
        &lt;source&gt;Full name&lt;/source&gt;
        &lt;translation&gt;Họ và tên&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="13"/&gt;
        &lt;source&gt;Date of birth&lt;/source&gt;
        &lt;translation&gt;Ngày sinh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="14"/&gt;
        &lt;source&gt;Age&lt;/source&gt;
        &lt;translation&gt;Tuổi&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="15"/&gt;
        &lt;source&gt;Sex&lt;/source&gt;
        &lt;translation&gt;Giới tính&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="16"/&gt;
        &lt;source&gt;ID number&lt;/source&gt;
        &lt;translation&gt;Số định danh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="17"/&gt;
        &lt;source&gt;Village/residential group&lt;/source&gt;
        &lt;translation&gt;Thôn/Tổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="18"/&gt;
        &lt;source&gt;Ethnicity&lt;/source&gt;
        &lt;translation&gt;Dân tộc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="19"/&gt;
        &lt;source&gt;Special circumstances&lt;/source&gt;
        &lt;translation&gt;Nhóm HCĐB&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="20"/&gt;
        &lt;source&gt;Carers&lt;/source&gt;
        &lt;translation&gt;Người chăm sóc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="21"/&gt;
        &lt;source&gt;Carers' phones&lt;/source&gt;
        &lt;translation&gt;Điện thoại người chăm sóc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="22"/&gt;
        &lt;source&gt;Open case&lt;/source&gt;
        &lt;translation&gt;Vụ việc đang mở&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="23"/&gt;
        &lt;source&gt;Risk&lt;/source&gt;
        &lt;translation&gt;Mức nguy cơ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/columns.py" line="24"/&gt;
        &lt;source&gt;Allowance&lt;/source&gt;
        &lt;translation&gt;Trợ cấp&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RegisterExport&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="81"/&gt;
        &lt;source&gt;The export was stopped; no file was written.&lt;/source&gt;
        &lt;translation&gt;Đã dừng xuất; không có tệp nào được ghi.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="85"/&gt;
        &lt;source&gt;Your role may not export ID numbers, ethnicity, special circumstances or carers' phones. Hide those columns and export again.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được xuất số định danh, dân tộc, nhóm hoàn cảnh đặc biệt hay điện thoại người chăm sóc. Hãy ẩn các cột đó rồi xuất lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="91"/&gt;
        &lt;source&gt;The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.&lt;/source&gt;
        &lt;translation&gt;Không ghi được tệp ({0}). Chọn thư mục khác, hoặc đóng tệp nếu đang mở trong Excel, rồi thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="96"/&gt;
        &lt;source&gt;The export failed ({0}). Nothing was written; try again.&lt;/source&gt;
        &lt;translation&gt;Xuất không thành công ({0}). Chưa có gì được ghi; hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="105"/&gt;
        &lt;source&gt;Export to Excel&lt;/source&gt;
        &lt;translation&gt;Xuất ra Excel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/export.py" line="106"/&gt;
        &lt;source&gt;%n children exported to %1.&lt;/source&gt;
        &lt;translation&gt;Đã xuất %n trẻ em vào %1.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RegisterTableModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/model.py" line="145"/&gt;
        &lt;source&gt;Only the year (or age) is known; day and month are estimated.&lt;/source&gt;
        &lt;translation&gt;Chỉ biết năm sinh (hoặc tuổi); ngày và tháng là ước tính.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/model.py" line="275"/&gt;
        &lt;source&gt;%1 (estimated)&lt;/source&gt;
        &lt;translation&gt;%1 (ước tính)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RegisterWidget&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="387"/&gt;
        &lt;source&gt;Search by name, ID number, carer, village — no need to type accents&lt;/source&gt;
        &lt;translation&gt;Tìm theo tên, số định danh, người chăm sóc, thôn/tổ — không cần gõ dấu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="343"/&gt;
        &lt;source&gt;%Ln children&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln trẻ em&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="217"/&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="236"/&gt;
        &lt;source&gt;Export to Excel&lt;/source&gt;
        &lt;translation&gt;Xuất ra Excel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="236"/&gt;
        &lt;source&gt;register.xlsx&lt;/source&gt;
        &lt;translation&gt;danh-sach-tre-em.xlsx&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="236"/&gt;
        &lt;source&gt;Excel (*.xlsx)&lt;/source&gt;
        &lt;translation&gt;Excel (*.xlsx)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="341"/&gt;
        &lt;source&gt;%Ln children match the filters&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln trẻ em khớp bộ lọc&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="345"/&gt;
        &lt;source&gt;No child found&lt;/source&gt;
        &lt;translation&gt;Không tìm thấy trẻ em nào&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="348"/&gt;
        &lt;source&gt;First %1 of %Ln matches — type more to narrow&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 kết quả đầu trong %Ln — gõ thêm để thu hẹp&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus="yes"&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="353"/&gt;
        &lt;source&gt;%Ln found&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Tìm thấy %Ln trẻ em&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="361"/&gt;
        &lt;source&gt;Searching…&lt;/source&gt;
        &lt;translation&gt;Đang tìm…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="361"/&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Đang tải…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="369"/&gt;
        &lt;source&gt;The register is busy (another program is using it). Wait a moment, then type the search again.&lt;/source&gt;
        &lt;translation&gt;Sổ theo dõi đang bận (một chương trình khác đang dùng). Hãy chờ một lát rồi gõ lại nội dung tìm kiếm.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="374"/&gt;
        &lt;source&gt;The register file could not be read; it may be damaged. Nothing was changed. Close the app, run 'bvte doctor' and restore the latest backup if it says so.&lt;/source&gt;
        &lt;translation&gt;Không đọc được tệp sổ theo dõi; tệp có thể đã bị hỏng. Không có gì bị thay đổi. Hãy đóng ứng dụng, chạy lệnh 'bvte doctor' và khôi phục bản sao lưu gần nhất nếu lệnh đó yêu cầu.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="379"/&gt;
        &lt;source&gt;The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run 'bvte doctor'.&lt;/source&gt;
        &lt;translation&gt;Không đọc được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy đóng rồi mở lại ứng dụng; nếu vẫn gặp lỗi, hãy chạy lệnh 'bvte doctor'.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="389"/&gt;
        &lt;source&gt;&amp;Filters&lt;/source&gt;
        &lt;translation&gt;&amp;Lọc&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="390"/&gt;
        &lt;source&gt;C&amp;olumns&lt;/source&gt;
        &lt;translation&gt;&amp;Cột&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="391"/&gt;
        &lt;source&gt;&amp;Export to Excel…&lt;/source&gt;
        &lt;translation&gt;&amp;Xuất Excel…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="392"/&gt;
        &lt;source&gt;&amp;New child&lt;/source&gt;
        &lt;translation&gt;Thêm &amp;trẻ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="393"/&gt;
        &lt;source&gt;Add a child to the register (Ctrl+N)&lt;/source&gt;
        &lt;translation&gt;Thêm trẻ em vào sổ (Ctrl+N)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/children/view.py" line="394"/&gt;
        &lt;source&gt;Search (Ctrl+F)&lt;/source&gt;
        &lt;translation&gt;Tìm kiếm (Ctrl+F)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;RekeyDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="318"/&gt;
        &lt;source&gt;Not yet: {reasons}.&lt;/source&gt;
        &lt;translation&gt;Chưa dùng được: {reasons}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="337"/&gt;
        &lt;source&gt;Change the encryption key&lt;/source&gt;
        &lt;translation&gt;Đổi khóa mã hóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="338"/&gt;
        &lt;source&gt;Change the encryption key of the register&lt;/source&gt;
        &lt;translation&gt;Đổi khóa mã hóa của sổ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="341"/&gt;
        &lt;source&gt;This makes a new key for the register and encrypts every record again with it. Do it after an officer was removed, or when a PC, a copy of the data folder or the key file may have been lost or copied.&lt;/source&gt;
        &lt;translation&gt;Việc này tạo một khóa mới cho sổ và mã hóa lại toàn bộ hồ sơ bằng khóa đó. Hãy làm khi vừa xóa một cán bộ khỏi sổ, hoặc khi máy tính, một bản sao thư mục dữ liệu hay tệp khóa có thể đã bị mất hoặc bị sao chép.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="348"/&gt;
        &lt;source&gt;Until it is done, a copy of the key file (register.keys) taken earlier still opens the register with the password it had then, records added since included. Changing a password does not stop that; changing the key does.&lt;/source&gt;
        &lt;translation&gt;Cho đến khi đổi khóa, một bản sao tệp khóa (register.keys) lấy từ trước vẫn mở được sổ bằng mật khẩu lúc đó, kể cả các hồ sơ nhập sau này. Đổi mật khẩu không ngăn được điều đó; chỉ đổi khóa mới ngăn được.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="355"/&gt;
        &lt;source&gt;A new recovery key replaces the old one: you print or copy it at the end. Colleagues need a new password on this PC: give each a temporary password below (they choose their own at their next sign-in), or leave it empty and give them one later in Settings. It takes from a few seconds to a few minutes; do not turn off the PC meanwhile.&lt;/source&gt;
        &lt;translation&gt;Một khóa khôi phục mới sẽ thay khóa cũ: bạn in hoặc sao chép nó ở bước cuối. Đồng nghiệp cần mật khẩu mới trên máy này: hãy cấp cho mỗi người một mật khẩu tạm ở dưới (họ tự đặt mật khẩu riêng ở lần mở sổ tiếp theo), hoặc để trống và cấp sau trong Cài đặt. Việc này mất từ vài giây đến vài phút; đừng tắt máy trong lúc đó.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="362"/&gt;
        &lt;source&gt;Your password:&lt;/source&gt;
        &lt;translation&gt;Mật khẩu của bạn:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="363"/&gt;
        &lt;source&gt;Colleagues who open the register on this PC&lt;/source&gt;
        &lt;translation&gt;Đồng nghiệp mở sổ trên máy này&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="364"/&gt;
        &lt;source&gt;No other officer opens the register on this PC.&lt;/source&gt;
        &lt;translation&gt;Không có cán bộ nào khác mở sổ trên máy này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="367"/&gt;
        &lt;source&gt;temporary password (empty: give one later)&lt;/source&gt;
        &lt;translation&gt;mật khẩu tạm (để trống: cấp sau)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="368"/&gt;
        &lt;source&gt;Changing the encryption key…&lt;/source&gt;
        &lt;translation&gt;Đang đổi khóa mã hóa…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="371"/&gt;
        &lt;source&gt;Do not turn off the PC. If the work is stopped, the register still opens, with the old key or with the new one.&lt;/source&gt;
        &lt;translation&gt;Đừng tắt máy. Nếu bị dừng giữa chừng, sổ vẫn mở được, bằng khóa cũ hoặc bằng khóa mới.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="376"/&gt;
        &lt;source&gt;The encryption key was changed&lt;/source&gt;
        &lt;translation&gt;Đã đổi khóa mã hóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="379"/&gt;
        &lt;source&gt;Every earlier copy of the key file, and the old recovery key, no longer open the register. This is the new recovery key, shown only now: print it or copy it, and keep it safe.&lt;/source&gt;
        &lt;translation&gt;Mọi bản sao cũ của tệp khóa và khóa khôi phục cũ không còn mở được sổ. Đây là khóa khôi phục mới, chỉ hiện một lần này: hãy in hoặc sao chép, rồi cất giữ an toàn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="385"/&gt;
        &lt;source&gt;I have printed or written down the new recovery key&lt;/source&gt;
        &lt;translation&gt;Tôi đã in hoặc chép lại khóa khôi phục mới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="387"/&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Đóng&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="389"/&gt;
        &lt;source&gt;Change the key&lt;/source&gt;
        &lt;translation&gt;Đổi khóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_dialog.py" line="390"/&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Hủy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="13"/&gt;
        &lt;source&gt;Making the new key and the colleagues' temporary passwords&lt;/source&gt;
        &lt;translation&gt;Đang tạo khóa mới và mật khẩu tạm của đồng nghiệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="16"/&gt;
        &lt;source&gt;Holding the register for this work alone&lt;/source&gt;
        &lt;translation&gt;Đang giữ sổ cho riêng việc này&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="19"/&gt;
        &lt;source&gt;Encrypting the whole register again with the new key&lt;/source&gt;
        &lt;translation&gt;Đang mã hóa lại toàn bộ sổ bằng khóa mới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="22"/&gt;
        &lt;source&gt;Writing the file out&lt;/source&gt;
        &lt;translation&gt;Đang ghi gọn tệp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="23"/&gt;
        &lt;source&gt;Checking every page with the new key&lt;/source&gt;
        &lt;translation&gt;Đang kiểm tra từng trang bằng khóa mới&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="24"/&gt;
        &lt;source&gt;Replacing the key file&lt;/source&gt;
        &lt;translation&gt;Đang thay tệp khóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="25"/&gt;
        &lt;source&gt;Done&lt;/source&gt;
        &lt;translation&gt;Xong&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="33"/&gt;
        &lt;source&gt;Your password is not right. Nothing was changed; type it again.&lt;/source&gt;
        &lt;translation&gt;Mật khẩu của bạn không đúng. Chưa có gì thay đổi; hãy nhập lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="37"/&gt;
        &lt;source&gt;Too many wrong passwords. Try again in %n second(s).&lt;/source&gt;
        &lt;translation&gt;Nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n giây.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="41"/&gt;
        &lt;source&gt;Another program has the register open (a 'bvte' command, or BVTE under another account of this PC). Close it and try again. Nothing was changed.&lt;/source&gt;
        &lt;translation&gt;Một chương trình khác đang mở sổ (một lệnh 'bvte', hoặc BVTE trong một tài khoản khác của máy này). Hãy đóng chương trình đó rồi thử lại. Chưa có gì thay đổi.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="47"/&gt;
        &lt;source&gt;Your role may not change the encryption key. Ask the commune's officer.&lt;/source&gt;
        &lt;translation&gt;Vai trò của bạn không được đổi khóa mã hóa. Hãy nhờ cán bộ bảo vệ trẻ em của xã.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="51"/&gt;
        &lt;source&gt;A temporary password is too weak. Nothing was changed; choose a stronger one.&lt;/source&gt;
        &lt;translation&gt;Có mật khẩu tạm chưa đủ mạnh. Chưa có gì thay đổi; hãy chọn mật khẩu mạnh hơn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="57"/&gt;
        &lt;source&gt;The key could not be changed ({error}). The register still opens as before and nothing was lost. Try again; if it fails again, tell the technical team.&lt;/source&gt;
        &lt;translation&gt;Chưa đổi được khóa ({error}). Sổ vẫn mở được như trước và không mất dữ liệu. Hãy thử lại; nếu vẫn lỗi, hãy báo cho bộ phận kỹ thuật.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="69"/&gt;
        &lt;source&gt;Temporary password, to replace at their next sign-in (tell it to them in person): {names}.&lt;/source&gt;
        &lt;translation&gt;Có mật khẩu tạm, tự đổi ở lần mở sổ tới (hãy báo trực tiếp cho họ): {names}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="77"/&gt;
        &lt;source&gt;Cannot open the register on this PC until given a password (Settings, Officers): {names}.&lt;/source&gt;
        &lt;translation&gt;Chưa mở được sổ trên máy này cho đến khi được cấp mật khẩu (Cài đặt, mục Cán bộ): {names}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="86"/&gt;
        &lt;source&gt;%n older backup(s) of the register (register.db.*.bak) still use the old key: delete them or keep them somewhere safe.&lt;/source&gt;
        &lt;translation&gt;%n bản sao lưu cũ của sổ (register.db.*.bak) vẫn dùng khóa cũ: hãy xóa hoặc cất ở nơi an toàn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/rekey_texts.py" line="96"/&gt;
        &lt;source&gt;Something failed at the very end ({error}), but the register already uses the new key and this recovery key. Run 'bvte doctor' and tell the technical team.&lt;/source&gt;
        &lt;translation&gt;Có lỗi ở bước cuối cùng ({error}), nhưng sổ đã dùng khóa mới và khóa khôi phục này. Hãy chạy 'bvte doctor' và báo cho bộ phận kỹ thuật.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SettingsPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="176"/&gt;
        &lt;source&gt;Choose the data folder&lt;/source&gt;
        &lt;translation&gt;Chọn thư mục dữ liệu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="225"/&gt;
        &lt;source&gt;Settings&lt;/source&gt;
        &lt;translation&gt;Cài đặt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="226"/&gt;
        &lt;source&gt;Language&lt;/source&gt;
        &lt;translation&gt;Ngôn ngữ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="227"/&gt;
        &lt;source&gt;Language of the app:&lt;/source&gt;
        &lt;translation&gt;Ngôn ngữ của phần mềm:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="228"/&gt;
        &lt;source&gt;Automatic lock&lt;/source&gt;
        &lt;translation&gt;Tự động khóa&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="229"/&gt;
        &lt;source&gt;Lock after this many minutes without use:&lt;/source&gt;
        &lt;translation&gt;Khóa sau số phút không sử dụng:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="230"/&gt;
        &lt;source&gt; min&lt;/source&gt;
        &lt;translation&gt; phút&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="231"/&gt;
        &lt;source&gt;Data folder&lt;/source&gt;
        &lt;translation&gt;Thư mục dữ liệu&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="232"/&gt;
        &lt;source&gt;Change…&lt;/source&gt;
        &lt;translation&gt;Đổi…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="233"/&gt;
        &lt;source&gt;Use the default&lt;/source&gt;
        &lt;translation&gt;Dùng mặc định&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="234"/&gt;
        &lt;source&gt;City server&lt;/source&gt;
        &lt;translation&gt;Máy chủ thành phố&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="235"/&gt;
        &lt;source&gt;Address:&lt;/source&gt;
        &lt;translation&gt;Địa chỉ:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="236"/&gt;
        &lt;source&gt;Save address&lt;/source&gt;
        &lt;translation&gt;Lưu địa chỉ&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="246"/&gt;
        &lt;source&gt;From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.&lt;/source&gt;
        &lt;translation&gt;Từ lần mở sau, BVTE dùng thư mục {folder}. Hãy chép register.db và register.keys sang đó trước, nếu không BVTE sẽ thiết lập một sổ mới ở đó.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="250"/&gt;
        &lt;source&gt;From the next start BVTE uses the default folder {folder}.&lt;/source&gt;
        &lt;translation&gt;Từ lần mở sau, BVTE dùng thư mục mặc định {folder}.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="253"/&gt;
        &lt;source&gt;The register and its key file are kept in this folder. Back it up.&lt;/source&gt;
        &lt;translation&gt;Sổ theo dõi và tệp khóa được lưu trong thư mục này. Hãy sao lưu thư mục thường xuyên.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="258"/&gt;
        &lt;source&gt;Sync sends this PC's changes to this address.&lt;/source&gt;
        &lt;translation&gt;Khi đồng bộ, các thay đổi trên máy này được gửi tới địa chỉ này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="259"/&gt;
        &lt;source&gt;Address saved.&lt;/source&gt;
        &lt;translation&gt;Đã lưu địa chỉ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="260"/&gt;
        &lt;source&gt;No server address: this PC will not sync.&lt;/source&gt;
        &lt;translation&gt;Chưa có địa chỉ máy chủ: máy này sẽ không đồng bộ.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="262"/&gt;
        &lt;source&gt;This is not a server address. It starts with https://, e.g. https://bvte.haiphong.gov.vn&lt;/source&gt;
        &lt;translation&gt;Đây không phải địa chỉ máy chủ. Địa chỉ bắt đầu bằng https://, ví dụ https://bvte.haiphong.gov.vn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="266"/&gt;
        &lt;source&gt;An http:// address is not encrypted: children's records would cross the network readable by anyone on the way. Use the https:// address the city gave you.&lt;/source&gt;
        &lt;translation&gt;Địa chỉ http:// không được mã hóa: hồ sơ trẻ em sẽ đi qua mạng mà ai ở giữa cũng đọc được. Hãy dùng địa chỉ https:// do thành phố cung cấp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/ui/settings/page.py" line="269"/&gt;
        &lt;source&gt;The address could not be saved. Try again.&lt;/source&gt;
        &lt;translation&gt;Chưa lưu được địa chỉ. Hãy thử lại.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SyncMessages&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="6"/&gt;
        &lt;source&gt;Không đọc được tệp đã chọn. Hãy kiểm tra USB đã cắm chắc, rồi chọn lại tệp.&lt;/source&gt;
        &lt;translation&gt;Không đọc được tệp đã chọn. Hãy kiểm tra USB đã cắm chắc, rồi chọn lại tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="10"/&gt;
        &lt;source&gt;Không ghi được tệp vào chỗ đã chọn (USB đầy, bị khoá ghi hoặc đã rút ra). Không có gì bị mất: hãy chọn chỗ khác rồi làm lại.&lt;/source&gt;
        &lt;translation&gt;Không ghi được tệp vào chỗ đã chọn (USB đầy, bị khoá ghi hoặc đã rút ra). Không có gì bị mất: hãy chọn chỗ khác rồi làm lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="15"/&gt;
        &lt;source&gt;Tệp đã chọn quá lớn, không phải tệp đồng bộ BVTE. Hãy chọn đúng tệp.&lt;/source&gt;
        &lt;translation&gt;Tệp đã chọn quá lớn, không phải tệp đồng bộ BVTE. Hãy chọn đúng tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="18"/&gt;
        &lt;source&gt;Tệp này không phải tệp gửi thành phố của một máy không có mạng (tệp do nút «Xuất tệp gửi thành phố» tạo ra). Hãy chọn đúng tệp.&lt;/source&gt;
        &lt;translation&gt;Tệp này không phải tệp gửi thành phố của một máy không có mạng (tệp do nút «Xuất tệp gửi thành phố» tạo ra). Hãy chọn đúng tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="23"/&gt;
        &lt;source&gt;Tệp trả lời bị hỏng (có thể do chép dở). Hãy chép lại tệp từ máy đã chuyển tệp lên máy chủ, rồi nhập lại. Chưa có gì thay đổi trên máy này.&lt;/source&gt;
        &lt;translation&gt;Tệp trả lời bị hỏng (có thể do chép dở). Hãy chép lại tệp từ máy đã chuyển tệp lên máy chủ, rồi nhập lại. Chưa có gì thay đổi trên máy này.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="28"/&gt;
        &lt;source&gt;Máy này đăng ký bằng tệp và chưa nhận tệp trả lời đầu tiên của thành phố, nên chưa đồng bộ qua mạng được. Hãy xuất tệp gửi thành phố và nhập tệp trả lời; sau đó máy đồng bộ được cả qua mạng.&lt;/source&gt;
        &lt;translation&gt;Máy này đăng ký bằng tệp và chưa nhận tệp trả lời đầu tiên của thành phố, nên chưa đồng bộ qua mạng được. Hãy xuất tệp gửi thành phố và nhập tệp trả lời; sau đó máy đồng bộ được cả qua mạng.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="34"/&gt;
        &lt;source&gt;Tệp này không phải tệp đăng ký máy do thành phố cấp. Hãy chọn đúng tệp.&lt;/source&gt;
        &lt;translation&gt;Tệp này không phải tệp đăng ký máy do thành phố cấp. Hãy chọn đúng tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="37"/&gt;
        &lt;source&gt;Mã kích hoạt gồm 16 chữ số. Hãy nhập lại đúng như thành phố đã đọc hoặc ghi cho bạn.&lt;/source&gt;
        &lt;translation&gt;Mã kích hoạt gồm 16 chữ số. Hãy nhập lại đúng như thành phố đã đọc hoặc ghi cho bạn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="41"/&gt;
        &lt;source&gt;Mã kích hoạt không khớp với tệp đăng ký này (hoặc tệp đã bị sửa). Hãy nhập lại; nếu vẫn không được, hãy gọi cán bộ thành phố đã cấp tệp để kiểm tra.&lt;/source&gt;
        &lt;translation&gt;Mã kích hoạt không khớp với tệp đăng ký này (hoặc tệp đã bị sửa). Hãy nhập lại; nếu vẫn không được, hãy gọi cán bộ thành phố đã cấp tệp để kiểm tra.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="46"/&gt;
        &lt;source&gt;Tệp đăng ký này được cấp cho xã khác, không dùng được cho sổ của xã này. Hãy xin thành phố tệp cấp cho đúng xã.&lt;/source&gt;
        &lt;translation&gt;Tệp đăng ký này được cấp cho xã khác, không dùng được cho sổ của xã này. Hãy xin thành phố tệp cấp cho đúng xã.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="51"/&gt;
        &lt;source&gt;Tệp đăng ký đã hết hạn. Hãy xin thành phố cấp tệp mới; dữ liệu trên máy không bị ảnh hưởng.&lt;/source&gt;
        &lt;translation&gt;Tệp đăng ký đã hết hạn. Hãy xin thành phố cấp tệp mới; dữ liệu trên máy không bị ảnh hưởng.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="56"/&gt;
        &lt;source&gt;Máy này đã đăng ký với máy chủ thành phố rồi, không cần tệp đăng ký. Tệp này chưa được dùng: hãy báo thành phố để huỷ tệp.&lt;/source&gt;
        &lt;translation&gt;Máy này đã đăng ký với máy chủ thành phố rồi, không cần tệp đăng ký. Tệp này chưa được dùng: hãy báo thành phố để huỷ tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_bundle_messages.py" line="61"/&gt;
        &lt;source&gt;Máy này đã nhận tệp đăng ký này rồi. Hãy xuất tệp gửi thành phố để hoàn tất đăng ký.&lt;/source&gt;
        &lt;translation&gt;Máy này đã nhận tệp đăng ký này rồi. Hãy xuất tệp gửi thành phố để hoàn tất đăng ký.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="8"/&gt;
        &lt;source&gt;Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng).&lt;/source&gt;
        &lt;translation&gt;Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="13"/&gt;
        &lt;source&gt;Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại.&lt;/source&gt;
        &lt;translation&gt;Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="17"/&gt;
        &lt;source&gt;Máy này chưa được đăng ký với máy chủ thành phố. Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản).&lt;/source&gt;
        &lt;translation&gt;Máy này chưa được đăng ký với máy chủ thành phố. Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="22"/&gt;
        &lt;source&gt;Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại.&lt;/source&gt;
        &lt;translation&gt;Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="25"/&gt;
        &lt;source&gt;Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại.&lt;/source&gt;
        &lt;translation&gt;Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="28"/&gt;
        &lt;source&gt;Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại.&lt;/source&gt;
        &lt;translation&gt;Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="34"/&gt;
        &lt;source&gt;Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố.&lt;/source&gt;
        &lt;translation&gt;Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="38"/&gt;
        &lt;source&gt;Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp.&lt;/source&gt;
        &lt;translation&gt;Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="41"/&gt;
        &lt;source&gt;Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp.&lt;/source&gt;
        &lt;translation&gt;Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="45"/&gt;
        &lt;source&gt;Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; dữ liệu trên máy không bị xoá.&lt;/source&gt;
        &lt;translation&gt;Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; dữ liệu trên máy không bị xoá.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="50"/&gt;
        &lt;source&gt;Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại.&lt;/source&gt;
        &lt;translation&gt;Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="53"/&gt;
        &lt;source&gt;Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy.&lt;/source&gt;
        &lt;translation&gt;Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="58"/&gt;
        &lt;source&gt;Ứng dụng trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; hãy đồng bộ lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy.&lt;/source&gt;
        &lt;translation&gt;Ứng dụng trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; hãy đồng bộ lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="63"/&gt;
        &lt;source&gt;Máy chủ không nhận gói dữ liệu của máy này vì sai định dạng. Dữ liệu vẫn được giữ trên máy. Hãy cài bản BVTE mới nhất rồi đồng bộ lại; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.&lt;/source&gt;
        &lt;translation&gt;Máy chủ không nhận gói dữ liệu của máy này vì sai định dạng. Dữ liệu vẫn được giữ trên máy. Hãy cài bản BVTE mới nhất rồi đồng bộ lại; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="68"/&gt;
        &lt;source&gt;Gói dữ liệu gửi lên quá lớn so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.&lt;/source&gt;
        &lt;translation&gt;Gói dữ liệu gửi lên quá lớn so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="73"/&gt;
        &lt;source&gt;Gói dữ liệu gửi lên bung ra lớn bất thường khi giải nén nên máy chủ không nhận. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync_messages.py" line="78"/>
        <source>Gói dữ liệu gửi lên có quá nhiều giá trị so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>Gói dữ liệu gửi lên có quá nhiều giá trị so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync_messages.py" line="83"/>
        <source>Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.</source>
        <translation>Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.&lt;/source&gt;
        &lt;translation&gt;Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="132"/&gt;
        &lt;source&gt;Đồng bộ chưa xong. Dữ liệu vẫn được giữ trên máy; hãy thử lại sau. Nếu lần sau vẫn vậy, hãy báo bộ phận kỹ thuật (mã lỗi: {code}).&lt;/source&gt;
        &lt;translation&gt;Đồng bộ chưa xong. Dữ liệu vẫn được giữ trên máy; hãy thử lại sau. Nếu lần sau vẫn vậy, hãy báo bộ phận kỹ thuật (mã lỗi: {code}).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="140"/&gt;
        &lt;source&gt;Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại.&lt;/source&gt;
        &lt;translation&gt;Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="144"/&gt;
        &lt;source&gt;Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại.&lt;/source&gt;
        &lt;translation&gt;Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="149"/&gt;
        &lt;source&gt;Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.&lt;/source&gt;
        &lt;translation&gt;Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="152"/&gt;
        &lt;source&gt;Số ở cột «{column}» quá lớn (vượt quá 9.007.199.254.740.991), máy khác có thể đọc sai. Hãy sửa số đó rồi gửi lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync_messages.py" line="157"/>
        <source>Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi đồng bộ lại.</source>
        <translation>Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi đồng bộ lại.&lt;/source&gt;
        &lt;translation&gt;Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi đồng bộ lại.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="163"/&gt;
        &lt;source&gt;Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố.&lt;/source&gt;
        &lt;translation&gt;Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="169"/&gt;
        &lt;source&gt;thiếu giá trị bắt buộc ở cột «{column}»&lt;/source&gt;
        &lt;translation&gt;thiếu giá trị bắt buộc ở cột «{column}»&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="172"/&gt;
        &lt;source&gt;có giá trị ứng dụng không đọc được ở cột «{column}»&lt;/source&gt;
        &lt;translation&gt;có giá trị ứng dụng không đọc được ở cột «{column}»&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="175"/&gt;
        &lt;source&gt;có giá trị quá dài ở cột «{column}»&lt;/source&gt;
        &lt;translation&gt;có giá trị quá dài ở cột «{column}»&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../desktop/services/sync_messages.py" line="176"/&gt;
        &lt;source&gt;có số quá lớn, không giữ được chính xác, ở cột «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync_messages.py" line="179"/>
        <source>thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được</source>
        <translation>thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync_messages.py" line="184"/>
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
        <location filename="../desktop/ui/tasks/page.py" line="86"/>
        <source>All officers</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="87"/>
        <source>My cases</source>
        <translation>Vụ việc của tôi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="90"/>
        <source>Overdue and due soon only</source>
        <translation>Chỉ việc quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="91"/>
        <source>5 working days to draft a plan count from:</source>
        <translation>5 ngày làm việc lập kế hoạch tính từ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="96"/>
        <source>the report</source>
        <translation>ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="97"/>
        <source>the initial assessment</source>
        <translation>đánh giá ban đầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="98"/>
        <source>the detailed assessment</source>
        <translation>đánh giá cụ thể</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="99"/>
        <source>the case meeting</source>
        <translation>cuộc họp về vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="106"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="107"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="108"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="109"/>
        <source>Child</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="110"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="111"/>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="149"/>
        <source>Child in danger</source>
        <translation>Trẻ gặp nguy hiểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="150"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="151"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="152"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tasks/page.py" line="173"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="49"/>
        <source>The data folder cannot be written (a read-only folder, a locked USB stick or a network folder without write rights). The register is not damaged and nothing was changed: do not restore a backup. Copy the whole folder somewhere you can write (for example Documents), or ask the technical team for write rights, and try again.</source>
        <translation>Không ghi được vào thư mục dữ liệu (thư mục chỉ cho đọc, USB bị khóa ghi hoặc thư mục mạng không có quyền ghi). Sổ theo dõi không bị hỏng và không có gì bị thay đổi: đừng khôi phục từ bản sao lưu. Hãy chép cả thư mục sang nơi ghi được (ví dụ thư mục Tài liệu), hoặc nhờ bộ phận kỹ thuật cấp quyền ghi, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="57"/>
        <source>This register was updated by a newer version of BVTE. Nothing was changed and no restore is needed. Install the latest BVTE update on this PC, then open it again.</source>
        <translation>Sổ theo dõi này đã được một phiên bản BVTE mới hơn cập nhật. Không có gì bị thay đổi và không cần khôi phục. Hãy cài bản cập nhật BVTE mới nhất trên máy này rồi mở lại sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="43"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>Không tìm thấy sổ theo dõi trong thư mục này. Hãy kiểm tra lại thư mục, hoặc tạo sổ mới bằng lệnh &apos;bvte init&apos; (hoặc mở sổ mẫu bằng lệnh &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="63"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>Tệp khóa (register.keys) bị hỏng và bản dự phòng của nó cũng không dùng được. Hãy khôi phục register.keys từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="69"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>Tệp sổ theo dõi bị hỏng hoặc không đọc được. Không có gì bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="75"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>Sổ theo dõi đang được một chương trình khác sử dụng. Hãy đóng chương trình đó (hoặc chờ một lát) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="81"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>Cán bộ này không còn trong sổ. Hãy chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="84"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>Không mở được sổ theo dõi ({0}). Không có gì bị thay đổi. Hãy chạy lệnh &apos;bvte doctor&apos; và báo cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="352"/>
        <source>Open the children&apos;s register</source>
        <translation>Mở sổ theo dõi trẻ em</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="353"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Sổ theo dõi trẻ em — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="355"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Chọn tên của bạn và nhập mật khẩu để mở sổ theo dõi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="361"/>
        <source>Forgot your password?</source>
        <translation>Quên mật khẩu?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="371"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="359"/>
        <source>Officer:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="281"/>
        <source>You can type your password again now.</source>
        <translation>Bây giờ bạn có thể nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="342"/>
        <source>BVTE is locked</source>
        <translation>BVTE đang khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="343"/>
        <source>The register is locked</source>
        <translation>Sổ theo dõi đang khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="346"/>
        <source>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</source>
        <translation>Những gì đang nhập dở đã được giữ lại làm bản nháp. Nhập mật khẩu để làm tiếp, hoặc chọn cán bộ khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="350"/>
        <source>Close BVTE</source>
        <translation>Đóng BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="357"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="360"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="295"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Mật khẩu không đúng. Hãy nhập lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="300"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau %n giây, hoặc dùng khóa khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="371"/>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="24"/>
        <source>The key file (register.keys) was damaged or missing. It was rebuilt from its backup copy (register.keys.bak); the register&apos;s data is not affected. Tell the technical team: the disk may be failing.</source>
        <translation>Tệp khóa (register.keys) bị hỏng hoặc bị mất; đã dựng lại từ bản dự phòng (register.keys.bak). Dữ liệu của sổ không bị ảnh hưởng. Hãy báo cho bộ phận kỹ thuật: ổ đĩa có thể đang hỏng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="31"/>
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
        <location filename="../desktop/ui/visits/form.py" line="190"/>
        <source>Restored the unsaved entry you were making. Check it, then save.</source>
        <translation>Đã khôi phục phần bạn đang nhập dở. Kiểm tra lại rồi lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="250"/>
        <source>The visit could not be saved ({0}). What you typed is kept as a draft; try again in a moment.</source>
        <translation>Không lưu được lần thăm ({0}). Nội dung đã nhập vẫn được giữ làm bản nháp; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="297"/>
        <source>New home visit</source>
        <translation>Thăm hộ mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="298"/>
        <source>Home visit to %1</source>
        <translation>Thăm hộ: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="300"/>
        <source>Correct a home visit</source>
        <translation>Sửa lần thăm hộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="303"/>
        <source>Correction of the visit to %1. The visit as first saved is kept; this correction is saved beside it.</source>
        <translation>Sửa lần thăm %1. Bản lưu ban đầu vẫn được giữ; bản sửa này được lưu bên cạnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="308"/>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="308"/>
        <source>Visitors</source>
        <translation>Người đi thăm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="308"/>
        <source>People met</source>
        <translation>Người được gặp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="309"/>
        <source>Observations</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="309"/>
        <source>Risk flags</source>
        <translation>Dấu hiệu nguy cơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="309"/>
        <source>Actions taken</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="310"/>
        <source>Next visit</source>
        <translation>Lần thăm tới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="314"/>
        <source>The child was seen</source>
        <translation>Đã gặp trẻ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="315"/>
        <source>Other flags, separated by commas</source>
        <translation>Dấu hiệu khác, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="316"/>
        <source>Discard draft</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="317"/>
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
