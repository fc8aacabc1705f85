<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="my_MM">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">အသုံးပြုရလွယ်ကူမှု</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">စာလုံးအရွယ်အစား</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">အလင်းအမှောင် ပြင်းပြင်း</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">အားလုံးကို လက်လှမ်းမီအောင်</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">လှုပ်ရှားမှု လျှော့ရန်</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">အချိန်ပိုရန်</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">ဝန်ထမ်းခေါ်ရန်</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">ဝန်ထမ်းကို ခေါ်ပြီးပါပြီ၊ မကြာမီ လာရောက်ကူညီပါမည်။ ဤနေရာတွင် စောင့်ပေးပါ၊ စောင့်နေစဉ် ဆက်လက်လေ့လာနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">ကီးခလုတ်ကို အသုံးပြုနေသည်- မြှားခလုတ်များဖြင့် ရွှေ့ရန်၊ OK သို့မဟုတ် Enter ဖြင့် ရွေးရန်၊ နောက်သို့ ခလုတ်ဖြင့် ပြန်သွားရန်နှင့် Home ဖြင့် အစသို့ သွားရန်။ ဤအကွက်ကို ပိတ်ရန် OK ကို နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">အာဆီယံတစ်ဝှမ်း</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">ဗီဒီယို- %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">နှိပ်၍ လေ့လာပါ</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">အာဆီယံ-ကိုရီးယားစင်တာ၏ အာဆီယံခန်းမ</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">မြို့တော်</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ရုံးသုံးဘာသာစကား</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">အာဆီယံအဖွဲ့ဝင်ဖြစ်သည့်နေ့</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">yyyy၊ d MMMM</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">အားလုံး</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">နိုင်ငံ %2 နိုင်ငံလုံးရှိ %1 →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">နိုင်ငံ %2 နိုင်ငံရှိ %1 →</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">အာဆီယံခန်းမ</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">အာဆီယံအဖွဲ့ဝင်နိုင်ငံများကို လေ့လာကြည့်ရှုပါ</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">နိုင်ငံတစ်ခုကို နှိပ်၍ ၎င်း၏ လူများ၊ နေရာများနှင့် ဓလေ့ထုံးတမ်းများကို ကြည့်ရှုပါ။</translation>
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">သို့မဟုတ် ခေါင်းစဉ်အလိုက် လေ့လာပါ</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">ဆက်ကြည့်နေဆဲလား။</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">ဆက်လက်လေ့လာရန် မျက်နှာပြင်ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">ဆက်လက်လေ့လာရန် မည်သည့်ခလုတ်ကိုမဆို နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">ဘာသာစကား</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">ဘာသာစကား- %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">အကြောင်းအရာကို ပြသ၍မရပါ: %1။</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">အာဆီယံခန်းမ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">အသုံးပြုရလွယ်ကူမှု</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">ဗီဒီယို- %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">“%1” ဟူသော အရာ ဤနေရာတွင် မရှိသဖြင့် ပင်မစာမျက်နှာကို ပြသထားပါသည်။</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">“%1” ဟူသော အဖွဲ့ဝင်နိုင်ငံ ဤနေရာတွင် မရှိသဖြင့် ပင်မစာမျက်နှာကို ပြသထားပါသည်။</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">“%1” ဟူသော ခေါင်းစဉ် ဤနေရာတွင် မရှိသဖြင့် ပင်မစာမျက်နှာကို ပြသထားပါသည်။</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">ပုံ မရရှိနိုင်ပါ</translation>
    </message>
</context>
<context>
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">အစမ်းကြည့်ရှုခြင်း — မထုတ်ဝေရသေးပါ</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">ဗီဒီယိုအတွင်း နေရာ</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">မရှိ (မူလသတ်မှတ်ချက်)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">ပြန်ပြောင်းရန် ယခင်ထုတ်ဝေမှု မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">ဤစက်တွင် အကြောင်းအရာကို ပြသ၍မရပါ</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">ဝန်ထမ်းများ: အသေးစိတ်ကို စက်မှတ်တမ်းတွင် ကြည့်ပါ။ ဧည့်သည်များ: အခြားမျက်နှာပြင်ကို အသုံးပြုပေးပါ။</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">PIN ငါးကြိမ် မှားသဖြင့် ပိတ်ထားသည်။ %1:%2 အကြာတွင် ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN မှားနေသည်။ %n ကြိမ် ကျန်ပါသေးသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">ဝန်ထမ်း PIN မသတ်မှတ်ရသေးပါ။ asean-kiosk --set-pin ဖြင့် သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">ဝန်ထမ်း PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">ဝန်ထမ်းထိန်းချုပ်ခန်း</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">ဘေးကင်းမုဒ်: စက်သည် %2 မိနစ်အတွင်း %1 ကြိမ် မမျှော်လင့်ဘဲ ရပ်တန့်သွားသည်။ ပြဿနာမရှိဘဲ နောက်ဆုံးလည်ပတ်ခဲ့သည့် ထုတ်ဝေမှု %3 ကို ဗီဒီယိုပိတ်၍ ပြသထားသည်။ လတ်တလောပြဿနာများကို စစ်ဆေးပြီးနောက် ပြန်စပါ။</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">ဘေးကင်းမုဒ်: စက်သည် %2 မိနစ်အတွင်း %1 ကြိမ် မမျှော်လင့်ဘဲ ရပ်တန့်သွားပြီး ပြဿနာမရှိဘဲ လည်ပတ်ခဲ့သည့် ထုတ်ဝေမှု မရှိသေးပါ။ ဗီဒီယိုကို ပိတ်ထားသည်။ လတ်တလောပြဿနာများကို စစ်ဆေးပြီးနောက် ပြန်စပါ။</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">အသုံးပြုနေသော ထုတ်ဝေမှု</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">မရှိ</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">အကြောင်းအရာ ပြဿနာ</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">လည်ပတ်ချိန်</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n မိနစ်</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">အသုံးပြုနေသော မှတ်ဉာဏ်</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">ဒစ်ခ်နေရာလွတ်</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">လတ်တလောပြဿနာများ</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">ခန်းမဖိုင်</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">ခန်းမဆက်တင်များ</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">ခန်းမဖိုင် ပြဿနာများ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">ဗားရှင်း</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">အကြောင်းအရာ ပြန်ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">ထုတ်ဝေမှု %1 သို့ ပြန်ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">ယခု ထုတ်ဝေမှု %1 ကို ပြသနေသည်။</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">ထိတွေ့မှုစမ်းသပ်ခြင်း</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">ပြန်စရန်</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">ထွက်ရန်</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">ဧည့်သည်မျက်နှာပြင်သို့</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">ကီအော့စ်ကို ပြန်စရန် ပြန်စရန် ကို နောက်တစ်ကြိမ် နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">ကီအော့စ်ကို ပိတ်ရန် ထွက်ရန် ကို နောက်တစ်ကြိမ် နှိပ်ပါ။ ပြန်မဖွင့်မချင်း ပိတ်ထားပါမည်။</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">ပျက်ကျပြီးနောက် ပြန်လည်ရယူခြင်းနှင့် အခြေအနေ ပိတ်ထားသည်- %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">ဧည့်သည်တစ်ဦးက %1 တွင် ဝန်ထမ်းကို ခေါ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">နိုင်ငံအားလုံး</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">%1 သို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">ပင်မစာမျက်နှာ</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">အကွက် %2 ကွက်အနက် %1 ကွက် ထိပြီး၊ တစ်ပြိုင်နက် လက်ချောင်း %3 ချောင်းအထိ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">ပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">ဤဗီဒီယိုကို ဖွင့်၍မရပါ</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">ထပ်ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">ခဏရပ်ရန်</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">အသံဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">အသံပိတ်ရန်</translation>
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
        <translation type="unfinished">yyyy MMMM</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <extracomment>The viewer's button to the photo before, as a screen reader names it.</extracomment>
        <translation type="unfinished">ယခင်ဓာတ်ပုံ</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">နောက်ဓာတ်ပုံ</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">ပုံ မရရှိနိုင်ပါ</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">ဗီဒီယိုများကို ယာယီရပ်ထားပါသည်။ ဓာတ်ပုံများကို ကြည့်ရှုခံစားပါ။</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">%1 ကို ဖွင့်ရန်</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">အသံလမ်းညွှန်</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">ဤဘာသာစကားဖြင့် အသံလမ်းညွှန် မရရှိသေးပါ။ အင်္ဂလိပ် သို့မဟုတ် ကိုရီးယားဘာသာဖြင့် နားထောင်နိုင်ပြီး မျက်နှာပြင်မှာ သင့်ဘာသာစကားဖြင့်သာ ရှိနေမည်။</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">ဤကီယော့စ်တွင် အသံလမ်းညွှန် မရနိုင်ပါ။</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">အသံအတိုးအကျယ်</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">တိုး</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">အလယ်အလတ်</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">ကျယ်</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">အမြန်နှုန်း</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">နှေး</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">ပုံမှန်</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">မြန်</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">အာဆီယံခန်းမမှ ကြိုဆိုပါသည်။</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">စတင်ရန် မည်သည့်ခလုတ်ကိုမဆို နှိပ်ပါ သို့မဟုတ် မျက်နှာပြင်ကို ထိပါ။</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">ပင်မစာမျက်နှာ- အဖွဲ့ဝင်နိုင်ငံများနှင့် အကြောင်းအရာများ။</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">မြှားခလုတ်များဖြင့် ရွှေ့ပြီး ဖွင့်ရန် Enter ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">အဖွဲ့ဝင်နိုင်ငံများတစ်လျှောက် အကြောင်းအရာတစ်ခု။</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">မြှားခလုတ်များဖြင့် ရွှေ့ပြီး ဓာတ်ပုံဖွင့်ရန် Enter ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">ပြန်သွားရန် နောက်သို့ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">အဖွဲ့ဝင်နိုင်ငံ စာမျက်နှာ- အချက်အလက်များနှင့် ဓာတ်ပုံများ။</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished">မြို့တော်</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">ရုံးသုံးဘာသာစကား</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">အာဆီယံအဖွဲ့ဝင်ဖြစ်သည့်နေ့</translation>
    </message>
    <message>
        <source>A film.</source>
        <translation type="unfinished">ရုပ်ရှင်တစ်ခု။</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">ဓာတ်ပုံတစ်ပုံ။</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">ဘယ်နှင့်ညာဖြင့် ရှေ့နှင့်နောက်သို့ သွားပါ၊ နောက်သို့ဖြင့် ပြန်သွားပါ။</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">အသံလမ်းညွှန် ဖွင့်ထားသည်။</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">ဆက်ကြည့်နေဆဲလား။</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">ဆက်လက်လေ့လာရန် မျက်နှာပြင်ကို နှိပ်ပါ။</translation>
    </message>
</context>
</TS>