// Line breaking in the scripts written without spaces: Thai, Lao, Khmer and Burmese. Lines must
// break between words (ICU's dictionaries, through WordBreaks) and never inside a syllable.
#include "wordbreaks.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTextLayout>

namespace {

const QString kZwsp = QString(QChar(0x200B));

struct Script {
    const char *language;
    const char *family;
};
const Script kScripts[] = {{"th", "Noto Sans Thai"},
                           {"lo", "Noto Sans Lao"},
                           {"km", "Noto Sans Khmer"},
                           {"my", "Noto Sans Myanmar"}};

// Where lines start when `text` is laid out `width` pixels wide, as offsets into `text`.
QList<int> lineStarts(const QString &text, const QString &family, int width)
{
    QTextLayout layout(text, QFont(family, 24));
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<int> starts;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        starts << line.textStart();
    }
    layout.endLayout();
    return starts;
}

// Every demo catalogue text in `language`.
QStringList demoTexts(const QString &language)
{
    QFile file(QStringLiteral(ASEAN_SOURCE_DIR "/media/demo/manifest.json"));
    file.open(QIODevice::ReadOnly);
    QStringList texts;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.value(QLatin1String("en")).isString()) {
                texts << object.value(language).toString();
                return;
            }
            for (const QJsonValue &v : object)
                walk(v);
        } else if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                walk(v);
        }
    };
    walk(QJsonDocument::fromJson(file.readAll()).object());
    return texts;
}

}  // namespace

class TestWordBreaks : public QObject {
    Q_OBJECT

private slots:
    // Sentences made of known words with no spaces: the only breaks allowed are between them.
    void breaksOnlyBetweenWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("th") << "th" << QStringList{"ข้าว", "เหนียว",  "หลังคา", "วัด", "และ",
                                                   "การ", "ตักบาตร", "ยาม",   "เช้า"};
        QTest::newRow("lo") << "lo" << QStringList{"ປະເທດ", "ລາວ", "ມີ",    "ແມ່", "ນ້ຳ",
                                                   "ຂອງ",   "ແລະ", "ພູເຂົາ", "ຫຼາຍ"};
        QTest::newRow("km") << "km"
                            << QStringList{"ប្រទេស", "កម្ពុជា", "មាន", "ប្រាសាទ", "ច្រើន", "ណាស់"};
        QTest::newRow("my") << "my" << QStringList{"မြန်မာ", "နိုင်ငံ", "တွင်", "ဘုရား", "များ", "ရှိ", "သည်"};
    }

    void breaksOnlyBetweenWords()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        const QString plain = words.join(QString());
        const QString marked = WordBreaks::mark(plain, language);
        QCOMPARE(QString(marked).remove(kZwsp), plain);  // nothing but the marks is added
        // The marks fall on word boundaries only (ICU may join two words, never split one;
        // compounds such as sticky rice, ข้าว+เหนียว, are given as their words).
        QSet<int> allowed;
        int at = 0;
        for (const QString &word : words)
            allowed.insert(at += int(word.size()));
        int plainAt = 0;
        int marks = 0;
        for (const QChar c : marked) {
            if (c == QChar(0x200B)) {
                QVERIFY2(allowed.contains(plainAt),
                         qPrintable(QStringLiteral("a break inside a word at %1 in %2")
                                        .arg(plainAt)
                                        .arg(QString(marked).replace(kZwsp, "|"))));
                ++marks;
            } else {
                ++plainAt;
            }
        }
        QVERIFY2(marks >= words.size() / 2, qPrintable(QString(marked).replace(kZwsp, "|")));
    }

    // Long captions of the demo, laid out at many widths: the text wraps (before, Lao and Khmer
    // did not wrap at all and ran out of their box), and every line starts at a grapheme
    // boundary and at a letter, never inside a syllable.
    void longCaptionsWrapBetweenWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("family");
        for (const Script &s : kScripts)
            QTest::newRow(s.language) << s.language << s.family;
    }

    void longCaptionsWrapBetweenWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, family);
        int wrapped = 0, checked = 0;
        for (const QString &caption : demoTexts(language)) {
            if (caption.size() < 40)
                continue;
            const QString text = WordBreaks::mark(caption, language);
            for (int width = 240; width <= 720; width += 80) {
                const QList<int> starts = lineStarts(text, family, width);
                QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
                for (int i = 1; i < starts.size(); ++i) {
                    const int start = starts.at(i);
                    graphemes.setPosition(start);
                    QVERIFY2(graphemes.isAtBoundary(),
                             qPrintable(QStringLiteral("%1: a line starts inside a cluster: %2")
                                            .arg(width)
                                            .arg(text.mid(start, 12))));
                    const QChar first = text.at(start);
                    QVERIFY2(first.isLetter() || first.isNumber() || first.isPunct() ||
                                 first.isSymbol() || first == QChar(0x200B),
                             qPrintable(QStringLiteral("a line starts with a mark: %1")
                                            .arg(text.mid(start, 12))));
                    ++checked;
                }
                // Nothing is wider than the line unless one word alone is.
                wrapped += starts.size() > 1;
            }
        }
        QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
        QVERIFY(wrapped > 20);
    }

    // Stacked consonants stay together: a mark after the Burmese virama or the Khmer coeng would
    // break the stack into a dotted circle.
    void stacksAreNeverSplit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("stacker");
        // Singapore in Burmese has a kinzi (င်္က).
        QTest::newRow("Burmese kinzi") << "my" << QStringLiteral("စင်္ကာပူနိုင်ငံ") << QChar(0x1039);
        QTest::newRow("Khmer") << "km" << QStringLiteral("ប្រទេសកម្ពុជាមានប្រាសាទច្រើន")
                               << QChar(0x17D2);
        // Guards the Khmer half on its own: ICU's dictionary does not know Strasbourg and breaks
        // inside its stack ស្ត្រ, right after a coeng.
        QTest::newRow("Khmer, an unknown name")
            << "km" << QStringLiteral("ទីក្រុងស្ត្រាស្បួរ") << QChar(0x17D2);
    }

    void stacksAreNeverSplit()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QChar, stacker);
        const QString marked = WordBreaks::mark(text, language);
        QVERIFY2(!marked.contains(QString(stacker) + kZwsp),
                 qPrintable(QString(marked).replace(kZwsp, "|")));
    }

    void otherLanguagesAreLeftAlone()
    {
        const QString english = QStringLiteral("Sticky rice and larb");
        QCOMPARE(WordBreaks::mark(english, QStringLiteral("en")), english);
        QCOMPARE(WordBreaks::mark(QStringLiteral("찹쌀밥과 랍"), QStringLiteral("ko")),
                 QStringLiteral("찹쌀밥과 랍"));
        // English words inside a Thai caption get no marks either.
        QCOMPARE(WordBreaks::mark(english, QStringLiteral("th")), english);
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWordBreaks test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wordbreaks.moc"
