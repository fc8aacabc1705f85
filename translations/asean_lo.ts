<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lo_LA">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">ການເຂົ້າເຖິງ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">ຂະໜາດຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">ຄວາມຄົມຊັດສູງ</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">ທຸກຢ່າງຢູ່ໃນໄລຍະເອື້ອມ</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">ຫຼຸດການເຄື່ອນໄຫວ</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">ເພີ່ມເວລາ</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">ເອີ້ນພະນັກງານ</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">ໄດ້ເອີ້ນພະນັກງານແລ້ວ ແລະ ຈະມາຫາທ່ານໃນບໍ່ຊ້າ. ກະລຸນາລໍຖ້າຢູ່ບ່ອນນີ້; ທ່ານສາມາດສຳຫຼວດຕໍ່ໄດ້ໃນຂະນະທີ່ລໍຖ້າ.</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">ກຳລັງໃຊ້ແປ້ນກົດ: ປຸ່ມລູກສອນໃຊ້ເລື່ອນ, OK ຫຼື Enter ໃຊ້ເລືອກ, ກັບຄືນໃຊ້ກັບຄືນ ແລະ Home ໃຊ້ໄປໜ້າທຳອິດ. ກົດ OK ເພື່ອປິດແຜງນີ້.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">ທົ່ວອາຊຽນ</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">ວິດີໂອ: %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">ແຕະເພື່ອເລີ່ມຊົມ</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">ຫໍອາຊຽນ ສູນອາຊຽນ-ເກົາຫຼີ</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">ນະຄອນຫຼວງ</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ພາສາທາງການ</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">ເປັນສະມາຊິກອາຊຽນແຕ່</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">d MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">ທັງໝົດ</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 ໃນທັງ %2 ປະເທດ →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 ໃນ %2 ປະເທດ →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">ຫໍອາຊຽນ</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">ມາຮູ້ຈັກປະເທດສະມາຊິກອາຊຽນ</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">ແຕະປະເທດໃດໜຶ່ງ ເພື່ອເບິ່ງຜູ້ຄົນ, ສະຖານທີ່ ແລະ ຮີດຄອງປະເພນີ.</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">ຫຼື ເລືອກຊົມຕາມຫົວຂໍ້</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">ຍັງຊົມຢູ່ບໍ່?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">ແຕະໜ້າຈໍເພື່ອຊົມຕໍ່.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">ກົດປຸ່ມໃດກໍໄດ້ເພື່ອຊົມຕໍ່.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">ພາສາ: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">ບໍ່ສາມາດສະແດງເນື້ອຫາໄດ້: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">ຫໍອາຊຽນ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">ການເຂົ້າເຖິງ</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">ວິດີໂອ: %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">ບໍ່ມີລາຍການ “%1” ຢູ່ນີ້, ຈຶ່ງສະແດງໜ້າຫຼັກແທນ.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">ບໍ່ມີປະເທດສະມາຊິກ “%1” ຢູ່ນີ້, ຈຶ່ງສະແດງໜ້າຫຼັກແທນ.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">ບໍ່ມີຫົວຂໍ້ “%1” ຢູ່ນີ້, ຈຶ່ງສະແດງໜ້າຫຼັກແທນ.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">ບໍ່ສາມາດສະແດງຮູບໄດ້</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">ເບິ່ງກ່ອນ — ຍັງບໍ່ໄດ້ເຜີຍແຜ່</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">ຕຳແໜ່ງໃນວິດີໂອ</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">ບໍ່ມີ (ຄ່າເລີ່ມຕົ້ນ)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">ບໍ່ມີລຸ້ນກ່ອນໜ້າໃຫ້ກັບໄປໃຊ້.</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">ຄີອອສນີ້ບໍ່ສາມາດສະແດງເນື້ອຫາໄດ້</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">ພະນັກງານ: ເບິ່ງລາຍລະອຽດໃນບັນທຶກຂອງຄີອອສ. ຜູ້ຢ້ຽມຊົມ: ກະລຸນາໃຊ້ໜ້າຈໍອື່ນ.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">ລັອກແລ້ວ ເນື່ອງຈາກໃສ່ PIN ຜິດ 5 ຄັ້ງ. ລອງໃໝ່ໃນອີກ %1:%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN ບໍ່ຖືກຕ້ອງ. ເຫຼືອອີກ %n ຄັ້ງ.</numerusform>
            <numerusform>PIN ບໍ່ຖືກຕ້ອງ. ເຫຼືອອີກ %n ຄັ້ງ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">ຍັງບໍ່ໄດ້ຕັ້ງ PIN ພະນັກງານ. ຕັ້ງໄດ້ດ້ວຍຄຳສັ່ງ asean-kiosk --set-pin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN ພະນັກງານ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">ແຜງພະນັກງານ</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">ໂໝດປອດໄພ: ຄີອອສຢຸດເຮັດວຽກກະທັນຫັນ %1 ຄັ້ງພາຍໃນ %2 ນາທີ. ຕອນນີ້ກຳລັງສະແດງລຸ້ນ %3 ເຊິ່ງເປັນລຸ້ນສຸດທ້າຍທີ່ເຮັດວຽກໄດ້ໂດຍບໍ່ມີບັນຫາ ແລະ ປິດວິດີໂອໄວ້. ກະລຸນາກວດເບິ່ງບັນຫາຫຼ້າສຸດ ແລ້ວເລີ່ມໃໝ່.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">ໂໝດປອດໄພ: ຄີອອສຢຸດເຮັດວຽກກະທັນຫັນ %1 ຄັ້ງພາຍໃນ %2 ນາທີ ແລະ ຍັງບໍ່ມີລຸ້ນໃດທີ່ເຮັດວຽກໄດ້ໂດຍບໍ່ມີບັນຫາ. ປິດວິດີໂອໄວ້. ກະລຸນາກວດເບິ່ງບັນຫາຫຼ້າສຸດ ແລ້ວເລີ່ມໃໝ່.</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">ລຸ້ນທີ່ກຳລັງໃຊ້</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">ບັນຫາເນື້ອຫາ</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">ເຮັດວຽກມາແລ້ວ</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n ນາທີ</numerusform>
            <numerusform>%n ນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">ໜ່ວຍຄວາມຈຳທີ່ໃຊ້</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">ພື້ນທີ່ດິສກ໌ຫວ່າງ</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">ບັນຫາຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">ໄຟລ໌ຫໍວາງສະແດງ</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">ການຕັ້ງຄ່າຫໍວາງສະແດງ</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">ບັນຫາໄຟລ໌ຫໍວາງສະແດງ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">ເວີຊັນ</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">ໂຫຼດເນື້ອຫາຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">ກັບໄປໃຊ້ລຸ້ນ %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">ຕອນນີ້ກຳລັງສະແດງລຸ້ນ %1.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">ທົດສອບໜ້າຈໍສຳຜັດ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">ເລີ່ມໃໝ່</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">ອອກ</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">ກັບສູ່ໜ້າຜູ້ຢ້ຽມຊົມ</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">ແຕະ ເລີ່ມໃໝ່ ອີກຄັ້ງເພື່ອເລີ່ມຄີອອສໃໝ່.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">ແຕະ ອອກ ອີກຄັ້ງເພື່ອປິດຄີອອສ. ມັນຈະປິດຢູ່ຈົນກວ່າຈະເປີດໃໝ່.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">ການກູ້ຄືນຫຼັງຂັດຂ້ອງ ແລະ ສະຖານະ ຖືກປິດຢູ່: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຊົມໄດ້ເອີ້ນພະນັກງານເວລາ %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">ລຶບ</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">ທຸກປະເທດ</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">ກັບໄປ %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">ໜ້າທຳອິດ</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">ແຕະແລ້ວ %1 ຈາກ %2 ຊ່ອງ, ສູງສຸດ %3 ນິ້ວພ້ອມກັນ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ສຳເລັດ</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">ບໍ່ສາມາດຫຼິ້ນວິດີໂອນີ້ໄດ້</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">ຫຼິ້ນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">ເປີດສຽງ</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">ປິດສຽງ</translation>
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
        <translation type="unfinished">ຮູບກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">ຮູບຖັດໄປ</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">ບໍ່ສາມາດສະແດງຮູບໄດ້</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">ວິດີໂອຢຸດຊົ່ວຄາວ. ເຊີນຊົມຮູບພາບແທນ.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">ຫຼິ້ນ %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">ການແນະນຳດ້ວຍສຽງ</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">ການແນະນຳດ້ວຍສຽງຍັງບໍ່ມີໃນພາສານີ້ເທື່ອ. ທ່ານສາມາດຟັງເປັນພາສາອັງກິດ ຫຼື ພາສາເກົາຫຼີແທນໄດ້; ໜ້າຈໍຍັງເປັນພາສາຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">ເຄື່ອງນີ້ບໍ່ມີການແນະນຳດ້ວຍສຽງ.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">ລະດັບສຽງ</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">ເບົາ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">ປານກາງ</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">ດັງ</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">ຄວາມໄວ</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">ຊ້າ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">ປົກກະຕິ</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">ໄວ</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">ຍິນດີຕ້ອນຮັບສູ່ຫໍອາຊຽນ.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">ກົດປຸ່ມໃດກໍໄດ້ ຫຼື ແຕະໜ້າຈໍເພື່ອເລີ່ມ.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">ໜ້າຫຼັກ: ປະເທດສະມາຊິກ ແລະ ຫົວຂໍ້.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">ເລື່ອນດ້ວຍປຸ່ມລູກສອນ ແລ້ວກົດ Enter ເພື່ອເປີດ.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">ຫົວຂໍ້ໜຶ່ງທົ່ວປະເທດສະມາຊິກ.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">ເລື່ອນດ້ວຍປຸ່ມລູກສອນ ແລ້ວກົດ Enter ເພື່ອເປີດຮູບ.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">ກົດກັບຄືນ ເພື່ອກັບໄປ.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">ໜ້າຂອງປະເທດສະມາຊິກ: ຂໍ້ມູນ ແລະ ຮູບ.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">ນະຄອນຫຼວງ</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ພາສາທາງການ</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">ເປັນສະມາຊິກອາຊຽນແຕ່</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">ວິດີໂອ.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">ຮູບພາບ.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">ຊ້າຍ ແລະ ຂວາ ໄປກ່ອນໜ້າ ແລະ ຖັດໄປ; ກັບຄືນ ເພື່ອກັບໄປ.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">ເປີດການແນະນຳດ້ວຍສຽງແລ້ວ.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">ຍັງຊົມຢູ່ບໍ່?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">ແຕະໜ້າຈໍເພື່ອຊົມຕໍ່.</translation>
    </message>
</context>
</TS>