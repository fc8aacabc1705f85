#include "publisher.h"

#include "contentroot.h"
#include "entries.h"
#include "folders.h"
#include "mediastore.h"
#include "release.h"
#include "schema.h"
#include "sqlconnection.h"
#include "wholefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

namespace {

int count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) AS n FROM ") + table) && q.next()
               ? q.value(QStringLiteral("n")).toInt()
               : 0;
}

}  // namespace

Publisher::Publisher(const ContentRoot &root) : m_root(root) {}

Publisher::Result Publisher::publish(const QString &note)
{
    Result result;
    const auto fail = [&result](const QString &error) {
        result.error = error + QStringLiteral(" The current release is unchanged.");
        return result;
    };
    SqlConnection draft;
    QString error = openDraft(&draft);
    if (!error.isEmpty())
        return fail(error);

    const int number = nextNumber();
    const QString staging = m_root.stagingDir(number);
    QDir(staging).removeRecursively();
    if (!Folders::make(staging, Access::Shared, &error))
        return fail(QStringLiteral("Cannot make the release (%1); check the disk.").arg(error));
    error = stage(draft, staging, number, note);
    if (error.isEmpty() && !QDir().rename(staging, m_root.releaseDir(number)))
        error = QStringLiteral("Cannot move the release into place.");
    if (!error.isEmpty()) {
        QDir(staging).removeRecursively();
        return fail(error);
    }

    ReleaseInfo check;
    if (!Release::verify(m_root, number, Release::Check::Full, &check, &error))
        return fail(QStringLiteral("The new release failed its check: %1.").arg(error));
    if (!m_root.setCurrentRelease(number, &error))
        return fail(error);
    result.ok = true;
    result.number = number;
    return result;
}

Publisher::Plan Publisher::plan() const
{
    Plan plan;
    plan.current = m_root.currentRelease();
    plan.next = nextNumber();
    CatalogueEntries draft, current;
    if (!QFileInfo::exists(m_root.draftCatalogue()) ||
        !CatalogueEntries::read(m_root.draftCatalogue(), SqlConnection::Mode::ReadOnly, &draft,
                                &plan.error)) {
        if (plan.error.isEmpty())
            plan.error = QStringLiteral("there is no draft");
        return plan;
    }
    if (plan.current &&
        !CatalogueEntries::read(ContentRoot::catalogueIn(m_root.releaseDir(plan.current)),
                                SqlConnection::Mode::Immutable, &current, &plan.error)) {
        plan.error = QStringLiteral("release %1, the current one, cannot be read (%2)")
                         .arg(ContentRoot::releaseName(plan.current), plan.error);
        return plan;
    }
    plan.changes = CatalogueChanges::between(current, draft);
    return plan;
}

QStringList Publisher::Plan::lines(bool force) const
{
    const QString currentName = ContentRoot::releaseName(current);
    if (unchanged())
        return {force ? QStringLiteral("The draft holds what release %1, the current one, holds; "
                                       "publishing it again all the same (--force).")
                            .arg(currentName)
                      : QStringLiteral("The draft holds what release %1, the current one, holds: "
                                       "there is nothing new to publish, so nothing was "
                                       "published. 'publish --force' publishes it all the same.")
                            .arg(currentName)};
    QStringList lines = {
        current ? QStringLiteral("Release %1 changes against release %2, the current one:")
                      .arg(ContentRoot::releaseName(next), currentName)
                : QStringLiteral("Release %1 is the first; it holds:")
                      .arg(ContentRoot::releaseName(next))};
    for (const QString &line : changes.lines(true))
        lines.append(QStringLiteral("  ") + line);
    return lines;
}

QString Publisher::openDraft(SqlConnection *draft) const
{
    if (!QFileInfo::exists(m_root.draftCatalogue()))
        return QStringLiteral("There is no draft catalogue to publish; import your sheets first.");
    if (!draft->open(m_root.draftCatalogue(), SqlConnection::Mode::ReadWrite))
        return QStringLiteral(
                   "Cannot open the draft catalogue (%1; is the disk full or "
                   "read-only?).")
            .arg(draft->errorString());
    if (!draft->quickCheck())
        return QStringLiteral("The draft catalogue is damaged (%1).").arg(draft->errorString());
    return {};
}

// After every release listed, the one `current` names, and any folder in the way (a release
// that has not fully arrived has no release.json but keeps its number).
int Publisher::nextNumber() const
{
    int number = 1;
    for (const ReleaseInfo &r : Release::list(m_root))
        number = qMax(number, r.number + 1);
    number = qMax(number, m_root.currentRelease() + 1);
    while (QFileInfo::exists(m_root.releaseDir(number)))
        ++number;
    return number;
}

QString Publisher::stage(SqlConnection &draft, const QString &staging, int number,
                         const QString &note) const
{
    // VACUUM INTO writes a consistent, compact snapshot even while others read the draft.
    const QString snapshot = ContentRoot::catalogueIn(staging);
    QSqlQuery vacuum(draft.db());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(snapshot);
    if (!vacuum.exec())
        return QStringLiteral("Cannot write the release (is the disk full or read-only?): %1.")
            .arg(vacuum.lastError().text());

    ReleaseInfo info;
    info.number = number;
    info.created = QDateTime::currentDateTimeUtc();
    info.note = note;
    QString error = describe(snapshot, &info);
    if (!error.isEmpty())
        return error;
    for (const ReleaseInfo::Media &m : std::as_const(info.media)) {
        if (MediaStore::hashFile(m_root.resolve(m.path)) != m.sha256)
            return QStringLiteral("The media file %1 is missing or damaged; import it again.")
                .arg(m.path);
    }
    qint64 bytes = 0;
    info.catalogueSha256 = MediaStore::hashFile(snapshot, &bytes);
    if (!WholeFile::write(ContentRoot::manifestIn(staging), info.toJson(), Access::Shared, &error))
        return QStringLiteral("Cannot write the release: %1; free some space.").arg(error);
    // fsync the snapshot before the rename makes it visible under its final name; SQLite made
    // it with a mode from the umask.
    QFile file(snapshot);
    if (!file.open(QIODevice::ReadWrite) ||
        ::fchmod(file.handle(), fileMode(Access::Shared)) != 0 || ::fsync(file.handle()) != 0)
        return QStringLiteral("Cannot flush the snapshot to disk (%1).")
            .arg(qt_error_string(errno));
    return {};
}

QString Publisher::describe(const QString &snapshot, ReleaseInfo *info) const
{
    SqlConnection snap;
    // A release is opened immutable later: it must not depend on a WAL file beside it.
    if (!snap.open(snapshot, SqlConnection::Mode::ReadWrite) ||
        !snap.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !snap.quickCheck())
        return QStringLiteral("The snapshot could not be checked: %1.").arg(snap.errorString());
    info->schema = Schema::versionOf(snap.db());
    info->countries = count(snap.db(), QStringLiteral("country"));
    info->themes = count(snap.db(), QStringLiteral("theme"));
    info->items = count(snap.db(), QStringLiteral("item"));
    QSqlQuery q(snap.db());
    q.exec(QStringLiteral("SELECT hash, path, bytes FROM media WHERE ") + Schema::mediaInUse() +
           QStringLiteral(" ORDER BY path"));
    while (q.next())
        info->media.append({q.value(QStringLiteral("path")).toString(),
                            q.value(QStringLiteral("hash")).toString(),
                            q.value(QStringLiteral("bytes")).toLongLong()});
    return {};
}
