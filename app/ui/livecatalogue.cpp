#include "livecatalogue.h"

#include "contentroot.h"
#include "release.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalogue, "asean.catalogue")

LiveCatalogue::LiveCatalogue(QObject *parent) : QObject(parent) {}

void LiveCatalogue::fail(const QString &error)
{
    m_error = error;
    qCCritical(lcCatalogue).noquote() << error;
    emit changed();
}

bool LiveCatalogue::openRelease(const QString &rootPath)
{
    const ContentRoot root(rootPath);
    const int number = root.currentRelease();
    if (number == 0) {
        fail(tr("No release has been published in %1. Publish one with asean-catalogue publish.")
                 .arg(root.path()));
        return false;
    }
    ReleaseInfo info;
    QString error;
    // A release already in use keeps running with a missing picture (it shows as unavailable);
    // only a damaged catalogue stops it.
    if (!Release::verify(root, number, Release::Check::Catalogue, &info, &error)) {
        fail(tr("The content cannot be shown: %1. Roll back to an earlier release or publish "
                "again.")
                 .arg(error));
        return false;
    }
    if (!m_catalogue.open(root.releaseDir(number) + QStringLiteral("/catalogue.sqlite"),
                          SqlConnection::Mode::Immutable)) {
        fail(tr("The content cannot be shown: %1.").arg(m_catalogue.errorString()));
        return false;
    }
    const QStringList missing = Release::missingMedia(root, info);
    if (!missing.isEmpty())
        qCWarning(lcCatalogue).noquote()
            << missing.size() << "media file(s) of release" << ContentRoot::releaseName(number)
            << "are missing or damaged and show as unavailable, for example" << missing.first()
            << "- publish again or copy the release's media back";
    m_release = number;
    m_rootPath = root.path();
    m_error.clear();
    emit changed();
    return true;
}

QString LiveCatalogue::countryOfItem(const QString &itemId)
{
    if (!isReady())
        return {};
    const auto item = m_catalogue.item(itemId, QStringLiteral("en"));
    return item ? item->country : QString();
}

bool LiveCatalogue::openFile(const QString &path)
{
    if (!m_catalogue.open(path, SqlConnection::Mode::ReadOnly)) {
        fail(tr("The catalogue %1 cannot be read: %2.").arg(path, m_catalogue.errorString()));
        return false;
    }
    m_release = 0;
    m_rootPath.clear();
    m_error.clear();
    emit changed();
    return true;
}
