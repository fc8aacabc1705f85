// No missing glyphs: every interface string (from every Linguist file) and every demo catalogue
// text, in its language, drawn with the font family the theme names for that language and the
// fallbacks the kiosk installs. A character none of them can draw would show as a box. And no
// mark outside its line: drawn with the theme's line height for the language, every text's marks
// stay in the line's box, clear of the line or text below.
#include "fonts.h"
#include "languages.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>
#include <memory>

Q_IMPORT_QML_PLUGIN(Asean_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Asean_TextPlugin)
Q_IMPORT_QML_PLUGIN(Asean_HallPlugin)
Q_IMPORT_QML_PLUGIN(Asean_GalleryPlugin)
Q_IMPORT_QML_PLUGIN(Asean_VoicePlugin)
Q_IMPORT_QML_PLUGIN(Asean_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Asean_UiPlugin)

namespace {

// Every translation in asean_<language>.ts (the source where a message has none, for English).
QStringList interfaceStrings(const QString &language)
{
    QFile file(QStringLiteral(ASEAN_SOURCE_DIR "/translations/asean_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList strings;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") ||
                   xml.name() == QLatin1String("numerusform")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            strings << (text.trimmed().isEmpty() ? source : text);
        }
    }
    return strings;
}

// Every text of the demo catalogue in `language`, and the states' native names (drawn in the
// Latin family, which falls back to the scripts).
QStringList catalogueTexts(const QString &language)
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
            if (object.contains(QLatin1String("native_name")))
                texts << object.value(QLatin1String("native_name")).toString();
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

// The states' native names, which the interface draws in their own script's family.
QStringList nativeNames()
{
    QFile file(QStringLiteral(ASEAN_SOURCE_DIR "/media/demo/manifest.json"));
    file.open(QIODevice::ReadOnly);
    QStringList names;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("countries"))
                                     .toArray();
    for (const QJsonValue &country : countries)
        names << country.toObject().value(QLatin1String("native_name")).toString();
    return names;
}

}  // namespace

class TestGlyphs : public QObject {
    Q_OBJECT

    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_theme;

    // What Theme.qml says for `language`: the test reads the theme, not a copy of it.
    QVariant themes(const char *function, const QString &language)
    {
        QVariant result;
        QMetaObject::invokeMethod(m_theme.get(), function, Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, language));
        return result;
    }
    QString familyOf(const QString &language) { return themes("family", language).toString(); }

private slots:
    void initTestCase()
    {
        Fonts::install();
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&m_engine);
        component.setData(
            "import QtQuick\nimport Asean.Controls\nQtObject { function family(l) { "
            "return Theme.fontFamily(l) }\nfunction lineHeight(l) { return Theme.lineHeight(l) }\n"
            "function script(t) { return Theme.languageOfScript(t) } }",
            QUrl());
        m_theme.reset(component.create());
        QVERIFY2(m_theme, qPrintable(component.errorString()));
    }

    void everyStringDrawsInItsFont_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages::all())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyStringDrawsInItsFont()
    {
        QFETCH(QString, language);
        const QString family = familyOf(language);
        QStringList families = QStringList{family} + QFont::substitutes(family);
        QList<QRawFont> fonts;
        for (const QString &name : std::as_const(families)) {
            QVERIFY2(QFontDatabase::families().contains(name, Qt::CaseInsensitive),
                     qPrintable(name + QStringLiteral(" is not installed (.ci/dev installs the "
                                                      "fonts-noto packages)")));
            fonts << QRawFont::fromFont(QFont(name));
        }
        const auto drawable = [&fonts](uint c) {
            return std::any_of(fonts.begin(), fonts.end(),
                               [c](const QRawFont &f) { return f.supportsCharacter(c); });
        };
        // The check can fail: Tibetan is in none of these fonts.
        QVERIFY(!drawable(0x0F40));
        const QStringList ui = interfaceStrings(language);
        const QStringList content = catalogueTexts(language);
        QVERIFY(ui.size() >= 60);
        QVERIFY(content.size() >= 300);
        QStringList missing;
        int characters = 0;
        for (const QString &text : ui + content) {
            for (const uint c : text.toUcs4()) {
                const QChar::Category category = QChar::category(c);
                if (QChar::isSpace(c) || category == QChar::Other_Format ||
                    category == QChar::Other_Control)
                    continue;
                ++characters;
                if (!drawable(c))
                    missing << QStringLiteral("U+%1 in \"%2\"")
                                   .arg(c, 4, 16, QLatin1Char('0'))
                                   .arg(text.left(40));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(family + QStringLiteral(" cannot draw: ") +
                                               missing.mid(0, 10).join(QStringLiteral("; "))));
        QVERIFY(characters > 3000);
    }

    // Khmer's subscript consonants hang below Noto Sans Khmer's line; they reached into the
    // line below and the text under a name.
    void marksStayInTheirLine_data() { everyStringDrawsInItsFont_data(); }

    void marksStayInTheirLine()
    {
        QFETCH(QString, language);
        // Each text with the language whose family draws it; "" for a native name, drawn in
        // its own script's.
        QStringList texts = interfaceStrings(language) + catalogueTexts(language);
        for (const QString &name : nativeNames())
            texts.removeAll(name);
        QStringList languages(texts.size(), language);
        texts += nativeNames();
        languages.resize(texts.size());
        QStringList outside;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString drawnAs =
                languages[i].isEmpty() ? themes("script", texts[i]).toString() : languages[i];
            QFont font(familyOf(drawnAs));
            font.setPixelSize(100);
            const double lineHeight = themes("lineHeight", drawnAs).toDouble();
            QTextLayout layout(texts[i], font);
            layout.beginLayout();
            const QTextLine line = layout.createLine();
            layout.endLayout();
            QRectF ink;
            for (const QGlyphRun &run : layout.glyphRuns()) {
                const QRawFont raw = run.rawFont();
                const QList<quint32> glyphs = run.glyphIndexes();
                const QList<QPointF> positions = run.positions();
                for (qsizetype g = 0; g < glyphs.size(); ++g)
                    ink |= raw.boundingRect(glyphs[g]).translated(positions[g]);
            }
            // A pixel in a hundred for antialiasing.
            if (ink.top() < -1 || ink.bottom() > line.height() * lineHeight + 1)
                outside << QStringLiteral("\"%1\" (%2 to %3 in a line of %4)")
                               .arg(texts[i].left(30))
                               .arg(ink.top())
                               .arg(ink.bottom())
                               .arg(line.height() * lineHeight);
        }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.mid(0, 5).join(QStringLiteral("; "))));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestGlyphs test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_glyphs.moc"
