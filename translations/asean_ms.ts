<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ms_MY">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Kebolehcapaian</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Tutup</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Saiz teks</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Kontras tinggi</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">Semua dalam jangkauan</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">Kurangkan gerakan</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">Masa tambahan</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">Panggil kakitangan</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">Kakitangan telah dipanggil dan akan datang sebentar lagi. Sila tunggu di sini; anda boleh terus meneroka sementara menunggu.</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">Pad kekunci sedang digunakan: kekunci anak panah untuk bergerak, OK atau Enter untuk memilih, Kembali untuk kembali, dan Home untuk ke permulaan. Tekan OK untuk menutup panel ini.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">Merentasi ASEAN</translation>
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
        <translation type="unfinished">Sentuh untuk meneroka</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">Dewan ASEAN di Pusat ASEAN-Korea</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Ibu negara</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Bahasa rasmi</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Anggota ASEAN sejak</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">d MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Semua</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 di kesemua %2 negara →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 di %2 negara →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Dewan ASEAN</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">Terokai negara anggota ASEAN</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">Sentuh sebuah negara untuk mengenali masyarakat, tempat dan tradisinya.</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">Atau teroka mengikut tema</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Masih di situ?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Sentuh skrin untuk terus meneroka.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">Tekan mana-mana kekunci untuk terus meneroka.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">Bahasa: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">Kandungan tidak dapat dipaparkan: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Dewan ASEAN</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Kebolehcapaian</translation>
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
        <translation type="unfinished">Tiada item “%1” di sini, jadi skrin utama dipaparkan.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Tiada negara anggota “%1” di sini, jadi skrin utama dipaparkan.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Tiada tema “%1” di sini, jadi skrin utama dipaparkan.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Gambar tidak tersedia</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">PRATONTON — belum diterbitkan</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">Kedudukan dalam video</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">tiada (lalai)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">Tiada keluaran terdahulu untuk dipulihkan.</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">Kios ini tidak dapat memaparkan kandungannya</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">Kakitangan: butiran ada dalam log kios. Pelawat: sila cuba skrin lain.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">Dikunci selepas lima kali PIN salah. Cuba lagi dalam %1:%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN salah. Tinggal %n cubaan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">PIN kakitangan belum ditetapkan. Tetapkan dengan asean-kiosk --set-pin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN kakitangan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Panel kakitangan</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Mod selamat: kios berhenti tanpa diduga %1 kali dalam %2 minit. Kios memaparkan keluaran %3, keluaran terakhir yang berjalan tanpa masalah, dengan video dimatikan. Semak masalah terkini, kemudian mula semula.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Mod selamat: kios berhenti tanpa diduga %1 kali dalam %2 minit, dan belum ada keluaran yang berjalan tanpa masalah. Video dimatikan. Semak masalah terkini, kemudian mula semula.</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">Keluaran yang digunakan</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">tiada</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">Masalah kandungan</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">Berjalan selama</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minit</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">Memori digunakan</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">Ruang cakera kosong</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">Masalah terkini</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">Fail konfigurasi dewan</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">Tetapan dewan</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">Masalah fail konfigurasi dewan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Versi</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">Muat semula kandungan</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">Kembali ke %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">Keluaran %1 kini dipaparkan.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">Ujian sentuh</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">Mula semula</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Keluar</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">Kembali ke skrin pelawat</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">Ketik Mula semula sekali lagi untuk memulakan semula kios.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">Ketik Keluar sekali lagi untuk menutup kios. Kios kekal tertutup sehingga dimulakan semula.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">Pemulihan selepas ranap dan status dimatikan: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">Seorang pelawat memanggil kakitangan pada %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">Padam</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">Semua negara</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">Kembali ke %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">Laman utama</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">%1 daripada %2 sel disentuh, sehingga %3 jari serentak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Selesai</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">Video ini tidak dapat dimainkan</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">Main semula</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Jeda</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">Main</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Hidupkan bunyi</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">Matikan bunyi</translation>
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
        <translation type="unfinished">Foto sebelumnya</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">Foto seterusnya</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Gambar tidak tersedia</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">Video dijeda buat sementara. Sila nikmati gambar-gambar ini.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">Main</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">Main %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">Panduan suara</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">Panduan lisan belum tersedia dalam bahasa ini. Anda boleh mendengar bahasa Inggeris atau Korea; skrin kekal dalam bahasa anda.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">Panduan lisan tidak tersedia di kiosk ini.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">Kelantangan</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">Perlahan</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Sederhana</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">Kuat</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">Kelajuan</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">Perlahan</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Biasa</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">Laju</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">Selamat datang ke Dewan ASEAN.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">Tekan mana-mana kekunci atau sentuh skrin untuk bermula.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">Laman utama: negara anggota dan tema.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">Bergerak dengan kekunci anak panah dan tekan Enter untuk membuka.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">Satu tema merentasi negara anggota.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">Bergerak dengan kekunci anak panah dan tekan Enter untuk membuka foto.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">Tekan Kembali untuk kembali.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">Halaman negara anggota: fakta dan fotonya.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Ibu negara</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Bahasa rasmi</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Anggota ASEAN sejak</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">Sebuah filem.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">Sekeping foto.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">Kiri dan kanan ke sebelumnya dan seterusnya; Kembali untuk kembali.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">Panduan suara dihidupkan.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Masih di situ?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Sentuh skrin untuk terus meneroka.</translation>
    </message>
</context>
</TS>