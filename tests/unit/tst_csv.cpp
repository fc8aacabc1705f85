// Reading curators' sheets as Excel and LibreOffice save them, and pointing at the right place
// when something is wrong; JSON positions for the same purpose.
#include "csvtable.h"
#include "fixture.h"
#include "jsonlocations.h"
#include "textsource.h"

#include <QRegularExpression>
#include <QTest>

namespace {

QString where(const CsvCell &cell)
{
    return QStringLiteral("%1:%2").arg(cell.line).arg(cell.column);
}

}  // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void excelCsvUtf8WithBomQuotesAndCrlf()
    {
        // What Excel's "CSV UTF-8" writes: a BOM, CRLF, quotes only where needed, "" inside,
        // and a line break inside a cell as a bare LF.
        const QByteArray data =
            "\xEF\xBB\xBFid,title_en,title_th\r\n"
            "a,\"Rice, sticky\",ข้าวเหนียว\r\n"
            "b,\"She said \"\"hello\"\"\",\"two\nlines\"\r\n";
        Problems problems;
        const QList<CsvRow> rows = Csv::parse(data, QStringLiteral("s.csv"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(
            cellTexts(rows),
            (QList<QStringList>{
                {QStringLiteral("id"), QStringLiteral("title_en"), QStringLiteral("title_th")},
                {QStringLiteral("a"), QStringLiteral("Rice, sticky"), QStringLiteral("ข้าวเหนียว")},
                {QStringLiteral("b"), QStringLiteral("She said \"hello\""),
                 QStringLiteral("two\nlines")}}));
        QCOMPARE(where(rows[0][0]), QStringLiteral("1:1"));  // the BOM is not a column
        QCOMPARE(where(rows[1][2]), QStringLiteral("2:18"));
        QCOMPARE(where(rows[2][2]), QStringLiteral("3:24"));
    }

    void crlfInsideACellBecomesOneLineBreak()
    {
        Problems problems;
        const QList<CsvRow> rows =
            Csv::parse("a,\"one\r\ntwo\"\r\nb,c\r\n", QStringLiteral("s.csv"), &problems);
        QCOMPARE(rows[0][1].text, QStringLiteral("one\ntwo"));
        QCOMPARE(where(rows[1][1]), QStringLiteral("3:3"));
    }

    void separatorIsSniffedFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("comma") << QByteArray("id,title_en\nx,\"a;b\"\n");
        QTest::newRow("semicolon (Excel, decimal comma)") << QByteArray("id;title_en\nx;a;b\n");
        QTest::newRow("tab") << QByteArray("id\ttitle_en\nx\ta;b\n");
    }

    void separatorIsSniffedFromTheHeader()
    {
        QFETCH(QByteArray, data);
        Problems problems;
        const QList<CsvRow> rows = Csv::parse(data, QStringLiteral("s.csv"), &problems);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].size(), 2);
        QCOMPARE(rows[1][0].text, QStringLiteral("x"));
        QVERIFY(rows[1][1].text.startsWith(QLatin1Char('a')));
    }

    void emptyRowsBelowTheDataAreDropped()
    {
        Problems problems;
        const QList<CsvRow> rows =
            Csv::parse("id,title_en\nx,y\n,,\n\n,\n", QStringLiteral("s.csv"), &problems);
        QCOMPARE(rows.size(), 2);
        QVERIFY(problems.isEmpty());
    }

    void anUnclosedQuoteIsReportedWhereItOpens()
    {
        Problems problems;
        Csv::parse("id,title_en\nx,\"never closed\ny,z\n", QStringLiteral("s.csv"), &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toString().left(11), QStringLiteral("s.csv:2:3: "));
        QVERIFY(problems[0].message.contains(QLatin1String("never closed")));
    }

    void textAfterAClosingQuoteIsReported()
    {
        Problems problems;
        const QList<CsvRow> rows =
            Csv::parse("a,\"quoted\" tail,b\n", QStringLiteral("s.csv"), &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].where, QStringLiteral("1:11"));
        QCOMPARE(rows[0].size(), 3);  // the rest of the line still reads as cells
    }

    void legacyEncodingsAreRefusedWithThePlace()
    {
        // "Café" saved as Windows-1252: the é is the byte E9.
        Problems problems;
        const QList<CsvRow> rows =
            Csv::parse("id,title_en\nx,Caf\xE9\n", QStringLiteral("s.csv"), &problems);
        QVERIFY(rows.isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].where, QStringLiteral("2:6"));
        QVERIFY(problems[0].message.contains(QLatin1String("CSV UTF-8")));
    }

    void utf8ValidationRejectsOverlongsAndSurrogates_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("offset");
        QTest::newRow("valid Khmer") << QByteArray("ក្ម") << -1;
        QTest::newRow("overlong slash") << QByteArray("ab\xC0\xAF") << 2;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
        QTest::newRow("cut short") << QByteArray("x\xE0\xB8") << 1;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    }

    void utf8ValidationRejectsOverlongsAndSurrogates()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, offset);
        QCOMPARE(TextSource::firstInvalidUtf8(data), qsizetype(offset));
    }

    void writtenSheetsReadBackTheSame()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("plain"), QStringLiteral("a, comma"), QStringLiteral("a \"quote\"")},
            {QStringLiteral("two\nlines"), QStringLiteral(" padded "), QStringLiteral("a;semi")},
            {QStringLiteral("ພາສາລາວ"), QString(), QStringLiteral("tab\there")}};
        const QByteArray data = Csv::write(rows);
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.contains("\r\n"));
        Problems problems;
        QCOMPARE(cellTexts(Csv::parse(data, QStringLiteral("s.csv"), &problems)), rows);
        QVERIFY(problems.isEmpty());
    }

    void jsonValuesKnowTheirLineAndColumn()
    {
        const QByteArray json =
            "{\n  \"items\": [\n    {\"id\": \"a\"},\n"
            "    {\"id\": \"b\", \"title\": {\"en\": \"B\", \"th\": \"บี\"}}\n"
            "  ]\n}\n";
        const QHash<QString, qsizetype> index = JsonLocations::index(json);
        const auto at = [&](const QString &path) {
            const TextSource::Position p = TextSource::positionOf(json, index.value(path, -1));
            return QStringLiteral("%1:%2").arg(p.line).arg(p.column);
        };
        QCOMPARE(at(QStringLiteral("items[0].id")), QStringLiteral("3:12"));
        QCOMPARE(at(QStringLiteral("items[1]")), QStringLiteral("4:5"));
        QCOMPARE(at(QStringLiteral("items[1].title.th")), QStringLiteral("4:44"));
        QVERIFY(!index.contains(QStringLiteral("items[2]")));
    }

    void jsonLocationsSurviveBrokenText()
    {
        // Stops at the fault and keeps what came before; never reads past the end.
        const QHash<QString, qsizetype> index = JsonLocations::index("{\"a\": [1, 2, {\"b\": \"x");
        QVERIFY(index.contains(QStringLiteral("a[1]")));
        QVERIFY(JsonLocations::index(QByteArray(5000, '[')).size() > 1000);
    }

    // OWASP's CSV injection: a cell a spreadsheet would take for a formula is written with a
    // leading apostrophe, and read back without it, so export and import are still inverses.
    void formulasAreNeutralisedAndReadBack()
    {
        const QList<QStringList> rows = {
            {QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"),
             QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("@SUM(1)")},
            {QStringLiteral("-2+3"), QStringLiteral("\tindented"), QStringLiteral("-1")},
            {QStringLiteral("'=already quoted"), QStringLiteral("''@twice"),
             QStringLiteral("'tis the season")},
            {QStringLiteral("a=b"), QStringLiteral("'"), QStringLiteral("-")}};
        const QByteArray data = Csv::write(rows);
        // No cell, quoted or not, starts with what a spreadsheet evaluates.
        static const QRegularExpression formula(QStringLiteral("(^|,|\\r\\n)\"?[=+\\-@\\t\\r]"));
        const QString text = QString::fromUtf8(data.mid(3));
        QVERIFY2(!formula.match(text).hasMatch(), qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\",")),
                 qPrintable(text));
        Problems problems;
        QCOMPARE(cellTexts(Csv::parse(data, QStringLiteral("s.csv"), &problems)), rows);
        QVERIFY(problems.isEmpty());
        // A carriage return cannot survive a sheet (it reads back as a line break), but it is
        // neutralised all the same.
        QCOMPARE(Csv::write({{QStringLiteral("\r=1")}}), QByteArray("\xEF\xBB\xBF\"'\r=1\"\r\n"));
    }
};

QTEST_MAIN(TestCsv)
#include "tst_csv.moc"
