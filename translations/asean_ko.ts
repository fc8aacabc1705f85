<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>BackButton</name>
    <message>
        <source>All countries</source>
        <translation type="unfinished">모든 나라</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished">수도</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation type="unfinished">공용어</translation>
    </message>
    <message>
        <source>Member of ASEAN since</source>
        <translation type="unfinished">아세안 가입일</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday.</extracomment>
        <translation type="unfinished">yyyy년 M월 d일</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">아세안홀</translation>
    </message>
    <message>
        <source>Explore the member states of ASEAN</source>
        <translation type="unfinished">아세안 회원국을 둘러보세요</translation>
    </message>
    <message>
        <source>Touch a country to see its people, places and traditions.</source>
        <translation type="unfinished">나라를 누르면 사람들과 장소, 전통을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>No release has been published in %1. Publish one with asean-catalogue publish.</source>
        <translation type="unfinished">%1에 게시된 릴리스가 없습니다. asean-catalogue publish로 게시하세요.</translation>
    </message>
    <message>
        <source>The content cannot be shown: %1. Roll back to an earlier release or publish again.</source>
        <translation type="unfinished">콘텐츠를 표시할 수 없습니다: %1. 이전 릴리스로 되돌리거나 다시 게시하세요.</translation>
    </message>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">콘텐츠를 표시할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation type="unfinished">카탈로그 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">아세안홀</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">사진을 표시할 수 없음</translation>
    </message>
</context>
<context>
    <name>StaffMessage</name>
    <message>
        <source>This kiosk cannot show its content</source>
        <translation type="unfinished">이 키오스크는 콘텐츠를 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>Staff: the details are in the kiosk log. Visitors: please try another screen.</source>
        <translation type="unfinished">직원: 자세한 내용은 키오스크 로그에 있습니다. 관람객: 다른 화면을 이용해 주세요.</translation>
    </message>
</context>
</TS>