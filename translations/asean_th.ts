<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">การเข้าถึง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">ขนาดตัวอักษร</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">ความคมชัดสูง</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">ทุกอย่างอยู่ในระยะเอื้อม</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">ลดการเคลื่อนไหว</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">เพิ่มเวลา</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">เรียกเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">เราได้เรียกเจ้าหน้าที่แล้ว และจะมาหาคุณในไม่ช้า กรุณารออยู่ที่นี่ ระหว่างรอคุณสำรวจต่อได้</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">กำลังใช้แป้นกด: ปุ่มลูกศรใช้เลื่อน OK หรือ Enter ใช้เลือก ย้อนกลับใช้กลับ และโฮมใช้ไปหน้าแรก กด OK เพื่อปิดแผงนี้</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">ทั่วอาเซียน</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">วิดีโอ: %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">แตะเพื่อเริ่มสำรวจ</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">อาเซียนฮอลล์ ศูนย์อาเซียน-เกาหลี</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">เมืองหลวง</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ภาษาราชการ</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">เป็นสมาชิกอาเซียนตั้งแต่</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">d MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">ทั้งหมด</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 ในทั้ง %2 ประเทศ →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 ใน %2 ประเทศ →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">อาเซียนฮอลล์</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">สำรวจประเทศสมาชิกอาเซียน</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">แตะที่ประเทศเพื่อชมผู้คน สถานที่ และประเพณี</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">หรือสำรวจตามหัวข้อ</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">ยังชมอยู่ไหม</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">แตะหน้าจอเพื่อสำรวจต่อ</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">กดปุ่มใดก็ได้เพื่อสำรวจต่อ</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">ภาษา: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">ไม่สามารถแสดงเนื้อหาได้: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">อาเซียนฮอลล์</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">การเข้าถึง</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">วิดีโอ: %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">ไม่มีรายการ “%1” จึงแสดงหน้าแรกแทน</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">ไม่มีประเทศสมาชิก “%1” จึงแสดงหน้าแรกแทน</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">ไม่มีหัวข้อ “%1” จึงแสดงหน้าแรกแทน</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">ไม่สามารถแสดงภาพได้</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">ตัวอย่าง — ยังไม่เผยแพร่</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">ตำแหน่งในวิดีโอ</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">ไม่มี (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">ไม่มีรีลีสก่อนหน้าให้ย้อนกลับไป</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">คีออสก์นี้ไม่สามารถแสดงเนื้อหาได้</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">เจ้าหน้าที่: ดูรายละเอียดในบันทึกของคีออสก์ ผู้เข้าชม: โปรดใช้หน้าจออื่น</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">ล็อกแล้วเนื่องจากใส่ PIN ผิด 5 ครั้ง ลองใหม่ได้ใน %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN ไม่ถูกต้อง เหลืออีก %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">ยังไม่ได้ตั้ง PIN เจ้าหน้าที่ ตั้งได้ด้วยคำสั่ง asean-kiosk --set-pin</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">แผงเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">โหมดปลอดภัย: คีออสก์หยุดทำงานกะทันหัน %1 ครั้งภายใน %2 นาที ขณะนี้แสดงรีลีส %3 ซึ่งเป็นรีลีสล่าสุดที่ทำงานได้โดยไม่มีปัญหา และปิดวิดีโอไว้ โปรดตรวจสอบปัญหาล่าสุดแล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">โหมดปลอดภัย: คีออสก์หยุดทำงานกะทันหัน %1 ครั้งภายใน %2 นาที และยังไม่มีรีลีสใดที่ทำงานได้โดยไม่มีปัญหา วิดีโอถูกปิดอยู่ โปรดตรวจสอบปัญหาล่าสุดแล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">รีลีสที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">ไม่มี</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">ปัญหาเนื้อหา</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">ทำงานมาแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">หน่วยความจำที่ใช้</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">พื้นที่ดิสก์ว่าง</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">ปัญหาล่าสุด</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">ไฟล์ห้องจัดแสดง</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">การตั้งค่าห้องจัดแสดง</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">ปัญหาไฟล์ห้องจัดแสดง</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">เวอร์ชัน</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">โหลดเนื้อหาใหม่</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">ย้อนกลับไปใช้ %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">ขณะนี้แสดงรีลีส %1</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">ทดสอบหน้าจอสัมผัส</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">เริ่มใหม่</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">ออก</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">กลับสู่หน้าผู้เข้าชม</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">แตะ เริ่มใหม่ อีกครั้งเพื่อเริ่มคีออสก์ใหม่</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">แตะ ออก อีกครั้งเพื่อปิดคีออสก์ คีออสก์จะปิดอยู่จนกว่าจะเปิดใหม่</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">การกู้คืนหลังขัดข้องและสถานะถูกปิดอยู่: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">ผู้เข้าชมเรียกเจ้าหน้าที่เมื่อ %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">ล้าง</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">ทุกประเทศ</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">กลับไปที่ %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">หน้าแรก</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">แตะแล้ว %1 จาก %2 ช่อง สูงสุด %3 นิ้วพร้อมกัน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">ไม่สามารถเล่นวิดีโอนี้ได้</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">เล่นอีกครั้ง</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">เล่น</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">เปิดเสียง</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">ปิดเสียง</translation>
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
        <translation type="unfinished">MMMM yyyy</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <extracomment>The viewer's button to the photo before, as a screen reader names it.</extracomment>
        <translation type="unfinished">ภาพก่อนหน้า</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">ภาพถัดไป</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">ไม่สามารถแสดงภาพได้</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">ขณะนี้งดเล่นวิดีโอชั่วคราว ขอเชิญชมภาพถ่ายแทน</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">เล่น</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">เล่น %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">เสียงแนะนำ</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">ยังไม่มีเสียงแนะนำในภาษานี้ คุณฟังเป็นภาษาอังกฤษหรือภาษาเกาหลีแทนได้ โดยหน้าจอยังคงเป็นภาษาของคุณ</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">เครื่องนี้ไม่มีเสียงแนะนำ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">ระดับเสียง</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">เบา</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">ดัง</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">ความเร็ว</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">ช้า</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">ปกติ</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">เร็ว</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">ยินดีต้อนรับสู่หอ ASEAN</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">กดปุ่มใดก็ได้หรือแตะหน้าจอเพื่อเริ่ม</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">หน้าหลัก: ประเทศสมาชิกและหัวข้อ</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">เลื่อนด้วยปุ่มลูกศร แล้วกด Enter เพื่อเปิด</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">หัวข้อหนึ่งจากทุกประเทศสมาชิก</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">เลื่อนด้วยปุ่มลูกศร แล้วกด Enter เพื่อเปิดภาพ</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">กดย้อนกลับเพื่อกลับไป</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">หน้าของประเทศสมาชิก: ข้อมูลและภาพ</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">เมืองหลวง</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ภาษาราชการ</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">เป็นสมาชิกอาเซียนตั้งแต่</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">วิดีโอ</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">ภาพถ่าย</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">ซ้ายและขวาไปยังก่อนหน้าและถัดไป กดย้อนกลับเพื่อกลับ</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">เปิดเสียงแนะนำแล้ว</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">ยังชมอยู่ไหม</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">แตะหน้าจอเพื่อสำรวจต่อ</translation>
    </message>
</context>
</TS>