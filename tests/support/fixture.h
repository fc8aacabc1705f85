#pragma once
// Builds small manifests and media folders for tests: real JPEG, SVG and MP4-shaped files in
// a temporary folder, and a content root beside them.

#include "csvtable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

class Fixture {
public:
    Fixture();

    QString path() const { return m_dir.path(); }
    QString mediaDir() const { return m_dir.path() + QStringLiteral("/media-in"); }
    QString contentDir() const { return m_dir.path() + QStringLiteral("/content"); }

    QJsonObject &addCountry(const QString &code, const QString &englishName, int order = 0);
    QJsonObject &addTheme(const QString &id, const QString &englishName);
    // Writes a JPEG of `size` under the media folder and adds a photo item naming it.
    QJsonObject &addPhoto(const QString &id, const QString &country, const QString &theme,
                          QSize size = QSize(64, 48));
    // Writes a file into the media folder.
    QString writeMedia(const QString &name, const QByteArray &bytes);

    QJsonObject manifest() const;
    // Writes the manifest (as JSON) and returns its path.
    QString writeManifest(const QString &name = QStringLiteral("manifest.json")) const;
    // Writes the manifest and imports and publishes it into contentDir(); fails the test if not.
    bool publish();

    static QByteArray jpeg(QSize size, int seed = 0);
    // A real small JPEG whose frame header claims `claimed` pixels (JPEG has no checksum).
    static QByteArray jpegClaiming(QSize claimed);

private:
    QTemporaryDir m_dir;
    QList<QJsonObject> m_objects;  // edited in place, assembled by manifest()
    QList<int> m_kinds;
};

// The bundled demo manifest made at build time.
QString demoManifest();

// Every row of a catalogue's tables, each as its values joined by |, in a fixed order: two
// catalogues hold the same when these are equal.
QStringList catalogueRows(const QString &path);

// The texts of a sheet's rows (CSV or spreadsheet), without their places, to compare.
QList<QStringList> cellTexts(const QList<CsvRow> &rows);
