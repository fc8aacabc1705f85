<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_TL">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Asesibilidade</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Taka</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">Bolu funsionáriu</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">Ami bolu ona funsionáriu sira, no sira sei mai lalais. Favór hela iha ne'e; bainhira hein, ita bele kontinua esplora.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Tamañu letra</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Kontraste aas</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">Buat hotu besik liman</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">Movimentu menus</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">Tempu barak liu</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">Keypad iha uzu: xave seta sira atu muda, OK ka Enter atu hili, Fila atu fila fali no Home atu bá iníisiu. Kona OK atu taka painel ida-ne'e.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">Iha ASEAN tomak</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">Vídeo: %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">Kona atu esplora</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">Sala ASEAN sira husi Sentru ASEAN-Koreia</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Kapitál</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Lian ofisiál sira</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Membru ASEAN dezde</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">d MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Hotu</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 iha estadu %2 hotu →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 iha estadu %2 →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Sala ASEAN sira</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">Esplora estadu membru ASEAN nian</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">Kona rai ida atu haree ninia povu, fatin no tradisaun sira.</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">Ka esplora tuir tema</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Ita sei iha ne'e?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Kona ekrã atu kontinua esplora.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">Kona xave ruma atu kontinua esplora.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Lian</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">Lian: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">Labele hatudu kontiúdu: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">Sala ASEAN sira</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">Asesibilidade</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">Vídeo: %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Iha ne'e laiha item “%1”, tan ne'e hatudu ekrã prinsipál.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Iha ne'e laiha estadu membru “%1”, tan ne'e hatudu ekrã prinsipál.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">Iha ne'e laiha tema “%1”, tan ne'e hatudu ekrã prinsipál.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Imajen la disponível</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">PRE-VIZUALIZASAUN — seidauk publika</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">Pozisaun iha vídeo</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">laiha (padraun)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">Laiha versaun uluk atu fila ba.</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">Kiosk ida-ne'e labele hatudu ninia kontiúdu</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">Funsionáriu: detalle sira iha kiosk nia rejistu. Vizitante: favór koko ekrã seluk.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">Xavi tanba PIN sala dala lima. Koko fali iha %1:%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN sala. Sei iha tentativa %n.</numerusform>
            <numerusform>PIN sala. Sei iha tentativa %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">Seidauk iha PIN funsionáriu nian. Hatuur ida ho asean-kiosk --set-pin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN funsionáriu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kansela</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Painel funsionáriu</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Modu seguru: kiosk para derepente dala %1 iha minutu %2 nia laran. Nia hatudu versaun %3, ikus liu ne'ebé hala'o la ho problema, ho vídeo mate. Haree problema foin lalais sira, depois hahú fali.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">Modu seguru: kiosk para derepente dala %1 iha minutu %2 nia laran, no seidauk iha versaun ida ne'ebé hala'o la ho problema. Vídeo mate. Haree problema foin lalais sira, depois hahú fali.</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">Versaun ne'ebé uza hela</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">laiha</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">Problema kontiúdu</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">Hala'o ona durante</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>minutu %n</numerusform>
            <numerusform>minutu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">Memória ne'ebé uza</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">Espasu livre iha diskú</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">Problema foin lalais</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">Arkivu sala nian</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">Konfigurasaun sala nian</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">Problema iha arkivu sala nian</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Versaun</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">Karrega fali kontiúdu</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">Fila ba %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">Agora hatudu versaun %1.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">Teste kona</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">Hahú fali</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Sai</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">Fila ba vizitante sira</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">Kona Hahú fali dala ida tan atu hahú fali kiosk.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">Kona Sai dala ida tan atu taka kiosk. Nia sei taka nafatin to'o hahú fali.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">Rekuperasaun husi falla no estadu mate: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">Vizitante ida bolu funsionáriu iha %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">Hamoos</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">Estadu hotu</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">Fila ba %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">Pájina inisiál</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">Kona ona kaixa %1 husi %2, to'o liman-fuan %3 dala ida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Remata</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">Labele halimar vídeo ida-ne'e</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">Hatudu fali</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Para uitoan</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">Hatudu</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">Loke lian</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">Taka lian</translation>
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
        <translation type="unfinished">Foto molok</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">Foto tuir mai</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">Imajen la disponível</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">Vídeo sira para uluk. Favór haree foto sira.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">Hatudu</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">Hatudu %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">Matadalan ho lian</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">Matadalan ho lian seidauk iha lian ida-ne'e. Ita bele rona iha lian Inglés ka Koreanu; ekran sei iha ita-nia lian.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">Matadalan ho lian la iha iha kiosk ida-ne'e.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">Volume</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">Neineik</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Médiu</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">Makaas</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">Velosidade</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">Neineik</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">Normál</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">Lalais</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">Bemvindu ba Salaun ASEAN.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">Hanehan tekla ruma ka kona ekran atu komesa.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">Inísiu: estadu membru sira no tema sira.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">Muda ho tekla seta no hanehan Enter atu loke.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">Tema ida iha estadu membru sira hotu.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">Muda ho tekla seta no hanehan Enter atu loke foto.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">Hanehan Fila atu fila.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">Pájina estadu membru ida nian: faktu no foto sira.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">Kapitál</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">Lian ofisiál sira</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">Membru ASEAN dezde</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">Filme ida.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">Foto ida.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">Karuk no los ba tuir mai no molok; Fila atu fila.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">Matadalan ho lian ativu.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">Ita sei iha ne'e?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">Kona ekrã atu kontinua esplora.</translation>
    </message>
</context>
</TS>