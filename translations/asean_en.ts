<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackButton</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt&apos;s QDate codes) for the day a state joined ASEAN; no weekday.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>No release has been published in %1. Publish one with asean-catalogue publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content cannot be shown: %1. Roll back to an earlier release or publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
