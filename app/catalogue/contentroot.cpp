#include "contentroot.h"

#include "folders.h"
#include "wholefile.h"

#include <QDir>
#include <QFileInfo>

ContentRoot::ContentRoot(const QString &path) : m_path(QDir::cleanPath(QDir(path).absolutePath()))
{
}

QString ContentRoot::draftDir() const
{
    return m_path + QStringLiteral("/draft");
}
QString ContentRoot::draftCatalogue() const
{
    return draftDir() + QStringLiteral("/catalogue.sqlite");
}
QString ContentRoot::mediaDir() const
{
    return m_path + QStringLiteral("/media");
}
QString ContentRoot::releasesDir() const
{
    return m_path + QStringLiteral("/releases");
}
QString ContentRoot::releaseDir(int number) const
{
    return releasesDir() + QLatin1Char('/') + releaseName(number);
}
QString ContentRoot::currentFile() const
{
    return m_path + QStringLiteral("/current");
}
QString ContentRoot::cacheDir() const
{
    return m_path + QStringLiteral("/cache");
}

QString ContentRoot::incomingDir() const
{
    return mediaDir() + QStringLiteral("/.incoming");
}

QString ContentRoot::stagingDir(int number) const
{
    return releasesDir() + QStringLiteral("/.staging-") + releaseName(number);
}

QString ContentRoot::removingDir(int number) const
{
    return releasesDir() + QStringLiteral("/.removing-") + releaseName(number);
}

QStringList ContentRoot::unfinishedReleases()
{
    return {QStringLiteral(".staging-*"), QStringLiteral(".removing-*")};
}

QString ContentRoot::curatorLock() const
{
    return m_path + QStringLiteral("/.curator.lock");
}

QString ContentRoot::catalogueIn(const QString &releaseFolder)
{
    return releaseFolder + QStringLiteral("/catalogue.sqlite");
}

QString ContentRoot::manifestIn(const QString &releaseFolder)
{
    return releaseFolder + QStringLiteral("/release.json");
}

QString ContentRoot::releaseName(int number)
{
    return QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

QString ContentRoot::resolve(const QString &relative) const
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QString full = QDir::cleanPath(m_path + QLatin1Char('/') + relative);
    if (!full.startsWith(m_path + QLatin1Char('/')))
        return {};
    return full;
}

ContentRoot::State ContentRoot::state() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return State::Missing;
    if (!info.isDir())
        return State::NotAFolder;
    const QDir dir(m_path);
    if (dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return State::Empty;
    if (QFileInfo(draftDir()).isDir() || QFileInfo(releasesDir()).isDir() ||
        QFileInfo(currentFile()).isFile())
        return State::ContentRoot;
    return State::Foreign;
}

bool ContentRoot::ensureLayout(QString *error) const
{
    switch (state()) {
        case State::NotAFolder:
            *error =
                QStringLiteral("%1 is not a folder; give a folder with --content.").arg(m_path);
            return false;
        case State::Foreign:
            *error = QStringLiteral(
                         "%1 holds other files and is not an ASEAN Halls content root; give "
                         "an empty or new folder with --content.")
                         .arg(m_path);
            return false;
        default:
            break;
    }
    for (const QString &dir : {draftDir(), mediaDir(), releasesDir(), cacheDir()}) {
        QString problem;
        if (!Folders::make(dir, Access::Shared, &problem)) {
            *error = QStringLiteral("%1; check that the content folder is writable.").arg(problem);
            return false;
        }
    }
    return true;
}

int ContentRoot::currentRelease() const
{
    QFile file(currentFile());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const int number = QString::fromLatin1(file.read(16)).trimmed().toInt(&ok);
    return ok && number > 0 ? number : 0;
}

QString ContentRoot::currentProblem() const
{
    QFile file(currentFile());
    if (!file.exists() || currentRelease() > 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 cannot be read (%2)").arg(currentFile(), file.errorString());
    const QString text = QString::fromUtf8(file.read(40)).trimmed().left(20);
    return QStringLiteral(
               "%1 holds \"%2\", which is not a release number; write the number of "
               "a release in it (asean-catalogue rollback does)")
        .arg(currentFile(), text);
}

bool ContentRoot::setCurrentRelease(int number, QString *error) const
{
    QString problem;
    if (!WholeFile::write(currentFile(), releaseName(number).toLatin1() + '\n', Access::Shared,
                          &problem)) {
        *error = QStringLiteral(
                     "Cannot switch to release %1: %2. The previous release is still in use; "
                     "free some space or make the content folder writable, then try again.")
                     .arg(number)
                     .arg(problem);
        return false;
    }
    return true;
}
