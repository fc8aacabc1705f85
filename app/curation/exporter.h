#pragma once
// Writes the draft catalogue out as the curators' own format: three sheets (member states,
// themes, items; one column per language for each text) as Excel workbooks (the default,
// xlsxsheet.h), CSV files or one JSON manifest, and the media under readable names, in a new
// folder that `asean-catalogue import FOLDER` reads back to the same catalogue.

#include <QString>
#include <QStringList>

class ContentRoot;

namespace Exporter {

struct Result {
    bool ok = false;
    QString error;  // a sentence for the curator
    int countries = 0;
    int themes = 0;
    int items = 0;
    int files = 0;
};

enum class Format { Xlsx, Csv, Json };

// The format named `xlsx`, `csv` or `json`; false for any other name.
bool formatNamed(const QString &name, Format *format);

// `outDir` must not exist or be empty: an export never overwrites anything.
Result exportDraft(const ContentRoot &root, const QString &outDir, Format format = Format::Xlsx);

// The manifest files of a folder an export wrote (and a curator edited), in import order: the
// sheets countries, themes and items, each as .xlsx, .ods or .csv, else manifest.json. Empty
// with `problem` when a sheet is there twice (items.xlsx and items.ods): which one was edited
// is the curator's to say.
QStringList manifestFilesIn(const QString &dir, QString *problem);

}  // namespace Exporter
