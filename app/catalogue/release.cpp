#include "release.h"

#include "contentroot.h"
#include "folders.h"
#include "mediastore.h"
#include "sqlconnection.h"
#include "wholefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray ReleaseInfo::toJson() const
{
    QJsonArray mediaArray;
    for (const Media &m : media)
        mediaArray.append(QJsonObject{{QStringLiteral("path"), m.path},
                                      {QStringLiteral("sha256"), m.sha256},
                                      {QStringLiteral("bytes"), m.bytes}});
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("asean-halls-release")},
        {QStringLiteral("number"), number},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("note"), note},
        {QStringLiteral("schema"), schema},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("countries"), countries},
                                               {QStringLiteral("themes"), themes},
                                               {QStringLiteral("items"), items}}},
        {QStringLiteral("catalogue"),
         QJsonObject{{QStringLiteral("file"), QStringLiteral("catalogue.sqlite")},
                     {QStringLiteral("sha256"), catalogueSha256}}},
        {QStringLiteral("media"), mediaArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReleaseInfo::fromJson(const QByteArray &json, ReleaseInfo *info, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("asean-halls-release")) {
        *error = QStringLiteral("release.json is incomplete or damaged");
        return false;
    }
    info->number = root.value(QStringLiteral("number")).toInt();
    info->created =
        QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    info->note = root.value(QStringLiteral("note")).toString();
    info->schema = root.value(QStringLiteral("schema")).toInt();
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    info->countries = counts.value(QStringLiteral("countries")).toInt();
    info->themes = counts.value(QStringLiteral("themes")).toInt();
    info->items = counts.value(QStringLiteral("items")).toInt();
    info->catalogueSha256 = root.value(QStringLiteral("catalogue"))
                                .toObject()
                                .value(QStringLiteral("sha256"))
                                .toString();
    info->media.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("media")).toArray()) {
        const QJsonObject o = v.toObject();
        info->media.append({o.value(QStringLiteral("path")).toString(),
                            o.value(QStringLiteral("sha256")).toString(),
                            qint64(o.value(QStringLiteral("bytes")).toDouble())});
    }
    return true;
}

namespace Release {

bool read(const ContentRoot &root, int number, ReleaseInfo *info, QString *error)
{
    const QString dir = root.releaseDir(number);
    QFile json(ContentRoot::manifestIn(dir));
    if (!json.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("release %1 has no release.json; it has not fully arrived")
                     .arg(ContentRoot::releaseName(number));
        return false;
    }
    if (!ReleaseInfo::fromJson(json.readAll(), info, error))
        return false;
    if (info->number != number) {
        *error = QStringLiteral("release.json in %1 names release %2").arg(dir).arg(info->number);
        return false;
    }
    return true;
}

QString signature(const ContentRoot &root, int number)
{
    QStringList parts;
    const QString dir = root.releaseDir(number);
    for (const QString &path : {ContentRoot::catalogueIn(dir), ContentRoot::manifestIn(dir)}) {
        const QFileInfo file(path);
        if (!file.exists())
            return {};
        parts << QString::number(file.size())
              << QString::number(file.lastModified().toMSecsSinceEpoch());
    }
    return parts.join(QLatin1Char(' '));
}

bool verify(const ContentRoot &root, int number, Check check, ReleaseInfo *info, QString *error)
{
    if (!read(root, number, info, error))
        return false;
    const QString dir = root.releaseDir(number);
    const QString catalogue = ContentRoot::catalogueIn(dir);
    if (MediaStore::hashFile(catalogue) != info->catalogueSha256) {
        *error = QStringLiteral(
                     "the catalogue of release %1 does not match its checksum; it is "
                     "damaged or incomplete")
                     .arg(ContentRoot::releaseName(number));
        return false;
    }
    SqlConnection db;
    if (!db.open(catalogue, SqlConnection::Mode::Immutable) || !db.quickCheck()) {
        *error = QStringLiteral("the catalogue of release %1 is damaged: %2")
                     .arg(ContentRoot::releaseName(number), db.errorString());
        return false;
    }
    if (check == Check::Catalogue)
        return true;
    const QStringList bad =
        check == Check::Full ? damagedMedia(root, *info) : missingMedia(root, *info);
    if (!bad.isEmpty()) {
        *error = QStringLiteral("the media file %1 of release %2 is missing or damaged")
                     .arg(bad.first(), ContentRoot::releaseName(number));
        return false;
    }
    return true;
}

QStringList missingMedia(const ContentRoot &root, const ReleaseInfo &info)
{
    QStringList missing;
    for (const ReleaseInfo::Media &m : info.media) {
        const QString path = root.resolve(m.path);
        const QFileInfo file(path);
        if (path.isEmpty() || !file.isFile() || file.size() != m.bytes)
            missing.append(m.path);
    }
    return missing;
}

QStringList damagedMedia(const ContentRoot &root, const ReleaseInfo &info)
{
    QStringList damaged = missingMedia(root, info);
    for (const ReleaseInfo::Media &m : info.media) {
        if (!damaged.contains(m.path) && MediaStore::hashFile(root.resolve(m.path)) != m.sha256)
            damaged.append(m.path);
    }
    return damaged;
}

QList<ReleaseInfo> list(const ContentRoot &root)
{
    QList<ReleaseInfo> releases;
    const QStringList names =
        QDir(root.releasesDir())
            .entryList({QStringLiteral("[0-9][0-9][0-9][0-9]")}, QDir::Dirs, QDir::Name);
    for (const QString &name : names) {
        QFile json(ContentRoot::manifestIn(root.releasesDir() + QLatin1Char('/') + name));
        ReleaseInfo info;
        QString error;
        if (json.open(QIODevice::ReadOnly) && ReleaseInfo::fromJson(json.readAll(), &info, &error))
            releases.append(info);
    }
    return releases;
}

int previous(const QList<ReleaseInfo> &releases, int shown)
{
    int previous = 0;
    for (const ReleaseInfo &info : releases) {
        if (info.number < shown)
            previous = qMax(previous, info.number);
    }
    return previous;
}

}  // namespace Release
