<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">접근성</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">닫기</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">글자 크기</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A text size on the access panel, in per cent.</extracomment>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">고대비</translation>
    </message>
    <message>
        <source>Everything within reach</source>
        <translation type="unfinished">모든 것을 손 닿는 곳에</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished">움직임 줄이기</translation>
    </message>
    <message>
        <source>More time</source>
        <translation type="unfinished">시간 더 주기</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished">직원 호출</translation>
    </message>
    <message>
        <source>Staff have been called and will be with you shortly. Please stay here; you can go on exploring while you wait.</source>
        <translation type="unfinished">직원을 불렀습니다. 곧 도와드리러 갑니다. 이 자리에서 기다려 주세요. 기다리는 동안 계속 둘러보셔도 됩니다.</translation>
    </message>
    <message>
        <source>Keypad in use: the arrow keys move, OK or Enter chooses, Back goes back and Home goes to the start. Press OK to close this panel.</source>
        <extracomment>Shown when a visitor first presses a key: how to use the kiosk from its keypad.</extracomment>
        <translation type="unfinished">키패드 사용 중: 화살표 키로 이동하고, 확인 또는 Enter로 고르고, 뒤로 키로 돌아가고, 홈 키로 처음 화면으로 갑니다. 확인을 누르면 이 창이 닫힙니다.</translation>
    </message>
</context>
<context>
    <name>AcrossAsean</name>
    <message>
        <source>Across ASEAN</source>
        <extracomment>Heading of the strip under a photo that shows the same theme in the other member states.</extracomment>
        <translation type="unfinished">아세안을 가로질러</translation>
    </message>
</context>
<context>
    <name>AttractCaption</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in the attract loop, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">영상: %1</translation>
    </message>
</context>
<context>
    <name>AttractLanguages</name>
    <message>
        <source>Touch to explore</source>
        <translation type="unfinished">화면을 눌러 둘러보세요</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The ASEAN Halls of the ASEAN-Korea Centre</source>
        <translation type="unfinished">한-아세안센터 아세안홀</translation>
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
        <extracomment>Date format (Qt's QDate codes) for the day a state joined ASEAN; no weekday. The date a state joined ASEAN, as a Qt date pattern (QLocale supplies the month name).</extracomment>
        <translation type="unfinished">yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">전체</translation>
    </message>
    <message>
        <source>%1 in all %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in every member state (%2 of them).</extracomment>
        <translation type="unfinished">%2개 나라 모두의 %1 →</translation>
    </message>
    <message>
        <source>%1 in %2 states →</source>
        <extracomment>The way from a state's grid filtered to one theme (%1) to that theme in the %2 member states that have it.</extracomment>
        <translation type="unfinished">%2개 나라의 %1 →</translation>
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
    <message>
        <source>Or explore by theme</source>
        <translation type="unfinished">주제별로 둘러보기</translation>
    </message>
</context>
<context>
    <name>IdleReset</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">계속 보고 계신가요?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">계속 보시려면 화면을 눌러 주세요.</translation>
    </message>
    <message>
        <source>Press any key to keep exploring.</source>
        <translation type="unfinished">계속 보시려면 아무 키나 누르세요.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">언어</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <extracomment>The language button as a screen reader names it: "Language: ไทย".</extracomment>
        <translation type="unfinished">언어: %1</translation>
    </message>
</context>
<context>
    <name>LiveCatalogue</name>
    <message>
        <source>The content cannot be shown: %1.</source>
        <translation type="unfinished">콘텐츠를 표시할 수 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ASEAN Halls</source>
        <translation type="unfinished">아세안홀</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished">접근성</translation>
    </message>
</context>
<context>
    <name>MediaTile</name>
    <message>
        <source>Film: %1</source>
        <extracomment>A film in a grid, as a screen reader names it (%1: its title).</extracomment>
        <translation type="unfinished">영상: %1</translation>
    </message>
</context>
<context>
    <name>MissingNotice</name>
    <message>
        <source>There is no item “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">“%1” 항목이 없어 대신 첫 화면을 보여 드립니다.</translation>
    </message>
    <message>
        <source>There is no member state “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">“%1” 나라가 없어 대신 첫 화면을 보여 드립니다.</translation>
    </message>
    <message>
        <source>There is no theme “%1” here, so the home screen is shown instead.</source>
        <translation type="unfinished">“%1” 주제가 없어 대신 첫 화면을 보여 드립니다.</translation>
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
    <name>PreviewBand</name>
    <message>
        <source>PREVIEW — not published</source>
        <translation type="unfinished">미리보기 — 게시되지 않음</translation>
    </message>
</context>
<context>
    <name>Scrubber</name>
    <message>
        <source>Position in the film</source>
        <extracomment>The film player's scrub bar, as a screen reader names it.</extracomment>
        <translation type="unfinished">영상 재생 위치</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>none (defaults)</source>
        <translation type="unfinished">없음 (기본값)</translation>
    </message>
    <message>
        <source>There is no earlier release to go back to.</source>
        <translation type="unfinished">되돌아갈 이전 릴리스가 없습니다.</translation>
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
<context>
    <name>StaffPanel</name>
    <message>
        <source>Locked after five wrong PINs. Try again in %1:%2.</source>
        <translation type="unfinished">PIN을 다섯 번 틀려 잠겼습니다. %1:%2 후에 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation type="unfinished">
            <numerusform>PIN이 틀렸습니다. %n번 남았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with asean-kiosk --set-pin.</source>
        <translation type="unfinished">직원 PIN이 설정되지 않았습니다. asean-kiosk --set-pin으로 설정하세요.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">직원 PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">직원 패널</translation>
    </message>
    <message>
        <source>Release in use</source>
        <translation type="unfinished">사용 중인 릴리스</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">없음</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished">콘텐츠 문제</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished">실행 시간</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished">사용 중인 메모리</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished">남은 디스크 공간</translation>
    </message>
    <message>
        <source>Hall file</source>
        <translation type="unfinished">홀 설정 파일</translation>
    </message>
    <message>
        <source>Hall file problems</source>
        <translation type="unfinished">홀 설정 파일 문제</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">버전</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation type="unfinished">콘텐츠 다시 읽기</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">다시 시작</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished">종료</translation>
    </message>
    <message>
        <source>Back to visitors</source>
        <translation type="unfinished">관람객 화면으로</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes. It shows release %3, the last one that ran without trouble, with video off. Check the recent problems, then restart.</source>
        <translation type="unfinished">안전 모드: 키오스크가 %2분 안에 %1번 예기치 않게 종료되었습니다. 마지막으로 문제없이 실행된 릴리스 %3을(를) 영상 없이 표시하고 있습니다. 최근 문제를 확인한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Safe mode: the kiosk stopped unexpectedly %1 times within %2 minutes, and no release has run without trouble yet. Video is off. Check the recent problems, then restart.</source>
        <translation type="unfinished">안전 모드: 키오스크가 %2분 안에 %1번 예기치 않게 종료되었으며, 아직 문제없이 실행된 릴리스가 없습니다. 영상은 꺼져 있습니다. 최근 문제를 확인한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation type="unfinished">최근 문제</translation>
    </message>
    <message>
        <source>Hall settings</source>
        <translation type="unfinished">홀 설정</translation>
    </message>
    <message>
        <source>Roll back to %1</source>
        <extracomment>Staff panel button: make the release before the one in use current again.</extracomment>
        <translation type="unfinished">%1(으)로 되돌리기</translation>
    </message>
    <message>
        <source>Release %1 is shown now.</source>
        <translation type="unfinished">현재 릴리스 %1을(를) 표시하고 있습니다.</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation type="unfinished">터치 테스트</translation>
    </message>
    <message>
        <source>Tap Restart again to restart the kiosk.</source>
        <translation type="unfinished">키오스크를 다시 시작하려면 다시 시작을 한 번 더 누르세요.</translation>
    </message>
    <message>
        <source>Tap Exit again to close the kiosk. It stays closed until it is started again.</source>
        <translation type="unfinished">키오스크를 닫으려면 종료를 한 번 더 누르세요. 다시 시작할 때까지 닫혀 있습니다.</translation>
    </message>
    <message>
        <source>Crash recovery and status are off: %1</source>
        <translation type="unfinished">충돌 복구와 상태 기록이 꺼져 있습니다: %1</translation>
    </message>
    <message>
        <source>A visitor called staff at %1.</source>
        <translation type="unfinished">방문객이 %1에 직원을 호출했습니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>The staff PIN pad's clear key, as a screen reader names it.</extracomment>
        <translation type="unfinished">지우기</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished">모든 나라</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>The back button as a screen reader names it (%1: where it leads, "Thailand").</extracomment>
        <translation type="unfinished">%1(으)로 돌아가기</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>The home button as a screen reader names it.</extracomment>
        <translation type="unfinished">처음 화면</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>%1 of %2 cells touched, up to %3 fingers at once</source>
        <extracomment>Touch test: %1 of %2 cells touched; %3 fingers at once at most.</extracomment>
        <translation type="unfinished">%2칸 중 %1칸 터치됨, 동시에 최대 손가락 %3개</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">완료</translation>
    </message>
</context>
<context>
    <name>VideoScreen</name>
    <message>
        <source>This video cannot be played</source>
        <translation type="unfinished">이 영상은 재생할 수 없습니다</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished">다시 재생</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>The player's play and pause button, as a screen reader names it.</extracomment>
        <translation type="unfinished">일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished">재생</translation>
    </message>
    <message>
        <source>Sound on</source>
        <extracomment>The player's sound button, as a screen reader names it.</extracomment>
        <translation type="unfinished">소리 켜기</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished">소리 끄기</translation>
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
        <translation type="unfinished">yyyy년 M월</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <extracomment>The viewer's button to the photo before, as a screen reader names it.</extracomment>
        <translation type="unfinished">이전 사진</translation>
    </message>
    <message>
        <source>Next photo</source>
        <extracomment>The viewer's button to the next photo, as a screen reader names it.</extracomment>
        <translation type="unfinished">다음 사진</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished">사진을 표시할 수 없음</translation>
    </message>
    <message>
        <source>Videos are paused for now. Please enjoy the photos.</source>
        <extracomment>Shown instead of the play button while the kiosk runs in safe mode.</extracomment>
        <translation type="unfinished">영상 재생을 잠시 멈추었습니다. 사진을 감상해 주세요.</translation>
    </message>
    <message>
        <source>Play</source>
        <extracomment>The viewer's button that starts a film.</extracomment>
        <translation type="unfinished">재생</translation>
    </message>
    <message>
        <source>Play %1</source>
        <extracomment>The viewer's play button as a screen reader names it (%1: the film's title).</extracomment>
        <translation type="unfinished">%1 재생</translation>
    </message>
</context>
<context>
    <name>VoiceChoices</name>
    <message>
        <source>Voice guidance</source>
        <translation type="unfinished">음성 안내</translation>
    </message>
    <message>
        <source>Spoken guidance is not yet available in this language. You can hear English or Korean instead; the screen stays in your language.</source>
        <translation type="unfinished">이 언어로는 아직 음성 안내를 제공하지 않습니다. 대신 영어나 한국어로 들을 수 있으며, 화면은 선택한 언어로 유지됩니다.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available on this kiosk.</source>
        <translation type="unfinished">이 키오스크에서는 음성 안내를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished">음량</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished">작게</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">보통</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation type="unfinished">크게</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">속도</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished">느리게</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished">보통</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished">빠르게</translation>
    </message>
</context>
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Welcome to the ASEAN Hall.</source>
        <translation type="unfinished">아세안홀에 오신 것을 환영합니다.</translation>
    </message>
    <message>
        <source>Press any key or touch the screen to begin.</source>
        <translation type="unfinished">시작하려면 아무 키나 누르거나 화면을 터치하세요.</translation>
    </message>
    <message>
        <source>Home: the member states and the themes.</source>
        <translation type="unfinished">홈: 회원국과 주제.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open one.</source>
        <translation type="unfinished">화살표 키로 이동하고 Enter 키를 눌러 여세요.</translation>
    </message>
    <message>
        <source>A theme across the member states.</source>
        <translation type="unfinished">회원국 전체에 걸친 주제.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and press Enter to open a photo.</source>
        <translation type="unfinished">화살표 키로 이동하고 Enter 키를 눌러 사진을 여세요.</translation>
    </message>
    <message>
        <source>Press Back to return.</source>
        <translation type="unfinished">돌아가려면 뒤로 키를 누르세요.</translation>
    </message>
    <message>
        <source>A member state's page: its facts and photos.</source>
        <translation type="unfinished">회원국 페이지: 정보와 사진.</translation>
    </message>
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
        <source>A film.</source>
        <translation type="unfinished">영상.</translation>
    </message>
    <message>
        <source>A photo.</source>
        <translation type="unfinished">사진.</translation>
    </message>
    <message>
        <source>Left and right go to the next and previous; Back returns.</source>
        <translation type="unfinished">왼쪽과 오른쪽 키로 이전과 다음으로 가고, 뒤로 키로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Voice guidance on.</source>
        <translation type="unfinished">음성 안내가 켜졌습니다.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished">계속 보고 계신가요?</translation>
    </message>
    <message>
        <source>Touch the screen to keep exploring.</source>
        <translation type="unfinished">계속 보시려면 화면을 눌러 주세요.</translation>
    </message>
</context>
</TS>