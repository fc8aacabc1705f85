<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>No release has been published in %1. Publish one with asean-catalogue publish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content cannot be shown: %1. Roll back to an earlier release or publish again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Position in the viewer, e.g. "3 / 7".</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>