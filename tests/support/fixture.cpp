#include "fixture.h"

#include "contentroot.h"
#include "importer.h"
#include "publisher.h"
#include "sqlconnection.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
enum Kind { CountryKind, ThemeKind, ItemKind };
}

Fixture::Fixture()
{
    QDir().mkpath(mediaDir());
}

QJsonObject &Fixture::addCountry(const QString &code, const QString &englishName, int order)
{
    m_objects.append(QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("order"), order},
        {QStringLiteral("native_name"), englishName},
        {QStringLiteral("joined"), QStringLiteral("1967-08-08")},
        {QStringLiteral("accent"), QStringLiteral("#336699")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), englishName}}},
        {QStringLiteral("capital"),
         QJsonObject{{QStringLiteral("en"), englishName + QStringLiteral(" City")}}},
    });
    m_kinds.append(CountryKind);
    return m_objects.last();
}

QJsonObject &Fixture::addTheme(const QString &id, const QString &englishName)
{
    m_objects.append(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("accent"), QStringLiteral("#aa5500")},
                    {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), englishName}}}});
    m_kinds.append(ThemeKind);
    return m_objects.last();
}

QByteArray Fixture::jpeg(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 160, 200));
    // Qt writes image text as a JPEG comment: every seed gives distinct bytes, so distinct hashes.
    image.setText(QStringLiteral("fixture"), QString::number(seed));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

QByteArray Fixture::jpegClaiming(QSize claimed)
{
    QByteArray bytes = jpeg(QSize(64, 48), 7);
    const int sof = int(bytes.indexOf("\xff\xc0"));
    const char size[4] = {char(claimed.height() >> 8), char(claimed.height() & 0xff),
                          char(claimed.width() >> 8), char(claimed.width() & 0xff)};
    bytes.replace(sof + 5, 4, size, 4);
    return bytes;
}

QString Fixture::writeMedia(const QString &name, const QByteArray &bytes)
{
    const QString path = mediaDir() + QLatin1Char('/') + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QJsonObject &Fixture::addPhoto(const QString &id, const QString &country, const QString &theme,
                               QSize size)
{
    const QString file = QStringLiteral("photos/%1.jpg").arg(id);
    writeMedia(file, jpeg(size, int(m_objects.size())));
    m_objects.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), QStringLiteral("photo")},
        {QStringLiteral("file"), file},
        {QStringLiteral("country"), country},
        {QStringLiteral("themes"), QJsonArray{theme}},
        {QStringLiteral("licence"), QStringLiteral("CC0-1.0")},
        {QStringLiteral("title"),
         QJsonObject{{QStringLiteral("en"), QStringLiteral("Title of ") + id},
                     {QStringLiteral("ko"), QStringLiteral("제목 ") + id}}},
    });
    m_kinds.append(ItemKind);
    return m_objects.last();
}

QJsonObject Fixture::manifest() const
{
    QJsonArray countries, themes, items;
    for (int i = 0; i < m_objects.size(); ++i) {
        QJsonArray &target = m_kinds[i] == CountryKind ? countries
                             : m_kinds[i] == ThemeKind ? themes
                                                       : items;
        target.append(m_objects[i]);
    }
    return QJsonObject{{QStringLiteral("countries"), countries},
                       {QStringLiteral("themes"), themes},
                       {QStringLiteral("items"), items}};
}

QString Fixture::writeManifest(const QString &name) const
{
    const QString path = m_dir.path() + QLatin1Char('/') + name;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(manifest()).toJson());
    return path;
}

bool Fixture::publish()
{
    const ContentRoot root(contentDir());
    const Importer::Report report = Importer(root).importManifest(writeManifest(), mediaDir());
    if (!report.ok()) {
        qWarning().noquote() << report.problems.first().toString();
        return false;
    }
    const Publisher::Result result = Publisher(root).publish(QStringLiteral("test"));
    if (!result.ok)
        qWarning().noquote() << result.error;
    return result.ok;
}

QString demoManifest()
{
    return QStringLiteral(ASEAN_DEMO_DIR "/manifest.json");
}

QList<QStringList> cellTexts(const QList<CsvRow> &rows)
{
    QList<QStringList> out;
    for (const CsvRow &row : rows) {
        QStringList cells;
        for (const CsvCell &cell : row)
            cells.append(cell.text);
        out.append(cells);
    }
    return out;
}

QStringList catalogueRows(const QString &path)
{
    SqlConnection db;
    if (!db.open(path, SqlConnection::Mode::ReadOnly))
        return {QStringLiteral("cannot open ") + path};
    QStringList lines;
    for (const char *sql :
         {"SELECT * FROM country ORDER BY code", "SELECT * FROM theme ORDER BY id",
          "SELECT * FROM item ORDER BY id", "SELECT * FROM item_theme ORDER BY item, theme",
          "SELECT * FROM text ORDER BY entity, id, field, lang",
          "SELECT hash, mime, bytes, width, height, duration_ms FROM media ORDER BY hash"}) {
        QSqlQuery q(db.db());
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines;
}
