#include "livecatalogue.h"

#include "contentroot.h"
#include "release.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcCatalogue, "asean.catalogue")

LiveCatalogue::LiveCatalogue(QObject *parent) : QObject(parent) {}

void LiveCatalogue::fail(const QString &error)
{
    m_error = error;
    qCCritical(lcCatalogue).noquote() << error;
    emit changed();
}

bool LiveCatalogue::openRelease(const QString &rootPath, int pinned)
{
    const ContentRoot root(rootPath);
    m_rootPath = root.path();  // kept on failure too, so staff can reload once it is repaired
    const int number = pinned ? pinned : root.currentRelease();
    if (number == 0) {
        fail(tr("No release has been published in %1. Publish one with asean-catalogue publish.")
                 .arg(root.path()));
        return false;
    }
    // A release verified before and unchanged since (at an earlier start, or by the
    // ReleaseWatch that found it) opens without hashing and checking its catalogue again, so
    // start-up does not grow with the catalogue and a switch does not stall the screen.
    if (!Release::isVerified(root, number)) {
        ReleaseInfo info;
        QString error;
        if (!Release::verify(root, number, Release::Check::Catalogue, &info, &error)) {
            fail(tr("The content cannot be shown: %1. Roll back to an earlier release or publish "
                    "again.")
                     .arg(error));
            return false;
        }
        Release::markVerified(root, number);
    }
    if (!m_catalogue.open(ContentRoot::catalogueIn(root.releaseDir(number)),
                          SqlConnection::Mode::Immutable)) {
        fail(tr("The content cannot be shown: %1.").arg(m_catalogue.errorString()));
        return false;
    }
    m_release = number;
    m_rootPath = root.path();
    m_error.clear();
    checkMediaInBackground(root, number);
    emit changed();
    return true;
}

void LiveCatalogue::checkMediaInBackground(const ContentRoot &root, int number)
{
    // A missing picture shows as unavailable where it is used; this only tells staff how many,
    // and must not hold up the first frame (it stats every file of the release).
    m_mediaCheck.waitForFinished();
    m_mediaCheck = QtConcurrent::run([root, number] {
        ReleaseInfo info;
        QString error;
        if (!Release::read(root, number, &info, &error))
            return;
        const QStringList missing = Release::missingMedia(root, info);
        if (!missing.isEmpty())
            qCWarning(lcCatalogue).noquote()
                << missing.size() << "media file(s) of release" << ContentRoot::releaseName(number)
                << "are missing or damaged and show as unavailable, for example" << missing.first()
                << "- publish again or copy the release's media back";
    });
}

LiveCatalogue::~LiveCatalogue()
{
    m_mediaCheck.waitForFinished();
}

QString LiveCatalogue::countryOfItem(const QString &itemId)
{
    if (!isReady())
        return {};
    const auto item = m_catalogue.item(itemId, QStringLiteral("en"));
    return item ? item->country : QString();
}
