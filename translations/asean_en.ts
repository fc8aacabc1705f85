<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation>Everything within reach</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Reduced motion</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation>Across ASEAN</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation>Film: %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation>Touch to explore</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation>The ASEAN Halls of the ASEAN-Korea Centre</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation>Official languages</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation>Member of ASEAN since</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation>%1 in all %2 states →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation>%1 in %2 states →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation>ASEAN Halls</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation>Explore the member states of ASEAN</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation>Touch a country to see its people, places and traditions.</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation>Or explore by theme</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation>Touch the screen to keep exploring.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation>Press any key to keep exploring.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation>Language: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation>The content cannot be shown: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation>ASEAN Halls</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation>Film: %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation>There is no item “%1” here, so the home screen is shown instead.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation>There is no member state “%1” here, so the home screen is shown instead.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation>There is no theme “%1” here, so the home screen is shown instead.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation>Picture unavailable</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation>PREVIEW — not published</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation>Position in the film</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation>none (defaults)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation>There is no earlier release to go back to.</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation>This kiosk cannot show its content</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation>Staff: the details are in the kiosk log. Visitors: please try another screen.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation>Locked after five wrong PINs. Try again in %1:%2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation>No staff PIN is set. Set one with asean-kiosk --set-pin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation>Release in use</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Content problem</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Memory in use</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Free disk space</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation>Hall file</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation>Hall file problems</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Reload content</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation>Back to visitors</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>Recent problems</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation>Hall settings</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation>Roll back to %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation>Release %1 is shown now.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Touch test</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation>Tap Restart again to restart the kiosk.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation>Tap Exit again to close the kiosk. It stays closed until it is started again.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation>Crash recovery and status are off: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation>A visitor called staff at %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation>%1 of %2 cells touched, up to %3 fingers at once</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation>This video cannot be played</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sound off</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Position in the viewer: photo %1 of %2, e.g. "3 / 7".</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>When a photo was taken, month and year, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <extracomment>The viewer's button to the photo before, as a screen reader names it.</extracomment>
        <translation>Previous photo</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation>Next photo</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation>Picture unavailable</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation>Videos are paused for now. Please enjoy the photos.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation>Play %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation>Spoken guidance is not available on this kiosk.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Soft</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Loud</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation>Welcome to the ASEAN Hall.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation>Press any key or touch the screen to begin.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation>Home: the member states and the themes.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation>Move with the arrow keys and press Enter to open one.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation>A theme across the member states.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation>Move with the arrow keys and press Enter to open a photo.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation>Press Back to return.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation>A member state's page: its facts and photos.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation>Official languages</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation>Member of ASEAN since</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation>A film.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation>A photo.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation>Left and right go to the next and previous; Back returns.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation>Voice guidance on.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation>Touch the screen to keep exploring.</translation>
    </message>
</context>
</TS>