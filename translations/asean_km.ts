<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="km_KH">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">ភាពងាយស្រួលប្រើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">ទំហំអក្សរ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">កម្រិតពណ៌ខ្ពស់</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">អ្វីៗទាំងអស់នៅក្នុងចម្ងាយដៃ</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">កាត់បន្ថយចលនា</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">ពេលវេលាបន្ថែម</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">ហៅបុគ្គលិក</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">បុគ្គលិកត្រូវបានហៅហើយ ហើយនឹងមកជួយអ្នកឆាប់ៗនេះ។ សូមនៅទីនេះ អ្នកអាចបន្តស្វែងយល់ខណៈពេលរង់ចាំ។</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">កំពុងប្រើក្ដារចុច៖ គ្រាប់ចុចព្រួញសម្រាប់ផ្លាស់ទី OK ឬ Enter សម្រាប់ជ្រើសរើស ថយក្រោយសម្រាប់ត្រឡប់ក្រោយ និង Home សម្រាប់ទៅទំព័រដើម។ ចុច OK ដើម្បីបិទផ្ទាំងនេះ។</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">ទូទាំងអាស៊ាន</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">វីដេអូ៖ %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">ប៉ះដើម្បីស្វែងយល់</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">សាលអាស៊ាន នៃមជ្ឈមណ្ឌលអាស៊ាន-កូរ៉េ</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">រដ្ឋធានី</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ភាសាផ្លូវការ</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">សមាជិកអាស៊ានតាំងពី</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">d MMMM yyyy</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">ទាំងអស់</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%1 នៅទាំង %2 ប្រទេស →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%1 នៅ %2 ប្រទេស →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">សាលអាស៊ាន</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">ស្វែងយល់ពីប្រទេសសមាជិកអាស៊ាន</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">ប៉ះប្រទេសណាមួយ ដើម្បីស្គាល់ប្រជាជន ទីកន្លែង និងប្រពៃណីរបស់ប្រទេសនោះ។</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">ឬស្វែងយល់តាមប្រធានបទ</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">នៅមើលទៀតទេ?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">ប៉ះអេក្រង់ ដើម្បីបន្តស្វែងយល់។</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">ចុចគ្រាប់ចុចណាមួយ ដើម្បីបន្តស្វែងយល់។</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">ភាសា៖ %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">មិនអាចបង្ហាញមាតិកាបានទេ៖ %1។</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">សាលអាស៊ាន</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">ភាពងាយស្រួលប្រើ</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">វីដេអូ៖ %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">គ្មានធាតុ “%1” នៅទីនេះទេ ដូច្នេះបង្ហាញអេក្រង់ដើមជំនួសវិញ។</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">គ្មានប្រទេសសមាជិក “%1” នៅទីនេះទេ ដូច្នេះបង្ហាញអេក្រង់ដើមជំនួសវិញ។</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">គ្មានប្រធានបទ “%1” នៅទីនេះទេ ដូច្នេះបង្ហាញអេក្រង់ដើមជំនួសវិញ។</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">គ្មានរូបភាព</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">មើលជាមុន — មិនទាន់ចេញផ្សាយ</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">ទីតាំងក្នុងវីដេអូ</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">គ្មាន (លំនាំដើម)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">គ្មានកំណែចេញផ្សាយមុនសម្រាប់ត្រឡប់ទៅវិញទេ។</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">គីយ៉ូសនេះមិនអាចបង្ហាញមាតិកាបានទេ</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">បុគ្គលិក៖ ព័ត៌មានលម្អិតមាននៅក្នុងកំណត់ហេតុគីយ៉ូស។ ភ្ញៀវទស្សនា៖ សូមប្រើអេក្រង់ផ្សេង។</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">ត្រូវបានចាក់សោ ដោយសារវាយ PIN ខុសប្រាំដង។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេល %1:%2។</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN មិនត្រឹមត្រូវ។ នៅសល់ %n ដងទៀត។</numerusform>
            <numerusform>PIN មិនត្រឹមត្រូវ។ នៅសល់ %n ដងទៀត។</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">មិនទាន់កំណត់ PIN បុគ្គលិកទេ។ សូមកំណត់ដោយប្រើ asean-kiosk --set-pin ។</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN បុគ្គលិក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">ផ្ទាំងបុគ្គលិក</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">របៀបសុវត្ថិភាព៖ គីយ៉ូសបានឈប់ដំណើរការដោយមិននឹកស្មានដល់ %1 ដងក្នុងរយៈពេល %2 នាទី។ ឥឡូវនេះកំពុងបង្ហាញកំណែចេញផ្សាយ %3 ដែលជាកំណែចុងក្រោយដែលដំណើរការដោយគ្មានបញ្ហា ដោយបិទវីដេអូ។ សូមពិនិត្យបញ្ហាថ្មីៗ រួចចាប់ផ្ដើមឡើងវិញ។</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">របៀបសុវត្ថិភាព៖ គីយ៉ូសបានឈប់ដំណើរការដោយមិននឹកស្មានដល់ %1 ដងក្នុងរយៈពេល %2 នាទី ហើយមិនទាន់មានកំណែចេញផ្សាយណាមួយដំណើរការដោយគ្មានបញ្ហានៅឡើយទេ។ វីដេអូត្រូវបានបិទ។ សូមពិនិត្យបញ្ហាថ្មីៗ រួចចាប់ផ្ដើមឡើងវិញ។</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">កំណែចេញផ្សាយកំពុងប្រើ</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">គ្មាន</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">បញ្ហាមាតិកា</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">រយៈពេលដំណើរការ</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n នាទី</numerusform>
            <numerusform>%n នាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">អង្គចងចាំកំពុងប្រើ</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">ទំហំថាសនៅសល់</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">បញ្ហាថ្មីៗ</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">ឯកសារសាល</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">ការកំណត់សាល</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">បញ្ហាឯកសារសាល</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">កំណែ</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">ផ្ទុកមាតិកាឡើងវិញ</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">ត្រឡប់ទៅកំណែ %1</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">ឥឡូវនេះកំពុងបង្ហាញកំណែចេញផ្សាយ %1។</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">សាកល្បងអេក្រង់ប៉ះ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">ចាប់ផ្ដើមឡើងវិញ</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">ចាកចេញ</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">ត្រឡប់ទៅអេក្រង់ភ្ញៀវ</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">ចុច ចាប់ផ្ដើមឡើងវិញ ម្ដងទៀត ដើម្បីចាប់ផ្ដើមគីយ៉ូសឡើងវិញ។</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">ចុច ចាកចេញ ម្ដងទៀត ដើម្បីបិទគីយ៉ូស។ វានៅបិទរហូតដល់គេចាប់ផ្ដើមវាម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">ការស្ដារឡើងវិញក្រោយគាំង និងស្ថានភាព ត្រូវបានបិទ៖ %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">អ្នកទស្សនាម្នាក់បានហៅបុគ្គលិកនៅ %1។</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">សម្អាត</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">គ្រប់ប្រទេស</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">ត្រឡប់ទៅ %1</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">ទំព័រដើម</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">បានប៉ះ %1 ក្នុងចំណោម %2 ក្រឡា ច្រើនបំផុត %3 ម្រាមដៃក្នុងពេលតែមួយ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">រួចរាល់</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">មិនអាចចាក់វីដេអូនេះបានទេ</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">ចាក់ម្ដងទៀត</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">ផ្អាក</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">ចាក់</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">បើកសំឡេង</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">បិទសំឡេង</translation>
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
        <translation type="unfinished">រូបថតមុន</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">រូបថតបន្ទាប់</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">គ្មានរូបភាព</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">វីដេអូត្រូវបានផ្អាកជាបណ្ដោះអាសន្ន។ សូមរីករាយទស្សនារូបថត។</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">ចាក់</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">ចាក់ %1</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">ការណែនាំដោយសំឡេង</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">ការណែនាំដោយសំឡេងមិនទាន់មានជាភាសានេះនៅឡើយទេ។ អ្នកអាចស្តាប់ជាភាសាអង់គ្លេស ឬភាសាកូរ៉េជំនួសវិញ ហើយអេក្រង់នៅតែជាភាសារបស់អ្នក។</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">ការណែនាំដោយសំឡេងមិនមាននៅលើគីយ៉ូសនេះទេ។</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">កម្រិតសំឡេង</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">តិច</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">មធ្យម</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">ខ្លាំង</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">ល្បឿន</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">យឺត</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">ធម្មតា</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">លឿន</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">សូមស្វាគមន៍មកកាន់សាលអាស៊ាន។</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">ចុចគ្រាប់ចុចណាមួយ ឬប៉ះអេក្រង់ដើម្បីចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">ទំព័រដើម៖ រដ្ឋជាសមាជិក និងប្រធានបទ។</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">ផ្លាស់ទីដោយគ្រាប់ចុចព្រួញ ហើយចុច Enter ដើម្បីបើក។</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">ប្រធានបទមួយនៅទូទាំងរដ្ឋជាសមាជិក។</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">ផ្លាស់ទីដោយគ្រាប់ចុចព្រួញ ហើយចុច Enter ដើម្បីបើករូបថត។</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">ចុចថយក្រោយ ដើម្បីត្រឡប់។</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">ទំព័ររដ្ឋជាសមាជិក៖ ព័ត៌មាន និងរូបថត។</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">រដ្ឋធានី</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ភាសាផ្លូវការ</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">សមាជិកអាស៊ានតាំងពី</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">ខ្សែភាពយន្តមួយ។</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">រូបថតមួយ។</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">ឆ្វេង និងស្តាំ ទៅមុន និងបន្ទាប់; ថយក្រោយ ដើម្បីត្រឡប់។</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">ការណែនាំដោយសំឡេងបានបើក។</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">នៅមើលទៀតទេ?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">ប៉ះអេក្រង់ ដើម្បីបន្តស្វែងយល់។</translation>
    </message>
</context>
</TS>