#pragma once
// What a curator's manifest says, before anything is checked against the media or the
// catalogue. Texts are kept per field and per language exactly as written. A manifest can be
// read from several files (a JSON file, or one CSV sheet each for member states, themes and
// items); every value remembers the file, line and column it came from.

#include "problem.h"
#include "schedule.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// field -> language -> text, for example texts["title"]["ko"]
using Texts = QMap<QString, QMap<QString, QString>>;

struct ManifestCountry {
    QString where;  // path in the manifest (countries[3]), for messages
    QString code;
    // Empty when the sheet leaves it out: a new entry then goes after the others, an entry the
    // draft has keeps its place.
    std::optional<int> order;
    QString nativeName;
    QString joined;
    QString accent;
    QString flag;          // file, relative to the media folder
    QString language;      // home language code ("th"), optional
    Texts texts;           // name, capital, languages, description
    QStringList reviewed;  // languages whose texts here a native speaker has reviewed
    bool remove = false;   // "remove": the entry leaves the catalogue; only its code counts
    Schedule schedule;     // from, until, halls: as written, checked by the importer
};

struct ManifestTheme {
    QString where;
    QString id;
    std::optional<int> order;
    QString accent;
    Texts texts;  // name, description
    QStringList reviewed;
    bool remove = false;  // as for a member state: only the id counts
    Schedule schedule;
};

struct ManifestItem {
    QString where;
    QString id;
    QString kind;  // photo or video
    QString file;
    QString poster;
    QString country;
    QStringList themes;
    QString date;
    QString licence;
    bool featured = false;
    std::optional<int> order;
    Texts texts;  // title, description, place, credit, pronunciation
    QStringList reviewed;
    bool remove = false;  // as for a member state: only the id counts
    Schedule schedule;
    QString featuredFrom;  // featured_from, featured_until: the days the attract loop features it
    QString featuredUntil;
};

// Where a value was read.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
    bool csv = false;  // name the column (title_ko) rather than the JSON path
    QString sheet;     // a worksheet's name: line is the row, column the column (spreadsheet.h)
};

struct Manifest {
    QStringList files;
    QList<ManifestCountry> countries;
    QList<ManifestTheme> themes;
    QList<ManifestItem> items;
    QStringList reviewed;                      // languages reviewed throughout (JSON "reviewed")
    QHash<QString, SourceLocation> locations;  // by path: items[3], items[3].title.en
    // Paths numbered so far in each array (countries, themes, items), across files: the next
    // file's entries come after them. Entries that could not be read count too (they have a
    // path and a place), so it can be more than the entries kept.
    QHash<QString, qsizetype> numbered;

    // A problem at `path`, placed at the value or, when it is missing, at what encloses it.
    Problem problemAt(const QString &path, const QString &message) const;
};

namespace ManifestReader {

// Fields and their texts, as both formats name them (docs/curating.md).
const QStringList &countryTextFields();
const QStringList &themeTextFields();
const QStringList &itemTextFields();

// Reads a manifest file into `manifest`, by its extension: .csv, .xlsx or .ods a sheet (the
// header says whether it holds member states, themes or items), anything else JSON. Problems in its
// shape are appended to `problems`; whatever could be read is kept.
void read(const QString &path, Manifest *manifest, Problems *problems);

void readJson(const QString &path, Manifest *manifest, Problems *problems);
void readCsv(const QString &path, Manifest *manifest, Problems *problems);
void readSpreadsheet(const QString &path, Manifest *manifest, Problems *problems);

// The same, from bytes already in memory (the fuzz target feeds these).
void readJsonData(const QByteArray &data, const QString &path, Manifest *manifest,
                  Problems *problems);
void readCsvData(const QByteArray &data, const QString &path, Manifest *manifest,
                 Problems *problems);
void readSpreadsheetData(const QByteArray &data, const QString &path, Manifest *manifest,
                         Problems *problems);

}  // namespace ManifestReader
