// Speech (app/voice): what reaches a voice, in which language and order; cutting off; the
// languages without a voice; repeat, stop, volume and rate. A RecordingVoice stands for the
// voice; tests/e2e/tst_voice.cpp hears the real one.
#include "recordingvoice.h"
#include "speech.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// Khmer, Lao and Myanmar letters: text in a language espeak-ng cannot speak.
bool hasVoicelessScript(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x1780 && u <= 0x17FF) || (u >= 0x0E80 && u <= 0x0EFF))
            return true;
    }
    return false;
}

}  // namespace

class TestSpeech : public QObject {
    Q_OBJECT

    Speech m_speech;
    RecordingVoice *m_voice = nullptr;

private slots:
    void init()
    {
        m_voice = new RecordingVoice;
        m_speech.setVoice(m_voice);
        m_speech.setLanguage(QStringLiteral("en"));
        m_speech.setStandIn({});
        m_speech.setOn(true);
    }
    void cleanup()
    {
        m_speech.setOn(false);
        delete m_voice;
    }

    void saysNothingWhileOff()
    {
        m_speech.setOn(false);
        m_speech.say({QStringLiteral("Close")});
        m_speech.repeat();
        QVERIFY(m_voice->said().isEmpty());
    }

    void turningOnReadiesTheVoice()
    {
        m_speech.setOn(false);
        const int before = m_voice->prepared();
        m_speech.setOn(true);
        QCOMPARE(m_voice->prepared(), before + 1);
    }

    void partsAreSaidInOrderInTheScreensLanguage()
    {
        m_speech.setLanguage(QStringLiteral("th"));
        m_speech.say({QStringLiteral("ไทย"), QString(), QStringLiteral("กรุงเทพมหานคร")});
        QCOMPARE(m_voice->said().size(), 1);
        QCOMPARE(m_voice->said().first().text, QStringLiteral("ไทย กรุงเทพมหานคร"));
        QCOMPARE(m_voice->said().first().language, QStringLiteral("th"));
        QCOMPARE(m_speech.spoken(), QStringLiteral("ไทย กรุงเทพมหานคร"));
    }

    void aNewUtteranceCutsOffThePrevious()
    {
        m_speech.say({QStringLiteral("Home: the member states and the themes.")});
        m_speech.say({QStringLiteral("Close")});
        QCOMPARE(m_voice->said().size(), 2);
        QVERIFY(m_voice->said().at(0).cutOff);
        QVERIFY(!m_voice->said().at(1).cutOff);
        m_voice->finish();
        m_speech.say({QStringLiteral("Thailand")});
        QVERIFY2(!m_voice->said().at(1).cutOff, "finished before the next one");
    }

    void repeatSaysTheLastAgainAndStopCutsItOff()
    {
        m_speech.say({QStringLiteral("Close")});
        m_speech.stop();
        QVERIFY(m_voice->said().last().cutOff);
        m_speech.repeat();
        QCOMPARE(m_voice->texts(), (QStringList{"Close", "Close"}));
        // Turning voice off silences it at once.
        m_speech.setOn(false);
        QVERIFY(m_voice->said().last().cutOff);
    }

    void volumeAndRateReachTheVoice()
    {
        m_speech.setVolume(40);
        m_speech.setRate(-40);
        QCOMPARE(m_voice->volume(), 0.4);
        QCOMPARE(m_voice->rate(), -0.4);
        // A voice given later starts with the visit's choices.
        auto *later = new RecordingVoice;
        m_speech.setVoice(later);
        QCOMPARE(later->volume(), 0.4);
        QCOMPARE(later->rate(), -0.4);
        delete later;
        m_speech.setVoice(m_voice);
    }

    // Khmer, Lao, Filipino and Tetum have no voice: without a stand-in nothing is said, not
    // even the interface's own words.
    void aLanguageWithoutAVoiceIsNeverSpoken_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("close");  // "Close" as the screen shows it
        QTest::newRow("km") << "km" << QStringLiteral("បិទ");
        QTest::newRow("lo") << "lo" << QStringLiteral("ປິດ");
        QTest::newRow("fil") << "fil" << QStringLiteral("Isara");
        QTest::newRow("tet") << "tet" << QStringLiteral("Taka");
    }
    void aLanguageWithoutAVoiceIsNeverSpoken()
    {
        QFETCH(QString, language);
        QFETCH(QString, close);
        m_speech.setLanguage(language);
        QVERIFY(!m_speech.hasVoice(language));
        QCOMPARE(m_speech.voiceLanguage(), QString());
        m_speech.say({close});
        QVERIFY(m_voice->said().isEmpty());

        // With English chosen instead: the interface's words in English; the catalogue's text
        // in the screen's language is left unsaid, and text read in English is said.
        m_speech.setStandIn(QStringLiteral("en"));
        QCOMPARE(m_speech.voiceLanguage(), QStringLiteral("en"));
        m_speech.say({close, QStringLiteral("ថៃ ບາງກອກ"),
                      QVariantMap{{"text", "Bangkok"}, {"language", "en"}}});
        QCOMPARE(m_voice->texts(), (QStringList{"Close Bangkok"}));
        // As the screen shows it: with word-break marks between Khmer words (WordBreaks).
        m_speech.setLanguage(QStringLiteral("km"));
        m_speech.say({QStringLiteral("រូបថត\u200Bមួយ។")});
        QCOMPARE(m_voice->said().last().text, QStringLiteral("A photo."));
        m_speech.setLanguage(language);
        m_speech.setStandIn(QStringLiteral("ko"));
        m_speech.say({close});
        QCOMPARE(m_voice->said().last().text, QStringLiteral("닫기"));
        for (const RecordingVoice::Said &said : m_voice->said()) {
            QVERIFY2(said.language == QLatin1String("en") || said.language == QLatin1String("ko"),
                     qPrintable(said.language));
            QVERIFY2(!hasVoicelessScript(said.text), qPrintable(said.text));
        }
    }

    // A stand-in is only for a language without a voice: Thai is spoken as Thai.
    void aStandInDoesNotReplaceAVoice()
    {
        m_speech.setStandIn(QStringLiteral("en"));
        m_speech.setLanguage(QStringLiteral("th"));
        QCOMPARE(m_speech.voiceLanguage(), QStringLiteral("th"));
        m_speech.say({QStringLiteral("ปิด")});
        QCOMPARE(m_voice->said().last().language, QStringLiteral("th"));
    }

    // Without any voice the screens go on; nothing is said, nothing fails.
    void noVoiceAtAll()
    {
        m_speech.setVoice(nullptr, QStringLiteral("a test"));
        QVERIFY(!m_speech.available());
        QVERIFY(!m_speech.hasVoice(QStringLiteral("en")));
        m_speech.say({QStringLiteral("Close")});
        m_speech.repeat();
        m_speech.stop();
        QVERIFY(m_voice->said().isEmpty());
    }

    // A kiosk without a voice says so in its log once, not at every utterance.
    void noVoiceIsLoggedOnce()
    {
        Speech speech;
        QTest::ignoreMessage(QtWarningMsg,
                             "no voice: built without Qt TextToSpeech - spoken guidance is off "
                             "on this kiosk");
        speech.setVoice(nullptr, QStringLiteral("built without Qt TextToSpeech"));
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        speech.setVoice(nullptr, QStringLiteral("built without Qt TextToSpeech"));
        speech.setOn(true);
        speech.say({QStringLiteral("Close")});
        QVERIFY(!speech.available());
    }

    // The voice says it cannot speak: Speech stops using it.
    void aVoiceThatGivesUp()
    {
        emit m_voice->unavailable(QStringLiteral("speech-dispatcher cannot be reached"));
        QVERIFY(!m_speech.available());
        m_speech.say({QStringLiteral("Close")});
        QVERIFY(m_voice->said().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
