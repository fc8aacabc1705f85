<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil_PH">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Aksesibilidad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Isara</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Laki ng teksto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Mataas na contrast</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">Lahat ay abot-kamay</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">Bawasan ang galaw</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">Dagdag na oras</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">Tumawag ng staff</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">Natawagan na ang staff at darating sila agad. Manatili lamang dito; maaari kang magpatuloy sa pagtuklas habang naghihintay.</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">Ginagamit ang keypad: inililipat ng mga arrow key, pumipili ang OK o Enter, bumabalik ang Back, at pumupunta sa simula ang Home. Pindutin ang OK para isara ang panel na ito.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">Sa buong ASEAN</translation>
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
        <translation type="unfinished">Pindutin para tumuklas</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">Ang mga Bulwagan ng ASEAN sa ASEAN-Korea Centre</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Kabisera</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Mga opisyal na wika</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Kasapi ng ASEAN mula</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">MMMM d, yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Lahat</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 sa lahat ng %2 bansa →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 sa %2 bansa →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Mga Bulwagan ng ASEAN</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">Tuklasin ang mga kasaping bansa ng ASEAN</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">Pindutin ang isang bansa para makita ang mga tao, lugar at tradisyon nito.</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">O tumuklas ayon sa tema</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Nandiyan ka pa ba?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Pindutin ang screen para magpatuloy sa pagtuklas.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">Pindutin ang anumang key para magpatuloy sa pagtuklas.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Wika</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">Wika: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">Hindi maipakita ang nilalaman: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Mga Bulwagan ng ASEAN</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Aksesibilidad</translation>
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
        <translation type="unfinished">Walang item na “%1” dito, kaya ang pangunahing screen ang ipinapakita.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Walang kasaping bansa na “%1” dito, kaya ang pangunahing screen ang ipinapakita.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Walang tema na “%1” dito, kaya ang pangunahing screen ang ipinapakita.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Hindi maipakita ang larawan</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">PREVIEW — hindi pa nailalathala</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">Posisyon sa video</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">wala (default)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">Walang naunang release na mababalikan.</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">Hindi maipakita ng kiosk na ito ang nilalaman</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">Kawani: nasa log ng kiosk ang mga detalye. Mga bisita: pakisubukan ang ibang screen.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">Naka-lock dahil sa limang maling PIN. Subukan muli pagkalipas ng %1:%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>Maling PIN. May %n subok pa.</numerusform>
            <numerusform>Maling PIN. May %n subok pa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">Wala pang PIN ng kawani. Magtakda gamit ang asean-kiosk --set-pin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN ng kawani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Panel ng kawani</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Safe mode: hindi inaasahang huminto ang kiosk nang %1 beses sa loob ng %2 minuto. Ipinapakita nito ang release %3, ang huling tumakbo nang walang problema, nang naka-off ang video. Tingnan ang mga kamakailang problema, saka i-restart.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Safe mode: hindi inaasahang huminto ang kiosk nang %1 beses sa loob ng %2 minuto, at wala pang release na tumakbo nang walang problema. Naka-off ang video. Tingnan ang mga kamakailang problema, saka i-restart.</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">Ginagamit na release</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">wala</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">Problema sa nilalaman</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">Tumatakbo nang</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">Ginagamit na memorya</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">Bakanteng espasyo sa disk</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">Mga kamakailang problema</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">File ng bulwagan</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">Mga setting ng bulwagan</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">Mga problema sa file ng bulwagan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Bersiyon</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">I-reload ang nilalaman</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">Bumalik sa %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">Ipinapakita na ngayon ang release %1.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">Pagsubok sa pagpindot</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">I-restart</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Lumabas</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">Balik sa mga bisita</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">I-tap muli ang I-restart para i-restart ang kiosk.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">I-tap muli ang Lumabas para isara ang kiosk. Mananatili itong sarado hanggang buksan muli.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">Naka-off ang pagbawi mula sa crash at ang status: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">Tumawag ng staff ang isang bisita noong %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">I-clear</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">Lahat ng bansa</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">Bumalik sa %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">Simula</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">%1 sa %2 kahon ang napindot, hanggang %3 daliri nang sabay-sabay</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Tapos na</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">Hindi ma-play ang video na ito</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">I-play muli</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">I-pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">I-play</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Buksan ang tunog</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">Patayin ang tunog</translation>
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
        <translation type="unfinished">Nakaraang larawan</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">Susunod na larawan</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Hindi maipakita ang larawan</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">Pansamantalang nakahinto ang mga video. Masiyahan sa mga larawan.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">I-play</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">I-play ang %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">Gabay sa boses</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">Wala pang gabay sa boses sa wikang ito. Maaari kang makinig sa Ingles o Koreano; mananatili ang screen sa iyong wika.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">Walang gabay sa boses sa kiosk na ito.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">Lakas ng tunog</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">Mahina</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Katamtaman</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">Malakas</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">Bilis</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">Mabagal</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Karaniwan</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">Mabilis</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">Maligayang pagdating sa ASEAN Hall.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">Pindutin ang anumang key o pindutin ang screen para magsimula.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">Home: ang mga kasaping estado at ang mga tema.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">Gumalaw gamit ang mga arrow key at pindutin ang Enter para buksan.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">Isang tema sa mga kasaping estado.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">Gumalaw gamit ang mga arrow key at pindutin ang Enter para buksan ang larawan.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">Pindutin ang Bumalik para bumalik.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">Pahina ng isang kasaping estado: mga impormasyon at larawan.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Kabisera</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Mga opisyal na wika</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Kasapi ng ASEAN mula</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">Isang pelikula.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">Isang larawan.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">Kaliwa at kanan papunta sa susunod at nauna; Bumalik para bumalik.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">Naka-on ang gabay sa boses.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Nandiyan ka pa ba?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Pindutin ang screen para magpatuloy sa pagtuklas.</translation>
    </message>
</context>
</TS>