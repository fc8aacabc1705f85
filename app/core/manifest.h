#pragma once
// What a curator's manifest says, before anything is checked against the media or the
// catalogue. Texts are kept per field and per language exactly as written.

#include "problem.h"

#include <QMap>
#include <QString>
#include <QStringList>

// field -> language -> text, for example texts["title"]["ko"]
using Texts = QMap<QString, QMap<QString, QString>>;

struct ManifestCountry {
    QString where;  // location in the manifest, for messages
    QString code;
    int order = 0;
    QString nativeName;
    QString joined;
    QString accent;
    QString flag;  // file, relative to the media folder
    Texts texts;   // name, capital, languages, description
};

struct ManifestTheme {
    QString where;
    QString id;
    int order = 0;
    QString accent;
    Texts texts;  // name, description
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
    int order = 0;
    Texts texts;  // title, description, place, credit
};

struct Manifest {
    QString path;
    QList<ManifestCountry> countries;
    QList<ManifestTheme> themes;
    QList<ManifestItem> items;
    QStringList reviewed;  // languages whose texts a native speaker has reviewed
};

namespace ManifestReader {

// Reads a JSON manifest (format in docs/curating.md). Problems in its shape are appended to
// `problems`; the returned manifest holds whatever could be read.
Manifest readJson(const QString &path, Problems *problems);

}  // namespace ManifestReader
