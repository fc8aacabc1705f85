// Reading curators' sheets saved by Excel and LibreOffice (.xlsx, .ods): the files in
// tests/data/sheets were made once by libxlsxwriter and LibreOffice (make-sheets.sh there);
// a problem names the cell as the spreadsheet program does; a zip bomb is refused unread.
#include "fixture.h"
#include "manifest.h"
#include "spreadsheet.h"
#include "xlsxsheet.h"
#include "ziparchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

namespace {

QByteArray sheetFile(const QString &name)
{
    QFile file(QStringLiteral(ASEAN_SOURCE_DIR "/tests/data/sheets/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.toString());
    return out;
}

// A zip of one entry, made with libzip.
QByteArray zipOf(const char *name, const QByteArray &contents)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    int error = 0;
    zip_t *archive = zip_open(path.toUtf8().constData(), ZIP_CREATE, &error);
    zip_source_t *source =
        zip_source_buffer(archive, contents.constData(), zip_uint64_t(contents.size()), 0);
    zip_file_add(archive, name, source, 0);
    zip_close(archive);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestSpreadsheet : public QObject {
    Q_OBJECT

private slots:
    void excelAndLibreOfficeFilesReadTheSame_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("libxlsxwriter") << QStringLiteral("items-libxlsxwriter.xlsx");
        QTest::newRow("LibreOffice, .xlsx") << QStringLiteral("items-libreoffice.xlsx");
        QTest::newRow("LibreOffice, .ods") << QStringLiteral("items-libreoffice.ods");
    }

    void excelAndLibreOfficeFilesReadTheSame()
    {
        QFETCH(QString, file);
        const QByteArray data = sheetFile(file);
        QVERIFY(!data.isEmpty());
        Problems problems;
        const QList<CsvRow> rows = Spreadsheet::read(data, file, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join('\n')));
        const QList<QStringList> expected = {
            {"id", "kind", "file", "country", "themes", "date", "licence", "featured", "order",
             "title_en", "title_th", "description_en"},
            // The date, stored as a day number shown as 1/7/1984, comes as YYYY-MM-DD; the
            // number 3 as 3.
            {"th-sticky-rice", "photo", "photos/rice.jpg", "TH", "food festivals", "1984-07-01",
             "CC BY 4.0", "yes", "3", "Rice, sticky", "ข้าว",
             "Steamed in a basket.\nEaten by hand."},
            // The blank row 3 is left out; empty cells keep their columns.
            {"th-krathong", "", "photos/krathong.jpg", "TH", "", "2023", "CC0-1.0", "", "4.5",
             "Loy Krathong", "", "=not a formula"},
        };
        QCOMPARE(cellTexts(rows), expected);
        // Cells know where they are: row 4, column B of the sheet Items.
        QCOMPARE(rows[2][1].sheet, QStringLiteral("Items"));
        QCOMPARE(rows[2][1].line, 4);
        QCOMPARE(rows[2][1].column, 2);
    }

    void problemsNameTheCell()
    {
        // The message a curator reads, with the cell as Excel and LibreOffice name it.
        Manifest manifest;
        Problems problems;
        ManifestReader::readSpreadsheetData(sheetFile(QStringLiteral("items-libreoffice.ods")),
                                            QStringLiteral("items.ods"), &manifest, &problems);
        QCOMPARE(messages(problems),
                 QStringList({QStringLiteral("items.ods, sheet Items, cell B4 (kind): \"kind\" "
                                             "is required; fill in this cell."),
                              QStringLiteral("items.ods, sheet Items, cell I4 (order): \"order\" "
                                             "must be a whole number.")}));
        QCOMPARE(manifest.items.size(), 2);
        QCOMPARE(manifest.items[0].themes,
                 QStringList({QStringLiteral("food"), QStringLiteral("festivals")}));
        // A place found later (the import's checks) is a cell too.
        QCOMPARE(
            manifest.problemAt(QStringLiteral("items[0].title.th"), QStringLiteral("x")).toString(),
            QStringLiteral("items.ods, sheet Items, cell K2 (title_th): x"));
    }

    void inlineStringsBooleansAnd1904Dates()
    {
        Problems problems;
        const QList<CsvRow> rows =
            Spreadsheet::read(sheetFile(QStringLiteral("themes-inline.xlsx")),
                              QStringLiteral("themes.xlsx"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join('\n')));
        QCOMPARE(cellTexts(rows),
                 (QList<QStringList>{
                     {"id", "accent", "name_en", "#added", "order"},
                     // Runs joined, the phonetic guide left out; day 29036 of the 1904 system.
                     {"food", "#C0392B", "Food", "1983-07-01", "TRUE"},
                     // _x0009_ is a tab; _x005F_ an underscore that keeps _x0041_ as it is.
                     {"dress", "", "Dress\tand _x0041_"}}));
        QCOMPARE(rows[0][1].column, 2);  // a cell without a reference follows the one before
        QCOMPARE(rows[1][4].sheet, QStringLiteral("Themes"));
    }

    void daysAsSpreadsheetsCountThem()
    {
        QCOMPARE(Spreadsheet::dateFromSerial(1, false), QStringLiteral("1900-01-01"));
        QCOMPARE(Spreadsheet::dateFromSerial(59, false), QStringLiteral("1900-02-28"));
        QCOMPARE(Spreadsheet::dateFromSerial(61, false), QStringLiteral("1900-03-01"));
        QCOMPARE(Spreadsheet::dateFromSerial(30864.75, false), QStringLiteral("1984-07-01"));
        QCOMPARE(Spreadsheet::dateFromSerial(0, true), QStringLiteral("1904-01-01"));
        QCOMPARE(Spreadsheet::dateFromSerial(-3, false), QString());
        QCOMPARE(Spreadsheet::numberText(QStringLiteral("12.0")), QStringLiteral("12"));
        QCOMPARE(Spreadsheet::numberText(QStringLiteral("0.25")), QStringLiteral("0.25"));
    }

    void aZipBombIsRefusedBeforeInflating()
    {
        // 65 MB of zeros packs into a few hundred KB; its declared size is past the limit.
        const QByteArray bomb =
            zipOf("content.xml", QByteArray(ZipArchive::kMaxInflated + 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 1024 * 1024);
        Problems problems;
        QVERIFY(Spreadsheet::read(bomb, QStringLiteral("items.ods"), &problems).isEmpty());
        QCOMPARE(messages(problems),
                 QStringList(QStringLiteral("items.ods: the file would unpack to more than 64 MB, "
                                            "far more than a sheet of a catalogue; it was not "
                                            "read.")));
    }

    void otherFilesAreNamedForWhatTheyAre_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("old Excel") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest")
                                   << QStringLiteral(
                                          "items.xlsx: this is an old Excel 97-2003 workbook "
                                          "(.xls); save it as an Excel Workbook (.xlsx).");
        QTest::newRow("text") << QByteArray("id,kind\n")
                              << QStringLiteral(
                                     "items.xlsx: this is not an Excel (.xlsx) or OpenDocument "
                                     "(.ods) spreadsheet; save it again as one of them, or as "
                                     "CSV UTF-8.");
        QTest::newRow("broken XML")
            << zipOf("content.xml", "<document><table")
            << QStringLiteral(
                   "items.xlsx: the file is damaged (content.xml, line 1: Premature "
                   "end of document.); save it again from the spreadsheet program.");
    }

    void otherFilesAreNamedForWhatTheyAre()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        Problems problems;
        Spreadsheet::read(data, QStringLiteral("items.xlsx"), &problems);
        QCOMPARE(messages(problems), QStringList(message));
    }

    void writtenWorkbooksReadBackTheSame()
    {
        // Texts a spreadsheet would take for something else stay text: formulas, numbers with
        // leading zeros, dates, apostrophes, spaces at the ends, line breaks, tabs, and what
        // looks like Excel's own escapes.
        const QList<QStringList> rows = {
            {"id", "title_en", "title_ko", "order"},
            {"=HYPERLINK(\"x\")", "'=as typed", " spaced ", "007"},
            {"1984-07-01", "two\nlines\tand a tab", "한국어 _x0041_", "-1"},
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.xlsx"));
        QString error;
        QVERIFY2(XlsxSheet::write(path, QStringLiteral("Items"), rows, {}, {}, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Problems problems;
        QCOMPARE(cellTexts(Spreadsheet::read(file.readAll(), path, &problems)), rows);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"
