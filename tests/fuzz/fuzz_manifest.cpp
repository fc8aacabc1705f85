// libFuzzer target for the readers a curator's files go through (app/curation): the CSV table, the
// .xlsx and .ods reader (zip and XML), the CSV, spreadsheet and JSON manifest readers, and the
// places they attach to problems. Any bytes must
// give problems, never a crash, and what the readers report must hold up: every problem says
// something and points inside the file, every recorded place is where its value starts, and a
// sheet written back by Csv::write reads the same. Build and run: tests/fuzz/run.sh SECONDS.

#include "csvtable.h"
#include "manifest.h"
#include "spreadsheet.h"
#include "textsource.h"
#include "textview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace {

// Stops the run; libFuzzer saves the input as crash-<sha1> and prints the message above it.
[[noreturn]] void fail(const char *invariant, const QString &detail)
{
    // Control characters spelled out: a NUL in a key would cut the message short.
    QString shown;
    for (const QChar c : detail)
        shown += c.unicode() < 0x20
                     ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                     : QString(c);
    std::fprintf(stderr, "fuzz_manifest: invariant broken: %s\n    %s\n", invariant,
                 qUtf8Printable(shown));
    std::fflush(stderr);
    __builtin_trap();
}

#define CHECK(condition, detail)        \
    do {                                \
        if (!(condition))               \
            fail(#condition, (detail)); \
    } while (false)

const QString kPath = QStringLiteral("fuzz/manifest");

QString placeName(const QString &what, int line, int column)
{
    return QStringLiteral("%1 at %2:%3").arg(what).arg(line).arg(column);
}

// Every problem names the file, says what to do, and points into the file or at all of it.
void checkProblems(const Problems &problems, const TextView &view)
{
    static const QRegularExpression place(QStringLiteral("^([0-9]+):([0-9]+)$"));
    for (const Problem &p : problems) {
        CHECK(!p.message.trimmed().isEmpty(), p.toString());
        CHECK(p.file == kPath, p.toString());
        if (p.where.isEmpty())
            continue;
        const QRegularExpressionMatch m = place.match(p.where);
        CHECK(m.hasMatch(), p.toString());
        CHECK(view.contains(m.captured(1).toInt(), m.captured(2).toInt()), p.toString());
    }
}

void checkLocations(const Manifest &manifest, const TextView &view)
{
    for (auto it = manifest.locations.begin(); it != manifest.locations.end(); ++it) {
        CHECK(it->file == kPath, it.key());
        CHECK(view.contains(it->line, it->column), placeName(it.key(), it->line, it->column));
    }
}

// A cell starts where it says: at its opening quote, or with its text, or with the apostrophe
// before a formula that reading takes off (app/curation/csvtable.h).
void checkCell(const CsvCell &cell, const TextView &view)
{
    const QString name =
        placeName(QLatin1Char('"') + cell.text + QLatin1Char('"'), cell.line, cell.column);
    CHECK(view.contains(cell.line, cell.column), name);
    if (view.at(cell.line, cell.column) == U'"')
        return;
    const QList<char32_t> line = view.line(cell.line).mid(cell.column - 1);
    const QList<uint> text = cell.text.toUcs4();
    const auto textAt = [&](qsizetype skip) {
        return line.size() >= text.size() + skip &&
               std::equal(text.begin(), text.end(), line.begin() + skip);
    };
    CHECK(textAt(0) || (line.value(0) == U'\'' && textAt(1)), name);
}

QList<QStringList> cellTexts(const QList<CsvRow> &rows)
{
    QList<QStringList> texts;
    for (const CsvRow &row : rows) {
        texts.append(QStringList());
        for (const CsvCell &cell : row)
            texts.last().append(cell.text);
    }
    return texts;
}

// What Csv::parse read without a problem, Csv::write writes so that it reads back the same:
// an export opened in a spreadsheet and saved again must not change a curator's texts.
// (Rows of blank cells never come back from parse, so they are never written.)
void checkCsvRoundTrip(const QList<CsvRow> &rows)
{
    const QList<QStringList> texts = cellTexts(rows);
    const QByteArray written = Csv::write(texts);
    Problems problems;
    const QList<CsvRow> reread = Csv::parse(written, kPath, &problems);
    const QString detail =
        QStringLiteral("written as ") + QString::fromUtf8(written.toPercentEncoding(" ,;\"=+-_."));
    CHECK(problems.isEmpty(), detail);
    CHECK(cellTexts(reread) == texts, detail);
    CHECK(Csv::write(cellTexts(reread)) == written, detail);
}

// The first character of a JSON value of this type.
bool startsValue(const QJsonValue &value, char32_t c)
{
    switch (value.type()) {
        case QJsonValue::Object:
            return c == U'{';
        case QJsonValue::Array:
            return c == U'[';
        case QJsonValue::String:
            return c == U'"';
        case QJsonValue::Bool:
            return c == U't' || c == U'f';
        case QJsonValue::Null:
            return c == U'n';
        case QJsonValue::Double:
            // Qt reads numbers more loosely than JSON (".5" is one): anything that starts no
            // other kind of value and is not between values.
            return c != 0 && (c > 0x7F || !std::strchr("{[\"tfn,:]} \t\r\n", int(c)));
        case QJsonValue::Undefined:
            break;
    }
    return false;
}

// Every value of a JSON file that parsed has its place recorded at its first character, so a
// problem found later (QJsonDocument keeps no positions) can name the line. Keys that make a
// path ambiguous (empty, or with . or [ in them) are skipped with what is inside them.
void checkJsonPlaces(const QJsonValue &value, const QString &path, const Manifest &manifest,
                     const TextView &view)
{
    if (!path.isEmpty()) {
        const auto it = manifest.locations.constFind(path);
        CHECK(it != manifest.locations.constEnd(), QStringLiteral("no place for ") + path);
        CHECK(startsValue(value, view.at(it->line, it->column)),
              placeName(path, it->line, it->column));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key.isEmpty() || key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('[')))
                continue;
            checkJsonPlaces(it.value(), path.isEmpty() ? key : path + QLatin1Char('.') + key,
                            manifest, view);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkJsonPlaces(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), manifest, view);
    }
}

// Each entry read from JSON is placed at its own opening brace, also when a manifest is read
// from several files and entries are numbered across them.
template <typename Entry>
void checkEntryPlaces(const QList<Entry> &entries, const Manifest &manifest, const TextView &view)
{
    for (const Entry &entry : entries) {
        const auto it = manifest.locations.constFind(entry.where);
        CHECK(it != manifest.locations.constEnd(), QStringLiteral("no place for ") + entry.where);
        CHECK(view.at(it->line, it->column) == U'{', placeName(entry.where, it->line, it->column));
    }
}

void fuzzCsv(const QByteArray &data, const TextView &view)
{
    Problems problems;
    const QList<CsvRow> rows = Csv::parse(data, kPath, &problems);
    checkProblems(problems, view);
    for (const CsvRow &row : rows) {
        CHECK(!row.isEmpty(), QStringLiteral("an empty row"));
        for (const CsvCell &cell : row)
            checkCell(cell, view);
    }
    if (problems.isEmpty())
        checkCsvRoundTrip(rows);

    // Twice into one manifest: the second sheet's rows are numbered after the first's.
    Manifest manifest;
    Problems manifestProblems;
    ManifestReader::readCsvData(data, kPath, &manifest, &manifestProblems);
    ManifestReader::readCsvData(data, kPath, &manifest, &manifestProblems);
    checkProblems(manifestProblems, view);
    checkLocations(manifest, view);
}

// A spreadsheet's problems name the file, say something, and point at a cell ("sheet Items,
// cell F12") or at the whole file; its cells and recorded places are inside Excel's grid.
void checkSheetProblems(const Problems &problems)
{
    static const QRegularExpression cell(QStringLiteral("^sheet .*, cell [A-Z]{1,3}[0-9]+$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (const Problem &p : problems) {
        CHECK(!p.message.trimmed().isEmpty(), p.toString());
        CHECK(p.file == kPath, p.toString());
        CHECK(p.where.isEmpty() || (p.cell && cell.match(p.where).hasMatch()), p.toString());
    }
}

bool inGrid(int row, int column)
{
    return row >= 1 && row <= 1048576 && column >= 1 && column <= 16384;
}

void fuzzSpreadsheet(const QByteArray &data)
{
    Problems problems;
    const QList<CsvRow> rows = Spreadsheet::read(data, kPath, &problems);
    checkSheetProblems(problems);
    for (const CsvRow &row : rows) {
        CHECK(!row.isEmpty(), QStringLiteral("an empty row"));
        for (const CsvCell &c : row)
            CHECK(inGrid(c.line, c.column), placeName(c.text, c.line, c.column));
    }
    Manifest manifest;
    Problems manifestProblems;
    ManifestReader::readSpreadsheetData(data, kPath, &manifest, &manifestProblems);
    checkSheetProblems(manifestProblems);
    for (auto it = manifest.locations.begin(); it != manifest.locations.end(); ++it)
        CHECK(inGrid(it->line, it->column), placeName(it.key(), it->line, it->column));
}

void fuzzJson(const QByteArray &data, const TextView &view)
{
    Manifest manifest;
    Problems problems;
    ManifestReader::readJsonData(data, kPath, &manifest, &problems);
    checkProblems(problems, view);
    checkLocations(manifest, view);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (!view.isUtf8() || error.error != QJsonParseError::NoError || !doc.isObject())
        return;
    checkJsonPlaces(doc.object(), QString(), manifest, view);

    Problems more;
    ManifestReader::readJsonData(data, kPath, &manifest, &more);
    checkProblems(more, view);
    checkLocations(manifest, view);
    checkEntryPlaces(manifest.countries, manifest, view);
    checkEntryPlaces(manifest.themes, manifest, view);
    checkEntryPlaces(manifest.items, manifest, view);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextView view(bytes);
    // Two views of UTF-8 validity: TextSource's own decoder and Qt's must agree.
    CHECK((TextSource::firstInvalidUtf8(bytes) < 0) == view.isUtf8(),
          QStringLiteral("firstInvalidUtf8 and QStringDecoder disagree"));
    fuzzCsv(bytes, view);
    fuzzJson(bytes, view);
    fuzzSpreadsheet(bytes);
    return 0;
}
