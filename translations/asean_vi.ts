<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Trợ năng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Cỡ chữ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Độ tương phản cao</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">Mọi thứ trong tầm với</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">Giảm chuyển động</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">Thêm thời gian</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">Gọi nhân viên</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">Nhân viên đã được gọi và sẽ đến với bạn ngay. Vui lòng ở lại đây; bạn có thể tiếp tục khám phá trong lúc chờ.</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">Đang dùng bàn phím: phím mũi tên để di chuyển, OK hoặc Enter để chọn, Quay lại để trở về và Home để về màn hình đầu. Nhấn OK để đóng bảng này.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">Khắp ASEAN</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">Video: %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">Chạm để khám phá</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">Phòng trưng bày ASEAN – Trung tâm ASEAN-Hàn Quốc</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Thủ đô</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Ngôn ngữ chính thức</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Thành viên ASEAN từ</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">d MMMM, yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Tất cả</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 ở cả %2 nước →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 ở %2 nước →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Phòng trưng bày ASEAN</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">Khám phá các quốc gia thành viên ASEAN</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">Chạm vào một quốc gia để xem con người, địa danh và truyền thống nơi đó.</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">Hoặc khám phá theo chủ đề</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Bạn vẫn đang xem chứ?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Chạm vào màn hình để tiếp tục khám phá.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">Nhấn phím bất kỳ để tiếp tục khám phá.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">Ngôn ngữ: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">Không thể hiển thị nội dung: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Phòng trưng bày ASEAN</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Trợ năng</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">Video: %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Không có mục “%1” ở đây, nên màn hình chính được hiển thị thay thế.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Không có quốc gia thành viên “%1” ở đây, nên màn hình chính được hiển thị thay thế.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Không có chủ đề “%1” ở đây, nên màn hình chính được hiển thị thay thế.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Không hiển thị được ảnh</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">XEM TRƯỚC — chưa phát hành</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">Vị trí trong video</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">không có (mặc định)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">Không có bản phát hành trước đó để quay lại.</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">Kiosk này không thể hiển thị nội dung</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">Nhân viên: xem chi tiết trong nhật ký kiosk. Khách tham quan: vui lòng dùng màn hình khác.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">Đã khóa do nhập sai PIN năm lần. Thử lại sau %1:%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>Sai PIN. Còn %n lần thử.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">Chưa đặt PIN nhân viên. Hãy đặt bằng lệnh asean-kiosk --set-pin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN nhân viên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Bảng điều khiển nhân viên</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Chế độ an toàn: kiosk đã dừng bất ngờ %1 lần trong %2 phút. Kiosk đang hiển thị bản phát hành %3, bản gần nhất chạy không gặp sự cố, và đã tắt video. Hãy kiểm tra các sự cố gần đây rồi khởi động lại.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Chế độ an toàn: kiosk đã dừng bất ngờ %1 lần trong %2 phút và chưa có bản phát hành nào chạy không gặp sự cố. Video đang tắt. Hãy kiểm tra các sự cố gần đây rồi khởi động lại.</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">Bản phát hành đang dùng</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">không có</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">Lỗi nội dung</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">Thời gian chạy</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">Bộ nhớ đang dùng</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">Dung lượng đĩa trống</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">Sự cố gần đây</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">Tệp cấu hình phòng</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">Cài đặt phòng</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">Lỗi tệp cấu hình phòng</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Phiên bản</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">Tải lại nội dung</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">Quay lại bản %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">Đang hiển thị bản phát hành %1.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">Kiểm tra cảm ứng</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">Khởi động lại</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Thoát</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">Về màn hình khách</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">Chạm Khởi động lại lần nữa để khởi động lại ki-ốt.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">Chạm Thoát lần nữa để đóng ki-ốt. Ki-ốt sẽ đóng cho đến khi được khởi động lại.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">Khôi phục sau sự cố và trạng thái đang tắt: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">Một khách tham quan đã gọi nhân viên lúc %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">Xóa</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">Tất cả các nước</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">Quay lại %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">Màn hình đầu</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">Đã chạm %1 trên %2 ô, tối đa %3 ngón tay cùng lúc</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Xong</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">Không thể phát video này</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">Phát lại</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Tạm dừng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">Phát</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Bật âm thanh</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">Tắt âm thanh</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Position in the viewer: photo %1 of %2, e.g. "3 / 7".</extracomment>
        <translation type="unfinished">%1 / %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>When a photo was taken, month and year, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">MMMM 'năm' yyyy</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <extracomment>The viewer's button to the photo before, as a screen reader names it.</extracomment>
        <translation type="unfinished">Ảnh trước</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">Ảnh tiếp theo</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Không hiển thị được ảnh</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">Video đang tạm ngừng. Mời bạn thưởng thức những bức ảnh.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">Phát</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">Phát %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">Hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">Hướng dẫn bằng giọng nói chưa có cho ngôn ngữ này. Bạn có thể nghe tiếng Anh hoặc tiếng Hàn; màn hình vẫn giữ ngôn ngữ của bạn.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">Ki-ốt này không có hướng dẫn bằng giọng nói.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">Âm lượng</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">Nhỏ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Vừa</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">Tốc độ</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">Chậm</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Bình thường</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">Nhanh</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">Chào mừng bạn đến với Nhà ASEAN.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">Nhấn phím bất kỳ hoặc chạm vào màn hình để bắt đầu.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">Trang chủ: các quốc gia thành viên và các chủ đề.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">Di chuyển bằng các phím mũi tên và nhấn Enter để mở.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">Một chủ đề qua các quốc gia thành viên.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">Di chuyển bằng các phím mũi tên và nhấn Enter để mở ảnh.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">Nhấn Quay lại để trở về.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">Trang của một quốc gia thành viên: thông tin và ảnh.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Thủ đô</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Ngôn ngữ chính thức</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Thành viên ASEAN từ</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">Một đoạn phim.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">Một bức ảnh.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">Trái và phải để đến mục trước và sau; Quay lại để trở về.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">Đã bật hướng dẫn bằng giọng nói.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Bạn vẫn đang xem chứ?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Chạm vào màn hình để tiếp tục khám phá.</translation>
    </message>
</context>
</TS>